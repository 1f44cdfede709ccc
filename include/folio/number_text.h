// Numbers as the text of stored values, messages and generated CSS and JSON.
#pragma once

#include <string>

namespace folio {

// `value` as the shortest decimal that reads back as the same float: "20", "17.5", "0.25", "13.3".
// A whole number is written without a point; NaN and infinities as "0".
std::string shortestDecimal(float value);

}  // namespace folio
