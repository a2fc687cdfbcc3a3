#pragma once

#include "library/corrections.h"
#include "notes/notescommands.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace kanbao {

// The undo-stack side of a change the corrections store makes and can replay (`Change` is CorrectionChange
// or PagesChange): the first redo makes it (make()), undo and later redos replay it through the store.
// A refusal is reported as commandFailed() says. The store must outlive the stack.
template <typename Change>
class StoredChangeCommand : public QUndoCommand
{
public:
    void redo() override
    {
        if (!m_change) {
            m_change = make();
            if (!m_change)
                return failed();
            if (m_runs == 0) {
                m_outcome->ok = true;
                m_outcome->id = firstCorrectionId(*m_change);
            }
            ++m_runs;
            return;
        }
        if (!m_store->redo(*m_change))
            return failed();
        ++m_runs;
    }

    void undo() override
    {
        if (!m_change || !m_store->undo(*m_change))
            failed();
    }

    std::shared_ptr<NotesCommandOutcome> outcome() const { return m_outcome; }
    // What the first redo did; empty before it or when it failed.
    const std::optional<Change> &change() const { return m_change; }

protected:
    StoredChangeCommand(CorrectionsStore *store, std::shared_ptr<NotesCommandOutcome> outcome)
        : m_store(store)
        , m_outcome(outcome ? std::move(outcome) : std::make_shared<NotesCommandOutcome>())
    {
    }

    // Makes the change through the store; nullopt when refused (the store's errorString() says why).
    virtual std::optional<Change> make() = 0;

    CorrectionsStore *store() const { return m_store; }

private:
    static qint64 firstCorrectionId(const CorrectionChange &change) { return change.correction.id; }
    static qint64 firstCorrectionId(const PagesChange &change)
    {
        return change.corrections.isEmpty() ? 0 : change.corrections.first().id;
    }

    void failed() { commandFailed(this, *m_outcome, m_runs, m_store->errorString()); }

    CorrectionsStore *m_store;
    std::shared_ptr<NotesCommandOutcome> m_outcome;
    std::optional<Change> m_change;
    int m_runs = 0;
};

} // namespace kanbao
