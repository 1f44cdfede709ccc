// ISO 8601 dates and times as articles and stored values carry them: the one reader of them in Folio.
#pragma once

#include <string_view>

namespace folio {

// The parts of a date or date-time that parseIsoDateTime accepted.
struct IsoDateTime {
    int year = 0, month = 0, day = 0;      // a real calendar date (proleptic Gregorian), month 1-12
    bool hasTime = false;                  // false for a plain "YYYY-MM-DD"; then the rest is unset
    int hour = 0, minute = 0, second = 0;  // 0-23, 0-59, 0-59; second is 0 when hasSeconds is false
    bool hasSeconds = false;
    std::string_view fraction;             // the 1-9 digits after "ss." (a view into the input), or empty
    bool utc = false;                      // "Z"; otherwise the offset below
    char offsetSign = '+';                 // '+' or '-' when !utc
    int offsetHours = 0, offsetMinutes = 0;
};

// Reads `s` in the shape articles use: "YYYY-MM-DD", or "YYYY-MM-DDThh:mm[:ss[.f{1,9}]]" followed by
// "Z" or "±hh:mm", with a real calendar date (no 2024-02-30) and nothing after. Returns false, and
// leaves `out` unspecified, for anything else.
bool parseIsoDateTime(std::string_view s, IsoDateTime& out);

// True when parseIsoDateTime accepts `s`.
bool isIsoDateTime(std::string_view s);

// True for a UTC time as browsers write it (Date.prototype.toISOString): "2024-05-01T12:00:00Z",
// optionally with 1 to 9 digits of seconds' fraction ("2024-05-01T12:00:00.250Z"), a real date.
bool isIsoUtcTime(std::string_view s);

}  // namespace folio
