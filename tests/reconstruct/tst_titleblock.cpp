// Splitting title blocks into kicker, headline and subheadline, horizontal and vertical.
#include "reconstruct/titleblock.h"

#include <QTest>

using namespace kanbao;
using titleblock::TitleGroup;

Q_DECLARE_METATYPE(QList<TitleGroup>)

namespace {

TitleGroup lines(std::initializer_list<const char16_t *> text, bool vertical = false)
{
    TitleGroup g;
    g.vertical = vertical;
    for (const char16_t *t : text)
        g.lines << QString::fromUtf16(t);
    return g;
}

} // namespace

class TestTitleBlock : public QObject
{
    Q_OBJECT

private slots:
    void compose_data()
    {
        QTest::addColumn<QList<TitleGroup>>("groups");
        QTest::addColumn<QString>("kicker");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("subheadline");
        QTest::newRow("one line") << QList<TitleGroup>{lines({u"某区召开安全生产会议"})} << QString()
                                  << QStringLiteral("某区召开安全生产会议") << QString();
        QTest::newRow("wrapped headline joins")
            << QList<TitleGroup>{lines({u"某区召开“三十工程”", u"重点项目推进会"})} << QString()
            << QStringLiteral("某区召开“三十工程”重点项目推进会") << QString();
        QTest::newRow("kicker above headline")
            << QList<TitleGroup>{lines({u"某街道"}), lines({u"把关爱送到群众家里"})} << QStringLiteral("某街道")
            << QStringLiteral("把关爱送到群众家里") << QString();
        QTest::newRow("dash subheadline")
            << QList<TitleGroup>{lines({u"硬化小巷  铺就民心之路", u"——访某中心主任张三"})} << QString()
            << QStringLiteral("硬化小巷 铺就民心之路") << QStringLiteral("——访某中心主任张三");
        QTest::newRow("kicker, headline, subheadline")
            << QList<TitleGroup>{lines({u"引题一行"}), lines({u"主题一行"}), lines({u"——副题一行"})}
            << QStringLiteral("引题一行") << QStringLiteral("主题一行") << QStringLiteral("——副题一行");
        QTest::newRow("vertical: long columns are the kicker")
            << QList<TitleGroup>{lines({u"某区参加全省第十二期"}, true), lines({u"﹃三个一批﹄项目建设活动"}, true),
                                 lines({u"签约项目三个"}, true), lines({u"开工项目两个"}, true)}
            << QStringLiteral("某区参加全省第十二期“三个一批”项目建设活动") << QStringLiteral("签约项目三个开工项目两个")
            << QString();
        QTest::newRow("vertical: two columns are one headline")
            << QList<TitleGroup>{lines({u"某县县委理论学习中心组"}, true), lines({u"召开集体学习会议"}, true)}
            << QString() << QStringLiteral("某县县委理论学习中心组召开集体学习会议") << QString();
        QTest::newRow("empty") << QList<TitleGroup>{} << QString() << QString() << QString();
    }
    void compose()
    {
        QFETCH(QList<TitleGroup>, groups);
        QFETCH(QString, kicker);
        QFETCH(QString, headline);
        QFETCH(QString, subheadline);
        const titleblock::TitleParts parts = titleblock::composeTitle(groups);
        QCOMPARE(parts.kicker, kicker);
        QCOMPARE(parts.headline, headline);
        QCOMPARE(parts.subheadline, subheadline);
    }

    // Signals a title line is judged on, one by one.
    void leadOverlap_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("overlap");
        QTest::newRow("headline repeats its lead")
            << QStringLiteral("某市召开春耕生产会议") << QStringLiteral("3日，某市召开春耕生产工作会议，部署全年任务。")
            << 8.0 / 9.0;
        QTest::newRow("unrelated text") << QStringLiteral("某市召开春耕生产会议")
                                        << QStringLiteral("外交部发言人就有关问题答记者问。") << 0.0;
        QTest::newRow("punctuation breaks pairs")
            << QStringLiteral("春节，团圆") << QStringLiteral("春节到了，家家团圆") << 1.0;
        QTest::newRow("no Han pair") << QStringLiteral("5G") << QStringLiteral("5G网络") << 0.0;
    }
    void leadOverlap()
    {
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(double, overlap);
        QCOMPARE(titleblock::leadOverlap(title, text), overlap);
    }

    void lineForms_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("enumerated");
        QTest::addColumn<bool>("marker");
        QTest::addColumn<bool>("titleForm");
        QTest::addColumn<bool>("attribution");
        QTest::newRow("numbered subhead") << QStringLiteral("三、整合基层网格管理") << true << false << true << false;
        QTest::newRow("bracketed number") << QStringLiteral("（二）强化组织领导") << true << false << true << false;
        QTest::newRow("ordinal") << QStringLiteral("第四，坚持问题导向") << true << false << true << false;
        QTest::newRow("arabic number") << QStringLiteral("2.加快项目建设") << true << false << true << false;
        QTest::newRow("headline with a number") << QStringLiteral("三大工程稳步推进") << false << false << true << false;
        QTest::newRow("headline with a year") << QStringLiteral("2019年春运平稳开局") << false << false << true << false;
        QTest::newRow("core reading") << QStringLiteral("核心阅读") << false << true << true << false;
        QTest::newRow("editor's note") << QStringLiteral("编者按：") << false << true << true << false;
        QTest::newRow("wrapped byline tail") << QStringLiteral("鑫、李鲲、白林）") << false << false << false << false;
        QTest::newRow("sentence end inside") << QStringLiteral("——协同推进。打造合唱节等") << false << false << false
                                             << false;
        QTest::newRow("column tag closes its own bracket")
            << QStringLiteral("多些无声的联系（人民论坛）") << false << false << true << false;
        QTest::newRow("quote attribution") << QStringLiteral("——鲁迅") << false << false << true << true;
        QTest::newRow("subtitle after a dash") << QStringLiteral("——访某县县长张三") << false << false << true << false;
    }
    void lineForms()
    {
        QFETCH(QString, line);
        QFETCH(bool, enumerated);
        QFETCH(bool, marker);
        QFETCH(bool, titleForm);
        QFETCH(bool, attribution);
        QCOMPARE(titleblock::isEnumeratedHeading(line), enumerated);
        QCOMPARE(titleblock::isSectionMarker(line), marker);
        QCOMPARE(titleblock::couldBeTitleLine(line), titleForm);
        QCOMPARE(titleblock::isQuoteAttribution(line), attribution);
    }
};

QTEST_GUILESS_MAIN(TestTitleBlock)
#include "tst_titleblock.moc"
