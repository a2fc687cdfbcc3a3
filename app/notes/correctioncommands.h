#pragma once

#include "library/corrections.h"
#include "notes/notescommands.h"
#include "notes/storedchangecommand.h"

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
class CorrectionCommand : public StoredChangeCommand<CorrectionChange>
{
public:
    // `targetId`: the article's id, or the page's for CorrectionKind::Paper and Date.
    CorrectionCommand(CorrectionsStore *store, qint64 targetId, CorrectionKind kind,
                      const QString &argument = QString(), std::shared_ptr<NotesCommandOutcome> outcome = {});

    // The text again in the current UI language (see retranslateNotesCommands).
    void retranslate();

private:
    std::optional<CorrectionChange> make() override;

    qint64 m_targetId;
    CorrectionKind m_kind;
    QString m_argument;
};

} // namespace kanbao
