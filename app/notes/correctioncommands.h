#pragma once

#include "library/corrections.h"
#include "notes/notescommands.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace kanbao {

// What the Edit menu's Undo and Redo say of a correction, in the current UI language.
QString correctionCommandText(CorrectionKind kind, const QString &argument);

// One correction of an article (split, merge, headline, kicker, not an article) or of a page (paper, date),
// on the same undo stack as the notes' commands. The first redo makes the correction through
// CorrectionsStore; undo puts the page back as it was (articles, ids, annotations, issue), redo as the
// correction left it. The store must outlive the stack. A correction refused on the first redo (a phrase not
// in the article) leaves the command obsolete and the outcome says why.
class CorrectionCommand : public QUndoCommand
{
public:
    // `targetId`: the article's id, or the page's for CorrectionKind::Paper and Date.
    CorrectionCommand(CorrectionsStore *store, qint64 targetId, CorrectionKind kind,
                      const QString &argument = QString(), std::shared_ptr<NotesCommandOutcome> outcome = {});

    void redo() override;
    void undo() override;

    std::shared_ptr<NotesCommandOutcome> outcome() const { return m_outcome; }
    // What the first redo did; empty before it or when it failed.
    const std::optional<CorrectionChange> &change() const { return m_change; }
    // The text again in the current UI language (see retranslateNotesCommands).
    void retranslate();

private:
    void failed();

    CorrectionsStore *m_store;
    qint64 m_targetId;
    CorrectionKind m_kind;
    QString m_argument;
    std::shared_ptr<NotesCommandOutcome> m_outcome;
    std::optional<CorrectionChange> m_change;
    int m_runs = 0;
};

} // namespace kanbao
