#pragma once

#include "articleview.h"
#include "notes/exportnotesdialog.h"
#include "notes/noteseditor.h"
#include "notes/notesstore.h"
#include "notes/tagmanagerdialog.h"
#include "notes/tagpickerdialog.h"
#include "notes/tagrowfilter.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QAbstractItemView;
class QAction;
class QListView;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace kanbao {

class AnnotationsPanel;
class ArticleHighlighter;
class DialogProvider;
class Library;
class NotesBrowser;
class SelectionPopup;
class TagChipBar;
class TagsPanel;

// Everything about tags and notes in the main window, in one place the window only has to create,
// install and feed: the undo stack of the notes (Edit ▸ Undo/Redo), the highlighter on the article pane
// and its selection popup and context menu, the Highlights & Notes, Notes Browser and Tags docks, the
// Notes menu, the tag picker (Ctrl+T), the tag manager and File ▸ Export Notes. Every change is written
// at once and can be undone.
class NotesController : public QObject
{
    Q_OBJECT

public:
    NotesController(ArticleView *view, DialogProvider *dialogs, QMainWindow *window);
    ~NotesController() override;

    // The library the notes live in. openLibrary() opens a connection of its own on `path` (on this,
    // the GUI thread); setDatabase() uses one that is already open (it must stay open until
    // closeLibrary() or the controller goes away).
    bool openLibrary(const QString &path);
    void setDatabase(QSqlDatabase db);
    void closeLibrary();
    bool isOpen() const { return m_store != nullptr; }
    QString errorString() const { return m_error; }

    NotesStore *store() const { return m_store.get(); }
    NotesEditor *editor() const { return m_editor.get(); }
    QUndoStack *undoStack() const { return m_stack; }

    // Adds the docks to the window and the actions to its menus (a Notes menu goes before `beforeMenu`,
    // or at the end of the menu bar when null).
    void install(QMenu *fileMenu, QMenu *editMenu, QMenu *viewMenu, QMenu *beforeMenu = nullptr);

    // The articles chosen in the window's lists, for tagging several at once; by default the article
    // being read.
    void setSelectedArticlesProvider(std::function<QList<qint64>()> provider);
    QList<qint64> selectedArticles() const;
    // The window's article lists, each with the role of its article id: the one with focus gives the
    // articles to tag (its selected rows); otherwise the article being read.
    struct ArticleList
    {
        QAbstractItemView *view = nullptr;
        int idRole = 0;
    };
    void setArticleLists(const QList<ArticleList> &lists);
    // A "Tag:" filter above a list of articles in the window.
    TagRowFilter *addTagFilter(QListView *view, int idRole);

    ArticleHighlighter *highlighter() const { return m_highlighter; }
    SelectionPopup *selectionPopup() const { return m_popup; }
    AnnotationsPanel *annotationsPanel() const { return m_panel; }
    NotesBrowser *notesBrowser() const { return m_browser; }
    TagsPanel *tagsPanel() const { return m_tagsPanel; }
    TagChipBar *tagChips() const { return m_chips; }
    QDockWidget *annotationsDock() const { return m_panelDock; }
    QDockWidget *notesBrowserDock() const { return m_browserDock; }
    QDockWidget *tagsDock() const { return m_tagsDock; }
    QMenu *notesMenu() const { return m_notesMenu; }
    TagPickerDialog *tagPicker() const { return m_picker; }
    TagManagerDialog *tagManager() const { return m_manager; }
    ExportNotesDialog *exportDialog() const { return m_export; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *tagArticlesAction() const { return m_tagArticles; }
    QAction *exportNotesAction() const { return m_exportNotes; }

public Q_SLOTS:
    // The window showed another article (the highlighter also notices by itself on the next turn of
    // the event loop; this makes it immediate).
    void articleShown();
    std::optional<qint64> highlightSelection(const QString &color = QString());
    std::optional<qint64> highlightSelectionWithNote();
    std::optional<qint64> addArticleNote();
    // Dialogs, opened window-modal without blocking; each returns the dialog shown.
    TagPickerDialog *openTagPicker();
    TagManagerDialog *openTagManager();
    ExportNotesDialog *openExportDialog();
    void showNotesBrowser(const QString &tag = QString());
    // Opens the article (through openArticleRequested) and shows the annotation in it.
    void openNote(qint64 articleId, qint64 annotationId, int start, int end);

Q_SIGNALS:
    void openArticleRequested(qint64 articleId);
    // A tag chip on the article was clicked: list every article with that tag (TagChipBar::tagQuery).
    void tagSearchRequested(const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateActions();
    void attach();
    void fillContextMenu(QMenu *menu, qint64 annotationId);
    void showMessage(const QString &text);
    void showOrphan(qint64 annotationId);

    QPointer<ArticleView> m_view;
    DialogProvider *m_dialogs;
    QMainWindow *m_window;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<NotesStore> m_store;
    std::unique_ptr<NotesEditor> m_editor;
    QUndoStack *m_stack = nullptr;
    QString m_error;
    std::function<QList<qint64>()> m_selection;
    QList<ArticleList> m_lists;
    QList<QPointer<TagRowFilter>> m_filters;

    ArticleHighlighter *m_highlighter = nullptr;
    SelectionPopup *m_popup = nullptr;
    AnnotationsPanel *m_panel = nullptr;
    NotesBrowser *m_browser = nullptr;
    TagsPanel *m_tagsPanel = nullptr;
    TagChipBar *m_chips = nullptr;
    QDockWidget *m_panelDock = nullptr;
    QDockWidget *m_browserDock = nullptr;
    QDockWidget *m_tagsDock = nullptr;
    QMenu *m_notesMenu = nullptr;
    QMenu *m_colorMenu = nullptr;
    QPointer<TagPickerDialog> m_picker;
    QPointer<TagManagerDialog> m_manager;
    QPointer<ExportNotesDialog> m_export;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_highlight = nullptr;
    QAction *m_highlightNote = nullptr;
    QList<QAction *> m_colorActions;
    QAction *m_articleNote = nullptr;
    QAction *m_tagArticles = nullptr;
    QAction *m_manageTags = nullptr;
    QAction *m_exportNotes = nullptr;
    QAction *m_showBrowser = nullptr;
    QAction *m_editSeparator = nullptr;
};

} // namespace kanbao
