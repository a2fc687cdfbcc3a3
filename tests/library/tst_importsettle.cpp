// What the files of one import say about each other (issue 13): a folder that names no paper takes the one
// the pages under it name; a date without a year takes the year of the nearest dated page and stays
// guessed; the file time is never used when a page of the import is dated. Checked on made-up plans and on
// the bundled samples, imported as the welcome screen does (scan, then import of the scanned plan) and as
// `kanbao-cli import` does (unscanned paths).
#include "import/archivelayout.h"
#include "import/importer.h"
#include "library/librarystore.h"
#include "librarytesthelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

// One row of a plan, as the scan leaves it.
ImportFilePlan row(const QString &path, const QString &paper, PaperSource paperSource, const QDate &date,
                   DateSource dateSource, bool hasYear)
{
    ImportFilePlan r;
    r.path = path;
    r.detected = true;
    r.paper = paper;
    r.paperSource = paperSource;
    r.date = date;
    r.dateSource = dateSource;
    r.dateHasYear = hasYear;
    return r;
}

using Plan = QList<ImportFilePlan>;

// Paper and date of every page in the library, by file name.
struct Placed
{
    QString paper;
    QDate date;
    bool guessed = false;
};

QHash<QString, Placed> placements(Library &library)
{
    QHash<QString, Placed> placed;
    QSqlQuery q(library.database());
    q.exec(QStringLiteral("SELECT p.source_path, pp.name, i.date, i.date_guessed FROM pages p JOIN issues i ON"
                          " i.id = p.issue_id JOIN papers pp ON pp.id = i.paper_id"));
    while (q.next())
        placed.insert(QFileInfo(q.value(0).toString()).fileName(),
                      {q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                       q.value(3).toInt() != 0});
    return placed;
}

} // namespace

Q_DECLARE_METATYPE(ImportFilePlan)

class TestImportSettle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void yearWrittenInTheText_data();
    void yearWrittenInTheText();
    void settle_data();
    void settle();
    void samplesThroughTheWelcomeScreen();
    void samplesThroughTheCommandLine();
    void changedFileImportedAloneKeepsItsPlace();

private:
    void checkSamples(Library &library);
};

void TestImportSettle::yearWrittenInTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("yearWritten");
    QTest::newRow("dateline, no year") << QStringLiteral("本报讯（记者赵根志）4月28日，高新区召开会议。") << QDate(2026, 4, 28)
                                       << false;
    QTest::newRow("dateline, year nearby")
        << QStringLiteral("本报讯（记者郭树勋）3月11日上午，高新区召开2024年第3次党政联席会议。") << QDate(2024, 3, 11)
        << true;
    QTest::newRow("full date mentioned") << QStringLiteral("会议于2023年5月6日召开。会后，2023年5月6日下午参观。")
                                         << QDate(2023, 5, 6) << true;
}

void TestImportSettle::yearWrittenInTheText()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(bool, yearWritten);
    const TextDateGuess guess = guessDateFromText(text, 2026, QDate(2026, 12, 3));
    QCOMPARE(guess.date, date);
    QCOMPARE(guess.yearWritten, yearWritten);
}

void TestImportSettle::settle_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<QStringList>("papers");
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<QList<int>>("dateSources");

    const auto folder = PaperSource::ArchiveFolder;
    const auto header = PaperSource::Header;
    const int text = int(DateSource::Text);
    const int neighbours = int(DateSource::Neighbours);
    const int headerDate = int(DateSource::Header);
    const int fileTime = int(DateSource::FileTime);
    const QString day = QStringLiteral("/a/bigarch/");

    QTest::newRow("masthead names the folder's paper; years from the dated pages")
        << Plan{row(day + QStringLiteral("1.txt"), QStringLiteral("bigarch"), folder, QDate(2024, 4, 8),
                    DateSource::Text, true),
                row(day + QStringLiteral("2.txt"), QStringLiteral("bigarch"), folder, QDate(2026, 4, 28),
                    DateSource::Text, false),
                row(day + QStringLiteral("3.txt"), QStringLiteral("bigarch"), folder, QDate(2026, 11, 30),
                    DateSource::FileTime, false),
                row(day + QStringLiteral("4.txt"), QStringLiteral("晋城日报"), header, QDate(2023, 1, 10),
                    DateSource::Header, true)}
        << QStringList(4, QStringLiteral("晋城日报"))
        << QList<QDate>{QDate(2024, 4, 8), QDate(2024, 4, 28), QDate(2023, 1, 10), QDate(2023, 1, 10)}
        << QList<int>{text, neighbours, neighbours, headerDate};
    QTest::newRow("year boundary: the year that puts the day nearest")
        << Plan{row(day + QStringLiteral("1.txt"), QStringLiteral("X报"), header, QDate(2024, 1, 2),
                    DateSource::Header, true),
                row(day + QStringLiteral("2.txt"), QStringLiteral("X报"), header, QDate(2026, 12, 30),
                    DateSource::Text, false)}
        << QStringList(2, QStringLiteral("X报")) << QList<QDate>{QDate(2024, 1, 2), QDate(2023, 12, 30)}
        << QList<int>{headerDate, neighbours};
    QTest::newRow("a folder whose pages name no paper keeps its name; nothing dated: file time stays")
        << Plan{row(day + QStringLiteral("1.txt"), QStringLiteral("bigarch"), folder, QDate(2026, 11, 30),
                    DateSource::FileTime, false),
                row(QStringLiteral("/a/焦作日报/2.txt"), QStringLiteral("焦作日报"), PaperSource::Path,
                    QDate(2026, 11, 29), DateSource::FileTime, false)}
        << QStringList{QStringLiteral("bigarch"), QStringLiteral("焦作日报")}
        << QList<QDate>{QDate(2026, 11, 30), QDate(2026, 11, 29)} << QList<int>{fileTime, fileTime};
    QTest::newRow("the page of the same folder before a nearer one elsewhere")
        << Plan{row(QStringLiteral("/a/x/1.txt"), QStringLiteral("X报"), header, QDate(2020, 5, 1),
                    DateSource::Header, true),
                row(QStringLiteral("/a/y/1.txt"), QStringLiteral("X报"), header, QDate(2022, 6, 1),
                    DateSource::Header, true),
                row(QStringLiteral("/a/y/2.txt"), QStringLiteral("X报"), header, QDate(2026, 6, 3),
                    DateSource::Text, false),
                row(QStringLiteral("/a/x/2.txt"), QStringLiteral("X报"), header, QDate(2026, 6, 3),
                    DateSource::Text, false)}
        << QStringList(4, QStringLiteral("X报"))
        << QList<QDate>{QDate(2020, 5, 1), QDate(2022, 6, 1), QDate(2022, 6, 3), QDate(2020, 6, 3)}
        << QList<int>{headerDate, headerDate, neighbours, neighbours};
    ImportFilePlan user = row(day + QStringLiteral("2.txt"), QStringLiteral("我的报"), PaperSource::User,
                              QDate(2019, 2, 2), DateSource::User, true);
    QTest::newRow("what the user set is left alone and counts as named")
        << Plan{row(day + QStringLiteral("1.txt"), QStringLiteral("bigarch"), folder, QDate(2026, 2, 3),
                    DateSource::Text, false),
                user}
        << QStringList(2, QStringLiteral("我的报")) << QList<QDate>{QDate(2019, 2, 3), QDate(2019, 2, 2)}
        << QList<int>{neighbours, int(DateSource::User)};
}

void TestImportSettle::settle()
{
    QFETCH(Plan, plan);
    QFETCH(QStringList, papers);
    QFETCH(QList<QDate>, dates);
    QFETCH(QList<int>, dateSources);
    const Plan before = plan;
    const QList<qsizetype> changed = settleImportPlacements(plan);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        QCOMPARE(plan.at(i).paper, papers.at(i));
        QCOMPARE(plan.at(i).date, dates.at(i));
        QCOMPARE(int(plan.at(i).dateSource), dateSources.at(i));
        const bool differs = plan.at(i).paper != before.at(i).paper || plan.at(i).date != before.at(i).date
            || plan.at(i).dateSource != before.at(i).dateSource;
        QCOMPARE(changed.contains(i), differs);
        if (plan.at(i).dateSource == DateSource::Neighbours)
            QVERIFY(plan.at(i).dateGuessed());
    }
    // Settling twice changes nothing more.
    const Plan once = plan;
    settleImportPlacements(plan);
    for (qsizetype i = 0; i < plan.size(); ++i)
        QCOMPARE(plan.at(i).date, once.at(i).date);
}

// The samples: four pages of one paper; one names it in its masthead (JIAOZUO DAILY) and is dated by its
// header, the others sit in a folder called "samples" and are dated only by their text, one with no year.
void TestImportSettle::checkSamples(Library &library)
{
    const QHash<QString, Placed> placed = placements(library);
    QCOMPARE(placed.size(), 4);
    QDate newestWithYear;
    int withoutYear = 0;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        QCOMPARE(it->paper, QStringLiteral("焦作日报"));
        QVERIFY2(it->date.isValid(), qPrintable(it.key()));
    }
    // The pages that give their year (a header, a year in the text) against the one that does not: it takes
    // the year of its dated neighbours, so no page lies in a later year than the newest dated one, and it is
    // shown as guessed.
    const QString yearless = QFileInfo(samplePath(QStringLiteral("001_"))).fileName();
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        if (it.key() == yearless) {
            ++withoutYear;
            QVERIFY(it->guessed);
        } else if (!newestWithYear.isValid() || it->date > newestWithYear) {
            newestWithYear = it->date;
        }
    }
    QCOMPARE(withoutYear, 1);
    for (auto it = placed.cbegin(); it != placed.cend(); ++it)
        QVERIFY2(it->date.year() <= newestWithYear.year(),
                 qPrintable(QStringLiteral("%1: %2 after %3").arg(it.key(), it->date.toString(Qt::ISODate),
                                                                   newestWithYear.toString(Qt::ISODate))));
    QCOMPARE(placed.value(yearless).date.month(), 4);
    QCOMPARE(placed.value(yearless).date.day(), 28);
    QCOMPARE(placed.value(yearless).date.year(), newestWithYear.year());
    // The header's date is no guess.
    QCOMPARE(placed.value(QFileInfo(samplePath(QStringLiteral("003_"))).fileName()).date, QDate(2023, 1, 10));
    QVERIFY(!placed.value(QFileInfo(samplePath(QStringLiteral("003_"))).fileName()).guessed);
    QCOMPARE(LibraryStore(library).papers().size(), 1);
}

void TestImportSettle::samplesThroughTheWelcomeScreen()
{
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    // The welcome screen opens the import wizard on the samples folder: a scan, then the scanned plan.
    const QList<ImportFilePlan> plan = importer.scan({QStringLiteral(KANBAO_SAMPLES_DIR)});
    QCOMPARE(plan.size(), 4);
    for (const ImportFilePlan &row : plan)
        QCOMPARE(row.paper, QStringLiteral("焦作日报"));
    const ImportSummary summary = importer.importPlan(plan);
    QVERIFY(summary.failed.isEmpty());
    QCOMPARE(summary.imported, 4);
    checkSamples(library);
}

void TestImportSettle::samplesThroughTheCommandLine()
{
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    const ImportSummary summary = importer.importPaths({QStringLiteral(KANBAO_SAMPLES_DIR)});
    QVERIFY(summary.failed.isEmpty());
    QCOMPARE(summary.imported, 4);
    checkSamples(library);
    QVERIFY(checkConsistency(library).isEmpty());
}

// A changed file imported again by itself has no neighbours to learn from: it stays where its earlier
// version stood rather than falling back to its folder's name and its file time.
void TestImportSettle::changedFileImportedAloneKeepsItsPlace()
{
    QTemporaryDir dir;
    const QString samples = dir.filePath(QStringLiteral("samples"));
    QVERIFY(QDir().mkpath(samples));
    for (const QString &name : QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).filePath(name), QDir(samples).filePath(name)));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({samples}).imported, 4);
    const QHash<QString, Placed> before = placements(library);
    const QString yearless = QFileInfo(samplePath(QStringLiteral("001_"))).fileName();
    QCOMPARE(before.value(yearless).paper, QStringLiteral("焦作日报"));

    const QString changed = QDir(samples).filePath(yearless);
    QVERIFY(writeFile(changed, readFile(changed) + QByteArray("\n本报讯 会议还要求各单位抓好落实。\n")));
    const ImportSummary summary = importer.importPaths({changed});
    QCOMPARE(summary.replaced, 1);
    const QHash<QString, Placed> after = placements(library);
    QCOMPARE(after.value(yearless).paper, QStringLiteral("焦作日报"));
    QCOMPARE(after.value(yearless).date, before.value(yearless).date);
    QVERIFY(after.value(yearless).guessed);
    QCOMPARE(LibraryStore(library).papers().size(), 1);
    QVERIFY(checkConsistency(library).isEmpty());
}

QTEST_GUILESS_MAIN(TestImportSettle)
#include "tst_importsettle.moc"
