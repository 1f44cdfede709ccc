// Pictures in the PDF: JPEG files kept as they are, other pictures as RGB samples with an alpha
// mask, fitted into their image boxes; folio-print reads them from files beside the article.
// Checked on the objects and with poppler's pdfimages and qpdf.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#endif
#include <stb_image_write.h>
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include "folio/pdf.h"
#include "folio/pdf_picture.h"
#include "stb_libs.h"  // src/core: the decoder behind decodePicture
#include "command.h"
#include "test_fonts.h"

using folio::BoxKind;
using folio::PdfPicture;
using folio::test::CommandResult;
using folio::test::TempFile;
using folio::test::TempFolder;
using folio::test::runCommand;
using folio::test::shellQuote;
using folio::test::writeFile;

namespace {

// `width` x `height` RGBA pixels: red on the left half, blue on the right, alpha `alpha`.
std::vector<unsigned char> twoColours(int width, int height, unsigned char alpha) {
    std::vector<unsigned char> rgba;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool left = x < width / 2;
            rgba.insert(rgba.end(), {static_cast<unsigned char>(left ? 220 : 20), 30,
                                     static_cast<unsigned char>(left ? 40 : 200), alpha});
        }
    }
    return rgba;
}

void appendBytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<unsigned char>*>(context);
    out->insert(out->end(), static_cast<unsigned char*>(data), static_cast<unsigned char*>(data) + size);
}

// A colour JPEG file of the two-colour pixels, made by stb_image_write.
std::vector<unsigned char> jpegFile(int width, int height) {
    const std::vector<unsigned char> rgba = twoColours(width, height, 255);
    std::vector<unsigned char> file;
    REQUIRE(stbi_write_jpg_to_func(appendBytes, &file, width, height, 4, rgba.data(), 90));
    return file;
}

// A PNG file of the two-colour RGBA pixels with `alpha`.
std::vector<unsigned char> pngFile(int width, int height, unsigned char alpha) {
    const std::vector<unsigned char> rgba = twoColours(width, height, alpha);
    std::vector<unsigned char> file;
    REQUIRE(stbi_write_png_to_func(appendBytes, &file, width, height, 4, rgba.data(), width * 4));
    return file;
}

// The rows of `pdfimages -list` after its two header lines, as whitespace-separated fields.
std::vector<std::vector<std::string>> imageList(const std::string& pdfPath) {
    const CommandResult list = runCommand("pdfimages -list " + shellQuote(pdfPath));
    REQUIRE_MESSAGE(list.status == 0, list.output);
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(list.output);
    std::string line;
    for (int i = 0; std::getline(lines, line); ++i) {
        if (i < 2) continue;
        std::istringstream fields(line);
        std::vector<std::string>& row = rows.emplace_back();
        for (std::string field; fields >> field;) row.push_back(field);
    }
    return rows;
}

// An A4 page with an image box of 200 x 120 pt at (60, 100) for each source in `sources`.
folio::PrintDocument pictureDocument(const std::vector<std::string>& sources) {
    folio::PrintDocument doc;
    doc.widthPt = 595.28f;
    doc.heightPt = 841.89f;
    folio::PrintPage& page = doc.pages.emplace_back();
    float y = 100.0f;
    for (const std::string& src : sources) {
        page.boxes.push_back({BoxKind::Image, 0, 60.0f, y, 200.0f, 120.0f, src});
        y += 140.0f;
    }
    return doc;
}

// The bytes that `hex` spells, two digits a byte.
std::vector<unsigned char> fromHex(const std::string& hex) {
    std::vector<unsigned char> bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes.push_back(static_cast<unsigned char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return bytes;
}

}  // namespace

TEST_CASE("pdf pictures: a JPEG is taken as it is, its size and colours read from its frame header") {
    const std::vector<unsigned char> file = jpegFile(40, 20);
    PdfPicture picture;
    std::string error;
    REQUIRE_MESSAGE(folio::jpegPicture(file, picture, error), error);
    CHECK(picture.encoding == PdfPicture::Encoding::Jpeg);
    CHECK(picture.width == 40);
    CHECK(picture.height == 20);
    CHECK(picture.components == 3);
    CHECK(picture.data == file);
    CHECK(picture.alpha.empty());

    // A grey progressive JPEG's headers: a comment segment, then a frame of 300 x 200, one component.
    const std::vector<unsigned char> grey = {0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x04, 'h', 'i', 0xFF, 0xC2, 0x00, 0x0B,
                                             0x08, 0x00, 0xC8, 0x01, 0x2C, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9};
    REQUIRE_MESSAGE(folio::jpegPicture(grey, picture, error), error);
    CHECK(picture.width == 300);
    CHECK(picture.height == 200);
    CHECK(picture.components == 1);
}

TEST_CASE("pdf pictures: a CMYK JPEG goes in as it is, inverted in the PDF when Adobe's marker says so") {
    // Headers of a 16 x 32 CMYK JPEG: Adobe's APP14 segment (as Photoshop writes it), then the frame.
    const std::vector<unsigned char> adobe = {0xFF, 0xD8, 0xFF, 0xEE, 0x00, 0x0E, 'A', 'd', 'o', 'b', 'e', 0x00, 0x64,
                                              0x00, 0x00, 0x00, 0x00, 0x02, 0xFF, 0xC0, 0x00, 0x14, 0x08, 0x00, 0x20,
                                              0x00, 0x10, 0x04, 0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00,
                                              0x04, 0x11, 0x00, 0xFF, 0xD9};
    PdfPicture picture;
    std::string error;
    REQUIRE_MESSAGE(folio::decodePicture(adobe, picture, error), error);
    CHECK(picture.encoding == PdfPicture::Encoding::Jpeg);
    CHECK(picture.components == 4);
    CHECK(picture.width == 16);
    CHECK(picture.height == 32);
    CHECK(picture.inverted);
    CHECK(picture.data == adobe);

    // Without the marker the samples are as they are.
    std::vector<unsigned char> plain(adobe.begin(), adobe.begin() + 2);
    plain.insert(plain.end(), adobe.begin() + 18, adobe.end());
    PdfPicture plainPicture;
    REQUIRE_MESSAGE(folio::jpegPicture(plain, plainPicture, error), error);
    CHECK(plainPicture.components == 4);
    CHECK_FALSE(plainPicture.inverted);

    folio::PdfPictures pictures{{"cmyk.jpg", picture}};
    const folio::PdfResult pdf = folio::writePdf(pictureDocument({"cmyk.jpg"}), folio::test::notoMetrics(), "", pictures);
    REQUIRE_MESSAGE(pdf.ok, pdf.error);
    const TempFile file(".pdf");
    writeFile(file.path(), pdf.bytes);
    const std::vector<std::vector<std::string>> images = imageList(file.path());
    REQUIRE(images.size() == 1);
    CHECK(std::vector<std::string>(images[0].begin() + 2, images[0].begin() + 9) ==
          std::vector<std::string>{"image", "16", "32", "cmyk", "4", "8", "jpeg"});
    const CommandResult content = runCommand("qpdf --qdf --object-streams=disable " + shellQuote(file.path()) + " -");
    CHECK(content.output.find("/ColorSpace /DeviceCMYK") != std::string::npos);
    CHECK(content.output.find("/Decode [\n    1\n    0\n") != std::string::npos);
}

TEST_CASE("pdf pictures: what is not a JPEG a PDF reader draws is refused, with the reason") {
    PdfPicture picture;
    std::string error;
    CHECK_FALSE(folio::jpegPicture(pngFile(4, 4, 255), picture, error));
    CHECK(error == "not a JPEG file");

    // A frame header with four components: CMYK, kept as it is; 12-bit samples are refused.
    const std::vector<unsigned char> cmyk = {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x14, 0x08, 0x00, 0x10, 0x00, 0x20, 0x04,
                                             0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00, 0x04, 0x11, 0x00};
    std::vector<unsigned char> twelveBit = cmyk;
    twelveBit[6] = 12;
    CHECK_FALSE(folio::jpegPicture(twelveBit, picture, error));
    CHECK(error == "a JPEG with 12-bit samples");

    std::vector<unsigned char> lossless = cmyk;
    lossless[3] = 0xC3;
    CHECK_FALSE(folio::jpegPicture(lossless, picture, error));
    CHECK(error.find("lossless") != std::string::npos);

    const std::vector<unsigned char> whole = jpegFile(8, 8);
    CHECK_FALSE(folio::jpegPicture(std::vector<unsigned char>(whole.begin(), whole.begin() + 6), picture, error));
    CHECK(error == "a damaged JPEG file (no frame header)");
}

TEST_CASE("pdf pictures: RGBA pixels become RGB samples and an alpha mask, dropped when all opaque") {
    const std::vector<unsigned char> translucent = twoColours(4, 2, 128);
    const PdfPicture withMask = folio::rgbaPicture(4, 2, translucent.data());
    CHECK(withMask.encoding == PdfPicture::Encoding::Rgb);
    CHECK(withMask.width == 4);
    CHECK(withMask.height == 2);
    REQUIRE(withMask.data.size() == 24);
    CHECK(withMask.data[0] == 220);  // red on the left
    CHECK(withMask.data[3 * 3 + 2] == 200);  // blue on the right
    CHECK(withMask.alpha == std::vector<unsigned char>(8, 128));

    const std::vector<unsigned char> opaque = twoColours(4, 2, 255);
    CHECK(folio::rgbaPicture(4, 2, opaque.data()).alpha.empty());
    CHECK(folio::rgbaPicture(0, 2, opaque.data()).width == 0);
}

TEST_CASE("pdf pictures: decodePicture keeps a JPEG, decodes a PNG, and names what it cannot read") {
    PdfPicture picture;
    std::string error;
    const std::vector<unsigned char> jpeg = jpegFile(16, 8);
    REQUIRE(folio::decodePicture(jpeg, picture, error));
    CHECK(picture.encoding == PdfPicture::Encoding::Jpeg);
    CHECK(picture.data == jpeg);

    REQUIRE_MESSAGE(folio::decodePicture(pngFile(6, 3, 100), picture, error), error);
    CHECK(picture.encoding == PdfPicture::Encoding::Rgb);
    CHECK(picture.width == 6);
    CHECK(picture.height == 3);
    CHECK(picture.data[0] == 220);
    CHECK(picture.alpha == std::vector<unsigned char>(18, 100));

    const std::string svg = "<svg xmlns='http://www.w3.org/2000/svg'/>";
    CHECK_FALSE(folio::decodePicture(std::vector<unsigned char>(svg.begin(), svg.end()), picture, error));
    CHECK(error.rfind("not a picture that can be read", 0) == 0);
    CHECK_FALSE(folio::decodePicture(pngFile(100, 100, 255), picture, error, 5000));
    CHECK(error == "a picture of 100 x 100 px, over the limit of 5000 pixels");
}

TEST_CASE("pdf pictures: drawn fitted in their boxes, once per source, a box without one stays grey") {
    folio::PdfPictures pictures;
    std::string error;
    REQUIRE(folio::jpegPicture(jpegFile(40, 20), pictures["photo.jpg"], error));
    const std::vector<unsigned char> rgba = twoColours(30, 30, 128);
    pictures["drawing.png"] = folio::rgbaPicture(30, 30, rgba.data());
    const folio::PrintDocument doc = pictureDocument({"photo.jpg", "drawing.png", "photo.jpg", "missing.png"});
    const folio::PdfResult pdf = folio::writePdf(doc, folio::test::notoMetrics(), "", pictures);
    REQUIRE_MESSAGE(pdf.ok, pdf.error);

    const TempFile file(".pdf");
    writeFile(file.path(), pdf.bytes);
    const CommandResult check = runCommand("qpdf --check " + shellQuote(file.path()));
    CHECK_MESSAGE(check.status == 0, check.output);
    CHECK_MESSAGE(check.output.find("WARNING") == std::string::npos, check.output);

    // page num type width height color comp bpc enc interp object ...
    const std::vector<std::vector<std::string>> images = imageList(file.path());
    REQUIRE(images.size() == 4);  // the photo twice (one object), the drawing and its mask
    CHECK(std::vector<std::string>(images[0].begin() + 2, images[0].begin() + 9) ==
          std::vector<std::string>{"image", "40", "20", "rgb", "3", "8", "jpeg"});
    CHECK(std::vector<std::string>(images[1].begin() + 2, images[1].begin() + 9) ==
          std::vector<std::string>{"image", "30", "30", "rgb", "3", "8", "image"});
    CHECK(std::vector<std::string>(images[2].begin() + 2, images[2].begin() + 9) ==
          std::vector<std::string>{"smask", "30", "30", "gray", "1", "8", "image"});
    CHECK(images[3][10] == images[0][10]);  // the same object for the same source

    const CommandResult content = runCommand("qpdf --qdf --object-streams=disable " + shellQuote(file.path()) + " -");
    // The 2:1 photo in a 200 x 120 box: 200 x 100, 10 pt down from the box's top (y from the bottom).
    CHECK(content.output.find("q 200 0 0 100 60 631.89 cm /Im1 Do Q") != std::string::npos);
    // The square drawing: 120 x 120, centred across the box.
    CHECK(content.output.find("q 120 0 0 120 100 481.89 cm /Im2 Do Q") != std::string::npos);
    // The box without a picture: grey.
    CHECK(content.output.find("0.93 g\n60 201.89 200 120 re f") != std::string::npos);
}

TEST_CASE("pdf pictures: a picture deflated ahead makes the same PDF, and a JPEG is left alone") {
    const std::vector<unsigned char> rgba = twoColours(64, 48, 200);
    folio::PdfPictures raw{{"drawing.png", folio::rgbaPicture(64, 48, rgba.data())}};
    folio::PdfPictures kept = raw;
    REQUIRE(folio::deflatePicture(kept["drawing.png"]));
    CHECK(kept["drawing.png"].deflated);
    CHECK(kept["drawing.png"].data.size() < raw["drawing.png"].data.size() / 4);
    const folio::PrintDocument doc = pictureDocument({"drawing.png"});
    const folio::PdfResult fromRaw = folio::writePdf(doc, folio::test::notoMetrics(), "", raw);
    const folio::PdfResult fromKept = folio::writePdf(doc, folio::test::notoMetrics(), "", kept);
    REQUIRE(fromRaw.ok);
    REQUIRE(fromKept.ok);
    CHECK(fromKept.bytes == fromRaw.bytes);

    PdfPicture jpeg;
    std::string error;
    REQUIRE(folio::jpegPicture(jpegFile(8, 8), jpeg, error));
    const std::vector<unsigned char> before = jpeg.data;
    CHECK(folio::deflatePicture(jpeg));
    CHECK_FALSE(jpeg.deflated);
    CHECK(jpeg.data == before);
}

TEST_CASE("folio-print: pictures beside the article are printed - others leave a grey box and a note") {
    const TempFolder folder;
    std::filesystem::create_directories(folder.path() / "images");
    writeFile(folder.path() / "images" / "photo one.jpg", jpegFile(64, 32));
    writeFile(folder.path() / "images" / "chart.png", pngFile(50, 50, 255));
    const std::string article = R"({"version": 1, "title": "Pictures", "body": [
        "Before the pictures.",
        {"type": "image", "src": "images/photo%20one.jpg", "alt": "A photo", "width": 64, "height": 32},
        {"type": "image", "src": "images/chart.png?v=2", "alt": "A chart"},
        {"type": "image", "src": "https://example.com/remote.jpg", "alt": "Far away"},
        {"type": "image", "src": "/images/chart.png", "alt": "From the site's root"},
        {"type": "image", "src": "images/drawing.svg", "alt": "A drawing"},
        {"type": "image", "src": "images/gone.png", "alt": "Missing"},
        "After the pictures."]})";
    const std::filesystem::path json = folder.path() / "article.json";
    writeFile(json, std::vector<unsigned char>(article.begin(), article.end()));
    const std::filesystem::path pdf = folder.path() / "article.pdf";

    const CommandResult run = runCommand(shellQuote(FOLIO_PRINT_EXE) + " " + shellQuote(json.string()) + " -o " +
                                         shellQuote(pdf.string()));
    REQUIRE_MESSAGE(run.status == 0, run.output);
    CHECK(run.output.find("picture https://example.com/remote.jpg: not a file beside the article; its box stays grey\n") !=
          std::string::npos);
    CHECK(run.output.find("picture /images/chart.png: not a file beside the article; its box stays grey\n") !=
          std::string::npos);
    CHECK(run.output.find("picture images/drawing.svg: SVG, which folio-print cannot draw") != std::string::npos);
    CHECK(run.output.find("picture images/gone.png: cannot read ") != std::string::npos);
    CHECK(run.output.find("photo") == std::string::npos);
    CHECK(run.output.find("chart.png?v=2") == std::string::npos);

    const std::vector<std::vector<std::string>> images = imageList(pdf.string());
    REQUIRE(images.size() == 2);
    CHECK(images[0][3] == "64");
    CHECK(images[0][8] == "jpeg");
    CHECK(images[1][3] == "50");
    CHECK(images[1][8] == "image");
    CHECK(runCommand("qpdf --check " + shellQuote(pdf.string())).status == 0);
}

// Regression: folio-print read pictures from anywhere on the machine: `../`, a percent-encoded
// absolute path and a symbolic link that points outside the article's folder all put a local file
// into the PDF. Each is now refused with a note; a picture inside the folder (also through `..`
// that stays inside, or a link that stays inside) is still printed.
TEST_CASE("folio-print: regression: pictures outside the article's folder are refused (.., %2F, symbolic links)") {
    const TempFolder folder;
    const std::filesystem::path articleDir = folder.path() / "article";
    std::filesystem::create_directories(articleDir / "images");
    std::filesystem::create_directories(folder.path() / "secret");
    const std::filesystem::path secret = folder.path() / "secret" / "private.jpg";
    writeFile(secret, jpegFile(24, 24));
    writeFile(articleDir / "images" / "inside.jpg", jpegFile(64, 32));
    std::filesystem::create_symlink(secret, articleDir / "images" / "out-link.jpg");
    std::filesystem::create_symlink(articleDir / "images" / "inside.jpg", articleDir / "in-link.jpg");
    std::string encoded;  // the secret's absolute path with every '/' as %2F
    for (const char c : std::filesystem::canonical(secret).string()) encoded += c == '/' ? std::string("%2F") : std::string(1, c);
    const std::string article = R"({"version": 1, "title": "Pictures", "body": [
        {"type": "image", "src": "../secret/private.jpg", "alt": "Up"},
        {"type": "image", "src": "images/../../secret/private.jpg", "alt": "Up through a folder"},
        {"type": "image", "src": "%2E%2E%2Fsecret%2Fprivate.jpg", "alt": "Up, encoded"},
        {"type": "image", "src": ")" + encoded + R"(", "alt": "Absolute, encoded"},
        {"type": "image", "src": "images/out-link.jpg", "alt": "A link out"},
        {"type": "image", "src": "images/../in-link.jpg", "alt": "Inside after all"},
        "After the pictures."]})";
    const std::filesystem::path json = articleDir / "article.json";
    writeFile(json, std::vector<unsigned char>(article.begin(), article.end()));
    const std::filesystem::path pdf = folder.path() / "article.pdf";

    const CommandResult run = runCommand(shellQuote(FOLIO_PRINT_EXE) + " " + shellQuote(json.string()) + " -o " +
                                         shellQuote(pdf.string()));
    REQUIRE_MESSAGE(run.status == 0, run.output);
    for (const std::string src : {std::string("../secret/private.jpg"), std::string("images/../../secret/private.jpg"),
                                  std::string("%2E%2E%2Fsecret%2Fprivate.jpg"), encoded, std::string("images/out-link.jpg")}) {
        CAPTURE(src);
        CHECK(run.output.find("picture " + src + ": outside the article's folder, not read; its box stays grey\n") !=
              std::string::npos);
    }
    CHECK(run.output.find("in-link") == std::string::npos);
    const std::vector<std::vector<std::string>> images = imageList(pdf.string());
    REQUIRE(images.size() == 1);
    CHECK(images[0][3] == "64");  // the picture inside, never the 24 x 24 secret
}

// Regression: a JPEG whose Huffman table declares more than 256 codes made stb_image's
// stbi__build_huffman write past its 257-byte array (a heap-buffer-overflow under ASan), and the
// picture_decode fuzz target later found an undefined shift in its entropy decoder. JPEGs are no
// longer decoded at all: stb_image is built without its JPEG decoder, and a JPEG goes into the PDF
// as the file it is. A real JPEG (made here) with its first DHT's counts raised.
TEST_CASE("pdf pictures: regression: a JPEG is never decoded, a crafted Huffman table included") {
    std::vector<unsigned char> jpeg = jpegFile(16, 16);
    std::size_t dht = 0;
    for (std::size_t i = 2; i + 1 < jpeg.size(); ++i)
        if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xC4) { dht = i; break; }
    REQUIRE(dht > 0);
    // Lengths 9-16 get 40 codes each: 320 codes, more than the table has room for.
    for (std::size_t length = 8; length < 16; ++length) jpeg[dht + 5 + length] = 40;
    std::string error;
    std::vector<unsigned char> rgba;
    int width = 0, height = 0;
    CHECK_FALSE(folio::detail::decodeRgba(jpeg, 1000000, rgba, width, height, error));
    CHECK(error.rfind("not a picture that can be read", 0) == 0);
    CHECK(rgba.empty());
    PdfPicture picture;
    REQUIRE(folio::decodePicture(jpeg, picture, error));
    CHECK(picture.encoding == PdfPicture::Encoding::Jpeg);
    CHECK(picture.data == jpeg);
}

// Regression, found by the picture_decode fuzz target: fill bytes (0xFF) before SOI made stb_image
// take the file as a JPEG while the marker walk before it did not, and a DHT of over 256 codes
// reached stbi__build_huffman (index 257 out of bounds under UBSan). The input as hex. A file
// opening with 0xFF is read only as a JPEG, and this one is not one.
TEST_CASE("pdf pictures: regression: fuzz crash, fill bytes before SOI hid a Huffman table of over 256 codes") {
    const std::string hex =
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffd8ffe000104a464946000101000001000102ec0000ffdb008400010101010101010101010101010101010101"
        "010101010101010101010101010101ff0101010101010101010102020202020202020202020303030303030303030301"
        "010101010101020101020202010202030303030303030303030303030303030303030303030303030100619000129d85"
        "030303030303030303030303030303030303030303030303ffc2001108003a01ed03011100021101031101ffc4001d00"
        "010003000203010000000000000000000008090a020601050b07ffda0008010100000000b0a0000000000000759ecc06"
        "bac0000000000f201c1f3dbfa1381c80000000000082d910d3ff00b5af3bbfc9c525ef23303ae49bc000000000000639"
        "e4354748a8b96795b5036c02635f1da700000000000015bd376bdba1413b24ce75b44edcee6dff00d900000000000001"
        "0d224fe99665cc0000000000000115e11cd995600000000000000000ffc4001c01010001050180fffe29010000000000"
        "0000000000000301000405060708ffda0008010210000000f9a400000000000050a81f4900000000001400918b301280"
        "00000000016c32f8c657ab5f1e44535c000000000000415b3e38ea7dcbacb6ed56eef0000000000002dadbe75cff007d"
        "bec8ac7380000000000000e774389da000000000000001a3e6fa4de000000000000000003fffc4001c01010202020301"
        "00000000000000000000000206030405070801ffda0008010310000000f388000000000000003d1e00000000007c0036"
        "f5000000000000013d8c1d4fc576ff002797573eb44000000000000d98e4f18ed7a0fb0670afffd8ffe000104a464946"
        "00424d8a10000003eb00008a0000007c0000002000000020000000010020000300000000100000130b00007358c00000"
        "00000009c67d130b555d";
    const std::vector<unsigned char> file = fromHex(hex);
    REQUIRE(file.size() == 730);
    std::string error;
    std::vector<unsigned char> rgba;
    int width = 0, height = 0;
    CHECK_FALSE(folio::detail::decodeRgba(file, 1000000, rgba, width, height, error));
    PdfPicture picture;
    CHECK_FALSE(folio::decodePicture(file, picture, error));
    CHECK(error == "not a JPEG file");
}

// Regression, found by the picture_decode fuzz smoke: a PNG whose first IDAT chunk is empty made
// stb_image copy nothing to a null pointer (memcpy(NULL, p, 0), a UBSan report; see
// CMakeLists.txt). The picture is refused in words, under the sanitizers too.
TEST_CASE("pdf pictures: regression: a PNG with an empty first IDAT chunk is refused, not a crash") {
    const std::vector<unsigned char> file = fromHex(
        "89504e470d0a1a0a0000000d4948445200000028000000280806000000feffff7f00000000494441545885edceb10d00"
        "200cc0b0feff343c80d4310c56b64c9e399f970300019f3367c02d9fca018080350010b0060002d60040c01e00085803"
        "00016b0020600d0004ac014b17fa5c73362a4e66b700cb00000049454e44ae426082");
    REQUIRE(file.size() == 130);
    PdfPicture picture;
    std::string error;
    CHECK_FALSE(folio::decodePicture(file, picture, error));
    CHECK(error.rfind("a damaged picture (", 0) == 0);
}
