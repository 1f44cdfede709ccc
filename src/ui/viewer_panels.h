// The viewer's controls, drawn with Dear ImGui over the article: the reading toolbar with its
// progress bar, the print preview's toolbar, the reading settings, print setup, share sheet and
// bookmarks panels, and the notice banner.
// Owns which panel is open, the "Link copied" line of the share sheet, and where each control was
// drawn in the last frame. Keeps nothing the reader made and stores nothing: it shows what a
// PanelsView says and hands what the reader asks to a PanelRequests (the Viewer), at once.
#pragma once

#include <string>
#include <vector>

#include "folio/bookmarks.h"
#include "folio/reading_settings.h"
#include "folio/share.h"
#include "ui/notices.h"
#include "ui/reader_view.h"
#include "ui/theme.h"
#include "ui/toolbar_layout.h"
#include "ui/viewer_types.h"

namespace folio::ui {

// What the controls show in one frame: the viewer's state, read only. Pointers are the viewer's and
// valid for that frame.
struct PanelsView {
    const Theme* theme = nullptr;
    toolbar_layout::Sizes sizes = toolbar_layout::kPointerSizes;  // toolbar and buttons for the pointer
    float width = 0.0f, height = 0.0f;  // the canvas, CSS px
    bool mirrored = false;              // the article runs right to left: so do the toolbar and panels
    ReadingSettings settings;
    bool previewing = false;  // the print preview is shown (its toolbar instead of the reading one)
    int page = 0;             // the preview's page, from 0
    int pages = 0;            // of so many
    ReadingProgress progress;       // how far the reader is (minutes 0: no article)
    bool longerThanView = false;    // the article does not fit in one view: its progress is shown
    bool bookmarked = false;        // the shown article is bookmarked
    const BookmarkList* bookmarks = nullptr;
    const ShareText* share = nullptr;  // what the share sheet shares; nullptr when no article is shown
    const Notices* notices = nullptr;
};

// What the reader asks of the viewer through its controls, carried out at once.
class PanelRequests {
public:
    virtual void command(ViewerCommand command) = 0;
    // The reading settings panel or print setup changed a setting.
    virtual void changeSettings(ReadingSettings settings) = 0;
    // A bookmark's button in the bookmarks panel: reopen it, or remove it. False when there is none.
    virtual bool openBookmark(const std::string& id) = 0;
    virtual bool removeBookmark(const std::string& id) = 0;
    // A button of the share sheet: the platform runs `action` (OpenUrl or CopyLink of `action.url`)
    // and the page hears a "share" event naming `target` ("copy", "email", …).
    virtual void shareTo(ViewerAction action, const std::string& target) = 0;
    // The notice banner's Dismiss: the next notice, if any, is shown.
    virtual void dismissNotice() = 0;

protected:
    ~PanelRequests() = default;
};

class ViewerPanels {
public:
    enum class Panel { None, Settings, Share, Bookmarks };

    // The panel open now (None when none is).
    Panel open() const { return panel_; }
    // Opens `panel`, or closes it when it is the one open.
    void toggle(Panel panel) { panel_ = panel_ == panel ? Panel::None : panel; }
    void close() { panel_ = Panel::None; }
    // Opens the share sheet afresh (no "Link copied" line).
    void openShareSheet();
    // The share sheet's link was put on the clipboard (`ok`), or could not be: it says so.
    void copied(bool ok);

    // Draws the toolbar (the print preview's while `view.previewing`), the open panel and, when
    // there is a notice, its banner. Call between ImGui::NewFrame and ImGui::Render, in the font
    // the controls use; `dpr` device px per CSS px.
    void draw(const PanelsView& view, PanelRequests& requests, float dpr);

    // Every character the controls draw (for the font atlas they are drawn from).
    static const std::u32string& characters();

    // The buttons drawn in the last frame (ids as in ControlRect), CSS px of the canvas.
    const std::vector<ControlRect>& controls() const { return controls_; }
    // What the last frame drew over part of the article while it stays readable (the notice
    // banner, id "notice"), CSS px of the canvas.
    const std::vector<ControlRect>& coverings() const { return coverings_; }

private:
    // The reading toolbar and its progress bar and minutes left.
    void toolbar();
    void readingProgress();
    // The text size buttons: on one line after the last item (the Aa panel), or in the toolbar from
    // `toolbarX` (toolbarPlace) when given.
    void sizeButtons(float* toolbarX = nullptr);
    void previewToolbar();
    // The print preview's ‹ page / pages › buttons, on the current line.
    void pageNavigation();
    void settingsPanel();
    void printOptionsPanel();
    void shareSheetPanel();
    void bookmarksPanel();
    void noticeBanner();

    // Puts the next toolbar button `button` at `x` CSS px of a left-to-right toolbar (after its gap
    // when `gap`), mirrored for a right-to-left article, and moves `x` past it.
    void toolbarPlace(float& x, const toolbar_layout::Button& button, bool gap) const;
    // A panel's side for the button it opens under: mirrored with the toolbar.
    PanelSide panelSide(PanelSide ltr) const;
    // A toolbar button `widthPx` CSS px wide, recorded as control `id`; true when pressed.
    bool toolbarButton(const char* label, const char* id, float widthPx, bool selected);
    // A panel's first row: its `title` and a Close button (control "close-panel") at the end of a
    // row `width` device px wide.
    void panelHeading(const char* title, float width);
    // A click outside the panel being drawn (and outside the toolbar) closes it.
    void closePanelOnClickOutside();
    // Records the last ImGui item as control `id` (a key like "theme" plus a choice, if any).
    void recordControl(const std::string& id);
    // Height of every button, device px.
    float buttonPx() const { return view_->sizes.button * dpr_; }

    static constexpr float kProgressBarPx = 2.0f;         // the bar's thickness, CSS px
    static constexpr int kProgressLabelMinutes = 4;       // shorter articles show no minutes left
    static constexpr float kProgressLabelGapPx = 12.0f;   // least space beside the label, CSS px

    Panel panel_ = Panel::None;
    std::string copiedLabel_;  // "Link copied" (or why not) in the share sheet
    bool toolbarHovered_ = false;
    std::vector<ControlRect> controls_;
    std::vector<ControlRect> coverings_;
    // Only while draw() runs: what it shows, whom it asks, device px per CSS px.
    const PanelsView* view_ = nullptr;
    PanelRequests* requests_ = nullptr;
    float dpr_ = 1.0f;
};

}  // namespace folio::ui
