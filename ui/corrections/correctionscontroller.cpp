#include "corrections/correctionscontroller.h"

#include "articleview.h"
#include "library/corrections.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "notes/articlehighlighter.h"
#include "notes/correctioncommands.h"
#include "notes/notescontroller.h"
#include "notes/notesstore.h"

#include <QAction>
#include <QCursor>
#include <QDockWidget>
#include <QEvent>
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
        const QUndoCommand *done = stack->command(index > m_stackIndex ? index - 1 : index);
        m_stackIndex = index;
        const auto &shown = m_view->article();
        if (shown && dynamic_cast<const CorrectionCommand *>(done))
            Q_EMIT pageCorrected(shown->id);
    });
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
    m_sourceDock->setWindowTitle(tr("Source"));
}

bool CorrectionsController::ensureLibrary()
{
    const NotesStore *notes = m_notes->store();
    if (!notes) {
        m_store.reset();
        m_library.reset();
        return false;
    }
    const QString path = notes->database().databaseName();
    if (m_library && m_library->isOpen() && m_library->path() == path)
        return true;
    m_store.reset();
    m_library = std::make_unique<Library>();
    LibraryOpenOptions options;
    options.create = false;
    options.readOnlyWhenNotWritable = true;
    if (!m_library->open(path, options)) {
        Q_EMIT message(m_library->errorString());
        m_library.reset();
        return false;
    }
    m_store = std::make_unique<CorrectionsStore>(*m_library);
    return true;
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
    if (!shown || !ensureLibrary())
        return false;
    const std::optional<qint64> pageId = m_store->pageOfArticle(shown->id);
    if (!pageId)
        return false;
    const QString text = LibraryStore(*m_library).pageText(*pageId);
    m_sourceText->setPlainText(text);
    const QList<int> lines = articleLines(text, shown->headline, shown->body);
    QList<QTextEdit::ExtraSelection> marks;
    const QColor mark = m_sourceText->palette().color(QPalette::Highlight).lighter(170);
    for (const int line : lines) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_sourceText->document()->findBlockByNumber(line));
        selection.format.setBackground(mark);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(selection);
    }
    m_sourceText->setExtraSelections(marks);
    if (!m_sourceDock->isVisible()) {
        // Beside the article at full height: a tab over the dock at the window's right, when there is one.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock != m_sourceDock && dock->isVisible() && !dock->isFloating() &&
                m_window->dockWidgetArea(dock) == Qt::RightDockWidgetArea) {
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
    QAction *merge = menu->addAction(tr("Merge with Next Article"));
    merge->setObjectName(QStringLiteral("mergeArticleAction"));
    connect(merge, &QAction::triggered, this, &CorrectionsController::mergeWithNext);
    QAction *hide = menu->addAction(tr("Not an Article"));
    hide->setObjectName(QStringLiteral("notArticleAction"));
    hide->setToolTip(tr("An advertisement or page furniture: hidden from contents and search, not deleted"));
    connect(hide, &QAction::triggered, this, &CorrectionsController::markNotArticle);
}

} // namespace kanbao
