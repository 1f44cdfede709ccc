// Internal to the PDF writer: the pictures a document draws and their image XObjects. Not part of
// the public API.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "folio/pdf_picture.h"
#include "pdf_objects.h"

namespace folio::pdf {

// The pictures of one document that its pages draw, numbered in the order first asked for. Keeps a
// reference to `pictures`, which must outlive the set.
class PictureSet {
public:
    explicit PictureSet(const PdfPictures& pictures);

    // Index of the picture of image source `src` (drawn as /Im<index + 1>); -1 when there is none
    // or it is empty or malformed (the box stays grey).
    int pictureFor(std::string_view src);
    std::size_t size() const { return used_.size(); }
    const PdfPicture& picture(int index) const { return *used_[static_cast<std::size_t>(index)]; }

private:
    const PdfPictures& pictures_;
    std::vector<std::string_view> sources_;   // of used_, in the same order
    std::vector<const PdfPicture*> used_;
};

// Writes `picture` as image XObject `number` (reserved by the caller), with its alpha mask as a
// further object when it has one. False (and `error` set) when compressing runs out of memory.
bool writePicture(const PdfPicture& picture, ObjectWriter& out, int number, std::string& error);

}  // namespace folio::pdf
