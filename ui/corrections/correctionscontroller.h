#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPlainTextEdit;

namespace kanbao {

class ArticleView;
class CorrectionsStore;
class Library;
class NotesController;

// The source view and the article pane's corrections (issue 13). "Show Source" (View menu and the pane's
// context menu) shows the page's text as imported in a dock beside the article, the article's lines marked
// and scrolled to. "Split Here", "Merge with Next" and "Not an Article" in the pane's context menu push
// CorrectionCommands on the notes' undo stack (Edit ▸ Undo undoes them); after each the window re-reads
// the article through `pageCorrected`. Uses a connection of its own on the notes' library file.
class CorrectionsController : public QObject
{
    Q_OBJECT

public:
    CorrectionsController(ArticleView *view, NotesController *notes, QMainWindow *window);
    ~CorrectionsController() override;

    // Adds "Show Source" to the View menu.
    void install(QMenu *viewMenu);

    QAction *showSourceAction() const { return m_showSource; }
    QDockWidget *sourceDock() const { return m_sourceDock; }
    QPlainTextEdit *sourceView() const { return m_sourceText; }

    // The lines of `pageText` that hold the article's text (its headline and paragraphs, whitespace
    // ignored): what the source view marks.
    static QList<int> articleLines(const QString &pageText, const QString &headline, const QString &body);

public Q_SLOTS:
    // Shows the source of the article the pane shows; false when there is none or the page cannot be read.
    bool showSource();
    // Corrections of the article the pane shows; `bodyOffset` is where the new article starts.
    bool splitAt(int bodyOffset);
    bool mergeWithNext();
    bool markNotArticle();

Q_SIGNALS:
    // The page of `articleId` changed (a correction, its undo or redo): lists and the pane are stale.
    void pageCorrected(qint64 articleId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool ensureLibrary();
    bool push(qint64 articleId, int kind, const QString &argument);
    void fillContextMenu(QMenu *menu);
    void retranslate();

    ArticleView *m_view;
    NotesController *m_notes;
    QMainWindow *m_window;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<CorrectionsStore> m_store;
    QAction *m_showSource = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QPlainTextEdit *m_sourceText = nullptr;
    int m_stackIndex = 0;
};

} // namespace kanbao
