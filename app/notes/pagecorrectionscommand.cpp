#include "notes/pagecorrectionscommand.h"

#include <QCoreApplication>

namespace kanbao {

PageCorrectionsCommand::PageCorrectionsCommand(CorrectionsStore *store, QList<qint64> pageIds,
                                               QList<PageEdit> edits,
                                               std::shared_ptr<NotesCommandOutcome> outcome)
    : m_store(store)
    , m_pageIds(std::move(pageIds))
    , m_edits(std::move(edits))
    , m_outcome(outcome ? std::move(outcome) : std::make_shared<NotesCommandOutcome>())
{
    retranslate();
}

void PageCorrectionsCommand::retranslate()
{
    QStringList what;
    for (const PageEdit &e : std::as_const(m_edits)) {
        switch (e.kind) {
        case CorrectionKind::Paper:
            what << QCoreApplication::translate("kanbao::notes", "paper “%1”").arg(e.argument);
            break;
        case CorrectionKind::Date:
            what << (e.argument.isEmpty()
                         ? QCoreApplication::translate("kanbao::notes", "date confirmed")
                         : QCoreApplication::translate("kanbao::notes", "date %1").arg(e.argument));
            break;
        case CorrectionKind::PageLabel:
            what << QCoreApplication::translate("kanbao::notes", "page label “%1”").arg(e.argument);
            break;
        case CorrectionKind::Section:
            what << QCoreApplication::translate("kanbao::notes", "section “%1”").arg(e.argument);
            break;
        default:
            break;
        }
    }
    const int pages = int(m_pageIds.size());
    setText(QCoreApplication::translate("kanbao::notes", "Set %1 on %n page(s)", nullptr, pages)
                .arg(what.join(QStringLiteral(", "))));
}

void PageCorrectionsCommand::failed()
{
    const QString error = m_store->errorString();
    if (m_runs == 0) {
        m_outcome->ok = false;
        m_outcome->error = error;
    } else if (m_outcome->onError) {
        m_outcome->onError(error);
    }
    // Replaying a command that could not be applied would desynchronise the stack from the library.
    setObsolete(true);
    ++m_runs;
}

void PageCorrectionsCommand::redo()
{
    if (!m_change) {
        m_change = m_store->correctPages(m_pageIds, m_edits);
        if (!m_change)
            return failed();
        if (m_runs == 0) {
            m_outcome->ok = true;
            m_outcome->id = m_change->corrections.isEmpty() ? 0 : m_change->corrections.first().id;
        }
        ++m_runs;
        return;
    }
    if (!m_store->redo(*m_change))
        return failed();
    ++m_runs;
}

void PageCorrectionsCommand::undo()
{
    if (!m_change || !m_store->undo(*m_change))
        failed();
}

} // namespace kanbao
