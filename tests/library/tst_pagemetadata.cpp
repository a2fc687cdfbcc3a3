// Metadata corrections of pages (issue 13): paper, date, page label and section for one page, several, or
// every page of a folder, in one transaction; what follows them (calendar, search, the article's paper);
// confirming a guessed date; undo and redo; re-import keeping them; bad input leaving the library as it was.
#include "import/importer.h"
#include "library/corrections.h"
#include "library/librarystore.h"
#include "library/search.h"
#include "librarytesthelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

// A page of one article in Markdown; `words` makes pages tell apart in search.
QByteArray pageBytes(const QString &headline, const QString &words)
{
    return (QStringLiteral("# ") + headline + QStringLiteral("\n\n本报讯 ") + words +
            QStringLiteral("，县委书记王建国出席并讲话。会议要求各乡镇抓好项目建设。\n\n"))
        .toUtf8();
}

QStringList searchPapers(Library &library, const QString &word)
{
    SearchRequest request;
    request.query = word;
    QSqlDatabase db = library.database();
    QStringList papers;
    for (const SearchHit &hit : search(db, request).hits)
        papers << hit.paper;
    return papers;
}

} // namespace

class TestPageMetadata : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void folderScopeIsExact();
    void bulkPaperForAFolder();
    void eachKindOnSeveralPages_data();
    void eachKindOnSeveralPages();
    void confirmingAGuessedDate();
    void correctionsSurviveReimport();
    void badInputLeavesLibraryUnchanged_data();
    void badInputLeavesLibraryUnchanged();

private:
    QList<qint64> pagesOf(const QString &folder);
    QString snapshot();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QString m_archive; // three pages of "archive" whose folder names no paper, one of 焦作日报
};

void TestPageMetadata::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive"));
    // Dated by path, papers by folder: two issues of "archive", one of 焦作日报.
    QVERIFY(writeFile(m_archive + QStringLiteral("/2024-03-05/01.md"),
                      pageBytes(QStringLiteral("温县召开经济工作会议"), QStringLiteral("甲乙会议"))));
    QVERIFY(writeFile(m_archive + QStringLiteral("/2024-03-05/02.md"),
                      pageBytes(QStringLiteral("武陟县部署春耕生产"), QStringLiteral("丙丁部署"))));
    QVERIFY(writeFile(m_archive + QStringLiteral("/2024-03-06/01.md"),
                      pageBytes(QStringLiteral("孟州市举办招聘会"), QStringLiteral("戊己招聘"))));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("焦作日报/2024/03/05/A01.md")),
                      pageBytes(QStringLiteral("焦作市召开大会"), QStringLiteral("庚辛大会"))));
    m_library = std::make_unique<Library>();
    QVERIFY(m_library->open(m_dir->filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(*m_library);
    const ImportSummary summary = importer.importPaths({m_archive, m_dir->filePath(QStringLiteral("焦作日报"))});
    QVERIFY(summary.failed.isEmpty());
    QCOMPARE(summary.imported, 4);
}

void TestPageMetadata::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

QList<qint64> TestPageMetadata::pagesOf(const QString &folder)
{
    CorrectionsStore store(*m_library);
    QList<qint64> ids;
    for (const PageState &p : store.pagesUnder(folder).value_or(QList<PageState>()))
        ids << p.pageId;
    return ids;
}

// Where every page stands and every correction, to tell a library unchanged.
QString TestPageMetadata::snapshot()
{
    QSqlQuery q(m_library->database());
    QStringList rows;
    // Not the issue's id: an issue emptied by a correction is gone, and its undo makes it anew.
    q.exec(QStringLiteral("SELECT p.id, i.edition, pp.name, i.date, i.date_guessed, p.label, p.section FROM pages"
                          " p JOIN issues i ON i.id = p.issue_id JOIN papers pp ON pp.id = i.paper_id ORDER BY p.id"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i)
            row << q.value(i).toString();
        rows << row.join(QLatin1Char('|'));
    }
    rows << QString::number(count(*m_library, QStringLiteral("corrections")));
    return rows.join(QLatin1Char('\n'));
}

void TestPageMetadata::folderScopeIsExact()
{
    QCOMPARE(pagesOf(m_archive).size(), 3);
    QCOMPARE(pagesOf(m_archive + QStringLiteral("/2024-03-05")).size(), 2);
    // A folder whose name starts like another's is not inside it.
    QCOMPARE(pagesOf(m_archive + QStringLiteral("/2024-03-0")).size(), 0);
    QCOMPARE(pagesOf(m_dir->path()).size(), 4);
    QCOMPARE(pagesOf(QString()).size(), 4);
}

void TestPageMetadata::bulkPaperForAFolder()
{
    Library &library = *m_library;
    LibraryStore reader(library);
    CorrectionsStore store(library);
    QCOMPARE(searchPapers(library, QStringLiteral("甲乙会议")), QStringList{QStringLiteral("archive")});
    const int papersBefore = int(reader.papers().size());
    QCOMPARE(papersBefore, 2);

    const std::optional<PagesChange> change =
        store.correctPages(pagesOf(m_archive), {PageEdit{CorrectionKind::Paper, QStringLiteral("焦作日报")}});
    QVERIFY2(change, qPrintable(store.errorString()));
    QCOMPARE(change->after.size(), 3);
    QCOMPARE(change->corrections.size(), 3);
    // The calendar: one paper now, its issue of 03-05 holding the three pages of that day.
    QCOMPARE(reader.papers().size(), 1);
    QCOMPARE(reader.papers().first().name, QStringLiteral("焦作日报"));
    const QList<IssueSummary> issues = reader.issues(QDate(), QDate(), 0, LibraryStore::Order::OldestFirst);
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.first().date, QDate(2024, 3, 5));
    QCOMPARE(issues.first().pages, 3);
    // Search and the article (what citations read) follow at once.
    QCOMPARE(searchPapers(library, QStringLiteral("甲乙会议")), QStringList{QStringLiteral("焦作日报")});
    QCOMPARE(searchPapers(library, QStringLiteral("戊己招聘")), QStringList{QStringLiteral("焦作日报")});
    const qint64 article =
        scalar(library, QStringLiteral("SELECT id FROM articles WHERE headline = '孟州市举办招聘会'")).toLongLong();
    QCOMPARE(reader.article(article)->paper, QStringLiteral("焦作日报"));

    // One step back: every page where it was, the corrections forgotten; and forward again.
    QVERIFY(store.undo(*change));
    QCOMPARE(reader.papers().size(), 2);
    QCOMPARE(searchPapers(library, QStringLiteral("甲乙会议")), QStringList{QStringLiteral("archive")});
    QCOMPARE(count(library, QStringLiteral("corrections")), 0);
    QVERIFY(store.redo(*change));
    QCOMPARE(reader.papers().size(), 1);
    QCOMPARE(count(library, QStringLiteral("corrections")), 3);
    QCOMPARE(store.corrections().first().id, change->corrections.first().id);
    QVERIFY(checkConsistency(library).isEmpty());
}

void TestPageMetadata::eachKindOnSeveralPages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paper") << int(CorrectionKind::Paper) << QStringLiteral("温县报") << QStringLiteral("pp.name")
                           << QStringLiteral("温县报");
    QTest::newRow("date") << int(CorrectionKind::Date) << QStringLiteral("2024-03-09") << QStringLiteral("i.date")
                          << QStringLiteral("2024-03-09");
    QTest::newRow("label") << int(CorrectionKind::PageLabel) << QStringLiteral("A05") << QStringLiteral("p.label")
                           << QStringLiteral("A05");
    QTest::newRow("section") << int(CorrectionKind::Section) << QStringLiteral("温县新闻")
                             << QStringLiteral("p.section") << QStringLiteral("温县新闻");
}

void TestPageMetadata::eachKindOnSeveralPages()
{
    QFETCH(int, kind);
    QFETCH(QString, argument);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    Library &library = *m_library;
    CorrectionsStore store(library);
    const QList<qint64> pages = pagesOf(m_archive + QStringLiteral("/2024-03-05"));
    QCOMPARE(pages.size(), 2);
    const QString before = snapshot();
    const std::optional<PagesChange> change = store.correctPages(pages, {PageEdit{CorrectionKind(kind), argument}});
    QVERIFY2(change, qPrintable(store.errorString()));
    const QString value = QStringLiteral("SELECT %1 FROM pages p JOIN issues i ON i.id = p.issue_id JOIN papers pp"
                                         " ON pp.id = i.paper_id WHERE p.id = ?")
                              .arg(column);
    for (const qint64 page : pages)
        QCOMPARE(scalar(library, value, {page}).toString(), expected);
    // The third page of the folder was not chosen.
    const qint64 other = pagesOf(m_archive + QStringLiteral("/2024-03-06")).first();
    QVERIFY(scalar(library, value, {other}).toString() != expected);
    QVERIFY(store.undo(*change));
    QCOMPARE(snapshot(), before);
    QVERIFY(store.redo(*change));
    for (const qint64 page : pages)
        QCOMPARE(scalar(library, value, {page}).toString(), expected);
    // Asking again changes nothing: refused, not stored twice.
    QVERIFY(!store.correctPages(pages, {PageEdit{CorrectionKind(kind), argument}}));
    QCOMPARE(store.error(), CorrectionsStore::Error::BadInput);
    QCOMPARE(count(library, QStringLiteral("corrections")), 2);
}

void TestPageMetadata::confirmingAGuessedDate()
{
    Library &library = *m_library;
    LibraryStore reader(library);
    CorrectionsStore store(library);
    const qint64 page = pagesOf(m_archive + QStringLiteral("/2024-03-06")).first();
    // Plant a guess, as an import from the text or the file time leaves it.
    QVERIFY(exec(library, QStringLiteral("UPDATE issues SET date_guessed = 1 WHERE id = (SELECT issue_id FROM pages"
                                         " WHERE id = ?)"),
                 {page}));
    const qint64 article =
        scalar(library, QStringLiteral("SELECT id FROM articles WHERE page_id = ?"), {page}).toLongLong();
    QVERIFY(reader.article(article)->dateGuessed);
    const std::optional<PagesChange> confirm = store.correctPages({page}, {PageEdit{CorrectionKind::Date, {}}});
    QVERIFY2(confirm, qPrintable(store.errorString()));
    QVERIFY(!reader.article(article)->dateGuessed);
    QCOMPARE(reader.article(article)->date, QDate(2024, 3, 6));
    QCOMPARE(confirm->corrections.first().argument, QStringLiteral("2024-03-06"));
    QVERIFY(store.undo(*confirm));
    QVERIFY(reader.article(article)->dateGuessed);
    QVERIFY(store.redo(*confirm));
    QVERIFY(!reader.article(article)->dateGuessed);
    // A confirmed date has nothing left to confirm.
    QVERIFY(!store.correctPages({page}, {PageEdit{CorrectionKind::Date, {}}}));

    // Any date correction confirms too.
    const qint64 other = pagesOf(m_archive + QStringLiteral("/2024-03-05")).first();
    QVERIFY(exec(library, QStringLiteral("UPDATE issues SET date_guessed = 1 WHERE id = (SELECT issue_id FROM pages"
                                         " WHERE id = ?)"),
                 {other}));
    QVERIFY(store.correctPage(other, CorrectionKind::Date, QStringLiteral("2024-03-04")));
    const qint64 otherArticle =
        scalar(library, QStringLiteral("SELECT id FROM articles WHERE page_id = ?"), {other}).toLongLong();
    QVERIFY(!reader.article(otherArticle)->dateGuessed);
}

void TestPageMetadata::correctionsSurviveReimport()
{
    Library &library = *m_library;
    CorrectionsStore store(library);
    const QList<qint64> pages = pagesOf(m_archive);
    QVERIFY(store.correctPages(pages, {PageEdit{CorrectionKind::Paper, QStringLiteral("焦作日报")},
                                       PageEdit{CorrectionKind::Section, QStringLiteral("县区新闻")}}));
    // One file changed, imported again: its page is rebuilt and keeps paper and section.
    const QString changed = m_archive + QStringLiteral("/2024-03-06/01.md");
    QVERIFY(writeFile(changed, pageBytes(QStringLiteral("孟州市举办招聘会"), QStringLiteral("戊己招聘改"))));
    Importer importer(library);
    const ImportSummary summary = importer.importPaths({m_archive});
    QCOMPARE(summary.replaced, 1);
    QCOMPARE(summary.unchanged, 2);
    QCOMPARE(scalar(library, QStringLiteral("SELECT pp.name || '|' || p.section FROM pages p JOIN issues i ON i.id ="
                                            " p.issue_id JOIN papers pp ON pp.id = i.paper_id WHERE p.source_path = ?"),
                    {changed})
                 .toString(),
             QStringLiteral("焦作日报|县区新闻"));
    QCOMPARE(count(library, QStringLiteral("corrections")), 6);
    for (const Correction &c : store.corrections())
        QCOMPARE(c.state, CorrectionState::Applied);
    QCOMPARE(LibraryStore(library).papers().size(), 1);
}

void TestPageMetadata::badInputLeavesLibraryUnchanged_data()
{
    QTest::addColumn<QList<qint64>>("pages");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("argument");
    QTest::newRow("unknown page") << QList<qint64>{1, 999} << int(CorrectionKind::Paper) << QStringLiteral("温县报");
    QTest::newRow("no pages") << QList<qint64>{} << int(CorrectionKind::Paper) << QStringLiteral("温县报");
    QTest::newRow("empty paper") << QList<qint64>{1, 2} << int(CorrectionKind::Paper) << QStringLiteral("  ");
    QTest::newRow("bad date") << QList<qint64>{1, 2} << int(CorrectionKind::Date) << QStringLiteral("2024-02-30");
    QTest::newRow("article kind") << QList<qint64>{1} << int(CorrectionKind::Headline) << QStringLiteral("标题");
}

void TestPageMetadata::badInputLeavesLibraryUnchanged()
{
    QFETCH(QList<qint64>, pages);
    QFETCH(int, kind);
    QFETCH(QString, argument);
    CorrectionsStore store(*m_library);
    const QString before = snapshot();
    QVERIFY(!store.correctPages(pages, {PageEdit{CorrectionKind(kind), argument}}));
    QCOMPARE(store.error(), CorrectionsStore::Error::BadInput);
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestPageMetadata)
#include "tst_pagemetadata.moc"
