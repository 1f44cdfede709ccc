// Reading positions per article and their versioned JSON form.
#include "folio/reading_positions.h"

#include <algorithm>
#include <climits>

#include "stored_json.h"

namespace folio {

namespace {

// Each position's member names and punctuation take 44 bytes, its numbers at most 31, its id at
// most 6 bytes per byte (JSON escapes); the envelope 27.
static_assert(27 + kMaxReadingPositions * (44 + 31 + 6 * kMaxPositionIdBytes) <= kMaxReadingPositionsJsonBytes,
              "ReadingPositions::toJson could write more than ReadingPositions::parse reads");

}  // namespace

const ReadingPosition* ReadingPositions::find(std::string_view id) const {
    const auto found = std::find_if(items_.begin(), items_.end(), [&](const ReadingPosition& p) { return p.id == id; });
    return found == items_.end() ? nullptr : &*found;
}

bool ReadingPositions::set(const std::string& id, int block, std::size_t offset) {
    if (id.empty() || id.size() > kMaxPositionIdBytes) return false;
    const ReadingPosition* kept = find(id);
    if (kept && kept->block == block && kept->offset == offset && &items_.back() == kept) return false;
    items_.erase(std::remove_if(items_.begin(), items_.end(), [&](const ReadingPosition& p) { return p.id == id; }),
                 items_.end());
    if (items_.size() >= kMaxReadingPositions) items_.erase(items_.begin());
    items_.push_back(ReadingPosition{id, block, offset});
    return true;
}

std::string ReadingPositions::toJson() const {
    std::string out = "{\"version\":1,\"positions\":[";
    for (std::size_t i = 0; i < items_.size(); ++i) {
        if (i > 0) out += ',';
        out += "{\"id\":" + stored::quoted(items_[i].id) + ",\"block\":" + std::to_string(items_[i].block) +
               ",\"offset\":" + std::to_string(items_[i].offset) + "}";
    }
    return out + "]}";
}

PositionsParse ReadingPositions::parse(std::string_view json) {
    PositionsParse result;
    nlohmann::json root;
    if (!stored::parseVersion1(json, kMaxReadingPositionsJsonBytes, root, result.error)) return result;
    const auto positions = root.find("positions");
    if (positions == root.end() || !positions->is_array()) {
        result.error = "positions: expected an array";
        return result;
    }
    if (positions->size() > kMaxReadingPositions) {
        result.error = "positions: more than " + std::to_string(kMaxReadingPositions);
        return result;
    }
    std::vector<ReadingPosition> items;
    for (std::size_t i = 0; i < positions->size(); ++i) {
        const nlohmann::json& p = (*positions)[i];
        const std::string path = "positions/" + std::to_string(i);
        if (!p.is_object()) {
            result.error = path + ": expected an object";
            return result;
        }
        const auto id = p.find("id");
        const auto block = p.find("block");
        const auto offset = p.find("offset");
        if (id == p.end() || !id->is_string() || id->get_ref<const std::string&>().empty() ||
            id->get_ref<const std::string&>().size() > kMaxPositionIdBytes) {
            result.error = path + "/id: expected an article id of 1 to " + std::to_string(kMaxPositionIdBytes) + " bytes";
            return result;
        }
        if (block == p.end() || !block->is_number_integer() || block->get<long long>() < -1 ||
            block->get<long long>() > INT_MAX) {
            result.error = path + "/block: expected an integer from -1";
            return result;
        }
        if (offset == p.end() || !offset->is_number_unsigned()) {
            result.error = path + "/offset: expected an integer from 0";
            return result;
        }
        ReadingPosition read{id->get<std::string>(), static_cast<int>(block->get<long long>()),
                             static_cast<std::size_t>(offset->get<unsigned long long>())};
        if (std::any_of(items.begin(), items.end(), [&](const ReadingPosition& seen) { return seen.id == read.id; })) {
            result.error = path + "/id: the article is already listed";
            return result;
        }
        items.push_back(std::move(read));
    }
    result.items = std::move(items);
    result.ok = true;
    return result;
}

}  // namespace folio
