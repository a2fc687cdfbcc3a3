// Opening libraries: creation, the connection's settings, upgrades of saved fixtures of every past
// schema version, and clear refusals of files that are not (or no longer, or not yet) usable.
#include "librarytesthelpers.h"

#include "import/importer.h"
#include "library/librarystore.h"
#include "library/schema.h"
#include "library/search.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

using namespace kanbao;
using namespace kanbao::testing;

class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPathIsInAppData();
    void createsNewLibrary();
    void upgradesFixtures_data();
    void upgradesFixtures();
    void upgradeStopsAtRequestedVersion();
    void failedStepLeavesPreviousVersion();
    void refusesNewerVersion();
    void refusesOtherFiles_data();
    void refusesOtherFiles();
    void refusesTruncatedLibrary();
    void reportsCorruptPagesOnRead();
    void readOnlyOpenCannotWrite();
    void readOnlyFileIsReported();
    void lockedLibraryIsReported();
    void missingLibraryIsNotCreatedWhenAskedNotTo();

private:
    QString fixturesDir() const { return QStringLiteral(KANBAO_TEST_DATA_DIR "/library_fixtures"); }
    // A library with the first sample imported, closed (and checkpointed into the main file).
    QString makeLibrary(const QTemporaryDir &dir, const QString &name);
};

void TestLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestLibrary::makeLibrary(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Library library;
    if (!library.open(path)) {
        qWarning("%s", qPrintable(library.errorString()));
        return QString();
    }
    Importer importer(library);
    const ImportSummary summary = importer.importPaths({samplePath(QStringLiteral("001"))});
    if (summary.imported != 1)
        return QString();
    return path;
}

void TestLibrary::defaultPathIsInAppData()
{
    const QString path = Library::defaultPath();
    QVERIFY(path.endsWith(QLatin1String("/library.kanbao")));
    // Test mode keeps it away from a real user's library.
    QVERIFY2(path.contains(QLatin1String("qttest")), qPrintable(path));
    // The CLI and the GUI share it whatever the running application is called.
    QVERIFY2(path.contains(QLatin1String("Kanbao")), qPrintable(path));
}

void TestLibrary::createsNewLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.kanbao"));
    Library library;
    QVERIFY2(library.open(path), qPrintable(library.errorString()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(library.schemaVersion(), schema::latestVersion());
    QCOMPARE(scalar(library, QStringLiteral("PRAGMA user_version")).toInt(), schema::latestVersion());
    QCOMPARE(scalar(library, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(library, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(library, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(scalar(library, QStringLiteral("PRAGMA application_id")).toInt(), schema::ApplicationId);
    QCOMPARE(scalar(library, QStringLiteral("PRAGMA page_size")).toInt(), 8192);
    QCOMPARE(checkConsistency(library), QString());

    // Reopening does not migrate again and keeps data.
    QVERIFY(exec(library, QStringLiteral("INSERT INTO papers(name) VALUES('焦作日报')")));
    library.close();
    QVERIFY(library.open(path));
    QCOMPARE(count(library, QStringLiteral("papers")), 1);
}

void TestLibrary::upgradesFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    const QStringList names = QDir(fixturesDir()).entryList({QStringLiteral("*.kanbao")}, QDir::Files, QDir::Name);
    // Every version a library can have been left at, the current one included, has its fixture.
    QVERIFY2(names.contains(QStringLiteral("v0-empty.kanbao")), "the version-0 fixture is missing");
    QTest::newRow("v0-empty.kanbao") << QStringLiteral("v0-empty.kanbao") << 0;
    for (int version = 1; version <= schema::latestVersion(); ++version) {
        const QString name = QStringLiteral("v%1.kanbao").arg(version);
        QVERIFY2(names.contains(name),
                 qPrintable(name + QStringLiteral(" is missing: make it with make_library_fixtures (see the README)")));
        QTest::newRow(qPrintable(name)) << name << version;
    }
}

void TestLibrary::upgradesFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(fixture);
    QVERIFY(QFile::copy(QDir(fixturesDir()).filePath(fixture), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (version > 0) {
        // The fixture really is of that version before the upgrade.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture-probe"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), version);
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fixture-probe"));
    }

    Library library;
    QVERIFY2(library.open(path), qPrintable(library.errorString()));
    QCOMPARE(library.schemaVersion(), schema::latestVersion());
    QCOMPARE(scalar(library, QStringLiteral("PRAGMA user_version")).toInt(), schema::latestVersion());
    QCOMPARE(checkConsistency(library, false), QString());

    // What the fixture held is still there.
    const QString expectedPath = QDir(fixturesDir()).filePath(QFileInfo(fixture).completeBaseName() + QStringLiteral(".expected.json"));
    QCOMPARE(QFile::exists(expectedPath), version > 0);
    if (version > 0) {
        const QJsonObject expected = QJsonDocument::fromJson(readFile(expectedPath)).object();
        QCOMPARE(expected.value(QStringLiteral("user_version")).toInt(), version);
        const QJsonObject counts = expected.value(QStringLiteral("counts")).toObject();
        QVERIFY(counts.value(QStringLiteral("articles")).toInt() > 0);
        for (auto it = counts.begin(); it != counts.end(); ++it)
            QVERIFY2(count(library, it.key()) == it.value().toInt(), qPrintable(it.key()));
        QCOMPARE(count(library, QStringLiteral("annotations"), QStringLiteral("article_id IS NULL")),
                 expected.value(QStringLiteral("orphaned_annotations")).toInt());
        QCOMPARE(scalar(library, QStringLiteral("SELECT quote FROM annotations WHERE kind = 'highlight'")).toString(),
                 expected.value(QStringLiteral("highlight_quote")).toString());
        // The highlight's offsets still point at its quote in its article.
        QCOMPARE(scalar(library, QStringLiteral("SELECT substr(a.body, n.start_offset + 1, n.end_offset - n.start_offset)"
                                                " FROM annotations n JOIN articles a ON a.id = n.article_id"))
                     .toString(),
                 expected.value(QStringLiteral("highlight_quote")).toString());
        const QJsonObject issue = expected.value(QStringLiteral("issue")).toObject();
        LibraryStore store(library);
        const QList<IssueSummary> issues = store.issues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().paper, issue.value(QStringLiteral("paper")).toString());
        QCOMPARE(issues.first().date.toString(Qt::ISODate), issue.value(QStringLiteral("date")).toString());
        const QList<PageSummary> pages = store.pagesOfIssue(issues.first().id);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().label, issue.value(QStringLiteral("page")).toString());

        // The full-text index still answers (through the kanbao_cjk tokenizer registered on open).
        const QJsonObject searchCase = expected.value(QStringLiteral("search")).toObject();
        SearchRequest request;
        request.query = searchCase.value(QStringLiteral("query")).toString();
        QSqlDatabase db = library.database();
        const SearchResults results = search(db, request);
        QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
        QVERIFY(results.total > 0);
        QCOMPARE(results.total, searchCase.value(QStringLiteral("total")).toInt());
    }

    // Pages stored before imports were recorded (step 6 -> 7) belong to none.
    const int importsBefore = count(library, QStringLiteral("imports"));
    if (version < 7)
        QCOMPARE(importsBefore, 0);
    QCOMPARE(count(library, QStringLiteral("pages"), QStringLiteral("import_id IS NOT NULL")), importsBefore > 0 ? count(library, QStringLiteral("pages")) : 0);

    // An upgraded library takes imports like a new one, and records them.
    Importer importer(library);
    const ImportSummary summary = importer.importPaths({samplePath(QStringLiteral("002"))});
    QCOMPARE(summary.imported, 1);
    QCOMPARE(count(library, QStringLiteral("imports")), importsBefore + 1);
    QVERIFY(summary.importId > 0);
    QCOMPARE(count(library, QStringLiteral("pages"), QStringLiteral("import_id = ?"), {summary.importId}), summary.pages);
    QCOMPARE(checkConsistency(library, false), QString());
}

// LibraryOpenOptions::upgradeTo is how make_library_fixtures leaves a library at a past version.
void TestLibrary::upgradeStopsAtRequestedVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.kanbao"));
    {
        Library library;
        LibraryOpenOptions options;
        options.upgradeTo = 1;
        QVERIFY2(library.open(path, options), qPrintable(library.errorString()));
        QCOMPARE(library.schemaVersion(), 1);
        QCOMPARE(scalar(library, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(count(library, QStringLiteral("sqlite_master"), QStringLiteral("name = 'article_fts'")), 1);
    }
    Library library;
    QVERIFY2(library.open(path), qPrintable(library.errorString()));
    QCOMPARE(library.schemaVersion(), schema::latestVersion());
    QCOMPARE(scalar(library, QStringLiteral("PRAGMA user_version")).toInt(), schema::latestVersion());
}

void TestLibrary::failedStepLeavesPreviousVersion()
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("failing-migration");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("x.kanbao")));
        QVERIFY(db.open());
        // Step 0 -> 1 creates papers; a table already there makes the step fail half-way.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE articles(x)")));
        QString error;
        QVERIFY(!schema::migrate(db, 0, &error));
        QVERIFY2(error.contains(QLatin1String("0 -> 1")), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                                      " (SELECT count(*) FROM sqlite_master WHERE name = 'papers')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 0); // rolled back with the failed step
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestLibrary::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.kanbao"));
    {
        Library library;
        QVERIFY(library.open(path));
        QVERIFY(exec(library, QStringLiteral("PRAGMA user_version = %1").arg(schema::latestVersion() + 1)));
    }
    const QByteArray before = readFile(path);
    Library library;
    QVERIFY(!library.open(path));
    QCOMPARE(library.error(), LibraryError::NewerVersion);
    QVERIFY2(library.errorString().contains(path), qPrintable(library.errorString()));
    QVERIFY2(library.errorString().contains(QLatin1String("newer")), qPrintable(library.errorString()));
    QVERIFY(!library.isOpen());
    QCOMPARE(readFile(path), before);
}

void TestLibrary::refusesOtherFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("otherSqlite");
    QTest::addColumn<int>("error");
    QTest::newRow("text renamed .kanbao") << QByteArray("本报讯 4月28日，会议召开。\n") << false
                                          << int(LibraryError::NotALibrary);
    QTest::newRow("short binary") << QByteArray("SQLite format 3\0abc", 19) << false << int(LibraryError::Damaged);
    QTest::newRow("another program's database") << QByteArray() << true << int(LibraryError::NotALibrary);
}

void TestLibrary::refusesOtherFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, otherSqlite);
    QFETCH(int, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.kanbao"));
    if (otherSqlite) {
        const QString name = QStringLiteral("other-sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE contacts(name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    } else {
        QVERIFY(writeFile(path, content));
    }
    const QByteArray before = readFile(path);
    Library library;
    QVERIFY(!library.open(path));
    QCOMPARE(int(library.error()), error);
    QVERIFY2(library.errorString().contains(path), qPrintable(library.errorString()));
    QCOMPARE(readFile(path), before); // never touched
}

void TestLibrary::refusesTruncatedLibrary()
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir, QStringLiteral("cut.kanbao"));
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.size() > 8192);
    QVERIFY(f.resize(f.size() / 2));
    Library library;
    QVERIFY(!library.open(path));
    QCOMPARE(library.error(), LibraryError::Damaged);
    QVERIFY2(library.errorString().contains(path), qPrintable(library.errorString()));
    QVERIFY2(library.errorString().contains(QLatin1String("truncated")), qPrintable(library.errorString()));
}

// Damage the header does not show (a page overwritten with noise) surfaces on the read that meets
// it, as a message naming the file.
void TestLibrary::reportsCorruptPagesOnRead()
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir, QStringLiteral("noise.kanbao"));
    QVERIFY(!path.isEmpty());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        // Every page after the first two (the schema) gets noise.
        for (qint64 offset = 2 * 4096; offset < size; offset += 4096) {
            f.seek(offset);
            f.write(QByteArray(4096, char(0x5a)));
        }
    }
    Library library;
    if (!library.open(path)) {
        QVERIFY(library.error() == LibraryError::Damaged || library.error() == LibraryError::NotALibrary);
        QVERIFY2(library.errorString().contains(path), qPrintable(library.errorString()));
        return;
    }
    LibraryStore store(library);
    const QList<IssueSummary> issues = store.issues();
    QVERIFY(issues.isEmpty());
    QCOMPARE(library.error(), LibraryError::Damaged);
    QVERIFY2(library.errorString().contains(path), qPrintable(library.errorString()));
}

void TestLibrary::readOnlyOpenCannotWrite()
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir, QStringLiteral("ro.kanbao"));
    QVERIFY(!path.isEmpty());
    Library library;
    LibraryOpenOptions options;
    options.readOnly = true;
    QVERIFY2(library.open(path, options), qPrintable(library.errorString()));
    QVERIFY(library.isReadOnly());
    LibraryStore store(library);
    QCOMPARE(store.issues().size(), 1);

    Importer importer(library);
    const ImportSummary summary = importer.importPaths({samplePath(QStringLiteral("002"))});
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.failed.size(), 1);
    QVERIFY2(summary.libraryError.contains(path), qPrintable(summary.libraryError));
    QVERIFY2(summary.libraryError.contains(QLatin1String("read-only")), qPrintable(summary.libraryError));
    QCOMPARE(library.error(), LibraryError::ReadOnly);
}

void TestLibrary::readOnlyFileIsReported()
{
    if (geteuid() == 0)
        QSKIP("root may write read-only files");
    QTemporaryDir dir;
    const QString path = makeLibrary(dir, QStringLiteral("locked-down.kanbao"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Library library;
    QVERIFY(!library.open(path));
    QCOMPARE(library.error(), LibraryError::ReadOnly);
    QVERIFY2(library.errorString().contains(path), qPrintable(library.errorString()));
}

void TestLibrary::lockedLibraryIsReported()
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir, QStringLiteral("busy.kanbao"));
    QVERIFY(!path.isEmpty());
    Library holder;
    QVERIFY(holder.open(path));
    QVERIFY(holder.beginWrite()); // another program in the middle of a write

    Library library;
    LibraryOpenOptions options;
    options.busyTimeoutMs = 100;
    QVERIFY2(library.open(path, options), qPrintable(library.errorString())); // readers are not blocked (WAL)
    LibraryStore store(library);
    QCOMPARE(store.issues().size(), 1);

    Importer importer(library);
    const ImportSummary summary = importer.importPaths({samplePath(QStringLiteral("002"))});
    QCOMPARE(summary.imported, 0);
    QCOMPARE(library.error(), LibraryError::Locked);
    QVERIFY2(summary.libraryError.contains(path), qPrintable(summary.libraryError));
    QVERIFY2(summary.libraryError.contains(QLatin1String("locked")), qPrintable(summary.libraryError));

    holder.rollback();
    QCOMPARE(importer.importPaths({samplePath(QStringLiteral("002"))}).imported, 1);
}

void TestLibrary::missingLibraryIsNotCreatedWhenAskedNotTo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.kanbao"));
    Library library;
    LibraryOpenOptions options;
    options.create = false;
    QVERIFY(!library.open(path, options));
    QCOMPARE(library.error(), LibraryError::NotFound);
    QVERIFY(library.errorString().contains(path));
    QVERIFY(!QFileInfo::exists(path));
    options.readOnly = true;
    QVERIFY(!library.open(path, options));
    QCOMPARE(library.error(), LibraryError::NotFound);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
