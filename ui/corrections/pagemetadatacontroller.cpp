#include "corrections/pagemetadatacontroller.h"

#include "corrections/correctionslibrary.h"
#include "articleview.h"
#include "corrections/pagemetadatadialog.h"
#include "library/library.h"
#include "notes/articlehighlighter.h"
#include "notes/notescontroller.h"
#include "notes/notesstore.h"
#include "notes/pagecorrectionscommand.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>

namespace kanbao {

PageMetadataController::PageMetadataController(ArticleView *view, NotesController *notes, QMainWindow *window)
    : QObject(window)
    , m_view(view)
    , m_notes(notes)
    , m_window(window)
{
    m_edit = new QAction(this);
    m_edit->setObjectName(QStringLiteral("pageMetadataAction"));
    connect(m_edit, &QAction::triggered, this, [this] { editMetadata(0, true); });
    m_confirm = new QAction(this);
    m_confirm->setObjectName(QStringLiteral("confirmDateAction"));
    connect(m_confirm, &QAction::triggered, this, &PageMetadataController::confirmDate);

    connect(m_notes->highlighter(), &ArticleHighlighter::contextMenuAboutToShow, this, [this](QMenu *menu, qint64) {
        if (!m_view->article())
            return;
        updateActions();
        menu->addSeparator();
        menu->addAction(m_edit);
        if (m_confirm->isEnabled())
            menu->addAction(m_confirm);
    });
    // Undo and redo of a bulk edit move pages under the calendar and the pane.
    connect(m_notes->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        const QUndoStack *stack = m_notes->undoStack();
        const QUndoCommand *done = stack->command(index > m_stackIndex ? index - 1 : index);
        m_stackIndex = index;
        if (dynamic_cast<const PageCorrectionsCommand *>(done))
            Q_EMIT pagesCorrected();
    });
    window->installEventFilter(this);
    retranslate();
}

PageMetadataController::~PageMetadataController() = default;

bool PageMetadataController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PageMetadataController::install(QMenu *editMenu)
{
    editMenu->addSeparator();
    editMenu->addAction(m_edit);
    editMenu->addAction(m_confirm);
    connect(editMenu, &QMenu::aboutToShow, this, &PageMetadataController::updateActions);
}

void PageMetadataController::retranslate()
{
    m_edit->setText(tr("Page &Metadata…"));
    m_edit->setToolTip(tr("Correct the paper, date, page label or section of this page, its issue, or every page "
                          "of its folder, its paper or an import at once"));
    m_confirm->setText(tr("Con&firm Date"));
    m_confirm->setToolTip(tr("The date guessed at import is right: it is no longer shown as guessed"));
}

void PageMetadataController::updateActions()
{
    const auto &shown = m_view->article();
    m_edit->setEnabled(shown.has_value());
    m_confirm->setEnabled(shown && shown->dateGuessed);
}

bool PageMetadataController::ensureLibrary()
{
    QString error;
    if (ensureCorrectionsLibrary(m_notes->store(), m_library, m_store, &error))
        return true;
    if (!error.isEmpty())
        Q_EMIT message(error);
    return false;
}

bool PageMetadataController::editMetadata(int scope, bool modal)
{
    const auto &shown = m_view->article();
    if (!shown || !ensureLibrary())
        return false;
    const qint64 pageId = shown->pageId;
    QList<PageScope> scopes;
    const QString folder = QFileInfo(shown->sourcePath).absolutePath();
    const std::optional<QList<PageState>> inFolder = m_store->pagesUnder(folder);
    const std::optional<QList<PageState>> inIssue = m_store->pagesOfIssue(shown->issueId);
    const std::optional<QList<PageState>> ofPaper = m_store->pagesOfPaper(shown->paper);
    if (!inFolder || !inIssue || !ofPaper) {
        Q_EMIT message(m_store->errorString());
        return false;
    }
    PageScope page{tr("This page"), {}, folder};
    for (const PageState &p : *inFolder) {
        if (p.pageId == pageId)
            page.pages.append(p);
    }
    if (page.pages.isEmpty()) {
        for (const PageState &p : *inIssue) {
            if (p.pageId == pageId)
                page.pages.append(p);
        }
    }
    scopes << page;
    scopes << PageScope{tr("The pages of this issue (%n)", nullptr, int(inIssue->size())), *inIssue, folder};
    scopes << PageScope{tr("Every page of the folder %1 (%n)", nullptr, int(inFolder->size()))
                            .arg(QDir::toNativeSeparators(folder)),
                        *inFolder, folder};
    // All of a paper's pages: renaming it.
    scopes << PageScope{tr("Every page of the paper %1 (%n)", nullptr, int(ofPaper->size())).arg(shown->paper),
                        *ofPaper, QString()};
    // Every page of one import: the one this page came from first, then the others, newest first.
    const std::optional<QList<ImportRecord>> imports = m_store->imports();
    if (!imports) {
        Q_EMIT message(m_store->errorString());
        return false;
    }
    QList<PageScope> importScopes;
    for (auto it = imports->crbegin(); it != imports->crend(); ++it) {
        const std::optional<QList<PageState>> pages = m_store->pagesOfImport(it->id);
        if (!pages) {
            Q_EMIT message(m_store->errorString());
            return false;
        }
        if (pages->isEmpty())
            continue; // every page of it imported again since
        QStringList sources;
        for (const QString &source : it->sources)
            sources.append(QDir::toNativeSeparators(source));
        QString given = sources.join(QStringLiteral(", "));
        constexpr int GivenLength = 60; // the chooser stays narrower than the dialog
        if (given.size() > GivenLength)
            given = given.left(GivenLength - 1) + QChar(0x2026);
        PageScope scope{tr("Every page of import #%1 (%2) from %3 (%n)", nullptr, int(pages->size()))
                            .arg(it->id)
                            .arg(QLocale().toString(it->startedAt.toLocalTime(), QLocale::ShortFormat), given),
                        *pages, QString()};
        const bool own = std::any_of(pages->cbegin(), pages->cend(),
                                     [pageId](const PageState &p) { return p.pageId == pageId; });
        if (own)
            importScopes.prepend(scope);
        else
            importScopes.append(scope);
    }
    scopes += importScopes;
    delete m_dialog;
    m_dialog = new PageMetadataDialog(scopes, m_store->paperNames(), m_window);
    m_dialog->setScope(std::clamp(scope, 0, int(scopes.size()) - 1));
    connect(m_dialog, &QDialog::accepted, this, &PageMetadataController::applyDialog);
    if (!modal) {
        m_dialog->show();
        return true;
    }
    m_dialog->exec();
    delete m_dialog;
    m_dialog = nullptr;
    return true;
}

bool PageMetadataController::applyDialog()
{
    if (!m_dialog)
        return false;
    return push(m_dialog->selectedPages(), m_dialog->edits());
}

bool PageMetadataController::confirmDate()
{
    const auto &shown = m_view->article();
    if (!shown)
        return false;
    if (!shown->dateGuessed) {
        Q_EMIT message(tr("The date of this page was not guessed: there is nothing to confirm."));
        return false;
    }
    return push({shown->pageId}, {PageEdit{CorrectionKind::Date, QString()}});
}

bool PageMetadataController::push(const QList<qint64> &pages, const QList<PageEdit> &edits)
{
    if (pages.isEmpty() || edits.isEmpty() || !ensureLibrary())
        return false;
    auto *command = new PageCorrectionsCommand(m_store.get(), pages, edits);
    const auto outcome = command->outcome();
    outcome->onError = [this](const QString &error) { Q_EMIT message(error); };
    m_notes->undoStack()->push(command);
    if (!outcome->ok) {
        Q_EMIT message(outcome->error);
        return false;
    }
    Q_EMIT message(tr("%n page(s) corrected; Edit ▸ Undo takes it back.", nullptr, int(pages.size())));
    return true;
}

} // namespace kanbao
