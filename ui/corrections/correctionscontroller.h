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
class DialogProvider;
class Library;
class NotesController;

// The source view and the article pane's corrections (issue 13). "Show Source" (View menu, the pane's
// context menu, the context menus of article lists — search results, issue contents — and of the notes
// browser) shows the page's text as imported in a dock beside the article, the article's lines marked and
// scrolled to. The pane's context menu corrects the article: split it at the place clicked, merge it with the
// previous or next one, take the paragraph clicked as its kicker, headline or subheadline or type one, edit
// its byline, move the paragraph to the neighbouring article, mark it as no article. Each pushes a
// CorrectionCommand on the notes' undo stack (Edit ▸ Undo undoes it); after each the window re-reads the
// article through `pageCorrected`. Uses a connection of its own on the notes' library file.
class CorrectionsController : public QObject
{
    Q_OBJECT

public:
    CorrectionsController(ArticleView *view, NotesController *notes, QMainWindow *window);
    ~CorrectionsController() override;

    // Adds "Show Source" to the View menu.
    void install(QMenu *viewMenu);
    // Asks for typed headings and bylines through `dialogs` (tests answer them); none: those actions are off.
    void setDialogs(DialogProvider *dialogs) { m_dialogs = dialogs; }
    // "Show Source" for the article lists' context menus (CitationController::articleMenuAboutToShow).
    void fillArticleListMenu(QMenu *menu, const QList<qint64> &articleIds);

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
    bool mergeWithPrevious();
    bool markNotArticle();
    // The paragraph holding `bodyOffset` becomes the kicker, headline or subheadline (`kind`: a
    // CorrectionKind::LineAs…); typeHeading sets one to `text` (`kind`: Kicker, Headline, Subheadline).
    bool takeLineAs(int kind, int bodyOffset);
    bool typeHeading(int kind, const QString &text);
    // The byline in parseBylineText's form ("记者 张三、李四；通讯员 王五").
    bool setByline(const QString &text);
    bool moveParagraph(int bodyOffset, bool toPrevious);
    // Asks for the text (DialogProvider::getText), then corrects.
    bool askHeading(int kind);
    bool askByline();
    // Shows the source of any article (a search result, a note's) and asks the window to open it beside.
    // `origin`: the dock of the list it was asked from, which the source dock then does not cover.
    bool showSourceOf(qint64 articleId, QDockWidget *origin = nullptr);

Q_SIGNALS:
    // The page of `articleId` changed (a correction, its undo or redo): lists and the pane are stale.
    void pageCorrected(qint64 articleId);
    void message(const QString &text);
    // Show Source from a list: the window opens the article beside its source.
    void articleRequested(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool ensureLibrary();
    bool push(qint64 articleId, int kind, const QString &argument);
    void fillContextMenu(QMenu *menu);
    void fillNotesBrowserMenu(const QPoint &pos);
    void retranslate();
    bool showSourceText(qint64 articleId, const QString &headline, const QString &body,
                        QDockWidget *origin = nullptr);
    // The paragraph of the shown article holding `bodyOffset`: its text up to a phrase's length.
    QString paragraphPhrase(int bodyOffset) const;

    ArticleView *m_view;
    NotesController *m_notes;
    QMainWindow *m_window;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<CorrectionsStore> m_store;
    QAction *m_showSource = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QPlainTextEdit *m_sourceText = nullptr;
    DialogProvider *m_dialogs = nullptr;
    QString m_sourceHeadline;
    int m_stackIndex = 0;
};

} // namespace kanbao
