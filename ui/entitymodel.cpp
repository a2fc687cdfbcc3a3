#include "entitymodel.h"

#include <QLocale>

#include <algorithm>

namespace kanbao {

static constexpr quintptr GroupLevel = 0;

EntityModel::EntityModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QCollator EntityModel::pinyinCollator()
{
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    collator.setNumericMode(true);
    return collator;
}

QString EntityModel::typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return tr("People");
    case EntityType::Organization:
        return tr("Organizations");
    case EntityType::Place:
        return tr("Places");
    }
    return {};
}

void EntityModel::setEntities(QList<EntityInfo> entities)
{
    m_entities = std::move(entities);
    regroup();
}

void EntityModel::setShowJournalists(bool show)
{
    if (show == m_showJournalists)
        return;
    m_showJournalists = show;
    regroup();
}

int EntityModel::hiddenJournalists() const
{
    if (m_showJournalists)
        return 0;
    return int(std::count_if(m_entities.cbegin(), m_entities.cend(),
                             [](const EntityInfo &entity) { return entity.journalist; }));
}

void EntityModel::regroup()
{
    beginResetModel();
    m_groups.clear();
    const QCollator collator = pinyinCollator();
    // Reporters and photographers are a group of their own after the people the article is about, so
    // that a byline never ranks among its subjects; hidden unless asked for.
    const Group order[] = {{EntityType::Person, false, {}},
                           {EntityType::Person, true, {}},
                           {EntityType::Organization, false, {}},
                           {EntityType::Place, false, {}}};
    for (Group group : order) {
        if (group.journalists && !m_showJournalists)
            continue;
        for (const EntityInfo &entity : std::as_const(m_entities)) {
            if (entity.type == group.type && (entity.type != EntityType::Person || entity.journalist == group.journalists))
                group.entities.append(entity);
        }
        if (group.entities.isEmpty())
            continue;
        std::stable_sort(group.entities.begin(), group.entities.end(),
                         [&collator](const EntityInfo &a, const EntityInfo &b) {
                             return collator.compare(a.name, b.name) < 0;
                         });
        m_groups.append(group);
    }
    endResetModel();
}

void EntityModel::retranslate()
{
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
    emit headerDataChanged(Qt::Horizontal, 0, 0);
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, GroupLevel) : QModelIndex();
    if (parent.internalId() != GroupLevel || row >= m_groups.at(parent.row()).entities.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, GroupLevel);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupLevel)
        return 0;
    return int(m_groups.at(parent.row()).entities.size());
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupLevel) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)")
                .arg(group.journalists ? tr("Journalists") : typeLabel(group.type))
                .arg(group.entities.size());
        case IsGroupRole:
            return true;
        case EntityTypeRole:
            return int(group.type);
        case EntityIdRole:
            return qint64(0);
        case JournalistRole:
            return group.journalists;
        default:
            return {};
        }
    }
    const Group &group = m_groups.at(int(index.internalId()) - 1);
    const EntityInfo &entity = group.entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entity.mentions > 1 ? tr("%1 ×%2").arg(entity.name, QString::number(entity.mentions)) : entity.name;
    case Qt::ToolTipRole:
        return tr("Click to list every article that mentions %1").arg(entity.name);
    case NameRole:
        return entity.name;
    case EntityIdRole:
        return entity.id;
    case EntityTypeRole:
        return int(entity.type);
    case IsGroupRole:
        return false;
    case MentionsRole:
        return entity.mentions;
    case JournalistRole:
        return entity.journalist;
    default:
        return {};
    }
}

Qt::ItemFlags EntityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupLevel)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Entities");
    return {};
}

} // namespace kanbao
