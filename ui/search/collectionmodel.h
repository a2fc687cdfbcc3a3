#pragma once

#include "library/searchlists.h"

#include <QAbstractListModel>

namespace kanbao {

// The library's collections for the sidebar: "name (N)", by name.
class CollectionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1, // qint64
        NameRole,                  // QString
        CountRole,                 // int, articles in the collection
    };

    explicit CollectionModel(QObject *parent = nullptr);

    void setCollections(const QList<Collection> &collections);
    const QList<Collection> &collections() const { return m_collections; }
    // The row of the collection named `name`, or -1.
    int rowOf(const QString &name) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Collection> m_collections;
};

} // namespace kanbao
