#include "library/library.h"
#include "library/search.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace kanbao;

namespace {

struct Fixture
{
    qint64 id;
    const char *paper;
    const char *date;
    const char *page;
    const char *headline;
    const char *body;
};

// Small articles exercising the cases that matter: names (吕沛) next to look-alikes (吕…沛 apart, 杨 vs
// 李), a phrase broken by a line break, full-width Latin and digits, and headline vs body hits.
const Fixture fixtures[] = {
    {1, "焦作日报", "2024-04-28", "A01", "高新区重点项目观摩评价会议召开",
     "本报讯（记者赵根志）4月28日，市政协副主席吕沛带队观摩。\n吕沛强调，要强化目标引领。"},
    {2, "焦作日报", "2023-01-10", "A08", "温县召开常委会",
     "市政协副主席、温县县委书记杨磊主持召\n开县委常委会。县领导李怀琛、李琳出席会议。"},
    {3, "焦作晚报", "2024-03-01", "A03", "药品经营企业通过GSP认证",
     "企业投入１４２７．９７万元，于2024年通过ＧＳＰ认证。"},
    {4, "焦作日报", "2022-07-15", "A05", "宗祠修缮", "吕家祠堂位于沛县，吕某表示将继续修缮。"},
    {5, "温县报", "2024-04-02", "A02", "杨柳青青", "春天的杨树发芽了。"},
    {6, "焦作日报", "2024-05-02", "A01", "吕沛调研", "市领导到企业调研了生产情况。"},
    {7, "焦作日报", "2021-06-01", "A02", "企业调研", "市领导吕沛到企业调研了生产。"},
};

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

// Plants the fixtures into a library made by the real migrations (Library::open), the schema search
// reads in the application.
bool plantFixtures(QSqlDatabase &db)
{
    for (const Fixture &f : fixtures) {
        const QString paper = QString::fromUtf8(f.paper), date = QString::fromLatin1(f.date);
        exec(db, QStringLiteral("INSERT OR IGNORE INTO papers(name) VALUES (?)"), {paper});
        exec(db,
             QStringLiteral(
                 "INSERT OR IGNORE INTO issues(paper_id, date) VALUES ((SELECT id FROM papers WHERE "
                 "name = ?), ?)"),
             {paper, date});
        if (!exec(db,
                  QStringLiteral(
                      "INSERT INTO pages(id, issue_id, source_path, label, encoding, content_hash, "
                      "raw_text, imported_at) VALUES (?, (SELECT i.id FROM issues i JOIN papers p ON "
                      "p.id = i.paper_id WHERE p.name = ? AND i.date = ?), ?, ?, 'UTF-8', '', x'00', "
                      "'2024-05-01')"),
                  {f.id, paper, date, QStringLiteral("/a/%1.txt").arg(f.id), QString::fromLatin1(f.page)}))
            return false;
        const QString headline = QString::fromUtf8(f.headline), body = QString::fromUtf8(f.body);
        if (!exec(db,
                  QStringLiteral(
                      "INSERT INTO articles(id, page_id, seq, kind, headline, body) VALUES (?, ?, 0, "
                      "'article', ?, ?)"),
                  {f.id, f.id, headline, body}))
            return false;
        if (!exec(db, QStringLiteral("INSERT INTO article_fts(rowid, headline, body) VALUES (?, ?, ?)"),
                  {f.id, headline, body}))
            return false;
    }
    exec(db,
         QStringLiteral("INSERT INTO tags(id, name, created_at) VALUES (1, '项目', ''), (2, '人物', '')"));
    exec(db, QStringLiteral("INSERT INTO article_tags VALUES (1, 1), (1, 2), (6, 2), (3, 1)"));
    exec(db, QStringLiteral("INSERT INTO entities(id, name, type) VALUES (1, '吕沛', 'person')"));
    return exec(db, QStringLiteral("INSERT INTO mentions(article_id, entity_id) VALUES (1, 1), (6, 1)"));
}

QList<qint64> idsOf(const SearchResults &results)
{
    QList<qint64> ids;
    for (const SearchHit &hit : results.hits)
        ids << hit.articleId;
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList textsOf(const QList<QPair<int, int>> &ranges, const QString &text)
{
    QStringList out;
    for (const auto &r : ranges)
        out << text.mid(r.first, r.second - r.first);
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library m_library;
    QSqlDatabase m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("library.kanbao"))),
                 qPrintable(m_library.errorString()));
        m_db = m_library.database();
        QVERIFY(plantFixtures(m_db));
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        m_library.close();
    }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected");
        using L = QList<qint64>;
        QTest::newRow("2-char name") << QStringLiteral("吕沛") << L{1, 6, 7};
        QTest::newRow("1-char surname") << QStringLiteral("李") << L{2};
        QTest::newRow("1-char not a look-alike") << QStringLiteral("杨") << L{2, 5};
        QTest::newRow("1-char at run end") << QStringLiteral("琳") << L{2};
        QTest::newRow("chars apart do not match") << QStringLiteral("吕家沛") << L{};
        QTest::newRow("phrase across line break") << QStringLiteral("主持召开") << L{2};
        QTest::newRow("latin") << QStringLiteral("GSP") << L{3};
        QTest::newRow("latin lower") << QStringLiteral("gsp") << L{3};
        QTest::newRow("latin full-width") << QStringLiteral("ＧＳＰ") << L{3};
        QTest::newRow("year") << QStringLiteral("2024") << L{3};
        QTest::newRow("decimal") << QStringLiteral("1427.97") << L{3};
        QTest::newRow("decimal part is not a word") << QStringLiteral("97") << L{};
        QTest::newRow("and") << QStringLiteral("吕沛 观摩") << L{1};
        QTest::newRow("explicit and") << QStringLiteral("吕沛 AND 观摩") << L{1};
        QTest::newRow("or") << QStringLiteral("吕沛 OR 杨磊") << L{1, 2, 6, 7};
        QTest::newRow("pipe") << QStringLiteral("吕沛 | 杨磊") << L{1, 2, 6, 7};
        QTest::newRow("minus") << QStringLiteral("吕沛 -观摩") << L{6, 7};
        QTest::newRow("not") << QStringLiteral("吕沛 NOT 观摩") << L{6, 7};
        QTest::newRow("not group") << QStringLiteral("吕沛 -(观摩 OR 生产)") << L{};
        QTest::newRow("parentheses") << QStringLiteral("(吕沛 OR 杨磊) 会议") << L{1, 2};
        QTest::newRow("full-width parentheses") << QStringLiteral("（吕沛 OR 杨磊） 会议") << L{1, 2};
        QTest::newRow("quoted phrase") << QStringLiteral("\"吕沛带队\"") << L{1};
        QTest::newRow("chinese quotes") << QStringLiteral("“吕沛带队”") << L{1};
        QTest::newRow("phrase with space") << QStringLiteral("\"吕沛 带队\"") << L{1};
        QTest::newRow("phrase mixed") << QStringLiteral("\"2024年通过GSP\"") << L{3};
        // FTS5 syntax characters are plain text to the user and must not break anything.
        QTest::newRow("star") << QStringLiteral("吕沛*") << L{1, 6, 7};
        QTest::newRow("caret") << QStringLiteral("^吕沛") << L{1, 6, 7};
        QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE articles; --") << L{};
        QTest::newRow("lowercase or is a word") << QStringLiteral("吕沛 or 杨磊") << L{};
        QTest::newRow("near") << QStringLiteral("吕沛 NEAR/5 观摩") << L{1};
        QTest::newRow("near too far") << QStringLiteral("副主席 NEAR/1 强化") << L{};
        QTest::newRow("near far enough") << QStringLiteral("副主席 NEAR/20 强化") << L{1};
        // A word holding %N must not be substituted while the NEAR group is assembled (found by fuzzing).
        QTest::newRow("near with percent word") << QStringLiteral("%%吕沛 NEAR/5 观摩%1") << L{};
        QTest::newRow("near with percent number") << QStringLiteral("吕沛 NEAR/5 %1观摩") << L{};
        QTest::newRow("headline field") << QStringLiteral("headline:吕沛") << L{6};
        QTest::newRow("headline field or body") << QStringLiteral("headline:宗祠 OR 杨磊") << L{2, 4};
        QTest::newRow("paper part of name") << QStringLiteral("吕沛 paper:日报") << L{1, 6, 7};
        QTest::newRow("paper excluded") << QStringLiteral("企业 -paper:晚报") << L{6, 7};
        QTest::newRow("from year") << QStringLiteral("吕沛 from:2024") << L{1, 6};
        QTest::newRow("to year") << QStringLiteral("吕沛 to:2023") << L{7};
        QTest::newRow("from month to day") << QStringLiteral("from:2024-04 to:2024-04-30") << L{1, 5};
        QTest::newRow("page label") << QStringLiteral("吕沛 page:a01") << L{1, 6};
        QTest::newRow("page number") << QStringLiteral("吕沛 page:1") << L{1, 6};
        QTest::newRow("tag only") << QStringLiteral("tag:人物") << L{1, 6};
        QTest::newRow("tag excluded") << QStringLiteral("吕沛 -tag:人物") << L{7};
        QTest::newRow("person") << QStringLiteral("person:吕沛") << L{1, 6};
        QTest::newRow("person traditional") << QStringLiteral("person:呂沛") << L{1, 6};
        QTest::newRow("person pinyin v") << QStringLiteral("person:\"lv pei\"") << L{1, 6};
        QTest::newRow("person pinyin u") << QStringLiteral("person:lupei") << L{1, 6};
        QTest::newRow("person pinyin tones") << QStringLiteral("person:\"lǚ pèi\"") << L{1, 6};
        QTest::newRow("person unknown") << QStringLiteral("person:\"yang lei\"") << L{};
        QTest::newRow("filter and exclusion") << QStringLiteral("paper:焦作日报 -吕沛") << L{2, 4};
        QTest::newRow("traditional query") << QStringLiteral("呂沛") << L{1, 6, 7};
    }
    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        SearchRequest request;
        request.query = query;
        const SearchResults results = search(m_db, request);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QCOMPARE(sorted(idsOf(results)), expected);
        QCOMPARE(results.total, expected.size());
        QVERIFY(!results.totalIsLowerBound);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles")));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<qint64>("entity");
        QTest::addColumn<QList<qint64>>("expected");
        using L = QList<qint64>;
        const QString lp = QStringLiteral("吕沛");
        QTest::newRow("from") << lp << QDate(2024, 1, 1) << QDate() << QString() << QString() << QStringList()
                              << qint64(0) << L{1, 6};
        QTest::newRow("to") << lp << QDate() << QDate(2024, 4, 28) << QString() << QString() << QStringList()
                            << qint64(0) << L{1, 7};
        QTest::newRow("range") << lp << QDate(2024, 4, 29) << QDate(2024, 5, 2) << QString() << QString()
                               << QStringList() << qint64(0) << L{6};
        QTest::newRow("paper") << QStringLiteral("GSP") << QDate() << QDate() << QStringLiteral("焦作晚报")
                               << QString() << QStringList() << qint64(0) << L{3};
        QTest::newRow("other paper") << lp << QDate() << QDate() << QStringLiteral("焦作晚报") << QString()
                                     << QStringList() << qint64(0) << L{};
        QTest::newRow("unknown paper") << lp << QDate() << QDate() << QStringLiteral("人民日报") << QString()
                                       << QStringList() << qint64(0) << L{};
        QTest::newRow("page") << lp << QDate() << QDate() << QString() << QStringLiteral("A01")
                              << QStringList() << qint64(0) << L{1, 6};
        QTest::newRow("tag") << lp << QDate() << QDate() << QString() << QString()
                             << QStringList{QStringLiteral("人物")} << qint64(0) << L{1, 6};
        QTest::newRow("all tags") << lp << QDate() << QDate() << QString() << QString()
                                  << QStringList{QStringLiteral("人物"), QStringLiteral("项目")} << qint64(0)
                                  << L{1};
        QTest::newRow("entity") << QStringLiteral("调研") << QDate() << QDate() << QString() << QString()
                                << QStringList() << qint64(1) << L{6};
        QTest::newRow("combined") << lp << QDate(2024, 1, 1) << QDate(2024, 12, 31)
                                  << QStringLiteral("焦作日报") << QStringLiteral("A01")
                                  << QStringList{QStringLiteral("人物")} << qint64(1) << L{1, 6};
        QTest::newRow("browse by paper") << QString() << QDate() << QDate() << QStringLiteral("焦作晚报")
                                         << QString() << QStringList() << qint64(0) << L{3};
        QTest::newRow("browse by tag") << QString() << QDate() << QDate() << QString() << QString()
                                       << QStringList{QStringLiteral("项目")} << qint64(0) << L{1, 3};
    }
    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, paper);
        QFETCH(QString, page);
        QFETCH(QStringList, tags);
        QFETCH(qint64, entity);
        QFETCH(QList<qint64>, expected);
        SearchRequest request;
        request.query = query;
        request.from = from;
        request.to = to;
        request.paper = paper;
        request.pageLabel = page;
        request.tags = tags;
        request.entityId = entity;
        const SearchResults results = search(m_db, request);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QCOMPARE(sorted(idsOf(results)), expected);
        QCOMPARE(results.total, expected.size());
    }

    void browseIsNewestFirst()
    {
        SearchRequest request;
        request.paper = QStringLiteral("焦作日报");
        const SearchResults results = search(m_db, request);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QCOMPARE(idsOf(results), (QList<qint64>{6, 1, 2, 4, 7}));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  　 ");
        QTest::newRow("punctuation only") << QStringLiteral("，。*:^");
        QTest::newRow("unclosed parenthesis") << QStringLiteral("(吕沛 OR 杨磊");
        QTest::newRow("stray closing parenthesis") << QStringLiteral("吕沛)");
        QTest::newRow("only excluded") << QStringLiteral("-吕沛");
        QTest::newRow("only NOT") << QStringLiteral("NOT 吕沛");
        QTest::newRow("or of exclusion") << QStringLiteral("杨磊 OR -吕沛");
        QTest::newRow("unclosed quote") << QStringLiteral("\"吕沛带队");
        QTest::newRow("dangling or") << QStringLiteral("吕沛 OR");
        QTest::newRow("unknown field") << QStringLiteral("body:吕沛");
        QTest::newRow("inner quote") << QStringLiteral("吕\"沛");
        QTest::newRow("near without left word") << QStringLiteral("NEAR(吕沛 观摩)");
        QTest::newRow("only excluded filter") << QStringLiteral("-paper:焦作日报");
    }
    void malformed()
    {
        QFETCH(QString, query);
        SearchRequest request;
        request.query = query;
        const SearchResults results = search(m_db, request);
        QVERIFY(!results.error.isEmpty());
        QVERIFY(results.errorPosition >= 0 && results.errorPosition <= query.size());
        QVERIFY(results.hits.isEmpty());
        QCOMPARE(results.total, 0);
    }

    void headlineRanksAboveBody()
    {
        SearchRequest request;
        request.query = QStringLiteral("吕沛");
        const SearchResults results = search(m_db, request);
        const QList<qint64> ids = idsOf(results);
        // 6 and 7 have the same length; 6 has the name in its headline, 7 only in its body.
        QVERIFY(ids.indexOf(6) >= 0 && ids.indexOf(7) >= 0);
        QVERIFY2(ids.indexOf(6) < ids.indexOf(7), qPrintable(QString::number(ids.indexOf(6))));
        for (qsizetype k = 1; k < results.hits.size(); ++k)
            QVERIFY(results.hits[k - 1].rank <= results.hits[k].rank);
    }

    // kanbao_rank is bm25 with the document counts supplied: given the true counts it must agree with
    // FTS5's own bm25 exactly.
    void rankFunctionIsBm25_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("one phrase") << QStringLiteral("\"吕沛\"") << QStringList{QStringLiteral("\"吕沛\"")};
        QTest::newRow("two phrases") << QStringLiteral("\"吕沛\" OR \"调研\"")
                                     << QStringList{QStringLiteral("\"吕沛\""), QStringLiteral("\"调研\"")};
        QTest::newRow("prefix") << QStringLiteral("\"杨\" * OR \"会议\"")
                                << QStringList{QStringLiteral("\"杨\" *"), QStringLiteral("\"会议\"")};
    }
    void rankFunctionIsBm25()
    {
        QFETCH(QString, match);
        QFETCH(QStringList, phrases);
        QStringList counts;
        for (const QString &phrase : phrases) {
            QSqlQuery c(m_db);
            c.prepare(QStringLiteral("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"));
            c.addBindValue(phrase);
            QVERIFY(c.exec() && c.next());
            counts << c.value(0).toString();
        }
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT bm25(article_fts, 1.0, 10.0), kanbao_rank(article_fts, 1.0, 10.0, '%1') "
                           "FROM article_fts WHERE article_fts MATCH ?")
                .arg(counts.join(QLatin1Char(','))));
        q.addBindValue(match);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QVERIFY(q.value(0).toDouble() < 0);
            QVERIFY2(qAbs(q.value(0).toDouble() - q.value(1).toDouble()) < 1e-9,
                     qPrintable(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()));
        }
        QVERIFY(rows > 0);
    }

    void pagingAndTotal()
    {
        SearchRequest request;
        request.query = QStringLiteral("吕沛");
        const QList<qint64> all = idsOf(search(m_db, request));
        QCOMPARE(all.size(), 3);
        request.limit = 1;
        request.offset = 1;
        const SearchResults page = search(m_db, request);
        QCOMPARE(page.total, 3);
        QCOMPARE(idsOf(page), QList<qint64>{all.at(1)});
    }

    // Past SearchRankWindow matches the count stays exact, and ranking still returns the best-ranked page
    // of hits (here: the articles with the word in their headline).
    void countIsExactPastRankWindow()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY2(library.open(dir.filePath(QStringLiteral("c.kanbao"))), qPrintable(library.errorString()));
        QSqlDatabase db = library.database();
        QVERIFY(plantFixtures(db));
        QVERIFY(exec(db, QStringLiteral("BEGIN")));
        const int extra = SearchRankWindow + 20;
        for (int k = 0; k < extra; ++k) {
            const qint64 id = 100 + k;
            const QString headline = k % 100 == 99 ? QStringLiteral("观摩报道") : QStringLiteral("新闻");
            const QString body = QStringLiteral("第%1篇，领导到现场观摩指导工作。").arg(k);
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO articles(id, page_id, seq, kind, headline, body) "
                                        "VALUES (?, 1, ?, 'article', ?, ?)"),
                         {id, k, headline, body}));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO article_fts(rowid, headline, body) VALUES (?, ?, ?)"),
                         {id, headline, body}));
        }
        QVERIFY(exec(db, QStringLiteral("COMMIT")));
        SearchRequest request;
        request.query = QStringLiteral("观摩");
        request.limit = 5;
        const SearchResults results = search(db, request);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QCOMPARE(results.total, extra + 1); // and article 1
        QVERIFY(!results.totalIsLowerBound);
        QCOMPARE(results.hits.size(), 5);
        for (const SearchHit &hit : results.hits)
            QCOMPARE(hit.headline, QStringLiteral("观摩报道"));
        // The histogram's counts add up to the same total.
        const SearchHistogram histogram = searchHistogram(db, request, HistogramUnit::Day);
        int sum = 0;
        for (const HistogramBin &bin : histogram.bins)
            sum += bin.count;
        QCOMPARE(sum, results.total);
        // Without an exact total (the window's list, which counts in the background): the same hits in the
        // same order with the same snippets and ranks, and a lower bound instead of the count; in every
        // order, and exact where the ranking saw every match.
        for (const SearchSort sort : {SearchSort::Relevance, SearchSort::Newest, SearchSort::Oldest}) {
            for (const QString &query : {QStringLiteral("观摩"), QStringLiteral("吕沛")}) {
                SearchRequest exact;
                exact.query = query;
                exact.sort = sort;
                exact.limit = 7;
                exact.offset = 2;
                SearchRequest uncounted = exact;
                uncounted.exactTotal = false;
                const SearchResults a = search(db, exact), b = search(db, uncounted);
                QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
                QCOMPARE(idsOf(b), idsOf(a));
                for (qsizetype k = 0; k < a.hits.size(); ++k) {
                    QCOMPARE(b.hits.at(k).snippet, a.hits.at(k).snippet);
                    QCOMPARE(b.hits.at(k).bodyHits, a.hits.at(k).bodyHits);
                    QCOMPARE(b.hits.at(k).rank, a.hits.at(k).rank);
                }
                QVERIFY(!a.totalIsLowerBound);
                QVERIFY(b.total <= a.total);
                QVERIFY(b.total >= exact.offset + int(b.hits.size()));
                if (sort == SearchSort::Relevance && a.total <= SearchRankWindow) {
                    QCOMPARE(b.total, a.total);
                    QVERIFY(!b.totalIsLowerBound);
                }
                if (b.total < a.total)
                    QVERIFY(b.totalIsLowerBound);
            }
        }
        // Paged past the end: no hits, the count still given.
        request.query = QStringLiteral("吕沛");
        request.offset = 10;
        const SearchResults past = search(db, request);
        QVERIFY(past.hits.isEmpty());
        QCOMPARE(past.total, 3);
    }

    void sortByDate_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("sort");
        QTest::addColumn<QList<qint64>>("expected");
        using L = QList<qint64>;
        QTest::newRow("newest") << QStringLiteral("吕沛") << int(SearchSort::Newest) << L{6, 1, 7};
        QTest::newRow("oldest") << QStringLiteral("吕沛") << int(SearchSort::Oldest) << L{7, 1, 6};
        QTest::newRow("relevance without words is newest")
            << QStringLiteral("paper:焦作日报") << int(SearchSort::Relevance) << L{6, 1, 2, 4, 7};
        QTest::newRow("oldest filter only") << QStringLiteral("tag:项目") << int(SearchSort::Oldest) << L{3, 1};
    }
    void sortByDate()
    {
        QFETCH(QString, query);
        QFETCH(int, sort);
        QFETCH(QList<qint64>, expected);
        SearchRequest request;
        request.query = query;
        request.sort = SearchSort(sort);
        const SearchResults results = search(m_db, request);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QCOMPARE(idsOf(results), expected);
    }

    void facets()
    {
        SearchRequest request;
        request.query = QStringLiteral("吕沛 OR 企业");
        const SearchFacets facets = searchFacets(m_db, request);
        QVERIFY2(facets.error.isEmpty(), qPrintable(facets.error));
        // Matches: 1, 3, 6, 7.
        QCOMPARE(facets.papers, (QList<FacetValue>{{QStringLiteral("焦作日报"), 3}, {QStringLiteral("焦作晚报"), 1}}));
        QCOMPARE(facets.years, (QList<FacetValue>{{QStringLiteral("2024"), 3}, {QStringLiteral("2021"), 1}}));
        QCOMPARE(facets.pages, (QList<FacetValue>{{QStringLiteral("A01"), 2}, {QStringLiteral("A02"), 1},
                                                  {QStringLiteral("A03"), 1}}));
        QCOMPARE(facets.people, (QList<FacetValue>{{QStringLiteral("吕沛"), 2}}));
        QCOMPARE(facets.tags, (QList<FacetValue>{{QStringLiteral("人物"), 2}, {QStringLiteral("项目"), 2}}));
        // A facet value used as a filter gives its count.
        for (const FacetValue &paper : facets.papers) {
            SearchRequest narrowed = request;
            narrowed.query = QStringLiteral("(%1) paper:%2").arg(request.query, paper.value);
            QCOMPARE(search(m_db, narrowed).total, paper.count);
        }
    }

    void histogram_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<QStringList>("periods");
        QTest::addColumn<QList<int>>("counts");
        QTest::newRow("year") << int(HistogramUnit::Year) << QStringList{QStringLiteral("2021"), QStringLiteral("2024")}
                              << QList<int>{1, 2};
        QTest::newRow("month") << int(HistogramUnit::Month)
                               << QStringList{QStringLiteral("2021-06"), QStringLiteral("2024-04"),
                                              QStringLiteral("2024-05")}
                               << QList<int>{1, 1, 1};
    }
    void histogram()
    {
        QFETCH(int, unit);
        QFETCH(QStringList, periods);
        QFETCH(QList<int>, counts);
        SearchRequest request;
        request.query = QStringLiteral("吕沛");
        const SearchHistogram histogram = searchHistogram(m_db, request, HistogramUnit(unit));
        QVERIFY2(histogram.error.isEmpty(), qPrintable(histogram.error));
        QStringList gotPeriods;
        QList<int> gotCounts;
        for (const HistogramBin &bin : histogram.bins) {
            gotPeriods << bin.period;
            gotCounts << bin.count;
            QVERIFY(bin.issues >= 1);
        }
        QCOMPARE(gotPeriods, periods);
        QCOMPARE(gotCounts, counts);
    }

    void kwic()
    {
        SearchRequest request;
        request.query = QStringLiteral("吕沛");
        request.sort = SearchSort::Oldest;
        const KwicResults kwic = searchKwic(m_db, request, 4);
        QVERIFY2(kwic.error.isEmpty(), qPrintable(kwic.error));
        // Body hits: article 7 once, article 1 twice; article 6 has the name in its headline only.
        QCOMPARE(kwic.lines.size(), 3);
        QCOMPARE(kwic.articles, 2);
        QCOMPARE(kwic.lines.at(0).articleId, 7);
        QCOMPARE(kwic.lines.at(0).left, QStringLiteral("市领导"));
        QCOMPARE(kwic.lines.at(0).right, QStringLiteral("到企业调"));
        for (const KwicLine &line : kwic.lines) {
            QCOMPARE(line.match, QStringLiteral("吕沛"));
            QVERIFY(line.left.size() <= 4 && line.right.size() <= 4);
            QVERIFY(!line.left.contains(QLatin1Char('\n')));
        }
        QCOMPARE(kwic.lines.at(2).left, QStringLiteral("观摩。 ")); // the line break shown as a space
    }

    // Traditional and simplified characters are one: in the index and in queries, with highlights on the
    // characters as printed.
    void variantCharacters()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY2(library.open(dir.filePath(QStringLiteral("v.kanbao"))), qPrintable(library.errorString()));
        QSqlDatabase db = library.database();
        QVERIFY(plantFixtures(db));
        const QString body = QStringLiteral("呂沛同志談經濟發展。");
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO articles(id, page_id, seq, kind, headline, body) "
                                    "VALUES (50, 1, 9, 'article', '舊聞', ?)"),
                     {body}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO article_fts(rowid, headline, body) VALUES (50, '舊聞', ?)"),
                     {body}));
        SearchRequest request;
        for (const QString &query : {QStringLiteral("呂沛"), QStringLiteral("吕沛")}) {
            request.query = query;
            const SearchResults results = search(db, request);
            QCOMPARE(sorted(idsOf(results)), (QList<qint64>{1, 6, 7, 50}));
        }
        request.query = QStringLiteral("发展");
        const SearchResults development = search(db, request);
        QCOMPARE(idsOf(development), QList<qint64>{50});
        QCOMPARE(textsOf(development.hits.first().bodyHits, body), QStringList{QStringLiteral("發展")});
        request.query = QStringLiteral("發展");
        QCOMPARE(idsOf(search(db, request)), QList<qint64>{50});
    }

    void hitDetails()
    {
        SearchRequest request;
        request.query = QStringLiteral("主持召开 李");
        const SearchResults results = search(m_db, request);
        QCOMPARE(results.hits.size(), 1);
        const SearchHit &hit = results.hits.first();
        QCOMPARE(hit.articleId, qint64(2));
        QCOMPARE(hit.paper, QStringLiteral("焦作日报"));
        QCOMPARE(hit.date, QDate(2023, 1, 10));
        QCOMPARE(hit.page, QStringLiteral("A08"));
        QCOMPARE(hit.headline, QStringLiteral("温县召开常委会"));
        const QString body = QString::fromUtf8(fixtures[1].body);
        QCOMPARE(textsOf(hit.bodyHits, body),
                 (QStringList{QStringLiteral("主持召\n开"), QStringLiteral("李"), QStringLiteral("李")}));
        QCOMPARE(
            snippetToPlain(hit.snippet),
            QStringLiteral(
                "市政协副主席、温县县委书记杨磊[主持召 开]县委常委会。县领导[李]怀琛、[李]琳出席会议。"));
    }

    void findHits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("repeated") << QStringLiteral("吕沛") << QStringLiteral("吕沛带队，吕沛讲话")
                                  << QStringList{QStringLiteral("吕沛"), QStringLiteral("吕沛")};
        QTest::newRow("one char") << QStringLiteral("李") << QStringLiteral("李琳与杨磊、小李")
                                  << QStringList{QStringLiteral("李"), QStringLiteral("李")};
        QTest::newRow("apart") << QStringLiteral("吕沛") << QStringLiteral("吕某到沛县") << QStringList();
        QTest::newRow("full-width") << QStringLiteral("GSP 2024") << QStringLiteral("ＧＳＰ认证2024年")
                                    << QStringList{QStringLiteral("ＧＳＰ"), QStringLiteral("2024")};
        QTest::newRow("excluded not marked")
            << QStringLiteral("吕沛 -李") << QStringLiteral("吕沛李") << QStringList{QStringLiteral("吕沛")};
        QTest::newRow("line break") << QStringLiteral("召开") << QStringLiteral("召\n开")
                                    << QStringList{QStringLiteral("召\n开")};
        QTest::newRow("phrase") << QStringLiteral("\"吕沛带队\"") << QStringLiteral("吕沛带队观摩")
                                << QStringList{QStringLiteral("吕沛带队")};
        QTest::newRow("overlapping merge") << QStringLiteral("吕沛 沛带") << QStringLiteral("吕沛带队")
                                           << QStringList{QStringLiteral("吕沛带")};
        QTest::newRow("supplementary")
            << QStringLiteral("𠀋子") << QStringLiteral("A𠀋子B") << QStringList{QStringLiteral("𠀋子")};
        QTest::newRow("decimal") << QStringLiteral("1427.97") << QStringLiteral("共１４２７．９７万元")
                                 << QStringList{QStringLiteral("１４２７．９７")};
        QTest::newRow("malformed") << QStringLiteral("(吕沛") << QStringLiteral("吕沛") << QStringList();
    }
    void findHits()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(textsOf(kanbao::findHits(query, text), text), expected);
    }

    void snippets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const QString longText =
            QString(50, QChar(0x5E02)) + QStringLiteral("吕沛") + QString(100, QChar(0x53BF));
        QTest::newRow("middle") << longText << QStringLiteral("吕沛")
                                << QStringLiteral("…") + QString(20, QChar(0x5E02)) +
                                       QStringLiteral("[吕沛]") + QString(38, QChar(0x53BF)) +
                                       QStringLiteral("…");
        QTest::newRow("no hit") << longText << QStringLiteral("杨")
                                << longText.left(60) + QStringLiteral("…");
        QTest::newRow("short") << QStringLiteral("吕沛\n讲话") << QStringLiteral("讲话")
                               << QStringLiteral("吕沛 [讲话]");
    }
    void snippets()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(snippetToPlain(buildSnippet(text, kanbao::findHits(query, text))), expected);
    }

    void snippetHtml()
    {
        const QString snippet = QStringLiteral("a<") + SnippetHitBegin + QStringLiteral("b&") +
                                SnippetHitEnd + QStringLiteral(">");
        QCOMPARE(snippetToHtml(snippet), QStringLiteral("a&lt;<b>b&amp;</b>&gt;"));
    }

    // The overview from the in-memory article columns gives what the joins give, for word queries, filters
    // only, exclusions, and sections, people and tags; the summary's count is search()'s.
    void overviewPathsAgree_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("or") << QStringLiteral("吕沛 OR 企业");
        QTest::newRow("name") << QStringLiteral("吕沛");
        QTest::newRow("filter only") << QStringLiteral("paper:焦作日报");
        QTest::newRow("exclusion") << QStringLiteral("企业 -吕沛");
        QTest::newRow("tag") << QStringLiteral("tag:人物");
        QTest::newRow("section") << QStringLiteral("section:要闻");
        QTest::newRow("no match") << QStringLiteral("火星");
        QTest::newRow("one character") << QStringLiteral("杨");
    }
    void overviewPathsAgree()
    {
        QFETCH(QString, query);
        QVERIFY(exec(m_db, QStringLiteral("UPDATE pages SET section = '要闻' WHERE id IN (1, 6, 3)")));
        SearchRequest request;
        request.query = query;
        // The histogram first: it loads the columns without people and tags, which the facets then need.
        QVERIFY(searchHistogram(m_db, request, HistogramUnit::Year, OverviewPath::Columns).error.isEmpty());
        const SearchFacets joins = searchFacets(m_db, request, 20, OverviewPath::Joins);
        const SearchFacets columns = searchFacets(m_db, request, 20, OverviewPath::Columns);
        QVERIFY2(joins.error.isEmpty(), qPrintable(joins.error));
        QVERIFY2(columns.error.isEmpty(), qPrintable(columns.error));
        QCOMPARE(columns.papers, joins.papers);
        QCOMPARE(columns.years, joins.years);
        QCOMPARE(columns.pages, joins.pages);
        QCOMPARE(columns.sections, joins.sections);
        QCOMPARE(columns.people, joins.people);
        QCOMPARE(columns.tags, joins.tags);
        const int total = search(m_db, request).total;
        for (const HistogramUnit unit : {HistogramUnit::Year, HistogramUnit::Month, HistogramUnit::Day}) {
            const SearchHistogram a = searchHistogram(m_db, request, unit, OverviewPath::Joins);
            const SearchHistogram b = searchHistogram(m_db, request, unit, OverviewPath::Columns);
            QCOMPARE(b.bins.size(), a.bins.size());
            int sum = 0;
            for (qsizetype k = 0; k < a.bins.size(); ++k) {
                QCOMPARE(b.bins.at(k).period, a.bins.at(k).period);
                QCOMPARE(b.bins.at(k).count, a.bins.at(k).count);
                QCOMPARE(b.bins.at(k).issues, a.bins.at(k).issues);
                sum += a.bins.at(k).count;
            }
            QCOMPARE(sum, total);
            for (const OverviewPath path : {OverviewPath::Joins, OverviewPath::Columns}) {
                const SearchSummary summary = searchSummary(m_db, request, unit, 20, path);
                QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
                QCOMPARE(summary.total, total);
                QCOMPARE(summary.facets.papers, joins.papers);
                QCOMPARE(summary.facets.people, joins.people);
                QCOMPARE(summary.histogram.bins.size(), a.bins.size());
            }
        }
        QVERIFY(exec(m_db, QStringLiteral("UPDATE pages SET section = NULL")));
    }

    // What the connection keeps in memory (the matches' ids, the article columns) never outlives a change
    // of the library, whether this connection made it or another one.
    void cachedCountsFollowChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.kanbao"));
        Library library;
        QVERIFY2(library.open(path), qPrintable(library.errorString()));
        QSqlDatabase db = library.database();
        QVERIFY(plantFixtures(db));
        SearchRequest request;
        request.query = QStringLiteral("吕沛");
        QCOMPARE(search(db, request).total, 3);
        QCOMPARE(searchSummary(db, request, HistogramUnit::Year, 20, OverviewPath::Columns).total, 3);
        const auto add = [](QSqlDatabase &to, qint64 id, const QString &paper) {
            const QString body = QStringLiteral("吕沛出席会议。");
            return exec(to, QStringLiteral("INSERT INTO articles(id, page_id, seq, kind, headline, body) VALUES "
                                           "(?, (SELECT min(p.id) FROM pages p JOIN issues i ON i.id = p.issue_id "
                                           "JOIN papers pa ON pa.id = i.paper_id WHERE pa.name = ?), 9, "
                                           "'article', '会议', ?)"),
                        {id, paper, body}) &&
                   exec(to, QStringLiteral("INSERT INTO article_fts(rowid, headline, body) VALUES (?, '会议', ?)"),
                        {id, body});
        };
        // This connection writes.
        QVERIFY(add(db, 60, QStringLiteral("温县报")));
        QCOMPARE(search(db, request).total, 4);
        SearchSummary summary = searchSummary(db, request, HistogramUnit::Year, 20, OverviewPath::Columns);
        QCOMPARE(summary.total, 4);
        QVERIFY(summary.facets.papers.contains(FacetValue{QStringLiteral("温县报"), 1}));
        // Another connection writes.
        {
            Library other;
            QVERIFY2(other.open(path), qPrintable(other.errorString()));
            {
                QSqlDatabase otherDb = other.database();
                QVERIFY(add(otherDb, 61, QStringLiteral("温县报")));
            }
            other.close();
        }
        QCOMPARE(search(db, request).total, 5);
        summary = searchSummary(db, request, HistogramUnit::Year, 20, OverviewPath::Columns);
        QCOMPARE(summary.total, 5);
        QVERIFY(summary.facets.papers.contains(FacetValue{QStringLiteral("温县报"), 2}));
        db = QSqlDatabase();
        library.close();
    }

    void closedDatabase()
    {
        QSqlDatabase db;
        SearchRequest request;
        request.query = QStringLiteral("吕沛");
        QVERIFY(!search(db, request).error.isEmpty());
    }

    void noIndex()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("noindex"));
            db.setDatabaseName(dir.filePath(QStringLiteral("n.kanbao")));
            QVERIFY(db.open());
            SearchRequest request;
            request.query = QStringLiteral("吕沛");
            QVERIFY(!search(db, request).error.isEmpty());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("noindex"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
