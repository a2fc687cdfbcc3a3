#include "cli/cli.h"
#include "import/importer.h"
#include "library/library.h"
#include "notes/notesstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

// The tag, annotate and export-notes commands end to end, in-process, on a library imported from the
// bundled sample pages.
class TestCliNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errors_data();
    void errors();
    void tagCreatesAndAssigns();
    void annotateHighlightsTheQuote();
    void annotateIgnoresWhitespaceInTheQuote();
    void exportPdfMarkdownCsv();

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    Result run(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_library;
    qint64 m_article = 0;
    QString m_body;
    qint64 m_otherArticle = 0;
};

void TestCliNotes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("library.kanbao"));
    Library library;
    QVERIFY2(library.open(m_library), qPrintable(library.errorString()));
    Importer importer(library);
    importer.setWorkerCount(1);
    const ImportSummary summary = importer.importPaths({QStringLiteral(KANBAO_SAMPLES_DIR)});
    QVERIFY2(summary.failed.isEmpty() && summary.articles > 10, qPrintable(summary.libraryError));
    // Two articles with a body long enough to quote from, on different issue dates when possible.
    QSqlQuery q(library.database());
    QVERIFY(q.exec(QStringLiteral("SELECT a.id, a.body, i.date FROM articles a JOIN pages p ON p.id = a.page_id "
                                  "JOIN issues i ON i.id = p.issue_id WHERE length(a.body) > 80 ORDER BY i.date, a.id")));
    QString firstDate;
    while (q.next()) {
        if (!m_article) {
            m_article = q.value(0).toLongLong();
            m_body = q.value(1).toString();
            firstDate = q.value(2).toString();
        } else if (q.value(2).toString() != firstDate || !m_otherArticle) {
            m_otherArticle = q.value(0).toLongLong();
            if (q.value(2).toString() != firstDate)
                break;
        }
    }
    QVERIFY(m_article && m_otherArticle);
}

TestCliNotes::Result TestCliNotes::run(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::Io io{outStream, errStream};
    const int code = cli::run(QStringList{QStringLiteral("kanbao-cli")} + args, io);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

void TestCliNotes::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const QString lib = QStringLiteral("--library=") + m_dir.filePath(QStringLiteral("library.kanbao"));
    const QString missing = QStringLiteral("--library=") + m_dir.filePath(QStringLiteral("nope.kanbao"));
    QTest::newRow("tag without tags") << QStringList{QStringLiteral("tag"), lib, QStringLiteral("1")} << 2
                                      << QStringLiteral("at least one tag");
    QTest::newRow("tag bad id") << QStringList{QStringLiteral("tag"), lib, QStringLiteral("x1"), QStringLiteral("t")}
                                << 2 << QStringLiteral("not an article id");
    QTest::newRow("tag unknown article") << QStringList{QStringLiteral("tag"), lib, QStringLiteral("999999"),
                                                        QStringLiteral("t")}
                                         << 1 << QStringLiteral("article 999999 is not in");
    QTest::newRow("tag missing library") << QStringList{QStringLiteral("tag"), missing, QStringLiteral("1"),
                                                        QStringLiteral("t")}
                                         << 3 << QStringLiteral("no library at");
    QTest::newRow("annotate quote not in body")
        << QStringList{QStringLiteral("annotate"), lib, QStringLiteral("1"), QStringLiteral("--quote"),
                       QStringLiteral("这句话不在任何文章里出现过")}
        << 1 << QStringLiteral("does not occur in article 1");
    QTest::newRow("annotate bad color") << QStringList{QStringLiteral("annotate"), lib, QStringLiteral("1"),
                                                       QStringLiteral("--quote"), QStringLiteral("的"),
                                                       QStringLiteral("--color"), QStringLiteral("magenta")}
                                        << 2 << QStringLiteral("not a highlight color");
    QTest::newRow("annotate nothing") << QStringList{QStringLiteral("annotate"), lib, QStringLiteral("1")} << 2
                                      << QStringLiteral("--quote");
    QTest::newRow("export no format") << QStringList{QStringLiteral("export-notes"), lib,
                                                     m_dir.filePath(QStringLiteral("x.txt"))}
                                      << 2 << QStringLiteral("--pdf");
    QTest::newRow("export bad date") << QStringList{QStringLiteral("export-notes"), lib, QStringLiteral("--csv"),
                                                    m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--from"),
                                                    QStringLiteral("2023-13-40")}
                                     << 2 << QStringLiteral("not a date");
    QTest::newRow("export bad ids") << QStringList{QStringLiteral("export-notes"), lib, QStringLiteral("--csv"),
                                                   m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--articles"),
                                                   QStringLiteral("1,b")}
                                    << 2 << QStringLiteral("not an article id");
    QTest::newRow("export unwritable") << QStringList{QStringLiteral("export-notes"), lib, QStringLiteral("--csv"),
                                                      m_dir.filePath(QStringLiteral("no/dir/x.csv"))}
                                       << 1 << QStringLiteral("no/dir/x.csv");
}

void TestCliNotes::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.kanbao"))));
}

void TestCliNotes::tagCreatesAndAssigns()
{
    const QString lib = QStringLiteral("--library=") + m_library;
    Result r = run({QStringLiteral("tag"), lib, QString::number(m_article), QStringLiteral("党建"),
                    QStringLiteral("会议"), QStringLiteral("--color"), QStringLiteral("#ff0000")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("党建")));
    r = run({QStringLiteral("tag"), lib, QString::number(m_otherArticle), QStringLiteral("会议")});
    QCOMPARE(r.code, 0);

    Library library;
    QVERIFY(library.open(m_library));
    NotesStore store(library);
    QCOMPARE(store.tagsOfArticle(m_article).size(), 2);
    QCOMPARE(store.tagByName(QStringLiteral("党建"))->color, QStringLiteral("#ff0000"));
    QCOMPARE(store.tagByName(QStringLiteral("会议"))->articleCount, 2);

    r = run({QStringLiteral("tag"), lib, QString::number(m_article), QStringLiteral("--remove"), QStringLiteral("党建")});
    QCOMPARE(r.code, 0);
    QCOMPARE(store.tagsOfArticle(m_article).size(), 1);
    QCOMPARE(store.tagByName(QStringLiteral("党建"))->articleCount, 0);
}

void TestCliNotes::annotateHighlightsTheQuote()
{
    const QString quote = m_body.mid(10, 15);
    const Result r = run({QStringLiteral("annotate"), QStringLiteral("--library=") + m_library, QString::number(m_article),
                          QStringLiteral("--quote"), quote, QStringLiteral("--note"), QStringLiteral("高新区“一号工程”，见上期"),
                          QStringLiteral("--color"), QStringLiteral("blue")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Library library;
    QVERIFY(library.open(m_library));
    NotesStore store(library);
    bool found = false;
    for (const Annotation &a : store.annotationsOfArticle(m_article)) {
        if (a.quote == quote) {
            found = true;
            QCOMPARE(m_body.mid(a.startOffset, a.endOffset - a.startOffset), quote);
            QCOMPARE(a.color, QStringLiteral("blue"));
            QCOMPARE(a.note, QStringLiteral("高新区“一号工程”，见上期"));
        }
    }
    QVERIFY(found);
}

void TestCliNotes::annotateIgnoresWhitespaceInTheQuote()
{
    // Find 12 characters without whitespace, then quote them with a line break inside, as if copied from
    // a printout.
    const QString run12 = m_body.mid(30, 12);
    QVERIFY(!run12.contains(QRegularExpression(QStringLiteral("\\s"))));
    const QString copied = run12.left(5) + QStringLiteral("\n ") + run12.mid(5);
    const Result r = run({QStringLiteral("annotate"), QStringLiteral("--library=") + m_library,
                          QString::number(m_article), QStringLiteral("--quote"), copied});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Library library;
    QVERIFY(library.open(m_library));
    NotesStore store(library);
    bool found = false;
    for (const Annotation &a : store.annotationsOfArticle(m_article))
        found = found || (a.quote == run12 && a.startOffset == m_body.indexOf(run12));
    QVERIFY(found);
}

void TestCliNotes::exportPdfMarkdownCsv()
{
    const QString lib = QStringLiteral("--library=") + m_library;
    // A note on the other article, which the tag filter must leave out.
    Result r = run({QStringLiteral("annotate"), lib, QString::number(m_otherArticle), QStringLiteral("--note"),
                    QStringLiteral("另一篇文章的笔记")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("tag"), lib, QString::number(m_article), QStringLiteral("导出")});
    QCOMPARE(r.code, 0);

    const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
    r = run({QStringLiteral("export-notes"), lib, QStringLiteral("--pdf"), pdf, QStringLiteral("--tag"),
             QStringLiteral("导出")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(pdf));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(text.contains(QStringLiteral("高新区“一号工程”，见上期")));
        QVERIFY(text.contains(m_body.mid(10, 15).remove(QRegularExpression(QStringLiteral("\\s")))));
        QVERIFY(!text.contains(QStringLiteral("另一篇文章的笔记")));
    }

    const QString csv = m_dir.filePath(QStringLiteral("notes.csv"));
    r = run({QStringLiteral("export-notes"), lib, QStringLiteral("--csv"), csv, QStringLiteral("--articles"),
             QStringLiteral("%1,%2").arg(m_article).arg(m_otherArticle)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(f.readAll());
    QVERIFY(csvText.contains(QStringLiteral("另一篇文章的笔记")));
    QVERIFY(csvText.contains(QStringLiteral(",高新区“一号工程”，见上期,")));

    const QString md = m_dir.filePath(QStringLiteral("notes.md"));
    r = run({QStringLiteral("export-notes"), lib, md, QStringLiteral("--to"), QStringLiteral("1999-12-31")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("Exported 0 note")), qPrintable(r.out));
    QFile m(md);
    QVERIFY(m.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(m.readAll()).contains(QStringLiteral("另一篇文章的笔记")));
}

QTEST_MAIN(TestCliNotes)
#include "tst_cli_notes.moc"
