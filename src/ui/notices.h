// What the viewer tells the reader (stored values that could not be read or saved, imports, full
// lists): every message in the order it came, one shown at a time on the canvas, each announced
// once to the page and to screen readers. Several start-up notices (settings and bookmarks both
// unreadable) are all told, never only the last.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <vector>

namespace folio::ui {

class Notices {
public:
    // Queues `message` after those not yet dismissed; an empty message, or one the same as the last
    // queued, is not queued again.
    void tell(std::string message);
    // The message shown now (the oldest not dismissed); empty when there is none.
    const std::string& current() const;
    // How many messages wait, the shown one included.
    std::size_t size() const { return queue_.size(); }
    // Drops the shown message; the next one in order shows.
    void dismiss();
    // The messages told since the last call, in order (each is announced once).
    std::vector<std::string> takeUnannounced();

private:
    std::deque<std::string> queue_;
    std::vector<std::string> unannounced_;
};

}  // namespace folio::ui
