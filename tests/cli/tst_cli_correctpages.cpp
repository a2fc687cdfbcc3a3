// kanbao-cli correct on many pages (issue 13): several --page, --folder DIR, --import N (kanbao-cli imports),
// --of-paper NAME (a rename), confirm-date, label and section;
// bad input (an unknown page or import, --page with --folder, a folder with no page, confirm-date with a
// text): exit status 2 and the library unchanged.
#include "clitesthelpers.h"
#include "library/library.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void importScope();
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

// A second import (another folder, and one file of the first changed): `imports` lists both with what they
// were given and their pages; --import takes the pages of one only, the changed file's page with the second.
void TestCliCorrectPages::importScope()
{
    const QString second = m_dir.filePath(QStringLiteral("second%1").arg(QFileInfo(m_library).baseName()));
    QVERIFY(writeFile(second + QStringLiteral("/2024-03-08/01.md"),
                      QStringLiteral("# 第8日要闻\n\n本报讯 孟州市召开会议。\n\n")));
    QVERIFY(writeFile(m_archive + QStringLiteral("/2024-03-07/01.md"),
                      QStringLiteral("# 第7日要闻\n\n本报讯 温县召开会议，部署第7日工作，有所改动。\n\n")));
    CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library, second,
                       m_archive + QStringLiteral("/2024-03-07")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Importing everything again unchanged records no import.
    r = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library, m_archive});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    r = runCli({QStringLiteral("imports"), QStringLiteral("--library"), m_library, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray imports =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("imports")).toArray();
    QCOMPARE(imports.size(), 2);
    const QJsonObject first = imports.at(0).toObject();
    const QJsonObject later = imports.at(1).toObject();
    QCOMPARE(first.value(QStringLiteral("sources")).toArray().first().toString(), QFileInfo(m_archive).absoluteFilePath());
    QCOMPARE(first.value(QStringLiteral("pagesWritten")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("pages")).toInt(), 2); // the changed file's page went to the later one
    QCOMPARE(later.value(QStringLiteral("sources")).toArray().size(), 2);
    QCOMPARE(later.value(QStringLiteral("pages")).toInt(), 2);
    QVERIFY(QDateTime::fromString(later.value(QStringLiteral("started")).toString(), Qt::ISODate).isValid());
    r = runCli({QStringLiteral("imports"), QStringLiteral("--library"), m_library});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(u'\n'), 2);
    QVERIFY(r.out.contains(QDir::toNativeSeparators(second)));

    const QString laterId = QString::number(later.value(QStringLiteral("id")).toInteger());
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), m_library, QStringLiteral("--import"), laterId,
                QStringLiteral("paper"), QStringLiteral("孟州日报")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT group_concat(d, ',') FROM (SELECT substr(i.date, 9) AS d"
                                              " FROM pages p JOIN issues i ON i.id = p.issue_id JOIN papers pp ON"
                                              " pp.id = i.paper_id WHERE pp.name = '孟州日报' ORDER BY i.date)")),
             QStringLiteral("07,08"));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT count(*) FROM corrections")), QStringLiteral("2"));
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
    QTest::newRow("unknown import") << QStringList{QStringLiteral("--import"), QStringLiteral("99"),
                                                   QStringLiteral("paper"), QStringLiteral("温县报")};
    QTest::newRow("import id not a number") << QStringList{QStringLiteral("--import"), QStringLiteral("first"),
                                                           QStringLiteral("paper"), QStringLiteral("温县报")};
    QTest::newRow("import and folder") << QStringList{QStringLiteral("--import"), QStringLiteral("1"),
                                                      QStringLiteral("--folder"), QStringLiteral("ARCHIVE"),
                                                      QStringLiteral("paper"), QStringLiteral("温县报")};
    QTest::newRow("article correction on an import")
        << QStringList{QStringLiteral("--import"), QStringLiteral("1"), QStringLiteral("headline"),
                       QStringLiteral("标题")};
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
