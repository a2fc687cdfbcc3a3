#include "notes/notescommands.h"

#include "notes/correctioncommands.h"
#include "notes/pagecorrectionscommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoStack>

#include <functional>

namespace kanbao {

namespace {

// Command ids for QUndoCommand::mergeWith; any value unique among mergeable commands.
constexpr int ChangeNoteMergeId = 0x4b4e01;

// A macro is a plain QUndoCommand that cannot carry its untranslated text: every text a notes macro was
// ever given, in any language, maps back to its source. GUI thread only, like the undo stack.
QHash<QString, const char *> &macroSources()
{
    static QHash<QString, const char *> sources;
    return sources;
}

QString notesTranslation(const char *source)
{
    return QCoreApplication::translate("kanbao::notes", source);
}

} // namespace

NotesCommand::NotesCommand(NotesStore *store, const QString &text, std::shared_ptr<NotesCommandOutcome> outcome)
    : QUndoCommand(text), m_store(store), m_outcome(outcome ? std::move(outcome) : std::make_shared<NotesCommandOutcome>())
{
}

void NotesCommand::setSourceText(const char *source, const QString &argument, int count)
{
    m_sourceText = source;
    m_textArgument = argument;
    m_textCount = count;
    retranslate();
}

void NotesCommand::retranslate()
{
    if (!m_sourceText)
        return;
    QString text = QCoreApplication::translate("kanbao::notes", m_sourceText, nullptr, m_textCount);
    if (!m_textArgument.isNull())
        text = text.arg(m_textArgument);
    setText(text);
}

void retranslateNotesCommands(QUndoStack *stack)
{
    if (!stack)
        return;
    // QUndoStack hands out its commands const only; their texts are presentation, not undo state.
    std::function<void(QUndoCommand *)> visit = [&visit](QUndoCommand *command) {
        if (auto *notes = dynamic_cast<NotesCommand *>(command)) {
            notes->retranslate();
        } else if (auto *correction = dynamic_cast<CorrectionCommand *>(command)) {
            correction->retranslate();
        } else if (auto *pages = dynamic_cast<PageCorrectionsCommand *>(command)) {
            pages->retranslate();
        } else if (command->childCount() > 0) {
            if (const char *source = macroSources().value(command->text())) {
                const QString text = notesTranslation(source);
                macroSources().insert(text, source);
                command->setText(text);
            }
        }
        for (int i = 0; i < command->childCount(); ++i)
            visit(const_cast<QUndoCommand *>(command->child(i)));
    };
    for (int i = 0; i < stack->count(); ++i)
        visit(const_cast<QUndoCommand *>(stack->command(i)));
}

void beginNotesMacro(QUndoStack *stack, const char *source)
{
    const QString text = notesTranslation(source);
    macroSources().insert(text, source);
    stack->beginMacro(text);
}

void commandFailed(QUndoCommand *command, NotesCommandOutcome &outcome, int &runs, const QString &error)
{
    if (runs == 0) {
        outcome.ok = false;
        outcome.error = error;
    } else if (outcome.onError) {
        outcome.onError(error);
    }
    command->setObsolete(true);
    ++runs;
}

void NotesCommand::failed()
{
    failed(m_store->errorString());
}

void NotesCommand::failed(const QString &error)
{
    commandFailed(this, *m_outcome, m_runs, error);
}

void NotesCommand::succeeded(qint64 id)
{
    if (m_runs == 0) {
        m_outcome->ok = true;
        m_outcome->id = id;
    }
    ++m_runs;
}

// --- tags ----------------------------------------------------------------------------------------------

CreateTagCommand::CreateTagCommand(NotesStore *store, const QString &name, const QString &color,
                                   std::shared_ptr<NotesCommandOutcome> outcome)
    : NotesCommand(store, QString(), std::move(outcome)),
      m_name(name),
      m_color(color)
{
    setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Create tag “%1”"), name.trimmed());
}

void CreateTagCommand::redo()
{
    if (m_undone) {
        const std::optional<qint64> id = m_store->restoreTag(*m_undone);
        if (!id)
            return failed();
        m_id = *id;
        m_undone.reset();
        return succeeded(m_id);
    }
    const std::optional<qint64> id = m_store->createTag(m_name, m_color, m_id);
    if (!id)
        return failed();
    m_id = *id;
    succeeded(m_id);
}

void CreateTagCommand::undo()
{
    m_undone = m_store->deleteTag(m_id);
    if (!m_undone)
        failed();
}

RenameTagCommand::RenameTagCommand(NotesStore *store, qint64 tagId, const QString &name,
                                   std::shared_ptr<NotesCommandOutcome> outcome)
    : NotesCommand(store, QString(), std::move(outcome)),
      m_id(tagId),
      m_newName(name)
{
    setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Rename tag to “%1”"), name.trimmed());
}

void RenameTagCommand::redo()
{
    if (firstRun()) {
        const std::optional<Tag> t = m_store->tag(m_id);
        if (!t) {
            m_store->renameTag(m_id, m_newName); // sets the "does not exist" error
            return failed();
        }
        m_oldName = t->name;
    }
    if (!m_store->renameTag(m_id, m_newName))
        return failed();
    succeeded(m_id);
}

void RenameTagCommand::undo()
{
    if (!m_store->renameTag(m_id, m_oldName))
        failed();
}

RecolorTagCommand::RecolorTagCommand(NotesStore *store, qint64 tagId, const QString &color,
                                     std::shared_ptr<NotesCommandOutcome> outcome)
    : NotesCommand(store, QString(), std::move(outcome)),
      m_id(tagId), m_newColor(color)
{
    setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Change tag color"));
}

void RecolorTagCommand::redo()
{
    if (firstRun()) {
        const std::optional<Tag> t = m_store->tag(m_id);
        if (!t) {
            m_store->recolorTag(m_id, m_newColor);
            return failed();
        }
        m_oldColor = t->color;
    }
    if (!m_store->recolorTag(m_id, m_newColor))
        return failed();
    succeeded(m_id);
}

void RecolorTagCommand::undo()
{
    if (!m_store->recolorTag(m_id, m_oldColor))
        failed();
}

DeleteTagCommand::DeleteTagCommand(NotesStore *store, qint64 tagId, std::shared_ptr<NotesCommandOutcome> outcome)
    : NotesCommand(store, QString(), std::move(outcome)),
      m_id(tagId)
{
    if (const std::optional<Tag> t = store->tag(tagId))
        setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Delete tag “%1”"), t->name);
    else
        setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Delete tag"));
}

void DeleteTagCommand::redo()
{
    m_deleted = m_store->deleteTag(m_id);
    if (!m_deleted)
        return failed();
    succeeded(m_id);
}

void DeleteTagCommand::undo()
{
    if (!m_deleted)
        return;
    const std::optional<qint64> id = m_store->restoreTag(*m_deleted);
    if (!id)
        return failed();
    m_id = *id;
}

AssignTagsCommand::AssignTagsCommand(NotesStore *store, Mode mode, const QList<qint64> &articleIds,
                                     const QList<qint64> &tagIds, std::shared_ptr<NotesCommandOutcome> outcome)
    : NotesCommand(store, QString(), std::move(outcome)), m_mode(mode), m_articleIds(articleIds), m_tagIds(tagIds)
{
    const char *text = mode == Mode::Assign ? QT_TRANSLATE_NOOP("kanbao::notes", "Tag %n article(s)")
                                            : QT_TRANSLATE_NOOP("kanbao::notes", "Untag %n article(s)");
    setSourceText(text, QString(), int(articleIds.size()));
}

void AssignTagsCommand::redo()
{
    if (firstRun()) {
        const auto changed = m_mode == Mode::Assign ? m_store->assignTags(m_articleIds, m_tagIds)
                                                    : m_store->removeTags(m_articleIds, m_tagIds);
        if (!changed)
            return failed();
        m_changed = *changed;
        return succeeded(0);
    }
    const bool ok = m_mode == Mode::Assign ? m_store->addAssignments(m_changed)
                                           : m_store->removeAssignments(m_changed);
    if (!ok)
        failed();
}

void AssignTagsCommand::undo()
{
    const bool ok = m_mode == Mode::Assign ? m_store->removeAssignments(m_changed)
                                           : m_store->addAssignments(m_changed);
    if (!ok)
        failed();
}

// --- annotations -------------------------------------------------------------------------------------

AddAnnotationCommand::AddAnnotationCommand(NotesStore *store, const Annotation &annotation,
                                           std::shared_ptr<NotesCommandOutcome> outcome)
    : NotesCommand(store, QString(), std::move(outcome)),
      m_annotation(annotation)
{
    setSourceText(annotation.kind == AnnotationKind::Note ? QT_TRANSLATE_NOOP("kanbao::notes", "Add note")
                                                          : QT_TRANSLATE_NOOP("kanbao::notes", "Add highlight"));
}

void AddAnnotationCommand::redo()
{
    const std::optional<qint64> id = m_store->insertAnnotation(m_annotation);
    if (!id)
        return failed();
    m_annotation.id = *id; // a redo after an undo asks for the same id again
    succeeded(*id);
}

void AddAnnotationCommand::undo()
{
    // Keep what the row holds now, so a redo brings back exactly what the undo removed.
    if (const std::optional<Annotation> current = m_store->annotation(m_annotation.id))
        m_annotation = *current;
    if (!m_store->deleteAnnotation(m_annotation.id))
        failed();
}

ChangeAnnotationCommand::ChangeAnnotationCommand(NotesStore *store, qint64 annotationId, Field field,
                                                 const QString &value, std::shared_ptr<NotesCommandOutcome> outcome)
    : NotesCommand(store, QString(), std::move(outcome)),
      m_id(annotationId), m_field(field), m_newValue(value)
{
    setSourceText(field == Field::Note ? QT_TRANSLATE_NOOP("kanbao::notes", "Edit note")
                                       : QT_TRANSLATE_NOOP("kanbao::notes", "Change highlight color"));
}

bool ChangeAnnotationCommand::apply(const QString &value, const QDateTime &modifiedAt)
{
    std::optional<Annotation> a = m_store->annotation(m_id);
    if (!a) {
        m_store->deleteAnnotation(m_id); // sets the "does not exist" error
        return false;
    }
    if (m_field == Field::Note)
        a->note = value;
    else
        a->color = value;
    a->modifiedAt = modifiedAt;
    return m_store->updateAnnotation(*a);
}

void ChangeAnnotationCommand::redo()
{
    if (firstRun()) {
        const std::optional<Annotation> a = m_store->annotation(m_id);
        if (!a) {
            m_store->deleteAnnotation(m_id);
            return failed();
        }
        m_oldValue = m_field == Field::Note ? a->note : a->color;
        m_oldModified = a->modifiedAt;
    }
    if (!apply(m_newValue, QDateTime::currentDateTimeUtc()))
        return failed();
    succeeded(m_id);
}

void ChangeAnnotationCommand::undo()
{
    if (!apply(m_oldValue, m_oldModified))
        failed();
}

int ChangeAnnotationCommand::id() const
{
    return m_field == Field::Note ? ChangeNoteMergeId : -1;
}

bool ChangeAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeAnnotationCommand *>(other);
    if (!next || next->m_id != m_id || next->m_field != m_field || next->isObsolete())
        return false;
    m_newValue = next->m_newValue;
    return true;
}

DeleteAnnotationCommand::DeleteAnnotationCommand(NotesStore *store, qint64 annotationId,
                                                 std::shared_ptr<NotesCommandOutcome> outcome)
    : NotesCommand(store, QString(), std::move(outcome)),
      m_id(annotationId)
{
    if (const std::optional<Annotation> a = store->annotation(annotationId))
        setSourceText(a->kind == AnnotationKind::Note ? QT_TRANSLATE_NOOP("kanbao::notes", "Delete note")
                                                      : QT_TRANSLATE_NOOP("kanbao::notes", "Delete highlight"));
    else
        setSourceText(QT_TRANSLATE_NOOP("kanbao::notes", "Delete annotation"));
}

void DeleteAnnotationCommand::redo()
{
    m_deleted = m_store->annotation(m_id);
    if (!m_deleted || !m_store->deleteAnnotation(m_id)) {
        if (!m_deleted)
            m_store->deleteAnnotation(m_id);
        return failed();
    }
    succeeded(m_id);
}

void DeleteAnnotationCommand::undo()
{
    if (!m_deleted)
        return;
    const std::optional<qint64> id = m_store->insertAnnotation(*m_deleted);
    if (!id)
        return failed();
    m_id = *id;
}

} // namespace kanbao
