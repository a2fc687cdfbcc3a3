// kanbao-cli cite: references from a library, in every style, and its refusals of bad input.
#include "../notes/notestestlibrary.h"
#include "clitesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace kanbao;
using namespace kanbao::testing;

class TestCliCite : public QObject
{
    Q_OBJECT

private:
    test::NotesTestLibrary m_library;
    qint64 m_four = 0;     // four reporters
    qint64 m_untitled = 0; // no headline, no byline
    qint64 m_traditional = 0;

    CliRun cite(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("cite"), QStringLiteral("--library"), m_library.path()} +
                      args);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_library.create());
        test::SampleArticle a;
        a.headline = QStringLiteral("温县召开安全生产会议");
        a.body = QStringLiteral("正文。");
        a.reporters = {QStringLiteral("郭树勋"), QStringLiteral("李明"), QStringLiteral("王芳")};
        a.correspondents = {QStringLiteral("张强")};
        m_four = m_library.addArticle(a);
        test::SampleArticle b;
        b.seq = 1;
        b.label = QStringLiteral("第03版");
        b.sourcePath = QStringLiteral("/archive/焦作日报/2023-12-03/03.txt");
        b.body = QStringLiteral("没有标题的短讯。");
        m_untitled = m_library.addArticle(b);
        test::SampleArticle c;
        c.seq = 2;
        c.date = QStringLiteral("2024-04-29");
        c.sourcePath = QStringLiteral("/archive/焦作日报/2024-04-29/A08.txt");
        c.headline = QStringLiteral("呂沛調研發展工作");
        c.body = QStringLiteral("內容。");
        c.reporters = {QStringLiteral("鄭國強")};
        m_traditional = m_library.addArticle(c);
        QVERIFY(m_four > 0 && m_untitled > 0 && m_traditional > 0);
    }

    void textStyles_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("gbt7714")
            << QStringLiteral("gbt7714")
            << QStringList{
                   QStringLiteral(
                       "郭树勋, 李明, 王芳, 等. 温县召开安全生产会议[N]. 焦作日报, 2023-12-03(A08)."),
                   QStringLiteral("[untitled][N]. 焦作日报, 2023-12-03(3)."),
                   QStringLiteral("鄭國強. 呂沛調研發展工作[N]. 焦作日报, 2024-04-29(A08)."),
               };
        QTest::newRow("chicago")
            << QStringLiteral("chicago")
            << QStringList{
                   QStringLiteral("郭树勋, 李明, 王芳, and 张强. “温县召开安全生产会议.” 焦作日报, "
                                  "December 3, 2023, A08."),
                   QStringLiteral("[untitled]. 焦作日报, December 3, 2023, 第03版."),
                   QStringLiteral("鄭國強. “呂沛調研發展工作.” 焦作日报, April 29, 2024, A08."),
               };
    }

    void textStyles()
    {
        QFETCH(QString, style);
        QFETCH(QStringList, expected);
        const CliRun r = cite({QStringLiteral("--style"), style, QString::number(m_four),
                               QString::number(m_untitled), QString::number(m_traditional)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts), expected);
    }

    void defaultStyleAndRepeatedIds()
    {
        const CliRun r = cite({QString::number(m_traditional), QString::number(m_traditional)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("鄭國強. 呂沛調研發展工作[N]. 焦作日报, 2024-04-29(A08).\n"));
    }

    void fileStyles()
    {
        const QStringList ids{QString::number(m_four), QString::number(m_untitled)};
        const CliRun csl = cite(QStringList{QStringLiteral("--style"), QStringLiteral("csl-json")} + ids);
        QCOMPARE(csl.code, 0);
        const QJsonArray items = QJsonDocument::fromJson(csl.out.toUtf8()).array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"author").toArray().size(), 4);
        QCOMPARE(items.at(1).toObject().value(u"type").toString(), QStringLiteral("article-newspaper"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refs.ris"));
        const CliRun ris = cite(
            QStringList{QStringLiteral("--style"), QStringLiteral("ris"), QStringLiteral("--output"), path} +
            ids);
        QCOMPARE(ris.code, 0);
        QVERIFY(ris.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QStringLiteral("TY  - NEWS\n")), 2);
        QVERIFY(text.contains(QStringLiteral("AU  - 张强\n")));

        const CliRun bib = cite(QStringList{QStringLiteral("--style"), QStringLiteral("BibTeX")} + ids);
        QCOMPARE(bib.code, 0);
        QCOMPARE(bib.out.count(QStringLiteral("@article{")), 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown style")
            << QStringList{QStringLiteral("--style"), QStringLiteral("apa"), QStringLiteral("1")} << 2
            << QStringLiteral("apa");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("1"), QStringLiteral("9999")} << 2
                                    << QStringLiteral("9999");
        QTest::newRow("not an id") << QStringList{QStringLiteral("abc")} << 2 << QStringLiteral("abc");
        QTest::newRow("no ids") << QStringList{} << 2 << QStringLiteral("no article ids");
        QTest::newRow("no library") << QStringList{QStringLiteral("--library"),
                                                   QStringLiteral("/nonexistent/x.kanbao"),
                                                   QStringLiteral("1")}
                                    << 3 << QStringLiteral("x.kanbao");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun r = cite(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("kanbao-cli: cite: ")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void searchAndCollectionRefuseUnknownFormats()
    {
        const CliRun search =
            runCli({QStringLiteral("search"), QStringLiteral("--library"), m_library.path(),
                    QStringLiteral("--cite"), QStringLiteral("mla"), QStringLiteral("温县")});
        QCOMPARE(search.code, 2);
        QVERIFY(search.err.contains(QStringLiteral("mla")));
        // (search --cite on an indexed library is checked against cite by check_references.py)
        const CliRun collection = runCli({QStringLiteral("collection"), QStringLiteral("--library"),
                                          m_library.path(), QStringLiteral("export"), QStringLiteral("x"),
                                          QStringLiteral("--format"), QStringLiteral("chicago")});
        QCOMPARE(collection.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCite)
#include "tst_cli_cite.moc"
