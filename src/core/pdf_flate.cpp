// Flate compression for PDF streams, with stb_image_write's zlib compressor (see stb_libs.h).
#include "pdf_objects.h"

#include "stb_libs.h"

namespace folio::pdf {

namespace {

// Hash chain length of stb's compressor (its "quality"): longer finds more matches, more slowly.
constexpr int kCompressionEffort = 16;

}  // namespace

bool flate(std::string_view data, std::string& out) { return detail::zlibCompress(data, kCompressionEffort, out); }

}  // namespace folio::pdf
