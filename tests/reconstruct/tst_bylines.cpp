// Byline parsing: names, role words, paragraph openers, byline-only lines and paragraph trailers.
#include "reconstruct/bylines.h"

#include <QTest>

using namespace kanbao;
using namespace kanbao::bylines;

namespace {

// "R:a,b C:c A:d P:e" with empty roles left out, so that expectations stay one short string.
QString describe(const Credits &c)
{
    QStringList parts;
    if (!c.reporters.isEmpty())
        parts << QStringLiteral("R:") + c.reporters.join(QLatin1Char(','));
    if (!c.correspondents.isEmpty())
        parts << QStringLiteral("C:") + c.correspondents.join(QLatin1Char(','));
    if (!c.authors.isEmpty())
        parts << QStringLiteral("A:") + c.authors.join(QLatin1Char(','));
    if (!c.photographers.isEmpty())
        parts << QStringLiteral("P:") + c.photographers.join(QLatin1Char(','));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestBylines : public QObject
{
    Q_OBJECT

private slots:
    void splitNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("space separated") << QStringLiteral("白靖杰 黄福兴") << true
                                         << QStringList{QStringLiteral("白靖杰"), QStringLiteral("黄福兴")};
        QTest::newRow("enumeration comma") << QStringLiteral("陈炜伟、李昌瑞") << true
                                           << QStringList{QStringLiteral("陈炜伟"), QStringLiteral("李昌瑞")};
        QTest::newRow("justified two-character name") << QStringLiteral("杜 玲") << true
                                                       << QStringList{QStringLiteral("杜玲")};
        QTest::newRow("justified then plain") << QStringLiteral("高 亢 李四") << true
                                              << QStringList{QStringLiteral("高亢"), QStringLiteral("李四")};
        QTest::newRow("minority name with dot") << QStringLiteral("阿不都·热合曼") << true
                                                << QStringList{QStringLiteral("阿不都·热合曼")};
        QTest::newRow("too long for a name") << QStringLiteral("示范区党工委书记") << false << QStringList();
        QTest::newRow("digits") << QStringLiteral("4月8日") << false << QStringList();
        QTest::newRow("single character") << QStringLiteral("杜") << false << QStringList();
        QTest::newRow("empty") << QString() << false << QStringList();
    }
    void splitNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QStringList, names);
        QStringList got;
        QCOMPARE(bylines::splitNames(text, &got), ok);
        if (ok)
            QCOMPARE(got, names);
    }

    void parseLead_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<int>("opener");
        QTest::addColumn<QString>("credits");
        QTest::addColumn<QString>("rest"); // the paragraph as kept: marker removed, dateline kept
        QTest::newRow("reporter") << QStringLiteral("本报讯（记者付凯明） 4月8日上午，会议召开。") << int(Opener::Local)
                                  << QStringLiteral("R:付凯明") << QStringLiteral("4月8日上午，会议召开。");
        QTest::newRow("reporter and correspondent")
            << QStringLiteral("本报讯（记者原文钊 通讯员李欣）4月1日，会议召开。") << int(Opener::Local)
            << QStringLiteral("R:原文钊 C:李欣") << QStringLiteral("4月1日，会议召开。");
        QTest::newRow("two reporters, half-width brackets")
            << QStringLiteral("本报讯(记者张三、李四)近日，会议召开。") << int(Opener::Local)
            << QStringLiteral("R:张三,李四") << QStringLiteral("近日，会议召开。");
        QTest::newRow("no parenthetical") << QStringLiteral("本报讯 1月7日下午，会议召开。") << int(Opener::Local)
                                          << QString() << QStringLiteral("1月7日下午，会议召开。");
        QTest::newRow("city dispatch") << QStringLiteral("本报北京讯（记者王五）会议召开。") << int(Opener::Local)
                                       << QStringLiteral("R:王五") << QStringLiteral("会议召开。");
        QTest::newRow("outlet before the role")
            << QStringLiteral("本报讯（焦作日报记者 赵六）会议召开。") << int(Opener::Local) << QStringLiteral("R:赵六")
            << QStringLiteral("会议召开。");
        QTest::newRow("second dispatch") << QStringLiteral("又讯（通讯员钱七）会议召开。") << int(Opener::Again)
                                         << QStringLiteral("C:钱七") << QStringLiteral("会议召开。");
        QTest::newRow("wire keeps its dateline")
            << QStringLiteral("新华社北京4月8日电（记者陈炜伟、李昌瑞）记者8日获悉。") << int(Opener::Wire)
            << QStringLiteral("R:陈炜伟,李昌瑞") << QStringLiteral("新华社北京4月8日电记者8日获悉。");
        QTest::newRow("brief bullet") << QStringLiteral("●日前，某校召开会议。") << int(Opener::Brief) << QString()
                                      << QStringLiteral("日前，某校召开会议。");
        QTest::newRow("caption arrow") << QStringLiteral("⬆4月6日，农户在采摘。") << int(Opener::Arrow) << QString()
                                       << QStringLiteral("4月6日，农户在采摘。");
        QTest::newRow("not a byline bracket")
            << QStringLiteral("本报讯（示范区党工委宣传部供稿）会议召开。") << int(Opener::Local) << QString()
            << QStringLiteral("（示范区党工委宣传部供稿）会议召开。");
        QTest::newRow("agency named inside a sentence")
            << QStringLiteral("新华社记者从会上获悉，相关电力设施已经修复。") << int(Opener::None) << QString()
            << QStringLiteral("新华社记者从会上获悉，相关电力设施已经修复。");
        QTest::newRow("plain text") << QStringLiteral("会议传达学习了习近平总书记重要讲话。") << int(Opener::None)
                                    << QString() << QStringLiteral("会议传达学习了习近平总书记重要讲话。");
        QTest::newRow("reporter mentioned in text") << QStringLiteral("记者在采访中了解到，该公司发展良好。")
                                                    << int(Opener::None) << QString()
                                                    << QStringLiteral("记者在采访中了解到，该公司发展良好。");
    }
    void parseLead()
    {
        QFETCH(QString, paragraph);
        QFETCH(int, opener);
        QFETCH(QString, credits);
        QFETCH(QString, rest);
        const Lead lead = bylines::parseLead(paragraph);
        QCOMPARE(int(lead.opener), opener);
        QCOMPARE(describe(lead.credits), credits);
        QCOMPARE((lead.keep + paragraph.mid(lead.consumed)).trimmed(), rest);
    }

    void parseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("credits");
        QTest::newRow("staff") << QStringLiteral("本报记者 郭树勋") << int(LineKind::Staff) << QStringLiteral("A:郭树勋");
        QTest::newRow("staff compiled") << QStringLiteral("本报记者 杜 玲 整理") << int(LineKind::Staff)
                                        << QStringLiteral("A:杜玲");
        QTest::newRow("wire staff") << QStringLiteral("新华社记者 王悦阳") << int(LineKind::Staff)
                                    << QStringLiteral("A:王悦阳");
        QTest::newRow("staff with correspondent") << QStringLiteral("本报记者 张三 通讯员 李四")
                                                  << int(LineKind::Staff) << QStringLiteral("C:李四 A:张三");
        QTest::newRow("commentary author") << QStringLiteral("□高 亢") << int(LineKind::Author)
                                           << QStringLiteral("A:高亢");
        QTest::newRow("attribution") << QStringLiteral("（白靖杰 黄福兴）") << int(LineKind::Attribution)
                                     << QStringLiteral("A:白靖杰,黄福兴");
        QTest::newRow("credit") << QStringLiteral("本报记者 刘金元 摄") << int(LineKind::Credit)
                                << QStringLiteral("P:刘金元");
        QTest::newRow("bare credit") << QStringLiteral("宋嘉祺 摄") << int(LineKind::Credit) << QStringLiteral("P:宋嘉祺");
        QTest::newRow("two photographers") << QStringLiteral("本报记者 付凯明 见习记者 马雅宁 摄")
                                           << int(LineKind::Credit) << QStringLiteral("P:付凯明,马雅宁");
        QTest::newRow("agency credit") << QStringLiteral("新华社发（杨冠宇 摄）") << int(LineKind::Credit)
                                       << QStringLiteral("P:杨冠宇");
        QTest::newRow("dateline") << QStringLiteral("（新华社北京4月8日电）") << int(LineKind::Dateline) << QString();
        QTest::newRow("agency tag") << QStringLiteral("（新华社发）") << int(LineKind::Agency) << QString();
        QTest::newRow("jump onward") << QStringLiteral("（下转第3版）") << int(LineKind::Jump) << QString();
        QTest::newRow("jump from") << QStringLiteral("上接第一版") << int(LineKind::Jump) << QString();
        QTest::newRow("jump to a lettered page") << QStringLiteral("（转A2版）") << int(LineKind::Jump) << QString();
        QTest::newRow("bracketed phrase") << QStringLiteral("（审议稿）》《中共温县县委关于") << int(LineKind::None)
                                          << QString();
        QTest::newRow("writer") << QStringLiteral("文/图 本报记者 魏三一") << int(LineKind::Staff)
                                << QStringLiteral("A:魏三一");
        QTest::newRow("word starting with 文") << QStringLiteral("文昌街道") << int(LineKind::None) << QString();
        QTest::newRow("sentence about a reporter") << QStringLiteral("记者在采访中了解到，该")
                                                   << int(LineKind::None) << QString();
        QTest::newRow("text ending in 摄") << QStringLiteral("游客在景区内拍摄") << int(LineKind::None) << QString();
    }
    void parseLine()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, credits);
        const LineByline b = bylines::parseLine(line);
        QCOMPARE(int(b.kind), kind);
        QCOMPARE(describe(b.credits), credits);
    }

    void parseTrailer_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QString>("credits");
        QTest::addColumn<bool>("credit");
        QTest::addColumn<QString>("dateline");
        QTest::newRow("attribution") << QStringLiteral("工作新局面。（白靖杰 黄福兴）") << QStringLiteral("工作新局面。")
                                     << QStringLiteral("A:白靖杰,黄福兴") << false << QString();
        QTest::newRow("attribution after a space") << QStringLiteral("其他事项。 （范晴甜）")
                                                   << QStringLiteral("其他事项。") << QStringLiteral("A:范晴甜")
                                                   << false << QString();
        QTest::newRow("inline credit") << QStringLiteral("年创收约5000万元。 本报记者 刘金元 摄")
                                       << QStringLiteral("年创收约5000万元。") << QStringLiteral("P:刘金元") << true
                                       << QString();
        QTest::newRow("credit with agency tag")
            << QStringLiteral("有序推进。 新华社记者 杨冠宇 摄（新华社发）") << QStringLiteral("有序推进。")
            << QStringLiteral("P:杨冠宇") << true << QString();
        QTest::newRow("agency credit in brackets") << QStringLiteral("正在施工。新华社发（张三 摄）")
                                                   << QStringLiteral("正在施工。") << QStringLiteral("P:张三") << true
                                                   << QString();
        QTest::newRow("dateline") << QStringLiteral("老树发新芽”。（新华社北京4月8日电）")
                                  << QStringLiteral("老树发新芽”。") << QString() << false
                                  << QStringLiteral("（新华社北京4月8日电）");
        QTest::newRow("bracket inside a sentence") << QStringLiteral("各乡镇（街道）") << QStringLiteral("各乡镇（街道）")
                                                   << QString() << false << QString();
        QTest::newRow("nothing") << QStringLiteral("会议还研究了其他事项。") << QStringLiteral("会议还研究了其他事项。")
                                 << QString() << false << QString();
    }
    void parseTrailer()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, kept);
        QFETCH(QString, credits);
        QFETCH(bool, credit);
        QFETCH(QString, dateline);
        const Trailer t = bylines::parseTrailer(paragraph);
        QCOMPARE((t.cut >= 0 ? paragraph.left(t.cut) : paragraph).trimmed(), kept);
        QCOMPARE(describe(t.credits), credits);
        QCOMPARE(t.credit, credit);
        QCOMPARE(t.dateline, dateline);
    }

    void jumpTarget_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("onward");
        QTest::newRow("onward") << QStringLiteral("（下转第3版）") << QStringLiteral("第3版") << true;
        QTest::newRow("from") << QStringLiteral("(上接第 一 版)") << QStringLiteral("第一版") << false;
        QTest::newRow("lettered") << QStringLiteral("转A2版") << QStringLiteral("第A2版") << true;
    }
    void jumpTarget()
    {
        QFETCH(QString, line);
        QFETCH(QString, target);
        QFETCH(bool, onward);
        const LineByline b = bylines::parseLine(line);
        QCOMPARE(b.jump, target);
        QCOMPARE(b.onward, onward);
    }
};

QTEST_GUILESS_MAIN(TestBylines)
#include "tst_bylines.moc"
