// Internal to the PDF writer: PDF syntax (numbers, strings, names, dates), Flate compression and a
// file of numbered objects with its cross-reference table. Not part of the public API.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio::pdf {

// `value` with at most three decimals, without exponent or trailing zeros ("12.5", "-0.36", "0"),
// whatever the C locale; non-finite values give "0".
std::string number(double value);

// `bytes` as a literal string "(...)": ( ) \ escaped, bytes outside printable ASCII in octal.
std::string literalString(std::string_view bytes);

// A text string for document information: a literal string when `utf8` is printable ASCII, else a
// UTF-16BE hex string with a byte order mark. Malformed UTF-8 becomes U+FFFD.
std::string textString(std::string_view utf8);

// An indirect reference "N 0 R" to object `number`.
std::string ref(int number);

// A name object "/..." with bytes outside 0x21-0x7E and the delimiters written as #xx.
std::string name(std::string_view bytes);

// `iso` (YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.fff]](Z|+hh:mm|-hh:mm)) as a PDF date, e.g.
// "D:20261126193000Z" or "D:20261126193000+02'00'"; fractions of a second are dropped.
// Returns false (and leaves `out` alone) when `iso` is not such a date.
bool date(std::string_view iso, std::string& out);

// `data` as a zlib stream (what /FlateDecode reads) in `out`; false when memory runs out.
bool flate(std::string_view data, std::string& out);

// A PDF file written front to back: the header, numbered objects in any order, then the
// cross-reference table and the trailer with exact byte offsets.
class ObjectWriter {
public:
    // Starts the file with the %PDF-1.7 header and a binary comment.
    ObjectWriter();

    // A new object number (1, 2, ...) to write later with object() or stream().
    int reserve();
    // Writes object `number` (from reserve(), written once) whose value is `value`, e.g. "<< ... >>".
    void object(int number, std::string_view value);
    // Writes object `number` as a stream: the dictionary entries `entries` (without << >> and /Length,
    // e.g. "/Filter /FlateDecode") and the bytes `data` as they are.
    void stream(int number, std::string_view entries, std::string_view data);

    // Appends the cross-reference table and the trailer (/Root `root`, /Info `info` unless 0, and an
    // /ID hashed from the file so far) and moves the file into `out`. Returns false when an object
    // reserved was never written; the writer must not be used afterwards.
    bool finish(int root, int info, std::vector<unsigned char>& out);

private:
    void begin(int number);

    std::string file_;
    std::vector<std::size_t> offsets_;  // byte offset of object i + 1; npos while not written
};

}  // namespace folio::pdf
