#pragma once

#include "notes/noteseditor.h"
#include "notes/notestypes.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QPointer>

namespace kanbao {


// The library's tags with how many articles carry each: column 0 the name (with a dot in the tag's
// color), column 1 the count. Sorted the way a Chinese index is (pinyin), Latin names among them.
// Renaming in place goes through the NotesEditor, so it can be undone. Optionally checkable, with the
// partial state meaning "some of the selected articles have it" (the tag picker).
class TagListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        TagIdRole = Qt::UserRole + 1, // qint64
        TagNameRole,
        TagColorRole, // "#rrggbb"
        TagCountRole, // int: articles carrying the tag
    };
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit TagListModel(QObject *parent = nullptr);

    void setEditor(NotesEditor *editor); // reads through its store; null empties the model
    void reload();

    void setCheckable(bool checkable);
    void setCheckStates(const QHash<qint64, Qt::CheckState> &states); // tags not listed: unchecked
    QHash<qint64, Qt::CheckState> checkStates() const;
    void setCheckState(qint64 tagId, Qt::CheckState state);

    QModelIndex indexOfTag(qint64 tagId, int column = NameColumn) const;
    const QList<Tag> &tags() const { return m_tags; }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Sorts tags by pinyin (ICU collation for zh_CN).
    static void sortTags(QList<Tag> &tags);

Q_SIGNALS:
    void checkStatesChanged();
    void renameFailed(const QString &message);

private:
    QPointer<NotesEditor> m_editor;
    QList<Tag> m_tags;
    QHash<qint64, Qt::CheckState> m_checks;
    bool m_checkable = false;
    QString m_error;
};

} // namespace kanbao
