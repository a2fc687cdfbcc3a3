#include "search/facetmodel.h"

namespace kanbao {

namespace {

// Internal ids: 0 for a group, group index + 1 for its values.
constexpr quintptr GroupId = 0;

} // namespace

FacetModel::FacetModel(QObject *parent) : QAbstractItemModel(parent) {}

void FacetModel::setFacets(const SearchFacets &facets)
{
    beginResetModel();
    m_groups.clear();
    const QList<Group> groups{
        {tr("Papers"), QStringLiteral("paper"), facets.papers},   {tr("Years"), QStringLiteral("year"), facets.years},
        {tr("Pages"), QStringLiteral("page"), facets.pages},      {tr("Sections"), QStringLiteral("section"), facets.sections},
        {tr("People"), QStringLiteral("person"), facets.people}, {tr("Tags"), QStringLiteral("tag"), facets.tags},
    };
    for (const Group &group : groups)
        if (!group.values.isEmpty())
            m_groups.append(group);
    endResetModel();
}

void FacetModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

QString FacetModel::filterFor(const QString &field, const QString &value)
{
    if (field == QLatin1String("year"))
        return QStringLiteral("from:%1 to:%1").arg(value);
    QString quoted = value;
    quoted.remove(QLatin1Char('"'));
    return field + QStringLiteral(":\"") + quoted + QLatin1Char('"');
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).values.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).values.size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        const Group &group = m_groups.at(index.row());
        if (role == Qt::DisplayRole)
            return group.title;
        if (role == FilterRole)
            return QString();
        return {};
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const FacetValue &value = group.values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  (%2)").arg(value.value, QLocale().toString(value.count));
    case Qt::ToolTipRole:
        return tr("Show only these %n article(s)", nullptr, value.count);
    case FilterRole:
        return filterFor(group.field, value.value);
    case CountRole:
        return value.count;
    default:
        return {};
    }
}

} // namespace kanbao
