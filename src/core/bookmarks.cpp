// The bookmark list: adding, removing, reading positions, and merging an exported list.
#include "folio/bookmarks.h"

#include <algorithm>
#include <cmath>

#include "bookmarks_json.h"
#include "folio/share.h"
#include "folio/utf8.h"
#include "stored_json.h"

namespace folio {

namespace {

// `bookmark` with progress within 0-1 (0 when not a number) and block -1 or more.
Bookmark normalized(Bookmark bookmark) {
    bookmark.progress = std::isfinite(bookmark.progress) ? std::clamp(bookmark.progress, 0.0f, 1.0f) : 0.0f;
    bookmark.block = std::max(bookmark.block, -1);
    return bookmark;
}

}  // namespace

bool Bookmark::operator==(const Bookmark& other) const {
    return id == other.id && title == other.title && source == other.source && url == other.url &&
           articleUrl == other.articleUrl && savedAt == other.savedAt && progress == other.progress &&
           block == other.block && offset == other.offset;
}

std::string bookmarkIdFor(const Article& article) {
    return clipUtf8(article.url.empty() ? "title:" + article.title : article.url, kMaxBookmarkStringBytes);
}

Bookmark bookmarkFor(const Article& article, const std::string& articleUrl, const std::string& savedAt) {
    Bookmark out;
    out.id = bookmarkIdFor(article);
    out.title = clipUtf8(article.title, kMaxBookmarkStringBytes);
    out.source = clipUtf8(article.source, kMaxBookmarkStringBytes);
    if (article.url.size() <= kMaxBookmarkStringBytes && isHttpUrl(article.url)) out.url = article.url;
    if (articleUrl.size() <= kMaxBookmarkStringBytes && isHttpOrRelativeUrl(articleUrl)) out.articleUrl = articleUrl;
    out.savedAt = savedAt;
    return out;
}

const Bookmark* BookmarkList::find(const std::string& id) const {
    for (const Bookmark& bookmark : items_) {
        if (bookmark.id == id) return &bookmark;
    }
    return nullptr;
}

bool BookmarkList::canAdd(const Bookmark& bookmark) const {
    if (contains(bookmark.id) || items_.size() >= kMaxBookmarks) return false;
    return bookmarks::checkBookmark(bookmark).empty() &&
           bookmarks::fitsInJsonLimit(reservedBytes_ + bookmarks::reservedBytes(bookmark));
}

bool BookmarkList::toggle(const Bookmark& bookmark) {
    if (contains(bookmark.id)) {
        remove(bookmark.id);
        return false;
    }
    const Bookmark added = normalized(bookmark);
    if (!canAdd(added)) return false;
    insertInOrder(added);
    return true;
}

void BookmarkList::remove(const std::string& id) {
    const auto at = std::find_if(items_.cbegin(), items_.cend(), [&](const Bookmark& b) { return b.id == id; });
    if (at != items_.cend()) eraseAt(at);
}

bool BookmarkList::updatePosition(const std::string& id, float progress, int block, std::size_t offset) {
    for (Bookmark& bookmark : items_) {
        if (bookmark.id != id) continue;
        bookmark.progress = progress;
        bookmark.block = block;
        bookmark.offset = offset;
        bookmark = normalized(std::move(bookmark));
        return true;
    }
    return false;
}

std::string BookmarkList::toJson() const { return bookmarks::listJson(items_); }

BookmarkParse BookmarkList::parse(std::string_view json) {
    BookmarkParse result;
    std::vector<Bookmark> items;
    if (!bookmarks::readList(json, items, result.error)) return result;
    // Newest first, as a list keeps them; bookmarks saved at the same time keep the file's order.
    std::stable_sort(items.begin(), items.end(), [](const Bookmark& a, const Bookmark& b) {
        return stored::compareIsoUtcTime(a.savedAt, b.savedAt) > 0;
    });
    for (const Bookmark& bookmark : items) result.list.reservedBytes_ += bookmarks::reservedBytes(bookmark);
    result.list.items_ = std::move(items);
    result.ok = true;
    return result;
}

ImportResult BookmarkList::import(std::string_view json) {
    ImportResult result;
    BookmarkParse parsed = parse(json);
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    BookmarkList merged = *this;
    // Oldest first, so that bookmarks saved at the same time keep their order.
    for (auto it = parsed.list.items_.rbegin(); it != parsed.list.items_.rend(); ++it) {
        const Bookmark* known = merged.find(it->id);
        if (known == nullptr) {
            ++result.added;
        } else if (stored::compareIsoUtcTime(it->savedAt, known->savedAt) > 0) {
            merged.remove(it->id);
            ++result.updated;
        } else {
            continue;
        }
        merged.insertInOrder(*it);
    }
    if (merged.items_.size() > kMaxBookmarks) {
        result = ImportResult{};
        result.error = "the import would make " + std::to_string(merged.items_.size()) + " bookmarks; at most " +
                       std::to_string(kMaxBookmarks) + " are kept";
        return result;
    }
    if (!bookmarks::fitsInJsonLimit(merged.reservedBytes_)) {
        result = ImportResult{};
        result.error = "the import would make the bookmarks take more than " +
                       std::to_string(kMaxBookmarksJsonBytes) + " bytes";
        return result;
    }
    *this = std::move(merged);
    result.ok = true;
    return result;
}

void BookmarkList::insertInOrder(Bookmark bookmark) {
    const auto at = std::find_if(items_.begin(), items_.end(), [&](const Bookmark& b) {
        return stored::compareIsoUtcTime(b.savedAt, bookmark.savedAt) <= 0;
    });
    reservedBytes_ += bookmarks::reservedBytes(bookmark);
    items_.insert(at, std::move(bookmark));
}

void BookmarkList::eraseAt(std::vector<Bookmark>::const_iterator at) {
    reservedBytes_ -= bookmarks::reservedBytes(*at);
    items_.erase(at);
}

}  // namespace folio
