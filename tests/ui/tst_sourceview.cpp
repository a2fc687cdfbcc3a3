// The source view beside an article and the corrections of the article pane (issue 13), on the main window
// with a library of one Markdown page whose first article has a second one glued to it: split, merge with the
// previous article, a paragraph taken as a heading, a typed heading and byline, a paragraph moved next door,
// each undone and redone; Show Source from a search result and from the notes browser; screenshots.
#include "articleview.h"
#include "corrections/correctionscontroller.h"
#include "library/corrections.h"
#include "mainwindow.h"
#include "notes/articlehighlighter.h"
#include "notes/notesbrowser.h"
#include "notes/notescontroller.h"
#include "notes/noteseditor.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>
#include <functional>

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

// Answers the text dialogs (typed headings, bylines) the way a reader would.
class TextDialogs : public test::ScriptedDialogs
{
public:
    QString textAnswer;
    QStringList asked; // the current text each dialog was opened with

    QString getText(QWidget *, const QString &, const QString &, const QString &text) override
    {
        asked << text;
        return textAnswer;
    }
};

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots/issue13");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// The visible popup menu (a context menu just opened), if any.
QMenu *openPopup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *menu = qobject_cast<QMenu *>(w); menu && menu->isVisible())
            return menu;
    }
    return nullptr;
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
    void articlePaneMenuOffersTheCorrections();
    void mergesWithThePreviousArticle();
    void takesAParagraphAsAHeading();
    void typesAHeadingAndAByline();
    void movesAParagraphToTheNextArticle();
    void showsSourceFromASearchResult();
    void showsSourceFromTheNotesBrowser();

private:
    void openWindow();
    qint64 firstArticle() const;
    qint64 secondArticle() const;
    qint64 articleId(const QString &where) const;

    QTemporaryDir m_dir;
    QString m_library;
    TextDialogs m_dialogs;
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

qint64 TestSourceView::articleId(const QString &where) const
{
    Library library;
    if (!library.open(m_library))
        return 0;
    QSqlQuery q(library.database());
    return q.exec(QStringLiteral("SELECT id FROM articles WHERE ") + where) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

qint64 TestSourceView::firstArticle() const
{
    return articleId(QStringLiteral("headline = '温县召开经济工作会议'"));
}

qint64 TestSourceView::secondArticle() const
{
    return articleId(QStringLiteral("headline = '武陟县部署春耕生产'"));
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
    const QString shot = screenshotPath(QStringLiteral("source_view.png"));
    QVERIFY(m_window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
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
    m_window->corrections()
        ->showSource(); // the source beside the first part, the new article's lines not marked
    QTest::qWait(50);
    const QString shot = screenshotPath(QStringLiteral("split_from_article_pane.png"));
    QVERIFY(m_window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    stack->undo();
    QCOMPARE(articleCount(m_library), 2);
    QVERIFY(m_window->articleView()->article()->body.contains(Glued));
    stack->redo();
    QCOMPARE(articleCount(m_library), 3);
}

void TestSourceView::articlePaneMenuOffersTheCorrections()
{
    openWindow();
    m_window->openArticle(firstArticle());
    ArticleView *view = m_window->articleView();
    // Right-click in the paragraph of the glued article.
    const QString body = view->article()->body;
    const int offset = int(body.indexOf(Glued)) + 4;
    const int position = m_window->notes()->highlighter()->documentPosition(offset);
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    const QPoint at = view->cursorRect(cursor).center();
    view->setTextCursor(cursor);
    QCursor::setPos(view->viewport()->mapToGlobal(at));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = openPopup();
    QVERIFY(menu);
    QStringList names;
    const std::function<void(const QMenu *)> collect = [&names, &collect](const QMenu *m) {
        for (const QAction *action : m->actions()) {
            if (!action->objectName().isEmpty())
                names << action->objectName();
            if (action->menu()) {
                names << action->menu()->objectName();
                collect(action->menu());
            }
        }
    };
    collect(menu);
    auto *correct = menu->findChild<QMenu *>(QStringLiteral("correctArticleMenu"));
    QVERIFY(correct);
    for (const char *name : {"splitArticleAction", "mergeArticleAction", "mergePreviousArticleAction",
                             "takeLineAsMenu", "typeHeadingMenu", "editBylineAction", "moveToPreviousAction",
                             "moveToNextAction", "notArticleAction"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    auto *moveToNext = menu->findChild<QAction *>(QStringLiteral("moveToNextAction"));
    QVERIFY(moveToNext && moveToNext->isEnabled());
    QTest::qWait(50);
    const QString shot = screenshotPath(QStringLiteral("article_pane_corrections_menu.png"));
    QVERIFY(menu->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
    correct->popup(menu->geometry().topRight());
    QTest::qWait(50);
    const QString submenuShot = screenshotPath(QStringLiteral("article_pane_correct_article_submenu.png"));
    QVERIFY(correct->grab().save(submenuShot));
    qInfo("screenshot: %s", qPrintable(submenuShot));
    correct->close();
    // The menu's action corrects the paragraph right-clicked.
    moveToNext->trigger();
    menu->close();
    QVERIFY(!view->article()->body.contains(Glued));
    m_window->openArticle(secondArticle());
    QVERIFY(view->article()->body.startsWith(Glued));
}

void TestSourceView::mergesWithThePreviousArticle()
{
    openWindow();
    const qint64 first = firstArticle();
    const qint64 second = secondArticle();
    m_window->openArticle(second);
    QVERIFY(m_window->corrections()->mergeWithPrevious());
    QCOMPARE(articleCount(m_library), 1);
    // The second article is gone; the pane shows the one that has its text now, which kept its id.
    QCOMPARE(m_window->articleView()->article()->id, first);
    QVERIFY(m_window->articleView()->article()->body.contains(QStringLiteral("赵红梅")));
    QUndoStack *stack = m_window->notes()->undoStack();
    stack->undo();
    QCOMPARE(articleCount(m_library), 2);
    QVERIFY(!m_window->articleView()->article()->body.contains(QStringLiteral("赵红梅")));
    stack->redo();
    QCOMPARE(articleCount(m_library), 1);
    QCOMPARE(m_window->articleView()->article()->id, first);
    // The first article has no previous one: refused, said in the status bar, the stack unchanged.
    QVERIFY(!m_window->corrections()->mergeWithPrevious());
    QCOMPARE(stack->count(), 1);
}

void TestSourceView::takesAParagraphAsAHeading()
{
    openWindow();
    m_window->openArticle(firstArticle());
    ArticleView *view = m_window->articleView();
    const QString body = view->article()->body;
    const int offset = int(body.indexOf(QStringLiteral("各乡镇")));
    QVERIFY(offset > 0);
    QVERIFY(m_window->corrections()->takeLineAs(int(CorrectionKind::LineAsSubheadline), offset));
    QCOMPARE(view->article()->subheadline,
             QStringLiteral("会议要求，各乡镇要抓好项目建设，确保全年目标完成。"));
    QVERIFY(!view->article()->body.contains(QStringLiteral("各乡镇")));
    QVERIFY(view->toPlainText().contains(QStringLiteral("会议要求，各乡镇要抓好项目建设")));
    m_window->notes()->undoStack()->undo();
    QVERIFY(view->article()->subheadline.isEmpty());
    QVERIFY(view->article()->body.contains(QStringLiteral("各乡镇")));
    m_window->notes()->undoStack()->redo();
    QVERIFY(!view->article()->subheadline.isEmpty());
}

void TestSourceView::typesAHeadingAndAByline()
{
    openWindow();
    m_window->openArticle(secondArticle());
    ArticleView *view = m_window->articleView();
    CorrectionsController *corrections = m_window->corrections();
    m_dialogs.textAnswer = QStringLiteral("春耕备耕全面展开");
    QVERIFY(corrections->askHeading(int(CorrectionKind::Kicker)));
    QCOMPARE(view->article()->kicker, QStringLiteral("春耕备耕全面展开"));

    m_dialogs.asked.clear();
    m_dialogs.textAnswer = QStringLiteral("记者 张三、李四；通讯员 王五");
    QVERIFY(corrections->askByline());
    QCOMPARE(m_dialogs.asked, QStringList{QString()}); // no byline before
    QCOMPARE(view->article()->reporters, (QStringList{QStringLiteral("张三"), QStringLiteral("李四")}));
    QCOMPARE(view->article()->correspondents, QStringList{QStringLiteral("王五")});
    QVERIFY(view->toPlainText().contains(QStringLiteral("王五")));
    // Opened again, the dialog shows the byline as it is now.
    m_dialogs.asked.clear();
    m_dialogs.textAnswer = QStringLiteral("记者 张三1");
    QVERIFY(!corrections->askByline()); // not a name: refused
    QCOMPARE(m_dialogs.asked, QStringList{QStringLiteral("记者 张三、李四；通讯员 王五")});
    QCOMPARE(m_window->notes()->undoStack()->count(), 2);
    if (const auto *statusBar = m_window->findChild<QStatusBar *>())
        QVERIFY2(statusBar->currentMessage().contains(QStringLiteral("张三1")),
                 qPrintable(statusBar->currentMessage()));
    QTest::qWait(50);
    const QString shot = screenshotPath(QStringLiteral("byline_and_kicker_corrected.png"));
    QVERIFY(m_window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    m_window->notes()->undoStack()->undo();
    QVERIFY(view->article()->reporters.isEmpty());
    m_window->notes()->undoStack()->undo();
    QVERIFY(view->article()->kicker.isEmpty());
    m_window->notes()->undoStack()->redo();
    m_window->notes()->undoStack()->redo();
    QCOMPARE(view->article()->correspondents, QStringList{QStringLiteral("王五")});
}

void TestSourceView::movesAParagraphToTheNextArticle()
{
    openWindow();
    m_window->openArticle(firstArticle());
    ArticleView *view = m_window->articleView();
    const QString body = view->article()->body;
    const int offset = int(body.indexOf(QStringLiteral("招聘会共提供")));
    QVERIFY(offset > 0);
    QVERIFY(m_window->corrections()->moveParagraph(offset, false));
    QCOMPARE(view->article()->id, firstArticle()); // the pane stays on the article the paragraph left
    QVERIFY(!view->article()->body.contains(QStringLiteral("招聘会共提供")));
    m_window->notes()->undoStack()->undo();
    QVERIFY(view->article()->body.contains(QStringLiteral("招聘会共提供")));
    m_window->notes()->undoStack()->redo();
    m_window->openArticle(secondArticle());
    QVERIFY(view->article()->body.startsWith(QStringLiteral("招聘会共提供")));
    // And back: the first paragraph of the second article to the end of the first.
    QVERIFY(m_window->corrections()->moveParagraph(0, true));
    QVERIFY(!view->article()->body.contains(QStringLiteral("招聘会共提供")));
}

void TestSourceView::showsSourceFromASearchResult()
{
    openWindow();
    m_window->openArticle(firstArticle());
    m_window->search(QStringLiteral("赵红梅"));
    auto *results = m_window->findChild<QAbstractItemView *>(QStringLiteral("searchResultsView"));
    QVERIFY(results);
    QTRY_COMPARE(results->model()->rowCount(), 1);
    const QPoint at = results->visualRect(results->model()->index(0, 0)).center();
    Q_EMIT results->customContextMenuRequested(at);
    auto *menu = results->findChild<QMenu *>(QStringLiteral("articleListContextMenu"));
    QVERIFY(menu);
    auto *show = menu->findChild<QAction *>(QStringLiteral("showSourceOfListedAction"));
    if (!show) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String("showSourceOfListedAction"))
                show = a;
        }
    }
    QVERIFY(show);
    show->trigger();
    menu->close();
    CorrectionsController *corrections = m_window->corrections();
    QVERIFY(corrections->sourceDock()->isVisible());
    QVERIFY(corrections->sourceDock()->windowTitle().contains(QStringLiteral("武陟县部署春耕生产")));
    QCOMPARE(m_window->articleView()->article()->id, secondArticle()); // opened beside its source
    // The results stay in view: the source opened on the other side of the article.
    QVERIFY(results->isVisible());
    QVERIFY(!results->viewport()->visibleRegion().isEmpty());
    QVERIFY(m_window->dockWidgetArea(corrections->sourceDock()) != Qt::RightDockWidgetArea);
    QStringList marked;
    for (const QTextEdit::ExtraSelection &s : corrections->sourceView()->extraSelections())
        marked << s.cursor.block().text();
    QVERIFY(marked.contains(QStringLiteral("# 武陟县部署春耕生产")));
    QVERIFY(!marked.contains(QStringLiteral("# 温县召开经济工作会议")));
    QTest::qWait(50);
    const QString shot = screenshotPath(QStringLiteral("source_from_search_result.png"));
    QVERIFY(m_window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
}

void TestSourceView::showsSourceFromTheNotesBrowser()
{
    openWindow();
    const qint64 second = secondArticle();
    QVERIFY(m_window->notes()->editor());
    QVERIFY(m_window->notes()->editor()->addHighlight(second, {0, 3}, QStringLiteral("yellow"),
                                                      QStringLiteral("核实")));
    m_window->openArticle(firstArticle());
    m_window->notes()->showNotesBrowser();
    QListView *list = m_window->notes()->notesBrowser()->listView();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    Q_EMIT list->customContextMenuRequested(list->visualRect(list->model()->index(0, 0)).center());
    auto *menu = list->findChild<QMenu *>(QStringLiteral("notesBrowserContextMenu"));
    QVERIFY(menu);
    QAction *show = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QLatin1String("showSourceOfNoteAction"))
            show = a;
    }
    QVERIFY(show);
    show->trigger();
    menu->close();
    QVERIFY(m_window->corrections()->sourceDock()->isVisible());
    QCOMPARE(m_window->articleView()->article()->id, second);
    QVERIFY(list->isVisible()); // not covered by the source
    QVERIFY(!list->viewport()->visibleRegion().isEmpty());
    QVERIFY(
        m_window->corrections()->sourceDock()->windowTitle().contains(QStringLiteral("武陟县部署春耕生产")));
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
