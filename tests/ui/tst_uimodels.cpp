// The window's item models: QAbstractItemModelTester, lazy loading, pinyin order.

#include "articlelistmodel.h"
#include "backgroundreader.h"
#include "entitymodel.h"
#include "fakereader.h"
#include "issuecontentsmodel.h"
#include "storereader.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace kanbao;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pinyinOrder_data();
    void pinyinOrder();
    void entityModelGroupsByType();
    void entityModelHidesJournalists();
    void sampleBylinesAreJournalists();
    void contentsModelOnSamples();
    void contentsModelLoadsPagesLazily();
    void neighbourArticleCrossesPages_data();
    void neighbourArticleCrossesPages();
    void articleListPagesAsItScrolls_data();
    void articleListPagesAsItScrolls();
    void searchModelOnSamples();
    void articleListReadsInTheBackground_data();
    void articleListReadsInTheBackground();
    void articleListDropsBatchesOfAReplacedList();
    void backgroundReaderOnSamples();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestUiModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(m_library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestUiModels::pinyinOrder_data()
{
    QTest::addColumn<QStringList>("shuffled");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("surnames") << QStringList{QStringLiteral("张"), QStringLiteral("陈"), QStringLiteral("白"), QStringLiteral("艾")}
                              << QStringList{QStringLiteral("艾"), QStringLiteral("白"), QStringLiteral("陈"), QStringLiteral("张")};
    QTest::newRow("full names") << QStringList{QStringLiteral("杨磊"), QStringLiteral("吕沛"), QStringLiteral("官卫红"), QStringLiteral("白靖杰")}
                                << QStringList{QStringLiteral("白靖杰"), QStringLiteral("官卫红"), QStringLiteral("吕沛"), QStringLiteral("杨磊")};
    QTest::newRow("places") << QStringList{QStringLiteral("温县"), QStringLiteral("焦作"), QStringLiteral("孟州")}
                            << QStringList{QStringLiteral("焦作"), QStringLiteral("孟州"), QStringLiteral("温县")};
}

void TestUiModels::pinyinOrder()
{
    QFETCH(QStringList, shuffled);
    QFETCH(QStringList, expected);
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<EntityInfo> entities;
    qint64 id = 0;
    for (const QString &name : shuffled)
        entities.append({++id, name, EntityType::Person, 1});
    model.setEntities(entities);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex group = model.index(0, 0);
    QStringList order;
    for (int r = 0; r < model.rowCount(group); ++r)
        order << model.index(r, 0, group).data(EntityModel::NameRole).toString();
    QCOMPARE(order, expected);
}

void TestUiModels::entityModelGroupsByType()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities({{1, QStringLiteral("温县"), EntityType::Place, 1},
                       {2, QStringLiteral("吕沛"), EntityType::Person, 3},
                       {3, QStringLiteral("高新区党工委"), EntityType::Organization, 1},
                       {4, QStringLiteral("官卫红"), EntityType::Person, 1}});
    QCOMPARE(model.rowCount(), 3);
    const EntityType order[] = {EntityType::Person, EntityType::Organization, EntityType::Place};
    for (int g = 0; g < 3; ++g) {
        const QModelIndex group = model.index(g, 0);
        QVERIFY(group.data(EntityModel::IsGroupRole).toBool());
        QCOMPARE(EntityType(group.data(EntityModel::EntityTypeRole).toInt()), order[g]);
        QVERIFY(!(model.flags(group) & Qt::ItemIsSelectable));
    }
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.index(1, 0, model.index(0, 0)).data(EntityModel::MentionsRole).toInt(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::entityModelHidesJournalists()
{
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EntityInfo reporter{1, QStringLiteral("郭树勋"), EntityType::Person, 1};
    reporter.journalist = true;
    model.setEntities({reporter,
                       {2, QStringLiteral("吕沛"), EntityType::Person, 3},
                       {3, QStringLiteral("高新区党工委"), EntityType::Organization, 1}});
    // Hidden by default: the people the article is about, and no byline among them.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(EntityModel::NameRole).toString(), QStringLiteral("吕沛"));
    QCOMPARE(model.hiddenJournalists(), 1);

    model.setShowJournalists(true);
    QCOMPARE(model.hiddenJournalists(), 0);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex journalists = model.index(1, 0);
    QVERIFY(journalists.data(EntityModel::JournalistRole).toBool());
    QVERIFY(!model.index(0, 0).data(EntityModel::JournalistRole).toBool());
    QCOMPARE(EntityType(journalists.data(EntityModel::EntityTypeRole).toInt()), EntityType::Person);
    QCOMPARE(model.rowCount(journalists), 1);
    QCOMPARE(model.index(0, 0, journalists).data(EntityModel::NameRole).toString(), QStringLiteral("郭树勋"));

    model.setShowJournalists(false);
    QCOMPARE(model.rowCount(), 2);
}

// Names met only in a byline come back flagged from the library; the article's subjects do not.
void TestUiModels::sampleBylinesAreJournalists()
{
    QString error;
    std::unique_ptr<LibraryReader> reader = openStoreReader(m_library, false, &error);
    QVERIFY2(reader, qPrintable(error));
    int journalists = 0;
    int others = 0;
    const QList<ArticleRef> hits = reader->search(QStringLiteral("记者"), 0, 50);
    QVERIFY(!hits.isEmpty());
    for (const ArticleRef &hit : hits) {
        const std::optional<ArticleDetail> detail = reader->article(hit.articleId);
        QVERIFY(detail);
        const QStringList byline = detail->reporters + detail->correspondents + detail->authors + detail->photographers;
        for (const EntityInfo &entity : reader->entitiesOfArticle(hit.articleId)) {
            if (!entity.journalist) {
                ++others;
                continue;
            }
            ++journalists;
            QCOMPARE(entity.type, EntityType::Person);
            QVERIFY2(byline.contains(entity.name),
                     qPrintable(entity.name + QStringLiteral(" not in the byline ") + byline.join(u',')));
        }
    }
    QVERIFY(journalists > 0);
    QVERIFY(others > 0);
}

void TestUiModels::contentsModelOnSamples()
{
    QString error;
    std::unique_ptr<LibraryReader> reader = openStoreReader(m_library, false, &error);
    QVERIFY2(reader, qPrintable(error));
    IssueContentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReader(reader.get());
    const QList<IssueInfo> issues = reader->issuesBetween(QDate(1900, 1, 1), QDate(2100, 1, 1));
    QVERIFY(!issues.isEmpty());
    for (const IssueInfo &issue : issues) {
        model.setIssue(issue.id);
        QVERIFY(model.rowCount() > 0);
        int articles = 0;
        for (int p = 0; p < model.rowCount(); ++p) {
            const QModelIndex page = model.index(p, 0);
            QVERIFY(page.data(IssueContentsModel::IsPageRole).toBool());
            if (model.canFetchMore(page))
                model.fetchMore(page);
            articles += model.rowCount(page);
            for (int a = 0; a < model.rowCount(page); ++a) {
                const QModelIndex article = model.index(a, 0, page);
                QVERIFY(article.data(IssueContentsModel::ArticleIdRole).toLongLong() > 0);
                QVERIFY(!article.data().toString().isEmpty());
                QCOMPARE(model.indexOfArticle(article.data(IssueContentsModel::ArticleIdRole).toLongLong()), article);
            }
        }
        QCOMPARE(articles, issue.articleCount);
    }
}

void TestUiModels::contentsModelLoadsPagesLazily()
{
    test::FakeReader reader;
    const qint64 issue = reader.addIssue(QDate(2024, 4, 9), QString(), 40, 25);
    // No tester here: it walks the whole tree, which is what this test checks the model does not do.
    IssueContentsModel model;
    model.setReader(&reader);
    model.setIssue(issue);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(reader.fetches, 0); // no page's articles read yet
    QVERIFY(model.hasChildren(model.index(5, 0)));
    QVERIFY(model.canFetchMore(model.index(5, 0)));
    model.fetchMore(model.index(5, 0));
    QCOMPARE(reader.fetches, 1);
    QCOMPARE(model.rowCount(model.index(5, 0)), 25);
    QVERIFY(!model.canFetchMore(model.index(5, 0)));
}

void TestUiModels::neighbourArticleCrossesPages_data()
{
    QTest::addColumn<int>("startPage");
    QTest::addColumn<int>("startRow");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("expectedPage"); // -1: none
    QTest::addColumn<int>("expectedRow");
    QTest::newRow("within a page") << 0 << 0 << 1 << 0 << 1;
    QTest::newRow("to the next page") << 0 << 2 << 1 << 1 << 0;
    QTest::newRow("back to the previous page") << 1 << 0 << -1 << 0 << 2;
    QTest::newRow("over an empty page") << 1 << 2 << 1 << 3 << 0;
    QTest::newRow("past the end") << 3 << 2 << 1 << -1 << -1;
    QTest::newRow("before the start") << 0 << 0 << -1 << -1 << -1;
    QTest::newRow("several at once") << 0 << 0 << 4 << 1 << 1;
}

void TestUiModels::neighbourArticleCrossesPages()
{
    QFETCH(int, startPage);
    QFETCH(int, startRow);
    QFETCH(int, step);
    QFETCH(int, expectedPage);
    QFETCH(int, expectedRow);
    // Pages of 3, 3, 0 and 3 articles: the third page promises articles but has none.
    struct Shaped : test::FakeReader
    {
        QList<ArticleSummary> articlesOfPage(qint64 pageId) override
        {
            return pageId == 3 ? QList<ArticleSummary>{} : FakeReader::articlesOfPage(pageId);
        }
    } reader;
    const qint64 issue = reader.addIssue(QDate(2024, 4, 11), QString(), 4, 3);
    IssueContentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReader(&reader);
    model.setIssue(issue);
    const QModelIndex start = model.neighbourArticle(QModelIndex(), 0);
    QVERIFY(start.isValid());
    QModelIndex from = model.index(startRow, 0, model.index(startPage, 0));
    if (!from.isValid()) {
        model.fetchMore(model.index(startPage, 0));
        from = model.index(startRow, 0, model.index(startPage, 0));
    }
    QVERIFY(from.isValid());
    const QModelIndex result = model.neighbourArticle(from, step);
    if (expectedPage < 0) {
        QVERIFY(!result.isValid());
        return;
    }
    QVERIFY(result.isValid());
    QCOMPARE(result.parent().row(), expectedPage);
    QCOMPARE(result.row(), expectedRow);
}

void TestUiModels::articleListPagesAsItScrolls_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("batch");
    QTest::newRow("less than a batch") << 7 << 50;
    QTest::newRow("exactly a batch") << 50 << 50;
    QTest::newRow("many batches") << 100000 << 100;
}

void TestUiModels::articleListPagesAsItScrolls()
{
    QFETCH(int, total);
    QFETCH(int, batch);
    test::FakeReader reader;
    for (int i = 0; i < total; ++i) {
        ArticleRef ref;
        ref.articleId = i + 1;
        ref.date = QDate(2020, 1, 1).addDays(i % 1000);
        ref.headline = QStringLiteral("标题");
        ref.snippet = QStringLiteral("前文") + SnippetMarkOpen + QStringLiteral("吕沛") + SnippetMarkClose + QStringLiteral("后文");
        reader.refs.append(ref);
    }
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher([&reader](int offset, int limit) { return reader.search(QString(), offset, limit); }, batch);
    QCOMPARE(model.rowCount(), qMin(total, batch));
    QCOMPARE(reader.fetches, 1);
    QVERIFY(model.index(0, 0).data(ArticleListModel::HtmlRole).toString().contains(QStringLiteral("<b>吕沛</b>")));
    int rounds = 0;
    while (model.canFetchMore({}) && rounds < 3) {
        model.fetchMore({});
        ++rounds;
    }
    QCOMPARE(model.rowCount(), qMin(total, batch * (1 + rounds)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestUiModels::searchModelOnSamples()
{
    QString error;
    std::unique_ptr<LibraryReader> reader = openStoreReader(m_library, false, &error);
    QVERIFY2(reader, qPrintable(error));
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryReader *r = reader.get();
    model.setFetcher([r](int offset, int limit) { return r->search(QStringLiteral("高新区"), offset, limit); }, 5);
    QCOMPARE(model.rowCount(), 5);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QVERIFY(model.rowCount() > 5);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    QCOMPARE(ids.size(), model.rowCount()); // pages neither overlap nor skip
}

void TestUiModels::articleListReadsInTheBackground_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("firstLater");
    QTest::addColumn<int>("first"); // rows of the first batch; 0: a whole batch
    QTest::newRow("first batch at once, the rest later") << 230 << false << 0;
    QTest::newRow("every batch later") << 230 << true << 0;
    QTest::newRow("nothing to list, later") << 0 << true << 0;
    QTest::newRow("a screenful at once, the rest later") << 230 << false << 20;
    QTest::newRow("fewer than a screenful") << 15 << false << 20;
    QTest::newRow("exactly a screenful") << 20 << false << 20;
}

void TestUiModels::articleListReadsInTheBackground()
{
    QFETCH(int, total);
    QFETCH(bool, firstLater);
    QFETCH(int, first);
    constexpr int batch = 100;
    const int firstBatch = first > 0 ? first : batch;
    test::FakeReader reader;
    for (int i = 0; i < total; ++i) {
        ArticleRef ref;
        ref.articleId = i + 1;
        ref.date = QDate(2021, 1, 1).addDays(i);
        reader.refs.append(ref);
    }
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int laterCalls = 0;
    // "Later" is the next turn of the event loop, as a reply from the background thread would be.
    auto later = [&reader, &model, &laterCalls](int offset, int limit, ArticleListModel::Deliver deliver) {
        ++laterCalls;
        QTimer::singleShot(0, &model, [&reader, offset, limit, deliver] { deliver(reader.search(QString(), offset, limit)); });
    };
    model.setFetcher([&reader](int offset, int limit) { return reader.search(QString(), offset, limit); }, batch, later,
                     firstLater ? ArticleListModel::FirstBatch::Later : ArticleListModel::FirstBatch::Now, first);
    QCOMPARE(model.rowCount(), firstLater ? 0 : qMin(total, firstBatch));
    // A short first batch is the end only when the list has no more rows.
    QCOMPARE(model.atEnd(), !firstLater && total < firstBatch);
    QCOMPARE(model.isFetching(), firstLater);
    QSignalSpy arrived(&model, &ArticleListModel::batchArrived);
    while (model.rowCount() < total || model.canFetchMore({}) || model.isFetching()) {
        if (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(model.isFetching());
            QVERIFY(!model.canFetchMore({})); // one batch in flight at a time
        }
        QVERIFY(QTest::qWaitFor([&model] { return !model.isFetching(); }, 2000));
    }
    QCOMPARE(model.rowCount(), total);
    QVERIFY(model.atEnd());
    // Batches after the first came later; the first too when asked.
    const int rest = std::max(0, total - firstBatch);
    const int expectedLater = firstLater ? total / batch + 1 : (total < firstBatch ? 0 : rest / batch + 1);
    QCOMPARE(laterCalls, expectedLater);
    QCOMPARE(arrived.size(), expectedLater);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    QCOMPARE(ids.size(), total);
}

void TestUiModels::articleListDropsBatchesOfAReplacedList()
{
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ArticleListModel::Deliver> pending;
    auto later = [&pending](int, int, ArticleListModel::Deliver deliver) { pending.append(std::move(deliver)); };
    model.setFetcher({}, 10, later, ArticleListModel::FirstBatch::Later);
    QCOMPARE(pending.size(), 1);
    // A second list replaces the first before its rows arrive.
    model.setFetcher({}, 10, later, ArticleListModel::FirstBatch::Later);
    QCOMPARE(pending.size(), 2);
    ArticleRef stale;
    stale.articleId = 1;
    ArticleRef fresh;
    fresh.articleId = 2;
    pending.at(0)({stale});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isFetching());
    pending.at(1)({fresh});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), 2);
    QVERIFY(model.atEnd());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::backgroundReaderOnSamples()
{
    // The real thing: a second connection on a thread of its own returns what the GUI's own returns.
    QString error;
    std::unique_ptr<LibraryReader> reader = openStoreReader(m_library, false, &error);
    QVERIFY2(reader, qPrintable(error));
    const QList<ArticleRef> expected = reader->search(QStringLiteral("高新区"), 5, 5);
    QVERIFY(!expected.isEmpty());
    QObject context;
    QList<ArticleRef> got;
    bool done = false;
    {
        BackgroundReader background(&openStoreReader, m_library);
        background.run(
            &context, [](LibraryReader &r) { return r.search(QStringLiteral("高新区"), 5, 5); },
            [&got, &done](const QList<ArticleRef> &rows) {
                QVERIFY(QThread::currentThread() == QCoreApplication::instance()->thread());
                got = rows;
                done = true;
            });
        QTRY_VERIFY(done);
        // A context gone before the reply: nothing is called.
        bool called = false;
        auto gone = std::make_unique<QObject>();
        background.run(
            gone.get(), [](LibraryReader &r) { return r.search(QStringLiteral("高新区"), 0, 5); },
            [&called](const QList<ArticleRef> &) { called = true; });
        gone.reset();
        QTest::qWait(200);
        QVERIFY(!called);
    }
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i).articleId, expected.at(i).articleId);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
