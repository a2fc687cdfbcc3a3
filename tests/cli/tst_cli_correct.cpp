// kanbao-cli correct / corrections (issue 13): each correction from the command line, the listing with its
// states, and bad input (unknown ids, a phrase not in the article, wrong arguments): exit status 2, the
// library unchanged.
#include "clitesthelpers.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
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

QString pageText(bool withSecondPart = true)
{
    return QStringLiteral("# 温县召开经济工作会议\n\n本报讯 3月4日，温县召开全县经济工作会议。\n\n") +
           (withSecondPart ? QStringLiteral("孟州市举办春季招聘会，提供岗位两千余个。\n\n") : QString()) +
           QStringLiteral("# 武陟县部署春耕生产\n\n本报讯 武陟县近日部署春耕生产工作。\n\n");
}

QVariant scalar(const QString &path, const QString &sql, const QVariantList &values = {})
{
    Library library;
    if (!library.open(path))
        return {};
    QSqlQuery q(library.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// What the readers see, to check that a refused correction changed nothing.
QString state(const QString &path)
{
    return scalar(
               path,
               QStringLiteral(
                   "SELECT group_concat(id || '|' || page_id || '|' || seq || '|' || coalesce(headline, '')"
                   " || '|' || coalesce(kicker, '') || '|' || hidden || '|' || body, '\n') FROM articles"))
               .toString() +
           scalar(path,
                  QStringLiteral(
                      "SELECT count(*) || '/' || (SELECT group_concat(name) FROM papers) FROM corrections"))
               .toString();
}

} // namespace

class TestCliCorrect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void correctsAndLists();
    void badInput_data();
    void badInput();
    void listsThoseThatNoLongerApply();
    void newCorrections();

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_page;
    qint64 m_first = 0;
    qint64 m_pageId = 0;
};

void TestCliCorrect::init()
{
    m_library = m_dir.filePath(QStringLiteral("lib%1.kanbao").arg(QDateTime::currentMSecsSinceEpoch()));
    m_page = m_dir.filePath(QStringLiteral("焦作日报/2024/03/05/A02.md"));
    QVERIFY(writeFile(m_page, pageText()));
    const CliRun imported =
        runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library, m_page});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    m_first =
        scalar(m_library, QStringLiteral("SELECT id FROM articles WHERE headline = '温县召开经济工作会议'"))
            .toLongLong();
    m_pageId = scalar(m_library, QStringLiteral("SELECT page_id FROM articles WHERE id = ?"), {m_first})
                   .toLongLong();
    QVERIFY(m_first > 0 && m_pageId > 0);
}

void TestCliCorrect::correctsAndLists()
{
    const QString id = QString::number(m_first);
    const QString lib = m_library;
    CliRun r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), lib, id,
                       QStringLiteral("split-before"), QStringLiteral("孟州市举办春季招聘会")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(lib, QStringLiteral("SELECT count(*) FROM articles")).toInt(), 3);
    QVERIFY(r.out.contains(id));
    r = runCli(
        {QStringLiteral("correct"), QStringLiteral("--library"), lib, id, QStringLiteral("merge-next")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(lib, QStringLiteral("SELECT count(*) FROM articles")).toInt(), 2);
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), lib, id, QStringLiteral("headline"),
                QStringLiteral("温县部署全年经济工作")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(lib, QStringLiteral("SELECT headline FROM articles WHERE id = ?"), {m_first}).toString(),
             QStringLiteral("温县部署全年经济工作"));
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), lib, id, QStringLiteral("kicker"),
                QStringLiteral("经济")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 last =
        scalar(lib, QStringLiteral("SELECT max(id) FROM articles WHERE hidden = 0")).toLongLong();
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), lib, QString::number(last),
                QStringLiteral("not-article")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(lib, QStringLiteral("SELECT hidden FROM articles WHERE id = ?"), {last}).toInt(), 1);
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), lib, QStringLiteral("--page"),
                QString::number(m_pageId), QStringLiteral("paper"), QStringLiteral("孟州日报")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("correct"), QStringLiteral("--library"), lib, QStringLiteral("--page"),
                QString::number(m_pageId), QStringLiteral("date"), QStringLiteral("2024-03-06")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(lib, QStringLiteral("SELECT group_concat(name) FROM papers")).toString(),
             QStringLiteral("孟州日报"));
    QCOMPARE(scalar(lib, QStringLiteral("SELECT group_concat(date) FROM issues")).toString(),
             QStringLiteral("2024-03-06"));

    r = runCli({QStringLiteral("corrections"), QStringLiteral("--library"), lib, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = r.json().value(QStringLiteral("corrections")).toArray();
    QCOMPARE(list.size(), 7);
    QStringList kinds;
    for (const QJsonValue &v : list) {
        kinds << v[QStringLiteral("kind")].toString();
        QCOMPARE(v[QStringLiteral("state")].toString(), QStringLiteral("applied"));
        QCOMPARE(v[QStringLiteral("source")].toString(), QFileInfo(m_page).absoluteFilePath());
    }
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("split-before"), QStringLiteral("merge-next"),
                          QStringLiteral("headline"), QStringLiteral("kicker"), QStringLiteral("not-article"),
                          QStringLiteral("paper"), QStringLiteral("date")}));
    r = runCli({QStringLiteral("corrections"), QStringLiteral("--library"), lib});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count(QStringLiteral("applied")), 7);
}

void TestCliCorrect::badInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --library L; FIRST and PAGE stand for the ids
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown article") << QStringList{QStringLiteral("99999"), QStringLiteral("headline"),
                                                    QStringLiteral("标题")}
                                     << QStringLiteral("99999");
    QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("99999"),
                                                 QStringLiteral("paper"), QStringLiteral("某报")}
                                  << QStringLiteral("99999");
    QTest::newRow("phrase not found")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("split-before"), QStringLiteral("没有这句话")}
        << QStringLiteral("没有这句话");
    QTest::newRow("unknown correction")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("rename"), QStringLiteral("x")}
        << QStringLiteral("rename");
    QTest::newRow("not an id") << QStringList{QStringLiteral("abc"), QStringLiteral("merge-next")}
                               << QStringLiteral("abc");
    QTest::newRow("missing text") << QStringList{QStringLiteral("FIRST"), QStringLiteral("headline")}
                                  << QStringLiteral("headline");
    QTest::newRow("extra text") << QStringList{QStringLiteral("FIRST"), QStringLiteral("merge-next"),
                                               QStringLiteral("x")}
                                << QStringLiteral("merge-next");
    QTest::newRow("page kind without --page")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("paper"), QStringLiteral("某报")}
        << QStringLiteral("--page");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--page"), QStringLiteral("PAGE"),
                                             QStringLiteral("date"), QStringLiteral("2024-13-01")}
                              << QStringLiteral("2024-13-01");
    QTest::newRow("last article merge")
        << QStringList{QStringLiteral("LAST"), QStringLiteral("merge-next")} << QStringLiteral("last");
    QTest::newRow("first article merge-previous")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("merge-previous")} << QStringLiteral("first");
    QTest::newRow("merge-previous with text")
        << QStringList{QStringLiteral("LAST"), QStringLiteral("merge-previous"), QStringLiteral("x")}
        << QStringLiteral("merge-previous");
    QTest::newRow("move out of the first to the previous")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("move-to-previous"),
                       QStringLiteral("孟州市举办")}
        << QStringLiteral("first");
    QTest::newRow("move an only paragraph")
        << QStringList{QStringLiteral("LAST"), QStringLiteral("move-to-previous"),
                       QStringLiteral("武陟县近日")}
        << QStringLiteral("only paragraph");
    QTest::newRow("move without a phrase")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("move-to-next")}
        << QStringLiteral("move-to-next");
    QTest::newRow("line-as phrase not found")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("line-as-headline"),
                       QStringLiteral("没有这句话")}
        << QStringLiteral("没有这句话");
    QTest::newRow("byline not names")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("byline"), QStringLiteral("记者 张三1号")}
        << QStringLiteral("张三1号");
    QTest::newRow("subheadline empty")
        << QStringList{QStringLiteral("FIRST"), QStringLiteral("subheadline"), QStringLiteral(" ")}
        << QStringLiteral("subheadline");
}

void TestCliCorrect::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const qint64 lastId = scalar(m_library, QStringLiteral("SELECT max(id) FROM articles")).toLongLong();
    for (QString &a : arguments) {
        if (a == QLatin1String("FIRST"))
            a = QString::number(m_first);
        else if (a == QLatin1String("PAGE"))
            a = QString::number(m_pageId);
        else if (a == QLatin1String("LAST"))
            a = QString::number(lastId);
    }
    const QString before = state(m_library);
    const CliRun r =
        runCli(QStringList{QStringLiteral("correct"), QStringLiteral("--library"), m_library} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("correct")));
    QCOMPARE(state(m_library), before);
}

void TestCliCorrect::listsThoseThatNoLongerApply()
{
    CliRun r =
        runCli({QStringLiteral("correct"), QStringLiteral("--library"), m_library, QString::number(m_first),
                QStringLiteral("split-before"), QStringLiteral("孟州市举办春季招聘会")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(writeFile(m_page, pageText(false)));
    r = runCli({QStringLiteral("import"), QStringLiteral("--library"), m_library, m_page});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli(
        {QStringLiteral("corrections"), QStringLiteral("--library"), m_library, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = r.json().value(QStringLiteral("corrections")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[QStringLiteral("state")].toString(), QStringLiteral("no longer applies"));
    r = runCli({QStringLiteral("corrections"), QStringLiteral("--library"), m_library});
    QVERIFY(r.out.contains(QStringLiteral("no longer applies")));
}

void TestCliCorrect::newCorrections()
{
    const QString lib = m_library;
    const QString first = QString::number(m_first);
    const auto correct = [&lib](const QStringList &arguments) {
        return runCli(QStringList{QStringLiteral("correct"), QStringLiteral("--library"), lib} + arguments);
    };
    const auto headlineOf = [&lib](qint64 id, const QString &column) {
        return scalar(lib, QStringLiteral("SELECT coalesce(%1, '') FROM articles WHERE id = ?").arg(column),
                      {id})
            .toString();
    };
    const qint64 second =
        scalar(lib, QStringLiteral("SELECT id FROM articles WHERE headline = '武陟县部署春耕生产'"))
            .toLongLong();
    QVERIFY(second > m_first);

    // The glued paragraph to the next article, and back.
    CliRun r = correct({first, QStringLiteral("move-to-next"), QStringLiteral("孟州市举办")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QString::number(second)));
    QVERIFY(scalar(lib, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {second})
                .toString()
                .startsWith(QStringLiteral("孟州市举办")));
    r = correct({QString::number(second), QStringLiteral("move-to-previous"), QStringLiteral("孟州市举办")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(scalar(lib, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {m_first})
                .toString()
                .endsWith(QStringLiteral("提供岗位两千余个。")));

    r = correct({first, QStringLiteral("subheadline"), QStringLiteral("全年目标确定")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(headlineOf(m_first, QStringLiteral("subheadline")), QStringLiteral("全年目标确定"));
    r = correct({first, QStringLiteral("line-as-kicker"), QStringLiteral("孟州市举办")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(headlineOf(m_first, QStringLiteral("kicker")),
             QStringLiteral("孟州市举办春季招聘会，提供岗位两千余个。"));

    r = correct(
        {QString::number(second), QStringLiteral("byline"), QStringLiteral("记者 张三、李四; 通讯员 王五")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("记者 张三、李四；通讯员 王五")));
    r = runCli({QStringLiteral("search"), QStringLiteral("--library"), lib, QStringLiteral("person:王五")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("武陟县部署春耕生产")));

    r = correct({QString::number(second), QStringLiteral("merge-previous")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(scalar(lib, QStringLiteral("SELECT count(*) FROM articles")).toInt(), 1);
    QCOMPARE(scalar(lib, QStringLiteral("SELECT id FROM articles")).toLongLong(), m_first);

    r = runCli({QStringLiteral("corrections"), QStringLiteral("--library"), lib, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QStringList kinds;
    for (const QJsonValue &v : r.json().value(QStringLiteral("corrections")).toArray())
        kinds << v[QStringLiteral("kind")].toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("move-to-next"), QStringLiteral("move-to-previous"),
                                 QStringLiteral("subheadline"), QStringLiteral("line-as-kicker"),
                                 QStringLiteral("byline"), QStringLiteral("merge-previous")}));
}

QTEST_GUILESS_MAIN(TestCliCorrect)
#include "tst_cli_correct.moc"
