// What the viewer and the platform say to each other, and what its parts pass between them: the
// commands keys and buttons give, the actions and events the platform carries out or passes on to
// the page, and the controls drawn in a frame. Platform-free.
#pragma once

#include <string>

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

// What the viewer asks of the platform, inside the reader's gesture (see Viewer::takeAction).
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

}  // namespace folio::ui
