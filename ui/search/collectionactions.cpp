#include "search/collectionactions.h"

#include "dialogprovider.h"
#include "library/searchlists.h"
#include "notes/collectioncommands.h"
#include "notes/notesstore.h"
#include "search/collectionmodel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace kanbao {

namespace {
const char *const LastFolderKey = "collections/exportFolder";
} // namespace

CollectionActions::CollectionActions(DialogProvider *dialogs, QWidget *window)
    : QObject(window)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_model(new CollectionModel(this))
{
}

void CollectionActions::setStore(NotesStore *store, bool readOnly)
{
    m_store = store;
    m_readOnly = readOnly;
    refresh();
}

bool CollectionActions::isReadOnly() const
{
    return m_readOnly || !m_store;
}

void CollectionActions::setUndoStack(QUndoStack *stack)
{
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    // An undo or redo of a collection edit changes the counts the sidebar shows.
    if (m_stack)
        connect(m_stack, &QUndoStack::indexChanged, this, [this] {
            refresh();
            emit changed();
        });
}

void CollectionActions::install(QMenu *editMenu, std::function<QList<qint64>()> selection)
{
    m_editMenu = editMenu->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editAddToCollectionMenu"));
    // Filled when opened: the collections and the selection are those of that moment.
    connect(m_editMenu, &QMenu::aboutToShow, this, [this, selection] {
        m_editMenu->clear();
        const QList<qint64> ids = selection ? selection() : QList<qint64>();
        if (!m_store || ids.isEmpty() || m_readOnly) {
            QAction *none = m_editMenu->addAction(m_readOnly && m_store ? tr("The library is read-only")
                                                                        : tr("Select or open an article first"));
            none->setEnabled(false);
            return;
        }
        QMenu scratch;
        fillMenu(&scratch, ids);
        if (QMenu *add = scratch.findChild<QMenu *>(QStringLiteral("addToCollectionMenu"))) {
            const QList<QAction *> actions = add->actions();
            for (QAction *action : actions) {
                add->removeAction(action);
                action->setParent(m_editMenu);
                m_editMenu->addAction(action);
            }
        }
    });
    retranslate();
}

void CollectionActions::retranslate()
{
    if (m_editMenu)
        m_editMenu->setTitle(tr("Add to Co&llection"));
    // The model's texts are made when shown; a reset makes the views ask again.
    m_model->setCollections(m_model->collections());
}

void CollectionActions::refresh()
{
    if (!m_store) {
        m_model->setCollections({});
        return;
    }
    Collections collections(m_store->database());
    m_model->setCollections(collections.list());
}

void CollectionActions::fillMenu(QMenu *menu, const QList<qint64> &articleIds)
{
    if (!m_store || articleIds.isEmpty())
        return;
    QMenu *add = menu->addMenu(tr("Add to &Collection"));
    add->setObjectName(QStringLiteral("addToCollectionMenu"));
    add->setEnabled(!m_readOnly);
    Collections collections(m_store->database());
    for (const Collection &c : collections.list()) {
        QAction *action = add->addAction(tr("%1 (%n article(s))", nullptr, c.articles).arg(c.name));
        const QString name = c.name;
        connect(action, &QAction::triggered, this,
                [this, name, articleIds] { addToCollection(name, articleIds); });
    }
    if (!add->isEmpty())
        add->addSeparator();
    QAction *fresh = add->addAction(tr("&New Collection…"));
    connect(fresh, &QAction::triggered, this, [this, articleIds] { addToNewCollection(articleIds); });
}

bool CollectionActions::push(CollectionCommand *command, const QString &title)
{
    const std::shared_ptr<NotesCommandOutcome> outcome = command->outcome();
    QPointer<CollectionActions> self(this);
    outcome->onError = [self, title](const QString &error) {
        if (self)
            self->m_dialogs->warning(self->m_window, title, error);
    };
    if (m_stack) {
        // QUndoStack::push runs redo() and drops a command that failed (it made itself obsolete).
        m_stack->push(command);
    } else {
        command->redo();
        delete command;
    }
    refresh();
    emit changed();
    if (!outcome->ok) {
        m_dialogs->warning(m_window, title, outcome->error);
        return false;
    }
    return true;
}

bool CollectionActions::addToCollection(const QString &name, const QList<qint64> &articleIds)
{
    if (!m_store || m_readOnly)
        return false;
    auto outcome = std::make_shared<NotesCommandOutcome>();
    if (!push(new AddToCollectionCommand(m_store, name, articleIds, outcome), tr("Add to Collection")))
        return false;
    emit message(tr("%n article(s) added to the collection %1", nullptr, int(articleIds.size())).arg(name.trimmed()));
    return true;
}

bool CollectionActions::addToNewCollection(const QList<qint64> &articleIds)
{
    const QString name =
        m_dialogs->getText(m_window, tr("New Collection"), tr("Name of the collection:")).trimmed();
    if (name.isEmpty())
        return false;
    return addToCollection(name, articleIds);
}

QString CollectionActions::nameOf(qint64 collectionId) const
{
    for (const Collection &c : m_model->collections())
        if (c.id == collectionId)
            return c.name;
    return {};
}

bool CollectionActions::renameCollection(qint64 collectionId)
{
    if (!m_store || m_readOnly)
        return false;
    const QString old = nameOf(collectionId);
    if (old.isEmpty())
        return false;
    const QString name =
        m_dialogs->getText(m_window, tr("Rename Collection"), tr("New name of the collection:"), old).trimmed();
    if (name.isEmpty() || name == old)
        return false;
    auto outcome = std::make_shared<NotesCommandOutcome>();
    return push(new RenameCollectionCommand(m_store, collectionId, old, name, outcome), tr("Rename Collection"));
}

bool CollectionActions::deleteCollection(qint64 collectionId)
{
    if (!m_store || m_readOnly)
        return false;
    const QString name = nameOf(collectionId);
    if (name.isEmpty())
        return false;
    int count = 0;
    for (const Collection &c : m_model->collections())
        if (c.id == collectionId)
            count = c.articles;
    // The articles stay in the library; only the set goes, and Edit ▸ Undo brings it back.
    if (m_dialogs->question(m_window, tr("Delete Collection"),
                            tr("Delete the collection “%1” (%n article(s))? The articles stay in the library; "
                               "Edit ▸ Undo brings the collection back.",
                               nullptr, count)
                                .arg(name),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    auto outcome = std::make_shared<NotesCommandOutcome>();
    if (!push(new DeleteCollectionCommand(m_store, collectionId, name, outcome), tr("Delete Collection")))
        return false;
    emit message(tr("Collection %1 deleted").arg(name));
    return true;
}

QList<qint64> CollectionActions::articles(qint64 collectionId)
{
    if (!m_store)
        return {};
    Collections collections(m_store->database());
    return collections.articles(collectionId);
}

QString CollectionActions::queryFor(const QString &name)
{
    // The query language has no escape inside quotes: a name with a straight quote goes in corner brackets,
    // which the parser also takes as quotes.
    if (name.contains(QLatin1Char('"')))
        return QStringLiteral("collection:\u300C%1\u300D").arg(name);
    return QStringLiteral("collection:\"%1\"").arg(name);
}

bool CollectionActions::exportText(qint64 collectionId)
{
    if (!m_store)
        return false;
    const QString name = nameOf(collectionId);
    const QList<qint64> ids = articles(collectionId);
    if (ids.isEmpty()) {
        emit message(tr("The collection %1 has no articles to export.").arg(name));
        return false;
    }
    QSettings settings;
    const QString folder = settings
                               .value(QLatin1String(LastFolderKey),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    QString path = m_dialogs->getSaveFileName(
        m_window, tr("Export %n Article(s) as Full Text", nullptr, int(ids.size())),
        QDir(folder).filePath(name + QStringLiteral(".csv")), tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool jsonLines = suffix == QLatin1String("jsonl");
    if (!jsonLines && suffix != QLatin1String("csv"))
        path += QStringLiteral(".csv");
    QSaveFile file(path);
    QString error;
    QSqlDatabase db = m_store->database();
    if (!file.open(QIODevice::WriteOnly) ||
        !exportArticleTexts(db, ids, jsonLines ? TextExportFormat::JsonLines : TextExportFormat::Csv, &file,
                            &error) ||
        !file.commit()) {
        m_dialogs->warning(m_window, tr("Export Full Text"),
                           tr("%1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error));
        return false;
    }
    settings.setValue(QLatin1String(LastFolderKey), QFileInfo(path).absolutePath());
    emit message(tr("%n article(s) exported to %1", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace kanbao
