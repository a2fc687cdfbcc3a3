#pragma once

#include "notes/notesstore.h"

#include <QUndoCommand>

class QUndoStack;

#include <functional>
#include <memory>

namespace kanbao {

// What became of a command's first redo (the push): the edit itself. Later undo/redo failures (a
// locked or vanished library) go to `onError` and drop the command from the stack, since it can no
// longer be replayed faithfully.
struct NotesCommandOutcome
{
    bool ok = true;
    QString error;
    qint64 id = 0; // the tag or annotation the command created or acted on
    std::function<void(const QString &)> onError;
};

// What every library-writing command does when the store refuses a run: the first run's refusal goes into
// the outcome, a later one (an undo or a replay) to onError; the command turns obsolete either way,
// because a command that could not be applied cannot stay on the stack without desynchronising it from
// the library. Counts the run.
void commandFailed(QUndoCommand *command, NotesCommandOutcome &outcome, int &runs, const QString &error);

// Base of the tag and annotation edits. Each one writes to the library at once through NotesStore; the
// store must outlive the undo stack holding the commands.
class NotesCommand : public QUndoCommand
{
public:
    std::shared_ptr<NotesCommandOutcome> outcome() const { return m_outcome; }
    // Sets the text again in the current UI language: an undo step made in English reads Chinese after a
    // switch to Chinese.
    void retranslate();

protected:
    // The untranslated text (context "kanbao::notes", marked with QT_TRANSLATE_NOOP), its %1 and its %n.
    void setSourceText(const char *source, const QString &argument = QString(), int count = -1);
    NotesCommand(NotesStore *store, const QString &text, std::shared_ptr<NotesCommandOutcome> outcome);
    // Records the store's error (or `error`, for edits made through another store on the same
    // connection); on the first redo this keeps the command off the stack.
    void failed();
    void failed(const QString &error);
    void succeeded(qint64 id);
    bool firstRun() const { return m_runs == 0; }
    void countRun() { ++m_runs; }

    NotesStore *m_store;

private:
    std::shared_ptr<NotesCommandOutcome> m_outcome;
    int m_runs = 0;
    const char *m_sourceText = nullptr;
    QString m_textArgument;
    int m_textCount = -1;
};

// Retranslates every NotesCommand on `stack` (macros' children too); call on QEvent::LanguageChange before
// reading undoText(). A macro's own text follows too when the macro was begun with beginNotesMacro().
void retranslateNotesCommands(QUndoStack *stack);

// QUndoStack::beginMacro with `source` (context "kanbao::notes", marked with QT_TRANSLATE_NOOP) in the
// current UI language; retranslateNotesCommands() sets the macro's text again after a language switch.
void beginNotesMacro(QUndoStack *stack, const char *source);

class CreateTagCommand : public NotesCommand
{
public:
    CreateTagCommand(NotesStore *store, const QString &name, const QString &color,
                     std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    QString m_name;
    QString m_color;
    qint64 m_id = 0;
    std::optional<NotesStore::DeletedTag> m_undone; // what undo took away, assignments made meanwhile too
};

class RenameTagCommand : public NotesCommand
{
public:
    RenameTagCommand(NotesStore *store, qint64 tagId, const QString &name,
                     std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    QString m_newName;
    QString m_oldName;
};

class RecolorTagCommand : public NotesCommand
{
public:
    RecolorTagCommand(NotesStore *store, qint64 tagId, const QString &color,
                      std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    QString m_newColor;
    QString m_oldColor;
};

// Undo restores the tag and every assignment it had.
class DeleteTagCommand : public NotesCommand
{
public:
    DeleteTagCommand(NotesStore *store, qint64 tagId, std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    std::optional<NotesStore::DeletedTag> m_deleted;
};

// Adds (or removes) tags on one or many articles. Undo touches only the pairs this command changed: a
// tag the article already had stays when an "assign" is undone.
class AssignTagsCommand : public NotesCommand
{
public:
    enum class Mode { Assign, Remove };
    AssignTagsCommand(NotesStore *store, Mode mode, const QList<qint64> &articleIds, const QList<qint64> &tagIds,
                      std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    Mode m_mode;
    QList<qint64> m_articleIds;
    QList<qint64> m_tagIds;
    QList<NotesStore::Assignment> m_changed;
};

// Adds a highlight or an article-level note built by NotesStore::makeHighlight/makeArticleNote.
class AddAnnotationCommand : public NotesCommand
{
public:
    AddAnnotationCommand(NotesStore *store, const Annotation &annotation,
                         std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    Annotation m_annotation;
};

// Changes the note or the color of an annotation. Successive note edits of the same annotation merge
// into one undo step, so typing in a note field is undone as a whole.
class ChangeAnnotationCommand : public NotesCommand
{
public:
    enum class Field { Note, Color };
    ChangeAnnotationCommand(NotesStore *store, qint64 annotationId, Field field, const QString &value,
                            std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QString &value, const QDateTime &modifiedAt);

    qint64 m_id;
    Field m_field;
    QString m_newValue;
    QString m_oldValue;
    QDateTime m_oldModified;
};

// Undo puts the annotation back with its id when that id is still free.
class DeleteAnnotationCommand : public NotesCommand
{
public:
    DeleteAnnotationCommand(NotesStore *store, qint64 annotationId, std::shared_ptr<NotesCommandOutcome> outcome = {});
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    std::optional<Annotation> m_deleted;
};

} // namespace kanbao
