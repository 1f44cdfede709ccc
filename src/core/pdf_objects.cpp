// PDF syntax and the object file: numbers, strings, names, dates, cross-reference table, trailer.
#include "pdf_objects.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "folio/iso_date.h"
#include "folio/utf8.h"

namespace folio::pdf {

namespace {

constexpr std::size_t kNotWritten = static_cast<std::size_t>(-1);
constexpr char kHexDigits[] = "0123456789ABCDEF";

// Appends `value` as two hex digits.
void appendHexByte(std::string& out, unsigned value) {
    out += kHexDigits[(value >> 4) & 0xF];
    out += kHexDigits[value & 0xF];
}

// Appends the UTF-16BE code unit(s) of `cp` as hex digits.
void appendUtf16Hex(std::string& out, char32_t cp) {
    const auto unit = [&out](std::uint32_t u) {
        appendHexByte(out, u >> 8);
        appendHexByte(out, u & 0xFF);
    };
    if (cp < 0x10000) {
        unit(cp);
    } else {
        const std::uint32_t v = cp - 0x10000;
        unit(0xD800 + (v >> 10));
        unit(0xDC00 + (v & 0x3FF));
    }
}

// FNV-1a over `data` from `basis`: a cheap, stable 64-bit hash for the file identifier.
std::uint64_t fnv1a(std::string_view data, std::uint64_t basis) {
    std::uint64_t hash = basis;
    for (const char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ull;
    }
    return hash;
}

// The eight bytes of `value` as sixteen hex digits.
std::string hex64(std::uint64_t value) {
    std::string out;
    for (int shift = 56; shift >= 0; shift -= 8) appendHexByte(out, static_cast<unsigned>(value >> shift) & 0xFF);
    return out;
}

}  // namespace

std::string number(double value) {
    if (!std::isfinite(value)) return "0";
    const double limit = 1e12;  // far beyond any coordinate; keeps the conversion below in range
    const long long thousandths = std::llround(std::fmax(-limit, std::fmin(limit, value)) * 1000.0);
    if (thousandths == 0) return "0";
    const unsigned long long magnitude = static_cast<unsigned long long>(std::llabs(thousandths));
    std::string out = thousandths < 0 ? "-" : "";
    out += std::to_string(magnitude / 1000);
    unsigned long long fraction = magnitude % 1000;
    if (fraction != 0) {
        std::string digits = std::to_string(fraction + 1000).substr(1);
        while (digits.back() == '0') digits.pop_back();
        out += '.';
        out += digits;
    }
    return out;
}

std::string literalString(std::string_view bytes) {
    std::string out = "(";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte > 0x7E) {
            out += '\\';
            out += static_cast<char>('0' + ((byte >> 6) & 7));
            out += static_cast<char>('0' + ((byte >> 3) & 7));
            out += static_cast<char>('0' + (byte & 7));
        } else {
            out += c;
        }
    }
    out += ')';
    return out;
}

std::string textString(std::string_view utf8) {
    bool ascii = true;
    for (const char c : utf8) ascii = ascii && static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) <= 0x7E;
    if (ascii) return literalString(utf8);
    std::string out = "<FEFF";
    for (std::size_t pos = 0; pos < utf8.size();) appendUtf16Hex(out, nextCodepoint(utf8, pos));
    out += '>';
    return out;
}

std::string ref(int number) { return std::to_string(number) + " 0 R"; }

std::string name(std::string_view bytes) {
    static constexpr std::string_view kDelimiters = "()<>[]{}/%#";
    std::string out = "/";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte > 0x7E || kDelimiters.find(c) != std::string_view::npos) {
            out += '#';
            appendHexByte(out, byte);
        } else {
            out += c;
        }
    }
    return out;
}

bool date(std::string_view iso, std::string& out) {
    IsoDateTime t;
    if (!parseIsoDateTime(iso, t)) return false;
    const auto two = [](int n) { return std::string(1, static_cast<char>('0' + n / 10)) + static_cast<char>('0' + n % 10); };
    std::string pdf = "D:" + std::string(iso.substr(0, 4)) + two(t.month) + two(t.day);
    if (t.hasTime) {
        pdf += two(t.hour) + two(t.minute);
        if (t.hasSeconds) pdf += two(t.second);
        if (t.utc) pdf += 'Z';
        else pdf += t.offsetSign + two(t.offsetHours) + "'" + two(t.offsetMinutes) + "'";
    }
    out = std::move(pdf);
    return true;
}

ObjectWriter::ObjectWriter() : file_("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") {}

int ObjectWriter::reserve() {
    offsets_.push_back(kNotWritten);
    return static_cast<int>(offsets_.size());
}

void ObjectWriter::begin(int number) {
    offsets_[static_cast<std::size_t>(number) - 1] = file_.size();
    file_ += std::to_string(number);
    file_ += " 0 obj\n";
}

void ObjectWriter::object(int number, std::string_view value) {
    begin(number);
    file_ += value;
    file_ += "\nendobj\n";
}

void ObjectWriter::stream(int number, std::string_view entries, std::string_view data) {
    begin(number);
    file_ += "<< ";
    if (!entries.empty()) {
        file_ += entries;
        file_ += ' ';
    }
    file_ += "/Length ";
    file_ += std::to_string(data.size());
    file_ += " >>\nstream\n";
    file_ += data;
    file_ += "\nendstream\nendobj\n";
}

bool ObjectWriter::finish(int root, int info, std::vector<unsigned char>& out) {
    for (const std::size_t offset : offsets_) {
        if (offset == kNotWritten) return false;
    }
    const std::string id = "<" + hex64(fnv1a(file_, 0xCBF29CE484222325ull)) + hex64(fnv1a(file_, 0x84222325CBF29CE4ull)) + ">";
    const std::size_t xref = file_.size();
    file_ += "xref\n0 " + std::to_string(offsets_.size() + 1) + "\n0000000000 65535 f \n";
    for (const std::size_t offset : offsets_) {
        char entry[32];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        file_ += entry;
    }
    file_ += "trailer\n<< /Size " + std::to_string(offsets_.size() + 1) + " /Root " + std::to_string(root) + " 0 R";
    if (info != 0) file_ += " /Info " + std::to_string(info) + " 0 R";
    file_ += " /ID [" + id + " " + id + "] >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    out.assign(file_.begin(), file_.end());
    file_.clear();
    return true;
}

}  // namespace folio::pdf
