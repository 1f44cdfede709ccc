// The viewer's reading state and its frame. Sections, in order: settings (restore, change, text
// size) · commands and requests to the platform · fonts and the canvas · the frame (which alone
// orders what is drawn). The controls are ViewerPanels (viewer_panels.cpp); bookmarks and sharing
// are in viewer_social.cpp, comments in viewer_comments.cpp.
#include "ui/viewer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "folio/reading_positions.h"
#include "ui/first_paint.h"
#include "ui/settings_store.h"
#include "ui/toolbar_layout.h"
#include "ui/viewer_widgets.h"

namespace folio::ui {
Viewer::Viewer(const TrueTypeMetrics& metrics, KeyValueStore& store)
    : store_(store), reader_(metrics), preview_(metrics) {}

void Viewer::restoreSettings() {
    SettingsLoad loaded = loadSettings(store_);
    settings_ = loaded.settings;
    canSave_ = loaded.canSave;
    tell(loaded.notice);
    apply();
    bookmarks_.restore();
    positions_.restore();
    comments_.restore();
}

void Viewer::storedValueChanged(std::string_view key) {
    const bool all = key.empty();
    if (all || key == kSettingsStorageKey) {
        SettingsLoad loaded = loadSettings(store_);
        canSave_ = loaded.canSave;
        tell(loaded.notice);
        if (loaded.settings != settings_) {
            settings_ = loaded.settings;
            apply();
        }
    }
    if (all || key == kBookmarksStorageKey) bookmarks_.restore();
    if (all || key == kReadingPositionsStorageKey) positions_.restore();
    if (all || key == kCommentDraftsStorageKey || key == kPendingCommentsStorageKey) {
        comments_.restore();
        showPendingComments();
    }
}

void Viewer::changeSettings(ReadingSettings settings) {
    settings.fontSizePx = clampFontSize(settings.fontSizePx);
    if (settings == settings_) return;
    settings_ = settings;
    apply();
    std::string problem;
    if (canSave_ && !saveSettings(store_, settings_, problem)) tell(problem);
}

void Viewer::setFontSize(float px) {
    ReadingSettings next = settings_;
    next.fontSizePx = px;
    changeSettings(next);
}

void Viewer::command(ViewerCommand command) {
    switch (command) {
        case ViewerCommand::LargerText: setFontSize(largerFontSize(settings_.fontSizePx)); break;
        case ViewerCommand::SmallerText: setFontSize(smallerFontSize(settings_.fontSizePx)); break;
        case ViewerCommand::DefaultTextSize: setFontSize(kDefaultFontSizePx); break;
        case ViewerCommand::ToggleSettings: panels_.toggle(ViewerPanels::Panel::Settings); break;
        case ViewerCommand::Close:
            if (panelOpen()) panels_.close();
            else if (previewing_) previewing_ = false;
            else notices_.dismiss();
            break;
        case ViewerCommand::OpenPrintPreview:
            if (!printDocument()) break;
            previewing_ = true;
            panels_.close();
            break;
        case ViewerCommand::NextPage: preview_.goToPage(preview_.currentPage() + 1); break;
        case ViewerCommand::PreviousPage: preview_.goToPage(preview_.currentPage() - 1); break;
        case ViewerCommand::Print:
            if (printDocument()) action_.kind = ViewerAction::Kind::Print;
            break;
        case ViewerCommand::DownloadPdf:
            if (printDocument()) action_.kind = ViewerAction::Kind::DownloadPdf;
            break;
        case ViewerCommand::Share: share(); break;
        case ViewerCommand::ToggleShareSheet: panels_.toggle(ViewerPanels::Panel::Share); break;
        case ViewerCommand::ToggleBookmark: toggleBookmark(); break;
        case ViewerCommand::ToggleBookmarks: panels_.toggle(ViewerPanels::Panel::Bookmarks); break;
        case ViewerCommand::ExportBookmarks:
            action_ = ViewerAction{ViewerAction::Kind::ExportBookmarks, {}, "folio-bookmarks.json", bookmarks_.list().toJson()};
            break;
        case ViewerCommand::ImportBookmarks: action_.kind = ViewerAction::Kind::ImportBookmarks; break;
        case ViewerCommand::OpenCommentForm:
            if (reader_.article()) action_.kind = ViewerAction::Kind::OpenCommentForm;
            break;
    }
}

const PrintDocument* Viewer::printDocument() {
    const Article* article = reader_.article();
    if (!article) return nullptr;
    preview_.show(*article, reader_.measureGeneration(), pageSpecFor(settings_));
    return &preview_.document();
}

const PrintDocument* Viewer::paginatedDocument() const {
    const Article* article = reader_.article();
    if (!article || !preview_.shows(*article, reader_.measureGeneration(), pageSpecFor(settings_))) return nullptr;
    return &preview_.document();
}

ViewerAction Viewer::takeAction() {
    ViewerAction action = std::move(action_);
    action_ = ViewerAction{};
    return action;
}

std::uint64_t Viewer::fontsGeneration() const {
    return (static_cast<std::uint64_t>(reader_.layoutGeneration()) << 33) ^
           (static_cast<std::uint64_t>(preview_.generation()) << 1) ^ (previewing_ ? 1u : 0u);
}

void Viewer::setPrefersDark(bool dark) { prefersDark_ = dark; }

void Viewer::setCanvas(float width, float height) {
    width_ = width;
    height_ = height;
    reader_.setViewport(width, std::max(0.0f, height - toolbarHeight()));
    preview_.setViewport(width, std::max(0.0f, height - toolbarHeight()));
}

void Viewer::setTouch(bool touch) {
    if (touch == touch_) return;
    touch_ = touch;
    setCanvas(width_, height_);
}

void Viewer::apply() {
    reader_.setReading(settings_);
    if (previewing_) printDocument();
}

void Viewer::fontRequests(std::vector<FontRequest>& requests) const {
    requests.push_back(FontRequest{FontFace::Sans, kUiFontPx, ViewerPanels::characters()});
}

std::vector<FontFace> Viewer::firstFrameFaces() const { return firstScreenFaces(settings_.family); }

std::vector<FontFace> Viewer::facesWanted() const {
    std::uint32_t used = 1u << static_cast<unsigned>(FontFace::Sans);
    if (reader_.hasContent() && reader_.layout().missing) used |= reader_.layout().missing->facesUsed;
    if (const PrintDocument* document = paginatedDocument()) used |= document->missing.facesUsed;
    std::vector<FontFace> faces;
    for (std::size_t i = 0; i < kFontFaceCount; ++i)
        if (used & (1u << i)) faces.push_back(static_cast<FontFace>(i));
    return faces;
}

std::string Viewer::linkAt(float x, float y) const { return reader_.linkAt(x, y - toolbarHeight()); }

PanelsView Viewer::panelsView(ShareText& share) const {
    PanelsView view;
    view.theme = &theme();
    view.sizes = sizes();
    view.width = width_;
    view.height = height_;
    view.mirrored = mirrored();
    view.settings = settings_;
    view.previewing = previewing_;
    view.page = preview_.currentPage();
    view.pages = preview_.pageCount();
    if (!previewing_ && reader_.hasContent()) {
        view.progress = reader_.progress();
        view.longerThanView = reader_.layout().height > reader_.scroller().viewportHeight();
    }
    view.bookmarked = bookmarked();
    view.bookmarks = &bookmarks_.list();
    const Article* article = reader_.article();
    if (article && panels_.open() == ViewerPanels::Panel::Share) {
        share = shareTextFor(*article, pageUrl_);
        view.share = &share;
    }
    view.notices = &notices_;
    return view;
}

void Viewer::frame(const FontAtlas& atlas, GlyphCache& glyphs, float dpr) {
    if (styledTheme_ != &theme() || styledDpr_ != dpr) {
        applyImGuiStyle(theme(), dpr);
        styledTheme_ = &theme();
        styledDpr_ = dpr;
    }
    ImFont* uiFont = atlas.find(FontFace::Sans, kUiFontPx);
    if (uiFont) ImGui::PushFont(uiFont);
    if (previewing_ && !reader_.article()) previewing_ = false;  // the article was replaced by an error
    // The article or the print preview, then the controls over it, then what the reader's place
    // and the notices ask of storage and of the page.
    if (previewing_) preview_.draw(*ImGui::GetBackgroundDrawList(), glyphs, reader_.pictures(), dpr, toolbarHeight(), theme());
    else reader_.draw(*ImGui::GetBackgroundDrawList(), glyphs, dpr, toolbarHeight(), theme());
    ShareText share;
    panels_.draw(panelsView(share), *this, dpr);
    if (!previewing_) keepReadingPosition();
    announceNotice();
    if (uiFont) ImGui::PopFont();
}

void Viewer::announceNotice() {
    for (const std::string& message : notices_.takeUnannounced())
        emit("notice", nlohmann::json{{"message", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

bool Viewer::mirrored() const {
    return reader_.article() != nullptr && articleDirection(*reader_.article()) == TextDirection::Rtl;
}

}  // namespace folio::ui
