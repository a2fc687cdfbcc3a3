#include "notes/noteseditor.h"

#include "notes/notescommands.h"

#include <QUndoStack>

namespace kanbao {

NotesEditor::NotesEditor(NotesStore *store, QUndoStack *stack, QObject *parent)
    : QObject(parent), m_store(store), m_stack(stack)
{
}

std::shared_ptr<NotesCommandOutcome> NotesEditor::newOutcome()
{
    auto outcome = std::make_shared<NotesCommandOutcome>();
    QPointer<NotesEditor> self(this);
    outcome->onError = [self](const QString &message) {
        if (self)
            Q_EMIT self->editFailed(message);
    };
    return outcome;
}

std::optional<qint64> NotesEditor::push(QUndoCommand *command, const std::shared_ptr<NotesCommandOutcome> &outcome)
{
    // QUndoStack::push runs redo() and deletes the command instead of keeping it when it made itself
    // obsolete, which is how a failed edit stays off the stack.
    m_stack->push(command);
    if (!outcome->ok) {
        m_error = outcome->error;
        return std::nullopt;
    }
    m_error.clear();
    return outcome->id;
}

std::optional<qint64> NotesEditor::createTag(const QString &name, const QString &color)
{
    auto outcome = newOutcome();
    return push(new CreateTagCommand(m_store, name, color, outcome), outcome);
}

bool NotesEditor::renameTag(qint64 tagId, const QString &name)
{
    auto outcome = newOutcome();
    return push(new RenameTagCommand(m_store, tagId, name, outcome), outcome).has_value();
}

bool NotesEditor::recolorTag(qint64 tagId, const QString &color)
{
    auto outcome = newOutcome();
    return push(new RecolorTagCommand(m_store, tagId, color, outcome), outcome).has_value();
}

bool NotesEditor::deleteTag(qint64 tagId)
{
    auto outcome = newOutcome();
    return push(new DeleteTagCommand(m_store, tagId, outcome), outcome).has_value();
}

bool NotesEditor::assignTags(const QList<qint64> &articleIds, const QList<qint64> &tagIds)
{
    auto outcome = newOutcome();
    return push(new AssignTagsCommand(m_store, AssignTagsCommand::Mode::Assign, articleIds, tagIds, outcome), outcome)
        .has_value();
}

bool NotesEditor::removeTags(const QList<qint64> &articleIds, const QList<qint64> &tagIds)
{
    auto outcome = newOutcome();
    return push(new AssignTagsCommand(m_store, AssignTagsCommand::Mode::Remove, articleIds, tagIds, outcome), outcome)
        .has_value();
}

std::optional<qint64> NotesEditor::addHighlight(qint64 articleId, TextSpan span, const QString &color,
                                                const QString &note)
{
    const std::optional<Annotation> a = m_store->makeHighlight(articleId, span, color, note);
    if (!a) {
        m_error = m_store->errorString();
        return std::nullopt;
    }
    auto outcome = newOutcome();
    return push(new AddAnnotationCommand(m_store, *a, outcome), outcome);
}

std::optional<qint64> NotesEditor::addArticleNote(qint64 articleId, const QString &note)
{
    const std::optional<Annotation> a = m_store->makeArticleNote(articleId, note);
    if (!a) {
        m_error = m_store->errorString();
        return std::nullopt;
    }
    auto outcome = newOutcome();
    return push(new AddAnnotationCommand(m_store, *a, outcome), outcome);
}

bool NotesEditor::editNote(qint64 annotationId, const QString &note)
{
    auto outcome = newOutcome();
    return push(new ChangeAnnotationCommand(m_store, annotationId, ChangeAnnotationCommand::Field::Note, note, outcome),
                outcome)
        .has_value();
}

bool NotesEditor::recolorHighlight(qint64 annotationId, const QString &color)
{
    auto outcome = newOutcome();
    return push(new ChangeAnnotationCommand(m_store, annotationId, ChangeAnnotationCommand::Field::Color, color,
                                            outcome),
                outcome)
        .has_value();
}

bool NotesEditor::deleteAnnotation(qint64 annotationId)
{
    auto outcome = newOutcome();
    return push(new DeleteAnnotationCommand(m_store, annotationId, outcome), outcome).has_value();
}

} // namespace kanbao
