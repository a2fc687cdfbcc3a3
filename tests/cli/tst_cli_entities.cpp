// kanbao-cli entities, end to end: the samples imported with `kanbao-cli import`, then listed as text,
// JSON and CSV, by type, with the user's decisions applied; and its usage errors.
#include "clitesthelpers.h"
#include "cli/cli.h"
#include "entities/entitystore.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;
using namespace kanbao::testing;

class TestCliEntities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_data();
    void json();
    void textAgreesWithJson();
    void csv();
    void decisionsApply();
    void variants();
    void usageErrors_data();
    void usageErrors();
    void reconstructFillsEntities_data();
    void reconstructFillsEntities();

private:
    QStringList base() const { return {QStringLiteral("entities"), QStringLiteral("--library"), m_library}; }

    QTemporaryDir m_dir;
    QString m_library;
};

void TestCliEntities::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("cli.kanbao"));
    const CliRun import = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library,
                                  QStringLiteral(KANBAO_SAMPLES_DIR)});
    QVERIFY2(import.code == cli::Success, qPrintable(import.err));
}

void TestCliEntities::json_data()
{
    QTest::addColumn<QString>("type"); // empty: no --type
    QTest::newRow("all") << QString();
    QTest::newRow("person") << QStringLiteral("person");
    QTest::newRow("organization") << QStringLiteral("organization");
    QTest::newRow("place") << QStringLiteral("place");
}

void TestCliEntities::json()
{
    QFETCH(QString, type);
    QStringList args = base() << QStringLiteral("--json");
    if (!type.isEmpty())
        args << QStringLiteral("--type") << type;
    const CliRun r = runCli(args);
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    const QJsonArray entities = r.json().value(QStringLiteral("entities")).toArray();
    QVERIFY(!entities.isEmpty());
    QSet<QString> types;
    int previous = INT_MAX;
    for (const QJsonValue &v : entities) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
        const int count = o.value(QStringLiteral("count")).toInt();
        QVERIFY(count > 0 && count <= previous); // most mentioned first
        previous = count;
        const QDate first = QDate::fromString(o.value(QStringLiteral("first")).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(o.value(QStringLiteral("last")).toString(), Qt::ISODate);
        QVERIFY(first.isValid() && last.isValid() && first <= last);
        types.insert(o.value(QStringLiteral("type")).toString());
    }
    if (type.isEmpty())
        QCOMPARE(types.size(), 3);
    else
        QCOMPARE(types, QSet<QString>{type});

    // The same figures as the store's.
    Library library;
    QVERIFY(library.open(m_library));
    EntityStore store(library);
    EntityFilter filter;
    if (!type.isEmpty())
        filter.type = entityTypeFromName(type);
    const QList<EntitySummary> stored = store.entities(filter);
    QCOMPARE(entities.size(), stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QJsonObject o = entities[i].toObject();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), stored[i].key.name);
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), stored[i].mentions);
        QCOMPARE(o.value(QStringLiteral("first")).toString(), stored[i].first.toString(Qt::ISODate));
    }
}

void TestCliEntities::textAgreesWithJson()
{
    const CliRun text = runCli(base() << QStringLiteral("--type") << QStringLiteral("person"));
    const CliRun json = runCli(base() << QStringLiteral("--type") << QStringLiteral("person") << QStringLiteral("--json"));
    QCOMPARE(text.code, int(cli::Success));
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QJsonArray entities = json.json().value(QStringLiteral("entities")).toArray();
    QCOMPARE(lines.size(), entities.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char('\t'));
        const QJsonObject o = entities[i].toObject();
        QCOMPARE(fields.size(), 5); // name, type, count, first, last
        QCOMPARE(fields[0], o.value(QStringLiteral("name")).toString());
        QCOMPARE(fields[1], QStringLiteral("person"));
        QCOMPARE(fields[2].toInt(), o.value(QStringLiteral("count")).toInt());
        QCOMPARE(fields[3], o.value(QStringLiteral("first")).toString());
        QCOMPARE(fields[4], o.value(QStringLiteral("last")).toString());
    }
}

void TestCliEntities::csv()
{
    const QString path = m_dir.filePath(QStringLiteral("places.csv"));
    const CliRun r = runCli(base() << QStringLiteral("--type") << QStringLiteral("place") << QStringLiteral("--csv") << path);
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QJsonArray entities = runCli(base() << QStringLiteral("--type") << QStringLiteral("place") << QStringLiteral("--json"))
                                    .json()
                                    .value(QStringLiteral("entities"))
                                    .toArray();
    QCOMPARE(lines.size(), entities.size() + 1);
    QCOMPARE(lines.first(), QStringLiteral("name,type,mentions,articles,first,last"));
    for (qsizetype i = 1; i < lines.size(); ++i)
        QCOMPARE(lines[i].section(QLatin1Char(','), 1, 1), QStringLiteral("place"));

    const CliRun bad = runCli(base() << QStringLiteral("--csv") << m_dir.filePath(QStringLiteral("no/dir/x.csv")));
    QVERIFY(bad.code != cli::Success);
    QVERIFY(bad.err.contains(QStringLiteral("no/dir/x.csv")));
}

void TestCliEntities::decisionsApply()
{
    // Two names for one person: merged in the store (as the GUI does), listed once by the command.
    const QString copy = m_dir.filePath(QStringLiteral("decided.kanbao"));
    QVERIFY(QFile::copy(m_library, copy));
    const EntityKey rarer{QStringLiteral("官卫红"), EntityType::Person};
    const EntityKey commoner{QStringLiteral("宫卫红"), EntityType::Person};
    int both = 0;
    {
        Library library;
        QVERIFY(library.open(copy));
        EntityStore store(library);
        QVERIFY(store.entity(rarer) && store.entity(commoner));
        both = store.entity(rarer)->mentions + store.entity(commoner)->mentions;
        QVERIFY(store.merge(rarer, commoner));
    }
    const CliRun r = runCli({QStringLiteral("entities"), QStringLiteral("--library"), copy, QStringLiteral("--json"),
                             QStringLiteral("--contains"), QStringLiteral("卫红")});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    const QJsonArray entities = r.json().value(QStringLiteral("entities")).toArray();
    QJsonObject merged;
    for (const QJsonValue &v : entities) {
        QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != rarer.name);
        if (v.toObject().value(QStringLiteral("name")).toString() == commoner.name)
            merged = v.toObject();
    }
    QCOMPARE(merged.value(QStringLiteral("count")).toInt(), both);
    QCOMPARE(merged.value(QStringLiteral("aliases")).toArray(), QJsonArray{rarer.name});
}

void TestCliEntities::variants()
{
    const CliRun r = runCli(base() << QStringLiteral("--variants") << QStringLiteral("--json") << QStringLiteral("--type")
                                   << QStringLiteral("person"));
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    const QJsonArray variants = r.json().value(QStringLiteral("variants")).toArray();
    bool found = false;
    for (const QJsonValue &v : variants) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("count")).toInt() <= o.value(QStringLiteral("likely_count")).toInt());
        const QSet<QString> pair{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("likely")).toString()};
        found = found || pair == QSet<QString>{QStringLiteral("官卫红"), QStringLiteral("宫卫红")};
    }
    QVERIFY(found);
}

void TestCliEntities::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // part of stderr
    QTest::newRow("bad type") << QStringList{QStringLiteral("--type"), QStringLiteral("animal")} << int(cli::UsageError)
                              << QStringLiteral("animal");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << int(cli::UsageError)
                                    << QStringLiteral("extra");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("--limit"), QStringLiteral("0")} << int(cli::UsageError)
                               << QStringLiteral("--limit");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << int(cli::UsageError)
                                    << QStringLiteral("frobnicate");
}

void TestCliEntities::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliRun r = runCli(base() + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const QString missing = m_dir.filePath(QStringLiteral("missing.kanbao"));
    const CliRun none = runCli({QStringLiteral("entities"), QStringLiteral("--library"), missing});
    QCOMPARE(none.code, int(cli::LibraryFailed));
    QVERIFY(none.err.contains(QStringLiteral("missing.kanbao")));
    QVERIFY(!QFile::exists(missing)); // a reader does not create a library
}

void TestCliEntities::reconstructFillsEntities_data()
{
    QTest::addColumn<QString>("prefix");
    for (const char *p : {"000", "001", "002", "003"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

void TestCliEntities::reconstructFillsEntities()
{
    QFETCH(QString, prefix);
    const QDir samples(QStringLiteral(KANBAO_SAMPLES_DIR));
    const QStringList files = samples.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const CliRun r = runCli({QStringLiteral("reconstruct"), QStringLiteral("--json"), samples.filePath(files.first())});
    QVERIFY2(r.code == cli::Success, qPrintable(r.err));
    QSet<QString> types;
    int people = 0, withOffice = 0, journalists = 0;
    for (const QJsonValue &page : r.json().value(QStringLiteral("pages")).toArray()) {
        for (const QJsonValue &av : page.toObject().value(QStringLiteral("articles")).toArray()) {
            const QJsonObject article = av.toObject();
            const QJsonArray paragraphs = article.value(QStringLiteral("paragraphs")).toArray();
            for (const QJsonValue &ev : article.value(QStringLiteral("entities")).toArray()) {
                const QJsonObject e = ev.toObject();
                const QString text = e.value(QStringLiteral("text")).toString();
                const QString type = e.value(QStringLiteral("type")).toString();
                QVERIFY(!text.isEmpty());
                types.insert(type);
                if (e.value(QStringLiteral("role")).toString() == QStringLiteral("journalist")) {
                    ++journalists;
                    continue;
                }
                // Offsets point at the name in its paragraph.
                const int paragraph = e.value(QStringLiteral("paragraph")).toInt(-1);
                const int offset = e.value(QStringLiteral("offset")).toInt(-1);
                QVERIFY(paragraph >= 0 && paragraph < paragraphs.size());
                QCOMPARE(paragraphs[paragraph].toString().mid(offset, text.size()), text);
                if (type == QStringLiteral("person")) {
                    ++people;
                    withOffice += e.value(QStringLiteral("office")).toString().isEmpty() ? 0 : 1;
                }
            }
        }
    }
    QCOMPARE(types, (QSet<QString>{QStringLiteral("person"), QStringLiteral("organization"), QStringLiteral("place")}));
    QVERIFY(people > 0);
    QVERIFY(withOffice > 0);
    QVERIFY(journalists > 0);
}

QTEST_GUILESS_MAIN(TestCliEntities)
#include "tst_cli_entities.moc"
