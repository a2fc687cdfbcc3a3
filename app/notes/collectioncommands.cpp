#include "notes/collectioncommands.h"

#include "library/searchlists.h"
#include "notes/notesstore.h"

#include <QCoreApplication>
#include <QSet>

namespace kanbao {

// --- add ---------------------------------------------------------------------------------------------

AddToCollectionCommand::AddToCollectionCommand(NotesStore *store, const QString &name,
                                               const QList<qint64> &articleIds,
                                               std::shared_ptr<NotesCommandOutcome> outcome)
    : CollectionCommand(store, std::move(outcome)), m_name(name.trimmed()), m_articleIds(articleIds)
{
    setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Add %n article(s) to “%1”"), m_name, int(articleIds.size()));
}

void AddToCollectionCommand::redo()
{
    Collections collections(m_store->database());
    std::optional<Collection> found = collections.byName(m_name);
    if (!found && !collections.error().isEmpty())
        return failed(collections.error());
    if (firstRun()) {
        // What undo takes away again: the articles that are not members yet, each once.
        m_created = !found;
        QSet<qint64> seen;
        if (found) {
            const QList<qint64> members = collections.articles(found->id);
            if (!collections.error().isEmpty())
                return failed(collections.error());
            seen = QSet<qint64>(members.cbegin(), members.cend());
        }
        for (qint64 id : m_articleIds)
            if (!seen.contains(id)) {
                seen.insert(id);
                m_added << id;
            }
    }
    if (!found) {
        if (!collections.create(m_name))
            return failed(collections.error());
        found = collections.byName(m_name);
        if (!found)
            return failed(collections.error());
    }
    m_id = found->id;
    if (!collections.add(m_id, m_added)) {
        // Nothing half-done stays behind: a collection made just now goes again.
        if (m_created)
            collections.remove(m_id);
        return failed(collections.error());
    }
    succeeded(m_id);
}

void AddToCollectionCommand::undo()
{
    Collections collections(m_store->database());
    const bool ok = m_created ? collections.remove(m_id) : collections.removeArticles(m_id, m_added);
    if (!ok)
        failed(collections.error());
}

// --- rename ------------------------------------------------------------------------------------------

RenameCollectionCommand::RenameCollectionCommand(NotesStore *store, qint64 collectionId, const QString &oldName,
                                                 const QString &newName, std::shared_ptr<NotesCommandOutcome> outcome)
    : CollectionCommand(store, std::move(outcome)), m_id(collectionId), m_oldName(oldName),
      m_newName(newName.trimmed())
{
    setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Rename collection to “%1”"), m_newName);
}

void RenameCollectionCommand::redo()
{
    Collections collections(m_store->database());
    if (!collections.rename(m_id, m_newName))
        return failed(collections.error());
    succeeded(m_id);
}

void RenameCollectionCommand::undo()
{
    Collections collections(m_store->database());
    if (!collections.rename(m_id, m_oldName))
        failed(collections.error());
}

// --- delete ------------------------------------------------------------------------------------------

DeleteCollectionCommand::DeleteCollectionCommand(NotesStore *store, qint64 collectionId, const QString &name,
                                                 std::shared_ptr<NotesCommandOutcome> outcome)
    : CollectionCommand(store, std::move(outcome)), m_id(collectionId), m_name(name)
{
    setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Delete collection “%1”"), name);
}

void DeleteCollectionCommand::redo()
{
    Collections collections(m_store->database());
    // The members as they are now (a redo after undo finds the ones restored, and any added meanwhile).
    m_members = collections.articles(m_id);
    if (!collections.error().isEmpty())
        return failed(collections.error());
    if (!collections.remove(m_id))
        return failed(collections.error());
    succeeded(m_id);
}

void DeleteCollectionCommand::undo()
{
    Collections collections(m_store->database());
    const std::optional<qint64> id = collections.create(m_name);
    if (!id)
        return failed(collections.error());
    m_id = *id;
    if (!collections.add(m_id, m_members))
        failed(collections.error());
}

} // namespace kanbao
