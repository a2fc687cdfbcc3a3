#include "citationcontroller.h"

#include "dialogprovider.h"
#include "libraryreader.h"
#include "notes/notesstore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace kanbao {

namespace {

constexpr const char *LastFolderKey = "citation/exportFolder";

std::optional<CitationStyle> styleForSuffix(const QString &suffix)
{
    for (const CitationStyle style : citationStyles()) {
        if (isReferenceFileStyle(style) &&
            citationFileSuffix(style).compare(suffix, Qt::CaseInsensitive) == 0)
            return style;
    }
    return std::nullopt;
}

} // namespace

CitationController::CitationController(DialogProvider *dialogs, QWidget *window)
    : QObject(window)
    , m_dialogs(dialogs)
    , m_window(window)
{
    m_copy = new QAction(this);
    m_copy->setObjectName(QStringLiteral("copyReferenceAction"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(m_copy, &QAction::triggered, this,
            [this] { copyCitation(m_selection ? m_selection() : QList<qint64>()); });
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportReferencesAction"));
    connect(m_export, &QAction::triggered, this,
            [this] { exportReferences(m_selection ? m_selection() : QList<qint64>()); });
    m_exportResults = new QAction(this);
    m_exportResults->setObjectName(QStringLiteral("exportResultReferencesAction"));
    connect(m_exportResults, &QAction::triggered, this,
            [this] { exportReferences(m_results ? m_results() : QList<qint64>()); });

    m_styleMenu = new QMenu(window);
    m_styleMenu->setObjectName(QStringLiteral("citationStyleMenu"));
    m_styleGroup = new QActionGroup(this);
    m_styleGroup->setExclusive(true);
    const CitationStyle chosen = chosenStyle();
    for (const CitationStyle style : citationStyles()) {
        if (isReferenceFileStyle(style))
            continue; // files are chosen when exporting; a citation to paste is text
        QAction *action = m_styleMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(style == chosen);
        action->setData(citationStyleName(style));
        m_styleGroup->addAction(action);
        connect(action, &QAction::triggered, this, [style] { setChosenStyle(style); });
    }
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

void CitationController::install(QMenu *fileMenu, QMenu *editMenu, QAction *editAfter, QAction *fileBefore)
{
    if (editMenu) {
        const QList<QAction *> actions = editMenu->actions();
        const qsizetype at = actions.indexOf(editAfter);
        QAction *before = at >= 0 ? actions.value(at + 1) : nullptr;
        editMenu->insertAction(before, m_copy);
        editMenu->insertMenu(before, m_styleMenu);
    }
    if (fileMenu) {
        fileMenu->insertAction(fileBefore, m_export);
        fileMenu->insertAction(fileBefore, m_exportResults);
        if (fileBefore)
            fileMenu->insertSeparator(fileBefore);
    }
}

void CitationController::setStore(NotesStore *store)
{
    m_store = store;
    updateActions();
}

void CitationController::setSelection(std::function<QList<qint64>()> selection)
{
    m_selection = std::move(selection);
}

void CitationController::setSearchResults(std::function<QList<qint64>()> results)
{
    m_results = std::move(results);
}

void CitationController::addContextMenu(QAbstractItemView *view, int idRole)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, idRole](const QPoint &pos) {
        const QModelIndex under = view->indexAt(pos);
        if (!under.isValid() || !m_store)
            return;
        // The rows selected, or the one under the pointer when it is not among them.
        QList<qint64> ids;
        if (view->selectionModel() && view->selectionModel()->isSelected(under)) {
            for (const QModelIndex &index : view->selectionModel()->selectedIndexes()) {
                const qint64 id = index.data(idRole).toLongLong();
                if (id && !ids.contains(id))
                    ids << id;
            }
        } else if (const qint64 id = under.data(idRole).toLongLong()) {
            ids << id;
        }
        if (ids.isEmpty())
            return;
        auto *menu = new QMenu(view);
        menu->setObjectName(QStringLiteral("articleListContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        QAction *copy = menu->addAction(tr("Copy Citation (%1)").arg(citationStyleLabel(chosenStyle())));
        connect(copy, &QAction::triggered, this, [this, ids] { copyCitation(ids); });
        QAction *exportIt = menu->addAction(tr("Export %n Reference(s)…", nullptr, int(ids.size())));
        connect(exportIt, &QAction::triggered, this, [this, ids] { exportReferences(ids); });
        menu->addMenu(m_styleMenu);
        emit articleMenuAboutToShow(menu, ids);
        menu->popup(view->viewport()->mapToGlobal(pos));
    });
}

void CitationController::fillContextMenu(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_copy);
    menu->addMenu(m_styleMenu);
}

CitationStyle CitationController::chosenStyle()
{
    const std::optional<CitationStyle> style =
        citationStyleFromName(QSettings().value(QLatin1String(StyleKey)).toString());
    return style && !isReferenceFileStyle(*style) ? *style : CitationStyle::GbT7714;
}

void CitationController::setChosenStyle(CitationStyle style)
{
    QSettings().setValue(QLatin1String(StyleKey), citationStyleName(style));
}

ArticleCitation CitationController::citationOf(const ArticleDetail &article)
{
    ArticleCitation c;
    c.articleId = article.id;
    c.paper = article.paper;
    c.date = article.date;
    c.edition = article.edition;
    c.pageLabel = article.pageLabel;
    c.section = article.section;
    c.kicker = article.kicker;
    c.headline = article.headline;
    c.subheadline = article.subheadline;
    c.reporters = article.reporters;
    c.correspondents = article.correspondents;
    c.authors = article.authors;
    c.photographers = article.photographers;
    return c;
}

QList<ArticleCitation> CitationController::citations(const QList<qint64> &articleIds, QString *error) const
{
    QList<ArticleCitation> list;
    if (!m_store) {
        *error = tr("No library is open.");
        return list;
    }
    for (const qint64 id : articleIds) {
        if (const std::optional<ArticleCitation> c = m_store->citation(id)) {
            list << *c;
        } else {
            *error = m_store->errorString().isEmpty() ? tr("Article %1 is no longer in the library.").arg(id)
                                                      : m_store->errorString();
            return {};
        }
    }
    return list;
}

QString CitationController::citationText(const QList<qint64> &articleIds) const
{
    QString error;
    const QList<ArticleCitation> list = citations(articleIds, &error);
    return list.isEmpty() ? QString() : formatReferences(list, chosenStyle()).trimmed();
}

bool CitationController::copyCitation(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty()) {
        emit message(tr("Open or select an article to cite it."));
        return false;
    }
    QString error;
    const QList<ArticleCitation> list = citations(articleIds, &error);
    if (list.isEmpty()) {
        m_dialogs->warning(m_window, tr("Copy Citation"), error);
        return false;
    }
    QApplication::clipboard()->setText(formatReferences(list, chosenStyle()).trimmed());
    emit message(
        tr("%n citation(s) copied (%1)", nullptr, int(list.size())).arg(citationStyleLabel(chosenStyle())));
    return true;
}

bool CitationController::exportReferences(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty()) {
        emit message(tr("There are no articles to export: select some, or search."));
        return false;
    }
    QString error;
    const QList<ArticleCitation> list = citations(articleIds, &error);
    if (list.isEmpty()) {
        m_dialogs->warning(m_window, tr("Export References"), error);
        return false;
    }
    QSettings settings;
    const QString folder = settings
                               .value(QLatin1String(LastFolderKey),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString filter = tr("RIS (*.ris);;BibTeX (*.bib);;CSL-JSON (*.json)");
    QString path =
        m_dialogs->getSaveFileName(m_window, tr("Export %n Reference(s)", nullptr, int(list.size())),
                                   QDir(folder).filePath(QStringLiteral("references.ris")), filter);
    if (path.isEmpty())
        return false;
    std::optional<CitationStyle> style = styleForSuffix(QFileInfo(path).suffix());
    if (!style) {
        style = CitationStyle::Ris;
        path += QStringLiteral(".ris");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(formatReferences(list, *style).toUtf8()) < 0 ||
        !file.commit()) {
        m_dialogs->warning(
            m_window, tr("Export References"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    settings.setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    emit message(tr("%n reference(s) exported as %1 to %2", nullptr, int(list.size()))
                     .arg(citationStyleLabel(*style), QDir::toNativeSeparators(path)));
    return true;
}

bool CitationController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CitationController::retranslate()
{
    m_copy->setText(tr("Copy C&itation"));
    m_copy->setToolTip(
        tr("Copy the reference of the selected or open articles in the chosen citation style"));
    m_export->setText(tr("Export &References…"));
    m_export->setToolTip(
        tr("Export the references of the selected or open articles as RIS, BibTeX or CSL-JSON"));
    m_exportResults->setText(tr("Export Search Results as Re&ferences…"));
    m_styleMenu->setTitle(tr("Citation &Style"));
    for (QAction *action : m_styleGroup->actions()) {
        if (const std::optional<CitationStyle> style = citationStyleFromName(action->data().toString()))
            action->setText(*style == CitationStyle::GbT7714 ? tr("GB/T 7714-2015 (Chinese)")
                                                             : tr("Chicago (English)"));
    }
}

void CitationController::updateActions()
{
    const bool open = m_store != nullptr;
    m_copy->setEnabled(open);
    m_export->setEnabled(open);
    m_exportResults->setEnabled(open);
}

} // namespace kanbao
