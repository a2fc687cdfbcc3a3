#pragma once

#include "libraryreader.h"

#include <QAbstractItemModel>
#include <QCollator>

namespace kanbao {

// The people, journalists, organizations and places of one article, grouped by type and sorted by pinyin (ICU
// collation for zh_CN: 艾 < 白 < 陈 < 张), the order a Chinese index uses.
class EntityModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        EntityIdRole = Qt::UserRole + 1, // qint64; 0 on group rows
        EntityTypeRole,                  // int(EntityType)
        IsGroupRole,                     // bool
        NameRole,                        // the bare name
        MentionsRole,                    // int
        JournalistRole,                  // bool: named only in the byline (and the Journalists group row)
    };

    explicit EntityModel(QObject *parent = nullptr);

    void setEntities(QList<EntityInfo> entities);
    void clear() { setEntities({}); }
    // Reporters and photographers (names met only in the byline) are left out unless shown; then they
    // form a Journalists group of their own after People.
    void setShowJournalists(bool show);
    bool showJournalists() const { return m_showJournalists; }
    // How many names the hidden Journalists group holds (0 while it is shown).
    int hiddenJournalists() const;

    // The collation the model sorts with (exposed for tests and for other pinyin-ordered lists).
    static QCollator pinyinCollator();
    static QString typeLabel(EntityType type);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    struct Group
    {
        EntityType type;
        bool journalists = false;
        QList<EntityInfo> entities;
    };
    void regroup();

    QList<EntityInfo> m_entities;
    bool m_showJournalists = false;
    QList<Group> m_groups; // only non-empty groups: people, journalists (when shown), organizations, places
};

} // namespace kanbao
