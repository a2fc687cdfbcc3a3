#include "scantablemodel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QHash>
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
    if (m_files.last().foundPaper.isEmpty()) {
        m_files.last().foundPaper = file.plan.paper;
        m_files.last().foundPaperSource = file.plan.paperSource;
    }
    endInsertRows();
}

int ScanTableModel::importableCount() const
{
    int n = 0;
    for (const ScannedFile &file : m_files)
        n += file.importable() ? 1 : 0;
    return n;
}

int ScanTableModel::failedCount() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [](const ScannedFile &f) { return f.plan.state == ImportFilePlan::Unreadable; }));
}

int ScanTableModel::skippedCount() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [](const ScannedFile &f) { return f.plan.state == ImportFilePlan::Skipped; }));
}

int ScanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ScanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScanTableModel::stateLabel(ImportFilePlan::State state)
{
    switch (state) {
    case ImportFilePlan::New:
        return tr("New");
    case ImportFilePlan::Unchanged:
        return tr("Already in the library");
    case ImportFilePlan::Changed:
        return tr("Changed: will replace");
    case ImportFilePlan::Unreadable:
        return tr("Cannot import");
    case ImportFilePlan::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString ScanTableModel::dateSourceLabel(DateSource source)
{
    switch (source) {
    case DateSource::User:
        return tr("corrected");
    case DateSource::Path:
        return tr("from the path");
    case DateSource::Header:
        return tr("from the page header");
    case DateSource::Text:
        return tr("guessed from the text");
    case DateSource::FileTime:
        return tr("guessed from the file time");
    case DateSource::Neighbours:
        return tr("guessed from the other files");
    }
    return {};
}

QVariant ScanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScannedFile &file = m_files.at(index.row());
    const ImportFilePlan &plan = file.plan;
    const bool readable = file.importable();
    switch (role) {
    case PathRole:
        return plan.path;
    case ErrorRole:
        return plan.problem;
    case DateGuessedRole:
        return plan.dateGuessed();
    case Qt::ToolTipRole:
        if (!readable)
            return plan.problem;
        if (index.column() == DateColumn || index.column() == PaperColumn)
            return tr("Double-click to correct");
        if (!plan.notes().isEmpty())
            return QDir::toNativeSeparators(plan.path) + QLatin1Char('\n') + plan.notes();
        return QDir::toNativeSeparators(plan.path);
    case Qt::ForegroundRole:
        if (plan.state == ImportFilePlan::Skipped)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        if (!readable)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if ((index.column() == DateColumn || index.column() == GuessedColumn) && plan.dateGuessed())
            return QBrush(QColor(0xb4, 0x53, 0x09));
        if ((index.column() == FileColumn || index.column() == StatusColumn) && !plan.notes().isEmpty())
            return QBrush(QColor(0xb4, 0x53, 0x09));
        return {};
    case Qt::EditRole:
        if (index.column() == DateColumn)
            return plan.date.isValid() ? plan.date : QDate::currentDate();
        if (index.column() == PaperColumn)
            return plan.paper;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return file.displayName;
        case EncodingColumn:
            return plan.encoding;
        case PaperColumn:
            return plan.paper;
        case DateColumn:
            return plan.date.isValid() ? plan.date.toString(Qt::ISODate) : tr("unknown");
        case PageColumn:
            return plan.section.isEmpty() ? plan.pageLabel : plan.pageLabel + QStringLiteral(" ") + plan.section;
        case GuessedColumn:
            if (!readable)
                return QString();
            return plan.dateGuessed() ? tr("yes (%1)").arg(dateSourceLabel(plan.dateSource))
                                      : tr("no (%1)").arg(dateSourceLabel(plan.dateSource));
        case StatusColumn:
            if (plan.state == ImportFilePlan::Skipped)
                return tr("Skipped: %1").arg(plan.problem);
            if (!readable)
                return tr("Cannot import: %1").arg(plan.problem);
            if (!plan.notes().isEmpty())
                return tr("%1, %n article(s); %2", nullptr, plan.articles).arg(stateLabel(plan.state), plan.notes());
            return tr("%1, %n article(s)", nullptr, plan.articles).arg(stateLabel(plan.state));
        default:
            return {};
        }
    default:
        return {};
    }
}

bool ScanTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ScannedFile &file = m_files[index.row()];
    if (index.column() == DateColumn) {
        const QDate date = value.toDate();
        if (!date.isValid())
            return false;
        file.plan.date = date;
        file.plan.dateSource = DateSource::User;
    } else if (index.column() == PaperColumn) {
        const QString paper = value.toString().trimmed();
        if (paper.isEmpty())
            return false;
        file.plan.paper = paper;
        file.plan.paperSource = PaperSource::User;
    } else {
        return false;
    }
    file.edited = true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

void ScanTableModel::setPaperForAll(const QString &paper)
{
    const QString name = paper.trimmed();
    for (ScannedFile &file : m_files) {
        if (!file.importable())
            continue;
        if (!name.isEmpty()) {
            file.plan.paper = name;
            file.plan.paperSource = PaperSource::User;
        } else if (!file.edited) {
            file.plan.paper = file.foundPaper;
            file.plan.paperSource = file.foundPaperSource;
        }
    }
    if (!m_files.isEmpty())
        emit dataChanged(index(0, PaperColumn), index(int(m_files.size()) - 1, PaperColumn));
}

QStringList ScanTableModel::foundPapers() const
{
    QHash<QString, int> counts;
    for (const ScannedFile &file : m_files) {
        if (file.importable() && !file.foundPaper.isEmpty())
            ++counts[file.foundPaper];
    }
    QStringList papers = counts.keys();
    std::sort(papers.begin(), papers.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return papers;
}

Qt::ItemFlags ScanTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if ((index.column() == DateColumn || index.column() == PaperColumn) && m_files.at(index.row()).importable())
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
        return tr("Date guessed");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace kanbao
