// Where a page file belongs: paper, date and page from its path, its header, or its text.
#include "import/archivelayout.h"
#include "import/importer.h"

#include <QTest>

using namespace kanbao;

class TestArchiveLayout : public QObject
{
    Q_OBJECT

private slots:
    void parsesPaths_data();
    void parsesPaths();
    void parsesHeaders_data();
    void parsesHeaders();
    void guessesDates_data();
    void guessesDates();
    void detectsInOrder_data();
    void detectsInOrder();
};

void TestArchiveLayout::parsesPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<int>("confidence");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("archiveFolder");

    const int named = int(PaperConfidence::Named);
    const int none = int(PaperConfidence::None);
    const int abbreviation = int(PaperConfidence::Abbreviation);
    QTest::newRow("paper/y/m/d/label") << QStringLiteral("/data/焦作日报/2024/04/09/A03.txt")
                                       << QStringLiteral("焦作日报") << named << QDate(2024, 4, 9)
                                       << QStringLiteral("A03") << QStringLiteral("焦作日报");
    QTest::newRow("iso folder/number") << QStringLiteral("/home/me/archive/2024-04-09/03.txt") << QString() << none
                                       << QDate(2024, 4, 9) << QStringLiteral("03") << QStringLiteral("archive");
    QTest::newRow("abbreviation+compact date") << QStringLiteral("/x/scans/jzrb20240409_A03.txt")
                                               << QStringLiteral("焦作日报") << named << QDate(2024, 4, 9)
                                               << QStringLiteral("A03") << QStringLiteral("scans");
    QTest::newRow("unknown abbreviation") << QStringLiteral("/x/scans/abcd20240409_B12.md") << QStringLiteral("abcd")
                                          << abbreviation << QDate(2024, 4, 9) << QStringLiteral("B12")
                                          << QStringLiteral("scans");
    QTest::newRow("name_date_label") << QStringLiteral("/x/焦作日报_2023-01-10_A08.txt") << QStringLiteral("焦作日报")
                                     << named << QDate(2023, 1, 10) << QStringLiteral("A08") << QStringLiteral("x");
    QTest::newRow("chinese date folder") << QStringLiteral("/a/河南日报/2024年4月9日/第3版.txt")
                                         << QStringLiteral("河南日报") << named << QDate(2024, 4, 9)
                                         << QStringLiteral("3") << QStringLiteral("河南日报");
    QTest::newRow("y/m-d") << QStringLiteral("/a/焦作晚报/2022/12-31/a1.md") << QStringLiteral("焦作晚报") << named
                           << QDate(2022, 12, 31) << QStringLiteral("A1") << QStringLiteral("焦作晚报");
    QTest::newRow("dotted date, page word") << QStringLiteral("/a/b/2021.03.05/page07.txt") << QString() << none
                                            << QDate(2021, 3, 5) << QStringLiteral("07") << QStringLiteral("b");
    QTest::newRow("numbered export, no date") << QStringLiteral("/repo/resources/samples/000_71a6f582861dd56c.txt")
                                              << QString() << none << QDate() << QString()
                                              << QStringLiteral("samples");
    QTest::newRow("impossible date") << QStringLiteral("/a/archive/2024-02-30/A01.txt") << QString() << none
                                     << QDate() << QStringLiteral("A01") << QStringLiteral("archive");
    QTest::newRow("label only under paper") << QStringLiteral("/a/焦作日报/A05.txt") << QStringLiteral("焦作日报")
                                            << named << QDate() << QStringLiteral("A05") << QStringLiteral("焦作日报");
    QTest::newRow("date folders inside a date-free tree")
        << QStringLiteral("/mnt/2023/2023-06-01/A02.txt") << QString() << none << QDate(2023, 6, 1)
        << QStringLiteral("A02") << QStringLiteral("mnt");
}

void TestArchiveLayout::parsesPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, paper);
    QFETCH(int, confidence);
    QFETCH(QDate, date);
    QFETCH(QString, page);
    QFETCH(QString, archiveFolder);
    const ArchivePathInfo info = parseArchivePath(path);
    QCOMPARE(info.paper, paper);
    QCOMPARE(int(info.paperConfidence), confidence);
    QCOMPARE(info.date, date);
    QCOMPARE(info.pageLabel, page);
    QCOMPARE(info.archiveFolder, archiveFolder);
}

void TestArchiveLayout::parsesHeaders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("section");

    QTest::newRow("pdf header") << QStringLiteral("\nJIAOZUO DAILY\nA08│温县新闻2023年1月10日 星期二\n\n"
                                                  "■新闻热线：8797000│■编辑：刘振毅\n\n本报讯 1月7日下午……")
                                << QStringLiteral("焦作日报") << QDate(2023, 1, 10) << QStringLiteral("A08")
                                << QStringLiteral("温县新闻");
    QTest::newRow("masthead in Chinese, weekday line")
        << QStringLiteral("焦作日报\n2024年4月9日 星期二\n\n# 标题\n正文") << QStringLiteral("焦作日报")
        << QDate(2024, 4, 9) << QString() << QString();
    QTest::newRow("spaced latin masthead") << QStringLiteral("JIAOZUO   daily\n03 | 要闻 2024年5月1日\n")
                                           << QStringLiteral("焦作日报") << QDate(2024, 5, 1)
                                           << QStringLiteral("03") << QStringLiteral("要闻");
    QTest::newRow("no header, date in body only")
        << QStringLiteral("# 会议召开\n\n本报讯 2024年4月9日，会议召开。") << QString() << QDate() << QString()
        << QString();
    QTest::newRow("paper named in body is not a masthead")
        << QStringLiteral("连日来，《焦作日报》报道了……\n") << QString() << QDate() << QString() << QString();
}

void TestArchiveLayout::parsesHeaders()
{
    QFETCH(QString, text);
    QFETCH(QString, paper);
    QFETCH(QDate, date);
    QFETCH(QString, label);
    QFETCH(QString, section);
    const PageHeaderInfo header = parsePageHeader(text);
    QCOMPARE(header.paper, paper);
    QCOMPARE(header.date, date);
    QCOMPARE(header.label, label);
    QCOMPARE(header.section, section);
}

void TestArchiveLayout::guessesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fallbackYear");
    QTest::addColumn<QDate>("notAfter");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<int>("source");

    const int dateline = TextDateGuess::Dateline;
    const int mention = TextDateGuess::Mention;
    const int none = TextDateGuess::None;
    QTest::newRow("xinhua dateline, year nearby")
        << QStringLiteral("2024年一季度……\n新华社北京4月8日电 记者……") << 0 << QDate() << QDate(2024, 4, 8) << dateline;
    QTest::newRow("latest local dateline wins")
        << QStringLiteral("本报讯（记者赵根志）4月28日，会议召开。\n本报讯（记者郭树勋）4月24日上午，调研。\n2024年目标")
        << 0 << QDate() << QDate(2024, 4, 28) << dateline;
    QTest::newRow("nearest year, not the first")
        << QStringLiteral("2019年建成。") + QString(200, QLatin1Char('x'))
               + QStringLiteral("2023年，本报讯 12月23日，开幕。")
        << 0 << QDate() << QDate(2023, 12, 23) << dateline;
    QTest::newRow("plan years after the file time are not the issue's")
        << QStringLiteral("2024年工作要点。") + QString(100, QLatin1Char('x'))
               + QStringLiteral("（2024—2030 年）到 2030 年实现。\n新华社北京4月8日电")
        << 0 << QDate(2026, 11, 24) << QDate(2024, 4, 8) << dateline;
    QTest::newRow("no year: fallback year") << QStringLiteral("本报讯 3月5日下午，会议召开。") << 2022 << QDate()
                                            << QDate(2022, 3, 5) << dateline;
    QTest::newRow("fallback year not after file time")
        << QStringLiteral("本报讯 12月30日，会议召开。") << 2024 << QDate(2024, 1, 3) << QDate(2023, 12, 30)
        << dateline;
    QTest::newRow("mentions: most frequent") << QStringLiteral("2024年，3月6日开会；3月6日闭幕；3月9日再议。") << 0
                                             << QDate() << QDate(2024, 3, 6) << mention;
    QTest::newRow("full date mention") << QStringLiteral("截至2021年7月1日，共完成……") << 0 << QDate()
                                       << QDate(2021, 7, 1) << mention;
    QTest::newRow("no year anywhere, no fallback") << QStringLiteral("本报讯 3月5日下午，会议召开。") << 0 << QDate()
                                                   << QDate() << none;
    QTest::newRow("no date at all") << QStringLiteral("今天天气很好。") << 2024 << QDate() << QDate() << none;
    QTest::newRow("impossible date skipped") << QStringLiteral("2023年2月30日；2023年，本报讯 2月3日。") << 0
                                             << QDate() << QDate(2023, 2, 3) << dateline;
}

void TestArchiveLayout::guessesDates()
{
    QFETCH(QString, text);
    QFETCH(int, fallbackYear);
    QFETCH(QDate, notAfter);
    QFETCH(QDate, expected);
    QFETCH(int, source);
    const TextDateGuess guess = guessDateFromText(text, fallbackYear, notAfter);
    QCOMPARE(guess.date, expected);
    QCOMPARE(int(guess.source), source);
}

// Path before header before text before file time; a paper-like folder before a masthead before the
// archive folder.
void TestArchiveLayout::detectsInOrder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<int>("paperSource");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("dateSource");
    QTest::addColumn<QString>("label");

    const QString headerText = QStringLiteral("JIAOZUO DAILY\nA08│温县新闻2023年1月10日 星期二\n\n本报讯 1月7日下午，会议。");
    QTest::newRow("path wins") << QStringLiteral("/a/焦作晚报/2024/04/09/A03.txt") << headerText
                               << QStringLiteral("焦作晚报") << int(PaperSource::Path) << QDate(2024, 4, 9)
                               << int(DateSource::Path) << QStringLiteral("A03");
    QTest::newRow("header next") << QStringLiteral("/a/archive/003.txt") << headerText << QStringLiteral("焦作日报")
                                 << int(PaperSource::Header) << QDate(2023, 1, 10) << int(DateSource::Header)
                                 << QStringLiteral("A08");
    QTest::newRow("text guess, archive folder")
        << QStringLiteral("/a/archive/x.md") << QStringLiteral("# 标题\n\n本报讯（记者）4月28日，2024年会议。")
        << QStringLiteral("archive") << int(PaperSource::ArchiveFolder) << QDate(2024, 4, 28) << int(DateSource::Text)
        << QString();
    QTest::newRow("nothing: file time") << QStringLiteral("/a/archive/x.md") << QStringLiteral("今天天气很好。")
                                        << QStringLiteral("archive") << int(PaperSource::ArchiveFolder)
                                        << QDate(2025, 5, 6) << int(DateSource::FileTime) << QString();
}

void TestArchiveLayout::detectsInOrder()
{
    QFETCH(QString, path);
    QFETCH(QString, text);
    QFETCH(QString, paper);
    QFETCH(int, paperSource);
    QFETCH(QDate, date);
    QFETCH(int, dateSource);
    QFETCH(QString, label);
    const FileDetection found = detectFile(path, text, {}, QDateTime(QDate(2025, 5, 6), QTime(12, 0)));
    QCOMPARE(found.paper, paper);
    QCOMPARE(int(found.paperSource), paperSource);
    QCOMPARE(found.date, date);
    QCOMPARE(int(found.dateSource), dateSource);
    QCOMPARE(found.pageLabel, label);
    QCOMPARE(isGuessed(found.dateSource), dateSource == int(DateSource::Text) || dateSource == int(DateSource::FileTime));
}

QTEST_GUILESS_MAIN(TestArchiveLayout)
#include "tst_archivelayout.moc"
