// Corrections as undo commands on the notes' undo stack (issue 13): each kind pushed, undone and redone
// headlessly, mixed with a notes command on the same stack; a refused correction stays off the stack.
#include "library/corrections.h"
#include "library/library.h"
#include "notes/citation.h"
#include "notes/correctioncommands.h"
#include "notes/notescommands.h"
#include "notes/notesstore.h"
#include "notestestlibrary.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace kanbao;

namespace {

// The notes' test library writes articles without their full-text rows; a correction rewrites them.
bool indexArticles(Library &library)
{
    QSqlQuery q(library.database());
    return q.exec(QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('rebuild')"));
}

QString pageRows(Library &library)
{
    QSqlQuery q(library.database());
    q.exec(QStringLiteral(
        "SELECT a.id, a.seq, coalesce(a.headline, ''), coalesce(a.kicker, ''), a.hidden, a.body,"
        " pp.name, i.date, coalesce(a.subheadline, ''), a.reporters || a.correspondents FROM articles a JOIN "
        "pages p ON p.id = a.page_id JOIN issues i ON"
        " i.id = p.issue_id JOIN papers pp ON pp.id = i.paper_id ORDER BY a.id"));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    QSqlQuery c(library.database());
    c.exec(QStringLiteral("SELECT count(*) FROM corrections"));
    c.next();
    rows << c.value(0).toString();
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestCorrectionCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void undoRedo_data();
    void undoRedo();
    void refusedCorrectionStaysOffTheStack();
    void sharesTheStackWithNotes();
    void citationFollowsAByline();
};

void TestCorrectionCommands::undoRedo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("onSecond"); // corrects the page's second article rather than the first
    QTest::newRow("split-before") << QStringLiteral("split-before") << QStringLiteral("第二篇开头") << false;
    QTest::newRow("merge-next") << QStringLiteral("merge-next") << QString() << false;
    QTest::newRow("headline") << QStringLiteral("headline") << QStringLiteral("改正的标题") << false;
    QTest::newRow("kicker") << QStringLiteral("kicker") << QStringLiteral("引题") << false;
    QTest::newRow("not-article") << QStringLiteral("not-article") << QString() << false;
    QTest::newRow("paper") << QStringLiteral("paper") << QStringLiteral("孟州日报") << false;
    QTest::newRow("date") << QStringLiteral("date") << QStringLiteral("2023-12-04") << false;
    QTest::newRow("merge-previous") << QStringLiteral("merge-previous") << QString() << true;
    QTest::newRow("subheadline") << QStringLiteral("subheadline") << QStringLiteral("副题") << false;
    QTest::newRow("line-as-headline")
        << QStringLiteral("line-as-headline") << QStringLiteral("第二篇开头") << false;
    QTest::newRow("line-as-kicker") << QStringLiteral("line-as-kicker") << QStringLiteral("第二篇开头")
                                    << false;
    QTest::newRow("line-as-subheadline")
        << QStringLiteral("line-as-subheadline") << QStringLiteral("第二篇开头") << false;
    QTest::newRow("byline") << QStringLiteral("byline") << QStringLiteral("记者 张三；通讯员 李四") << false;
    QTest::newRow("move-to-next") << QStringLiteral("move-to-next") << QStringLiteral("第二篇开头") << false;
    QTest::newRow("move-to-previous")
        << QStringLiteral("move-to-previous") << QStringLiteral("第三篇的正文") << true;
}

void TestCorrectionCommands::undoRedo()
{
    QFETCH(QString, kind);
    QFETCH(QString, argument);
    QFETCH(bool, onSecond);
    test::NotesTestLibrary lib;
    QVERIFY(lib.create());
    test::SampleArticle first;
    first.headline = QStringLiteral("第一篇");
    first.body = QStringLiteral("第一篇的正文。\n第二篇开头，另一件事。");
    const qint64 a = lib.addArticle(first);
    test::SampleArticle second = first;
    second.seq = 1;
    second.headline = QStringLiteral("第三篇");
    second.body = QStringLiteral("第三篇的正文。\n第三篇的第二段。");
    const qint64 b = lib.addArticle(second);
    QVERIFY(b > 0);
    QVERIFY(indexArticles(lib.library()));

    CorrectionsStore store(lib.library());
    const CorrectionKind k = *correctionKindFromName(kind);
    const qint64 target = isPageCorrection(k) ? *store.pageOfArticle(a) : (onSecond ? b : a);
    QUndoStack stack;
    const QString before = pageRows(lib.library());
    auto *command = new CorrectionCommand(&store, target, k, argument);
    const auto outcome = command->outcome();
    stack.push(command);
    QVERIFY2(outcome->ok, qPrintable(outcome->error));
    QVERIFY(outcome->id > 0);
    QCOMPARE(stack.count(), 1);
    QVERIFY(!stack.undoText().isEmpty());
    const QString after = pageRows(lib.library());
    QVERIFY(after != before);

    stack.undo();
    QCOMPARE(pageRows(lib.library()), before);
    stack.redo();
    QCOMPARE(pageRows(lib.library()), after);
    stack.undo();
    QCOMPARE(pageRows(lib.library()), before);
}

void TestCorrectionCommands::refusedCorrectionStaysOffTheStack()
{
    test::NotesTestLibrary lib;
    QVERIFY(lib.create());
    test::SampleArticle article;
    article.headline = QStringLiteral("标题");
    article.body = QStringLiteral("正文。");
    const qint64 a = lib.addArticle(article);
    QVERIFY(indexArticles(lib.library()));
    CorrectionsStore store(lib.library());
    QUndoStack stack;
    auto *command = new CorrectionCommand(&store, a, CorrectionKind::SplitBefore, QStringLiteral("没有这句"));
    const auto outcome = command->outcome();
    stack.push(command);
    QVERIFY(!outcome->ok);
    QVERIFY(outcome->error.contains(QStringLiteral("没有这句")));
    QCOMPARE(stack.count(), 0);
}

void TestCorrectionCommands::sharesTheStackWithNotes()
{
    test::NotesTestLibrary lib;
    QVERIFY(lib.create());
    test::SampleArticle article;
    article.headline = QStringLiteral("标题");
    article.body = QStringLiteral("第一段。\n第二段的要点在这里。");
    const qint64 a = lib.addArticle(article);
    QVERIFY(indexArticles(lib.library()));
    NotesStore notes(lib.library());
    CorrectionsStore corrections(lib.library());
    QUndoStack stack;
    const QString quote = QStringLiteral("要点在这里");
    const int start = int(article.body.indexOf(quote));
    const std::optional<Annotation> highlight = notes.makeHighlight(
        a, TextSpan{start, start + int(quote.size())}, QStringLiteral("yellow"), QString());
    QVERIFY(highlight);
    auto *add = new AddAnnotationCommand(&notes, *highlight);
    stack.push(add);
    const qint64 noteId = add->outcome()->id;
    stack.push(new CorrectionCommand(&corrections, a, CorrectionKind::SplitBefore, QStringLiteral("第二段")));
    QCOMPARE(stack.count(), 2);
    const qint64 b = corrections.pageState(*corrections.pageOfArticle(a))->articleIds.at(1);
    QCOMPARE(notes.annotation(noteId)->articleId, b); // the highlight went with its text
    stack.undo();
    QCOMPARE(notes.annotation(noteId)->articleId, a);
    stack.undo();
    QVERIFY(!notes.annotation(noteId));
    stack.redo();
    stack.redo();
    QCOMPARE(notes.annotation(noteId)->articleId, b);
    retranslateNotesCommands(&stack); // corrections are retranslated with the notes' commands
    QVERIFY(stack.text(1).contains(QStringLiteral("第二段")));
}

void TestCorrectionCommands::citationFollowsAByline()
{
    // Exports cite an article from what is stored: a corrected byline is cited at once, and undone.
    test::NotesTestLibrary lib;
    QVERIFY(lib.create());
    test::SampleArticle article;
    article.headline = QStringLiteral("标题");
    article.body = QStringLiteral("正文。");
    const qint64 a = lib.addArticle(article);
    QVERIFY(indexArticles(lib.library()));
    NotesStore notes(lib.library());
    CorrectionsStore corrections(lib.library());
    QUndoStack stack;
    const QString before = formatCitation(*notes.citation(a), CitationStyle::GbT7714);
    QVERIFY(!before.contains(QStringLiteral("王小五")));
    stack.push(new CorrectionCommand(&corrections, a, CorrectionKind::Byline, QStringLiteral("记者 王小五")));
    QCOMPARE(stack.count(), 1);
    QVERIFY2(formatCitation(*notes.citation(a), CitationStyle::GbT7714).contains(QStringLiteral("王小五")),
             qPrintable(formatCitation(*notes.citation(a), CitationStyle::GbT7714)));
    stack.undo();
    QCOMPARE(formatCitation(*notes.citation(a), CitationStyle::GbT7714), before);
}

QTEST_GUILESS_MAIN(TestCorrectionCommands)
#include "tst_correctioncommands.moc"
