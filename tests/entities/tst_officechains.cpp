// Every office stated with a person's name: title chains, units carried over a chain, anaphora, bracketed
// aliases, short and full names, the paper's city. Rows from the 焦作日报 samples, from 人民日报 articles of
// tests/data (../shared/corpus) and written in the same manner.
#include "entities/entityextractor.h"
#include "entities/officenames.h"

#include <QTest>

using namespace kanbao;

class TestOfficeChains : public QObject
{
    Q_OBJECT

private slots:
    void chains_data();
    void chains();
    void headlineNamesTheArea_data();
    void headlineNamesTheArea();
    void canonicalOrganization_data();
    void canonicalOrganization();
    void cityOfPaper_data();
    void cityOfPaper();

private:
    const EntityExtractor m_extractor;
};

// Offices as "office@organization" joined by " | ", in the order printed.
static QString officesOf(const EntityMention &m)
{
    QStringList out;
    for (const EntityOffice &o : m.offices)
        out << o.office + u'@' + o.organization;
    return out.join(QStringLiteral(" | "));
}

void TestOfficeChains::chains_data()
{
    QTest::addColumn<QString>("text"); // paragraphs separated by \n
    QTest::addColumn<QString>("paperCity");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("concurrent posts, alias in brackets")
        << QStringLiteral("3月11日上午，市政协副主席、高新区（示范区）党工委书记吕沛主持召开会议。")
        << QString() << QStringLiteral("吕沛")
        << QStringLiteral("政协副主席@市政协 | 党工委书记@示范区（高新区）党工委");
    QTest::newRow("the other order of the alias is the same unit")
        << QStringLiteral("市政协副主席、示范区（高新区）党工委书记吕沛主持召开会议。") << QString()
        << QStringLiteral("吕沛") << QStringLiteral("政协副主席@市政协 | 党工委书记@示范区（高新区）党工委");
    QTest::newRow("company unit carried to the next title")
        << QStringLiteral("红星美凯龙集团党委书记、总裁蒋小忠在会上介绍了企业发展情况。") << QString()
        << QStringLiteral("蒋小忠") << QStringLiteral("党委书记@红星美凯龙集团党委 | 总裁@红星美凯龙集团");
    QTest::newRow("whole company name")
        << QStringLiteral("浙江重器资产管理有限公司董事长田超一行来焦考察。") << QString()
        << QStringLiteral("田超") << QStringLiteral("董事长@浙江重器资产管理有限公司");
    QTest::newRow("whole name of a working group")
        << QStringLiteral("省委党史学习教育第七巡回指导组副组长王建国到会指导。") << QString()
        << QStringLiteral("王建国") << QStringLiteral("副组长@省委党史学习教育第七巡回指导组");
    QTest::newRow("bare units completed from the article")
        << QStringLiteral("高新区（示范区）党工委书记吕沛，党工委副书记、管委会主任宫卫红出席会议。")
        << QString() << QStringLiteral("宫卫红")
        << QStringLiteral("党工委副书记@示范区（高新区）党工委 | 管委会主任@示范区（高新区）管委会");
    QTest::newRow("area carried to a bare unit")
        << QStringLiteral("高新区（示范区）党工委副书记、管委会主任官卫红主持会议。") << QString()
        << QStringLiteral("官卫红")
        << QStringLiteral("党工委副书记@示范区（高新区）党工委 | 管委会主任@示范区（高新区）管委会");
    QTest::newRow("anaphora: the street named before")
        << QStringLiteral("近日，文苑街道召开征迁工作推进会。\n该街道党工委书记李红梅要求各村加快进度。")
        << QString() << QStringLiteral("李红梅") << QStringLiteral("党工委书记@文苑街道党工委");
    QTest::newRow("anaphora: the district named before, its level written twice")
        << QStringLiteral("近日，山阳区召开征迁工作推进会。该区区委副书记、区长侯向阳出席会议并讲话。")
        << QString() << QStringLiteral("侯向阳") << QStringLiteral("区委副书记@山阳区委 | 区长@山阳区");
    QTest::newRow("anaphora: the district's head")
        << QStringLiteral("近日，山阳区召开征迁工作推进会。该区区长侯向阳出席会议并讲话。") << QString()
        << QStringLiteral("侯向阳") << QStringLiteral("区长@山阳区");
    QTest::newRow("和 inside a bureau's name")
        << QStringLiteral("焦作市文化广电和旅游局局长王小平出席。") << QString() << QStringLiteral("王小平")
        << QStringLiteral("局长@焦作市文化广电和旅游局");
    QTest::newRow("和 between two bodies is no name")
        << QStringLiteral("市委和市政府领导、区委书记郑小林出席。") << QString() << QStringLiteral("郑小林")
        << QStringLiteral("区委书记@区委");
    QTest::newRow("anaphora: the company named before")
        << QStringLiteral("焦作天宝桓祥机械科技有限公司项目开工。该公司总经理张立新介绍，项目总投资5亿元。")
        << QString() << QStringLiteral("张立新") << QStringLiteral("总经理@焦作天宝桓祥机械科技有限公司");
    QTest::newRow("short name of a company named in full")
        << QStringLiteral(
               "焦作天宝桓祥机械科技有限公司获评单项冠军。天宝桓祥公司董事长王立国表示，将加大研发投入。")
        << QString() << QStringLiteral("王立国") << QStringLiteral("董事长@焦作天宝桓祥机械科技有限公司");
    QTest::newRow("county party secretary and armed forces department")
        << QStringLiteral("市政协副主席、温县县委书记、温县人武部党委第一书记杨磊主持会议。") << QString()
        << QStringLiteral("杨磊")
        << QStringLiteral("政协副主席@市政协 | 县委书记@温县县委 | 党委第一书记@温县人武部党委");
    QTest::newRow("mayor after the city committee")
        << QStringLiteral("孟州市委副书记、市长李明霖出席会议。") << QString() << QStringLiteral("李明霖")
        << QStringLiteral("市委副书记@孟州市委 | 市长@孟州市");
    QTest::newRow("the paper's city completes 市委")
        << QStringLiteral("市委副书记、市长李亦博出席。") << QStringLiteral("焦作")
        << QStringLiteral("李亦博") << QStringLiteral("市委副书记@焦作市委 | 市长@焦作市");
    QTest::newRow("no city known: the level alone names no body")
        << QStringLiteral("区委副书记、区长陈东来主持会议。") << QString() << QStringLiteral("陈东来")
        << QStringLiteral("区委副书记@区委 | 区长@区");
    QTest::newRow("bank branch") << QStringLiteral(
                                        "中国银行焦作分行党委书记、行长郑彦征，区领导古冰涛出席座谈会。")
                                 << QString() << QStringLiteral("郑彦征")
                                 << QStringLiteral("党委书记@中国银行焦作分行党委 | 行长@中国银行焦作分行");
    QTest::newRow("a body's name inside a meeting's names the area")
        << QStringLiteral("4月1日，山阳区委常委会暨月度工作总结谋划会召开。区委书记郑小林出席会议并讲话。")
        << QString() << QStringLiteral("郑小林") << QStringLiteral("区委书记@山阳区委");
    QTest::newRow("not inside a word: 社区委员会 names no 区")
        << QStringLiteral("城乡社区委员会召开会议。区委书记郑小林出席会议并讲话。") << QString()
        << QStringLiteral("郑小林") << QStringLiteral("区委书记@区委");
    QTest::newRow("list of one city's heads: the bare level is that city")
        << QStringLiteral("孟州市人大常委会主任刘继承、市政协主席郑小标等列席会议。")
        << QStringLiteral("焦作") << QStringLiteral("郑小标") << QStringLiteral("政协主席@孟州市政协");
    QTest::newRow("a list across levels keeps the paper's city")
        << QStringLiteral("温县县委书记杨磊、市政协副主席吕沛出席。") << QStringLiteral("焦作")
        << QStringLiteral("吕沛") << QStringLiteral("政协副主席@焦作市政协");
    QTest::newRow("a new sentence is no list")
        << QStringLiteral("孟州市委书记卢和平主持。市政协主席郑小标讲话。") << QStringLiteral("焦作")
        << QStringLiteral("郑小标") << QStringLiteral("政协主席@焦作市政协");
    QTest::newRow("a word of time ends the body's name")
        << QStringLiteral("目前焦作天宝桓祥机械科技有限公司董事长王立国表示，将加大研发投入。") << QString()
        << QStringLiteral("王立国") << QStringLiteral("董事长@焦作天宝桓祥机械科技有限公司");
    // 人民日报, February 2019 (../shared/corpus/rmrb-2019-02).
    QTest::newRow("rmrb former post, general party branch")
        << QStringLiteral("被亲切称为“老代表”的时任长宁区虹桥街道虹储居民区党总支书记朱国萍说。") << QString()
        << QStringLiteral("朱国萍") << QStringLiteral("党总支书记@长宁区虹桥街道虹储居民区党总支");
    QTest::newRow("rmrb national chain")
        << QStringLiteral("中共中央政治局常委、国务院总理李克强在内蒙古考察。") << QString()
        << QStringLiteral("李克强") << QStringLiteral("常委@中共中央政治局 | 总理@国务院");
    QTest::newRow("rmrb vice premier")
        << QStringLiteral("中共中央政治局常委、国务院副总理韩正18日到国家税务总局调研。") << QString()
        << QStringLiteral("韩正") << QStringLiteral("常委@中共中央政治局 | 副总理@国务院");
    QTest::newRow("rmrb national committee")
        << QStringLiteral("中共中央政治局常委、全国政协主席汪洋主持会议并讲话。") << QString()
        << QStringLiteral("汪洋") << QStringLiteral("常委@中共中央政治局 | 政协主席@全国政协");
    QTest::newRow("rmrb provincial party secretary")
        << QStringLiteral("中共中央政治局委员、天津市委书记李鸿忠参加调研和座谈。") << QString()
        << QStringLiteral("李鸿忠") << QStringLiteral("委员@中共中央政治局 | 市委书记@天津市委");
    QTest::newRow("rmrb state company")
        << QStringLiteral("中国石油辽阳石化公司党委书记、总经理白雪峰说。") << QString()
        << QStringLiteral("白雪峰")
        << QStringLiteral("党委书记@中国石油辽阳石化公司党委 | 总经理@中国石油辽阳石化公司");
}

void TestOfficeChains::chains()
{
    QFETCH(QString, text);
    QFETCH(QString, paperCity);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    Article article;
    article.paragraphs = text.split(u'\n');
    m_extractor.annotate(article, paperCity);
    QStringList seen;
    for (const EntityMention &m : std::as_const(article.entities)) {
        if (m.type != EntityType::Person)
            continue;
        seen << m.text + u'[' + officesOf(m) + u']';
        if (m.text == name) {
            QCOMPARE(officesOf(m), expected);
            // The single-office fields repeat the office next to the name.
            QCOMPARE(m.office, m.offices.constLast().office);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 not found among %2").arg(name, seen.join(u' '))));
}

void TestOfficeChains::headlineNamesTheArea_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // 焦作日报 政务简报: the area is named in the headline and the lead only as 山阳 + 区召开 broken by the
    // layout.
    QTest::newRow("district in the headline")
        << QStringLiteral("山阳区召开党务工作会议")
        << QStringLiteral("本报讯 4月1日，召开党务工作会议。区委书记郑小林出席并讲话。")
        << QStringLiteral("区委书记@山阳区委");
    QTest::newRow("county body in the headline")
        << QStringLiteral("温县县委常委会召开") << QStringLiteral("会议由县委书记杨磊主持。")
        << QStringLiteral("县委书记@温县县委");
    QTest::newRow("no area anywhere")
        << QStringLiteral("全区党务工作会议召开") << QStringLiteral("区委书记郑小林出席并讲话。")
        << QStringLiteral("区委书记@区委");
}

void TestOfficeChains::headlineNamesTheArea()
{
    QFETCH(QString, headline);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Article article;
    article.headline = headline;
    article.paragraphs << text;
    m_extractor.annotate(article);
    for (const EntityMention &m : std::as_const(article.entities)) {
        if (m.type == EntityType::Person && !m.offices.isEmpty()) {
            QCOMPARE(officesOf(m), expected);
            return;
        }
    }
    QFAIL("no office found");
}

void TestOfficeChains::canonicalOrganization_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("paperCity");
    QTest::addColumn<QString>("expected");
    QTest::newRow("alias order 1") << QStringLiteral("高新区（示范区）管委会") << QString()
                                   << QStringLiteral("示范区（高新区）管委会");
    QTest::newRow("alias order 2") << QStringLiteral("示范区（高新区）管委会") << QString()
                                   << QStringLiteral("示范区（高新区）管委会");
    QTest::newRow("not an alias pair")
        << QStringLiteral("某某控股（集团）公司") << QString() << QStringLiteral("某某控股（集团）公司");
    QTest::newRow("city committee") << QStringLiteral("市委") << QStringLiteral("焦作")
                                    << QStringLiteral("焦作市委");
    QTest::newRow("city cppcc") << QStringLiteral("市政协") << QStringLiteral("焦作")
                                << QStringLiteral("焦作市政协");
    QTest::newRow("named city kept") << QStringLiteral("孟州市委") << QStringLiteral("焦作")
                                     << QStringLiteral("孟州市委");
    QTest::newRow("no paper") << QStringLiteral("市委") << QString() << QStringLiteral("市委");
    QTest::newRow("county paper") << QStringLiteral("县委") << QStringLiteral("温县")
                                  << QStringLiteral("温县县委");
}

void TestOfficeChains::canonicalOrganization()
{
    QFETCH(QString, written);
    QFETCH(QString, paperCity);
    QFETCH(QString, expected);
    QCOMPARE(officenames::canonicalOrganization(written, paperCity), expected);
}

void TestOfficeChains::cityOfPaper_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("expected");
    QTest::newRow("city daily") << QStringLiteral("焦作日报") << QStringLiteral("焦作");
    QTest::newRow("national daily") << QStringLiteral("人民日报") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestOfficeChains::cityOfPaper()
{
    QFETCH(QString, paper);
    QFETCH(QString, expected);
    QCOMPARE(officenames::cityOfPaper(paper), expected);
}

QTEST_GUILESS_MAIN(TestOfficeChains)
#include "tst_officechains.moc"
