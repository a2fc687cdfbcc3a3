// kanbao-cli offices, end to end: the samples imported with `kanbao-cli import`, then the career rows
// (person, office, organization, first, last, mentions, articles) as text, JSON and CSV, per person and per
// organization; and its usage errors.
#include "clitesthelpers.h"
#include "cli/cli.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

QJsonArray officeRows(const CliRun &run)
{
    return run.json().value(QStringLiteral("offices")).toArray();
}

} // namespace

class TestCliOffices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsAreConsistent_data();
    void rowsAreConsistent();
    void chainGivesEveryOffice();
    void organizationLists();
    void csvAgreesWithJson();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList base() const { return {QStringLiteral("offices"), QStringLiteral("--library"), m_library}; }

    QTemporaryDir m_dir;
    QString m_library;
};

void TestCliOffices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("offices.kanbao"));
    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library,
                                  QStringLiteral(KANBAO_SAMPLES_DIR)});
    QVERIFY2(import.code == cli::Success, qPrintable(import.err));
}

void TestCliOffices::rowsAreConsistent_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::newRow("all") << QStringList();
    QTest::newRow("person") << QStringList{QStringLiteral("--person"), QStringLiteral("吕沛")};
    QTest::newRow("organization") << QStringList{QStringLiteral("--organization"), QStringLiteral("高新区")};
}

void TestCliOffices::rowsAreConsistent()
{
    QFETCH(QStringList, filter);
    const CliRun run = runCli(base() + filter + QStringList{QStringLiteral("--json")});
    QCOMPARE(run.code, int(cli::Success));
    const QJsonArray rows = officeRows(run);
    QVERIFY(!rows.isEmpty());
    QSet<QString> keys;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const QString person = o.value(QStringLiteral("person")).toString();
        const QString office = o.value(QStringLiteral("office")).toString();
        const QString organization = o.value(QStringLiteral("organization")).toString();
        QVERIFY(!person.isEmpty() && !office.isEmpty());
        // One row per (person, office, organization).
        const QString key = person + u'|' + office + u'|' + organization;
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        const QDate first = QDate::fromString(o.value(QStringLiteral("first")).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(o.value(QStringLiteral("last")).toString(), Qt::ISODate);
        QVERIFY(first.isValid() && last.isValid() && first <= last);
        const int articles = int(o.value(QStringLiteral("articles")).toArray().size());
        QVERIFY(articles >= 1);
        QVERIFY(o.value(QStringLiteral("mentions")).toInt() >= articles);
        if (filter.value(0) == QLatin1String("--person"))
            QCOMPARE(person, filter.value(1));
        if (filter.value(0) == QLatin1String("--organization")) {
            const QStringList written =
                QVariant(o.value(QStringLiteral("written")).toVariant()).toStringList();
            QVERIFY2(organization.contains(filter.value(1)) || written.join(u' ').contains(filter.value(1)),
                     qPrintable(organization));
        }
    }
}

void TestCliOffices::chainGivesEveryOffice()
{
    // 市政协副主席、高新区（示范区）党工委书记吕沛: two offices, each with its organization; the 焦作日报
    // page completes 市政协 with the paper's city.
    const CliRun run = runCli(
        base() + QStringList{QStringLiteral("--person"), QStringLiteral("吕沛"), QStringLiteral("--json")});
    QCOMPARE(run.code, int(cli::Success));
    QSet<QString> offices;
    for (const QJsonValue &v : officeRows(run))
        offices.insert(v[QStringLiteral("office")].toString() + u'@' +
                       v[QStringLiteral("organization")].toString());
    QVERIFY2(offices.contains(QStringLiteral("党工委书记@示范区（高新区）党工委")), qPrintable(run.out));
    QVERIFY2(offices.contains(QStringLiteral("政协副主席@焦作市政协")), qPrintable(run.out));
}

void TestCliOffices::organizationLists()
{
    // Per organization: the holders of each office, by organization, office and first date.
    const CliRun run = runCli(base() + QStringList{QStringLiteral("--organization"), QStringLiteral("党工委"),
                                                   QStringLiteral("--json")});
    QCOMPARE(run.code, int(cli::Success));
    const QJsonArray rows = officeRows(run);
    QSet<QString> holders;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        if (o.value(QStringLiteral("office")).toString() == QStringLiteral("党工委书记"))
            holders.insert(o.value(QStringLiteral("person")).toString());
        if (i > 0) {
            const QJsonObject p = rows[i - 1].toObject();
            const QString a = p.value(QStringLiteral("organization")).toString() + u'|' +
                              p.value(QStringLiteral("office")).toString();
            const QString b = o.value(QStringLiteral("organization")).toString() + u'|' +
                              o.value(QStringLiteral("office")).toString();
            QVERIFY2(a <= b, qPrintable(a + QStringLiteral(" before ") + b));
        }
    }
    QVERIFY(holders.contains(QStringLiteral("吕沛")));
}

void TestCliOffices::csvAgreesWithJson()
{
    const CliRun json = runCli(base() + QStringList{QStringLiteral("--json")});
    const CliRun csv = runCli(base() + QStringList{QStringLiteral("--csv")});
    const CliRun text = runCli(base());
    QCOMPARE(csv.code, int(cli::Success));
    QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), QStringLiteral("person,office,organization,first,last,mentions,articles"));
    QCOMPARE(lines.size(), officeRows(json).size());
    QCOMPARE(text.out.count(u'\n'), officeRows(json).size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = officeRows(json)[i].toObject();
        QVERIFY2(lines[i].startsWith(o.value(QStringLiteral("person")).toString() + u',' +
                                     o.value(QStringLiteral("office")).toString() + u','),
                 qPrintable(lines[i]));
        QStringList ids;
        for (const QJsonValue &id : o.value(QStringLiteral("articles")).toArray())
            ids << QString::number(id.toInteger());
        QVERIFY2(lines[i].endsWith(u',' + ids.join(u';')), qPrintable(lines[i]));
    }
}

void TestCliOffices::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("csv and json") << QStringList{QStringLiteral("--csv"), QStringLiteral("--json")}
                                  << int(cli::UsageError) << QStringLiteral("together");
    QTest::newRow("empty person") << QStringList{QStringLiteral("--person"), QStringLiteral(" ")}
                                  << int(cli::UsageError) << QStringLiteral("need a name");
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << int(cli::UsageError)
                                << QStringLiteral("unexpected argument");
}

void TestCliOffices::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliRun run = runCli(base() + args);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // No library there: a clear error naming the file, not an empty list.
    const QString missing = m_dir.filePath(QStringLiteral("none.kanbao"));
    const CliRun none = runCli({QStringLiteral("offices"), QStringLiteral("--library"), missing});
    QCOMPARE(none.code, int(cli::LibraryFailed));
    QVERIFY2(none.err.contains(QStringLiteral("none.kanbao")), qPrintable(none.err));
}

QTEST_GUILESS_MAIN(TestCliOffices)
#include "tst_cli_offices.moc"
