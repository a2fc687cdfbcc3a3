// Crash safety (issue 10): kanbao-cli import killed with SIGKILL at random moments, again and again.
// After every kill the library passes the full integrity and full-text checks, every file the import
// reported as stored before it died is there and whole, and a last import completes the archive.
// KANBAO_KILL_ROUNDS sets the number of kills (default 20); KANBAO_KILL_SEED the random seed (printed).
#include "librarytesthelpers.h"

#include "entities/entityextractor.h"
#include "import/importer.h"
#include "import/pagefile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

struct Expected
{
    int articles = 0;
    int mentions = 0;
};

Expected expectedFor(const QString &path)
{
    const EntityExtractor extractor;
    const PageFile file = readPageFile(path, &extractor);
    Expected e;
    for (const Page &p : file.pages) {
        e.articles += int(p.articles.size());
        for (const Article &a : p.articles)
            e.mentions += int(a.entities.size());
    }
    return e;
}

} // namespace

class TestKillImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void randomKillsNeverLoseOrCorrupt();
};

void TestKillImport::randomKillsNeverLoseOrCorrupt()
{
    const QString cli = QStringLiteral(KANBAO_BUILD_DIR "/bin/kanbao-cli");
    if (!QFileInfo::exists(cli))
        QSKIP("kanbao-cli is not built");
    const int rounds = qEnvironmentVariableIsSet("KANBAO_KILL_ROUNDS") ? qEnvironmentVariableIntValue("KANBAO_KILL_ROUNDS") : 20;
    const quint32 seed = qEnvironmentVariableIsSet("KANBAO_KILL_SEED") ? qEnvironmentVariable("KANBAO_KILL_SEED").toUInt()
                                                                        : QRandomGenerator::global()->generate();
    qInfo("kill rounds: %d, seed: %u (KANBAO_KILL_SEED to repeat)", rounds, seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("archive"));
    const QStringList samples{QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003")};
    QHash<QString, Expected> expectedBySample;
    for (const QString &s : samples)
        expectedBySample.insert(s, expectedFor(samplePath(s)));
    QHash<QString, QString> sampleOf;
    const int files = 60;
    const QDate start(2023, 1, 1);
    for (int i = 0; i < files; ++i) {
        const QString sample = samples.at(i % samples.size());
        const QString path = QStringLiteral("%1/焦作日报/%2/A%3.txt")
                                 .arg(root, start.addDays(i / 4).toString(QStringLiteral("yyyy/MM/dd")))
                                 .arg(i % 4 + 1, 2, 10, QLatin1Char('0'));
        QVERIFY(writeFile(path, readFile(samplePath(sample)) + "\n" + QByteArray::number(i) + "\n"));
        sampleOf.insert(path, sample);
    }

    int kills = 0, corrupt = 0, missing = 0, finishedBeforeKill = 0, libraries = 0;
    qint64 totalStored = 0, reportedTotal = 0;
    QString libraryPath;
    QSet<QString> reported; // files the import said it stored, over the library's life
    static const QRegularExpression storedLine(QStringLiteral("^\\[\\d+/\\d+\\] (?:imported|replaced|unchanged) (.*)$"));
    int pagesInLibrary = files; // forces a new library on the first round
    for (int round = 0; kills < rounds && round < rounds * 3; ++round) {
        // A library is imported into, killed, imported into again... until complete; then a new one, so
        // kills also land while a library is being created.
        if (pagesInLibrary >= files) {
            libraryPath = dir.filePath(QStringLiteral("lib-%1.kanbao").arg(round));
            reported.clear();
            pagesInLibrary = 0;
            ++libraries;
        }
        QProcess process;
        process.setProgram(cli);
        process.setArguments({QStringLiteral("import"), QStringLiteral("--library"), libraryPath, root});
        process.start();
        QVERIFY(process.waitForStarted());
        // A random moment: after a random number of the files still to import (0: during start-up or the
        // library's creation), plus a random few milliseconds into the next file.
        const int afterFiles = int(random.bounded(files - pagesInLibrary));
        const int extraMs = int(random.bounded(40));
        QByteArray err;
        QElapsedTimer timer;
        bool counting = true;
        while (process.state() == QProcess::Running) {
            if (counting) {
                process.waitForReadyRead(20);
                err += process.readAllStandardError();
                if (err.count("imported") + err.count("replaced") >= afterFiles) {
                    counting = false;
                    timer.start();
                }
            } else if (timer.elapsed() >= extraMs) {
                break;
            } else {
                QThread::msleep(1);
            }
        }
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++kills;
        } else {
            ++finishedBeforeKill;
        }
        if (process.state() != QProcess::NotRunning)
            QVERIFY(process.waitForFinished());
        err += process.readAllStandardError();
        for (const QString &line : QString::fromUtf8(err).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = storedLine.match(line);
            if (m.hasMatch())
                reported.insert(m.captured(1));
        }
        if (!QFileInfo::exists(libraryPath))
            continue; // killed before the file was created

        Library library;
        LibraryOpenOptions options;
        options.create = false;
        if (!library.open(libraryPath, options)) {
            // Killed while creating: an empty file is acceptable, anything else is damage.
            if (QFileInfo(libraryPath).size() == 0)
                continue;
            qWarning("round %d: library does not open: %s", round, qPrintable(library.errorString()));
            ++corrupt;
            continue;
        }
        const QString consistency = checkConsistency(library);
        if (!consistency.isEmpty()) {
            qWarning("round %d: %s", round, qPrintable(consistency));
            ++corrupt;
        }
        QSet<QString> stored;
        QSqlQuery q(library.database());
        QVERIFY(q.exec(QStringLiteral("SELECT p.source_path, (SELECT count(*) FROM articles a WHERE a.page_id = p.id),"
                                      " (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
                                      "  WHERE a.page_id = p.id) FROM pages p")));
        while (q.next()) {
            const QString path = q.value(0).toString();
            stored.insert(QDir::toNativeSeparators(path));
            const Expected e = expectedBySample.value(sampleOf.value(path));
            if (q.value(1).toInt() != e.articles || q.value(2).toInt() != e.mentions) {
                qWarning("round %d: %s stored incomplete", round, qPrintable(path));
                ++corrupt;
            }
        }
        q.finish();
        reportedTotal += reported.size();
        for (const QString &path : std::as_const(reported)) {
            if (!stored.contains(path)) {
                qWarning("round %d: %s was reported stored but is missing", round, qPrintable(path));
                ++missing;
            }
        }
        totalStored += stored.size();
        pagesInLibrary = int(stored.size());
    }
    qInfo("kills: %d (the import finished first %d times), libraries: %d, corrupt: %d, reported files missing: %d,"
          " files reported stored: %lld, pages found stored after kills: %lld",
          kills, finishedBeforeKill, libraries, corrupt, missing, reportedTotal, totalStored);
    QCOMPARE(corrupt, 0);
    QCOMPARE(missing, 0);
    QCOMPARE(kills, rounds);

    // A last import completes the archive and redoes nothing already stored.
    Library library;
    QVERIFY2(library.open(libraryPath), qPrintable(library.errorString()));
    const int before = count(library, QStringLiteral("pages"));
    Importer importer(library);
    const ImportSummary rest = importer.importPaths({root});
    QCOMPARE(rest.failed.size(), 0);
    QCOMPARE(rest.unchanged, before);
    QCOMPARE(rest.imported, files - before);
    QCOMPARE(count(library, QStringLiteral("pages")), files);
    QCOMPARE(checkConsistency(library), QString());
}

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
