// kanbao-cli import / issues / search / show, end to end on the bundled samples in a temporary library.
#include "clitesthelpers.h"
#include "cli/cli.h"
#include "library/library.h"
#include "library/schema.h"
#include "model/pagejson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsSamples();
    void importIsIdempotentAndReportsBadFiles();
    void importListsSkippedAndFailedFiles();
    void listsIssues();
    void searches();
    void searchFilters();
    void showsArticle();
    void showUnknownArticle();
    void readableOutput();
    void refusesBadLibraries_data();
    void refusesBadLibraries();
    void damagedPagesAreReported();
    void lockedLibraryStillReadsButRefusesImport();
    void missingLibraryIsNotCreatedByReaders();
    void defaultLibraryWithoutOption();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestCliLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
}

void TestCliLibrary::importsSamples()
{
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library, QStringLiteral("--json"),
                             QStringLiteral(KANBAO_SAMPLES_DIR)});
    QCOMPARE(r.code, 0);
    const QJsonObject summary = r.json();
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("replaced")).toInt(), 0);
    QVERIFY(summary.value(QStringLiteral("failed")).isArray());
    QCOMPARE(summary.value(QStringLiteral("failed")).toArray().size(), 0);
    QCOMPARE(sortedKeys(summary),
             sortedList({QStringLiteral("imported"), QStringLiteral("unchanged"), QStringLiteral("replaced"),
                         QStringLiteral("failed"), QStringLiteral("skipped"), QStringLiteral("warnings"),
                         QStringLiteral("pages"), QStringLiteral("articles"),
                         QStringLiteral("annotations_reanchored"), QStringLiteral("annotations_orphaned"),
                         QStringLiteral("moved")}));
    // Progress went to stderr, one line a file.
    QCOMPARE(r.err.count(QLatin1Char('\n')), 4);
    QVERIFY(r.err.contains(QLatin1String("[4/4]")));
}

void TestCliLibrary::importIsIdempotentAndReportsBadFiles()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad/binary.txt"));
    QVERIFY(writeFile(bad, QByteArray("\x00\x01\x02\x03", 4)));
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library, QStringLiteral("--json"),
                             QStringLiteral(KANBAO_SAMPLES_DIR), bad});
    QCOMPARE(r.code, int(cli::InputFailed));
    const QJsonObject summary = r.json();
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 4);
    const QJsonArray failed = summary.value(QStringLiteral("failed")).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(sortedKeys(failed.first().toObject()), sortedList({QStringLiteral("path"), QStringLiteral("error")}));
    QCOMPARE(failed.first().toObject().value(QStringLiteral("path")).toString(), QFileInfo(bad).canonicalFilePath());
    QVERIFY(!failed.first().toObject().value(QStringLiteral("error")).toString().isEmpty());
}

// Issue 10, failure 1: `import` accounts for every file under a folder, in its summary and in --json,
// and says "some failed" in its exit status.
void TestCliLibrary::importListsSkippedAndFailedFiles()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("d"));
    QVERIFY(writeFile(root + QStringLiteral("/01.txt"), readFile(QStringLiteral(KANBAO_SAMPLES_DIR) + QStringLiteral("/001_4e20daa776277c99.txt"))));
    QVERIFY(writeFile(root + QStringLiteral("/notes.docx"), QByteArray("PK")));
    QVERIFY(QFile::link(root + QStringLiteral("/missing.txt"), root + QStringLiteral("/02.txt")));
    const QString library = dir.filePath(QStringLiteral("lib.kanbao"));

    const CliRun text = runCli({QStringLiteral("import"), QStringLiteral("--library"), library, root});
    QCOMPARE(text.code, int(cli::InputFailed));
    QVERIFY2(text.out.contains(QLatin1String("1 imported, 0 unchanged, 0 replaced, 1 skipped, 1 failed")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("notes.docx: not a page format")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("02.txt: a broken symbolic link")), qPrintable(text.out));

    const CliRun json = runCli({QStringLiteral("import"), QStringLiteral("--library"), library, QStringLiteral("--json"), root});
    QCOMPARE(json.code, int(cli::InputFailed));
    const QJsonArray skipped = json.json().value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().toObject().value(QStringLiteral("path")).toString(), root + QStringLiteral("/notes.docx"));
    QCOMPARE(skipped.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("not a page format"));
    QCOMPARE(json.json().value(QStringLiteral("failed")).toArray().size(), 1);
    QCOMPARE(json.json().value(QStringLiteral("unchanged")).toInt(), 1);
}

void TestCliLibrary::listsIssues()
{
    const CliRun r = runCli({QStringLiteral("issues"), QStringLiteral("--library"), m_library, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().keys(), QStringList{QStringLiteral("issues")});
    const QJsonArray issues = r.json().value(QStringLiteral("issues")).toArray();
    QVERIFY(!issues.isEmpty());
    int pages = 0;
    int articles = 0;
    QString previous;
    for (const QJsonValue &v : issues) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("paper")).toString().isEmpty());
        const QString date = o.value(QStringLiteral("date")).toString();
        QVERIFY2(QDate::fromString(date, Qt::ISODate).isValid(), qPrintable(date));
        QVERIFY(date >= previous); // oldest first
        previous = date;
        QVERIFY(o.value(QStringLiteral("date_guessed")).isBool());
        QCOMPARE(sortedKeys(o), sortedList({QStringLiteral("paper"), QStringLiteral("date"), QStringLiteral("date_guessed"),
                                            QStringLiteral("pages"), QStringLiteral("articles")}));
        pages += o.value(QStringLiteral("pages")).toInt();
        articles += o.value(QStringLiteral("articles")).toInt();
    }
    QVERIFY(pages >= 4);
    Library library;
    QVERIFY(library.open(m_library));
    QSqlQuery q(library.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next());
    QCOMPARE(articles, q.value(0).toInt());
    // 003 carries the header "JIAOZUO DAILY / A08│温县新闻2023年1月10日": its issue is firm.
    bool found = false;
    for (const QJsonValue &v : issues) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("date")).toString() == QLatin1String("2023-01-10")) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("paper")).toString(), QStringLiteral("焦作日报"));
            QCOMPARE(o.value(QStringLiteral("date_guessed")).toBool(), false);
        }
    }
    QVERIFY(found);
}

void TestCliLibrary::searches()
{
    const CliRun r = runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library, QStringLiteral("--json"),
                             QStringLiteral("吕沛")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    QCOMPARE(sortedKeys(o), sortedList({QStringLiteral("total"), QStringLiteral("results")}));
    const int total = o.value(QStringLiteral("total")).toInt();
    QVERIFY(total > 3);
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), std::min(total, 50));
    for (const QJsonValue &v : results) {
        const QJsonObject hit = v.toObject();
        QCOMPARE(sortedKeys(hit), sortedList({QStringLiteral("article_id"), QStringLiteral("paper"), QStringLiteral("date"),
                                              QStringLiteral("page"), QStringLiteral("headline"),
                                              QStringLiteral("snippet")}));
        QVERIFY(hit.value(QStringLiteral("article_id")).toInteger() > 0);
        QVERIFY(!hit.value(QStringLiteral("paper")).toString().isEmpty());
        QVERIFY(QDate::fromString(hit.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
        QVERIFY(hit.contains(QStringLiteral("page")));
        QVERIFY(hit.value(QStringLiteral("page")).isString() || hit.value(QStringLiteral("page")).isNull());
        QVERIFY(hit.value(QStringLiteral("headline")).isString() || hit.value(QStringLiteral("headline")).isNull());
        QVERIFY2(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("吕沛")),
                 qPrintable(hit.value(QStringLiteral("snippet")).toString()));
    }
    const CliRun none = runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library,
                                QStringLiteral("--json"), QStringLiteral("不存在的词语组合")});
    QCOMPARE(none.code, 0);
    QCOMPARE(none.json().value(QStringLiteral("total")).toInt(), 0);
}

void TestCliLibrary::searchFilters()
{
    const CliRun all = runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library,
                               QStringLiteral("--json"), QStringLiteral("会议")});
    const CliRun dated = runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library,
                                 QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2023-01-10"),
                                 QStringLiteral("--to"), QStringLiteral("2023-01-10"), QStringLiteral("会议")});
    QCOMPARE(dated.code, 0);
    const int total = dated.json().value(QStringLiteral("total")).toInt();
    QVERIFY(total > 0);
    QVERIFY(total < all.json().value(QStringLiteral("total")).toInt());
    for (const QJsonValue &v : dated.json().value(QStringLiteral("results")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2023-01-10"));
    const CliRun tagged = runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library,
                                  QStringLiteral("--json"), QStringLiteral("--tag"), QStringLiteral("没有这个标签"),
                                  QStringLiteral("会议")});
    QCOMPARE(tagged.code, 0);
    QCOMPARE(tagged.json().value(QStringLiteral("total")).toInt(), 0);
    const CliRun badDate = runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library,
                                   QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("会议")});
    QCOMPARE(badDate.code, int(cli::UsageError));
}

void TestCliLibrary::showsArticle()
{
    const CliRun found = runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library,
                                 QStringLiteral("--json"), QStringLiteral("吕沛")});
    const QJsonObject hit = found.json().value(QStringLiteral("results")).toArray().first().toObject();
    const qint64 id = hit.value(QStringLiteral("article_id")).toInteger();
    const CliRun r = runCli({QStringLiteral("show"), QStringLiteral("--library"), m_library, QStringLiteral("--json"),
                             QString::number(id)});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(o.value(QStringLiteral("paper")).toString(), hit.value(QStringLiteral("paper")).toString());
    QCOMPARE(o.value(QStringLiteral("date")).toString(), hit.value(QStringLiteral("date")).toString());
    QCOMPARE(o.value(QStringLiteral("page")), hit.value(QStringLiteral("page")));
    QCOMPARE(o.value(QStringLiteral("headline")), hit.value(QStringLiteral("headline")));
    // The fields of `reconstruct --json`, and exactly those plus id, paper, date, page.
    for (const char *key : {"kind", "kicker", "headline", "subheadline", "reporters", "correspondents", "authors",
                            "photographers", "paragraphs", "entities"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QStringList expectedKeys = articleToJson(Article()).keys();
    expectedKeys << QStringLiteral("id") << QStringLiteral("paper") << QStringLiteral("date") << QStringLiteral("page");
    if (o.contains(QStringLiteral("column"))) // as in reconstruct: only for articles in a column
        expectedKeys << QStringLiteral("column");
    QCOMPARE(sortedKeys(o), sortedList(expectedKeys));
    const QString body = QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("paragraphs")).toArray()).toJson());
    QVERIFY(body.contains(QStringLiteral("吕沛")));
}

void TestCliLibrary::showUnknownArticle()
{
    const CliRun r = runCli({QStringLiteral("show"), QStringLiteral("--library"), m_library, QStringLiteral("987654")});
    QCOMPARE(r.code, int(cli::InputFailed));
    QVERIFY(r.err.contains(QLatin1String("987654")));
    QVERIFY(r.out.isEmpty());
}

void TestCliLibrary::readableOutput()
{
    CliRun r = runCli({QStringLiteral("issues"), QStringLiteral("--library"), m_library});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("2023-01-10")));
    QVERIFY(r.out.contains(QStringLiteral("焦作日报")));
    r = runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library, QStringLiteral("吕沛")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("[吕沛]")));
    const qsizetype hash = r.out.indexOf(QLatin1Char('#'));
    QVERIFY(hash >= 0);
    const QString id = r.out.mid(hash + 1).section(QLatin1Char(' '), 0, 0);
    r = runCli({QStringLiteral("show"), QStringLiteral("--library"), m_library, id});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1Char('#') + id));
    QVERIFY(r.out.contains(QStringLiteral("吕沛")));
}

void TestCliLibrary::refusesBadLibraries_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("newer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("just some notes\n") << false << QStringLiteral("not a Kanbao library");
    QTest::newRow("truncated") << QByteArray() << false << QStringLiteral("damaged");
    QTest::newRow("newer version") << QByteArray() << true << QStringLiteral("newer version");
}

void TestCliLibrary::refusesBadLibraries()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, newer);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.kanbao"));
    if (!content.isEmpty()) {
        QVERIFY(writeFile(path, content));
    } else {
        QVERIFY(QFile::copy(m_library, path)); // the checkpointed sample library
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (newer) {
            Library library;
            QVERIFY(library.open(path));
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::latestVersion() + 7)));
        } else {
            QFile f(path);
            QVERIFY(f.resize(f.size() / 3));
        }
    }
    const QByteArray before = readFile(path);
    for (const QString &command : {QStringLiteral("issues"), QStringLiteral("import"), QStringLiteral("search"),
                                   QStringLiteral("show")}) {
        QStringList args{command, QStringLiteral("--library"), path};
        if (command == QLatin1String("import"))
            args << QStringLiteral(KANBAO_SAMPLES_DIR);
        else if (command == QLatin1String("search"))
            args << QStringLiteral("吕沛");
        else if (command == QLatin1String("show"))
            args << QStringLiteral("1");
        const CliRun r = runCli(args);
        QCOMPARE(r.code, int(cli::LibraryFailed));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
    QCOMPARE(readFile(path), before);
}

// Noise over the data pages (the header and schema intact): the file opens, and the first read that
// meets a bad page fails with the file and the reason, never a crash or an empty answer.
void TestCliLibrary::damagedPagesAreReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noise.kanbao"));
    QVERIFY(QFile::copy(m_library, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        for (qint64 offset = 4 * 8192; offset < f.size(); offset += 8192) {
            f.seek(offset);
            f.write(QByteArray(8192, char(0x5a)));
        }
    }
    for (const QStringList &args : {QStringList{QStringLiteral("issues")},
                                    QStringList{QStringLiteral("search"), QStringLiteral("吕沛")},
                                    QStringList{QStringLiteral("show"), QStringLiteral("1")}}) {
        const CliRun r = runCli(args + QStringList{QStringLiteral("--library"), path});
        QVERIFY2(r.code != 0, qPrintable(args.first()));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("damaged")) || r.err.contains(QLatin1String("not a Kanbao library")),
                 qPrintable(r.err));
    }
}

// Another program holds the write lock: readers carry on (WAL), an import waits for the busy timeout and
// then says the library is locked.
void TestCliLibrary::lockedLibraryStillReadsButRefusesImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.kanbao"));
    QVERIFY(QFile::copy(m_library, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Library holder;
    QVERIFY2(holder.open(path), qPrintable(holder.errorString()));
    QVERIFY(holder.beginWrite());
    QSqlQuery write(holder.database());
    QVERIFY(write.exec(QStringLiteral("INSERT INTO tags(name, created_at) VALUES ('held', '')")));

    CliRun r = runCli({QStringLiteral("issues"), QStringLiteral("--library"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.json().value(QStringLiteral("issues")).toArray().isEmpty());
    r = runCli({QStringLiteral("search"), QStringLiteral("--library"), path, QStringLiteral("--json"),
                QStringLiteral("吕沛")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json().value(QStringLiteral("total")).toInt() > 0);

    const QString page = dir.filePath(QStringLiteral("new/焦作日报_2024-06-01_A01.txt"));
    const QDir samples(QStringLiteral(KANBAO_SAMPLES_DIR));
    const QStringList second = samples.entryList({QStringLiteral("002*")}, QDir::Files);
    QCOMPARE(second.size(), 1);
    QVERIFY(writeFile(page, readFile(samples.filePath(second.first()))));
    r = runCli({QStringLiteral("import"), QStringLiteral("--library"), path, page});
    QCOMPARE(r.code, int(cli::LibraryFailed));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("locked")), qPrintable(r.err));

    write.finish();
    holder.rollback();
    r = runCli({QStringLiteral("import"), QStringLiteral("--library"), path, QStringLiteral("--json"), page});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 1);
}

void TestCliLibrary::missingLibraryIsNotCreatedByReaders()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.kanbao"));
    const CliRun r = runCli({QStringLiteral("issues"), QStringLiteral("--library"), path});
    QCOMPARE(r.code, int(cli::LibraryFailed));
    QVERIFY(r.err.contains(path));
    QVERIFY(!QFileInfo::exists(path));
}

// Without --library every command uses Library::defaultPath() (under the test-mode app data folder here).
void TestCliLibrary::defaultLibraryWithoutOption()
{
    const QString path = Library::defaultPath();
    QVERIFY(path.contains(QLatin1String("qttest"))); // test mode: never the user's real library
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    const QDir samples(QStringLiteral(KANBAO_SAMPLES_DIR));
    const QString sample = samples.filePath(samples.entryList({QStringLiteral("003*")}, QDir::Files).value(0));
    CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--json"), sample});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 1);
    QVERIFY(QFileInfo::exists(path));
    r = runCli({QStringLiteral("issues"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray issues = r.json().value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2023-01-10"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void TestCliLibrary::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("import without paths") << QStringList{QStringLiteral("import")};
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
    QTest::newRow("show with a word") << QStringList{QStringLiteral("show"), QStringLiteral("abc")};
    QTest::newRow("search without query") << QStringList{QStringLiteral("search")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("issues"), QStringLiteral("--frobnicate")};
}

void TestCliLibrary::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun r = runCli(args + QStringList{QStringLiteral("--library"), m_library});
    QCOMPARE(r.code, int(cli::UsageError));
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_cli_library.moc"
