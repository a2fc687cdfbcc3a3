// Corrections as undo commands on the notes' undo stack (issue 13): each kind pushed, undone and redone
// headlessly, mixed with a notes command on the same stack; a refused correction stays off the stack.
#include "library/corrections.h"
#include "library/library.h"
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
        " pp.name, i.date FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON"
        " i.id = p.issue_id JOIN papers pp ON pp.id = i.paper_id ORDER BY a.id"));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i)
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
};

void TestCorrectionCommands::undoRedo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("argument");
    QTest::newRow("split-before") << QStringLiteral("split-before") << QStringLiteral("第二篇开头");
    QTest::newRow("merge-next") << QStringLiteral("merge-next") << QString();
    QTest::newRow("headline") << QStringLiteral("headline") << QStringLiteral("改正的标题");
    QTest::newRow("kicker") << QStringLiteral("kicker") << QStringLiteral("引题");
    QTest::newRow("not-article") << QStringLiteral("not-article") << QString();
    QTest::newRow("paper") << QStringLiteral("paper") << QStringLiteral("孟州日报");
    QTest::newRow("date") << QStringLiteral("date") << QStringLiteral("2023-12-04");
}

void TestCorrectionCommands::undoRedo()
{
    QFETCH(QString, kind);
    QFETCH(QString, argument);
    test::NotesTestLibrary lib;
    QVERIFY(lib.create());
    test::SampleArticle first;
    first.headline = QStringLiteral("第一篇");
    first.body = QStringLiteral("第一篇的正文。\n第二篇开头，另一件事。");
    const qint64 a = lib.addArticle(first);
    test::SampleArticle second = first;
    second.seq = 1;
    second.headline = QStringLiteral("第三篇");
    second.body = QStringLiteral("第三篇的正文。");
    QVERIFY(lib.addArticle(second) > 0);
    QVERIFY(indexArticles(lib.library()));

    CorrectionsStore store(lib.library());
    const CorrectionKind k = *correctionKindFromName(kind);
    const qint64 target = isPageCorrection(k) ? *store.pageOfArticle(a) : a;
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

QTEST_GUILESS_MAIN(TestCorrectionCommands)
#include "tst_correctioncommands.moc"
