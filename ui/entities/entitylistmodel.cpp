#include "entities/entitylistmodel.h"

#include <QLocale>

namespace kanbao {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EntityListModel::setFetcher(Fetcher fetcher, int batchSize)
{
    m_fetching = true; // listeners told of the reset must not fetch inside it
    beginResetModel();
    m_fetcher = std::move(fetcher);
    m_batchSize = std::max(1, batchSize);
    m_rows.clear();
    m_atEnd = !m_fetcher;
    endResetModel();
    m_fetching = false;
    if (!m_atEnd)
        fetchMore({});
}

void EntityListModel::clear()
{
    setFetcher({});
}

EntityKey EntityListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : EntityKey{};
}

int EntityListModel::rowOf(const EntityKey &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return int(i);
    }
    return -1;
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntityListModel::typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return tr("Person");
    case EntityType::Organization:
        return tr("Organization");
    case EntityType::Place:
        return tr("Place");
    }
    return {};
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntitySummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.key.name;
        case TypeColumn:
            return typeLabel(s.key.type);
        case MentionsColumn:
            return s.mentions;
        case ArticlesColumn:
            return s.articles;
        case FirstColumn:
            return s.first.toString(Qt::ISODate);
        case LastColumn:
            return s.last.toString(Qt::ISODate);
        }
        return {};
    case Qt::ToolTipRole:
        if (s.aliases.isEmpty())
            return {};
        return tr("Also written: %1").arg(QLocale().createSeparatedList(s.aliases));
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn || index.column() == ArticlesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return s.key.name;
    case TypeRole:
        return int(s.key.type);
    case MentionsRole:
        return s.mentions;
    case FirstRole:
        return s.first;
    case LastRole:
        return s.last;
    case AliasesRole:
        return s.aliases;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case MentionsColumn:
        return tr("Mentions");
    case ArticlesColumn:
        return tr("Articles");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    }
    return {};
}

bool EntityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void EntityListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const QList<EntitySummary> batch = m_fetcher(int(m_rows.size()), m_batchSize);
    m_atEnd = batch.size() < m_batchSize;
    if (!batch.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + batch.size() - 1));
        m_rows.append(batch);
        endInsertRows();
    }
    m_fetching = false;
}

} // namespace kanbao
