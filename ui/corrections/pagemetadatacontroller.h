#pragma once

#include "corrections/pagemetadatadialog.h"
#include "library/corrections.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;

namespace kanbao {

class ArticleView;
class NotesController;

// Metadata corrections of pages (issue 13): Edit ▸ Page Metadata opens the bulk edit for the page of the
// article shown, its issue, every page of its folder, of its paper or of an import; Edit ▸ Confirm Date takes a guessed date as right.
// Both are in the article pane's context menu too. Each push one PageCorrectionsCommand on the notes' undo
// stack; after it, its undo and its redo, `pagesCorrected` asks the window to read the calendar, the issue
// and the article again. Uses a connection of its own on the notes' library file.
class PageMetadataController : public QObject
{
    Q_OBJECT

public:
    PageMetadataController(ArticleView *view, NotesController *notes, QMainWindow *window);
    ~PageMetadataController() override;

    // Adds the two actions to the Edit menu.
    void install(QMenu *editMenu);

    QAction *editAction() const { return m_edit; }
    QAction *confirmDateAction() const { return m_confirm; }
    // The dialog shown by editMetadata (for tests); null when none is open.
    PageMetadataDialog *dialog() const { return m_dialog; }

public Q_SLOTS:
    // Opens the bulk edit for the shown article's page; `scope`: 0 the page, 1 its issue, 2 its folder,
    // 3 every page of its paper (renaming the paper), 4 every page of the import it came from (when it has
    // one), then every page of each other import, newest first.
    // Modal unless `modal` is false (tests press its buttons); false when no article is shown.
    bool editMetadata(int scope = 0, bool modal = true);
    // Applies what the open dialog says; false when nothing changed (the reason is in `message`).
    bool applyDialog();
    // Confirms the shown article's guessed date.
    bool confirmDate();

Q_SIGNALS:
    // Pages moved, took another paper or date, or a date was confirmed: calendar, issue and pane are stale.
    void pagesCorrected();
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool ensureLibrary();
    bool push(const QList<qint64> &pages, const QList<PageEdit> &edits);
    void updateActions();
    void retranslate();

    ArticleView *m_view;
    NotesController *m_notes;
    QMainWindow *m_window;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<CorrectionsStore> m_store;
    QAction *m_edit = nullptr;
    QAction *m_confirm = nullptr;
    QPointer<PageMetadataDialog> m_dialog;
    int m_stackIndex = 0;
};

} // namespace kanbao
