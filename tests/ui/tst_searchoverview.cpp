// The search results with facets, hits over time, sort and the concordance, in the main window on the
// sample library; models checked with QAbstractItemModelTester; screenshots of what the user sees.
#include "articlelistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "search/concordancemodel.h"
#include "search/facetmodel.h"
#include "search/histogramwidget.h"
#include "search/savedsearchmodel.h"
#include "search/searchoverview.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMouseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace kanbao;

Q_DECLARE_METATYPE(QList<kanbao::HistogramBin>)

class TestSearchOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedChineseQueryShowsFacetsAndHistogram();
    void facetClickFilters();
    void histogramBarClickFiltersThePeriod();
    void sortChooserOrdersByDate();
    void badQuerySaysWhere();
    void concordanceCentresHitsAndExports();
    void refineWrapsOr_data();
    void refineWrapsOr();
    void modelsPassTheTester();
    void histogramShowsEmptyPeriods_data();
    void histogramShowsEmptyPeriods();
    void histogramDragSelectsASpan();
    void overviewIsReadInTheBackground();
    void savedSearchSidebar();
    void screenshots();

private:
    void typeQuery(const QString &query);
    QString shotsDir() const;

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestSearchOverview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(m_library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSearchOverview::init()
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
}

void TestSearchOverview::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
}

// Chinese goes in through the input method (QTest::keyClicks cannot type it).
void TestSearchOverview::typeQuery(const QString &query)
{
    QLineEdit *field = m_window->searchField();
    field->clear();
    field->setFocus();
    QInputMethodEvent event;
    event.setCommitString(query);
    QApplication::sendEvent(field, &event);
    QCOMPARE(field->text(), query);
    QTest::keyClick(field, Qt::Key_Return);
    // The overview is read in the background: wait for it.
    QTRY_VERIFY(!m_window->isSearchOverviewPending());
}

QString TestSearchOverview::shotsDir() const
{
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

void TestSearchOverview::typedChineseQueryShowsFacetsAndHistogram()
{
    typeQuery(QStringLiteral("会议"));
    SearchOverview *overview = m_window->searchOverview();
    QVERIFY(overview->isVisible());
    QVERIFY(overview->facetModel()->rowCount() >= 2); // papers, years at least
    int binned = 0;
    for (const HistogramBin &bin : overview->histogram()->bins())
        binned += bin.count;
    QVERIFY(binned > 0);
    // The status gives the exact count, the same the histogram adds up to.
    const QString status = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"))
                               ->findChildren<QLabel *>()
                               .first()
                               ->text();
    QVERIFY2(status.contains(QString::number(binned)), qPrintable(status));
    // The results get the dock's height: the results list is taller than the window's third.
    QVERIFY(m_window->searchResultsView()->height() > m_window->height() / 3);
    // A one-character query works too.
    typeQuery(QStringLiteral("沛"));
    QVERIFY(m_window->searchModel()->rowCount() > 0);
}

void TestSearchOverview::facetClickFilters()
{
    typeQuery(QStringLiteral("会议"));
    FacetModel *facets = m_window->searchOverview()->facetModel();
    QTreeView *view = m_window->searchOverview()->facetView();
    // The first value of the first group (papers).
    const QModelIndex value = facets->index(0, 0, facets->index(0, 0));
    QVERIFY(value.isValid());
    const int count = value.data(FacetModel::CountRole).toInt();
    const QString filter = value.data(FacetModel::FilterRole).toString();
    QVERIFY(filter.startsWith(QStringLiteral("paper:")));
    view->scrollTo(value);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(value).center());
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("会议 ") + filter);
    // Every row of the filtered list: a screenful at once, the batches after it read in the background.
    ArticleListModel *model = m_window->searchModel();
    QTRY_VERIFY(model->rowCount() > 0 && !model->isFetching());
    while (model->canFetchMore({})) {
        model->fetchMore({});
        QTRY_VERIFY(!model->isFetching());
    }
    QCOMPARE(model->rowCount(), count);
}

void TestSearchOverview::histogramBarClickFiltersThePeriod()
{
    typeQuery(QStringLiteral("会议"));
    HistogramWidget *histogram = m_window->searchOverview()->histogram();
    QVERIFY(!histogram->bins().isEmpty());
    const HistogramBin first = histogram->bins().first();
    const QRect bar = histogram->barRect(0);
    QVERIFY(bar.isValid());
    QCOMPARE(histogram->barAt(bar.center()), 0);
    QTest::mouseClick(histogram, Qt::LeftButton, {}, QPoint(bar.center().x(), histogram->height() / 2));
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("会议 from:%1 to:%1").arg(first.period));
    QTRY_COMPARE(m_window->searchModel()->rowCount(), std::min(first.count, 50));
    for (int row = 0; row < m_window->searchModel()->rowCount(); ++row)
        QVERIFY(m_window->searchModel()
                    ->index(row, 0)
                    .data(ArticleListModel::DateRole)
                    .toDate()
                    .toString(Qt::ISODate)
                    .startsWith(first.period));
}

void TestSearchOverview::sortChooserOrdersByDate()
{
    typeQuery(QStringLiteral("会议"));
    QComboBox *sort = m_window->searchOverview()->sortChooser();
    sort->setCurrentIndex(sort->findData(int(SearchSort::Oldest)));
    QTRY_VERIFY(m_window->searchModel()->rowCount() > 1);
    QDate previous;
    for (int row = 0; row < m_window->searchModel()->rowCount(); ++row) {
        const QDate date = m_window->searchModel()->index(row, 0).data(ArticleListModel::DateRole).toDate();
        QVERIFY(date.isValid());
        QVERIFY(!previous.isValid() || previous <= date);
        previous = date;
    }
}

void TestSearchOverview::badQuerySaysWhere()
{
    typeQuery(QStringLiteral("会议 OR"));
    QCOMPARE(m_window->searchModel()->rowCount(), 0);
    const QString status = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"))
                               ->findChildren<QLabel *>()
                               .first()
                               ->text();
    QVERIFY2(status.contains(QStringLiteral("OR")), qPrintable(status));
}

void TestSearchOverview::concordanceCentresHitsAndExports()
{
    typeQuery(QStringLiteral("吕沛"));
    QTest::mouseClick(m_window->searchOverview()->findChild<QPushButton *>(QStringLiteral("concordanceButton")),
                      Qt::LeftButton);
    QVERIFY(m_window->concordanceDock()->isVisible());
    ConcordanceModel *model = m_window->concordanceView()->model();
    QVERIFY(model->rowCount() > 0);
    const int context = m_window->concordanceView()->context();
    for (const KwicLine &line : model->lines()) {
        QCOMPARE(line.match, QStringLiteral("吕沛"));
        QCOMPARE(line.left.size(), std::min(context, line.offset));
    }
    // Sorting by the right context: the table follows, the model's lines stay.
    QTableView *table = m_window->concordanceView()->table();
    table->sortByColumn(ConcordanceModel::RightColumn, Qt::AscendingOrder);
    QString previous;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString right = table->model()->index(row, ConcordanceModel::RightColumn).data().toString();
        QVERIFY(previous <= right);
        previous = right;
    }
    const QString csv = m_dir.filePath(QStringLiteral("kwic.csv"));
    m_dialogs->saveFileAnswer = csv;
    QTest::mouseClick(m_window->concordanceView()->findChild<QPushButton *>(QStringLiteral("concordanceExport")),
                      Qt::LeftButton);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), model->rowCount() + 1);
    QVERIFY(m_dialogs->warnings.isEmpty());
    // Activating a line opens its article.
    const QModelIndex first = table->model()->index(0, 0);
    emit table->activated(first);
    QCOMPARE(m_window->currentArticleId(), first.data(ConcordanceModel::ArticleIdRole).toLongLong());
}

void TestSearchOverview::refineWrapsOr_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << QStringLiteral("会议 吕沛") << QStringLiteral("会议 吕沛 paper:\"x\"");
    QTest::newRow("or") << QStringLiteral("会议 OR 吕沛") << QStringLiteral("(会议 OR 吕沛) paper:\"x\"");
    QTest::newRow("empty") << QString() << QStringLiteral("paper:\"x\"");
}

void TestSearchOverview::refineWrapsOr()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(SearchOverview::refine(query, QStringLiteral("paper:\"x\"")), expected);
}

void TestSearchOverview::modelsPassTheTester()
{
    typeQuery(QStringLiteral("会议"));
    QAbstractItemModelTester facets(m_window->searchOverview()->facetModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->showConcordance();
    QAbstractItemModelTester concordance(m_window->concordanceView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeQuery(QStringLiteral("吕沛"));
    m_window->showConcordance();
}

void TestSearchOverview::histogramShowsEmptyPeriods_data()
{
    QTest::addColumn<QList<HistogramBin>>("bins");
    QTest::addColumn<QStringList>("periods");
    QTest::newRow("years") << QList<HistogramBin>{{QStringLiteral("2021"), 1, 1}, {QStringLiteral("2024"), 2, 3}}
                           << QStringList{QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
                                          QStringLiteral("2024")};
    QTest::newRow("months across a year")
        << QList<HistogramBin>{{QStringLiteral("2023-11"), 1, 1}, {QStringLiteral("2024-02"), 2, 3}}
        << QStringList{QStringLiteral("2023-11"), QStringLiteral("2023-12"), QStringLiteral("2024-01"),
                       QStringLiteral("2024-02")};
    QTest::newRow("days") << QList<HistogramBin>{{QStringLiteral("2024-02-28"), 1, 1},
                                                 {QStringLiteral("2024-03-01"), 1, 1}}
                          << QStringList{QStringLiteral("2024-02-28"), QStringLiteral("2024-02-29"),
                                         QStringLiteral("2024-03-01")};
}

void TestSearchOverview::histogramShowsEmptyPeriods()
{
    QFETCH(QList<HistogramBin>, bins);
    QFETCH(QStringList, periods);
    HistogramWidget widget;
    widget.resize(400, 80);
    widget.setBins(bins);
    QStringList shown;
    int total = 0;
    for (const HistogramBin &bin : widget.bins()) {
        shown << bin.period;
        total += bin.count;
    }
    QCOMPARE(shown, periods);
    int expected = 0;
    for (const HistogramBin &bin : bins)
        expected += bin.count;
    QCOMPARE(total, expected);
    // An empty period has no bar to click.
    QSignalSpy clicked(&widget, &HistogramWidget::periodClicked);
    const QRect second = widget.barRect(1);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(second.center().x(), widget.height() / 2));
    QCOMPARE(clicked.size(), 0);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(widget.barRect(0).center().x(), widget.height() / 2));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toString(), periods.first());
}

void TestSearchOverview::histogramDragSelectsASpan()
{
    HistogramWidget widget;
    widget.resize(400, 80);
    widget.setBins({{QStringLiteral("2021"), 3, 10}, {QStringLiteral("2022"), 0, 10}, {QStringLiteral("2023"), 5, 10},
                    {QStringLiteral("2024"), 2, 10}});
    QCOMPARE(widget.bins().size(), 4);
    QSignalSpy spans(&widget, &HistogramWidget::periodRangeSelected);
    QSignalSpy clicks(&widget, &HistogramWidget::periodClicked);
    const int y = widget.height() / 2;
    auto send = [&widget](QEvent::Type type, int x, int y, Qt::MouseButtons buttons) {
        QMouseEvent e(type, QPointF(x, y), widget.mapToGlobal(QPointF(x, y)), Qt::LeftButton, buttons, {});
        QApplication::sendEvent(&widget, &e);
    };
    // From the last bar back to the second: the span in time order, the empty year inside it included.
    send(QEvent::MouseButtonPress, widget.barRect(3).center().x(), y, Qt::LeftButton);
    send(QEvent::MouseMove, widget.barRect(2).center().x(), y, Qt::LeftButton);
    send(QEvent::MouseMove, widget.barRect(1).center().x(), y, Qt::LeftButton);
    QVERIFY(!widget.grab().isNull()); // paints the span being dragged
    send(QEvent::MouseButtonRelease, widget.barRect(1).center().x(), y, Qt::NoButton);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().at(0).toString(), QStringLiteral("2022"));
    QCOMPARE(spans.first().at(1).toString(), QStringLiteral("2024"));
    QCOMPARE(clicks.size(), 0);
    // Past the left edge the span stops at the first bar.
    send(QEvent::MouseButtonPress, widget.barRect(2).center().x(), y, Qt::LeftButton);
    send(QEvent::MouseMove, -50, y, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, -50, y, Qt::NoButton);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.last().at(0).toString(), QStringLiteral("2021"));
    QCOMPARE(spans.last().at(1).toString(), QStringLiteral("2023"));
    // A press and release on one bar is still a click.
    send(QEvent::MouseButtonPress, widget.barRect(0).center().x(), y, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, widget.barRect(0).center().x(), y, Qt::NoButton);
    QCOMPARE(clicks.size(), 1);
    QCOMPARE(spans.size(), 2);

    // In the window the span becomes from:/to: in the query, and the results are those of its periods.
    typeQuery(QStringLiteral("焦作"));
    HistogramWidget *histogram = m_window->searchOverview()->histogram();
    const QList<HistogramBin> bins = histogram->bins();
    QVERIFY(!bins.isEmpty());
    const int first = bins.size() > 1 ? 1 : 0; // leave the first period out when there are several
    int expected = 0;
    for (int k = first; k < bins.size(); ++k)
        expected += bins.at(k).count;
    emit histogram->periodRangeSelected(bins.at(first).period, bins.constLast().period);
    const QString query = m_window->searchField()->text();
    QCOMPARE(query, QStringLiteral("焦作 from:%1 to:%2").arg(bins.at(first).period, bins.constLast().period));
    QCOMPARE(int(m_window->reader()->search(query, 0, 100000).size()), expected);
}

// Typing never waits for the count, facets and histogram: the search returns with the overview still on
// its way (greyed, unclickable), and when queries follow each other the overview shown is the last one's.
void TestSearchOverview::overviewIsReadInTheBackground()
{
    m_window->search(QStringLiteral("会议"));
    QVERIFY(m_window->isSearchOverviewPending());
    QVERIFY(!m_window->searchOverview()->isEnabled());
    m_window->search(QStringLiteral("焦作"));
    m_window->search(QStringLiteral("吕沛"));
    QTRY_VERIFY(!m_window->isSearchOverviewPending());
    QVERIFY(m_window->searchOverview()->isEnabled());
    // Let any answer for the earlier queries arrive: it must not replace the last one's.
    QTest::qWait(200);
    int binned = 0;
    for (const HistogramBin &bin : m_window->searchOverview()->histogram()->bins())
        binned += bin.count;
    QCOMPARE(binned, int(m_window->reader()->search(QStringLiteral("吕沛"), 0, 100000).size()));
    const QString status = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"))
                               ->findChildren<QLabel *>()
                               .first()
                               ->text();
    QVERIFY2(status.contains(QString::number(binned)), qPrintable(status));
}

void TestSearchOverview::savedSearchSidebar()
{
    typeQuery(QStringLiteral("吕沛 from:2024"));
    const int total = m_window->searchOverview()->histogram()->bins().isEmpty() ? 0 : [this] {
        int sum = 0;
        for (const HistogramBin &bin : m_window->searchOverview()->histogram()->bins())
            sum += bin.count;
        return sum;
    }();
    QVERIFY(total > 0);
    QTest::mouseClick(m_window->searchOverview()->findChild<QPushButton *>(QStringLiteral("saveSearchButton")),
                      Qt::LeftButton);
    QVERIFY(m_dialogs->warnings.isEmpty());
    SavedSearchModel *saved = m_window->savedSearchModel();
    QCOMPARE(saved->rowCount(), 1);
    const QModelIndex first = saved->index(0, 0);
    QCOMPARE(first.data(SavedSearchModel::QueryRole).toString(), QStringLiteral("吕沛 from:2024"));
    QCOMPARE(first.data(SavedSearchModel::NewHitsRole).toInt(), 0);
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QString::number(total)));
    // Clicking it runs it.
    typeQuery(QStringLiteral("会议"));
    QListView *view = m_window->savedSearchView();
    m_window->findChild<QDockWidget *>(QStringLiteral("savedSearchDock"))->raise();
    QTRY_VERIFY(view->isVisible());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("吕沛 from:2024"));
    QAbstractItemModelTester tester(saved, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSearchOverview::screenshots()
{
    typeQuery(QStringLiteral("会议"));
    QDockWidget *dock = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"));
    QVERIFY(dock->isVisible());
    QVERIFY(m_window->grab().save(shotsDir() + QStringLiteral("/search_results.png")));
    m_window->showConcordance();
    QVERIFY(m_window->grab().save(shotsDir() + QStringLiteral("/search_concordance.png")));
}

QTEST_MAIN(TestSearchOverview)
#include "tst_searchoverview.moc"
