// Running heads: masthead, page label with section and date, desk credits; article text never matches.
#include "reconstruct/pageheader.h"

#include <QTest>

using namespace kanbao;
using pageheader::LineKind;

class TestPageHeader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QDate>("date");
        QTest::newRow("masthead") << QStringLiteral("JIAOZUO DAILY") << int(LineKind::Masthead) << QString()
                                  << QString() << QDate();
        QTest::newRow("label, section, date")
            << QStringLiteral("A08│温县新闻2023年1月10日 星期二") << int(LineKind::PageLabel) << QStringLiteral("A08")
            << QStringLiteral("温县新闻") << QDate(2023, 1, 10);
        QTest::newRow("date first, ASCII bar") << QStringLiteral("2024年4月9日 星期二 | B03 山阳新闻")
                                               << int(LineKind::PageLabel) << QStringLiteral("B03")
                                               << QStringLiteral("山阳新闻") << QDate(2024, 4, 9);
        QTest::newRow("page number in words") << QStringLiteral("第3版 综合新闻 2022年12月1日")
                                              << int(LineKind::PageLabel) << QStringLiteral("第3版")
                                              << QStringLiteral("综合新闻") << QDate(2022, 12, 1);
        QTest::newRow("desk credits")
            << QStringLiteral("■新闻热线：8797000│■编辑：刘振毅│校对：姬 祥│组版：牛成文") << int(LineKind::Credits)
            << QString() << QString() << QDate();
        QTest::newRow("editor pair") << QStringLiteral("责任编辑：王五  美术编辑：赵六") << int(LineKind::Credits)
                                     << QString() << QString() << QDate();
        QTest::newRow("one desk role") << QStringLiteral("责任编辑：王 五") << int(LineKind::Credits) << QString()
                                       << QString() << QDate();
        QTest::newRow("layout designer and editor") << QStringLiteral("本版编辑：张三  版式设计：李四")
                                                    << int(LineKind::Credits) << QString() << QString() << QDate();
        QTest::newRow("graphic credit is article text") << QStringLiteral("制图：张三") << int(LineKind::None)
                                                        << QString() << QString() << QDate();
        QTest::newRow("date line with weekday") << QStringLiteral("2019年2月12日\u3000星期二") << int(LineKind::PageLabel)
                                                << QString() << QString() << QDate(2019, 2, 12);
        QTest::newRow("weekday inside a sentence")
            << QStringLiteral("2019年2月12日星期二上午，会议在京召开") << int(LineKind::None) << QString() << QString()
            << QDate();
        QTest::newRow("sentence with a date")
            << QStringLiteral("2023年1月10日，温县召开会议，安排部署全年重点工作。") << int(LineKind::None) << QString()
            << QString() << QDate();
        QTest::newRow("acronym in text") << QStringLiteral("GSP 仓库主体封顶") << int(LineKind::None) << QString()
                                         << QString() << QDate();
        QTest::newRow("label-like code in text") << QStringLiteral("A08次列车于2023年1月10日开通运营")
                                                 << int(LineKind::None) << QString() << QString() << QDate();
    }
    void parse()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, label);
        QFETCH(QString, section);
        QFETCH(QDate, date);
        const pageheader::HeaderLine h = pageheader::parseLine(line);
        QCOMPARE(int(h.kind), kind);
        QCOMPARE(h.label, label);
        QCOMPARE(h.section, section);
        QCOMPARE(h.date, date);
    }

    void furniture_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("candidate");
        QTest::newRow("page number") << QStringLiteral("4") << true;
        QTest::newRow("paper name") << QStringLiteral("某某日报") << true;
        QTest::newRow("paper and section") << QStringLiteral("某某日报·要闻") << true;
        QTest::newRow("number and section") << QStringLiteral("02 国际") << true;
        QTest::newRow("page in words") << QStringLiteral("第3版") << true;
        QTest::newRow("headline") << QStringLiteral("春节假期人气爆棚") << false;
        QTest::newRow("number in text") << QStringLiteral("2019") << false;
    }
    void furniture()
    {
        QFETCH(QString, line);
        QFETCH(bool, candidate);
        QCOMPARE(pageheader::isFurnitureCandidate(line), candidate);
    }
};

QTEST_GUILESS_MAIN(TestPageHeader)
#include "tst_pageheader.moc"
