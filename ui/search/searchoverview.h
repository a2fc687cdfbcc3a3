#pragma once

#include "library/search.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTreeView;

namespace kanbao {

class ConcordanceModel;
class DialogProvider;
class FacetModel;
class HistogramWidget;

// What sits between the search field and the results: the order of the results, hits over time (a
// histogram whose bars filter the period) and the facets (whose values filter on a click). It only
// shows and asks; the main window runs the searches.
class SearchOverview : public QWidget
{
    Q_OBJECT

public:
    explicit SearchOverview(QWidget *parent = nullptr);

    SearchSort sort() const;
    HistogramUnit unit() const;

    void setResults(const SearchFacets &facets, const SearchHistogram &histogram);
    void clear();

    HistogramWidget *histogram() const { return m_histogram; }
    FacetModel *facetModel() const { return m_facetModel; }
    QTreeView *facetView() const { return m_facetView; }
    QComboBox *sortChooser() const { return m_sort; }
    QComboBox *unitChooser() const { return m_unit; }

    // The query with `filter` added (the query parenthesised when it has an OR, as filters apply to all).
    static QString refine(const QString &query, const QString &filter);

signals:
    void filterRequested(const QString &filter);
    void sortChanged();
    void unitChanged();
    void concordanceRequested();
    void saveRequested();

private:
    QComboBox *m_sort = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_perIssue = nullptr;
    QPushButton *m_concordance = nullptr;
    QPushButton *m_save = nullptr;
    HistogramWidget *m_histogram = nullptr;
    FacetModel *m_facetModel = nullptr;
    QTreeView *m_facetView = nullptr;
};

// The concordance of a search: every hit as a line, keyword centred, sortable by each column; a double
// click opens the article; "Export CSV…" writes the lines.
class ConcordanceView : public QWidget
{
    Q_OBJECT

public:
    ConcordanceView(DialogProvider *dialogs, QWidget *parent = nullptr);

    void setLines(const QString &query, const KwicResults &lines);
    int context() const;

    ConcordanceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Writes the CSV to `path`; false with a warning shown when it cannot.
    bool exportCsv(const QString &path);

signals:
    void contextChanged(int characters);
    void articleActivated(qint64 articleId, const QString &query);

private:
    void chooseExportFile();

    DialogProvider *m_dialogs;
    QString m_query;
    ConcordanceModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QSpinBox *m_context = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace kanbao
