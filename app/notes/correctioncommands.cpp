#include "notes/correctioncommands.h"

#include <QCoreApplication>

namespace kanbao {

CorrectionCommand::CorrectionCommand(CorrectionsStore *store, qint64 targetId, CorrectionKind kind,
                                     const QString &argument, std::shared_ptr<NotesCommandOutcome> outcome)
    : StoredChangeCommand(store, std::move(outcome))
    , m_targetId(targetId)
    , m_kind(kind)
    , m_argument(argument)
{
    retranslate();
}

void CorrectionCommand::retranslate()
{
    setText(correctionCommandText(m_kind, m_argument));
}

QString correctionCommandText(CorrectionKind kind, const QString &commandArgument)
{
    const char *source = nullptr;
    switch (kind) {
    case CorrectionKind::SplitBefore:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Split article before “%1”");
        break;
    case CorrectionKind::MergeNext:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Merge article with the next");
        break;
    case CorrectionKind::Headline:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Set headline “%1”");
        break;
    case CorrectionKind::Kicker:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Set kicker “%1”");
        break;
    case CorrectionKind::NotArticle:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Mark as not an article");
        break;
    case CorrectionKind::MergePrevious:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Merge article with the previous");
        break;
    case CorrectionKind::Subheadline:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Set subheadline “%1”");
        break;
    case CorrectionKind::LineAsKicker:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Take “%1” as the kicker");
        break;
    case CorrectionKind::LineAsHeadline:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Take “%1” as the headline");
        break;
    case CorrectionKind::LineAsSubheadline:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Take “%1” as the subheadline");
        break;
    case CorrectionKind::Byline:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Set byline “%1”");
        break;
    case CorrectionKind::MoveToPrevious:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Move “%1” to the previous article");
        break;
    case CorrectionKind::MoveToNext:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Move “%1” to the next article");
        break;
    case CorrectionKind::Paper:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Set the page's paper to “%1”");
        break;
    case CorrectionKind::Date:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Set the page's date to %1");
        break;
    case CorrectionKind::PageLabel:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Set the page's label to “%1”");
        break;
    case CorrectionKind::Section:
        source = QT_TRANSLATE_NOOP("kanbao::notes", "Set the page's section to “%1”");
        break;
    }
    QString text = QCoreApplication::translate("kanbao::notes", source);
    if (text.contains(QLatin1String("%1"))) {
        // A phrase naming a paragraph can be long: its first words say which in the Edit menu.
        QString argument = commandArgument.trimmed();
        if (isPhraseCorrection(kind) && argument.size() > 16)
            argument = argument.left(15) + QChar(0x2026);
        text = text.arg(argument);
    }
    return text;
}

std::optional<CorrectionChange> CorrectionCommand::make()
{
    return isPageCorrection(m_kind) ? store()->correctPage(m_targetId, m_kind, m_argument)
                                    : store()->correctArticle(m_targetId, m_kind, m_argument);
}

} // namespace kanbao
