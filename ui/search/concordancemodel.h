#pragma once

#include "library/search.h"

#include <QAbstractTableModel>

namespace kanbao {

// Keyword-in-context lines of a search, one per hit: left context, the hit, right context, date, paper.
// Sorting by the left column sorts on the left context read backwards from the hit (the word next to the
// hit decides first), as concordances do.
class ConcordanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LeftColumn,
        MatchColumn,
        RightColumn,
        DateColumn,
        PaperColumn,
        ColumnCount
    };
    enum Roles
    {
        ArticleIdRole = Qt::UserRole + 1, // qint64
        SortRole,                         // what the column sorts by
    };

    explicit ConcordanceModel(QObject *parent = nullptr);

    void setLines(const QList<KwicLine> &lines);
    const QList<KwicLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The lines as CSV (article_id, date, paper, page, left, match, right), as `kanbao-cli search --kwic --csv`.
    QString toCsv() const;

private:
    QList<KwicLine> m_lines;
};

} // namespace kanbao
