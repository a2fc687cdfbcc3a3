// The source view beside an article and a split from the article pane (issue 13), on the main window with a
// library of one Markdown page whose first article has a second one glued to it; screenshots of both.
#include "articleview.h"
#include "corrections/correctionscontroller.h"
#include "library/corrections.h"
#include "mainwindow.h"
#include "notes/notescontroller.h"
#include "uitesthelpers.h"

#include <QDockWidget>
#include <QFile>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace kanbao;

namespace {

const QString Glued = QStringLiteral("3月3日，孟州市举办春季招聘会");

QString page()
{
    return QStringLiteral("# 温县召开经济工作会议\n\n本报讯 "
                          "3月4日，温县召开全县经济工作会议，县委书记王建国出席并讲话。\n\n"
                          "会议要求，各乡镇要抓好项目建设，\n确保全年目标完成。\n\n") +
           Glued +
           QStringLiteral(
               "，市长李明远到场察看。\n\n招聘会共提供岗位两千余个，吸引求职者五千多人。\n\n"
               "# 武陟县部署春耕生产\n\n本报讯 武陟县近日部署春耕生产工作，副县长赵红梅参加会议。\n\n");
}

int articleCount(const QString &path)
{
    Library library;
    if (!library.open(path))
        return -1;
    QSqlQuery q(library.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM articles WHERE hidden = 0")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

} // namespace

class TestSourceView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_window.reset(); }
    void articleLinesAreFoundInTheSource_data();
    void articleLinesAreFoundInTheSource();
    void showsSourceBesideTheArticle();
    void splitsFromTheArticlePaneAndUndoes();

private:
    void openWindow();
    qint64 firstArticle() const;

    QTemporaryDir m_dir;
    QString m_library;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestSourceView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", QFile::encodeName(m_dir.path()));
}

void TestSourceView::openWindow()
{
    m_library = m_dir.filePath(
        QStringLiteral("lib-%1.kanbao").arg(QString::fromLatin1(QTest::currentTestFunction())));
    const QString file = m_dir.filePath(QStringLiteral("焦作日报/2024/03/05/A02.md"));
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(page().toUtf8());
    f.close();
    {
        Library library;
        QVERIFY(library.open(m_library));
        Importer importer(library);
        QCOMPARE(importer.importPaths({file}).imported, 1);
    }
    m_window = std::make_unique<MainWindow>(&m_dialogs);
    m_window->resize(1400, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
    QVERIFY(m_window->corrections());
}

qint64 TestSourceView::firstArticle() const
{
    Library library;
    if (!library.open(m_library))
        return 0;
    QSqlQuery q(library.database());
    return q.exec(QStringLiteral("SELECT id FROM articles WHERE headline = '温县召开经济工作会议'")) &&
                   q.next()
               ? q.value(0).toLongLong()
               : 0;
}

void TestSourceView::articleLinesAreFoundInTheSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QList<int>>("lines");
    // Raw columns: short lines reflowed into paragraphs, other articles around.
    QTest::newRow("raw columns") << QStringLiteral("另一篇文章的结尾。\n温县召开\n经济工作会议\n本报讯 "
                                                   "温县召开全县\n经济工作会议。\n下一篇的标题")
                                 << QStringLiteral("温县召开经济工作会议")
                                 << QStringLiteral("本报讯 温县召开全县经济工作会议。")
                                 << QList<int>{1, 2, 3, 4};
    QTest::newRow("markdown") << QStringLiteral("# 标题一\n\n正文第一段。\n\n# 标题二\n\n别的正文。")
                              << QStringLiteral("标题二") << QStringLiteral("别的正文。") << QList<int>{4, 6};
    QTest::newRow("spaced-out pdf text") << QStringLiteral("高 新 区 召 开 会 议\n其他")
                                         << QStringLiteral("高新区召开会议") << QString() << QList<int>{0};
}

void TestSourceView::articleLinesAreFoundInTheSource()
{
    QFETCH(QString, source);
    QFETCH(QString, headline);
    QFETCH(QString, body);
    QFETCH(QList<int>, lines);
    QCOMPARE(CorrectionsController::articleLines(source, headline, body), lines);
}

void TestSourceView::showsSourceBesideTheArticle()
{
    openWindow();
    const qint64 article = firstArticle();
    QVERIFY(article > 0);
    m_window->openArticle(article);
    CorrectionsController *corrections = m_window->corrections();
    QVERIFY(!corrections->sourceDock()->isVisible());
    corrections->showSourceAction()->trigger();
    QVERIFY(corrections->sourceDock()->isVisible());
    QPlainTextEdit *source = corrections->sourceView();
    QVERIFY(source->toPlainText().contains(Glued));
    // The article's lines are marked, the other article's are not.
    QStringList marked;
    for (const QTextEdit::ExtraSelection &s : source->extraSelections())
        marked << s.cursor.block().text();
    QVERIFY(marked.contains(QStringLiteral("# 温县召开经济工作会议")));
    QVERIFY(marked.contains(QStringLiteral("确保全年目标完成。")));
    // The dateline the article's body does without.
    QVERIFY(marked.contains(
        QStringLiteral("本报讯 3月4日，温县召开全县经济工作会议，县委书记王建国出席并讲话。")));
    QVERIFY(!marked.contains(QStringLiteral("# 武陟县部署春耕生产")));
    QVERIFY(source->textCursor().block().text().contains(QStringLiteral("温县召开经济工作会议")));

    QTest::qWait(50);
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/source_view.png")));
}

void TestSourceView::splitsFromTheArticlePaneAndUndoes()
{
    openWindow();
    const qint64 article = firstArticle();
    m_window->openArticle(article);
    QCOMPARE(articleCount(m_library), 2);
    const QString body = m_window->articleView()->article()->body;
    const int offset = int(body.indexOf(Glued));
    QVERIFY(offset > 0);
    QVERIFY(m_window->corrections()->splitAt(offset));
    QCOMPARE(articleCount(m_library), 3);
    QUndoStack *stack = m_window->notes()->undoStack();
    QCOMPARE(stack->count(), 1);
    // The pane and the contents were read again: the article no longer holds the glued one.
    QVERIFY(!m_window->articleView()->article()->body.contains(Glued));
    if (auto *issues = m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock")))
        issues->raise(); // the issue's contents, with the new article
    QTest::qWait(50);
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/split_from_article_pane.png")));

    stack->undo();
    QCOMPARE(articleCount(m_library), 2);
    QVERIFY(m_window->articleView()->article()->body.contains(Glued));
    stack->redo();
    QCOMPARE(articleCount(m_library), 3);
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
