// kanbao-cli search: the query language's errors, sort, facets, histogram and concordance, end to end on the
// bundled samples in a temporary library.
#include "clitesthelpers.h"
#include "cli/cli.h"
#include "library/library.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;
using namespace kanbao::testing;

class TestCliSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    CliRun search(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("search"), QStringLiteral("--library"), m_library} + args);
    }

    int total(const QString &query) const
    {
        const CliRun r = search({QStringLiteral("--json"), query});
        if (r.code != 0)
            qWarning() << query << r.err;
        return r.code == 0 ? r.json().value(QStringLiteral("total")).toInt() : -1;
    }

    // An oracle independent of the index: articles whose text, with line breaks and spaces removed, holds
    // every one of `present` and none of `absent` as a substring.
    int countByScanning(const QStringList &present, const QStringList &absent = {}) const
    {
        Library library;
        if (!library.open(m_library))
            return -1;
        QSqlQuery q(library.database());
        q.exec(QStringLiteral("SELECT coalesce(headline, '') || char(10) || body FROM articles"));
        int n = 0;
        while (q.next()) {
            QString text = q.value(0).toString();
            text.remove(QRegularExpression(QStringLiteral("\\s")));
            bool ok = true;
            for (const QString &p : present)
                ok = ok && text.contains(p);
            for (const QString &a : absent)
                ok = ok && !text.contains(a);
            n += ok ? 1 : 0;
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
        const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library,
                                 QStringLiteral(KANBAO_SAMPLES_DIR)});
        QCOMPARE(r.code, 0);
    }

    // Counts against a scan of the articles' text: a phrase, a NOT, the traditional spelling.
    void countsAgainstTheText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("phrase") << QStringLiteral("\"市政协副主席\"") << QStringList{QStringLiteral("市政协副主席")}
                                << QStringList{};
        QTest::newRow("not") << QStringLiteral("会议 NOT 吕沛") << QStringList{QStringLiteral("会议")}
                             << QStringList{QStringLiteral("吕沛")};
        QTest::newRow("minus") << QStringLiteral("焦作 -会议") << QStringList{QStringLiteral("焦作")}
                               << QStringList{QStringLiteral("会议")};
        QTest::newRow("two-char") << QStringLiteral("吕沛") << QStringList{QStringLiteral("吕沛")} << QStringList{};
        QTest::newRow("traditional") << QStringLiteral("呂沛") << QStringList{QStringLiteral("吕沛")} << QStringList{};
        QTest::newRow("one-char") << QStringLiteral("沛") << QStringList{QStringLiteral("沛")} << QStringList{};
    }
    void countsAgainstTheText()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const int expected = countByScanning(present, absent);
        QVERIFY(expected > 0);
        QCOMPARE(total(query), expected);
    }

    void traditionalAndSimplifiedAgree()
    {
        QCOMPARE(total(QStringLiteral("呂沛")), total(QStringLiteral("吕沛")));
        QCOMPARE(total(QStringLiteral("會議")), total(QStringLiteral("会议")));
    }

    void personByPinyin_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("v") << QStringLiteral("person:\"lv pei\"");
        QTest::newRow("ü") << QStringLiteral("person:\"lü pei\"");
        QTest::newRow("u run together") << QStringLiteral("person:lupei");
    }
    void personByPinyin()
    {
        QFETCH(QString, query);
        const int byName = total(QStringLiteral("person:吕沛"));
        QVERIFY(byName > 0);
        QCOMPARE(total(query), byName);
        const CliRun r = search({QStringLiteral("--json"), query});
        for (const QJsonValue &v : r.json().value(QStringLiteral("results")).toArray()) {
            const QJsonObject hit = v.toObject();
            const CliRun shown = runCli({QStringLiteral("show"), QStringLiteral("--library"), m_library,
                                         QString::number(hit.value(QStringLiteral("article_id")).toInteger())});
            QVERIFY(shown.out.contains(QStringLiteral("吕沛")));
        }
    }

    void histogramSumsToTotal_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("periodLength");
        QTest::newRow("year") << QStringLiteral("year") << 4;
        QTest::newRow("month") << QStringLiteral("month") << 7;
        QTest::newRow("day") << QStringLiteral("day") << 10;
    }
    void histogramSumsToTotal()
    {
        QFETCH(QString, unit);
        QFETCH(int, periodLength);
        const CliRun r = search({QStringLiteral("--json"), QStringLiteral("--histogram"), unit, QStringLiteral("会议")});
        QCOMPARE(r.code, 0);
        const QJsonArray bins = r.json().value(QStringLiteral("histogram")).toArray();
        QVERIFY(!bins.isEmpty());
        int sum = 0;
        QString previous;
        for (const QJsonValue &v : bins) {
            const QJsonObject bin = v.toObject();
            const QString period = bin.value(QStringLiteral("period")).toString();
            QCOMPARE(period.size(), periodLength);
            QVERIFY(period > previous);
            previous = period;
            QVERIFY(bin.value(QStringLiteral("count")).toInt() > 0);
            QVERIFY(bin.value(QStringLiteral("issues")).toInt() > 0);
            sum += bin.value(QStringLiteral("count")).toInt();
        }
        QCOMPARE(sum, r.json().value(QStringLiteral("total")).toInt());
    }

    void kwicCentresTheHit()
    {
        const int context = 6;
        const CliRun r = search({QStringLiteral("--json"), QStringLiteral("--kwic"), QString::number(context),
                                 QStringLiteral("吕沛")});
        QCOMPARE(r.code, 0);
        const QJsonArray lines = r.json().value(QStringLiteral("lines")).toArray();
        QVERIFY(!lines.isEmpty());
        for (const QJsonValue &v : lines) {
            const QJsonObject line = v.toObject();
            for (const char *key : {"article_id", "date", "left", "match", "right"})
                QVERIFY2(line.contains(QLatin1String(key)), key);
            QCOMPARE(line.value(QStringLiteral("match")).toString(), QStringLiteral("吕沛"));
            const QString left = line.value(QStringLiteral("left")).toString();
            const QString right = line.value(QStringLiteral("right")).toString();
            QVERIFY(left.size() <= context && right.size() <= context);
            // Centred: full context on each side unless the article starts or ends there.
            const int offset = line.value(QStringLiteral("offset")).toInt();
            QCOMPARE(left.size(), std::min(context, offset));
        }
        const CliRun csv = search({QStringLiteral("--kwic"), QString::number(context), QStringLiteral("--csv"),
                                   QStringLiteral("吕沛")});
        QCOMPARE(csv.code, 0);
        const QStringList rows = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.first(), QStringLiteral("article_id,date,paper,page,left,match,right"));
        QCOMPARE(rows.size(), lines.size() + 1);
    }

    void facets()
    {
        const CliRun r = search({QStringLiteral("--json"), QStringLiteral("--facets"), QStringLiteral("会议")});
        QCOMPARE(r.code, 0);
        const QJsonObject facets = r.json().value(QStringLiteral("facets")).toObject();
        QStringList keys = facets.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("page"), QStringLiteral("paper"), QStringLiteral("person"),
                                    QStringLiteral("section"), QStringLiteral("tag"), QStringLiteral("year")}));
        const int all = r.json().value(QStringLiteral("total")).toInt();
        int papers = 0;
        for (const QJsonValue &v : facets.value(QStringLiteral("paper")).toArray())
            papers += v.toObject().value(QStringLiteral("count")).toInt();
        QCOMPARE(papers, all);
        // Filtering on a year facet gives its count.
        const QJsonObject year = facets.value(QStringLiteral("year")).toArray().first().toObject();
        const QString y = year.value(QStringLiteral("value")).toString();
        QCOMPARE(total(QStringLiteral("会议 from:%1 to:%1").arg(y)), year.value(QStringLiteral("count")).toInt());
        const QJsonArray people = facets.value(QStringLiteral("person")).toArray();
        QVERIFY(!people.isEmpty());
        const QJsonObject person = people.first().toObject();
        QCOMPARE(total(QStringLiteral("会议 person:%1").arg(person.value(QStringLiteral("value")).toString())),
                 person.value(QStringLiteral("count")).toInt());
    }

    void sortsByDate()
    {
        for (const QString &order : {QStringLiteral("newest"), QStringLiteral("oldest")}) {
            const CliRun r = search({QStringLiteral("--json"), QStringLiteral("--sort"), order, QStringLiteral("会议")});
            QCOMPARE(r.code, 0);
            QStringList dates;
            for (const QJsonValue &v : r.json().value(QStringLiteral("results")).toArray())
                dates << v.toObject().value(QStringLiteral("date")).toString();
            QVERIFY(dates.size() > 1);
            QStringList expected = dates;
            std::sort(expected.begin(), expected.end());
            if (order == QLatin1String("newest"))
                std::reverse(expected.begin(), expected.end());
            QCOMPARE(dates, expected);
        }
    }

    void malformedQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("caretColumn"); // columns before the caret, after the two-space indent
        QTest::newRow("unclosed parenthesis") << QStringLiteral("吕沛 (会议") << 5;
        QTest::newRow("dangling OR") << QStringLiteral("吕沛 OR") << 5;
        QTest::newRow("unclosed quote") << QStringLiteral("\"吕沛") << 0;
        QTest::newRow("unknown field") << QStringLiteral("会议 foo:bar") << 5;
        QTest::newRow("bad date") << QStringLiteral("会议 from:2024-02-30") << 10;
    }
    void malformedQueries()
    {
        QFETCH(QString, query);
        QFETCH(int, caretColumn);
        const CliRun r = search({query});
        QCOMPARE(r.code, int(cli::UsageError));
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.err.split(QLatin1Char('\n'));
        const qsizetype at = lines.indexOf(QStringLiteral("  ") + query);
        QVERIFY2(at >= 0 && at + 2 < lines.size(), qPrintable(r.err));
        QCOMPARE(lines.at(at + 1), QStringLiteral("  ") + QString(caretColumn, QLatin1Char(' ')) + QLatin1Char('^'));
        QVERIFY(lines.at(at + 2).contains(QStringLiteral("character")));
    }

    void savedSearchesAndCollections()
    {
        const QString library = m_dir.filePath(QStringLiteral("lists.kanbao"));
        QVERIFY(QFile::copy(m_library, library));
        const auto cli = [&library](const QString &command, const QStringList &args) {
            return runCli(QStringList{command, QStringLiteral("--library"), library} + args);
        };
        QCOMPARE(cli(QStringLiteral("saved-search"), {QStringLiteral("add"), QStringLiteral("吕"), QStringLiteral("吕沛")}).code, 0);
        const CliRun bad = cli(QStringLiteral("saved-search"), {QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("吕沛 OR")});
        QCOMPARE(bad.code, int(cli::UsageError));
        QVERIFY(bad.err.contains(QLatin1Char('^')));
        const CliRun listed = cli(QStringLiteral("saved-search"), {QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        const QJsonArray saved = listed.json().value(QStringLiteral("saved_searches")).toArray();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().toObject().value(QStringLiteral("total")).toInt(), total(QStringLiteral("吕沛")));
        QCOMPARE(saved.first().toObject().value(QStringLiteral("new")).toInt(), 0);
        const CliRun opened = cli(QStringLiteral("saved-search"), {QStringLiteral("--json"), QStringLiteral("open"), QStringLiteral("吕")});
        QCOMPARE(opened.code, 0);
        QCOMPARE(opened.json().value(QStringLiteral("total")).toInt(), total(QStringLiteral("吕沛")));
        QCOMPARE(cli(QStringLiteral("saved-search"), {QStringLiteral("open"), QStringLiteral("nobody")}).code, int(cli::InputFailed));

        // A collection of the first two hits: a search scope and an export.
        const QJsonArray hits = search({QStringLiteral("--json"), QStringLiteral("吕沛")}).json().value(QStringLiteral("results")).toArray();
        QVERIFY(hits.size() >= 2);
        const QString first = QString::number(hits.at(0).toObject().value(QStringLiteral("article_id")).toInteger());
        const QString second = QString::number(hits.at(1).toObject().value(QStringLiteral("article_id")).toInteger());
        QCOMPARE(cli(QStringLiteral("collection"), {QStringLiteral("add"), QStringLiteral("待读"), first, second}).code, 0);
        QCOMPARE(cli(QStringLiteral("collection"), {QStringLiteral("add"), QStringLiteral("待读"), QStringLiteral("999999")}).code,
                 int(cli::InputFailed));
        const CliRun scoped = cli(QStringLiteral("search"), {QStringLiteral("--json"), QStringLiteral("collection:待读 吕沛")});
        QCOMPARE(scoped.json().value(QStringLiteral("total")).toInt(), 2);
        const CliRun jsonl = cli(QStringLiteral("collection"), {QStringLiteral("export"), QStringLiteral("待读"),
                                                                 QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(jsonl.code, 0);
        const QStringList lines = jsonl.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(o.value(QStringLiteral("body")).toString().contains(QStringLiteral("吕沛")) ||
                    o.value(QStringLiteral("headline")).toString().contains(QStringLiteral("吕沛")));
        }
        const QString csvPath = m_dir.filePath(QStringLiteral("待读.csv"));
        QCOMPARE(cli(QStringLiteral("collection"), {QStringLiteral("export"), QStringLiteral("待读"), QStringLiteral("--output"), csvPath}).code, 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("id,date,paper,page,headline,byline,body"));
        const CliRun shown = cli(QStringLiteral("collection"), {QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("待读")});
        QCOMPARE(shown.json().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(cli(QStringLiteral("collection"), {QStringLiteral("delete"), QStringLiteral("待读")}).code, 0);
        QCOMPARE(cli(QStringLiteral("collection"), {QStringLiteral("--json"), QStringLiteral("list")}).json()
                     .value(QStringLiteral("collections")).toArray().size(), 0);
    }

    void exportsTheResultSet()
    {
        const int all = total(QStringLiteral("吕沛"));
        const CliRun r = search({QStringLiteral("--export"), QStringLiteral("jsonl"), QStringLiteral("吕沛")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), all); // every result, not a page of 50
        for (const QString &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY(o.contains(QStringLiteral("body")) && o.contains(QStringLiteral("date")));
        }
        const CliRun csv = search({QStringLiteral("--export"), QStringLiteral("csv"), QStringLiteral("--limit"),
                                   QStringLiteral("2"), QStringLiteral("吕沛")});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("id,date,paper,page,headline,byline,body\n")));
        QCOMPARE(search({QStringLiteral("--export"), QStringLiteral("xml"), QStringLiteral("吕沛")}).code,
                 int(cli::UsageError));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("sort") << QStringList{QStringLiteral("--sort"), QStringLiteral("random"), QStringLiteral("会议")};
        QTest::newRow("histogram") << QStringList{QStringLiteral("--histogram"), QStringLiteral("week"),
                                                  QStringLiteral("会议")};
        QTest::newRow("kwic") << QStringList{QStringLiteral("--kwic"), QStringLiteral("many"), QStringLiteral("会议")};
        QTest::newRow("csv without kwic") << QStringList{QStringLiteral("--csv"), QStringLiteral("会议")};
        QTest::newRow("offset") << QStringList{QStringLiteral("--offset"), QStringLiteral("-1"), QStringLiteral("会议")};
    }
    void badOptions()
    {
        QFETCH(QStringList, args);
        const CliRun r = search(args);
        QCOMPARE(r.code, int(cli::UsageError));
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
