#include "search/searchoverview.h"

#include "dialogprovider.h"
#include "search/concordancemodel.h"
#include "search/facetmodel.h"
#include "search/histogramwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kanbao {

SearchOverview::SearchOverview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("searchOverview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("searchSort"));
    m_sort->addItem(tr("Best match"), int(SearchSort::Relevance));
    m_sort->addItem(tr("Newest first"), int(SearchSort::Newest));
    m_sort->addItem(tr("Oldest first"), int(SearchSort::Oldest));
    m_sort->setToolTip(tr("Order of the results"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("histogramUnit"));
    m_unit->addItem(tr("By year"), int(HistogramUnit::Year));
    m_unit->addItem(tr("By month"), int(HistogramUnit::Month));
    m_unit->addItem(tr("By day"), int(HistogramUnit::Day));
    m_unit->setToolTip(tr("Hits over time: one bar per year, month or day"));
    m_perIssue = new QCheckBox(tr("Per issue"), this);
    m_perIssue->setToolTip(tr("Divide each period's hits by the issues of that period in the library"));
    m_concordance = new QPushButton(tr("Concordance"), this);
    m_concordance->setObjectName(QStringLiteral("concordanceButton"));
    m_concordance->setToolTip(tr("Every hit on a line of its own, in context"));
    controls->addWidget(m_sort);
    controls->addWidget(m_unit);
    controls->addWidget(m_perIssue);
    controls->addStretch(1);
    layout->addLayout(controls);
    // The actions on a row of their own: the dock is narrow.
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    m_save = new QPushButton(tr("Save Search"), this);
    m_save->setObjectName(QStringLiteral("saveSearchButton"));
    m_save->setToolTip(tr("Keep this search in Saved Searches, which counts its new hits after imports"));
    actions->addWidget(m_save);
    actions->addWidget(m_concordance);
    layout->addLayout(actions);
    m_histogram = new HistogramWidget(this);
    layout->addWidget(m_histogram);
    m_facetModel = new FacetModel(this);
    m_facetView = new QTreeView(this);
    m_facetView->setObjectName(QStringLiteral("facetView"));
    m_facetView->setModel(m_facetModel);
    m_facetView->setHeaderHidden(true);
    m_facetView->setToolTip(tr("Click a value to show only its articles"));
    layout->addWidget(m_facetView, 1);

    connect(m_sort, &QComboBox::currentIndexChanged, this, &SearchOverview::sortChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &SearchOverview::unitChanged);
    connect(m_perIssue, &QCheckBox::toggled, m_histogram, &HistogramWidget::setPerIssue);
    connect(m_concordance, &QPushButton::clicked, this, &SearchOverview::concordanceRequested);
    connect(m_save, &QPushButton::clicked, this, &SearchOverview::saveRequested);
    connect(m_histogram, &HistogramWidget::periodClicked, this, [this](const QString &period) {
        emit filterRequested(QStringLiteral("from:%1 to:%1").arg(period));
    });
    connect(m_histogram, &HistogramWidget::periodRangeSelected, this, [this](const QString &first, const QString &last) {
        emit filterRequested(QStringLiteral("from:%1 to:%2").arg(first, last));
    });
    connect(m_facetView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QString filter = index.data(FacetModel::FilterRole).toString();
        if (!filter.isEmpty())
            emit filterRequested(filter);
    });
}

SearchSort SearchOverview::sort() const
{
    return SearchSort(m_sort->currentData().toInt());
}

HistogramUnit SearchOverview::unit() const
{
    return HistogramUnit(m_unit->currentData().toInt());
}

void SearchOverview::setResults(const SearchFacets &facets, const SearchHistogram &histogram)
{
    m_facetModel->setFacets(facets);
    m_facetView->expandAll();
    m_histogram->setBins(histogram.bins);
}

void SearchOverview::clear()
{
    m_facetModel->clear();
    m_histogram->setBins({});
}

QString SearchOverview::refine(const QString &query, const QString &filter)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return filter;
    const bool hasOr = trimmed.contains(QLatin1String(" OR ")) || trimmed.contains(QLatin1Char('|'));
    return (hasOr ? QStringLiteral("(%1)").arg(trimmed) : trimmed) + QLatin1Char(' ') + filter;
}

ConcordanceView::ConcordanceView(DialogProvider *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("concordanceView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *controls = new QHBoxLayout;
    m_status = new QLabel(this);
    m_context = new QSpinBox(this);
    m_context->setObjectName(QStringLiteral("concordanceContext"));
    m_context->setRange(2, 200);
    m_context->setValue(20);
    m_context->setSuffix(tr(" characters each side"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("concordanceExport"));
    controls->addWidget(m_status, 1);
    controls->addWidget(m_context);
    controls->addWidget(m_export);
    layout->addLayout(controls);
    m_model = new ConcordanceModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ConcordanceModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("concordanceTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ConcordanceModel::LeftColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConcordanceModel::RightColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConcordanceModel::MatchColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConcordanceModel::DateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConcordanceModel::PaperColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_context, &QSpinBox::valueChanged, this, &ConcordanceView::contextChanged);
    connect(m_export, &QPushButton::clicked, this, &ConcordanceView::chooseExportFile);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(ConcordanceModel::ArticleIdRole).toLongLong(), m_query);
    });
}

void ConcordanceView::setLines(const QString &query, const KwicResults &lines)
{
    m_query = query;
    m_model->setLines(lines.lines);
    m_status->setText(lines.error.isEmpty()
                          ? tr("%n hit(s)", nullptr, int(lines.lines.size())) + QStringLiteral(" · ") +
                                tr("in %n article(s)", nullptr, lines.articles)
                          : lines.error);
    m_export->setEnabled(!lines.lines.isEmpty());
}

int ConcordanceView::context() const
{
    return m_context->value();
}

bool ConcordanceView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv().toUtf8()) < 0 || !file.commit()) {
        m_dialogs->warning(this, tr("Export concordance"),
                           tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ConcordanceView::chooseExportFile()
{
    const QString path = m_dialogs->getSaveFileName(this, tr("Export concordance"), QStringLiteral("concordance.csv"),
                                                    tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace kanbao
