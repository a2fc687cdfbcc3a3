#pragma once

#include "library/corrections.h"
#include "notes/notescommands.h"
#include "notes/storedchangecommand.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace kanbao {

// A metadata correction of many pages at once (paper, date, label, section; the bulk edit of a selection,
// a folder or an import), on the notes' undo stack: one step to undo however many pages it changed. The
// first redo makes it through CorrectionsStore::correctPages in one transaction; undo puts every page back
// where it stood and forgets the corrections, redo stores them again. The store must outlive the stack. A
// correction refused on the first redo leaves the command obsolete and the outcome says why.
class PageCorrectionsCommand : public StoredChangeCommand<PagesChange>
{
public:
    PageCorrectionsCommand(CorrectionsStore *store, QList<qint64> pageIds, QList<PageEdit> edits,
                           std::shared_ptr<NotesCommandOutcome> outcome = {});

    // The text again in the current UI language (see retranslateNotesCommands).
    void retranslate();

private:
    std::optional<PagesChange> make() override;

    QList<qint64> m_pageIds;
    QList<PageEdit> m_edits;
};

} // namespace kanbao
