// Re-anchoring notes on re-import never moves a note to another article (issue 10, failure 2): a note whose
// quote left its article becomes an orphan that remembers where it was, and goes back when the text
// returns; within its article a note follows its text.
#include "librarytesthelpers.h"

#include "import/importer.h"
#include "text/anchor.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

QString article(const QString &headline, const QStringList &paragraphs)
{
    return QStringLiteral("# ") + headline + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n"))
        + QStringLiteral("\n\n");
}

// The quoted words occur in both articles; version `withQuoteInA` false deletes them from A only.
const QString quote = QStringLiteral("加快推进重点项目建设");

QString page(bool withQuoteInA, const QString &extraInA = QString())
{
    return article(QStringLiteral("温县召开县委常委会"),
                   {QStringLiteral("本报讯 1月7日，温县县委常委会召开会议，") + extraInA
                        + (withQuoteInA ? quote + QStringLiteral("，") : QString())
                        + QStringLiteral("要求各级抓好落实。"),
                    QStringLiteral("会议强调，要坚持稳中求进。")})
        + article(QStringLiteral("武陟县部署全年工作"),
                  {QStringLiteral("本报讯 1月8日，武陟县召开经济工作会议，提出") + quote
                   + QStringLiteral("，确保全年目标完成。")});
}

qint64 articleWithHeadline(Library &library, const QString &headline)
{
    return scalar(library, QStringLiteral("SELECT id FROM articles WHERE headline = ?"), {headline}).toLongLong();
}

} // namespace

class TestReanchoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void noteNeverMovesToAnotherArticle();
    void orphanWithoutHeadlineReturnsOnlyToItsPlace();
};

void TestReanchoring::noteNeverMovesToAnotherArticle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("焦作日报/2023/01/10/A02.md"));
    QVERIFY(writeFile(path, page(true).toUtf8()));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({path}).imported, 1);

    const QString headlineA = QStringLiteral("温县召开县委常委会");
    const qint64 a = articleWithHeadline(library, headlineA);
    QVERIFY(a > 0);
    const QString body = scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {a}).toString();
    const int start = int(body.indexOf(quote));
    QVERIFY(start >= 0);
    const AnchorQuote anchor = makeAnchor(body, {start, start + int(quote.size())});
    QVERIFY(exec(library,
                 QStringLiteral("INSERT INTO annotations(article_id, kind, start_offset, end_offset, quote, prefix,"
                                " suffix, note, created_at, modified_at) VALUES(?, 'highlight', ?, ?, ?, ?, ?, '核实',"
                                " 'now', 'now')"),
                 {a, start, start + int(quote.size()), anchor.quote, anchor.prefix, anchor.suffix}));
    const qint64 note = scalar(library, QStringLiteral("SELECT max(id) FROM annotations")).toLongLong();

    // Within its article, a note follows its text ("moved" there and only there).
    QVERIFY(writeFile(path, page(true, QStringLiteral("传达学习上级精神，")).toUtf8()));
    ImportSummary summary = importer.importPaths({path});
    QCOMPARE(summary.replaced, 1);
    QCOMPARE(summary.annotationsReanchored, 1);
    QCOMPARE(summary.annotationsOrphaned, 0);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note}).toLongLong(),
             articleWithHeadline(library, headlineA));
    QVERIFY(scalar(library, QStringLiteral("SELECT start_offset FROM annotations WHERE id = ?"), {note}).toInt() > start);

    // The quote leaves article A but stays in B: the note does not go to B, it becomes an orphan of A.
    QVERIFY(writeFile(path, page(false).toUtf8()));
    summary = importer.importPaths({path});
    QCOMPARE(summary.replaced, 1);
    QCOMPARE(summary.annotationsReanchored, 0);
    QCOMPARE(summary.annotationsOrphaned, 1);
    QVERIFY(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note}).isNull());
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_headline FROM annotations WHERE id = ?"), {note}).toString(),
             headlineA);
    QCOMPARE(scalar(library, QStringLiteral("SELECT source_path FROM annotations WHERE id = ?"), {note}).toString(), path);
    QCOMPARE(scalar(library, QStringLiteral("SELECT note FROM annotations WHERE id = ?"), {note}).toString(),
             QStringLiteral("核实"));

    // Re-importing the same version keeps it an orphan (B still holds the words).
    QVERIFY(writeFile(path, page(false, QStringLiteral("研究部署，")).toUtf8()));
    summary = importer.importPaths({path});
    QCOMPARE(summary.annotationsOrphaned, 1);
    QVERIFY(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note}).isNull());

    // The file restored: the note is back on A, on its words.
    QVERIFY(writeFile(path, page(true).toUtf8()));
    summary = importer.importPaths({path});
    QCOMPARE(summary.annotationsOrphaned, 0);
    QCOMPARE(summary.annotationsReanchored, 1);
    const qint64 newA = articleWithHeadline(library, headlineA);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note}).toLongLong(), newA);
    const QString newBody = scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {newA}).toString();
    const int s = scalar(library, QStringLiteral("SELECT start_offset FROM annotations WHERE id = ?"), {note}).toInt();
    const int e = scalar(library, QStringLiteral("SELECT end_offset FROM annotations WHERE id = ?"), {note}).toInt();
    QCOMPARE(newBody.mid(s, e - s), quote);
    QCOMPARE(checkConsistency(library), QString());
}

void TestReanchoring::orphanWithoutHeadlineReturnsOnlyToItsPlace()
{
    // An orphan of a headline-less article may only go back to a headline-less article at its place,
    // not to a headlined article that happens to hold the words.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("焦作日报/2023/01/10/A03.md"));
    QVERIFY(writeFile(path, page(true).toUtf8()));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({path}).imported, 1);
    // An orphan that was in a headline-less article at place 5 of this file.
    QVERIFY(exec(library,
                 QStringLiteral("INSERT INTO annotations(article_id, kind, quote, source_path, article_seq,"
                                " created_at, modified_at) VALUES(NULL, 'highlight', ?, ?, 5, 'now', 'now')"),
                 {quote, path}));
    QVERIFY(writeFile(path, page(true, QStringLiteral("研究部署，")).toUtf8()));
    const ImportSummary summary = importer.importPaths({path});
    QCOMPARE(summary.replaced, 1);
    QCOMPARE(summary.annotationsOrphaned, 1);
    QCOMPARE(count(library, QStringLiteral("annotations"), QStringLiteral("article_id IS NULL")), 1);
}

QTEST_GUILESS_MAIN(TestReanchoring)
#include "tst_reanchoring.moc"
