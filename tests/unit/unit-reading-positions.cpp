// Reading positions per article: bounded, newest last, and read back exactly as written; anything
// else is refused with a message.
#include <doctest/doctest.h>

#include <string>

#include "folio/reading_positions.h"

using folio::PositionsParse;
using folio::ReadingPositions;

TEST_CASE("reading positions: set, find, the newest last, the oldest dropped beyond the limit") {
    ReadingPositions positions;
    CHECK(positions.set("a", 3, 120));
    CHECK_FALSE(positions.set("a", 3, 120));  // nothing changed
    CHECK(positions.set("b", -1, 0));
    CHECK(positions.set("a", 4, 0));  // moved: now the newest
    REQUIRE(positions.items().size() == 2);
    CHECK(positions.items().back().id == "a");
    CHECK(positions.find("a")->block == 4);
    CHECK(positions.find("c") == nullptr);
    CHECK_FALSE(positions.set("", 1, 1));
    CHECK_FALSE(positions.set(std::string(folio::kMaxPositionIdBytes + 1, 'x'), 1, 1));
    for (std::size_t i = 0; i < folio::kMaxReadingPositions; ++i) positions.set("article " + std::to_string(i), 1, i);
    CHECK(positions.items().size() == folio::kMaxReadingPositions);
    CHECK(positions.find("b") == nullptr);  // the oldest went first
    CHECK(positions.find("article 0") != nullptr);
}

TEST_CASE("reading positions: what toJson writes parse reads back the same, ids with any character included") {
    ReadingPositions positions;
    positions.set("https://example.com/a?x=\"1\"&y=\u00e9", 12, 340);
    positions.set("title:\nline", -1, 0);
    CHECK(positions.toJson() == "{\"version\":1,\"positions\":[{\"id\":\"https://example.com/a?x=\\\"1\\\"&y=\u00e9\","
                                "\"block\":12,\"offset\":340},{\"id\":\"title:\\nline\",\"block\":-1,\"offset\":0}]}");
    const PositionsParse read = ReadingPositions::parse(positions.toJson());
    REQUIRE_MESSAGE(read.ok, read.error);
    REQUIRE(read.items.size() == 2);
    CHECK(read.items[0].id == positions.items()[0].id);
    CHECK(read.items[0].offset == 340);
    CHECK(read.items[1].block == -1);

    // The largest list there can be still reads back.
    ReadingPositions full;
    for (std::size_t i = 0; i < folio::kMaxReadingPositions; ++i)
        full.set(std::to_string(i) + std::string(folio::kMaxPositionIdBytes - 4, '"'), 2147483647, ~std::size_t{0} >> 1);
    CHECK(ReadingPositions::parse(full.toJson()).ok);
}

TEST_CASE("reading positions: a damaged value is refused with what is wrong") {
    const auto error = [](const std::string& json) { return ReadingPositions::parse(json).error; };
    CHECK(error("") == "not JSON");
    CHECK(error("{\"version\":2,\"positions\":[]}") == "version: expected 1");
    CHECK(error("{\"version\":1}") == "positions: expected an array");
    CHECK(error("{\"version\":1,\"positions\":[7]}") == "positions/0: expected an object");
    CHECK(error("{\"version\":1,\"positions\":[{\"id\":\"\",\"block\":1,\"offset\":0}]}") ==
          "positions/0/id: expected an article id of 1 to 2048 bytes");
    CHECK(error("{\"version\":1,\"positions\":[{\"id\":\"a\",\"block\":-2,\"offset\":0}]}") ==
          "positions/0/block: expected an integer from -1");
    CHECK(error("{\"version\":1,\"positions\":[{\"id\":\"a\",\"block\":1.5,\"offset\":0}]}") ==
          "positions/0/block: expected an integer from -1");
    CHECK(error("{\"version\":1,\"positions\":[{\"id\":\"a\",\"block\":1,\"offset\":-1}]}") ==
          "positions/0/offset: expected an integer from 0");
    CHECK(error("{\"version\":1,\"positions\":[{\"id\":\"a\",\"block\":1,\"offset\":0},{\"id\":\"a\",\"block\":2,"
                "\"offset\":0}]}") == "positions/1/id: the article is already listed");
    std::string many = "{\"version\":1,\"positions\":[";
    for (std::size_t i = 0; i <= folio::kMaxReadingPositions; ++i)
        many += (i ? ",{\"id\":\"" : "{\"id\":\"") + std::to_string(i) + "\",\"block\":0,\"offset\":0}";
    CHECK(error(many + "]}") == "positions: more than 200");
}
