// Imports recorded (schema step 6 -> 7): each run of the importer with what it was given, its pages and each
// page's import; a replaced page goes to the import that replaced it; an import that wrote nothing is not
// kept; the pages of one import for a bulk metadata edit (one transaction, undone in one step); an unknown
// import refused. And layout corrections made before the pages were stored (the import wizard's preview:
// ImportFilePlan::corrections): applied when the file is written, kept and applied again on re-import.
#include "import/importer.h"
#include "import/pagefile.h"
#include "library/corrections.h"
#include "library/librarystore.h"
#include "librarytesthelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

QByteArray pageBytes(const QString &headline, const QStringList &paragraphs)
{
    return (QStringLiteral("# ") + headline + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n")) +
            QStringLiteral("\n\n"))
        .toUtf8();
}

const QString GluedStart = QStringLiteral("3月3日，孟州市举办春季招聘会");

QByteArray gluedPage(const QString &extra = QString())
{
    return pageBytes(QStringLiteral("温县召开经济工作会议"),
                     {QStringLiteral("本报讯 3月4日，温县召开全县经济工作会议，县委书记王建国出席并讲话。"),
                      QStringLiteral("会议要求，各乡镇要抓好项目建设，确保全年目标完成。") + extra,
                      GluedStart + QStringLiteral("，市长李明远到场察看。"),
                      QStringLiteral("招聘会共提供岗位两千余个，吸引求职者五千多人。")}) +
           pageBytes(QStringLiteral("家具城开业"), {QStringLiteral("某某家具城开业大酬宾，欢迎惠顾，电话12345678。")});
}

QStringList storedHeadlinesAndStarts(Library &library)
{
    QSqlQuery q(library.database());
    q.exec(QStringLiteral("SELECT coalesce(headline, ''), substr(body, 1, 8), hidden FROM articles ORDER BY page_id, seq"));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') +
                    q.value(2).toString();
    return rows;
}

} // namespace

class TestImports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importsAreRecorded();
    void pagesOfOneImportInOneStep();
    void unknownImportIsRefused();
    void previewCorrectionsAreStoredWithThePages_data();
    void previewCorrectionsAreStoredWithThePages();
    void previewCorrectionOnAnUnchangedFile();
};

void TestImports::importsAreRecorded()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first"));
    const QString second = dir.filePath(QStringLiteral("second"));
    QVERIFY(writeFile(first + QStringLiteral("/2024-03-05/01.md"), pageBytes(QStringLiteral("甲"), {QStringLiteral("本报讯 甲乙会议召开。")})));
    QVERIFY(writeFile(first + QStringLiteral("/2024-03-06/01.md"), pageBytes(QStringLiteral("乙"), {QStringLiteral("本报讯 丙丁会议召开。")})));
    QVERIFY(writeFile(second + QStringLiteral("/2024-03-07/01.md"), pageBytes(QStringLiteral("丙"), {QStringLiteral("本报讯 戊己会议召开。")})));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    const ImportSummary one = importer.importPaths({first});
    QCOMPARE(one.pages, 2);
    QVERIFY(one.importId > 0);
    // Nothing new: no import recorded.
    const ImportSummary again = importer.importPaths({first});
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(again.importId, 0);
    QCOMPARE(count(library, QStringLiteral("imports")), 1);

    // The second import: another folder and a changed file of the first.
    QVERIFY(writeFile(first + QStringLiteral("/2024-03-06/01.md"), pageBytes(QStringLiteral("乙"), {QStringLiteral("本报讯 丙丁会议召开，有所改动。")})));
    const ImportSummary two = importer.importPaths({second, first + QStringLiteral("/2024-03-06")});
    QCOMPARE(two.pages, 2);
    QVERIFY(two.importId > one.importId);

    CorrectionsStore store(library);
    const std::optional<QList<ImportRecord>> imports = store.imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 2);
    QCOMPARE(imports->at(0).id, one.importId);
    QCOMPARE(imports->at(0).sources, QStringList{QFileInfo(first).absoluteFilePath()});
    QCOMPARE(imports->at(0).pagesWritten, 2);
    QCOMPARE(imports->at(0).pages, 1); // its second page was replaced by the later import
    QCOMPARE(imports->at(1).sources.size(), 2);
    QCOMPARE(imports->at(1).pages, 2);
    QVERIFY(imports->at(1).startedAt.isValid());
    QVERIFY(imports->at(1).startedAt >= imports->at(0).startedAt);

    const std::optional<QList<PageState>> ofFirst = store.pagesOfImport(one.importId);
    QVERIFY(ofFirst);
    QCOMPARE(ofFirst->size(), 1);
    QVERIFY(ofFirst->first().sourcePath.endsWith(QStringLiteral("2024-03-05/01.md")));
    const std::optional<QList<PageState>> ofSecond = store.pagesOfImport(two.importId);
    QVERIFY(ofSecond);
    QCOMPARE(ofSecond->size(), 2);
    QCOMPARE(count(library, QStringLiteral("pages"), QStringLiteral("import_id IS NULL")), 0);
    QCOMPARE(checkConsistency(library, false), QString());
}

void TestImports::pagesOfOneImportInOneStep()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first"));
    const QString second = dir.filePath(QStringLiteral("second"));
    QVERIFY(writeFile(first + QStringLiteral("/2024-03-05/01.md"), pageBytes(QStringLiteral("甲"), {QStringLiteral("本报讯 甲乙会议召开。")})));
    QVERIFY(writeFile(second + QStringLiteral("/2024-03-06/01.md"), pageBytes(QStringLiteral("乙"), {QStringLiteral("本报讯 丙丁会议召开。")})));
    QVERIFY(writeFile(second + QStringLiteral("/2024-03-07/01.md"), pageBytes(QStringLiteral("丙"), {QStringLiteral("本报讯 戊己会议召开。")})));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QVERIFY(importer.importPaths({first}).importId > 0);
    const qint64 secondImport = importer.importPaths({second}).importId;
    QVERIFY(secondImport > 0);

    CorrectionsStore store(library);
    const std::optional<QList<PageState>> pages = store.pagesOfImport(secondImport);
    QVERIFY(pages);
    QList<qint64> ids;
    for (const PageState &page : *pages)
        ids << page.pageId;
    QCOMPARE(ids.size(), 2);
    const std::optional<PagesChange> change = store.correctPages(ids, {PageEdit{CorrectionKind::Paper, QStringLiteral("孟州日报")}});
    QVERIFY2(change, qPrintable(store.errorString()));
    QCOMPARE(change->corrections.size(), 2);
    const auto papers = [&library] {
        return scalar(library, QStringLiteral("SELECT group_concat(n, ',') FROM (SELECT pp.name AS n FROM pages p"
                                              " JOIN issues i ON i.id = p.issue_id JOIN papers pp ON pp.id ="
                                              " i.paper_id ORDER BY p.source_path)"))
            .toString();
    };
    const QString firstPaper = scalar(library, QStringLiteral("SELECT pp.name FROM pages p JOIN issues i ON i.id ="
                                                              " p.issue_id JOIN papers pp ON pp.id = i.paper_id"
                                                              " ORDER BY p.source_path LIMIT 1"))
                                   .toString();
    QCOMPARE(papers(), firstPaper + QStringLiteral(",孟州日报,孟州日报"));
    // One step back: both pages where they stood.
    QVERIFY(store.undo(*change));
    QVERIFY(!papers().contains(QStringLiteral("孟州日报")));
    QCOMPARE(count(library, QStringLiteral("corrections")), 0);
    QVERIFY(store.redo(*change));
    QCOMPARE(papers(), firstPaper + QStringLiteral(",孟州日报,孟州日报"));
}

void TestImports::unknownImportIsRefused()
{
    QTemporaryDir dir;
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    CorrectionsStore store(library);
    QVERIFY(!store.pagesOfImport(42));
    QCOMPARE(store.error(), CorrectionsStore::Error::BadInput);
    QVERIFY(store.errorString().contains(QStringLiteral("42")));
    const std::optional<QList<ImportRecord>> imports = store.imports();
    QVERIFY(imports);
    QVERIFY(imports->isEmpty());
}

void TestImports::previewCorrectionsAreStoredWithThePages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QStringList>("expected"); // headline|first 8 of the body|hidden, per stored article
    QTest::newRow("split") << int(CorrectionKind::SplitBefore) << 0 << GluedStart.left(10)
                           << QStringList{QStringLiteral("温县召开经济工作会议|3月4日，温县召|0"),
                                          QStringLiteral("|3月3日，孟州市|0"), QStringLiteral("家具城开业|某某家具城开业大|0")};
    QTest::newRow("merge-next") << int(CorrectionKind::MergeNext) << 0 << QString()
                                << QStringList{QStringLiteral("温县召开经济工作会议|3月4日，温县召|0")};
    QTest::newRow("merge-previous") << int(CorrectionKind::MergePrevious) << 1 << QString()
                                    << QStringList{QStringLiteral("温县召开经济工作会议|3月4日，温县召|0")};
    QTest::newRow("line-as-headline") << int(CorrectionKind::LineAsHeadline) << 0 << GluedStart.left(10)
                                      << QStringList{QStringLiteral("3月3日，孟州市举办春季招聘会，市长李明远到场察看。|3月4日，温县召|0"),
                                                     QStringLiteral("家具城开业|某某家具城开业大|0")};
    QTest::newRow("not-article") << int(CorrectionKind::NotArticle) << 1 << QString()
                                 << QStringList{QStringLiteral("温县召开经济工作会议|3月4日，温县召|0"),
                                                QStringLiteral("家具城开业|某某家具城开业大|1")};
}

void TestImports::previewCorrectionsAreStoredWithThePages()
{
    QFETCH(int, kind);
    QFETCH(int, article);
    QFETCH(QString, argument);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("archive"));
    const QString file = archive + QStringLiteral("/2024-03-05/01.md");
    QVERIFY(writeFile(file, gluedPage()));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QList<ImportFilePlan> plan = importer.scan({archive});
    QCOMPARE(plan.size(), 1);

    // The correction made on the pages as the preview reconstructs them.
    const PageFile read = readPageFile(plan.first().path, nullptr);
    QVERIFY(read.ok());
    QCOMPARE(read.pages.first().articles.size(), 2);
    QString why;
    const std::optional<LayoutEdit> edit = CorrectionsStore::makeLayoutCorrection(
        read.pages.first().articles, article, CorrectionKind(kind), argument, article + 1, &why);
    QVERIFY2(edit, qPrintable(why));
    Correction correction = edit->correction;
    correction.sourceIndex = 0;
    plan.first().corrections = {correction};
    const ImportSummary summary = importer.importPlan(plan);
    QCOMPARE(summary.imported, 1);
    QCOMPARE(storedHeadlinesAndStarts(library), expected);

    // Kept as the library keeps the corrections of stored pages: listed, applied.
    CorrectionsStore store(library);
    QList<Correction> kept = store.corrections();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().kind, CorrectionKind(kind));
    QCOMPARE(kept.first().state, CorrectionState::Applied);
    QCOMPARE(kept.first().sourcePath, plan.first().path);

    // A changed file imported again (no corrections given this time): the correction applies again.
    QVERIFY(writeFile(file, gluedPage(QStringLiteral("会议还强调了安全生产。"))));
    const ImportSummary again = importer.importPaths({archive});
    QCOMPARE(again.replaced, 1);
    QCOMPARE(storedHeadlinesAndStarts(library), expected);
    kept = store.corrections();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().state, CorrectionState::Applied);
    QCOMPARE(checkConsistency(library, false), QString());
}

// A file the library has unchanged is written again when the preview corrected it; the same correction
// made again on a later import is kept once.
void TestImports::previewCorrectionOnAnUnchangedFile()
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("archive"));
    QVERIFY(writeFile(archive + QStringLiteral("/2024-03-05/01.md"), gluedPage()));
    Library library;
    QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
    Importer importer(library);
    QCOMPARE(importer.importPaths({archive}).imported, 1);
    QCOMPARE(count(library, QStringLiteral("articles")), 2);

    for (int round = 0; round < 2; ++round) {
        QList<ImportFilePlan> plan = importer.scan({archive});
        QCOMPARE(plan.first().state, ImportFilePlan::Unchanged);
        const PageFile read = readPageFile(plan.first().path, nullptr);
        const std::optional<LayoutEdit> edit = CorrectionsStore::makeLayoutCorrection(
            read.pages.first().articles, 0, CorrectionKind::SplitBefore, GluedStart.left(10), 1);
        QVERIFY(edit);
        plan.first().corrections = {edit->correction};
        const ImportSummary summary = importer.importPlan(plan);
        QCOMPARE(summary.failed.size(), 0);
        QCOMPARE(count(library, QStringLiteral("articles")), 3);
        QCOMPARE(count(library, QStringLiteral("corrections")), 1);
    }
}

QTEST_GUILESS_MAIN(TestImports)
#include "tst_imports.moc"
