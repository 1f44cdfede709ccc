// The whole viewer inside its canvas, and the one place that orders its parts (frame()):
//  - reading: the article (ReaderView) and the reading settings, kept in a KeyValueStore;
//  - panels: the toolbar, the reading settings and print setup panels, the notice banner
//    (viewer.cpp), the share sheet and bookmarks panel (viewer_social.cpp);
//  - print: the print preview (PrintPreview) and the print document it and the PDF share;
//  - what the reader keeps: bookmarks (SavedBookmarks), comments (SavedComments) and the place
//    in each article (SavedPositions), each owning its storage; notices (Notices) tell the reader what went wrong, in order.
// Platform-free: the platform feeds input to Dear ImGui, calls frame() between NewFrame and Render,
// and runs the actions and events the viewer asks for (takeAction, takeEvents).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "folio/bookmarks.h"
#include "folio/comments.h"
#include "folio/reading_settings.h"
#include "ui/font_atlas.h"
#include "ui/notices.h"
#include "ui/print_preview.h"
#include "ui/toolbar_layout.h"
#include "ui/reader_view.h"
#include "ui/saved_bookmarks.h"
#include "ui/saved_comments.h"
#include "ui/saved_positions.h"
#include "ui/storage.h"
#include "ui/theme.h"

namespace folio::ui {

// The side of the canvas a panel opens at (under the toolbar button that opens it).
enum class PanelSide { Left, Right };

// A control drawn in the last frame and where it is, CSS px from the canvas's top-left corner.
struct ControlRect {
    std::string id;  // "smaller", "size", "larger", "settings", "family-sans", "theme-dark", "reset", "dismiss", …
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
};

// What keys and buttons ask of the viewer.
enum class ViewerCommand {
    LargerText, SmallerText, DefaultTextSize, ToggleSettings, Close,
    OpenPrintPreview, NextPage, PreviousPage, Print, DownloadPdf,
    Share, ToggleShareSheet, ToggleBookmark, ToggleBookmarks, ExportBookmarks, ImportBookmarks,
    OpenCommentForm
};

// What the viewer asks of the platform, inside the reader's gesture (see takeAction).
struct ViewerAction {
    enum class Kind {
        None,
        Print,            // print the PDF of printDocument()
        DownloadPdf,      // save it as <slug>.pdf
        NativeShare,      // the system's share dialog with title, text and url; else call shareSheet()
        OpenUrl,          // open url (a share link, http(s) or mailto) in a new tab or the mail program
        CopyLink,         // put url on the clipboard, then call copied()
        OpenArticle,      // load the article at url (a bookmark); its reading position follows
        ExportBookmarks,  // save text (the bookmarks' JSON) as folio-bookmarks.json
        ImportBookmarks,  // let the reader pick a file, then call importBookmarks() with its text
        OpenCommentForm,  // show the comment form (see commentDraft and keepCommentLocally)
    };
    Kind kind = Kind::None;
    std::string url;
    std::string title;
    std::string text;
};

// Something the embedding page may want to hear of: `name` ("share", "bookmark") and a JSON object.
struct ViewerEvent {
    std::string name;
    std::string detailJson;
};

class Viewer {
public:
    // `metrics` and `store` must outlive the viewer.
    Viewer(const TrueTypeMetrics& metrics, KeyValueStore& store);

    // Reads the stored settings and bookmarks (keeping a bad value aside) and applies them.
    void restoreSettings();
    // The stored value of `key` was changed by someone else (another viewer on the page, or the
    // page in another tab); an empty `key`: any of them (storage was cleared). Reads it again and
    // applies it: the settings, the bookmarks, the reading positions or the comments.
    void storedValueChanged(std::string_view key);
    const ReadingSettings& settings() const { return settings_; }
    // Applies `settings` (font size clamped) and stores them.
    void changeSettings(ReadingSettings settings);
    // Sets the body text size, CSS px, clamped to 12-40; stores it like any setting.
    void setFontSize(float px);
    void command(ViewerCommand command);

    // The colour scheme the system prefers, for ThemeChoice::Auto.
    void setPrefersDark(bool dark);
    const Theme& theme() const { return themeFor(settings_.theme, prefersDark_); }

    // A message for the reader (e.g. settings that could not be read or saved); empty when none.
    // The notice shown now (the oldest not dismissed; see ui/notices.h); empty when there is none.
    const std::string& notice() const { return notices_.current(); }
    // Tells the reader `message` as a notice, after those not yet dismissed.
    void tell(std::string message) { notices_.tell(std::move(message)); }
    bool settingsOpen() const { return panel_ == Panel::Settings; }
    bool shareSheetOpen() const { return panel_ == Panel::Share; }
    bool bookmarksOpen() const { return panel_ == Panel::Bookmarks; }
    // Any panel is open (settings, share, bookmarks, or the print preview's setup).
    bool panelOpen() const { return panel_ != Panel::None; }
    // Something is drawn over the article (a panel or the print preview): the canvas takes the
    // pointer over the whole article area, not the text layer.
    bool overlayOpen() const { return panel_ != Panel::None || previewing_; }

    // Where bookmarks get their time from: the current time as ISO 8601 UTC.
    void setClock(std::function<std::string()> now) { clock_ = std::move(now); }
    // The address of the page the viewer is in: what is shared when the article has no URL.
    void setPageUrl(std::string url) { pageUrl_ = std::move(url); }
    // Where the next shown article is loaded from (its bookmark reopens it from there).
    void setArticleSource(std::string url) { articleSource_ = std::move(url); }
    // The shown article as bookmarks, drafts and comments name it: where it was loaded from when it
    // came from a URL (not what it claims), else bookmarkIdFor(article); empty when none is shown.
    std::string articleId() const;
    // Call after an article is shown: a bookmark opened from the list gets its reading position back.
    void articleShown();

    // The system's share dialog is not available: show the viewer's own share sheet.
    void shareSheet();
    // The link was put on the clipboard (`ok`), or could not be.
    void copied(bool ok);
    // The shown article's share menu as a JSON object: {"title":"…","url":"…","links":[{"target":
    // "email","label":"E-mail","url":"mailto:…"},…]}, one link for each of kShareTargets in order,
    // its "url" "" where that target has nothing to share; "" when no article is shown.
    std::string shareMenuJson() const;
    // Whether the shown article is bookmarked, and the bookmarks.
    bool bookmarked() const;
    const BookmarkList& bookmarks() const { return bookmarks_.list(); }
    // Reopens the bookmark with `id` as its button in the bookmarks panel does: an OpenArticle
    // action, then its reading position once articleShown(). False (nothing asked) when there is
    // no such bookmark or it has no articleUrl to load it from.
    bool openBookmark(const std::string& id);
    // Removes the bookmark with `id`, stores the list and emits "bookmark"; false when there is none.
    bool removeBookmark(const std::string& id);
    // Merges an exported bookmarks file; returns what happened, which the notice says too.
    std::string importBookmarks(const std::string& json);
    // Comments. The form is the platform's (real text fields, for IME and mobile keyboards); the
    // viewer keeps its draft per article across reloads, and comments it could not send.
    CommentDraft commentDraft() const;                    // the shown article's draft; empty when none
    void saveCommentDraft(const CommentDraft& draft);     // keeps it (a blank draft clears it)
    // True when the last draft given to saveCommentDraft is in storage (it survives a reload); false
    // when storage refused it or holds an unreadable value that must not be overwritten.
    bool commentDraftStored() const { return comments_.draftStored(); }
    void commentSent();                                   // drops the draft: the endpoint took it
    // Keeps the comment in this browser's storage, shown under the article as not sent yet,
    // and drops the draft. Returns false, keeping nothing and the draft as it is, when storage
    // cannot keep it (full, or holding unreadable comments that must not be overwritten): a comment
    // only this page would remember is never reported as kept.
    bool keepCommentLocally(const CommentDraft& draft);
    // Shows the comments kept for the shown article; call after it is shown.
    void showPendingComments();
    // The shown article's comments kept in this browser (not sent yet), oldest first.
    std::vector<PendingComment> unsentComments() const;
    // A comment kept for article `id` (articleId() when it was shown) was sent after all: it is
    // dropped from storage, and from under the article when that is shown. False when it is not
    // kept (any more) or storage refused the change.
    bool unsentCommentSent(const std::string& id, const PendingComment& comment);
    // Whether the article is followed by its comments and "Add your comment" (true at first).
    void setCommentsShown(bool shown) { reader_.setCommentsShown(shown); }

    // Events for the embedding page since the last call: "share", "bookmark", and "notice"
    // ({"message"}) each time a new notice is shown.
    std::vector<ViewerEvent> takeEvents();

    // The canvas is `width` x `height` CSS px; the reader gets what the toolbar leaves.
    void setCanvas(float width, float height);
    // A touch screen (`touch`: the primary pointer is coarse) gets a taller toolbar and buttons
    // that a finger hits (toolbar_layout::kTouchSizes); a mouse the compact ones. Re-lays nothing
    // out: the article's area changes height only.
    void setTouch(bool touch);
    // Heights of the toolbar and of every button for the current pointer (setTouch), CSS px.
    const toolbar_layout::Sizes& sizes() const { return toolbar_layout::sizes(touch_); }
    // Height of the toolbar at the top of the canvas, CSS px.
    float toolbarHeight() const { return sizes().toolbar; }
    // Height of every button of the toolbar and the panels, CSS px.
    float buttonHeight() const { return sizes().button; }

    ReaderView& reader() { return reader_; }
    const ReaderView& reader() const { return reader_; }

    bool previewing() const { return previewing_; }
    // The scroller of what is on screen: the article, or the print preview's pages.
    Scroller& scroller() { return previewing_ ? preview_.scroller() : reader_.scroller(); }
    // One arrow-key or wheel-line step of what is on screen, CSS px.
    float lineStep() const { return previewing_ ? 40.0f : reader_.lineStep(); }

    // The article on paper for the current print settings (paginated when first asked for after a
    // change); nullptr when no article is shown.
    const PrintDocument* printDocument();
    // The print document when it is already paginated for the shown article and the current print
    // settings (the preview or a print made it); nullptr otherwise. Never paginates: cheap to ask.
    const PrintDocument* paginatedDocument() const;
    const PrintPreview& preview() const { return preview_; }

    // Takes the action a button or key asked for (None when there is none); the platform runs it
    // at once, inside the event, so that a new tab or the print dialog is allowed to open.
    ViewerAction takeAction();

    // Changes whenever the fonts the frame needs may have changed.
    std::uint64_t fontsGeneration() const;

    // Adds the fonts the toolbar and panels need (article text is drawn from a GlyphCache).
    void fontRequests(std::vector<FontRequest>& requests) const;
    // The faces an article's first frame is drawn with under the current settings
    // (folio::ui::firstScreenFaces of the reader's family).
    std::vector<FontFace> firstFrameFaces() const;
    // The faces drawn with now: those the shown article's text is set in (on screen, and in the
    // print document once paginated) and the tools' sans. Empty of article faces before an article.
    std::vector<FontFace> facesWanted() const;

    // Draws the frame. Call between ImGui::NewFrame and ImGui::Render; `dpr` device px per CSS px.
    // The toolbar and panels draw with `atlas`, the article and the print preview from `glyphs`.
    void frame(const FontAtlas& atlas, GlyphCache& glyphs, float dpr);

    // The link target under (x, y) CSS px of the canvas; empty when none or under the toolbar.
    std::string linkAt(float x, float y) const;

    // The buttons drawn in the last frame, for automation and assistive overlays.
    const std::vector<ControlRect>& controls() const { return controls_; }
    // What the last frame drew over part of the article while it stays readable (the notice
    // banner, id "notice"), CSS px of the canvas: there the canvas takes the pointer, not the text
    // layer. A panel or the print preview covers it all instead (overlayOpen).
    const std::vector<ControlRect>& coverings() const { return coverings_; }

private:
    void apply();
    void toolbar(float dpr);
    void previewToolbar(float dpr);
    // The print preview's ‹ page / pages › buttons, on the current line.
    void pageNavigation(float dpr);
    void settingsPanel(float dpr);
    void printOptionsPanel(float dpr);
    void shareSheetPanel(float dpr);
    void bookmarksPanel(float dpr);
    void share();
    void toggleBookmark();
    void emit(const std::string& name, const std::string& detailJson);
    // Once scrolling has settled: remembers where the reader is in the shown article
    // (SavedPositions), and stores it in the article's bookmark when it moved far enough.
    void keepReadingPosition();
    void noticeBanner(float dpr);
    // Emits "notice" for each message told since the last frame, in order (each once).
    void announceNotice();
    // The text size buttons: on one line after the last item (the Aa panel), or in the toolbar from
    // `toolbarX` (toolbarPlace) when given.
    void sizeButtons(float dpr, float* toolbarX = nullptr);
    // Whether the shown article runs right to left: the toolbar and its panels are mirrored.
    bool mirrored() const;
    // Puts the next toolbar button `button` at `x` CSS px of a left-to-right toolbar (after its gap
    // when `gap`), mirrored for a right-to-left article, and moves `x` past it.
    void toolbarPlace(float& x, const toolbar_layout::Button& button, bool gap, float dpr) const;
    // A panel's side for the button it opens under: mirrored with the toolbar.
    PanelSide panelSide(PanelSide ltr) const;
    // A toolbar button `widthPx` CSS px wide, recorded as control `id`; true when pressed.
    bool toolbarButton(const char* label, const char* id, float widthPx, float dpr, bool selected);
    void closePanelOnClickOutside();
    // The reading progress: a bar along the toolbar's lower edge, and the minutes left of a long
    // article in the toolbar when there is room (ReaderView::progress).
    void readingProgress(float dpr);
    static constexpr float kProgressBarPx = 2.0f;         // the bar's thickness, CSS px
    static constexpr int kProgressLabelMinutes = 4;       // shorter articles show no minutes left
    static constexpr float kProgressLabelGapPx = 12.0f;   // least space beside the label, CSS px
    // A panel's first row: its `title` and a Close button (control "close-panel") at the end of a
    // row `width` device px wide.
    void panelHeading(const char* title, float width, float dpr);
    // Records the last ImGui item as control `id` (a key like "theme" plus a choice, if any).
    void recordControl(const std::string& id, float dpr);

    KeyValueStore& store_;
    Notices notices_;              // what the reader is told, in order (before what tells it)
    SavedBookmarks bookmarks_{store_, notices_};
    SavedComments comments_{store_, notices_};
    SavedPositions positions_{store_, notices_};
    ReaderView reader_;
    PrintPreview preview_;
    bool previewing_ = false;
    ViewerAction action_;
    std::vector<ViewerEvent> events_;
    ReadingSettings settings_;
    bool canSave_ = true;
    bool prefersDark_ = false;
    bool touch_ = false;
    enum class Panel { None, Settings, Share, Bookmarks };
    Panel panel_ = Panel::None;
    std::string pageUrl_;
    std::function<std::string()> clock_;
    std::string articleSource_;       // where the shown article came from
    std::string copiedLabel_;         // "Link copied" (or why not) in the share sheet
    Bookmark opening_;                // the bookmark being reopened (its id empty when none)
    int savedBlock_ = -2;             // the reading position last stored in the shown bookmark
    std::size_t savedOffset_ = 0;
    bool toolbarHovered_ = false;
    std::vector<ControlRect> controls_;
    std::vector<ControlRect> coverings_;
    const Theme* styledTheme_ = nullptr;  // the theme and pixel ratio Dear ImGui's style was set for
    float styledDpr_ = 0.0f;
    float width_ = 0.0f, height_ = 0.0f;  // canvas, CSS px
};

}  // namespace folio::ui
