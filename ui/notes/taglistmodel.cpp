#include "notes/taglistmodel.h"

#include "notes/noteseditor.h"
#include "notes/notesstore.h"
#include "notes/notewidgets.h"

#include <QLocale>

#include <algorithm>

namespace kanbao {

TagListModel::TagListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TagListModel::setEditor(NotesEditor *editor)
{
    if (m_editor && m_editor->store())
        disconnect(m_editor->store(), nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor && m_editor->store())
        connect(m_editor->store(), &NotesStore::tagsChanged, this, &TagListModel::reload);
    reload();
}

void TagListModel::sortTags(QList<Tag> &tags)
{
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(tags.begin(), tags.end(),
                     [&collator](const Tag &a, const Tag &b) { return collator.compare(a.name, b.name) < 0; });
}

void TagListModel::reload()
{
    beginResetModel();
    m_tags.clear();
    m_error.clear();
    if (m_editor && m_editor->store()) {
        m_tags = m_editor->store()->tags();
        m_error = m_editor->store()->errorString();
        sortTags(m_tags);
    }
    // Forget the states of tags that are gone; new tags start unchecked.
    QHash<qint64, Qt::CheckState> kept;
    for (const Tag &t : std::as_const(m_tags)) {
        if (m_checks.contains(t.id))
            kept.insert(t.id, m_checks.value(t.id));
    }
    m_checks = kept;
    endResetModel();
}

void TagListModel::setCheckable(bool checkable)
{
    if (m_checkable == checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void TagListModel::setCheckStates(const QHash<qint64, Qt::CheckState> &states)
{
    m_checks = states;
    if (!m_tags.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
    Q_EMIT checkStatesChanged();
}

QHash<qint64, Qt::CheckState> TagListModel::checkStates() const
{
    QHash<qint64, Qt::CheckState> states;
    for (const Tag &t : m_tags)
        states.insert(t.id, m_checks.value(t.id, Qt::Unchecked));
    return states;
}

void TagListModel::setCheckState(qint64 tagId, Qt::CheckState state)
{
    m_checks.insert(tagId, state);
    const QModelIndex i = indexOfTag(tagId);
    if (i.isValid())
        Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    Q_EMIT checkStatesChanged();
}

QModelIndex TagListModel::indexOfTag(qint64 tagId, int column) const
{
    for (int row = 0; row < m_tags.size(); ++row) {
        if (m_tags.at(row).id == tagId)
            return index(row, column);
    }
    return {};
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tag &t = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return t.name;
        return t.articleCount;
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(t.name) : QVariant(t.articleCount);
    case Qt::ToolTipRole:
        return tr("%1: %n article(s)", nullptr, t.articleCount).arg(t.name);
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return colorDotIcon(QColor(t.color));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == NameColumn)
            return int(m_checks.value(t.id, Qt::Unchecked));
        return {};
    case TagIdRole:
        return t.id;
    case TagNameRole:
        return t.name;
    case TagColorRole:
        return t.color;
    case TagCountRole:
        return t.articleCount;
    default:
        return {};
    }
}

bool TagListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != NameColumn)
        return false;
    const Tag t = m_tags.at(index.row());
    if (role == Qt::CheckStateRole && m_checkable) {
        // A click settles a partial state: the tag goes on every selected article.
        const auto current = m_checks.value(t.id, Qt::Unchecked);
        const auto wanted = Qt::CheckState(value.toInt());
        const auto next = wanted == Qt::PartiallyChecked ? (current == Qt::Checked ? Qt::Unchecked : Qt::Checked) : wanted;
        m_checks.insert(t.id, next);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT checkStatesChanged();
        return true;
    }
    if (role == Qt::EditRole && m_editor) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == t.name)
            return false;
        if (!m_editor->renameTag(t.id, name)) {
            Q_EMIT renameFailed(m_editor->errorString());
            return false;
        }
        return true; // the store's tagsChanged reloads (and re-sorts) the list
    }
    return false;
}

Qt::ItemFlags TagListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn) {
        if (m_checkable)
            f |= Qt::ItemIsUserCheckable;
        else if (m_editor)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant TagListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case CountColumn:
        return tr("Articles");
    default:
        return {};
    }
}

} // namespace kanbao
