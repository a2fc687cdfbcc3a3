#include "search/savedsearchmodel.h"

#include <QFont>

namespace kanbao {

SavedSearchModel::SavedSearchModel(QObject *parent) : QAbstractListModel(parent) {}

void SavedSearchModel::setSearches(const QList<SavedSearch> &searches)
{
    beginResetModel();
    m_searches = searches;
    endResetModel();
}

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_searches.size())
        return {};
    const SavedSearch &s = m_searches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.newHits > 0 ? tr("%1 — %n new", nullptr, s.newHits).arg(s.name) : s.name;
    case Qt::ToolTipRole:
        return s.total >= 0 ? tr("%1\n%n article(s) match", nullptr, s.total).arg(s.query) : s.query;
    case Qt::FontRole:
        if (s.newHits > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case QueryRole:
        return s.query;
    case NewHitsRole:
        return s.newHits;
    case IdRole:
        return s.id;
    default:
        return {};
    }
}

} // namespace kanbao
