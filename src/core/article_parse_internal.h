// What the article parser (article_parse.cpp) shares with the readers of other article formats
// (article_sources.cpp) and the HTML importer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "folio/article_parse.h"

namespace folio {

// The member `key` of object `obj`, or nullptr when absent (or when `obj` is not an object).
inline const nlohmann::json* member(const nlohmann::json& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

// The string held by `v`, or nullptr when `v` is not a string.
inline const std::string* asString(const nlohmann::json& v) { return v.get_ptr<const nlohmann::json::string_t*>(); }

// "40 MB", "1.5 KB", "900 bytes" (1 KB = 1024 bytes); a fraction rounded up when `roundUp`.
std::string formatByteSize(std::size_t bytes, bool roundUp);

// True for a string of the shape of a BCP 47 language tag ("en", "pt-BR"); only the shape is checked.
bool isLanguageTag(std::string_view s);

// Pass 1 of parseArticle: `json` (at most limits.maxInputBytes) into `root`, within the depth,
// string and value limits. False with `error` filled (a syntax or limit error) otherwise.
bool parseJsonDocument(std::string_view json, const ParseLimits& limits, nlohmann::json& root, ParseError& error);

// Pass 2 of parseArticle: a parsed Folio document to its article.
ParseResult articleFromJson(const nlohmann::json& root, const ParseLimits& limits);

}  // namespace folio
