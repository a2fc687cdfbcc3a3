#pragma once

#include "text/anchor.h"
#include "notes/notesstore.h"

#include <QObject>
#include <QPointer>

class QUndoCommand;
class QUndoStack;

namespace kanbao {

struct NotesCommandOutcome;

// The one way views change tags and annotations: each call pushes an undoable command that writes to
// the library at once. A call that cannot be applied (a duplicate tag name, a vanished article) returns
// false / nullopt with errorString() set and leaves the undo stack as it was.
class NotesEditor : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the editor, and the store must outlive the stack's commands.
    NotesEditor(NotesStore *store, QUndoStack *stack, QObject *parent = nullptr);

    NotesStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_stack; }
    QString errorString() const { return m_error; }

    std::optional<qint64> createTag(const QString &name, const QString &color = QString());
    bool renameTag(qint64 tagId, const QString &name);
    bool recolorTag(qint64 tagId, const QString &color);
    bool deleteTag(qint64 tagId);
    bool assignTags(const QList<qint64> &articleIds, const QList<qint64> &tagIds);
    bool removeTags(const QList<qint64> &articleIds, const QList<qint64> &tagIds);

    std::optional<qint64> addHighlight(qint64 articleId, TextSpan span, const QString &color = QStringLiteral("yellow"),
                                       const QString &note = QString());
    std::optional<qint64> addArticleNote(qint64 articleId, const QString &note);
    bool editNote(qint64 annotationId, const QString &note); // highlights and article notes alike
    bool recolorHighlight(qint64 annotationId, const QString &color);
    bool deleteAnnotation(qint64 annotationId);

Q_SIGNALS:
    // An undo or redo could not be written (the library is locked or the row vanished); the command was
    // dropped from the stack.
    void editFailed(const QString &message);

private:
    std::shared_ptr<NotesCommandOutcome> newOutcome();
    std::optional<qint64> push(QUndoCommand *command, const std::shared_ptr<NotesCommandOutcome> &outcome);

    NotesStore *m_store;
    QUndoStack *m_stack;
    QString m_error;
};

} // namespace kanbao
