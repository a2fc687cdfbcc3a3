// Bylines, the article's metadata line and citations (reading pane and notes export) take the punctuation of
// the UI language: 、 between names and ，/： in Chinese, ", " and ": " in English.
#include "articleview.h"
#include "language.h"
#include "notes/notestypes.h"

#include <QLocale>
#include <QTest>

using namespace kanbao;

class TestPunctuation : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void articleView_data();
    void articleView();
    void notesCitation_data();
    void notesCitation();

private:
    static ArticleDetail sampleArticle();
};

ArticleDetail TestPunctuation::sampleArticle()
{
    ArticleDetail a;
    a.headline = QStringLiteral("温县铁棍山药喜获丰收");
    a.body = QStringLiteral("初冬时节，温县万亩铁棍山药进入采挖期。");
    a.paper = QStringLiteral("焦作日报");
    a.date = QDate(2023, 12, 3);
    a.pageLabel = QStringLiteral("03");
    a.section = QStringLiteral("要闻");
    a.reporters = {QStringLiteral("李明"), QStringLiteral("王芳")};
    a.correspondents = {QStringLiteral("张强")};
    return a;
}

void TestPunctuation::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
}

void TestPunctuation::articleView_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("bylines");
    QTest::addColumn<QString>("metadata");
    QTest::addColumn<QString>("citationEnd");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Reporter: 李明、王芳, Correspondent: 张强")
                        << QStringLiteral("焦作日报, 2023-12-03, page 03, 要闻, Reporter: 李明、王芳, Correspondent: 张强")
                        << QStringLiteral("\n\n— 焦作日报, 2023-12-03");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("记者：李明、王芳，通讯员：张强")
                           << QStringLiteral("焦作日报，2023-12-03，03版，要闻，记者：李明、王芳，通讯员：张强")
                           << QStringLiteral("\n\n——焦作日报，2023-12-03");
}

void TestPunctuation::articleView()
{
    QFETCH(QString, language);
    QFETCH(QString, bylines);
    QFETCH(QString, metadata);
    QFETCH(QString, citationEnd);
    QCOMPARE(Language::apply(language), language);
    const ArticleDetail a = sampleArticle();
    QCOMPARE(ArticleView::bylines(a), bylines);
    QCOMPARE(ArticleView::metadataLine(a), metadata);
    const QString citation = ArticleView::citationText(a);
    QVERIFY2(citation.contains(citationEnd), qPrintable(citation));
    if (language == QLatin1String("zh_CN")) {
        QVERIFY(!metadata.contains(QLatin1Char(',')));
        QVERIFY(!metadata.contains(QLatin1Char(':')));
    }
}

void TestPunctuation::notesCitation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("bylines");
    QTest::addColumn<QString>("place");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Reporter 李明、王芳; Correspondent 张强")
                        << QStringLiteral("焦作日报, 2023-12-03, 03 要闻");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("记者：李明、王芳，通讯员：张强")
                           << QStringLiteral("焦作日报，2023-12-03，03 要闻");
}

void TestPunctuation::notesCitation()
{
    QFETCH(QString, language);
    QFETCH(QString, bylines);
    QFETCH(QString, place);
    QCOMPARE(Language::apply(language), language);
    ArticleCitation c;
    c.paper = QStringLiteral("焦作日报");
    c.date = QDate(2023, 12, 3);
    c.pageLabel = QStringLiteral("03");
    c.section = QStringLiteral("要闻");
    c.reporters = {QStringLiteral("李明"), QStringLiteral("王芳")};
    c.correspondents = {QStringLiteral("张强")};
    QCOMPARE(c.bylines(), bylines);
    QCOMPARE(c.placeText(), place);
}

QTEST_MAIN(TestPunctuation)
#include "tst_punctuation.moc"
