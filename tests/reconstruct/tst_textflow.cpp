// Line widths, sentence ends, line joining and the whitespace rules of reflowed text.
#include "reconstruct/textflow.h"

#include <QTest>

using namespace kanbao;

class TestTextFlow : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<double>("width");
        QTest::newRow("ideographs") << QStringLiteral("养老服务") << 4.0;
        QTest::newRow("full-width punctuation") << QStringLiteral("会议，强调。") << 6.0;
        QTest::newRow("digits are half") << QStringLiteral("2024年") << 3.0;
        QTest::newRow("inner space is half") << QStringLiteral("GSP 仓库") << 4.0;
        QTest::newRow("outer spaces ignored") << QStringLiteral("  本报讯  ") << 3.0;
        QTest::newRow("curly quotes are wide") << QStringLiteral("“三个一批”") << 6.0;
        QTest::newRow("empty") << QString() << 0.0;
    }
    void displayWidth()
    {
        QFETCH(QString, line);
        QFETCH(double, width);
        QCOMPARE(textflow::displayWidth(line), width);
    }

    void justification_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("spaced");
        QTest::newRow("spaced title") << QStringLiteral("市 政 协 副 主 席") << true;
        QTest::newRow("spaced with punctuation") << QStringLiteral("3 月 29 日 ， 山") << true;
        QTest::newRow("spaced label") << QStringLiteral("百 字 新 闻") << true;
        QTest::newRow("digit spacing only") << QStringLiteral("4 月8 日，焦作重装股份") << false;
        QTest::newRow("byline words") << QStringLiteral("本报记者 刘金元 摄") << false;
        QTest::newRow("two characters") << QStringLiteral("杜 玲") << false;
        QTest::newRow("plain") << QStringLiteral("会议还研究了其他事项。") << false;
    }
    void justification()
    {
        QFETCH(QString, line);
        QFETCH(bool, spaced);
        QCOMPARE(textflow::isJustificationSpaced(line), spaced);
    }

    void endsSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ends");
        QTest::newRow("full stop") << QStringLiteral("出席会议。") << true;
        QTest::newRow("exclamation") << QStringLiteral("守好养老钱！") << true;
        QTest::newRow("question") << QStringLiteral("怎么办？") << true;
        QTest::newRow("closing quote after stop") << QStringLiteral("发展“加速度”。”") << true;
        QTest::newRow("ellipsis") << QStringLiteral("正在进行基坑施工……") << true;
        QTest::newRow("comma") << QStringLiteral("高新区要把服务推，") << false;
        QTest::newRow("semicolon") << QStringLiteral("重要基础原材料；") << false;
        QTest::newRow("bracket after words") << QStringLiteral("高新区（示范区）") << false;
        QTest::newRow("mid word") << QStringLiteral("会议传达学习习近平总书记") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void endsSentence()
    {
        QFETCH(QString, text);
        QFETCH(bool, ends);
        QCOMPARE(textflow::endsSentence(text), ends);
    }

    void appendLine_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("joined");
        QTest::newRow("ideographs join directly")
            << QStringList{QStringLiteral("来自高新区的焦作天宝桓祥机械科"), QStringLiteral("技有限公司")}
            << QStringLiteral("来自高新区的焦作天宝桓祥机械科技有限公司");
        QTest::newRow("number split by a break stays whole")
            << QStringList{QStringLiteral("总投资1427."), QStringLiteral("97万元")} << QStringLiteral("总投资1427.97万元");
        QTest::newRow("two Latin words keep a space")
            << QStringList{QStringLiteral("the new"), QStringLiteral("plant opened")} << QStringLiteral("the new plant opened");
        QTest::newRow("justified line loses its spacing")
            << QStringList{QStringLiteral("累计向符合条件的帮"), QStringLiteral("扶 群 众 发 放")}
            << QStringLiteral("累计向符合条件的帮扶群众发放");
        QTest::newRow("blank lines add nothing") << QStringList{QStringLiteral("会议"), QString(), QStringLiteral("召开")}
                                                 << QStringLiteral("会议召开");
    }
    void appendLine()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, joined);
        QString paragraph;
        for (const QString &l : lines)
            textflow::appendLine(paragraph, l);
        QCOMPARE(paragraph, joined);
    }

    void cleanText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("digit then ideograph") << QStringLiteral("1 号厂房") << QStringLiteral("1号厂房");
        QTest::newRow("Latin then ideograph") << QStringLiteral("GSP 仓库主体封顶") << QStringLiteral("GSP仓库主体封顶");
        QTest::newRow("spaced date") << QStringLiteral("4 月8 日") << QStringLiteral("4月8日");
        QTest::newRow("around brackets") << QStringLiteral("高新区 （示范区） 党工委") << QStringLiteral("高新区（示范区）党工委");
        QTest::newRow("around quotes") << QStringLiteral("“ 管 委 会 + 公 司”") << QStringLiteral("“管委会+公司”");
        QTest::newRow("Latin pair keeps one space") << QStringLiteral("Windows   11 系统") << QStringLiteral("Windows 11系统");
        QTest::newRow("decimal intact") << QStringLiteral("总投资 1427.97 亿元") << QStringLiteral("总投资1427.97亿元");
        QTest::newRow("ideographic space") << QStringLiteral("本报讯\u3000近日") << QStringLiteral("本报讯近日");
        QTest::newRow("zero width dropped") << QStringLiteral("高\u200B新区") << QStringLiteral("高新区");
        QTest::newRow("vertical quotes turn horizontal") << QStringLiteral("﹃三个一批﹄") << QStringLiteral("“三个一批”");
        QTest::newRow("trim") << QStringLiteral("  会议召开。 ") << QStringLiteral("会议召开。");
    }
    void cleanText()
    {
        QFETCH(QString, raw);
        QFETCH(QString, clean);
        QCOMPARE(textflow::cleanText(raw), clean);
    }

    void cleanTitle_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("phrase break kept") << QStringLiteral("创优营商环境  赋能“三十工程”")
                                           << QStringLiteral("创优营商环境 赋能“三十工程”");
        QTest::newRow("justification removed") << QStringLiteral("政 务 简 报") << QStringLiteral("政务简报");
        QTest::newRow("space by a digit removed") << QStringLiteral("举办 2024 年春季招聘会") << QStringLiteral("举办2024年春季招聘会");
        QTest::newRow("single line untouched") << QStringLiteral("高新区党政联席会议召开")
                                               << QStringLiteral("高新区党政联席会议召开");
    }
    void cleanTitle()
    {
        QFETCH(QString, raw);
        QFETCH(QString, clean);
        QCOMPARE(textflow::cleanTitle(raw), clean);
    }
};

QTEST_GUILESS_MAIN(TestTextFlow)
#include "tst_textflow.moc"
