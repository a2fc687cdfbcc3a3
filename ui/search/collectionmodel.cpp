#include "search/collectionmodel.h"

namespace kanbao {

CollectionModel::CollectionModel(QObject *parent) : QAbstractListModel(parent) {}

void CollectionModel::setCollections(const QList<Collection> &collections)
{
    beginResetModel();
    m_collections = collections;
    endResetModel();
}

int CollectionModel::rowOf(const QString &name) const
{
    for (qsizetype k = 0; k < m_collections.size(); ++k)
        if (m_collections.at(k).name == name)
            return int(k);
    return -1;
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_collections.size());
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_collections.size())
        return {};
    const Collection &c = m_collections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%n)", nullptr, c.articles).arg(c.name);
    case Qt::ToolTipRole:
        return tr("%1: %n article(s). Click to list them; right-click to rename, delete or export.", nullptr,
                  c.articles)
            .arg(c.name);
    case IdRole:
        return c.id;
    case NameRole:
        return c.name;
    case CountRole:
        return c.articles;
    default:
        return {};
    }
}

} // namespace kanbao
