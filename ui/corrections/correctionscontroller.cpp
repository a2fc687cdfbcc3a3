#include "corrections/correctionscontroller.h"

#include "corrections/correctionslibrary.h"
#include "articleview.h"
#include "dialogprovider.h"
#include "library/corrections.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "notes/articlehighlighter.h"
#include "notes/correctioncommands.h"
#include "notes/noteroles.h"
#include "notes/notesbrowser.h"
#include "notes/notescontroller.h"
#include "notes/notesstore.h"

#include <QAction>
#include <QCursor>
#include <QDockWidget>
#include <QEvent>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QUndoStack>
#include <algorithm>

namespace kanbao {

namespace {

QString withoutSpace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('#'))
            out.append(c);
    }
    return out;
}

// How much of a new article's first words a split names: enough to be unique on a page.
constexpr int SplitPhraseLength = 12;
// How much of a paragraph names it for a move or a line taken as a heading: a whole short line, enough of a
// long paragraph to be unique on the page.
constexpr int ParagraphPhraseLength = 40;
// How much of the article's headline the source dock's title shows.
constexpr int SourceTitleLength = 10;

} // namespace

CorrectionsController::CorrectionsController(ArticleView *view, NotesController *notes, QMainWindow *window)
    : QObject(window)
    , m_view(view)
    , m_notes(notes)
    , m_window(window)
{
    m_showSource = new QAction(this);
    m_showSource->setObjectName(QStringLiteral("showSourceAction"));
    m_showSource->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_showSource, &QAction::triggered, this, [this] { showSource(); });

    m_sourceDock = new QDockWidget(window);
    m_sourceDock->setObjectName(QStringLiteral("sourceDock"));
    m_sourceText = new QPlainTextEdit(m_sourceDock);
    m_sourceText->setObjectName(QStringLiteral("sourceView"));
    m_sourceText->setReadOnly(true);
    m_sourceText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sourceDock->setWidget(m_sourceText);
    window->addDockWidget(Qt::RightDockWidgetArea, m_sourceDock);
    m_sourceDock->hide();

    connect(m_notes->highlighter(), &ArticleHighlighter::contextMenuAboutToShow, this,
            [this](QMenu *menu, qint64) { fillContextMenu(menu); });
    // Undo and redo of a correction change the page under the pane (not those of a highlight: re-reading
    // the article would lose the reader's selection).
    connect(m_notes->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        const QUndoStack *stack = m_notes->undoStack();
        const bool redone = index > m_stackIndex;
        const QUndoCommand *done = stack->command(redone ? index - 1 : index);
        m_stackIndex = index;
        const auto &shown = m_view->article();
        const auto *correction = dynamic_cast<const CorrectionCommand *>(done);
        if (!shown || !correction)
            return;
        qint64 id = shown->id;
        if (const std::optional<CorrectionChange> &change = correction->change()) {
            // The article shown may be gone from its page (merged into the previous one, the second part
            // of an undone split): show the corrected one instead.
            const PageState &now = redone ? change->after : change->before;
            const bool onPage =
                change->before.articleIds.contains(id) || change->after.articleIds.contains(id);
            if (onPage && !now.articleIds.contains(id) && !now.articleIds.isEmpty())
                id = now.articleIds.at(std::clamp<qsizetype>(change->article, 0, now.articleIds.size() - 1));
        }
        Q_EMIT pageCorrected(id);
        // The source beside the article follows it: the marked lines are the corrected article's.
        if (m_sourceDock->isVisible())
            showSource();
    });
    // The notes browser lists notes of many articles: Open Article and Show Source for the one clicked.
    if (QListView *notesList = m_notes->notesBrowser() ? m_notes->notesBrowser()->listView() : nullptr) {
        notesList->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(notesList, &QWidget::customContextMenuRequested, this,
                &CorrectionsController::fillNotesBrowserMenu);
    }
    window->installEventFilter(this);
    retranslate();
}

CorrectionsController::~CorrectionsController() = default;

bool CorrectionsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CorrectionsController::install(QMenu *viewMenu)
{
    viewMenu->addSeparator();
    viewMenu->addAction(m_showSource);
}

void CorrectionsController::retranslate()
{
    m_showSource->setText(tr("Show &Source"));
    m_showSource->setToolTip(tr("The page's text as imported, beside the article, its lines marked"));
    // The title is also the dock's tab, upright at the window's side: a long headline is cut short.
    QString headline = m_sourceHeadline;
    if (headline.size() > SourceTitleLength)
        headline = headline.left(SourceTitleLength - 1) + QChar(0x2026);
    m_sourceDock->setWindowTitle(headline.isEmpty() ? tr("Source") : tr("Source: %1").arg(headline));
}

bool CorrectionsController::ensureLibrary()
{
    QString error;
    if (ensureCorrectionsLibrary(m_notes->store(), m_library, m_store, &error))
        return true;
    if (!error.isEmpty())
        Q_EMIT message(error);
    return false;
}

QList<int> CorrectionsController::articleLines(const QString &pageText, const QString &headline,
                                               const QString &body)
{
    const QString article = withoutSpace(headline) + withoutSpace(body);
    QList<int> lines;
    const QStringList source = pageText.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QString line = withoutSpace(source.at(i));
        // A line of one or two characters (a lone 。) would be found in any article.
        if (line.size() < 3)
            continue;
        // The article may lack a few characters of the line at either end: a dateline (本报讯) or a jump
        // line the reconstruction took off.
        const qsizetype trimmable = std::min<qsizetype>(6, line.size() - 3);
        bool found = false;
        for (qsizetype k = 0; k <= trimmable && !found; ++k)
            found = article.contains(QStringView(line).mid(k)) ||
                    article.contains(QStringView(line).left(line.size() - k));
        if (found)
            lines.append(int(i));
    }
    return lines;
}

bool CorrectionsController::showSource()
{
    const auto &shown = m_view->article();
    return shown && showSourceText(shown->id, shown->headline, shown->body);
}

bool CorrectionsController::showSourceOf(qint64 articleId, QDockWidget *origin)
{
    if (!ensureLibrary())
        return false;
    const std::optional<StoredArticle> stored = LibraryStore(*m_library).article(articleId);
    if (!stored) {
        Q_EMIT message(tr("Article %1 could not be read: %2").arg(articleId).arg(m_library->errorString()));
        return false;
    }
    Q_EMIT articleRequested(articleId);
    return showSourceText(articleId, stored->article.headline, stored->article.bodyText(), origin);
}

void CorrectionsController::fillArticleListMenu(QMenu *menu, const QList<qint64> &articleIds)
{
    if (articleIds.size() != 1)
        return;
    menu->addSeparator();
    QAction *show = menu->addAction(tr("Show Source"));
    show->setObjectName(QStringLiteral("showSourceOfListedAction"));
    const qint64 id = articleIds.first();
    // The dock holding the list the menu is for.
    QPointer<QDockWidget> origin;
    for (QObject *o = menu->parent(); o && !origin; o = o->parent())
        origin = qobject_cast<QDockWidget *>(o);
    connect(show, &QAction::triggered, this, [this, id, origin] { showSourceOf(id, origin); });
}

void CorrectionsController::fillNotesBrowserMenu(const QPoint &pos)
{
    QListView *list = m_notes->notesBrowser()->listView();
    const QModelIndex index = list->indexAt(pos);
    const qint64 articleId = index.isValid() ? index.data(NoteArticleIdRole).toLongLong() : 0;
    if (articleId <= 0)
        return; // an orphan has no article, hence no source
    auto *menu = new QMenu(list);
    menu->setObjectName(QStringLiteral("notesBrowserContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = menu->addAction(tr("Open Article"));
    connect(open, &QAction::triggered, this, [this, articleId] { Q_EMIT articleRequested(articleId); });
    QAction *show = menu->addAction(tr("Show Source"));
    show->setObjectName(QStringLiteral("showSourceOfNoteAction"));
    connect(show, &QAction::triggered, this,
            [this, articleId] { showSourceOf(articleId, m_notes->notesBrowserDock()); });
    menu->popup(list->viewport()->mapToGlobal(pos));
}

bool CorrectionsController::showSourceText(qint64 articleId, const QString &headline, const QString &body,
                                           QDockWidget *origin)
{
    if (!ensureLibrary())
        return false;
    const std::optional<qint64> pageId = m_store->pageOfArticle(articleId);
    if (!pageId)
        return false;
    const QString text = LibraryStore(*m_library).pageText(*pageId);
    m_sourceText->setPlainText(text);
    m_sourceHeadline = headline;
    retranslate();
    const QList<int> lines = articleLines(text, headline, body);
    QList<QTextEdit::ExtraSelection> marks;
    const QColor mark = m_sourceText->palette().color(QPalette::Highlight).lighter(170);
    for (const int line : lines) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_sourceText->document()->findBlockByNumber(line));
        // A full-width selection marks one row only: the block's background marks every row of a line the
        // dock's width wrapped.
        QTextBlockFormat background;
        background.setBackground(mark);
        QTextCursor(selection.cursor).mergeBlockFormat(background);
        selection.format.setBackground(mark);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(selection);
    }
    m_sourceText->setExtraSelections(marks);
    // Beside the article at full height: a tab over a dock at the window's right, when there is one. Asked
    // from a list in a dock (search results, the notes browser), on the other side, so the list stays in
    // view.
    const bool docked = origin && origin->isVisible() && !origin->isFloating();
    const Qt::DockWidgetArea area = docked && m_window->dockWidgetArea(origin) == Qt::RightDockWidgetArea
                                        ? Qt::LeftDockWidgetArea
                                        : Qt::RightDockWidgetArea;
    const bool moving = docked && m_sourceDock->isVisible() && !m_sourceDock->isFloating() &&
                        m_window->dockWidgetArea(m_sourceDock) == m_window->dockWidgetArea(origin);
    if (!m_sourceDock->isVisible() || moving) {
        if (moving || m_window->dockWidgetArea(m_sourceDock) != area)
            m_window->addDockWidget(area, m_sourceDock);
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock != m_sourceDock && dock->isVisible() && !dock->isFloating() &&
                m_window->dockWidgetArea(dock) == area) {
                m_window->tabifyDockWidget(dock, m_sourceDock);
                break;
            }
        }
    }
    m_sourceDock->show();
    m_sourceDock->raise();
    if (!lines.isEmpty()) {
        // The last marked line first, then the first: the article's start ends up in view, near the top.
        m_sourceText->setTextCursor(QTextCursor(m_sourceText->document()->findBlockByNumber(lines.last())));
        m_sourceText->ensureCursorVisible();
        m_sourceText->setTextCursor(QTextCursor(m_sourceText->document()->findBlockByNumber(lines.first())));
        m_sourceText->ensureCursorVisible();
    }
    return true;
}

bool CorrectionsController::push(qint64 articleId, int kind, const QString &argument)
{
    if (!ensureLibrary())
        return false;
    auto *command = new CorrectionCommand(m_store.get(), articleId, CorrectionKind(kind), argument);
    const auto outcome = command->outcome();
    outcome->onError = [this](const QString &error) {
        Q_EMIT message(error);
    };
    m_notes->undoStack()->push(command);
    if (!outcome->ok) {
        Q_EMIT message(outcome->error);
        return false;
    }
    return true;
}

bool CorrectionsController::splitAt(int bodyOffset)
{
    const auto &shown = m_view->article();
    if (!shown || bodyOffset <= 0 || bodyOffset >= shown->body.size())
        return false;
    // The words where the new article starts, up to the paragraph's end.
    QString phrase = shown->body.mid(bodyOffset, SplitPhraseLength);
    phrase = phrase.section(QLatin1Char('\n'), 0, 0);
    if (phrase.trimmed().isEmpty())
        phrase = shown->body.mid(bodyOffset + 1, SplitPhraseLength).section(QLatin1Char('\n'), 0, 0);
    return push(shown->id, int(CorrectionKind::SplitBefore), phrase);
}

bool CorrectionsController::mergeWithNext()
{
    const auto &shown = m_view->article();
    return shown && push(shown->id, int(CorrectionKind::MergeNext), QString());
}

bool CorrectionsController::mergeWithPrevious()
{
    const auto &shown = m_view->article();
    return shown && push(shown->id, int(CorrectionKind::MergePrevious), QString());
}

QString CorrectionsController::paragraphPhrase(int bodyOffset) const
{
    const auto &shown = m_view->article();
    if (!shown || bodyOffset < 0 || bodyOffset > shown->body.size())
        return QString();
    const QString &body = shown->body;
    const qsizetype start = bodyOffset == 0 ? 0 : body.lastIndexOf(QLatin1Char('\n'), bodyOffset - 1) + 1;
    qsizetype end = body.indexOf(QLatin1Char('\n'), start);
    if (end < 0)
        end = body.size();
    return body.mid(start, std::min<qsizetype>(end - start, ParagraphPhraseLength)).trimmed();
}

bool CorrectionsController::takeLineAs(int kind, int bodyOffset)
{
    const auto &shown = m_view->article();
    const QString phrase = paragraphPhrase(bodyOffset);
    return shown && !phrase.isEmpty() && push(shown->id, kind, phrase);
}

bool CorrectionsController::typeHeading(int kind, const QString &text)
{
    const auto &shown = m_view->article();
    return shown && push(shown->id, kind, text);
}

bool CorrectionsController::setByline(const QString &text)
{
    const auto &shown = m_view->article();
    return shown && push(shown->id, int(CorrectionKind::Byline), text);
}

bool CorrectionsController::moveParagraph(int bodyOffset, bool toPrevious)
{
    const auto &shown = m_view->article();
    const QString phrase = paragraphPhrase(bodyOffset);
    return shown && !phrase.isEmpty() &&
           push(shown->id, int(toPrevious ? CorrectionKind::MoveToPrevious : CorrectionKind::MoveToNext),
                phrase);
}

bool CorrectionsController::askHeading(int kind)
{
    const auto &shown = m_view->article();
    if (!shown || !m_dialogs)
        return false;
    QString title;
    QString current;
    switch (CorrectionKind(kind)) {
    case CorrectionKind::Kicker:
        title = tr("Kicker");
        current = shown->kicker;
        break;
    case CorrectionKind::Subheadline:
        title = tr("Subheadline");
        current = shown->subheadline;
        break;
    default:
        title = tr("Headline");
        current = shown->headline;
        break;
    }
    const QString text = m_dialogs->getText(
        m_window, title, tr("The article's %1, as printed:").arg(title.toLower()), current);
    if (text.trimmed().isEmpty() || text.trimmed() == current.trimmed())
        return false;
    return typeHeading(kind, text);
}

bool CorrectionsController::askByline()
{
    const auto &shown = m_view->article();
    if (!shown || !m_dialogs)
        return false;
    BylineNames names{shown->reporters, shown->correspondents, shown->authors, shown->photographers};
    const QString current = bylineText(names);
    const QString text = m_dialogs->getText(m_window, tr("Byline"),
                                            tr("Roles and names, groups separated by “；”:\n记者 "
                                               "张三、李四；通讯员 王五 (roles: 记者, 通讯员, 作者, 摄影)"),
                                            current);
    // A cancelled dialog and an unchanged byline both answer the current text or nothing.
    if (text == current || (text.isEmpty() && current.isEmpty()))
        return false;
    return setByline(text);
}

bool CorrectionsController::markNotArticle()
{
    const auto &shown = m_view->article();
    return shown && push(shown->id, int(CorrectionKind::NotArticle), QString());
}

void CorrectionsController::fillContextMenu(QMenu *menu)
{
    if (!m_view->article())
        return;
    menu->addSeparator();
    menu->addAction(m_showSource);
    // Where the new article would start: the selection's start, else the place right-clicked.
    std::optional<int> offset;
    if (const std::optional<TextSpan> span = m_notes->highlighter()->selectedSpan())
        offset = span->start;
    else
        offset = m_notes->highlighter()->bodyOffset(
            m_view->cursorForPosition(m_view->viewport()->mapFromGlobal(QCursor::pos())).position());
    QAction *split = menu->addAction(tr("Split Article Here"));
    split->setObjectName(QStringLiteral("splitArticleAction"));
    split->setEnabled(offset && *offset > 0);
    connect(split, &QAction::triggered, this, [this, offset] { splitAt(offset.value_or(0)); });
    // The rest of the corrections in a submenu, so that the pane's menu stays short.
    QMenu *correct = menu->addMenu(tr("Correct Article"));
    correct->setObjectName(QStringLiteral("correctArticleMenu"));
    QAction *merge = correct->addAction(tr("Merge with Next Article"));
    merge->setObjectName(QStringLiteral("mergeArticleAction"));
    connect(merge, &QAction::triggered, this, &CorrectionsController::mergeWithNext);
    QAction *mergePrevious = correct->addAction(tr("Merge with Previous Article"));
    mergePrevious->setObjectName(QStringLiteral("mergePreviousArticleAction"));
    connect(mergePrevious, &QAction::triggered, this, &CorrectionsController::mergeWithPrevious);

    correct->addSeparator();
    // The paragraph clicked: a heading the reconstruction left in the body, or one that belongs next door.
    const int paragraphOffset = offset.value_or(-1);
    const bool onParagraph = !paragraphPhrase(paragraphOffset).isEmpty();
    QMenu *line = correct->addMenu(tr("Take Paragraph As"));
    line->setObjectName(QStringLiteral("takeLineAsMenu"));
    line->setEnabled(onParagraph);
    const std::pair<CorrectionKind, const char *> lineKinds[]{
        {CorrectionKind::LineAsKicker, QT_TR_NOOP("Kicker")},
        {CorrectionKind::LineAsHeadline, QT_TR_NOOP("Headline")},
        {CorrectionKind::LineAsSubheadline, QT_TR_NOOP("Subheadline")}};
    for (const auto &[kind, label] : lineKinds) {
        QAction *take = line->addAction(tr(label));
        take->setObjectName(QStringLiteral("takeLineAs_") + correctionKindName(kind));
        connect(take, &QAction::triggered, this,
                [this, kind, paragraphOffset] { takeLineAs(int(kind), paragraphOffset); });
    }
    QMenu *type = correct->addMenu(tr("Type Heading"));
    type->setObjectName(QStringLiteral("typeHeadingMenu"));
    type->setEnabled(m_dialogs != nullptr);
    const std::pair<CorrectionKind, const char *> typeKinds[]{
        {CorrectionKind::Kicker, QT_TR_NOOP("Kicker…")},
        {CorrectionKind::Headline, QT_TR_NOOP("Headline…")},
        {CorrectionKind::Subheadline, QT_TR_NOOP("Subheadline…")}};
    for (const auto &[kind, label] : typeKinds) {
        QAction *typeIt = type->addAction(tr(label));
        connect(typeIt, &QAction::triggered, this, [this, kind] { askHeading(int(kind)); });
    }
    QAction *byline = correct->addAction(tr("Edit Byline…"));
    byline->setObjectName(QStringLiteral("editBylineAction"));
    byline->setEnabled(m_dialogs != nullptr);
    connect(byline, &QAction::triggered, this, &CorrectionsController::askByline);
    QAction *toPrevious = correct->addAction(tr("Move Paragraph to Previous Article"));
    toPrevious->setObjectName(QStringLiteral("moveToPreviousAction"));
    toPrevious->setEnabled(onParagraph);
    connect(toPrevious, &QAction::triggered, this,
            [this, paragraphOffset] { moveParagraph(paragraphOffset, true); });
    QAction *toNext = correct->addAction(tr("Move Paragraph to Next Article"));
    toNext->setObjectName(QStringLiteral("moveToNextAction"));
    toNext->setEnabled(onParagraph);
    connect(toNext, &QAction::triggered, this,
            [this, paragraphOffset] { moveParagraph(paragraphOffset, false); });
    correct->addSeparator();
    QAction *hide = correct->addAction(tr("Not an Article"));
    hide->setObjectName(QStringLiteral("notArticleAction"));
    hide->setToolTip(tr("An advertisement or page furniture: hidden from contents and search, not deleted"));
    connect(hide, &QAction::triggered, this, &CorrectionsController::markNotArticle);
}

} // namespace kanbao
