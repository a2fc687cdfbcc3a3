#include "notes/pagecorrectionscommand.h"

#include <QCoreApplication>

namespace kanbao {

PageCorrectionsCommand::PageCorrectionsCommand(CorrectionsStore *store, QList<qint64> pageIds,
                                               QList<PageEdit> edits,
                                               std::shared_ptr<NotesCommandOutcome> outcome)
    : StoredChangeCommand(store, std::move(outcome))
    , m_pageIds(std::move(pageIds))
    , m_edits(std::move(edits))
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

std::optional<PagesChange> PageCorrectionsCommand::make()
{
    return store()->correctPages(m_pageIds, m_edits);
}

} // namespace kanbao
