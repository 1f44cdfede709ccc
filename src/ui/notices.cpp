// The notice queue of notices.h.
#include "ui/notices.h"

#include <utility>

namespace folio::ui {

void Notices::tell(std::string message) {
    if (message.empty() || (!queue_.empty() && queue_.back() == message)) return;
    unannounced_.push_back(message);
    queue_.push_back(std::move(message));
}

const std::string& Notices::current() const {
    static const std::string none;
    return queue_.empty() ? none : queue_.front();
}

void Notices::dismiss() {
    if (!queue_.empty()) queue_.pop_front();
}

std::vector<std::string> Notices::takeUnannounced() { return std::exchange(unannounced_, {}); }

}  // namespace folio::ui
