#include "scantablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kanbao {

ScanTableModel::ScanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScanTableModel::clear()
{
    beginResetModel();
    m_files.clear();
    endResetModel();
}

void ScanTableModel::append(const ScannedFile &file)
{
    const int row = int(m_files.size());
    beginInsertRows({}, row, row);
    m_files.append(file);
    endInsertRows();
}

int ScanTableModel::importableCount() const
{
    int n = 0;
    for (const ScannedFile &file : m_files)
        n += file.error.isEmpty() ? 1 : 0;
    return n;
}

int ScanTableModel::failedCount() const
{
    return int(m_files.size()) - importableCount();
}

int ScanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ScanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScanTableModel::planLabel(const QString &plan)
{
    if (plan == QLatin1String("new"))
        return tr("New");
    if (plan == QLatin1String("unchanged"))
        return tr("Unchanged");
    if (plan == QLatin1String("replace"))
        return tr("Changed: will replace");
    return plan;
}

QVariant ScanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScannedFile &file = m_files.at(index.row());
    switch (role) {
    case PathRole:
        return file.path;
    case ErrorRole:
        return file.error;
    case DateGuessedRole:
        return file.dateGuessed;
    case Qt::ToolTipRole:
        if (!file.error.isEmpty())
            return file.error;
        if (index.column() == DateColumn)
            return tr("Double-click to correct the date");
        return file.path;
    case Qt::ForegroundRole:
        if (!file.error.isEmpty())
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (index.column() == DateColumn && file.dateGuessed && !file.dateEdited)
            return QBrush(QColor(0xb4, 0x53, 0x09));
        return {};
    case Qt::EditRole:
        if (index.column() == DateColumn)
            return file.date.isValid() ? file.date : QDate::currentDate();
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return file.displayName;
        case EncodingColumn:
            return file.encoding;
        case PaperColumn:
            return file.paper;
        case DateColumn:
            return file.date.isValid() ? file.date.toString(Qt::ISODate) : tr("unknown");
        case PageColumn:
            return file.section.isEmpty() ? file.pageLabel : file.pageLabel + QStringLiteral(" ") + file.section;
        case GuessedColumn:
            if (!file.error.isEmpty())
                return QString();
            if (file.dateEdited)
                return tr("corrected");
            return file.dateGuessed ? tr("guessed") : tr("from the page");
        case StatusColumn:
            if (!file.error.isEmpty())
                return tr("Cannot import: %1").arg(file.error);
            if (!file.plan.isEmpty())
                return tr("%1, %n article(s)", nullptr, file.articleCount).arg(planLabel(file.plan));
            return tr("%n article(s)", nullptr, file.articleCount);
        default:
            return {};
        }
    default:
        return {};
    }
}

bool ScanTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != DateColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QDate date = value.toDate();
    if (!date.isValid())
        return false;
    ScannedFile &file = m_files[index.row()];
    if (file.date == date)
        return true;
    file.date = date;
    file.dateEdited = true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags ScanTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DateColumn && m_files.at(index.row()).error.isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ScanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case EncodingColumn:
        return tr("Encoding");
    case PaperColumn:
        return tr("Paper");
    case DateColumn:
        return tr("Date");
    case PageColumn:
        return tr("Page");
    case GuessedColumn:
        return tr("Date source");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace kanbao
