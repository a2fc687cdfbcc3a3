// Cleaned Markdown pages: headings are headlines above their bodies, section headings, bylines,
// paragraphs split at column breaks, captions and commentary labels.
#include "reconstruct/markdownpage.h"
#include "formats/reconstructor.h"

#include "pagedescription.h"

#include <QTest>

using namespace kanbao;
using namespace kanbao::testing;

class TestMarkdownPage : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("markdown");
        QTest::newRow("heading") << QStringLiteral("\n# 某区召开会议\n\n本报讯 会议召开。") << true;
        QTest::newRow("bold dispatch") << QStringLiteral("**本报讯**（记者张三）会议召开。") << true;
        QTest::newRow("raw text") << QStringLiteral("本报讯（记者张三） 4月8\n日上午，会议召开。") << false;
        QTest::newRow("hash without space") << QStringLiteral("#话题# 某区召开会议") << false;
    }
    void detect()
    {
        QFETCH(QString, text);
        QFETCH(bool, markdown);
        QCOMPARE(markdownpage::looksLikeMarkdown(text), markdown);
    }

    void stripInline_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("plain");
        QTest::newRow("bold") << QStringLiteral("**本报讯**（记者张三）") << QStringLiteral("本报讯（记者张三）");
        QTest::newRow("link") << QStringLiteral("详见[通知](https://example.org/a)") << QStringLiteral("详见通知");
        QTest::newRow("image") << QStringLiteral("![图](a.png)会议现场") << QStringLiteral("会议现场");
        QTest::newRow("plain") << QStringLiteral("会议召开。") << QStringLiteral("会议召开。");
    }
    void stripInline()
    {
        QFETCH(QString, line);
        QFETCH(QString, plain);
        QCOMPARE(markdownpage::stripInline(line), plain);
    }

    void pages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one article per heading, split paragraph joined")
            << joinLines({u"# 某区召开推进会议",
                     u"",
                     u"**本报讯**（记者张三 通讯员李四）5月6日，某区召开推进会议，比一",
                     u"",
                     u"比各单位工作成效。",
                     u"",
                     u"区领导王五出席会议。",
                     u"",
                     u"## 某镇开展义诊活动",
                     u"",
                     u"本报讯（记者赵六）近日，某镇开展义诊活动。"})
            << joinLines({u"article||某区召开推进会议||R:张三|C:李四",
                     u"  5月6日，某区召开推进会议，比一比各单位工作成效。",
                     u"  区领导王五出席会议。",
                     u"article||某镇开展义诊活动||R:赵六",
                     u"  近日，某镇开展义诊活动。"});
        QTest::newRow("section heading over deeper headings")
            << joinLines({u"### 某区动态",
                     u"",
                     u"#### 某企业获奖励资金",
                     u"",
                     u"本报讯（记者钱七）某企业获得奖励资金。",
                     u"",
                     u"#### 某区组织应急演练",
                     u"",
                     u"本报讯（记者孙八）某区组织应急演练。",
                     u"",
                     u"## 某村建设和美乡村",
                     u"",
                     u"本报讯 某村建设和美乡村。"})
            << joinLines({u"article||某企业获奖励资金||R:钱七|col:某区动态",
                     u"  某企业获得奖励资金。",
                     u"article||某区组织应急演练||R:孙八|col:某区动态",
                     u"  某区组织应急演练。",
                     u"article||某村建设和美乡村|",
                     u"  某村建设和美乡村。"});
        QTest::newRow("photo with heading and credit; caption after an article")
            << joinLines({u"### 生态家园 美好生活",
                     u"",
                     u"5月1日，市民在广场上休闲。",
                     u"",
                     u"本报记者 周九 摄",
                     u"",
                     u"# 某区召开会议",
                     u"",
                     u"本报讯（记者吴十）某区召开会议。",
                     u"",
                     u"5月2日，工人在车间生产。本报记者 郑十一 见习记者 王十二 摄"})
            << joinLines({u"photo||生态家园 美好生活||P:周九",
                     u"  5月1日，市民在广场上休闲。",
                     u"article||某区召开会议||R:吴十",
                     u"  某区召开会议。",
                     u"photo||||P:郑十一,王十二",
                     u"  5月2日，工人在车间生产。"});
        QTest::newRow("commentary: heading, author, then its column label")
            << joinLines({u"## 来一场与时间的赛跑",
                     u"",
                     u"□冯十三",
                     u"",
                     u"### 某区强音",
                     u"",
                     u"时间不等人，发展不停步。",
                     u"",
                     u"让我们只争朝夕！"})
            << joinLines({u"commentary|某区强音|来一场与时间的赛跑||A:冯十三",
                     u"  时间不等人，发展不停步。",
                     u"  让我们只争朝夕！"});
        QTest::newRow("dispatch without its own heading")
            << joinLines({u"# 某村创建五星支部",
                     u"",
                     u"本报讯（记者陈十四）某村创建五星支部。",
                     u"",
                     u"**本报讯**（记者褚十五）某区召开安全生产会议。"})
            << joinLines({u"article||某村创建五星支部||R:陈十四",
                     u"  某村创建五星支部。",
                     u"article||||R:褚十五",
                     u"  某区召开安全生产会议。"});
    }
    void pages()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString got = describePages(Reconstructor().reconstruct(input), PageHeads::Omit);
        if (got != expected)
            qWarning().noquote() << "\n--- got:\n" << got << "\n--- expected:\n" << expected;
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownPage)
#include "tst_markdownpage.moc"
