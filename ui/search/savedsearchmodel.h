#pragma once

#include "library/searchlists.h"

#include <QAbstractListModel>

namespace kanbao {

// The saved searches for the sidebar: "name — N new" (new hits since the search was last opened).
class SavedSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        QueryRole = Qt::UserRole + 1, // QString
        NewHitsRole,                  // int, -1 when not counted
        IdRole,                       // qint64
    };

    explicit SavedSearchModel(QObject *parent = nullptr);

    void setSearches(const QList<SavedSearch> &searches);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SavedSearch> m_searches;
};

} // namespace kanbao
