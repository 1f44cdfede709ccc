#include "folio/number_text.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace folio {

std::string shortestDecimal(float value) {
    if (!std::isfinite(value)) return "0";
    if (value == std::floor(value) && std::fabs(value) < 1e15f) return std::to_string(static_cast<long long>(value));
    char buffer[32];
    for (int precision = 1; precision <= 9; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, static_cast<double>(value));
        if (std::strtof(buffer, nullptr) == value) break;
    }
    return buffer;
}

}  // namespace folio
