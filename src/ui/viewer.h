// The whole viewer inside its canvas: what the platform talks to, and the one place that orders its
// parts (frame()). Each part owns what its header says:
//  - reading: the article (ReaderView) and the reading settings, kept in a KeyValueStore (viewer.cpp);
//  - controls: the toolbar, the panels and the notice banner (ViewerPanels), which show a view of
//    this state and ask for changes through PanelRequests, which the viewer carries out;
//  - print: the print preview (PrintPreview) and the print document it and the PDF share;
//  - social actions: sharing, bookmarking and the reading position kept in a bookmark
//    (viewer_social.cpp), comments (viewer_comments.cpp);
//  - what the reader keeps: bookmarks (SavedBookmarks), comments (SavedComments) and the place
//    in each article (SavedPositions), each owning its storage; notices (Notices) tell the reader
//    what went wrong, in order.
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
#include "ui/reader_view.h"
#include "ui/saved_bookmarks.h"
#include "ui/saved_comments.h"
#include "ui/saved_positions.h"
#include "ui/storage.h"
#include "ui/theme.h"
#include "ui/toolbar_layout.h"
#include "ui/viewer_panels.h"
#include "ui/viewer_types.h"

namespace folio::ui {

class Viewer final : private PanelRequests {
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
    void changeSettings(ReadingSettings settings) override;
    // Sets the body text size, CSS px, clamped to 12-40; stores it like any setting.
    void setFontSize(float px);
    void command(ViewerCommand command) override;

    // The colour scheme the system prefers, for ThemeChoice::Auto.
    void setPrefersDark(bool dark);
    const Theme& theme() const { return themeFor(settings_.theme, prefersDark_); }

    // A message for the reader (e.g. settings that could not be read or saved); empty when none.
    // The notice shown now (the oldest not dismissed; see ui/notices.h); empty when there is none.
    const std::string& notice() const { return notices_.current(); }
    // Tells the reader `message` as a notice, after those not yet dismissed.
    void tell(std::string message) { notices_.tell(std::move(message)); }
    bool settingsOpen() const { return panels_.open() == ViewerPanels::Panel::Settings; }
    bool shareSheetOpen() const { return panels_.open() == ViewerPanels::Panel::Share; }
    bool bookmarksOpen() const { return panels_.open() == ViewerPanels::Panel::Bookmarks; }
    // Any panel is open (settings, share, bookmarks, or the print preview's setup).
    bool panelOpen() const { return panels_.open() != ViewerPanels::Panel::None; }
    // Something is drawn over the article (a panel or the print preview): the canvas takes the
    // pointer over the whole article area, not the text layer.
    bool overlayOpen() const { return panelOpen() || previewing_; }

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
    bool openBookmark(const std::string& id) override;
    // Removes the bookmark with `id`, stores the list and emits "bookmark"; false when there is none.
    bool removeBookmark(const std::string& id) override;
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
    const std::vector<ControlRect>& controls() const { return panels_.controls(); }
    // What the last frame drew over part of the article while it stays readable (the notice
    // banner, id "notice"), CSS px of the canvas: there the canvas takes the pointer, not the text
    // layer. A panel or the print preview covers it all instead (overlayOpen).
    const std::vector<ControlRect>& coverings() const { return panels_.coverings(); }

private:
    void apply();
    void share();
    void toggleBookmark();
    void emit(const std::string& name, const std::string& detailJson);
    // Once scrolling has settled: remembers where the reader is in the shown article
    // (SavedPositions), and stores it in the article's bookmark when it moved far enough.
    void keepReadingPosition();
    // Emits "notice" for each message told since the last frame, in order (each once).
    void announceNotice();
    // Whether the shown article runs right to left: the toolbar and its panels are mirrored.
    bool mirrored() const;
    // What the controls show in this frame; `share` holds what the share sheet shares.
    PanelsView panelsView(ShareText& share) const;
    // PanelRequests (the rest are public: command, changeSettings, openBookmark, removeBookmark).
    void shareTo(ViewerAction action, const std::string& target) override;
    void dismissNotice() override { notices_.dismiss(); }

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
    ViewerPanels panels_;
    std::string pageUrl_;
    std::function<std::string()> clock_;
    std::string articleSource_;       // where the shown article came from
    Bookmark opening_;                // the bookmark being reopened (its id empty when none)
    int savedBlock_ = -2;             // the reading position last stored in the shown bookmark
    std::size_t savedOffset_ = 0;
    const Theme* styledTheme_ = nullptr;  // the theme and pixel ratio Dear ImGui's style was set for
    float styledDpr_ = 0.0f;
    float width_ = 0.0f, height_ = 0.0f;  // canvas, CSS px
};

}  // namespace folio::ui
