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
};

QTEST_GUILESS_MAIN(TestTitleBlock)
#include "tst_titleblock.moc"
