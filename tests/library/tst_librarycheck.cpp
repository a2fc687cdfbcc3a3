// Damage checks before writing (issue 10, failure 9): `check` says what is damaged, `repair` rebuilds
// indexes in place or recovers the readable rows into a new file and says what was lost, import refuses
// a damaged library, and a schema migration first backs the library up.
#include "librarytesthelpers.h"

#include "cli/cli.h"
#include "import/importer.h"
#include "library/librarycheck.h"
#include "library/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

struct CliResult
{
    int code = -1;
    QString out, err;
};

CliResult runCli(const QStringList &arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    cli::Io io{outStream, errStream};
    CliResult r;
    r.code = cli::run(QStringList{QStringLiteral("kanbao-cli")} + arguments, io);
    outStream.flush();
    errStream.flush();
    r.out = out;
    r.err = err;
    return r;
}

QString makeLibrary(const QTemporaryDir &dir, const QString &name = QStringLiteral("lib.kanbao"))
{
    const QString path = dir.filePath(name);
    Library library;
    if (!library.open(path))
        return QString();
    Importer importer(library);
    const QStringList samples{samplePath(QStringLiteral("000")), samplePath(QStringLiteral("001")),
                              samplePath(QStringLiteral("002")), samplePath(QStringLiteral("003"))};
    if (importer.importPaths(samples).imported != 4)
        return QString();
    // Checkpointed and closed: the file is all there is, so overwriting a page of it damages the library.
    exec(library, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return path;
}

int pageSize(const QString &path)
{
    Library library;
    LibraryOpenOptions options;
    options.readOnly = true;
    if (!library.open(path, options))
        return 0;
    return scalar(library, QStringLiteral("PRAGMA page_size")).toInt();
}

// Page numbers of `table`'s leaf pages (dbstat).
QList<int> leafPages(const QString &path, const QString &table)
{
    Library library;
    LibraryOpenOptions options;
    options.readOnly = true;
    QList<int> pages;
    if (!library.open(path, options))
        return pages;
    QSqlQuery q(library.database());
    q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno"));
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next())
            pages << q.value(0).toInt();
    }
    return pages;
}

bool overwritePage(const QString &path, int page, int size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(qint64(page - 1) * size))
        return false;
    QByteArray garbage(size, '\0');
    for (int i = 0; i < size; ++i)
        garbage[i] = char((i * 131 + 7) % 251);
    return f.write(garbage) == size;
}

} // namespace

class TestLibraryCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void healthyLibraryPasses()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        const CliResult r = runCli({QStringLiteral("check"), QStringLiteral("--library"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, int(cli::Success));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("ok")).toBool());
        QVERIFY(o.value(QStringLiteral("full_text")).toBool());
        const CliResult repair = runCli({QStringLiteral("repair"), QStringLiteral("--library"), path});
        QCOMPARE(repair.code, int(cli::Success));
        QVERIFY(repair.out.contains(QLatin1String("nothing to repair")));
    }

    // The full-text index out of step with the articles: check names it, repair rebuilds it in place.
    void fullTextDamageIsRebuiltInPlace()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        {
            Library library;
            QVERIFY(library.open(path));
            // Two articles' words taken out of the index, their rows left.
            QVERIFY(exec(library, QStringLiteral("INSERT INTO article_fts(article_fts, rowid, body, headline)"
                                                 " SELECT 'delete', id, body, headline FROM articles LIMIT 2")));
        }
        CliResult r = runCli({QStringLiteral("check"), QStringLiteral("--library"), path});
        QCOMPARE(r.code, int(cli::LibraryDamaged));
        QVERIFY2(r.out.contains(QLatin1String("article_fts")), qPrintable(r.out));
        r = runCli({QStringLiteral("repair"), QStringLiteral("--library"), path});
        QVERIFY2(r.code == int(cli::Success), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("rebuilt")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".before-repair")));
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--library"), path}).code, int(cli::Success));
    }

    // A damaged page of the articles table: check says which table, import refuses to write, repair
    // copies what can be read into a new library that passes every check and says what was lost.
    void damagedTableIsRecoveredIntoNewFile()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir);
        QVERIFY(!path.isEmpty());
        const int size = pageSize(path);
        const QList<int> leaves = leafPages(path, QStringLiteral("articles"));
        if (leaves.size() < 3)
            QSKIP("dbstat is not available or the articles table has too few pages");
        qint64 articlesBefore = 0;
        {
            Library library;
            QVERIFY(library.open(path));
            articlesBefore = count(library, QStringLiteral("articles"));
        }
        QVERIFY(overwritePage(path, leaves.at(leaves.size() / 2), size));

        CliResult r = runCli({QStringLiteral("check"), QStringLiteral("--library"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, int(cli::LibraryDamaged));
        const QJsonObject check = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!check.value(QStringLiteral("integrity")).toBool());
        QVERIFY2(check.value(QStringLiteral("damaged")).toVariant().toStringList().contains(QStringLiteral("articles")),
                 qPrintable(r.out));

        // Import refuses to write into it, and says what to do.
        r = runCli({QStringLiteral("import"), QStringLiteral("--library"), path, samplePath(QStringLiteral("001"))});
        QCOMPARE(r.code, int(cli::LibraryDamaged));
        QVERIFY2(r.err.contains(QLatin1String("kanbao-cli check")) && r.err.contains(QLatin1String("kanbao-cli repair")),
                 qPrintable(r.err));
        // The importer itself refuses (the import wizard goes through it): nothing written, the reason given.
        {
            Library library;
            QVERIFY(library.open(path));
            Importer importer(library);
            const ImportSummary summary = importer.importPaths({samplePath(QStringLiteral("001"))});
            QVERIFY(summary.libraryDamaged);
            QCOMPARE(summary.imported + summary.replaced + summary.unchanged, 0);
            QVERIFY2(summary.libraryError.contains(QLatin1String("damaged")), qPrintable(summary.libraryError));
        }

        const QString recovered = dir.filePath(QStringLiteral("recovered.kanbao"));
        r = runCli({QStringLiteral("repair"), QStringLiteral("--library"), path, QStringLiteral("--output"), recovered,
                    QStringLiteral("--json")});
        QCOMPARE(r.code, int(cli::LibraryDamaged)); // rows were lost
        const QJsonObject repair = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(repair.value(QStringLiteral("ok")).toBool(), qPrintable(r.out + r.err));
        qint64 recoveredArticles = -1, lostArticles = -1;
        for (const QJsonValue &t : repair.value(QStringLiteral("tables")).toArray()) {
            if (t.toObject().value(QStringLiteral("table")).toString() == QLatin1String("articles")) {
                recoveredArticles = t.toObject().value(QStringLiteral("recovered")).toInteger();
                lostArticles = t.toObject().value(QStringLiteral("lost")).toInteger()
                    + t.toObject().value(QStringLiteral("lost_ranges")).toArray().size();
            }
        }
        QVERIFY(recoveredArticles > 0);
        QVERIFY(lostArticles > 0);
        QVERIFY(recoveredArticles < articlesBefore);

        Library out;
        QVERIFY2(out.open(recovered), qPrintable(out.errorString()));
        QCOMPARE(checkConsistency(out), QString());
        QCOMPARE(count(out, QStringLiteral("articles")), recoveredArticles);
        QVERIFY(count(out, QStringLiteral("article_fts"), QStringLiteral("article_fts MATCH ?"), {QStringLiteral("会议")}) > 0);
    }

    // A backup of the library before each schema migration.
    void migrationBacksUpFirst()
    {
        QTemporaryDir dir;
        const QString fixtures = QStringLiteral(KANBAO_TEST_DATA_DIR "/library_fixtures");
        const QString source = QDir(fixtures).filePath(QStringLiteral("v1.kanbao"));
        if (!QFileInfo::exists(source) || schema::latestVersion() < 2)
            QSKIP("no older fixture to upgrade");
        const QString path = dir.filePath(QStringLiteral("old.kanbao"));
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        qint64 pagesBefore = 0;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pages")) && q.next());
            pagesBefore = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        Library library;
        QVERIFY2(library.open(path), qPrintable(library.errorString()));
        QCOMPARE(library.schemaVersion(), schema::latestVersion());
        const QString backup = Library::backupPath(path, 1);
        QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                                          " (SELECT count(*) FROM pages)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toLongLong(), pagesBefore);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        // A new library has nothing to back up.
        Library fresh;
        QVERIFY(fresh.open(dir.filePath(QStringLiteral("fresh.kanbao"))));
        QVERIFY(!QFileInfo::exists(Library::backupPath(dir.filePath(QStringLiteral("fresh.kanbao")), 0)));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCheck)
#include "tst_librarycheck.moc"
