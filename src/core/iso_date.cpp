// The ISO 8601 reader of iso_date.h.
#include "folio/iso_date.h"

namespace folio {

namespace {

// Reads `count` decimal digits of `s` at `pos` into `value`.
bool readDigits(std::string_view s, std::size_t pos, std::size_t count, int& value) {
    if (pos + count > s.size()) return false;
    value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

// Days in `month` (1-12) of `year` in the proleptic Gregorian calendar.
int daysInMonth(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// "hh:mm" at `pos` with hh 00-23 and mm 00-59.
bool readHoursMinutes(std::string_view s, std::size_t pos, int& hours, int& minutes) {
    if (pos + 5 > s.size() || s[pos + 2] != ':') return false;
    return readDigits(s, pos, 2, hours) && readDigits(s, pos + 3, 2, minutes) && hours <= 23 && minutes <= 59;
}

}  // namespace

bool parseIsoDateTime(std::string_view s, IsoDateTime& out) {
    out = IsoDateTime{};
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    if (!readDigits(s, 0, 4, out.year) || !readDigits(s, 5, 2, out.month) || !readDigits(s, 8, 2, out.day))
        return false;
    if (out.month < 1 || out.month > 12 || out.day < 1 || out.day > daysInMonth(out.year, out.month)) return false;
    if (s.size() == 10) return true;
    if (s[10] != 'T' || !readHoursMinutes(s, 11, out.hour, out.minute)) return false;
    out.hasTime = true;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!readDigits(s, pos + 1, 2, out.second) || out.second > 59) return false;
        out.hasSeconds = true;
        pos += 3;
        if (pos < s.size() && s[pos] == '.') {
            const std::size_t first = ++pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
            if (pos == first || pos - first > 9) return false;
            out.fraction = s.substr(first, pos - first);
        }
    }
    if (pos < s.size() && s[pos] == 'Z') {
        out.utc = true;
        return pos + 1 == s.size();
    }
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        out.offsetSign = s[pos];
        return readHoursMinutes(s, pos + 1, out.offsetHours, out.offsetMinutes) && pos + 6 == s.size();
    }
    return false;
}

bool isIsoDateTime(std::string_view s) {
    IsoDateTime parts;
    return parseIsoDateTime(s, parts);
}

bool isIsoUtcTime(std::string_view s) {
    IsoDateTime parts;
    return parseIsoDateTime(s, parts) && parts.utc && parts.hasSeconds;
}

}  // namespace folio
