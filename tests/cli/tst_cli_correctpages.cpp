// kanbao-cli correct on many pages (issue 13): several --page, --folder DIR, --of-paper NAME (a rename),
// confirm-date, label and section;
// bad input (an unknown page, --page with --folder, a folder with no page, confirm-date with a text): exit
// status 2 and the library unchanged.
#include "clitesthelpers.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    const QByteArray bytes = text.toUtf8();
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString scalar(const QString &path, const QString &sql)
{
    Library library;
    if (!library.open(path))
        return {};
    QSqlQuery q(library.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

// Where every page stands, and how many corrections there are.
QString placements(const QString &library)
{
    return scalar(library, QStringLiteral("SELECT group_concat(x, ';') FROM (SELECT p.id || '|' || pp.name || '|' ||"
                                          " i.date || '|' || i.date_guessed || '|' || coalesce(p.label, '') || '|' ||"
                                          " coalesce(p.section, '') AS x FROM pages p JOIN issues i ON i.id ="
                                          " p.issue_id JOIN papers pp ON pp.id = i.paper_id ORDER BY p.id)")) +
           QLatin1Char('#') + scalar(library, QStringLiteral("SELECT count(*) FROM corrections"));
}

} // namespace

class TestCliCorrectPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void folderAndSeveralPages();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_archive;
};

void TestCliCorrectPages::init()
{
    static int libraries = 0;
    m_library = m_dir.filePath(QStringLiteral("lib%1.kanbao").arg(++libraries));
    m_archive = m_dir.filePath(QStringLiteral("archive"));
    for (int day = 5; day <= 7; ++day)
        QVERIFY(writeFile(m_archive + QStringLiteral("/2024-03-0%1/01.md").arg(day),
                          QStringLiteral("# 第%1日要闻\n\n本报讯 温县召开会议，部署第%1日工作。\n\n").arg(day)));
    const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library, m_archive});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT count(*) FROM pages")), QStringLiteral("3"));
}

void TestCliCorrectPages::folderAndSeveralPages()
{
    CliRun r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), m_library, QStringLiteral("--folder"),
                       m_archive, QStringLiteral("paper"), QStringLiteral("温县报")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT group_concat(name) FROM papers")), QStringLiteral("温县报"));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT count(*) FROM corrections")), QStringLiteral("3"));
    QVERIFY(r.out.contains(QStringLiteral("温县报")));

    const QString first = scalar(m_library, QStringLiteral("SELECT min(id) FROM pages"));
    const QString last = scalar(m_library, QStringLiteral("SELECT max(id) FROM pages"));
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), m_library, QStringLiteral("--page"), first,
                QStringLiteral("--page"), last, QStringLiteral("section"), QStringLiteral("县区新闻")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT group_concat(id) FROM pages WHERE section = '县区新闻'")),
             first + QLatin1Char(',') + last);
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), m_library, QStringLiteral("--page"), first,
                QStringLiteral("label"), QStringLiteral("A01")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT label FROM pages WHERE id = ") + first), QStringLiteral("A01"));

    // A guessed date confirmed from the command line.
    QVERIFY(scalar(m_library, QStringLiteral("SELECT count(*) FROM pages")) == QStringLiteral("3"));
    {
        Library library;
        QVERIFY(library.open(m_library));
        QSqlQuery q(library.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE issues SET date_guessed = 1")));
    }
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), m_library, QStringLiteral("--page"), first,
                QStringLiteral("confirm-date")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT date_guessed FROM issues WHERE id = (SELECT issue_id FROM pages"
                                              " WHERE id = ") + first + QStringLiteral(")")),
             QStringLiteral("0"));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT sum(date_guessed) FROM issues")), QStringLiteral("2"));

    // Renaming a paper: every page of it.
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), m_library, QStringLiteral("--of-paper"),
                QStringLiteral("温县报"), QStringLiteral("paper"), QStringLiteral("温县日报")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT group_concat(name) FROM papers")), QStringLiteral("温县日报"));

    r = runCli({QStringLiteral("corrections"), QStringLiteral("--library"), m_library});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("section “县区新闻”")));
    QVERIFY(r.out.contains(QStringLiteral("label “A01”")));
}

void TestCliCorrectPages::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown page among several")
        << QStringList{QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--page"), QStringLiteral("99"),
                       QStringLiteral("paper"), QStringLiteral("温县报")};
    QTest::newRow("page and folder") << QStringList{QStringLiteral("--page"), QStringLiteral("1"),
                                                    QStringLiteral("--folder"), QStringLiteral("ARCHIVE"),
                                                    QStringLiteral("paper"), QStringLiteral("温县报")};
    QTest::newRow("folder with no page") << QStringList{QStringLiteral("--folder"), QStringLiteral("ARCHIVE/none"),
                                                        QStringLiteral("paper"), QStringLiteral("温县报")};
    QTest::newRow("confirm-date with a text") << QStringList{QStringLiteral("--page"), QStringLiteral("1"),
                                                             QStringLiteral("confirm-date"),
                                                             QStringLiteral("2024-01-01")};
    QTest::newRow("confirm a date not guessed")
        << QStringList{QStringLiteral("--folder"), QStringLiteral("ARCHIVE"), QStringLiteral("confirm-date")};
    QTest::newRow("unknown paper") << QStringList{QStringLiteral("--of-paper"), QStringLiteral("无此报"),
                                                  QStringLiteral("paper"), QStringLiteral("温县报")};
    QTest::newRow("of-paper and folder") << QStringList{QStringLiteral("--of-paper"), QStringLiteral("archive"),
                                                        QStringLiteral("--folder"), QStringLiteral("ARCHIVE"),
                                                        QStringLiteral("paper"), QStringLiteral("温县报")};
    QTest::newRow("label on an article") << QStringList{QStringLiteral("1"), QStringLiteral("label"),
                                                        QStringLiteral("A01")};
    QTest::newRow("bad date for a folder") << QStringList{QStringLiteral("--folder"), QStringLiteral("ARCHIVE"),
                                                          QStringLiteral("date"), QStringLiteral("2024-13-01")};
}

void TestCliCorrectPages::badInput()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("ARCHIVE"), m_archive);
    const QString before = placements(m_library);
    const CliRun r = runCli(QStringList{QStringLiteral("correct"), QStringLiteral("--library"), m_library} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(placements(m_library), before);
}

QTEST_GUILESS_MAIN(TestCliCorrectPages)
#include "tst_cli_correctpages.moc"
