#pragma once

#include "library/corrections.h"

#include <QAbstractTableModel>

namespace kanbao {

// Pages and where they stand (file, paper, date, label, section), for choosing the pages of a bulk metadata
// correction. A guessed date is shown in italics and orange, as in the calendar and the import wizard.
class PageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, PaperColumn, DateColumn, LabelColumn, SectionColumn, ColumnCount };
    enum Role { PageIdRole = Qt::UserRole + 1, DateGuessedRole, SourcePathRole };

    explicit PageListModel(QObject *parent = nullptr);

    // `baseFolder`: file names are shown relative to it (empty: the file's name alone).
    void setPages(const QList<PageState> &pages, const QString &baseFolder = QString());
    const QList<PageState> &pages() const { return m_pages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PageState> m_pages;
    QString m_baseFolder;
};

} // namespace kanbao
