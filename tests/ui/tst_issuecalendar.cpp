// The issue calendar: counts, editions, gaps in a run, month navigation to months with issues.

#include "fakereader.h"
#include "issuecalendar.h"

#include <QDir>
#include <QTest>

using namespace kanbao;

class TestIssueCalendar : public QObject
{
    Q_OBJECT

private slots:
    void issuesOfTheShownMonth();
    void gaps_data();
    void gaps();
    void monthNavigationSkipsEmptyMonths();
    void paintsWithoutCrashing();
};

// A daily run 2024-04-01..04-10 with 04-05 missing and two editions on 04-08; then nothing until
// 2024-07-15; one issue in 2023-12.
static void fillLibrary(test::FakeReader &reader)
{
    for (int day = 1; day <= 10; ++day) {
        if (day == 5)
            continue;
        reader.addIssue(QDate(2024, 4, day));
    }
    reader.addIssue(QDate(2024, 4, 8), QStringLiteral("晚报版"), 1, 2);
    reader.addIssue(QDate(2024, 7, 15));
    reader.addIssue(QDate(2023, 12, 30));
}

void TestIssueCalendar::issuesOfTheShownMonth()
{
    test::FakeReader reader;
    fillLibrary(reader);
    IssueCalendar calendar;
    calendar.setCurrentPage(2024, 4);
    calendar.setReader(&reader);
    QCOMPARE(calendar.issuesOn(QDate(2024, 4, 1)).size(), 1);
    QCOMPARE(calendar.issuesOn(QDate(2024, 4, 1)).first().articleCount, 6);
    QCOMPARE(calendar.issuesOn(QDate(2024, 4, 8)).size(), 2); // two editions told apart
    QVERIFY(calendar.issuesOn(QDate(2024, 4, 5)).isEmpty());
}

void TestIssueCalendar::gaps_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("gap");
    QTest::newRow("missing day inside the run") << QDate(2024, 4, 5) << true;
    QTest::newRow("issue day") << QDate(2024, 4, 4) << false;
    QTest::newRow("after the run") << QDate(2024, 4, 11) << false;
    QTest::newRow("long silence between runs") << QDate(2024, 5, 20) << false;
    QTest::newRow("before the first issue") << QDate(2023, 12, 1) << false;
}

void TestIssueCalendar::gaps()
{
    QFETCH(QDate, date);
    QFETCH(bool, gap);
    test::FakeReader reader;
    fillLibrary(reader);
    IssueCalendar calendar;
    calendar.setCurrentPage(date.year(), date.month());
    calendar.setReader(&reader);
    QCOMPARE(calendar.isGap(date), gap);
}

void TestIssueCalendar::monthNavigationSkipsEmptyMonths()
{
    test::FakeReader reader;
    fillLibrary(reader);
    IssueCalendar calendar;
    calendar.setReader(&reader);
    calendar.setCurrentPage(2024, 4);
    QVERIFY(calendar.hasNextIssueMonth());
    QVERIFY(calendar.showNextIssueMonth());
    QCOMPARE(calendar.monthShown(), 7); // May and June have no issues
    QCOMPARE(calendar.yearShown(), 2024);
    QVERIFY(!calendar.hasNextIssueMonth());
    QVERIFY(!calendar.showNextIssueMonth());
    QVERIFY(calendar.showPreviousIssueMonth());
    QCOMPARE(calendar.monthShown(), 4);
    QVERIFY(calendar.showPreviousIssueMonth());
    QCOMPARE(calendar.monthShown(), 12);
    QCOMPARE(calendar.yearShown(), 2023);
    QVERIFY(!calendar.hasPreviousIssueMonth());
}

void TestIssueCalendar::paintsWithoutCrashing()
{
    test::FakeReader reader;
    fillLibrary(reader);
    IssueCalendar calendar;
    calendar.setReader(&reader);
    calendar.setCurrentPage(2024, 4);
    calendar.setSelectedDate(QDate(2024, 4, 8));
    calendar.resize(400, 320);
    const QImage image = calendar.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(QDir().mkpath(QStringLiteral(KANBAO_BUILD_DIR "/screenshots")));
    QVERIFY(image.save(QStringLiteral(KANBAO_BUILD_DIR "/screenshots/calendar.png")));
}

QTEST_MAIN(TestIssueCalendar)
#include "tst_issuecalendar.moc"
