// The import wizard's pace line: pages a second and the time left, files weighed by their pages.
#include "importrate.h"

#include <QTest>

using namespace kanbao;

class TestImportRate : public QObject
{
    Q_OBJECT

private slots:
    void rate_data();
    void rate();
    void durationText_data();
    void durationText();
};

void TestImportRate::rate_data()
{
    QTest::addColumn<QList<int>>("pagesPerFile");
    QTest::addColumn<int>("filesDone");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<double>("pagesPerSecond"); // < 0: unknown yet
    QTest::addColumn<qint64>("secondsLeft");
    // 4 files of 8, 4, 4 and 4 pages: after the first (8 pages) in 2 s, 4 pages/s and 12 pages left.
    QTest::newRow("weighed by pages") << QList<int>{8, 4, 4, 4} << 1 << qint64(2000) << 4.0 << qint64(3);
    QTest::newRow("half way") << QList<int>{1, 1, 1, 1} << 2 << qint64(4000) << 0.5 << qint64(4);
    QTest::newRow("a file of unknown pages counts one") << QList<int>{0, 0} << 1 << qint64(1000) << 1.0 << qint64(1);
    QTest::newRow("too early to say") << QList<int>{3, 3} << 1 << qint64(400) << -1.0 << qint64(-1);
    QTest::newRow("nothing done yet") << QList<int>{3, 3} << 0 << qint64(5000) << -1.0 << qint64(-1);
    QTest::newRow("done") << QList<int>{3, 3} << 2 << qint64(3000) << 2.0 << qint64(0);
}

void TestImportRate::rate()
{
    QFETCH(QList<int>, pagesPerFile);
    QFETCH(int, filesDone);
    QFETCH(qint64, elapsedMs);
    QFETCH(double, pagesPerSecond);
    QFETCH(qint64, secondsLeft);
    ImportRate rate;
    rate.start(pagesPerFile);
    rate.update(filesDone, elapsedMs);
    if (pagesPerSecond < 0) {
        QVERIFY(!rate.pagesPerSecond());
        QVERIFY(!rate.secondsLeft());
        QVERIFY(rate.text().isEmpty());
        return;
    }
    QVERIFY(rate.pagesPerSecond());
    QCOMPARE(*rate.pagesPerSecond(), pagesPerSecond);
    QCOMPARE(*rate.secondsLeft(), secondsLeft);
    const QString text = rate.text();
    QVERIFY2(text.contains(QStringLiteral("pages/s")) && text.contains(QStringLiteral("left")), qPrintable(text));
    QVERIFY2(text.contains(ImportRate::durationText(secondsLeft)), qPrintable(text));
}

void TestImportRate::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("42 s");
    QTest::newRow("minutes") << qint64(130) << QStringLiteral("2 min 10 s");
    QTest::newRow("hours") << qint64(3 * 3600 + 25 * 60 + 9) << QStringLiteral("3 h 25 min");
}

void TestImportRate::durationText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ImportRate::durationText(seconds), text);
}

QTEST_MAIN(TestImportRate)
#include "tst_importrate.moc"
