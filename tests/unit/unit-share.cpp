// Sharing: percent-encoding, the share link of every target, the shared text.
#include <doctest/doctest.h>

#include <string>

#include "folio/article.h"
#include "folio/share.h"
#include "folio/utf8.h"

using folio::ShareTarget;
using folio::ShareText;

namespace {

const std::string kTitle = "Z\u00FCrich & \u201CQuotes\u201D \u2014 \u4E1C\u4EAC";  // Zürich & “Quotes” — 东京
const std::string kTitleEncoded = "Z%C3%BCrich%20%26%20%E2%80%9CQuotes%E2%80%9D%20%E2%80%94%20%E4%B8%9C%E4%BA%AC";
const std::string kUrl = "https://example.com/news/zurich?id=7&lang=de";
const std::string kUrlEncoded = "https%3A%2F%2Fexample.com%2Fnews%2Fzurich%3Fid%3D7%26lang%3Dde";
const std::string kSummary = "\u00DCber \u201CZ\u00FCrich\u201D: a summary.";  // Über “Zürich”: a summary.
const std::string kSummaryEncoded = "%C3%9Cber%20%E2%80%9CZ%C3%BCrich%E2%80%9D%3A%20a%20summary.";

folio::Block paragraph(const std::string& text) {
    folio::Block block;
    block.text.push_back(folio::TextRun{text, false, false, {}});
    return block;
}

folio::Article article(const std::string& url = kUrl) {
    folio::Article a;
    a.title = kTitle;
    a.url = url;
    folio::Block heading = paragraph("A heading first");
    heading.type = folio::BlockType::Heading;
    a.body.push_back(heading);
    a.body.push_back(paragraph(" \n "));
    folio::Block first = paragraph("First paragraph,");
    first.text.push_back(folio::TextRun{" with\n  spaces. ", true, false, {}});
    a.body.push_back(first);
    a.body.push_back(paragraph("Second paragraph."));
    return a;
}

std::size_t codePoints(const std::string& s) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < s.size(); ++count) folio::nextCodepoint(s, pos);
    return count;
}

// `count` copies of `word` joined by single spaces.
std::string words(const std::string& word, int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += (i > 0 ? " " : "") + word;
    return out;
}

}  // namespace

TEST_CASE("share: percentEncode keeps the unreserved characters and encodes every other byte") {
    CHECK(folio::percentEncode("") == "");
    CHECK(folio::percentEncode("A-Z_a.z~09") == "A-Z_a.z~09");
    CHECK(folio::percentEncode("!*'()") == "%21%2A%27%28%29");
    CHECK(folio::percentEncode("a b+c/d?e=f&g#h%i") == "a%20b%2Bc%2Fd%3Fe%3Df%26g%23h%25i");
    CHECK(folio::percentEncode(std::string("\0\x1F\x7F\xFF", 4)) == "%00%1F%7F%FF");
    CHECK(folio::percentEncode("\r\n") == "%0D%0A");
    CHECK(folio::percentEncode(kTitle) == kTitleEncoded);
    CHECK(folio::percentEncode("\U0001F600") == "%F0%9F%98%80");
}

TEST_CASE("share: the link of every target, with a non-ASCII title") {
    const ShareText text{kTitle, kUrl, kSummary};
    CHECK(folio::shareUrl(ShareTarget::Email, text) ==
          "mailto:?subject=" + kTitleEncoded + "&body=" + kSummaryEncoded + "%0D%0A%0D%0A" + kUrlEncoded);
    CHECK(folio::shareUrl(ShareTarget::X, text) ==
          "https://x.com/intent/tweet?text=" + kTitleEncoded + "&url=" + kUrlEncoded);
    CHECK(folio::shareUrl(ShareTarget::Facebook, text) == "https://www.facebook.com/sharer/sharer.php?u=" + kUrlEncoded);
    CHECK(folio::shareUrl(ShareTarget::LinkedIn, text) ==
          "https://www.linkedin.com/sharing/share-offsite/?url=" + kUrlEncoded);
    CHECK(folio::shareUrl(ShareTarget::Weibo, text) ==
          "https://service.weibo.com/share/share.php?url=" + kUrlEncoded + "&title=" + kTitleEncoded);
    CHECK(folio::shareUrl(ShareTarget::WhatsApp, text) == "https://wa.me/?text=" + kTitleEncoded + "%20" + kUrlEncoded);
    // The same links written out in full, so that a mistake in the constants above cannot hide one.
    CHECK(folio::shareUrl(ShareTarget::X, ShareText{"Z\u00FCrich", "https://a.example/?q=1", ""}) ==
          "https://x.com/intent/tweet?text=Z%C3%BCrich&url=https%3A%2F%2Fa.example%2F%3Fq%3D1");
    for (ShareTarget target : folio::kShareTargets) {
        CAPTURE(folio::shareTargetLabel(target));
        CHECK(folio::isSafeLink(folio::shareUrl(target, text)));
    }
}

TEST_CASE("share: target labels and event names") {
    std::string labels;
    std::string names;
    for (ShareTarget target : folio::kShareTargets) {
        labels += std::string(folio::shareTargetLabel(target)) + ",";
        names += std::string(folio::shareTargetName(target)) + ",";
    }
    CHECK(labels == "E-mail,X,Facebook,LinkedIn,Weibo,WhatsApp,");
    CHECK(names == "email,x,facebook,linkedin,weibo,whatsapp,");
}

TEST_CASE("share: empty parts are left out, targets that share a URL need one") {
    const ShareText noUrl{kTitle, "", kSummary};
    CHECK(folio::shareUrl(ShareTarget::Email, noUrl) == "mailto:?subject=" + kTitleEncoded + "&body=" + kSummaryEncoded);
    CHECK(folio::shareUrl(ShareTarget::X, noUrl) == "https://x.com/intent/tweet?text=" + kTitleEncoded);
    CHECK(folio::shareUrl(ShareTarget::WhatsApp, noUrl) == "https://wa.me/?text=" + kTitleEncoded);
    CHECK(folio::shareUrl(ShareTarget::Facebook, noUrl).empty());
    CHECK(folio::shareUrl(ShareTarget::LinkedIn, noUrl).empty());
    CHECK(folio::shareUrl(ShareTarget::Weibo, noUrl).empty());
    const ShareText noSummary{kTitle, kUrl, ""};
    CHECK(folio::shareUrl(ShareTarget::Email, noSummary) == "mailto:?subject=" + kTitleEncoded + "&body=" + kUrlEncoded);
    CHECK(folio::shareUrl(ShareTarget::Email, ShareText{"T", "", ""}) == "mailto:?subject=T");
}

TEST_CASE("share: the shared text uses the article's summary when it has one") {
    folio::Article a = article();
    a.summary = kSummary;
    const ShareText text = folio::shareTextFor(a, "https://viewer.example/?article=a.json");
    CHECK(text.title == kTitle);
    CHECK(text.url == kUrl);
    CHECK(text.summary == kSummary);
    CHECK(folio::shareUrl(ShareTarget::Email, text) ==
          "mailto:?subject=" + kTitleEncoded + "&body=" + kSummaryEncoded + "%0D%0A%0D%0A" + kUrlEncoded);
}

TEST_CASE("share: without a summary the e-mail body starts with the first paragraph") {
    folio::Article a = article();
    a.summary = "  \n ";  // blank: as good as none
    const ShareText text = folio::shareTextFor(a, "");
    CHECK(text.summary == "First paragraph, with spaces.");
    CHECK(folio::shareUrl(ShareTarget::Email, text) == "mailto:?subject=" + kTitleEncoded +
                                                           "&body=First%20paragraph%2C%20with%20spaces.%0D%0A%0D%0A" +
                                                           kUrlEncoded);
    folio::Article noParagraph;
    noParagraph.title = "Only a picture";
    folio::Block image;
    image.type = folio::BlockType::Image;
    image.src = "a.png";
    noParagraph.body.push_back(image);
    CHECK(folio::shareTextFor(noParagraph, "").summary.empty());
}

TEST_CASE("share: a long first paragraph is shortened at a word boundary") {
    folio::Article a = article();
    a.body = {paragraph(words("abcdefg", 100))};  // 799 characters; "abcdefg " every 8
    const std::string summary = folio::shareTextFor(a, "").summary;
    // 299 characters would end inside the 38th word: the summary stops after the 37th.
    CHECK(summary == words("abcdefg", 37) + "\u2026");
    CHECK(codePoints(summary) <= folio::kShareSummaryMaxChars);

    a.body = {paragraph(words("abcde", 100))};  // a space right after 299 characters
    CHECK(folio::shareTextFor(a, "").summary == words("abcde", 50) + "\u2026");

    a.body = {paragraph(words("word,", 100))};  // no comma before the ellipsis
    const std::string commas = folio::shareTextFor(a, "").summary;
    CHECK(commas.substr(commas.size() - 4) == "d\u2026");

    std::string chinese;
    for (int i = 0; i < 400; ++i) chinese += "\u4E1C";  // no spaces: cut between characters
    a.body = {paragraph(chinese)};
    const std::string cut = folio::shareTextFor(a, "").summary;
    CHECK(codePoints(cut) == folio::kShareSummaryMaxChars);
    CHECK(cut == chinese.substr(0, 299 * 3) + "\u2026");

    a.body = {paragraph(words("abcdefg", 37))};  // short enough: kept whole
    CHECK(folio::shareTextFor(a, "").summary == words("abcdefg", 37));
}

TEST_CASE("share: the page URL stands in for an article without an http(s) URL") {
    CHECK(folio::shareTextFor(article(""), "https://viewer.example/?article=a.json").url ==
          "https://viewer.example/?article=a.json");
    CHECK(folio::shareTextFor(article("ftp://example.com/a"), "http://viewer.example/").url == "http://viewer.example/");
    CHECK(folio::shareTextFor(article(""), "file:///home/a.html").url.empty());
    CHECK(folio::shareTextFor(article(""), "").url.empty());
    CHECK(folio::shareTextFor(article(), "https://viewer.example/").url == kUrl);
}
