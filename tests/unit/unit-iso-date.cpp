// ISO 8601 dates: the one reader every article date, stored time and PDF date goes through.
#include <doctest/doctest.h>

#include <string>

#include "folio/iso_date.h"

TEST_CASE("iso date: the dates and date-times articles may carry") {
    const char* valid[] = {"2014-07-12", "2024-02-29", "2000-02-29", "2014-12-31", "2014-07-12T09:30Z",
                           "2014-07-12T23:59:59Z", "2014-07-12T00:00:00.1Z", "2014-07-12T09:30:00.123456789-08:00",
                           "2014-07-12T09:30+14:00", "0001-01-01"};
    for (const std::string s : valid) {
        CAPTURE(s);
        CHECK(folio::isIsoDateTime(s));
    }
    const char* invalid[] = {"", "2014", "2014-7-12", "2014-07-1", "2014/07/12", "2014-00-10", "2014-13-10",
                             "2014-07-00", "2014-07-32", "2014-04-31", "2023-02-29", "1900-02-29",
                             "2014-07-12T", "2014-07-12T09Z", "2014-07-12T09:30", "2014-07-12 09:30Z",
                             "2014-07-12t09:30z", "2014-07-12T24:00Z", "2014-07-12T09:60Z", "2014-07-12T09:30:60Z",
                             "2014-07-12T09:30.5Z", "2014-07-12T09:30:00.Z", "2014-07-12T09:30:00.1234567890Z",
                             "2014-07-12T09:30+0530", "2014-07-12T09:30+24:00", "2014-07-12T09:30Z ", " 2014-07-12",
                             "2014-07-12Z", "２０１４-07-12"};
    for (const std::string s : invalid) {
        CAPTURE(s);
        CHECK_FALSE(folio::isIsoDateTime(s));
    }
}

TEST_CASE("iso date: the parts of a date-time") {
    folio::IsoDateTime t;
    REQUIRE(folio::parseIsoDateTime("2014-07-12T09:30:05.25-08:30", t));
    CHECK(t.year == 2014);
    CHECK(t.month == 7);
    CHECK(t.day == 12);
    CHECK(t.hasTime);
    CHECK(t.hour == 9);
    CHECK(t.minute == 30);
    CHECK(t.hasSeconds);
    CHECK(t.second == 5);
    CHECK(t.fraction == "25");
    CHECK_FALSE(t.utc);
    CHECK(t.offsetSign == '-');
    CHECK(t.offsetHours == 8);
    CHECK(t.offsetMinutes == 30);
    REQUIRE(folio::parseIsoDateTime("2024-02-29", t));
    CHECK_FALSE(t.hasTime);
    REQUIRE(folio::parseIsoDateTime("2024-02-29T10:00Z", t));
    CHECK(t.utc);
    CHECK_FALSE(t.hasSeconds);
}

// Stored values (bookmarks' savedAt, pending comments' posted) once took any day up to 31 in any month.
TEST_CASE("iso date: UTC times as browsers write them, with a real calendar date") {
    for (const std::string s : {"2024-05-01T12:00:00Z", "2024-05-01T12:00:00.250Z", "2024-02-29T23:59:59.123456789Z"}) {
        CAPTURE(s);
        CHECK(folio::isIsoUtcTime(s));
    }
    for (const std::string s : {"2024-02-31T12:00:00Z", "2023-02-29T12:00:00Z", "2024-04-31T00:00:00Z",
                                "2024-05-01T12:00Z", "2024-05-01T12:00:00+00:00", "2024-05-01", "2024-05-01T12:00:00",
                                "2024-05-01T12:00:00.Z", "2024-05-01T24:00:00Z", ""}) {
        CAPTURE(s);
        CHECK_FALSE(folio::isIsoUtcTime(s));
    }
}
