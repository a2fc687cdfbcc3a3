// The extraction patterns one at a time, on invented sentences in the style of the local press.
#include "entities/entityextractor.h"
#include "import/pagefile.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QSet>
#include <QTest>

#include <thread>

using namespace kanbao;

namespace {

QStringList textsOf(const QList<EntityMention> &mentions, EntityType type, bool journalists = false)
{
    QStringList out;
    for (const EntityMention &m : mentions) {
        if (m.type == type && (m.role == QLatin1String("journalist")) == journalists && !out.contains(m.text))
            out << m.text;
    }
    return out;
}

QString squashed(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

class TestEntityExtractor : public QObject
{
    Q_OBJECT

private slots:
    void people_data();
    void people();
    void journalists_data();
    void journalists();
    void offices_data();
    void offices();
    void organizations_data();
    void organizations();
    void places_data();
    void places();
    void offsetsPointAtMentions_data();
    void offsetsPointAtMentions();
    void propagatesAcrossParagraphs();
    void sharedAcrossThreads();

private:
    const EntityExtractor m_extractor;
};

void TestEntityExtractor::people_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("title before name")
        << QStringLiteral("4月8日上午，市政协副主席、高新区（示范区）党工委书记张明远主持召开党政联席会议。")
        << QStringList{QStringLiteral("张明远")};
    QTest::newRow("title, two-character name, 在")
        << QStringLiteral("区农业农村综合服务中心主任刘静在接受采访时说，今年要抓好春耕。")
        << QStringList{QStringLiteral("刘静")};
    QTest::newRow("leader list up to 出席")
        << QStringLiteral("会议还研究了其他事项。区领导王建国、李小红、赵刚、孙启明、周正出席会议。")
        << QStringList{QStringLiteral("王建国"), QStringLiteral("李小红"), QStringLiteral("赵刚"),
                       QStringLiteral("孙启明"), QStringLiteral("周正")};
    QTest::newRow("county leader list ending in 等")
        << QStringLiteral("县领导吴强、郑伟、何丽娟等列席会议。")
        << QStringList{QStringLiteral("吴强"), QStringLiteral("郑伟"), QStringLiteral("何丽娟")};
    QTest::newRow("list after a titled name")
        << QStringLiteral("市委常委张文斌、刘海涛、许红出席会议，市人大常委会主任马德胜列席会议。")
        << QStringList{QStringLiteral("张文斌"), QStringLiteral("刘海涛"), QStringLiteral("许红"),
                       QStringLiteral("马德胜")};
    QTest::newRow("rare surname in a list")
        << QStringLiteral("区领导璩建国、富宽出席。") << QStringList{QStringLiteral("璩建国"), QStringLiteral("富宽")};
    QTest::newRow("compound surname after a title")
        << QStringLiteral("公司总经理欧阳明辉介绍，项目年底投产。") << QStringList{QStringLiteral("欧阳明辉")};
    QTest::newRow("compound surname in a list")
        << QStringLiteral("区领导司马青、上官燕出席会议。")
        << QStringList{QStringLiteral("司马青"), QStringLiteral("上官燕")};
    QTest::newRow("unlisted surname after a title, before 出席")
        << QStringLiteral("党工委副书记、管委会主任官明远出席会议并讲话。") << QStringList{QStringLiteral("官明远")};
    QTest::newRow("unlisted surname after a title, before a comma")
        << QStringLiteral("管委会主任官明远，区领导王建国出席。")
        << QStringList{QStringLiteral("官明远"), QStringLiteral("王建国")};
    QTest::newRow("leader list up to 参加")
        << QStringLiteral("县领导李东升、韩晓梅参加活动。") << QStringList{QStringLiteral("李东升"), QStringLiteral("韩晓梅")};
    QTest::newRow("role noun, speech verb")
        << QStringLiteral("“价格实惠，品种也多。”市民陈大文说。") << QStringList{QStringLiteral("陈大文")};
    QTest::newRow("role noun, 正")
        << QStringLiteral("在监测户宋家，志愿者黄丽娜正拿着爱心健康包讲解用药知识。")
        << QStringList{QStringLiteral("黄丽娜")};
    QTest::newRow("role noun, 在")
        << QStringLiteral("文昌街道温室大棚蔬菜种植户周秀英在采摘西红柿。") << QStringList{QStringLiteral("周秀英")};
    QTest::newRow("household before a name, 家 after it")
        << QStringLiteral("在南王村“五保”户侯大牛家，村干部送来了米面油。") << QStringList{QStringLiteral("侯大牛")};
    QTest::newRow("name and verb only")
        << QStringLiteral("仪式结束后，李明辉走到各摊位前了解销售情况。") << QStringList{QStringLiteral("李明辉")};
    QTest::newRow("name after a preposition, 这样的")
        << QStringLiteral("像侯大牛这样的困难群众，全镇共有86户。") << QStringList{QStringLiteral("侯大牛")};
    QTest::newRow("由 name 等")
        << QStringLiteral("活动由付小群等十位教师分别授课。") << QStringList{QStringLiteral("付小群")};
    QTest::newRow("national leader")
        << QStringLiteral("会议传达学习了习近平总书记重要讲话精神。") << QStringList{QStringLiteral("习近平")};
    QTest::newRow("not a name: 主持, 主任")
        << QStringLiteral("会议由副主任主持，主任强调要抓好落实。") << QStringList{};
    QTest::newRow("not a name: 该公司负责人")
        << QStringLiteral("该公司负责人表示，将全力保障工期。") << QStringList{};
    QTest::newRow("not a name: words after titles")
        << QStringLiteral("区委书记高度重视，要求全县上下认真学习，各级领导干部要带头。") << QStringList{};
    QTest::newRow("not a name: place before 参加")
        << QStringLiteral("高新区参加全省第十二期项目建设活动。") << QStringList{};
    QTest::newRow("not a name: a street office")
        << QStringLiteral("李万街道获评先进单位，文昌街道开展安全生产大排查。") << QStringList{};
}

void TestEntityExtractor::people()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found = textsOf(m_extractor.extract(text), EntityType::Person);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestEntityExtractor::journalists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("byline");
    QTest::addColumn<QStringList>("journalists");
    QTest::addColumn<QStringList>("people");

    QTest::newRow("reporter and correspondent in the lead")
        << QStringLiteral("本报讯（记者孙立平 通讯员钱晓军）近日，区委书记王大为主持召开会议。") << QStringList{}
        << QStringList{QStringLiteral("孙立平"), QStringLiteral("钱晓军")} << QStringList{QStringLiteral("王大为")};
    QTest::newRow("two reporters")
        << QStringLiteral("新华社北京4月8日电（记者冯维东、杨小帆）国家统计局8日发布数据。") << QStringList{}
        << QStringList{QStringLiteral("冯维东"), QStringLiteral("杨小帆")} << QStringList{};
    QTest::newRow("photographer")
        << QStringLiteral("4月2日，游客在公园赏花。刘金华摄") << QStringList{}
        << QStringList{QStringLiteral("刘金华")} << QStringList{};
    QTest::newRow("byline names from the article")
        << QStringLiteral("白明杰强调，要认真抓好落实。（白明杰 黄福海）")
        << QStringList{QStringLiteral("白明杰"), QStringLiteral("黄福海")}
        << QStringList{QStringLiteral("白明杰"), QStringLiteral("黄福海")} << QStringList{};
}

void TestEntityExtractor::journalists()
{
    QFETCH(QString, text);
    QFETCH(QStringList, byline);
    QFETCH(QStringList, journalists);
    QFETCH(QStringList, people);
    Article article;
    article.paragraphs << text;
    article.authors = byline;
    m_extractor.annotate(article);
    QStringList foundJournalists = textsOf(article.entities, EntityType::Person, true);
    QStringList foundPeople = textsOf(article.entities, EntityType::Person, false);
    foundJournalists.sort();
    foundPeople.sort();
    journalists.sort();
    people.sort();
    QCOMPARE(foundJournalists, journalists);
    QCOMPARE(foundPeople, people);
}

void TestEntityExtractor::offices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("organization");

    QTest::newRow("party working committee")
        << QStringLiteral("市政协副主席、高新区（示范区）党工委书记张明远主持会议。") << QStringLiteral("张明远")
        << QStringLiteral("党工委书记") << QStringLiteral("示范区（高新区）党工委");
    QTest::newRow("county committee")
        << QStringLiteral("温县县委书记李华东主持召开会议。") << QStringLiteral("李华东") << QStringLiteral("县委书记")
        << QStringLiteral("温县县委");
    QTest::newRow("area carried along a list of titles")
        << QStringLiteral("高新区（示范区）党工委副书记、管委会主任官明远出席会议。") << QStringLiteral("官明远")
        << QStringLiteral("管委会主任") << QStringLiteral("示范区（高新区）管委会");
    QTest::newRow("office without a body")
        << QStringLiteral("区委副书记、区长陈东来主持会议。") << QStringLiteral("陈东来") << QStringLiteral("区长")
        << QStringLiteral("区"); // the level as written: no district named, the paper's city unknown
    QTest::newRow("office with a prefix")
        << QStringLiteral("区委常委、常务副区长赵俊明与企业代表签约。") << QStringLiteral("赵俊明")
        << QStringLiteral("常务副区长") << QStringLiteral("区");
    QTest::newRow("people's congress")
        << QStringLiteral("孟州市人大常委会主任刘继先列席会议。") << QStringLiteral("刘继先")
        << QStringLiteral("人大常委会主任") << QStringLiteral("孟州市人大常委会");
    QTest::newRow("service centre")
        << QStringLiteral("高新区农业农村综合服务中心主任刘静在会上发言。") << QStringLiteral("刘静")
        << QStringLiteral("主任") << QStringLiteral("高新区农业农村综合服务中心");
    QTest::newRow("verb before the body")
        << QStringLiteral("全县上下要认真学习市委书记葛明红的讲话。") << QStringLiteral("葛明红")
        << QStringLiteral("市委书记") << QStringLiteral("市委");
}

void TestEntityExtractor::offices()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, office);
    QFETCH(QString, organization);
    const QList<EntityMention> mentions = m_extractor.extract(text);
    for (const EntityMention &m : mentions) {
        if (m.type == EntityType::Person && m.text == name) {
            QCOMPARE(m.office, office);
            QCOMPARE(m.officeOrganization, organization);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 not found").arg(name)));
}

void TestEntityExtractor::organizations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("company")
        << QStringLiteral("来自高新区的焦作天宝恒通机械科技有限公司超硬材料项目开工。")
        << QStringList{QStringLiteral("焦作天宝恒通机械科技有限公司")};
    QTest::newRow("bureau and chamber")
        << QStringLiteral("本次年货节由孟州市政府主办，市商务局、市小微企业商会承办。")
        << QStringList{QStringLiteral("孟州市政府"), QStringLiteral("市商务局"), QStringLiteral("市小微企业商会")};
    QTest::newRow("university and hospital")
        << QStringLiteral("充分利用河南理工大学的科研力量，推动市第二人民医院建设。")
        << QStringList{QStringLiteral("河南理工大学"), QStringLiteral("市第二人民医院")};
    QTest::newRow("group and committee")
        << QStringLiteral("河南能源化工集团与市科学技术委员会签订合作协议。")
        << QStringList{QStringLiteral("河南能源化工集团"), QStringLiteral("市科学技术委员会")};
    QTest::newRow("county bureau whose last two characters read as a word")
        << QStringLiteral("近日，县民政局、市财政局开展走访活动。")
        << QStringList{QStringLiteral("县民政局"), QStringLiteral("市财政局")};
    QTest::newRow("not an organization: a name after a title")
        << QStringLiteral("党工委副书记、管委会主任官明远工作部署。") << QStringList{};
    QTest::newRow("company after 暨")
        << QStringLiteral("举行项目建设活动暨焦作天宝恒通机械科技有限公司项目签约仪式。")
        << QStringList{QStringLiteral("焦作天宝恒通机械科技有限公司")};
    QTest::newRow("not an organization: 该公司, 格局, 干部")
        << QStringLiteral("该公司努力开好局，形成良好格局，全体干部参加。") << QStringList{};
}

void TestEntityExtractor::organizations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found = textsOf(m_extractor.extract(text), EntityType::Organization);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestEntityExtractor::places_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("county, town, village")
        << QStringLiteral("1月3日，在温县赵堡镇南保丰村，村两委干部为群众送去慰问品。")
        << QStringList{QStringLiteral("温县"), QStringLiteral("赵堡镇"), QStringLiteral("南保丰村")};
    QTest::newRow("township")
        << QStringLiteral("近日，北冷乡组织干部走访群众。") << QStringList{QStringLiteral("北冷乡")};
    QTest::newRow("every township is no place")
        << QStringLiteral("吕沛带领各乡镇（街道）和区直部门负责人观摩了项目。") << QStringList{};
    QTest::newRow("every county is no place")
        << QStringLiteral("会议要求各县区压实责任，北冷乡作了发言。") << QStringList{QStringLiteral("北冷乡")};
    QTest::newRow("a kind of area after 各 is no place")
        << QStringLiteral("要求各乡镇、各分包区加快进度，每个责任区落实到人。") << QStringList{};
    QTest::newRow("street office as a place")
        << QStringLiteral("连日来，温泉街道组织机关干部深入各村。") << QStringList{QStringLiteral("温泉街道")};
    QTest::newRow("province and known place")
        << QStringLiteral("河南省新乡市的企业来到山阳区考察。")
        << QStringList{QStringLiteral("河南省"), QStringLiteral("新乡市"), QStringLiteral("山阳区")};
    QTest::newRow("not a place: 全县, 我市, 市民, 城区")
        << QStringLiteral("全县各级要服务好我市市民和城区群众。") << QStringList{};
}

void TestEntityExtractor::places()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found = textsOf(m_extractor.extract(text), EntityType::Place);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestEntityExtractor::offsetsPointAtMentions_data()
{
    QTest::addColumn<QString>("sample");
    const QStringList samples = QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).entryList({QStringLiteral("*.txt")}, QDir::Files);
    QVERIFY(!samples.isEmpty());
    for (const QString &name : samples)
        QTest::newRow(qPrintable(name)) << name;
}

// Every mention's paragraph and offset lead to its text (whitespace of the PDF text aside).
void TestEntityExtractor::offsetsPointAtMentions()
{
    QFETCH(QString, sample);
    const PageFile file = readPageFile(QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).filePath(sample), &m_extractor);
    QVERIFY2(file.ok(), qPrintable(file.error));
    int checked = 0;
    for (const Page &page : file.pages) {
        for (const Article &article : page.articles) {
            for (const EntityMention &m : article.entities) {
                QVERIFY(!m.text.isEmpty());
                if (m.paragraph < 0) {
                    QCOMPARE(m.role, QStringLiteral("journalist"));
                    continue;
                }
                QVERIFY(m.paragraph < article.paragraphs.size());
                const QString &paragraph = article.paragraphs[m.paragraph];
                QVERIFY(m.offset >= 0 && m.offset < paragraph.size());
                const QString tail = paragraph.mid(m.offset);
                if (tail.startsWith(m.text)) {
                    ++checked;
                    continue;
                }
                QVERIFY2(squashed(tail).startsWith(m.text), qPrintable(m.text + QStringLiteral(" | ") + tail.left(20)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 0);
}

void TestEntityExtractor::propagatesAcrossParagraphs()
{
    Article article;
    article.paragraphs << QStringLiteral("县委书记杨大磊主持召开会议。")
                       << QStringLiteral("会议指出，要抓好安全生产。杨大磊要求，各级要压实责任。");
    m_extractor.annotate(article);
    int count = 0;
    for (const EntityMention &m : std::as_const(article.entities)) {
        if (m.text == QStringLiteral("杨大磊")) {
            ++count;
            QVERIFY(article.paragraphs[m.paragraph].mid(m.offset).startsWith(m.text));
        }
    }
    QCOMPARE(count, 2);
}

void TestEntityExtractor::sharedAcrossThreads()
{
    const QString text = QStringLiteral("区领导王建国、李小红、赵刚出席会议。市民陈大文说，温县赵堡镇的变化很大。");
    const QList<EntityMention> expected = m_extractor.extract(text);
    QVERIFY(!expected.isEmpty());
    std::vector<QList<EntityMention>> results(4);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < results.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round)
                results[t] = m_extractor.extract(text);
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const QList<EntityMention> &r : results)
        QCOMPARE(r, expected);
}

QTEST_GUILESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
