#pragma once

#include "library/search.h"

#include <QAbstractItemModel>

namespace kanbao {

// The facets of a search as a two-level tree: a group per facet (paper, year, page, section, people,
// tags), its values with their counts below. Each value carries the query filter that narrows the search
// to it (paper:"焦作日报", from:2024 to:2024), so a click can refine the query.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles
    {
        FilterRole = Qt::UserRole + 1, // QString: the filter to add to the query; empty for a group
        CountRole,                     // int
    };

    explicit FacetModel(QObject *parent = nullptr);

    void setFacets(const SearchFacets &facets);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The filter for a facet value as the query language writes it (quoted when needed).
    static QString filterFor(const QString &field, const QString &value);

private:
    struct Group
    {
        QString title;
        QString field; // query field, "year" for years
        QList<FacetValue> values;
    };
    QList<Group> m_groups;
};

} // namespace kanbao
