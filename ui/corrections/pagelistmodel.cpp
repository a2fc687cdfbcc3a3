#include "corrections/pagelistmodel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>

namespace kanbao {

PageListModel::PageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PageListModel::setPages(const QList<PageState> &pages, const QString &baseFolder)
{
    beginResetModel();
    m_pages = pages;
    m_baseFolder = baseFolder;
    endResetModel();
}

int PageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

int PageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PageState &page = m_pages.at(index.row());
    const bool guessed = page.placement.dateGuessed;
    switch (role) {
    case PageIdRole:
        return page.pageId;
    case DateGuessedRole:
        return guessed;
    case SourcePathRole:
        return page.sourcePath;
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && guessed)
            return tr("The date was guessed at import; confirm or correct it");
        return QDir::toNativeSeparators(page.sourcePath);
    case Qt::ForegroundRole:
        if (index.column() == DateColumn && guessed)
            return QBrush(QColor(0xb4, 0x53, 0x09));
        return {};
    case Qt::FontRole:
        if (index.column() == DateColumn && guessed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn: {
            const QString name = m_baseFolder.isEmpty() ? QFileInfo(page.sourcePath).fileName()
                                                        : QDir(m_baseFolder).relativeFilePath(page.sourcePath);
            const QString shown = QDir::toNativeSeparators(name);
            return page.sourceIndex > 0 ? tr("%1, page %2").arg(shown).arg(page.sourceIndex + 1) : shown;
        }
        case PaperColumn:
            return page.placement.paper;
        case DateColumn:
            if (!page.placement.date.isValid())
                return tr("unknown");
            return guessed ? tr("%1 (guessed)").arg(page.placement.date.toString(Qt::ISODate))
                           : page.placement.date.toString(Qt::ISODate);
        case LabelColumn:
            return page.placement.label;
        case SectionColumn:
            return page.placement.section;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case PaperColumn:
        return tr("Paper");
    case DateColumn:
        return tr("Date");
    case LabelColumn:
        return tr("Page");
    case SectionColumn:
        return tr("Section");
    default:
        return {};
    }
}

} // namespace kanbao
