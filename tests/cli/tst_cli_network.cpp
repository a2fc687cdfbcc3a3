// kanbao-cli network, end to end: the samples imported with `kanbao-cli import`, then who appears with
// whom as text, JSON and a CSV edge list, with the period and weight filters; and its usage errors.
#include "cli/cli.h"
#include "clitesthelpers.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <climits>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

QJsonArray edgeRows(const CliRun &run)
{
    return run.json().value(QStringLiteral("edges")).toArray();
}

QString pairOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("source")).toString() + u'|' + o.value(QStringLiteral("target")).toString();
}

} // namespace

class TestCliNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void edgesAreConsistent();
    void journalistsLeftOut();
    void periodFilter_data();
    void periodFilter();
    void minimumWeight();
    void csvAgreesWithJson();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList base() const { return {QStringLiteral("network"), QStringLiteral("--library"), m_library}; }

    QTemporaryDir m_dir;
    QString m_library;
    QJsonArray m_all;
};

void TestCliNetwork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("network.kanbao"));
    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library,
                                  QStringLiteral(KANBAO_SAMPLES_DIR)});
    QVERIFY2(import.code == cli::Success, qPrintable(import.err));
    const CliRun run = runCli(base() + QStringList{QStringLiteral("--json")});
    QCOMPARE(run.code, int(cli::Success));
    m_all = edgeRows(run);
    QVERIFY(!m_all.isEmpty());
}

void TestCliNetwork::edgesAreConsistent()
{
    QSet<QString> pairs;
    int previousWeight = INT_MAX;
    for (const QJsonValue &v : std::as_const(m_all)) {
        const QJsonObject o = v.toObject();
        const QString source = o.value(QStringLiteral("source")).toString();
        const QString target = o.value(QStringLiteral("target")).toString();
        // Undirected: each pair once, in one order, never a person with themself.
        QVERIFY2(source < target, qPrintable(pairOf(o)));
        QVERIFY2(!pairs.contains(pairOf(o)), qPrintable(pairOf(o)));
        pairs.insert(pairOf(o));
        const int weight = o.value(QStringLiteral("articles")).toInt();
        QVERIFY(weight >= 1 && weight <= previousWeight);
        previousWeight = weight;
        const QDate first = QDate::fromString(o.value(QStringLiteral("first")).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(o.value(QStringLiteral("last")).toString(), Qt::ISODate);
        QVERIFY(first.isValid() && last.isValid() && first <= last);
    }
    // 高新区（示范区）党工委书记吕沛 and 党工委副书记、管委会主任宫卫红 chair the same meetings.
    QVERIFY(pairs.contains(QStringLiteral("吕沛|宫卫红")) || pairs.contains(QStringLiteral("宫卫红|吕沛")));
}

void TestCliNetwork::journalistsLeftOut()
{
    // Byline names (本报记者 原文钊) are a role of their own, not people of the network.
    for (const QJsonValue &v : std::as_const(m_all)) {
        const QJsonObject o = v.toObject();
        for (const QString &name :
             {o.value(QStringLiteral("source")).toString(), o.value(QStringLiteral("target")).toString()})
            QVERIFY2(name != QStringLiteral("原文钊") && name != QStringLiteral("刘金元"),
                     qPrintable(pairOf(o)));
    }
}

void TestCliNetwork::periodFilter_data()
{
    QTest::addColumn<int>("splitIndex"); // which edge's first date splits the period
    QTest::newRow("first edge") << 0;
    QTest::newRow("last edge") << -1;
}

void TestCliNetwork::periodFilter()
{
    QFETCH(int, splitIndex);
    const QJsonObject split = m_all.at(splitIndex < 0 ? m_all.size() - 1 : splitIndex).toObject();
    const QDate day = QDate::fromString(split.value(QStringLiteral("first")).toString(), Qt::ISODate);
    const CliRun until = runCli(
        base() + QStringList{QStringLiteral("--to"), day.toString(Qt::ISODate), QStringLiteral("--json")});
    const CliRun after =
        runCli(base() + QStringList{QStringLiteral("--from"), day.addDays(1).toString(Qt::ISODate),
                                    QStringLiteral("--json")});
    QCOMPARE(until.code, int(cli::Success));
    QCOMPARE(after.code, int(cli::Success));
    // The pair is seen on `day`, so it is in the period that ends then.
    bool found = false;
    for (const QJsonValue &v : edgeRows(until)) {
        QVERIFY(QDate::fromString(v[QStringLiteral("last")].toString(), Qt::ISODate) <= day);
        found = found || pairOf(v.toObject()) == pairOf(split);
    }
    QVERIFY2(found, qPrintable(pairOf(split)));
    for (const QJsonValue &v : edgeRows(after))
        QVERIFY(QDate::fromString(v[QStringLiteral("first")].toString(), Qt::ISODate) > day);
    // Weights of the two periods add up to the whole.
    QHash<QString, int> sum;
    for (const CliRun *run : {&until, &after}) {
        for (const QJsonValue &v : edgeRows(*run))
            sum[pairOf(v.toObject())] += v[QStringLiteral("articles")].toInt();
    }
    QCOMPARE(sum.size(), m_all.size());
    for (const QJsonValue &v : std::as_const(m_all))
        QCOMPARE(sum.value(pairOf(v.toObject())), v[QStringLiteral("articles")].toInt());
}

void TestCliNetwork::minimumWeight()
{
    const CliRun run =
        runCli(base() + QStringList{QStringLiteral("--min"), QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(run.code, int(cli::Success));
    int expected = 0;
    for (const QJsonValue &v : std::as_const(m_all))
        expected += v[QStringLiteral("articles")].toInt() >= 2 ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(edgeRows(run).size(), expected);
}

void TestCliNetwork::csvAgreesWithJson()
{
    const CliRun csv = runCli(base() + QStringList{QStringLiteral("--csv")});
    const CliRun text = runCli(base());
    QCOMPARE(csv.code, int(cli::Success));
    QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), QStringLiteral("Source,Target,Weight,first,last"));
    QCOMPARE(lines.size(), m_all.size());
    QCOMPARE(text.out.count(u'\n'), m_all.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = m_all[i].toObject();
        QCOMPARE(lines[i], o.value(QStringLiteral("source")).toString() + u',' +
                               o.value(QStringLiteral("target")).toString() + u',' +
                               QString::number(o.value(QStringLiteral("articles")).toInt()) + u',' +
                               o.value(QStringLiteral("first")).toString() + u',' +
                               o.value(QStringLiteral("last")).toString());
    }
}

void TestCliNetwork::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("csv and json") << QStringList{QStringLiteral("--csv"), QStringLiteral("--json")}
                                  << QStringLiteral("together");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2024-13-01")}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("reversed period") << QStringList{QStringLiteral("--from"), QStringLiteral("2024-02-01"),
                                                    QStringLiteral("--to"), QStringLiteral("2024-01-01")}
                                     << QStringLiteral("after");
    QTest::newRow("zero weight") << QStringList{QStringLiteral("--min"), QStringLiteral("0")}
                                 << QStringLiteral("--min");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")}
                                << QStringLiteral("unexpected argument");
}

void TestCliNetwork::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun run = runCli(base() + args);
    QCOMPARE(run.code, int(cli::UsageError));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    const QString missing = m_dir.filePath(QStringLiteral("none.kanbao"));
    const CliRun none = runCli({QStringLiteral("network"), QStringLiteral("--library"), missing});
    QCOMPARE(none.code, int(cli::LibraryFailed));
    QVERIFY2(none.err.contains(QStringLiteral("none.kanbao")), qPrintable(none.err));
}

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_cli_network.moc"
