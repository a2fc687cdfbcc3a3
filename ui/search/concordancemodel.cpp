#include "search/concordancemodel.h"

#include <QFont>
#include <algorithm>

namespace kanbao {

ConcordanceModel::ConcordanceModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConcordanceModel::setLines(const QList<KwicLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int ConcordanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ConcordanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcordanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const KwicLine &line = m_lines.at(index.row());
    if (role == ArticleIdRole)
        return line.articleId;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == LeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == MatchColumn)
            return int(Qt::AlignHCenter | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && index.column() == MatchColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole)
        return line.headline.isEmpty() ? QVariant() : QVariant(line.headline);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case LeftColumn:
        if (role == SortRole) {
            QString reversed = line.left;
            std::reverse(reversed.begin(), reversed.end());
            return reversed;
        }
        return line.left;
    case MatchColumn:
        return line.match;
    case RightColumn:
        return line.right;
    case DateColumn:
        return line.date.toString(Qt::ISODate);
    case PaperColumn:
        return line.page.isEmpty() ? line.paper : QStringLiteral("%1 %2").arg(line.paper, line.page);
    default:
        return {};
    }
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LeftColumn:
        return tr("Left context");
    case MatchColumn:
        return tr("Hit");
    case RightColumn:
        return tr("Right context");
    case DateColumn:
        return tr("Date");
    case PaperColumn:
        return tr("Paper");
    default:
        return {};
    }
}

QString ConcordanceModel::toCsv() const
{
    const auto field = [](const QString &text) {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
            return text;
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    QString csv = QStringLiteral("article_id,date,paper,page,left,match,right\n");
    for (const KwicLine &line : m_lines)
        csv += QStringList{QString::number(line.articleId), line.date.toString(Qt::ISODate), field(line.paper),
                           field(line.page), field(line.left), field(line.match), field(line.right)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return csv;
}

} // namespace kanbao
