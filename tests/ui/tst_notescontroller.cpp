// Tags and notes in the main window on the sample library: menus and shortcuts, highlighting with
// Edit ▸ Undo/Redo, tagging the articles selected in the contents, the notes browser's jump to a note,
// the selection popup, the tag filter over search results, and screenshots of the panels.

#include "articlelistmodel.h"
#include "articleview.h"
#include "issuecontentsmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "notes/annotationlistmodel.h"
#include "notes/annotationspanel.h"
#include "notes/articlehighlighter.h"
#include "notes/noteroles.h"
#include "notes/notesbrowser.h"
#include "notes/notesbrowsermodel.h"
#include "notes/notescontroller.h"
#include "notes/exportnotesdialog.h"
#include "notes/notewidgets.h"
#include "notes/selectionpopup.h"
#include "notes/tagpickerdialog.h"
#include "notes/tagrowfilter.h"
#include "notes/taglistmodel.h"
#include "notes/tagspanel.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace kanbao;

class TestNotesController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menusAndShortcuts();
    void highlightWithShortcutThenUndoRedo();
    void highlightsAreSavedAtOnce();
    void selectionPopupHighlights();
    void contextMenuOffersHighlighting();
    void tagTwoSelectedArticles();
    void tagFilterOverSearchResults();
    void notesBrowserJumpsToTheSpot();
    void screenshots();

private:
    void openWindow();
    // Selects, in the pane, `length` characters of the shown article's body from the start of paragraph
    // `paragraph`; returns the selected text.
    QString selectInBody(int paragraph, int length);
    QList<qint64> allArticles() const;

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestNotesController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    // The export dialog creates the documents folder it proposes: not in the real home.
    qputenv("HOME", QFile::encodeName(m_dir.path()));
}

void TestNotesController::init()
{
    // A fresh library per test: notes written by one do not leak into the next.
    m_library = m_dir.filePath(QStringLiteral("samples-%1.kanbao").arg(QString::fromLatin1(QTest::currentTestFunction())));
    const QString error = test::importSamples(m_library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    openWindow();
}

void TestNotesController::openWindow()
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
    QVERIFY(m_window->notes());
    QVERIFY(m_window->notes()->isOpen());
    QVERIFY(m_window->currentArticleId() != 0);
    QVERIFY(allArticles().size() >= 3);
}

void TestNotesController::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
}

QString TestNotesController::selectInBody(int paragraph, int length)
{
    ArticleView *view = m_window->articleView();
    const QString body = view->article()->body;
    const QStringList paragraphs = body.split(QLatin1Char('\n'));
    int start = 0;
    for (int i = 0; i < paragraph && i < paragraphs.size(); ++i)
        start += int(paragraphs.at(i).size()) + 1;
    ArticleHighlighter *h = m_window->notes()->highlighter();
    h->refresh();
    const QString wanted = body.mid(start, length);
    // Select it as the reader would, in the pane's own text, and check the mapping agrees.
    QTextCursor cursor(view->document());
    cursor.setPosition(h->documentPosition(start));
    cursor.setPosition(h->documentPosition(start + length), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    return wanted;
}

QList<qint64> TestNotesController::allArticles() const
{
    // Every article of the library, through the window's reader; the one being read first.
    QList<qint64> ids{m_window->currentArticleId()};
    LibraryReader *reader = m_window->reader();
    for (const IssueInfo &issue : reader->issuesBetween(QDate(1900, 1, 1), QDate(2100, 1, 1))) {
        for (const PageInfo &page : reader->pagesOfIssue(issue.id)) {
            for (const ArticleSummary &article : reader->articlesOfPage(page.id)) {
                if (!ids.contains(article.id))
                    ids << article.id;
            }
        }
    }
    return ids;
}

void TestNotesController::menusAndShortcuts()
{
    NotesController *notes = m_window->notes();
    QMenu *notesMenu = notes->notesMenu();
    QVERIFY(notesMenu);
    QVERIFY(m_window->menuBar()->actions().contains(notesMenu->menuAction()));
    const struct
    {
        const char *action;
        QKeySequence key;
    } expected[] = {
        {"undoAction", QKeySequence(QKeySequence::Undo)},
        {"redoAction", QKeySequence(QKeySequence::Redo)},
        {"highlightAction", QKeySequence(Qt::CTRL | Qt::Key_H)},
        {"tagArticlesAction", QKeySequence(Qt::CTRL | Qt::Key_T)},
        {"manageTagsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {"exportNotesAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
    };
    QSet<QKeySequence> seen;
    for (const auto &e : expected) {
        QAction *action = m_window->action(QLatin1String(e.action));
        QVERIFY2(action, e.action);
        QCOMPARE(action->shortcut(), e.key);
        bool inMenu = false;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                inMenu = true;
        }
        QVERIFY2(inMenu, e.action);
    }
    // No shortcut of the window is taken twice.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!seen.contains(key), qPrintable(key.toString()));
            seen.insert(key);
        }
    }
    // Edit starts with Undo and Redo; File has Export Notes.
    QMenu *edit = nullptr;
    QMenu *file = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(notes->undoAction()))
            edit = menu->menu();
        if (!file && menu->menu() && menu->menu()->actions().contains(notes->exportNotesAction()))
            file = menu->menu();
    }
    QVERIFY(edit);
    QCOMPARE(edit->actions().at(0), notes->undoAction());
    QCOMPARE(edit->actions().at(1), notes->redoAction());
    QVERIFY(file);
    QVERIFY(file != notesMenu);
    QVERIFY(!notes->undoAction()->isEnabled());
}

void TestNotesController::highlightWithShortcutThenUndoRedo()
{
    NotesController *notes = m_window->notes();
    const qint64 article = m_window->currentArticleId();
    const QString quote = selectInBody(0, 6);
    m_window->articleView()->setFocus();
    QTest::keyClick(m_window->articleView(), Qt::Key_H, Qt::ControlModifier);
    const QList<Annotation> stored = notes->store()->annotationsOfArticle(article);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().quote, quote);
    QCOMPARE(notes->annotationsPanel()->model()->rowCount(), 1);
    QVERIFY(notes->annotationsDock()->isVisible());
    QCOMPARE(notes->highlighter()->drawnCount(), 1);
    QVERIFY(notes->undoAction()->isEnabled());
    QVERIFY(notes->undoAction()->text().contains(QStringLiteral("Undo")));

    notes->undoAction()->trigger();
    QCOMPARE(notes->store()->annotationsOfArticle(article).size(), 0);
    QCOMPARE(notes->annotationsPanel()->model()->rowCount(), 0);
    QCOMPARE(notes->highlighter()->drawnCount(), 0);
    QVERIFY(notes->redoAction()->isEnabled());
    notes->redoAction()->trigger();
    QCOMPARE(notes->store()->annotationsOfArticle(article).size(), 1);
    QCOMPARE(notes->highlighter()->drawnCount(), 1);

    // Another article and back: the highlight is drawn again from the library.
    m_window->openArticle(allArticles().at(1));
    QVERIFY(m_window->currentArticleId() != article);
    QCOMPARE(notes->highlighter()->drawnCount(), 0);
    m_window->openArticle(article);
    QCOMPARE(notes->highlighter()->drawnCount(), 1);
    QCOMPARE(notes->annotationsPanel()->model()->rowCount(), 1);
}

void TestNotesController::highlightsAreSavedAtOnce()
{
    NotesController *notes = m_window->notes();
    const qint64 article = m_window->currentArticleId();
    selectInBody(0, 4);
    QVERIFY(notes->highlightSelection(QStringLiteral("blue")));
    QVERIFY(notes->addArticleNote());
    QPlainTextEdit *note = notes->annotationsPanel()->noteEdit();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("文章笔记"));
    QApplication::sendEvent(note, &typed);
    notes->annotationsPanel()->flushNote();
    // Closing the window without any Save, and opening the library again: everything is there.
    m_window.reset();
    openWindow();
    m_window->openArticle(article);
    const QList<Annotation> stored = m_window->notes()->store()->annotationsOfArticle(article);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).note, QStringLiteral("文章笔记"));
    QCOMPARE(stored.at(1).color, QStringLiteral("blue"));
    QCOMPARE(m_window->notes()->highlighter()->drawnCount(), 1);
}

void TestNotesController::selectionPopupHighlights()
{
    NotesController *notes = m_window->notes();
    const qint64 article = m_window->currentArticleId();
    selectInBody(0, 5);
    const std::optional<TextSpan> span = notes->highlighter()->selectedSpan();
    QVERIFY(span);
    emit notes->highlighter()->selectionFinished(*span);
    SelectionPopup *popup = notes->selectionPopup();
    QVERIFY(popup->isVisible());
    QVERIFY(m_window->articleView()->viewport()->rect().contains(popup->geometry()));
    popup->colorBar()->button(QStringLiteral("pink"))->click();
    QVERIFY(!popup->isVisible());
    const QList<Annotation> stored = notes->store()->annotationsOfArticle(article);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().color, QStringLiteral("pink"));
}

void TestNotesController::contextMenuOffersHighlighting()
{
    NotesController *notes = m_window->notes();
    selectInBody(0, 4);
    QMenu *shown = nullptr;
    connect(notes->highlighter(), &ArticleHighlighter::contextMenuAboutToShow, this,
            [&shown](QMenu *menu, qint64) { shown = menu; });
    QWidget *viewport = m_window->articleView()->viewport();
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(50, 50), viewport->mapToGlobal(QPoint(50, 50)));
    QApplication::sendEvent(viewport, &event);
    QVERIFY(shown);
    QStringList texts;
    for (QAction *action : shown->actions())
        texts << action->text();
    QVERIFY2(texts.contains(QStringLiteral("Highlight")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(shown->actions().contains(notes->tagArticlesAction()));
    shown->close();
}

void TestNotesController::tagTwoSelectedArticles()
{
    NotesController *notes = m_window->notes();
    // Two articles chosen in the search results (Ctrl+click), the list having focus.
    m_window->search(QStringLiteral("焦作"));
    QListView *results = m_window->searchResultsView();
    QVERIFY(results->model()->rowCount() >= 2);
    const QList<qint64> chosen{results->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(),
                               results->model()->index(1, 0).data(ArticleListModel::ArticleIdRole).toLongLong()};
    results->setFocus();
    results->selectionModel()->select(results->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    results->selectionModel()->select(results->model()->index(1, 0), QItemSelectionModel::Select);
    QCOMPARE(notes->selectedArticles(), chosen);
    QTest::keyClick(results, Qt::Key_T, Qt::ControlModifier);
    TagPickerDialog *picker = notes->tagPicker();
    QVERIFY(picker);
    QVERIFY(picker->isVisible());
    QCOMPARE(picker->articleIds(), chosen);
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("焦作新闻"));
    QApplication::sendEvent(picker->nameField(), &typed);
    QTest::keyClick(picker->nameField(), Qt::Key_Return);
    picker->findChild<QPushButton *>(QStringLiteral("tagPickerOk"))->click();
    QTRY_VERIFY(!notes->tagPicker());
    for (qint64 id : chosen) {
        const QList<Tag> tags = notes->store()->tagsOfArticle(id);
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().name, QStringLiteral("焦作新闻"));
    }
    // The tags panel counts them.
    QCOMPARE(notes->tagsPanel()->tagModel()->index(0, TagListModel::CountColumn).data().toInt(), 2);
    // With the focus in the pane, Ctrl+T tags the article being read.
    m_window->articleView()->setFocus();
    QCOMPARE(notes->selectedArticles(), QList<qint64>{m_window->currentArticleId()});
    // Undo from the Edit menu takes the tagging back.
    notes->undoAction()->trigger();
    QVERIFY(notes->store()->tagsOfArticle(chosen.at(0)).isEmpty());
}

void TestNotesController::tagFilterOverSearchResults()
{
    NotesController *notes = m_window->notes();
    m_window->search(QStringLiteral("焦作"));
    QListView *results = m_window->searchResultsView();
    const int all = results->model()->rowCount();
    QVERIFY2(all >= 2, "the samples mention 焦作 in several articles");
    const qint64 tagged = results->model()->index(1, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
    const std::optional<qint64> tag = notes->editor()->createTag(QStringLiteral("待读"));
    QVERIFY(tag);
    QVERIFY(notes->editor()->assignTags({tagged}, {*tag}));
    TagRowFilter *filter = nullptr;
    for (TagRowFilter *f : m_window->findChildren<TagRowFilter *>()) {
        if (f->parentWidget() == results->parentWidget())
            filter = f;
    }
    QVERIFY(filter);
    QVERIFY(filter->isVisibleTo(m_window.get()));
    filter->setTag(*tag);
    QCOMPARE(filter->visibleRows(), 1);
    QVERIFY(!results->isRowHidden(1));
    QVERIFY(results->isRowHidden(0));
    // Tagging another result shows it at once.
    const qint64 other = results->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
    QVERIFY(notes->editor()->assignTags({other}, {*tag}));
    QCOMPARE(filter->visibleRows(), 2);
    filter->setTag(0);
    QCOMPARE(filter->visibleRows(), all);
}

void TestNotesController::notesBrowserJumpsToTheSpot()
{
    NotesController *notes = m_window->notes();
    const qint64 target = allArticles().last();
    QVERIFY(target != m_window->currentArticleId());
    const QString body = *notes->store()->articleBody(target);
    const int start = int(body.size()) - 8;
    const std::optional<qint64> id =
        notes->editor()->addHighlight(target, {start, start + 6}, QStringLiteral("green"), QStringLiteral("结尾"));
    QVERIFY(id);
    notes->showNotesBrowser();
    QVERIFY(notes->notesBrowserDock()->isVisible());
    NotesBrowser *browser = notes->notesBrowser();
    QTRY_COMPARE(browser->model()->rowCount(), 1);
    emit browser->listView()->activated(browser->model()->index(0, 0));
    QCOMPARE(m_window->currentArticleId(), target);
    QCOMPARE(notes->highlighter()->activeAnnotation(), *id);
    QCOMPARE(notes->annotationsPanel()->currentAnnotation(), *id);
    QCOMPARE(notes->highlighter()->drawnCount(), 1);
}

void TestNotesController::screenshots()
{
    NotesController *notes = m_window->notes();
    NotesEditor *editor = notes->editor();
    const QList<qint64> firstPage = allArticles();
    const qint64 article = m_window->currentArticleId();
    const QString body = m_window->articleView()->article()->body;
    // A few highlights in several colors, one with a note, a note on the article, tags.
    const QStringList paragraphs = body.split(QLatin1Char('\n'));
    int offset = 0;
    const QStringList colors{QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
                             QStringLiteral("pink")};
    for (int i = 0; i < paragraphs.size() && i < 4; ++i) {
        const int length = qMin(14, int(paragraphs.at(i).size()));
        if (length > 4)
            QVERIFY(editor->addHighlight(article, {offset + 2, offset + length}, colors.at(i),
                                         i == 1 ? QStringLiteral("对比去年同期的数据，看看增长来自哪里。") : QString()));
        offset += int(paragraphs.at(i).size()) + 1;
    }
    QVERIFY(editor->addArticleNote(article, QStringLiteral("这篇报道可以和晚报的同题报道对照阅读。")));
    const qint64 t1 = *editor->createTag(QStringLiteral("安全生产"), QStringLiteral("#ef4444"));
    const qint64 t2 = *editor->createTag(QStringLiteral("高新区"), QStringLiteral("#3b82f6"));
    const qint64 t3 = *editor->createTag(QStringLiteral("待核实"), QStringLiteral("#f59e0b"));
    QVERIFY(editor->assignTags({article}, {t1, t2}));
    QVERIFY(editor->assignTags(firstPage.mid(0, 3), {t3}));
    for (qint64 other : firstPage.mid(1, 3)) {
        const QString b = *notes->store()->articleBody(other);
        QVERIFY(editor->addHighlight(other, {0, qMin(12, int(b.size()))}, QStringLiteral("orange"),
                                     QStringLiteral("核对原版面")));
    }
    m_window->openArticle(article);
    notes->annotationsPanel()->selectAnnotation(notes->annotationsPanel()->model()->index(2, 0).data(AnnotationIdRole).toLongLong());
    QTest::qWait(50);
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/notes_window.png")));
    QVERIFY(notes->annotationsDock()->grab().save(dir + QStringLiteral("/notes_annotations_panel.png")));
    notes->showNotesBrowser();
    notes->tagsDock()->show();
    QTest::qWait(50);
    QVERIFY(notes->notesBrowserDock()->grab().save(dir + QStringLiteral("/notes_browser.png")));
    QVERIFY(notes->tagsDock()->grab().save(dir + QStringLiteral("/notes_tags_panel.png")));
    TagPickerDialog *picker = notes->openTagPicker();
    QVERIFY(picker);
    QTest::qWait(50);
    QVERIFY(picker->grab().save(dir + QStringLiteral("/notes_tag_picker.png")));
    picker->close();
    ExportNotesDialog *exportDialog = notes->openExportDialog();
    QVERIFY(exportDialog);
    QTest::qWait(50);
    QVERIFY(exportDialog->grab().save(dir + QStringLiteral("/notes_export_dialog.png")));
    exportDialog->close();
}

QTEST_MAIN(TestNotesController)
#include "tst_notescontroller.moc"
