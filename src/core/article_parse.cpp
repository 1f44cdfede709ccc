// Article JSON (format versions 1 and 1.1, docs/article-format.md) to folio::Article.
//
// Two passes:
//   1. A SAX pass (nlohmann's iterative parser) builds a DOM while enforcing the depth and string limits,
//      so hostile input stops early instead of building a huge or deeply nested tree. Syntax errors
//      are reported with a 1-based line and byte column.
//   2. A schema walk turns the DOM into the model, reporting the first violation as
//      "<JSON Pointer>: <what was expected>".
// The core is built with JSON_NOEXCEPTION (a throw would abort), so the walk only ever calls
// accessors after checking the value's type.
//
// Sections: small text helpers · language tags · pass 1, the bounded SAX parse to a DOM (and where
// a syntax error is) · pass 2, the schema walk (document, title, body and blocks, lists, images,
// the blocks of format 1.1, text and runs, meta, tags, comments) · parseArticle.
#include "folio/article_parse.h"

#include "article_parse_internal.h"
#include "folio/html_import.h"
#include "folio/iso_date.h"
#include "folio/url_rules.h"
#include "folio/utf8.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace folio {

namespace {

using Json = nlohmann::json;

// ---------------------------------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------------------------------

// Appends an object member name to a JSON Pointer, escaping '~' as "~0" and '/' as "~1" (RFC 6901).
std::string childPointer(const std::string& parent, std::string_view key) {
    std::string out = parent;
    out += '/';
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// Appends an array index to a JSON Pointer.
std::string childPointer(const std::string& parent, std::size_t index) {
    return parent + '/' + std::to_string(index);
}

// The pointer as shown in messages: the root (empty pointer) reads "(document)".
std::string shownPointer(const std::string& pointer) { return pointer.empty() ? "(document)" : pointer; }

// `s` in double quotes for a message: clipped, with quotes, backslashes and control characters escaped.
std::string quotedForMessage(std::string_view s) {
    const std::string clipped = shortenUtf8(s, 40);
    std::string out = "\"";
    for (char c : clipped) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7F) {
            static const char hex[] = "0123456789ABCDEF";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// "40 MB", "1.5 KB", "900 bytes" (1 KB = 1024 bytes). Fractions keep one decimal, rounded up when
// `roundUp` (a document just over a limit never reads as equal to it) and down otherwise.
std::string formatSize(std::size_t bytes, bool roundUp) {
    const unsigned long long n = bytes;
    const char* unitName = n >= (1ull << 20) ? "MB" : n >= (1ull << 10) ? "KB" : nullptr;
    if (unitName == nullptr) return std::to_string(n) + (n == 1 ? " byte" : " bytes");
    const unsigned long long unit = n >= (1ull << 20) ? (1ull << 20) : (1ull << 10);
    const unsigned long long tenths = (n * 10 + (roundUp ? unit - 1 : 0)) / unit;
    std::string number = std::to_string(tenths / 10);
    if (tenths % 10 != 0) number += "." + std::to_string(tenths % 10);
    return number + " " + unitName;
}

// ASCII whitespace.
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// `s` without leading and trailing ASCII whitespace.
std::string trimmed(const std::string& s) {
    std::size_t begin = 0;
    std::size_t end = s.size();
    while (begin < end && isSpace(s[begin])) ++begin;
    while (end > begin && isSpace(s[end - 1])) --end;
    return s.substr(begin, end - begin);
}

bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------------------------------
// Language tags
// ---------------------------------------------------------------------------------------------------

// A BCP 47 shaped tag: a primary subtag of 2-8 letters, then subtags of 1-8 letters or digits,
// all separated by '-'. Only the shape is checked, not the registry.
}  // namespace

bool isLanguageTag(std::string_view s) {
    std::size_t start = 0;
    for (bool primary = true;; primary = false) {
        const std::size_t dash = s.find('-', start);
        const std::string_view sub = s.substr(start, dash == std::string_view::npos ? dash : dash - start);
        if (sub.size() < (primary ? 2u : 1u) || sub.size() > 8) return false;
        for (char c : sub) {
            if (!isAsciiAlpha(c) && (primary || !isAsciiDigit(c))) return false;
        }
        if (dash == std::string_view::npos) return true;
        start = dash + 1;
    }
}

namespace {

// ---------------------------------------------------------------------------------------------------
// Pass 1: bounded SAX parse to a DOM
// ---------------------------------------------------------------------------------------------------

// Forwards every SAX event to nlohmann's own DOM builder, after checking the nesting depth and the
// length of strings and keys. Tracks the JSON Pointer of the current value for its messages.
class BoundedDomBuilder {
public:
    BoundedDomBuilder(Json& root, const ParseLimits& limits) : dom_(root, false), limits_(limits) {}

    bool null() { return dom_.null() && valueDone(); }
    bool boolean(bool v) { return dom_.boolean(v) && valueDone(); }
    bool number_integer(Json::number_integer_t v) { return dom_.number_integer(v) && valueDone(); }
    bool number_unsigned(Json::number_unsigned_t v) { return dom_.number_unsigned(v) && valueDone(); }
    bool number_float(Json::number_float_t v, const Json::string_t& s) {
        return dom_.number_float(v, s) && valueDone();
    }
    bool binary(Json::binary_t& v) { return dom_.binary(v) && valueDone(); }  // not produced by JSON text

    // A string value: bounded length.
    bool string(Json::string_t& v) {
        return checkLength(v, frames_.size()) && dom_.string(v) && valueDone();
    }

    // An object member name: bounded length; remembered for pointers.
    bool key(Json::string_t& k) {
        if (!checkLength(k, frames_.size() - 1)) return false;
        frames_.back().key = k;
        return dom_.key(k);
    }

    bool start_object(std::size_t n) { return enter(false) && dom_.start_object(n); }
    bool start_array(std::size_t n) { return enter(true) && dom_.start_array(n); }
    bool end_object() { return leave() && dom_.end_object() && valueDone(); }
    bool end_array() { return leave() && dom_.end_array() && valueDone(); }

    // A syntax error: keep the byte position and a short description; stop parsing.
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& lastToken, const Exception& ex) {
        syntaxPosition_ = position;
        syntaxDetail_ = describe(ex);
        syntaxAtToken_ = ex.id == 406 || (syntaxDetail_.rfind("unexpected ", 0) == 0 &&
                                          syntaxDetail_.rfind("unexpected end of input", 0) != 0);
        return dom_.parse_error(position, lastToken, ex);
    }

    bool limitHit() const { return limitHit_; }
    const ParseError& limitError() const { return limitError_; }
    std::size_t syntaxPosition() const { return syntaxPosition_; }
    const std::string& syntaxDetail() const { return syntaxDetail_; }
    // True when the error is about a whole token that ends at the position (e.g. "unexpected string
    // literal"), false when it is about the byte at the position (e.g. ill-formed UTF-8).
    bool syntaxAtToken() const { return syntaxAtToken_; }

private:
    // One open array or object: where its current child sits.
    struct Frame {
        bool array = false;
        std::size_t index = 0;  // arrays: index of the child being parsed
        std::string key;        // objects: name of the child being parsed
    };

    // The pointer made of the first `depth` frames' child positions.
    std::string pointerTo(std::size_t depth) const {
        std::string pointer;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& f = frames_[i];
            pointer = f.array ? childPointer(pointer, f.index) : childPointer(pointer, f.key);
        }
        return pointer;
    }

    // Records a limit violation and stops parsing.
    bool hitLimit(const std::string& pointer, const std::string& what) {
        limitHit_ = true;
        limitError_.pointer = pointer;
        limitError_.message = shownPointer(pointer) + ": " + what;
        return false;
    }

    // Checks a string or key against maxStringBytes; `depth` is where its pointer ends (see pointerTo),
    // built only for the message: a long key over many values must not cost its length per value.
    bool checkLength(const std::string& s, std::size_t depth) {
        if (s.size() <= limits_.maxStringBytes) return true;
        return hitLimit(pointerTo(depth), "string longer than " + std::to_string(limits_.maxStringBytes) + " bytes");
    }

    // Opens an array or object, refusing to nest deeper than maxDepth.
    bool enter(bool array) {
        if (frames_.size() >= limits_.maxDepth) {
            return hitLimit(pointerTo(frames_.size()),
                            "nesting deeper than " + std::to_string(limits_.maxDepth) + " levels");
        }
        frames_.push_back(Frame{array, 0, {}});
        return true;
    }

    // Closes the innermost array or object.
    bool leave() {
        frames_.pop_back();
        return true;
    }

    // After a complete value: count it against maxValues; the enclosing array moves on to its next index.
    bool valueDone() {
        if (++values_ > limits_.maxValues) {
            return hitLimit(pointerTo(frames_.size()), "more than " + std::to_string(limits_.maxValues) + " JSON values");
        }
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
        return true;
    }

    // A short human description from nlohmann's message: without its "[json.exception...] parse error
    // at ..." prefix and without the echo of the input ("last read: ..."), which may be long or binary.
    static std::string describe(const nlohmann::detail::exception& ex) {
        if (ex.id == 406) return "number out of range";
        const std::string message = ex.what();
        std::size_t start = message.find("syntax error ");
        if (start != std::string::npos) {
            const std::size_t dash = message.find(" - ", start);
            start = dash == std::string::npos ? start : dash + 3;
        } else {
            const std::size_t bracket = message.find("] ");
            start = bracket == std::string::npos ? 0 : bracket + 2;
        }
        std::string detail = message.substr(start);
        const std::size_t echo = detail.find("; last read: ");
        if (echo != std::string::npos) detail.erase(echo);
        return shortenUtf8(detail, 160);
    }

    nlohmann::detail::json_sax_dom_parser<Json> dom_;
    const ParseLimits& limits_;
    std::vector<Frame> frames_;
    bool limitHit_ = false;
    ParseError limitError_;
    std::size_t values_ = 0;  // complete values so far
    std::size_t syntaxPosition_ = 0;
    std::string syntaxDetail_;
    bool syntaxAtToken_ = false;
};

// True for the bytes of a number or a literal such as true.
bool isTokenByte(char c) { return isAsciiAlpha(c) || isAsciiDigit(c) || c == '+' || c == '-' || c == '.'; }

// The first byte of the token whose last byte is `end`. A string's opening quote is found by scanning
// its line from the start (strings never span lines); a number or literal extends back over its bytes;
// anything else is a one-byte token.
std::size_t tokenStart(std::string_view text, std::size_t end) {
    if (end >= text.size()) return end;
    if (text[end] == '"') {
        std::size_t i = text.rfind('\n', end);
        i = i == std::string_view::npos ? 0 : i + 1;
        std::size_t open = end;
        for (bool inString = false; i < end; ++i) {
            if (!inString && text[i] == '"') {
                inString = true;
                open = i;
            } else if (inString && text[i] == '\\') {
                ++i;
            } else if (inString && text[i] == '"') {
                inString = false;
            }
        }
        return open;
    }
    std::size_t start = end;
    while (start > 0 && isTokenByte(text[end]) && isTokenByte(text[start - 1])) --start;
    return start;
}

// 1-based line and byte column of byte `offset` of `text`. A leading UTF-8 BOM takes no columns.
void locate(std::string_view text, std::size_t offset, int& line, int& column) {
    std::size_t lineStart = 0;
    line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    std::size_t col = offset - lineStart + 1;
    if (lineStart == 0 && offset >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") col -= 3;
    column = static_cast<int>(col);
}

// A syntax error at byte `offset` of `text`.
ParseError syntaxError(std::string_view text, std::size_t offset, const std::string& detail) {
    ParseError error;
    locate(text, offset, error.line, error.column);
    error.message = "JSON syntax error at line " + std::to_string(error.line) + ", column " +
                    std::to_string(error.column) + ": " + detail;
    return error;
}

// The lead byte of the ill-formed UTF-8 sequence that byte `bad` cut short, or `bad` itself when
// `bad` does not continue an incomplete sequence (it is then an invalid byte of its own).
std::size_t utf8SequenceStart(std::string_view text, std::size_t bad) {
    for (std::size_t lead = bad; lead > 0 && bad - lead < 3;) {
        const auto byte = static_cast<unsigned char>(text[--lead]);
        if ((byte & 0xC0) == 0x80) continue;  // continuation byte: keep looking for the lead
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > bad - lead ? lead : bad;
    }
    return bad;
}

// The byte a syntax error reported by `builder` is about. nlohmann reports how many bytes it had read,
// the offending one included (or one past the end at the end of the input).
std::size_t errorOffset(std::string_view text, const BoundedDomBuilder& builder) {
    const std::size_t read = builder.syntaxPosition();
    const std::size_t last = std::min(read == 0 ? 0 : read - 1, text.size());
    if (builder.syntaxAtToken()) return tokenStart(text, last);
    if (builder.syntaxDetail().find("UTF-8") != std::string::npos && last < text.size()) {
        return utf8SequenceStart(text, last);
    }
    return last;
}

// Pass 1: parses `text` into `root` within the limits, or fills `error`.
bool parseDom(std::string_view text, const ParseLimits& limits, Json& root, ParseError& error) {
    BoundedDomBuilder builder(root, limits);
    if (!Json::sax_parse(text.begin(), text.end(), &builder)) {
        if (builder.limitHit()) {
            error = builder.limitError();
            return false;
        }
        const std::size_t offset = errorOffset(text, builder);
        // A web server's error page or a wrong URL gives HTML: say so rather than "invalid literal".
        const bool markup = offset < text.size() && text[offset] == '<';
        error = syntaxError(text, offset, markup ? "this is HTML or XML, not JSON" : builder.syntaxDetail());
        return false;
    }
    // nlohmann takes a NUL byte outside a string for the end of the input; anything after it would be
    // silently ignored. A raw NUL is never valid JSON, so refuse it.
    const std::size_t nul = text.find('\0');
    if (nul != std::string_view::npos) {
        error = syntaxError(text, nul, "unexpected NUL byte");
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------
// Pass 2: schema walk from the DOM to the model
// ---------------------------------------------------------------------------------------------------

// `v` as an integer when it is a JSON integer that fits in `long long`.
bool asInteger(const Json& v, long long& out) {
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(LLONG_MAX)) return false;
        out = static_cast<long long>(u);
        return true;
    }
    if (v.is_number_integer()) {
        out = v.get<std::int64_t>();
        return true;
    }
    return false;
}

// Block type names in the order they are listed in messages.
const std::pair<const char*, BlockType> kBlockTypes[] = {
    {"paragraph", BlockType::Paragraph}, {"heading", BlockType::Heading}, {"quote", BlockType::Quote},
    {"list", BlockType::List},           {"image", BlockType::Image},     {"code", BlockType::Code},
    {"table", BlockType::Table},         {"rule", BlockType::Rule},       {"embed", BlockType::Embed},
    {"aside", BlockType::Aside},         {"pullquote", BlockType::Pullquote}, {"gallery", BlockType::Gallery},
};

// Embed kinds by name.
const std::pair<const char*, EmbedKind> kEmbedKinds[] = {
    {"video", EmbedKind::Video}, {"audio", EmbedKind::Audio}, {"post", EmbedKind::Post}, {"link", EmbedKind::Link},
};

// Walks a parsed document against the version 1 schema; stops at the first violation.
class ArticleReader {
public:
    explicit ArticleReader(const ParseLimits& limits) : limits_(limits) {}

    const ParseError& error() const { return error_; }
    std::vector<std::string>& notices() { return notices_; }

    // The whole document.
    bool read(const Json& root, Article& out) {
        if (!root.is_object()) return fail("", "expected a JSON object");
        article_ = &out;  // footnotes go into its notes as their marks are read
        return readVersion(root) && readTitle(root, out) && readBody(root, out) && readMeta(root, out) &&
               readTags(root, out) && readComments(root, out);
    }

private:
    // Records the first violation; always returns false.
    bool fail(const std::string& pointer, const std::string& what) {
        error_.pointer = pointer;
        error_.message = shownPointer(pointer) + ": " + what;
        return false;
    }

    // An optional string member; absent leaves `out` unchanged.
    bool optionalString(const Json& obj, const std::string& ptr, const char* key, std::string& out) {
        const Json* v = member(obj, key);
        if (v == nullptr) return true;
        const std::string* s = asString(*v);
        if (s == nullptr) return fail(childPointer(ptr, key), "expected a string");
        out = *s;
        return true;
    }

    // An optional boolean member.
    bool optionalBool(const Json& obj, const std::string& ptr, const char* key, bool& out) {
        const Json* v = member(obj, key);
        if (v == nullptr) return true;
        if (!v->is_boolean()) return fail(childPointer(ptr, key), "expected true or false");
        out = v->get<bool>();
        return true;
    }

    // An optional integer member within [min, max]; `what` describes the range for the message.
    bool optionalInt(const Json& obj, const std::string& ptr, const char* key, long long min, long long max,
                     const char* what, int& out) {
        const Json* v = member(obj, key);
        if (v == nullptr) return true;
        long long n = 0;
        if (!asInteger(*v, n) || n < min || n > max) return fail(childPointer(ptr, key), what);
        out = static_cast<int>(n);
        return true;
    }

    // An optional string member that must pass `valid`; `what` is the message otherwise.
    bool optionalChecked(const Json& obj, const std::string& ptr, const char* key, bool (*valid)(std::string_view),
                         const char* what, std::string& out) {
        const Json* v = member(obj, key);
        if (v == nullptr) return true;
        const std::string* s = asString(*v);
        if (s == nullptr || !valid(*s)) return fail(childPointer(ptr, key), what);
        out = *s;
        return true;
    }

    // An optional ISO 8601 date or date-time member.
    bool optionalDate(const Json& obj, const std::string& ptr, const char* key, std::string& out) {
        return optionalChecked(obj, ptr, key, isIsoDateTime, "expected an ISO 8601 date (YYYY-MM-DD) or date-time",
                               out);
    }

    // "version": absent, 1 or 1.1.
    bool readVersion(const Json& root) {
        const Json* v = member(root, "version");
        long long n = 0;
        if (v != nullptr && !(asInteger(*v, n) && n == 1) && !(v->is_number_float() && v->get<double>() == 1.1)) {
            return fail("/version", "expected 1 or 1.1");
        }
        return true;
    }

    // "title": required, non-empty after trimming; stored trimmed.
    bool readTitle(const Json& root, Article& out) {
        const Json* v = member(root, "title");
        if (v == nullptr) return fail("/title", "required");
        const std::string* s = asString(*v);
        if (s != nullptr) out.title = trimmed(*s);
        if (out.title.empty()) return fail("/title", "expected a non-empty string");
        return true;
    }

    // "body": required non-empty array of blocks, or (format 1.1) a string of HTML.
    bool readBody(const Json& root, Article& out) {
        const Json* v = member(root, "body");
        if (v == nullptr) return fail("/body", "required");
        if (const std::string* html = asString(*v)) return readHtmlBody(root, *html, out);
        if (!v->is_array()) return fail("/body", "expected a non-empty array or a string of HTML");
        if (v->empty()) return fail("/body", "expected a non-empty array");
        if (v->size() > limits_.maxBlocks) {
            return fail("/body", "more than " + std::to_string(limits_.maxBlocks) + " blocks");
        }
        out.body.reserve(v->size());
        std::size_t index = 0;
        for (const Json& element : *v) {
            out.body.emplace_back();
            bool shown = true;
            if (!readBlock(element, childPointer("/body", index++), out.body.back(), shown)) return false;
            if (!shown) out.body.pop_back();
        }
        if (out.body.empty()) return fail("/body", "none of its blocks is of a type this viewer shows");
        return true;
    }

    // A body of HTML (folio/html_import.h): relative links and pictures resolved against "url".
    bool readHtmlBody(const Json& root, const std::string& html, Article& out) {
        const Json* url = member(root, "url");
        const std::string* base = url == nullptr ? nullptr : asString(*url);
        HtmlImport imported = importHtml(html, base == nullptr ? std::string_view() : std::string_view(*base), limits_);
        if (!imported.ok) return fail("/body", imported.error);
        out.body = std::move(imported.body);
        out.notes = std::move(imported.notes);
        for (const std::string& notice : imported.notices) notices_.push_back("/body: " + notice);
        return true;
    }

    // One body element: a string (paragraph) or a block object. A block of a type this version
    // does not know (a newer format's) is not an error: with a "text" it is shown as a paragraph of
    // that text, without one it is left out (`shown` false); either way notices_ says so.
    bool readBlock(const Json& v, const std::string& ptr, Block& out, bool& shown) {
        if (v.is_string()) return readRichText(v, ptr, out.text);
        if (!v.is_object()) return fail(ptr, "expected a string or a block object");
        const Json* type = member(v, "type");
        if (type == nullptr) return fail(ptr + "/type", "required");
        const std::string* name = asString(*type);
        if (name == nullptr) return fail(ptr + "/type", "expected a string");
        for (const auto& [typeName, blockType] : kBlockTypes) {
            if (*name == typeName) {
                out.type = blockType;
                return readBlockFields(v, ptr, out);
            }
        }
        const std::string unknown = shownPointer(ptr) + ": unknown block type " + quotedForMessage(*name);
        const ParseError before = error_;
        out.type = BlockType::Paragraph;
        if (member(v, "text") != nullptr && readTextMember(v, ptr, out.text)) {
            notices_.push_back(unknown + ", shown as its text");
            return true;
        }
        error_ = before;  // its text, if any, is not one this version reads: not the document's fault
        shown = false;
        notices_.push_back(unknown + ", left out (it has no text this viewer can show)");
        return true;
    }

    // The members of a block object whose type is already set.
    bool readBlockFields(const Json& v, const std::string& ptr, Block& out) {
        switch (out.type) {
            case BlockType::Paragraph:
                return readTextMember(v, ptr, out.text);
            case BlockType::Heading:
                return readTextMember(v, ptr, out.text) &&
                       optionalInt(v, ptr, "level", 2, 4, "expected an integer from 2 to 4", out.level);
            case BlockType::Quote:
                return readTextMember(v, ptr, out.text) && optionalString(v, ptr, "cite", out.cite);
            case BlockType::List:
                if (!readList(v, ptr, out, 0)) return false;
                if (std::all_of(out.places.begin(), out.places.end(), [](const ListItemPlace& p) { return p.depth == 0; }))
                    out.places.clear();  // a flat list, as in format 1
                return true;
            case BlockType::Image:
                return readPicture(v, ptr, out.src, out.alt, out.caption, out.width, out.height) &&
                       optionalString(v, ptr, "credit", out.credit);
            case BlockType::Code:
                return readCode(v, ptr, out);
            case BlockType::Table:
                return readTable(v, ptr, out);
            case BlockType::Rule:
                return true;
            case BlockType::Embed:
                return readEmbed(v, ptr, out);
            case BlockType::Aside:
                return readAside(v, ptr, out);
            case BlockType::Pullquote:
                return readTextMember(v, ptr, out.text) && optionalString(v, ptr, "cite", out.cite);
            case BlockType::Gallery:
                return readGallery(v, ptr, out);
        }
        return false;
    }

    // A list's "items" (required non-empty array; each a text, or {"text", "list"} where "list" is a
    // list object of its own: its items follow the item, one level deeper) and "ordered" (optional
    // bool), appended to `out` at nesting `depth`.
    bool readList(const Json& v, const std::string& ptr, Block& out, std::size_t depth) {
        if (depth >= limits_.maxListDepth) {
            return fail(ptr, "lists nested deeper than " + std::to_string(limits_.maxListDepth) + " levels");
        }
        bool ordered = false;
        if (!optionalBool(v, ptr, "ordered", ordered)) return false;
        if (depth == 0) out.ordered = ordered;
        const std::string itemsPtr = ptr + "/items";
        const Json* items = member(v, "items");
        if (items == nullptr) return fail(itemsPtr, "required");
        if (!items->is_array() || items->empty()) return fail(itemsPtr, "expected a non-empty array");
        std::size_t index = 0;
        int number = 0;
        for (const Json& item : *items) {
            if (out.items.size() >= limits_.maxListItems) {
                return fail(itemsPtr, "more than " + std::to_string(limits_.maxListItems) + " items");
            }
            const std::string itemPtr = childPointer(itemsPtr, index++);
            const Json* nested = nullptr;
            out.items.emplace_back();
            out.places.push_back(ListItemPlace{static_cast<std::uint8_t>(depth), ordered, ++number});
            if (item.is_object()) {  // {"text": ..., "list": {...}} (format 1.1)
                if (!readTextMember(item, itemPtr, out.items.back())) return false;
                nested = member(item, "list");
                if (nested != nullptr && !nested->is_object()) return fail(itemPtr + "/list", "expected a list object");
            } else if (!readRichText(item, itemPtr, out.items.back())) {
                return false;
            }
            if (nested != nullptr && !readList(*nested, itemPtr + "/list", out, depth + 1)) return false;
        }
        return true;
    }

    // A picture: "src" (required, http(s) or relative URL), "alt", "caption", "width", "height".
    bool readPicture(const Json& v, const std::string& ptr, std::string& src, std::string& alt, std::string& caption,
                     int& width, int& height) {
        const Json* value = member(v, "src");
        if (value == nullptr) return fail(ptr + "/src", "required");
        const std::string* s = asString(*value);
        if (s == nullptr || !isHttpOrRelativeUrl(*s)) return fail(ptr + "/src", "expected an http(s) or relative URL");
        src = *s;
        const char* positive = "expected a positive integer";
        return optionalString(v, ptr, "alt", alt) && optionalString(v, ptr, "caption", caption) &&
               optionalInt(v, ptr, "width", 1, INT_MAX, positive, width) &&
               optionalInt(v, ptr, "height", 1, INT_MAX, positive, height);
    }

    // A code block: "text" (required, a non-empty string, kept as written), "language".
    bool readCode(const Json& v, const std::string& ptr, Block& out) {
        const Json* text = member(v, "text");
        if (text == nullptr) return fail(ptr + "/text", "required");
        const std::string* s = asString(*text);
        if (s == nullptr || s->empty()) return fail(ptr + "/text", "expected a non-empty string");
        out.code = *s;
        return optionalString(v, ptr, "language", out.language);
    }

    // A table: "rows" (required non-empty array of arrays of cells; a cell is a text, which may be
    // empty, or {"text", "header"}), "headerRow", "headerColumn" (booleans: the first row or column
    // holds headers), "caption". Short rows are filled up with empty cells.
    bool readTable(const Json& v, const std::string& ptr, Block& out) {
        const std::string rowsPtr = ptr + "/rows";
        const Json* rows = member(v, "rows");
        if (rows == nullptr) return fail(rowsPtr, "required");
        if (!rows->is_array() || rows->empty()) return fail(rowsPtr, "expected a non-empty array of rows");
        bool headerRow = false, headerColumn = false;
        if (!optionalBool(v, ptr, "headerRow", headerRow) || !optionalBool(v, ptr, "headerColumn", headerColumn) ||
            !optionalString(v, ptr, "caption", out.caption)) {
            return false;
        }
        std::size_t cells = 0, columns = 0, r = 0;
        for (const Json& row : *rows) {
            const std::string rowPtr = childPointer(rowsPtr, r++);
            if (!row.is_array()) return fail(rowPtr, "expected an array of cells");
            cells += row.size();
            if (cells > limits_.maxTableCells) {
                return fail(rowPtr, "more than " + std::to_string(limits_.maxTableCells) + " cells in the table");
            }
            out.rows.emplace_back();
            std::size_t c = 0;
            for (const Json& cell : row) {
                out.rows.back().emplace_back();
                if (!readCell(cell, childPointer(rowPtr, c), out.rows.back().back())) return false;
                if ((headerRow && r == 1) || (headerColumn && c == 0)) out.rows.back().back().header = true;
                ++c;
            }
            columns = std::max(columns, c);
        }
        if (columns == 0) return fail(rowsPtr, "expected at least one cell");
        for (std::vector<TableCell>& row : out.rows) {
            while (row.size() < columns) row.push_back(TableCell{{}, headerColumn && row.empty()});
        }
        return true;
    }

    // A table cell: a text (an empty string or array is an empty cell) or {"text", "header"}.
    bool readCell(const Json& v, const std::string& ptr, TableCell& out) {
        const Json* text = &v;
        if (v.is_object()) {
            if (!optionalBool(v, ptr, "header", out.header)) return false;
            text = member(v, "text");
            if (text == nullptr) return true;  // {"header": true}: an empty header cell
        }
        if (const std::string* s = asString(*text); s != nullptr && s->empty()) return true;
        if (text->is_array() && text->empty()) return true;
        return readRichText(*text, text == &v ? ptr : ptr + "/text", out.text);
    }

    // An embedded item, shown as a card that links to it: "url" (required, http(s)), "kind"
    // ("video", "audio", "post" or "link", the default), "title", "provider", "poster" (a picture:
    // http(s) or relative URL) with "alt", "width", "height".
    bool readEmbed(const Json& v, const std::string& ptr, Block& out) {
        if (!optionalChecked(v, ptr, "url", isHttpUrl, "expected an absolute http(s) URL", out.href)) return false;
        if (out.href.empty()) return fail(ptr + "/url", "required");
        if (const Json* kind = member(v, "kind")) {
            const std::string* name = asString(*kind);
            const auto found = std::find_if(std::begin(kEmbedKinds), std::end(kEmbedKinds),
                                            [&](const auto& k) { return name != nullptr && *name == k.first; });
            if (found == std::end(kEmbedKinds)) return fail(ptr + "/kind", "expected \"video\", \"audio\", \"post\" or \"link\"");
            out.embed = found->second;
        }
        const char* positive = "expected a positive integer";
        return optionalString(v, ptr, "title", out.title) && optionalString(v, ptr, "provider", out.provider) &&
               optionalChecked(v, ptr, "poster", isHttpOrRelativeUrl, "expected an http(s) or relative URL", out.src) &&
               optionalString(v, ptr, "alt", out.alt) && optionalInt(v, ptr, "width", 1, INT_MAX, positive, out.width) &&
               optionalInt(v, ptr, "height", 1, INT_MAX, positive, out.height);
    }

    // An aside (a callout, a box beside the story): "title", and "text" (one paragraph) or
    // "paragraphs" (a non-empty array of texts).
    bool readAside(const Json& v, const std::string& ptr, Block& out) {
        if (!optionalString(v, ptr, "title", out.title)) return false;
        if (member(v, "text") != nullptr) {
            out.items.emplace_back();
            return readTextMember(v, ptr, out.items.back());
        }
        const Json* paragraphs = member(v, "paragraphs");
        if (paragraphs == nullptr) return fail(ptr + "/text", "required (or \"paragraphs\")");
        if (!paragraphs->is_array() || paragraphs->empty()) return fail(ptr + "/paragraphs", "expected a non-empty array");
        if (paragraphs->size() > limits_.maxListItems) {
            return fail(ptr + "/paragraphs", "more than " + std::to_string(limits_.maxListItems) + " paragraphs");
        }
        std::size_t index = 0;
        for (const Json& paragraph : *paragraphs) {
            out.items.emplace_back();
            if (!readRichText(paragraph, childPointer(ptr + "/paragraphs", index++), out.items.back())) return false;
        }
        return true;
    }

    // A gallery: "images" (required non-empty array of pictures, each as an image block's members
    // with "credit"), "caption".
    bool readGallery(const Json& v, const std::string& ptr, Block& out) {
        const Json* images = member(v, "images");
        if (images == nullptr) return fail(ptr + "/images", "required");
        if (!images->is_array() || images->empty()) return fail(ptr + "/images", "expected a non-empty array");
        if (images->size() > limits_.maxListItems) {
            return fail(ptr + "/images", "more than " + std::to_string(limits_.maxListItems) + " images");
        }
        std::size_t index = 0;
        for (const Json& image : *images) {
            const std::string imagePtr = childPointer(ptr + "/images", index++);
            if (!image.is_object()) return fail(imagePtr, "expected an image object");
            GalleryImage& g = out.images.emplace_back();
            if (!readPicture(image, imagePtr, g.src, g.alt, g.caption, g.width, g.height) ||
                !optionalString(image, imagePtr, "credit", g.credit)) {
                return false;
            }
        }
        return optionalString(v, ptr, "caption", out.caption);
    }

    // The required "text" member of a paragraph, heading or quote.
    bool readTextMember(const Json& v, const std::string& ptr, RichText& out) {
        const Json* text = member(v, "text");
        if (text == nullptr) return fail(ptr + "/text", "required");
        return readRichText(*text, ptr + "/text", out);
    }

    // Text: a non-empty string or a non-empty array of runs; empty runs are dropped.
    bool readRichText(const Json& v, const std::string& ptr, RichText& out) {
        if (const std::string* s = asString(v)) {
            if (s->empty()) return fail(ptr, "expected non-empty text");
            out.push_back(TextRun{*s, false, false, {}});
            return true;
        }
        if (!v.is_array()) return fail(ptr, "expected a string or an array of runs");
        if (v.size() > limits_.maxRuns) return fail(ptr, "more than " + std::to_string(limits_.maxRuns) + " runs");
        std::size_t index = 0;
        for (const Json& run : v) {
            if (!readRun(run, childPointer(ptr, index++), out)) return false;
        }
        if (out.empty()) return fail(ptr, "expected non-empty text");
        return true;
    }

    // One run: a string or {"text", "em", "strong", "href", and in format 1.1 "code", "strike",
    // "sub" or "sup", "note" (the text of the footnote the run marks)}. An unsafe href is dropped,
    // the text kept.
    bool readRun(const Json& v, const std::string& ptr, RichText& out) {
        TextRun run;
        if (const std::string* s = asString(v)) {
            run.text = *s;
        } else if (v.is_object()) {
            const Json* text = member(v, "text");
            if (text == nullptr) return fail(ptr + "/text", "required");
            const std::string* s2 = asString(*text);
            if (s2 == nullptr) return fail(ptr + "/text", "expected a string");
            run.text = *s2;
            std::string href;
            bool sub = false, sup = false;
            if (!optionalBool(v, ptr, "em", run.em) || !optionalBool(v, ptr, "strong", run.strong) ||
                !optionalString(v, ptr, "href", href) || !optionalBool(v, ptr, "code", run.code) ||
                !optionalBool(v, ptr, "strike", run.strike) || !optionalBool(v, ptr, "sub", sub) ||
                !optionalBool(v, ptr, "sup", sup)) {
                return false;
            }
            if (sub && sup) return fail(ptr + "/sup", "a run is not both \"sub\" and \"sup\"");
            run.shift = sub ? RunShift::Sub : sup ? RunShift::Sup : RunShift::None;
            if (isSafeLink(href)) run.href = std::move(href);
            if (const Json* note = member(v, "note")) {
                if (inNote_) return fail(ptr + "/note", "a footnote cannot hold a footnote");
                RichText noteText;
                inNote_ = true;
                const bool read = readRichText(*note, ptr + "/note", noteText);
                inNote_ = false;
                if (!read) return false;
                run.note = static_cast<int>(article_->notes.size());
                article_->notes.push_back(std::move(noteText));
            }
        } else {
            return fail(ptr, "expected a string or a run object");
        }
        if (!run.text.empty()) out.push_back(std::move(run));
        return true;
    }

    // The optional top-level strings, URL, date and language.
    bool readMeta(const Json& root, Article& out) {
        return optionalChecked(root, "", "url", isHttpUrl, "expected an absolute http(s) URL", out.url) &&
               optionalString(root, "", "source", out.source) && optionalString(root, "", "author", out.author) &&
               optionalDate(root, "", "published", out.published) &&
               optionalChecked(root, "", "language", isLanguageTag,
                               "expected a BCP 47 language tag such as \"en\" or \"pt-BR\"", out.language) &&
               readDirection(root, out) && optionalString(root, "", "summary", out.summary);
    }

    // "direction": optional "ltr", "rtl" or "auto".
    bool readDirection(const Json& root, Article& out) {
        if (member(root, "direction") == nullptr) return true;
        std::string direction;
        if (!optionalString(root, "", "direction", direction)) return false;
        if (direction == "auto") out.direction = TextDirection::Auto;
        else if (direction == "ltr") out.direction = TextDirection::Ltr;
        else if (direction == "rtl") out.direction = TextDirection::Rtl;
        else return fail("/direction", "expected \"ltr\", \"rtl\" or \"auto\"");
        return true;
    }

    // "tags": optional array of strings.
    bool readTags(const Json& root, Article& out) {
        const Json* tags = member(root, "tags");
        if (tags == nullptr) return true;
        if (!tags->is_array()) return fail("/tags", "expected an array of strings");
        std::size_t index = 0;
        for (const Json& tag : *tags) {
            const std::string* s = asString(tag);
            if (s == nullptr) return fail(childPointer("/tags", index), "expected a string");
            out.tags.push_back(*s);
            ++index;
        }
        return true;
    }

    // "comments": optional array of {"author", "posted", "text"}.
    bool readComments(const Json& root, Article& out) {
        const Json* comments = member(root, "comments");
        if (comments == nullptr) return true;
        if (!comments->is_array()) return fail("/comments", "expected an array of comment objects");
        std::size_t index = 0;
        for (const Json& c : *comments) {
            out.comments.emplace_back();
            if (!readComment(c, childPointer("/comments", index++), out.comments.back())) return false;
        }
        return true;
    }

    // One comment object.
    bool readComment(const Json& v, const std::string& ptr, Comment& out) {
        if (!v.is_object()) return fail(ptr, "expected a comment object");
        const Json* text = member(v, "text");
        if (text == nullptr) return fail(ptr + "/text", "required");
        const std::string* s = asString(*text);
        if (s == nullptr || s->empty()) return fail(ptr + "/text", "expected a non-empty string");
        out.text = *s;
        return optionalString(v, ptr, "author", out.author) && optionalDate(v, ptr, "posted", out.posted);
    }

    const ParseLimits& limits_;
    ParseError error_;
    std::vector<std::string> notices_;
    Article* article_ = nullptr;  // the article being read (its notes)
    bool inNote_ = false;         // reading a footnote's text
};

}  // namespace

std::string formatByteSize(std::size_t bytes, bool roundUp) { return formatSize(bytes, roundUp); }

bool parseJsonDocument(std::string_view json, const ParseLimits& limits, nlohmann::json& root, ParseError& error) {
    if (json.size() > limits.maxInputBytes) {
        error.message = "document is " + formatSize(json.size(), true) + "; the limit is " +
                        formatSize(limits.maxInputBytes, false);
        return false;
    }
    return parseDom(json, limits, root, error);
}

ParseResult parseArticle(std::string_view json, const ParseLimits& limits) {
    ParseResult result;
    Json root;
    if (!parseJsonDocument(json, limits, root, result.error)) return result;
    return articleFromJson(root, limits);
}

ParseResult articleFromJson(const nlohmann::json& root, const ParseLimits& limits) {
    ParseResult result;
    ArticleReader reader(limits);
    if (!reader.read(root, result.article)) {
        result.article = Article{};
        result.error = reader.error();
        return result;
    }
    result.ok = true;
    result.notices = std::move(reader.notices());
    return result;
}

}  // namespace folio
