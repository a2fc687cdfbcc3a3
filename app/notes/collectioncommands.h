#pragma once

#include "notes/notescommands.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <memory>

namespace kanbao {

class NotesStore;

// Undoable edits of collections (library/searchlists.h), on the notes' undo stack: a collection is
// something the researcher keeps, like a tag, and Edit ▸ Undo should bring back one deleted by mistake.
// Each edit writes to the library at once through Collections on the store's connection; the store must
// outlive the stack. The outcome is NotesCommandOutcome, as for the notes, so NotesEditor-style callers
// read the first run's error the same way and later failures drop the command from the stack.
class CollectionCommand : public NotesCommand
{
protected:
    CollectionCommand(NotesStore *store, std::shared_ptr<NotesCommandOutcome> outcome)
        : NotesCommand(store, QString(), std::move(outcome))
    {
    }
};

// Adds articles to the collection `name`, creating it when there is none of that name. Undo takes away
// only what this command added: the articles that were not members before, and the collection itself
// when the command created it.
class AddToCollectionCommand : public CollectionCommand
{
public:
    AddToCollectionCommand(NotesStore *store, const QString &name, const QList<qint64> &articleIds,
                           std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    QString m_name;
    QList<qint64> m_articleIds;
    QList<qint64> m_added; // not members before the first redo
    bool m_created = false;
    qint64 m_id = 0;
};

class RenameCollectionCommand : public CollectionCommand
{
public:
    RenameCollectionCommand(NotesStore *store, qint64 collectionId, const QString &oldName, const QString &newName,
                            std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    QString m_oldName, m_newName;
};

// Undo makes the collection again under its name, with the same articles (the new row has another id;
// the articles' "added" time becomes the time of the undo).
class DeleteCollectionCommand : public CollectionCommand
{
public:
    DeleteCollectionCommand(NotesStore *store, qint64 collectionId, const QString &name,
                            std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    QString m_name;
    QList<qint64> m_members;
};

} // namespace kanbao
