#pragma once

#include "entities/entitystore.h"

#include <QAbstractTableModel>

#include <functional>

namespace kanbao {

// The entity index of a library as a table (name, type, mentions, articles, first, last), read a batch
// at a time as the view scrolls: a library of a million names costs what its first screen costs.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, MentionsColumn, ArticlesColumn, FirstColumn, LastColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, // QString
        TypeRole,                    // int(EntityType)
        MentionsRole,                // int
        FirstRole,                   // QDate
        LastRole,                    // QDate
        AliasesRole,                 // QStringList: names merged into this one
    };

    // Returns rows [offset, offset + limit); fewer means the end.
    using Fetcher = std::function<QList<EntitySummary>(int offset, int limit)>;

    explicit EntityListModel(QObject *parent = nullptr);

    void setFetcher(Fetcher fetcher, int batchSize = 200);
    void clear();
    EntityKey keyAt(int row) const;
    // The row of `key` among those loaded, or -1.
    int rowOf(const EntityKey &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString typeLabel(EntityType type);

private:
    Fetcher m_fetcher;
    QList<EntitySummary> m_rows;
    int m_batchSize = 200;
    bool m_atEnd = true;
    // While a reset or an insertion is being announced, a listener (a view, QAbstractItemModelTester)
    // asking for more must wait: an insertion nested in another would be announced against a stale count.
    bool m_fetching = false;
};

} // namespace kanbao
