// Importing archive folders: layouts, idempotence, replacement with re-anchored annotations, bad files,
// atomicity per file (a failing transaction, a killed process), the wizard's plan, cancellation.
#include "librarytesthelpers.h"

#include "entities/entityextractor.h"
#include "import/importer.h"
#include "library/librarystore.h"
#include "library/librarywriter.h"
#include "text/anchor.h"
#include "import/pagefile.h"
#include "text/textdecoder.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <sys/stat.h>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

struct Expected
{
    int articles = 0;
    int mentions = 0;
};

// What the engine makes of a file, for comparing with what the importer stored.
Expected expectedFor(const QString &path)
{
    const EntityExtractor extractor;
    const PageFile file = readPageFile(path, &extractor);
    Expected e;
    for (const Page &p : file.pages) {
        e.articles += int(p.articles.size());
        for (const Article &a : p.articles)
            e.mentions += int(a.entities.size());
    }
    return e;
}

QString article(const QString &headline, const QStringList &paragraphs)
{
    return QStringLiteral("# ") + headline + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n"))
        + QStringLiteral("\n\n");
}

const QString quoteA = QStringLiteral("温县县委常委会研究部署春耕备耕工作");
const QString quoteC = QStringLiteral("孟州市举办非遗展演活动");

QString pageVersion(bool extraParagraph, bool withC)
{
    // The extra sentence moves the quote without starting a new piece (本报讯 would).
    QString text = article(QStringLiteral("温县召开县委常委会"),
                           {QStringLiteral("本报讯 1月7日，")
                                + (extraParagraph ? QStringLiteral("会议首先传达学习了上级精神。随后，") : QString())
                                + quoteA + QStringLiteral("，要求各级抓好落实。"),
                            QStringLiteral("会议强调，要坚持稳中求进。")});
    text += article(QStringLiteral("武陟县开展冬季消防检查"),
                    {QStringLiteral("本报讯 1月8日，武陟县消防救援大队深入辖区开展冬季消防安全检查。")});
    if (withC)
        text += article(QStringLiteral("孟州非遗进社区"),
                        {QStringLiteral("本报讯 1月9日，") + quoteC + QStringLiteral("，吸引群众驻足观看。")});
    return text;
}

qint64 articleContaining(Library &library, const QString &text)
{
    return scalar(library, QStringLiteral("SELECT id FROM articles WHERE instr(body, ?) > 0"), {text}).toLongLong();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsArchiveLayouts();
    void reimportIsIdempotent();
    void changedFileReplacesArticlesAndReanchors();
    void failedWriteKeepsPreviousVersion();
    void badFilesAreReportedNotFatal();
    void everyFileIsAccountedFor();
    void guessedDatesAreFlagged();
    void planEditsAreUsed();
    void cancelStopsAfterCurrentFile();
    void removedFileLeavesOrphans();
    void multiPageFileKeepsEveryPage();
    void killedImportLeavesValidLibrary();

private:
    QString makeArchive(const QTemporaryDir &dir);
};

void TestImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// The four common layouts, a Markdown page and a file that is not a page.
QString TestImporter::makeArchive(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("archive"));
    const auto copy = [&](const QString &sample, const QString &relative) {
        return writeFile(root + QLatin1Char('/') + relative, readFile(samplePath(sample)));
    };
    if (!copy(QStringLiteral("000"), QStringLiteral("焦作日报/2024/04/09/A03.txt"))
        || !copy(QStringLiteral("001"), QStringLiteral("2024-04-10/03.md"))
        || !copy(QStringLiteral("002"), QStringLiteral("scans/jzrb20240411_A05.txt"))
        || !copy(QStringLiteral("003"), QStringLiteral("焦作日报_2023-01-10_A08.txt"))
        || !writeFile(root + QStringLiteral("/scans/cover.jpg"), QByteArray("\xff\xd8\xff\xe0 JFIF")))
        return QString();
    return root;
}

void TestImporter::importsArchiveLayouts()
{
    QTemporaryDir dir;
    const QString root = makeArchive(dir);
    QVERIFY(!root.isEmpty());
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QList<ImportProgress> progress;
    ImportControl control;
    control.progress = [&](const ImportProgress &p) { progress.append(p); };
    const ImportSummary summary = importer.importPaths({root}, control);
    QCOMPARE(summary.imported, 4);
    QCOMPARE(summary.failed.size(), 0);
    QCOMPARE(summary.total, 4);
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.last().done, 4);

    LibraryStore store(library);
    QSet<QString> found;
    for (const IssueSummary &issue : store.issues()) {
        QVERIFY(!issue.dateGuessed);
        for (const PageSummary &page : store.pagesOfIssue(issue.id))
            found.insert(QStringLiteral("%1 %2 %3").arg(issue.paper, issue.date.toString(Qt::ISODate), page.label));
    }
    // 2024-04-10/03.md names no paper: the folder it was found under ("archive") holds only pages of 焦作日报.
    const QSet<QString> expected{QStringLiteral("焦作日报 2024-04-09 A03"), QStringLiteral("焦作日报 2024-04-10 03"),
                                 QStringLiteral("焦作日报 2024-04-11 A05"), QStringLiteral("焦作日报 2023-01-10 A08")};
    QCOMPARE(found, expected);

    // Every article, with its mentions and its full-text row.
    Expected total;
    for (const WalkedFile &f : Importer::findPageFiles({root}).files) {
        const Expected e = expectedFor(f.path);
        total.articles += e.articles;
        total.mentions += e.mentions;
    }
    QVERIFY(total.articles > 20);
    QCOMPARE(count(library, QStringLiteral("articles")), total.articles);
    QCOMPARE(count(library, QStringLiteral("mentions")), total.mentions);
    QCOMPARE(count(library, QStringLiteral("article_fts_docsize")), total.articles);
    QCOMPARE(checkConsistency(library), QString());

    // The raw text round-trips.
    const QString a03 = root + QStringLiteral("/焦作日报/2024/04/09/A03.txt");
    const qint64 pageId = scalar(library, QStringLiteral("SELECT id FROM pages WHERE source_path = ?"), {a03}).toLongLong();
    DecodedText decoded;
    QString error;
    QVERIFY(TextDecoder::readFile(a03, &decoded, &error));
    QCOMPARE(store.pageText(pageId), decoded.text);
}

void TestImporter::reimportIsIdempotent()
{
    QTemporaryDir dir;
    const QString root = makeArchive(dir);
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({root}).imported, 4);
    const QString snapshotSql = QStringLiteral(
        "SELECT (SELECT group_concat(id || imported_at || content_hash) FROM pages) ||"
        " (SELECT group_concat(id) FROM articles) || (SELECT count(*) FROM mentions) || (SELECT count(*) FROM issues)");
    const QString before = scalar(library, snapshotSql).toString();
    const qint64 changesBefore = scalar(library, QStringLiteral("SELECT total_changes()")).toLongLong();

    const ImportSummary again = importer.importPaths({root, root + QStringLiteral("/2024-04-10/03.md")});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.replaced, 0);
    QCOMPARE(again.unchanged, 4); // the file named twice counts once
    QCOMPARE(again.failed.size(), 0);
    QCOMPARE(scalar(library, snapshotSql).toString(), before);
    QCOMPARE(scalar(library, QStringLiteral("SELECT total_changes()")).toLongLong(), changesBefore);
}

void TestImporter::changedFileReplacesArticlesAndReanchors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("焦作日报/2023/01/10/A08.md"));
    QVERIFY(writeFile(path, pageVersion(false, true).toUtf8()));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({path}).imported, 1);
    QCOMPARE(count(library, QStringLiteral("articles")), 3);

    // A highlight in A, a note on B, a highlight in C, a tag on A.
    const qint64 a = articleContaining(library, quoteA);
    const qint64 b = articleContaining(library, QStringLiteral("消防安全检查"));
    const qint64 c = articleContaining(library, quoteC);
    QVERIFY(a && b && c && a != b && b != c);
    const auto highlight = [&](qint64 articleId, const QString &quote) {
        const QString body = scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {articleId}).toString();
        const int start = int(body.indexOf(quote));
        const AnchorQuote anchor = makeAnchor(body, {start, start + int(quote.size())});
        return exec(library,
                    QStringLiteral("INSERT INTO annotations(article_id, kind, start_offset, end_offset, quote, prefix,"
                                   " suffix, created_at, modified_at) VALUES(?, 'highlight', ?, ?, ?, ?, ?, 'now', 'now')"),
                    {articleId, start, start + int(quote.size()), anchor.quote, anchor.prefix, anchor.suffix});
    };
    QVERIFY(highlight(a, quoteA));
    QVERIFY(highlight(c, quoteC));
    QVERIFY(exec(library, QStringLiteral("INSERT INTO annotations(article_id, kind, note, created_at, modified_at)"
                                         " VALUES(?, 'note', '再核实', 'now', 'now')"),
                 {b}));
    QVERIFY(exec(library, QStringLiteral("INSERT INTO tags(name, created_at) VALUES('春耕', 'now')")));
    QVERIFY(exec(library, QStringLiteral("INSERT INTO article_tags VALUES(?, 1)"), {a}));
    const int oldStartA = scalar(library, QStringLiteral("SELECT start_offset FROM annotations WHERE id = 1")).toInt();

    // Version 2: a paragraph before the quote in A, C gone.
    QVERIFY(writeFile(path, pageVersion(true, false).toUtf8()));
    ImportSummary summary = importer.importPaths({path});
    QCOMPARE(summary.replaced, 1);
    QCOMPARE(summary.annotationsReanchored, 2);
    QCOMPARE(summary.annotationsOrphaned, 1);
    QCOMPARE(count(library, QStringLiteral("articles")), 2);
    QCOMPARE(count(library, QStringLiteral("articles"), QStringLiteral("id IN (?, ?, ?)"), {a, b, c}), 0);
    QCOMPARE(count(library, QStringLiteral("annotations")), 3); // nothing dropped
    QCOMPARE(checkConsistency(library), QString());              // old full-text rows went with their articles
    QCOMPARE(count(library, QStringLiteral("article_fts"), QStringLiteral("article_fts MATCH ?"), {QStringLiteral("非遗")}), 0);

    const qint64 newA = articleContaining(library, quoteA);
    const qint64 newB = articleContaining(library, QStringLiteral("消防安全检查"));
    QSqlQuery q(library.database());
    QVERIFY(q.exec(QStringLiteral("SELECT n.article_id, n.start_offset, n.end_offset, a.body FROM annotations n"
                                  " JOIN articles a ON a.id = n.article_id WHERE n.id = 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), newA);
    QVERIFY(q.value(1).toInt() > oldStartA); // moved with the inserted paragraph
    QCOMPARE(q.value(3).toString().mid(q.value(1).toInt(), q.value(2).toInt() - q.value(1).toInt()), quoteA);
    q.finish();
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE kind = 'note'")).toLongLong(), newB);
    // The orphan keeps its quote and says where it was.
    QVERIFY(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = 2")).isNull());
    QCOMPARE(scalar(library, QStringLiteral("SELECT quote FROM annotations WHERE id = 2")).toString(), quoteC);
    QCOMPARE(scalar(library, QStringLiteral("SELECT source_path FROM annotations WHERE id = 2")).toString(), path);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_headline FROM annotations WHERE id = 2")).toString(),
             QStringLiteral("孟州非遗进社区"));
    // The tag followed its article.
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM article_tags")).toLongLong(), newA);

    // Version 3 brings C back: the orphan finds its place again.
    QVERIFY(writeFile(path, pageVersion(true, true).toUtf8()));
    summary = importer.importPaths({path});
    QCOMPARE(summary.replaced, 1);
    QCOMPARE(summary.annotationsOrphaned, 0);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = 2")).toLongLong(),
             articleContaining(library, quoteC));
    QCOMPARE(checkConsistency(library), QString());
}

void TestImporter::failedWriteKeepsPreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("焦作日报/2023/01/10/A08.md"));
    const QString other = dir.filePath(QStringLiteral("焦作日报/2023/01/11/A01.md"));
    QVERIFY(writeFile(path, pageVersion(false, true).toUtf8()));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({path}).imported, 1);
    const qint64 a = articleContaining(library, quoteA);
    QVERIFY(exec(library, QStringLiteral("INSERT INTO annotations(article_id, quote, start_offset, end_offset,"
                                         " created_at, modified_at) VALUES(?, ?, 8, 20, 'now', 'now')"),
                 {a, quoteA}));
    const QString snapshotSql = QStringLiteral(
        "SELECT (SELECT group_concat(id || ':' || body, '|') FROM articles) || (SELECT group_concat(article_id || ':'"
        " || start_offset) FROM annotations) || (SELECT count(*) FROM issues) || (SELECT count(*) FROM papers)");
    const QString before = scalar(library, snapshotSql).toString();

    // The changed file fails after its new articles were written; a new file fails the same way.
    QVERIFY(writeFile(path, pageVersion(true, false).toUtf8()));
    QVERIFY(writeFile(other, pageVersion(false, false).toUtf8()));
    importer.setFailAfterArticlesForTesting(path);
    ImportSummary summary = importer.importPaths({path, other});
    QCOMPARE(summary.failed.size(), 1);
    QCOMPARE(summary.failed.first().path, path);
    QCOMPARE(summary.imported, 1); // the other file still goes in
    QCOMPARE(count(library, QStringLiteral("pages"), QStringLiteral("source_path = ?"), {other}), 1);
    QCOMPARE(checkConsistency(library), QString());

    importer.setFailAfterArticlesForTesting(other);
    QVERIFY(exec(library, QStringLiteral("DELETE FROM pages WHERE source_path = ?"), {QStringLiteral("none")}));
    importer.setFailAfterArticlesForTesting(path);
    summary = importer.importPaths({path});
    QCOMPARE(summary.failed.size(), 1);
    // Exactly the first version of `path`, with its annotation where it was.
    QCOMPARE(count(library, QStringLiteral("articles a JOIN pages p ON p.id = a.page_id"),
                   QStringLiteral("p.source_path = ?"), {path}),
             3);
    QCOMPARE(articleContaining(library, quoteA), a);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations")).toLongLong(), a);
    QCOMPARE(checkConsistency(library), QString());

    // A new file whose write fails leaves no trace: no page, issue or paper.
    const QString fresh = dir.filePath(QStringLiteral("新报/2020/02/02/A01.md"));
    QVERIFY(writeFile(fresh, pageVersion(false, true).toUtf8()));
    importer.setFailAfterArticlesForTesting(fresh);
    const int issuesBefore = count(library, QStringLiteral("issues"));
    QCOMPARE(importer.importPaths({fresh}).failed.size(), 1);
    QCOMPARE(count(library, QStringLiteral("issues")), issuesBefore);
    QCOMPARE(count(library, QStringLiteral("papers"), QStringLiteral("name = '新报'")), 0);
    Q_UNUSED(before);
}

void TestImporter::badFilesAreReportedNotFatal()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("archive"));
    QVERIFY(writeFile(root + QStringLiteral("/2024-04-10/01.md"), readFile(samplePath(QStringLiteral("001")))));
    QVERIFY(writeFile(root + QStringLiteral("/2024-04-10/02.txt"), QByteArray("\x00\x01\x02PK\x03\x04binary", 12)));
    QVERIFY(writeFile(root + QStringLiteral("/2024-04-10/03.md"), QByteArray()));
    QVERIFY(writeFile(root + QStringLiteral("/2024-04-10/04.txt"), QByteArray("\x80\x80\xff\xfe\xfd\x80 \x81\x30\xff", 10)));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/2024-04-10/folder.txt"))); // a folder with a page's name
    QVERIFY(writeFile(root + QStringLiteral("/2024-04-10/05.txt"), readFile(samplePath(QStringLiteral("002")))));
    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));

    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    const ImportSummary summary = importer.importPaths({root, missing});
    QCOMPARE(summary.imported, 2);
    QCOMPARE(summary.failed.size(), 4);
    QSet<QString> failedNames;
    for (const ImportFailure &f : summary.failed) {
        failedNames.insert(QFileInfo(f.path).fileName());
        QVERIFY2(!f.error.isEmpty(), qPrintable(f.path));
    }
    QCOMPARE(failedNames, (QSet<QString>{QStringLiteral("02.txt"), QStringLiteral("03.md"), QStringLiteral("04.txt"),
                                         QStringLiteral("no-such-folder")}));
    QCOMPARE(checkConsistency(library), QString());
}

// Issue 10, failure 1: nothing under an imported folder is passed over in silence. A page named in GBK
// bytes is read (and its name shown decoded, with a note); everything else is skipped or failed with
// its reason; a page with one bad byte is imported and flagged.
void TestImporter::everyFileIsAccountedFor()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("archive"));
    const QByteArray page = readFile(samplePath(QStringLiteral("001")));
    QVERIFY(writeFile(root + QStringLiteral("/01.txt"), page));
    // "第02版.txt" in GBK: not valid UTF-8, so QDir would have shown it as U+FFFD and lost it.
    const QByteArray gbkName = QByteArray("\xb5\xda" "02" "\xb0\xe6" ".txt");
    {
        const QByteArray native = QFile::encodeName(root) + '/' + gbkName;
        FILE *out = ::fopen(native.constData(), "wb");
        QVERIFY(out);
        QCOMPARE(::fwrite(page.constData(), 1, size_t(page.size()), out), size_t(page.size()));
        ::fclose(out);
    }
    // One Latin-1 byte in the middle of a UTF-8 page: read, replaced, flagged.
    QByteArray damaged = readFile(samplePath(QStringLiteral("002")));
    const qsizetype badAt = damaged.indexOf("\n", damaged.size() / 2) + 1;
    damaged.insert(badAt, "caf\xe9 ");
    QVERIFY(writeFile(root + QStringLiteral("/03.txt"), damaged));
    QVERIFY(writeFile(root + QStringLiteral("/.DS_Store"), QByteArray("Bud1")));
    QVERIFY(writeFile(root + QStringLiteral("/scan.jpg"), QByteArray("\xff\xd8\xff\xe0", 4)));
    QVERIFY(QFile::link(root + QStringLiteral("/gone.txt"), root + QStringLiteral("/04.txt")));
    QVERIFY(QFile::link(root, root + QStringLiteral("/loop")));
    QVERIFY(::mkfifo(QFile::encodeName(root + QStringLiteral("/05.txt")).constData(), 0600) == 0);

    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    const ImportSummary summary = importer.importPaths({root});
    QCOMPARE(summary.imported, 3);

    QHash<QString, QString> failed, skipped, warnings;
    for (const ImportFailure &f : summary.failed)
        failed.insert(QFileInfo(f.path).fileName(), f.error);
    for (const ImportFileNote &s : summary.skipped)
        skipped.insert(QFileInfo(s.path).fileName(), s.error);
    for (const ImportFileNote &w : summary.warnings)
        warnings.insert(QFileInfo(w.path).fileName(), w.error);
    QCOMPARE(QSet<QString>(failed.keyBegin(), failed.keyEnd()),
             (QSet<QString>{QStringLiteral("04.txt"), QStringLiteral("05.txt")}));
    QVERIFY2(failed.value(QStringLiteral("04.txt")).contains(QLatin1String("broken symbolic link")),
             qPrintable(failed.value(QStringLiteral("04.txt"))));
    QVERIFY2(failed.value(QStringLiteral("05.txt")).contains(QLatin1String("FIFO")),
             qPrintable(failed.value(QStringLiteral("05.txt"))));
    QCOMPARE(skipped.value(QStringLiteral(".DS_Store")), QStringLiteral("hidden"));
    QCOMPARE(skipped.value(QStringLiteral("scan.jpg")), QStringLiteral("not a page format"));
    QVERIFY2(skipped.value(QStringLiteral("loop")).contains(QLatin1String("already read")),
             qPrintable(skipped.value(QStringLiteral("loop"))));
    QCOMPARE(skipped.size(), 3);

    const QString decodedName = QStringLiteral("第02版.txt");
    QVERIFY2(warnings.value(decodedName).contains(QLatin1String("GB18030")), qPrintable(warnings.keys().join(u',')));
    QVERIFY2(warnings.value(QStringLiteral("03.txt")).contains(QLatin1String("1 invalid byte sequence")),
             qPrintable(warnings.value(QStringLiteral("03.txt"))));
    QCOMPARE(summary.total, 5); // three pages read, two failed; the skipped are not page files

    // Stored under its decoded name, flagged where bytes were replaced, and read again unchanged.
    QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM pages WHERE source_path = ?"),
                    {root + QLatin1Char('/') + decodedName})
                 .toInt(),
             1);
    const QString flag = scalar(library, QStringLiteral("SELECT warning FROM pages WHERE source_path = ?"),
                                {root + QStringLiteral("/03.txt")})
                             .toString();
    QVERIFY2(flag.contains(QLocale().toString(qint64(badAt + 3))), qPrintable(flag)); // the byte after "caf"
    QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM pages WHERE warning IS NOT NULL")).toInt(), 1);
    const ImportSummary again = importer.importPaths({root});
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.failed.size(), 2);
}

void TestImporter::guessedDatesAreFlagged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("misc/page.md"));
    QVERIFY(writeFile(path, QStringLiteral("# 会议召开\n\n2022年，本报讯（记者张三）3月5日下午，会议召开。\n").toUtf8()));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({path}).imported, 1);
    LibraryStore store(library);
    const QList<IssueSummary> issues = store.issues();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().date, QDate(2022, 3, 5));
    QVERIFY(issues.first().dateGuessed);
    QCOMPARE(issues.first().paper, QStringLiteral("misc"));
}

void TestImporter::planEditsAreUsed()
{
    QTemporaryDir dir;
    const QString root = makeArchive(dir);
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    int scanned = 0;
    ImportControl control;
    control.progress = [&](const ImportProgress &p) {
        QCOMPARE(p.outcome, ImportProgress::Scanned);
        ++scanned;
    };
    QList<ImportFilePlan> plan = importer.scan({root}, control);
    // The archive's other file is listed as skipped, with its reason, and is not read.
    const auto skipped = std::find_if(plan.cbegin(), plan.cend(),
                                      [](const ImportFilePlan &row) { return row.state == ImportFilePlan::Skipped; });
    QVERIFY(skipped != plan.cend());
    QVERIFY(skipped->path.endsWith(QLatin1String("/scans/cover.jpg")));
    QVERIFY(!skipped->include);
    QVERIFY(!skipped->problem.isEmpty());
    plan.removeAt(skipped - plan.cbegin());
    QCOMPARE(plan.size(), 4);
    QCOMPARE(scanned, 4);
    QCOMPARE(count(library, QStringLiteral("pages")), 0); // scanning writes nothing
    for (const ImportFilePlan &row : plan) {
        QVERIFY(row.detected);
        QCOMPARE(row.state, ImportFilePlan::New);
        QVERIFY(row.articles > 0);
        QVERIFY(!row.encoding.isEmpty());
    }
    const auto rowFor = [&](const QString &suffix) -> ImportFilePlan & {
        for (ImportFilePlan &row : plan) {
            if (row.path.endsWith(suffix))
                return row;
        }
        return plan.first();
    };
    QCOMPARE(rowFor(QStringLiteral("03.md")).date, QDate(2024, 4, 10));
    QCOMPARE(rowFor(QStringLiteral("03.md")).dateSource, DateSource::Path);
    QCOMPARE(rowFor(QStringLiteral("A08.txt")).paper, QStringLiteral("焦作日报"));

    ImportFilePlan &edited = rowFor(QStringLiteral("03.md"));
    edited.date = QDate(1999, 12, 31);
    edited.dateSource = DateSource::User;
    edited.paper = QStringLiteral("测试报");
    edited.paperSource = PaperSource::User;
    rowFor(QStringLiteral("A05.txt")).include = false;

    const ImportSummary summary = importer.importPlan(plan);
    QCOMPARE(summary.imported, 3);
    QCOMPARE(summary.total, 3);
    LibraryStore store(library);
    const QList<IssueSummary> issues = store.issues(QDate(1999, 12, 31), QDate(1999, 12, 31));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().paper, QStringLiteral("测试报"));
    QVERIFY(!issues.first().dateGuessed);
    QCOMPARE(count(library, QStringLiteral("pages"), QStringLiteral("source_path LIKE '%A05.txt'")), 0);

    // Scanning again tells what is in the library already; moving an unchanged file is a replacement.
    plan = importer.scan({root});
    QCOMPARE(rowFor(QStringLiteral("03.md")).state, ImportFilePlan::Unchanged);
    QCOMPARE(rowFor(QStringLiteral("A05.txt")).state, ImportFilePlan::New);
    ImportFilePlan &moved = rowFor(QStringLiteral("03.md"));
    moved.date = QDate(2000, 1, 1);
    moved.dateSource = DateSource::User;
    for (ImportFilePlan &row : plan)
        row.include = &row == &moved;
    QCOMPARE(importer.importPlan(plan).replaced, 1);
    QCOMPARE(store.issues(QDate(1999, 12, 31), QDate(1999, 12, 31)).size(), 0); // emptied issue removed
    QCOMPARE(store.issues(QDate(2000, 1, 1), QDate(2000, 1, 1)).size(), 1);
}

void TestImporter::cancelStopsAfterCurrentFile()
{
    QTemporaryDir dir;
    const QString root = makeArchive(dir);
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    std::atomic<bool> cancel{false};
    ImportControl control;
    control.cancel = &cancel;
    control.progress = [&](const ImportProgress &) { cancel = true; };
    const ImportSummary summary = importer.importPaths({root}, control);
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.imported, 1);
    QCOMPARE(count(library, QStringLiteral("pages")), 1);
    cancel = false;
    control.progress = nullptr;
    const ImportSummary rest = importer.importPaths({root}, control);
    QCOMPARE(rest.imported, 3);
    QCOMPARE(rest.unchanged, 1);
}

void TestImporter::removedFileLeavesOrphans()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("焦作日报/2023/01/10/A08.md"));
    QVERIFY(writeFile(path, pageVersion(false, true).toUtf8()));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({path}).imported, 1);
    const qint64 c = articleContaining(library, quoteC);
    QVERIFY(exec(library, QStringLiteral("INSERT INTO annotations(article_id, quote, created_at, modified_at)"
                                         " VALUES(?, ?, 'now', 'now')"),
                 {c, quoteC}));
    LibraryWriter writer(library);
    QVERIFY(writer.removeFile(path));
    QCOMPARE(count(library, QStringLiteral("articles")), 0);
    QCOMPARE(count(library, QStringLiteral("issues")), 0);
    QCOMPARE(count(library, QStringLiteral("annotations"), QStringLiteral("article_id IS NULL AND source_path = ?"), {path}), 1);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_headline FROM annotations")).toString(),
             QStringLiteral("孟州非遗进社区"));
    QCOMPARE(checkConsistency(library), QString());
}

// A file holding several pages (a PDF extraction of a spread) keeps one row per page, each with its
// own header date and label, and its raw text split between them without loss.
void TestImporter::multiPageFileKeepsEveryPage()
{
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    ParsedPageFile file;
    file.sourcePath = dir.filePath(QStringLiteral("spread.txt"));
    file.contentHash = QStringLiteral("abc");
    file.encoding = QStringLiteral("UTF-8");
    file.text = QStringLiteral("A08│温县新闻2023年1月10日\n第一篇\n正文一\nA09│孟州新闻2023年1月11日\n第二篇\n正文二");
    Page first;
    Article a1;
    a1.headline = QStringLiteral("第一篇");
    a1.paragraphs = {QStringLiteral("正文一")};
    a1.firstSourceLine = 1;
    first.articles = {a1};
    Page second;
    Article a2;
    a2.headline = QStringLiteral("第二篇");
    a2.paragraphs = {QStringLiteral("正文二")};
    a2.firstSourceLine = 4;
    second.articles = {a2};
    file.pages = {first, second};
    file.placements = {{QStringLiteral("焦作日报"), QDate(2023, 1, 10), false, QString(), QStringLiteral("A08"), QStringLiteral("温县新闻")},
                       {QStringLiteral("焦作日报"), QDate(2023, 1, 11), false, QString(), QStringLiteral("A09"), QStringLiteral("孟州新闻")}};
    LibraryWriter writer(library);
    std::optional<FileWriteResult> result = writer.writeFile(file);
    QVERIFY2(result, qPrintable(library.errorString()));
    QCOMPARE(result->outcome, FileWriteResult::Inserted);
    QCOMPARE(result->pages, 2);
    QCOMPARE(count(library, QStringLiteral("issues")), 2);
    LibraryStore store(library);
    QString joined;
    QSqlQuery q(library.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, source_index, label FROM pages ORDER BY source_index")));
    QStringList labels;
    while (q.next()) {
        joined += store.pageText(q.value(0).toLongLong());
        labels << q.value(2).toString();
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("A08"), QStringLiteral("A09")}));
    QCOMPARE(joined, file.text);
    result = writer.writeFile(file);
    QVERIFY(result);
    QCOMPARE(result->outcome, FileWriteResult::Unchanged);
}

// kanbao-cli killed mid-import: the library opens, is consistent, and holds every file it committed
// whole. A second reader works while the import runs.
void TestImporter::killedImportLeavesValidLibrary()
{
    const QString cli = QStringLiteral(KANBAO_BUILD_DIR "/bin/kanbao-cli");
    if (!QFileInfo::exists(cli))
        QSKIP("kanbao-cli is not built");
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("archive"));
    const QStringList samples{QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003")};
    QHash<QString, Expected> expectedBySample;
    for (const QString &s : samples)
        expectedBySample.insert(s, expectedFor(samplePath(s)));
    QHash<QString, QString> sampleOf;
    const QDate start(2023, 1, 1);
    for (int i = 0; i < 160; ++i) {
        const QString sample = samples.at(i % samples.size());
        const QString path = QStringLiteral("%1/焦作日报/%2/A%3.txt")
                                 .arg(root, start.addDays(i / 4).toString(QStringLiteral("yyyy/MM/dd")))
                                 .arg(i % 4 + 1, 2, 10, QLatin1Char('0'));
        // A trailing line keeps every file's hash distinct.
        QVERIFY(writeFile(path, readFile(samplePath(sample)) + "\n" + QByteArray::number(i) + "\n"));
        sampleOf.insert(path, sample);
    }
    const QString libraryPath = dir.filePath(QStringLiteral("lib.kanbao"));
    QProcess process;
    process.setProgram(cli);
    process.setArguments({QStringLiteral("import"), QStringLiteral("--library"), libraryPath, root});
    process.start();
    QVERIFY(process.waitForStarted());

    // Read alongside until some files are in, then kill without warning.
    int reads = 0;
    QByteArray errOutput;
    while (process.state() == QProcess::Running && errOutput.count("imported") < 12) {
        process.waitForReadyRead(50);
        errOutput += process.readAllStandardError();
        if (QFileInfo::exists(libraryPath) && errOutput.count("imported") >= 2) {
            Library reader;
            LibraryOpenOptions options;
            options.create = false;
            QVERIFY2(reader.open(libraryPath, options), qPrintable(reader.errorString()));
            LibraryStore store(reader);
            reader.clearError();
            store.issues();
            QCOMPARE(reader.error(), LibraryError::None);
            ++reads;
        }
    }
    QVERIFY2(process.state() == QProcess::Running, "the import finished before it could be killed; make it longer");
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QVERIFY(reads > 0);

    Library library;
    QVERIFY2(library.open(libraryPath), qPrintable(library.errorString()));
    QCOMPARE(checkConsistency(library), QString());
    const int stored = count(library, QStringLiteral("pages"));
    QVERIFY(stored >= 12);
    QVERIFY(stored < 160);
    // Every stored file is whole.
    QSqlQuery q(library.database());
    QVERIFY(q.exec(QStringLiteral("SELECT p.source_path, (SELECT count(*) FROM articles a WHERE a.page_id = p.id),"
                                  " (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
                                  "  WHERE a.page_id = p.id) FROM pages p")));
    while (q.next()) {
        const Expected e = expectedBySample.value(sampleOf.value(q.value(0).toString()));
        QCOMPARE(q.value(1).toInt(), e.articles);
        QCOMPARE(q.value(2).toInt(), e.mentions);
    }
    q.finish();
    QCOMPARE(count(library, QStringLiteral("issues i"), QStringLiteral("NOT EXISTS (SELECT 1 FROM pages p WHERE p.issue_id = i.id)")), 0);

    // Importing again finishes the job and redoes nothing.
    Importer importer(library);
    const ImportSummary rest = importer.importPaths({root});
    QCOMPARE(rest.unchanged, stored);
    QCOMPARE(rest.imported, 160 - stored);
    QCOMPARE(checkConsistency(library), QString());
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
