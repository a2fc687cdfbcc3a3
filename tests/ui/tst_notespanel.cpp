// The annotations panel and the highlighter on the article pane: a selection becomes a highlight in the
// library and in the panel, drawn in the pane; undo and redo take it away and bring it back.

#include "articleview.h"
#include "notes/annotationlistmodel.h"
#include "notes/annotationspanel.h"
#include "notes/articlehighlighter.h"
#include "notes/notecarddelegate.h"
#include "notes/noteroles.h"
#include "notes/noteseditor.h"
#include "notes/notesstore.h"
#include "notes/notewidgets.h"
#include "notestestlibrary.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QInputMethodEvent>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>

using namespace kanbao;

namespace {

ArticleDetail detail(qint64 id, const QString &headline, const QString &body)
{
    ArticleDetail a;
    a.id = id;
    a.headline = headline;
    a.kicker = QStringLiteral("焦作新闻");
    a.body = body;
    a.paper = QStringLiteral("焦作日报");
    a.date = QDate(2023, 12, 3);
    a.pageLabel = QStringLiteral("A08");
    a.reporters = {QStringLiteral("李明")};
    return a;
}

// Selects `text` in the pane the way a reader would: by finding it in what the pane shows.
bool selectInPane(ArticleView &view, const QString &text, int occurrence = 0)
{
    QTextCursor cursor(view.document());
    for (int i = 0; i <= occurrence; ++i) {
        cursor = view.document()->find(text, cursor);
        if (cursor.isNull())
            return false;
    }
    view.setTextCursor(cursor);
    return true;
}

void typeText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks cannot type Chinese: commit it through the input method, as an IME does.
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestNotesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selectionMapsToBodyOffsets_data();
    void selectionMapsToBodyOffsets();
    void storedSpanIsDrawnWhereItWas();
    void highlightAppearsInPanelAndLibrary_thenUndoRedo();
    void noteTypedIsSavedAndUndoneAsOneStep();
    void articleNoteRecolorAndDelete();
    void clickingHighlightChoosesItInPanel();
    void switchingArticleFollowsPane();
    void modelPassesTester();
    void highlightsTellTheirParagraph_data();
    void highlightsTellTheirParagraph();

private:
    std::unique_ptr<test::NotesTestLibrary> m_library;
    QList<qint64> m_articles;
    std::unique_ptr<NotesStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<NotesEditor> m_editor;
};

void TestNotesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNotesPanel::init()
{
    m_library = std::make_unique<test::NotesTestLibrary>();
    QVERIFY(m_library->create());
    m_articles = m_library->addSamples();
    QCOMPARE(m_articles.size(), 3);
    m_store = std::make_unique<NotesStore>(m_library->database());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<NotesEditor>(m_store.get(), m_stack.get());
}

void TestNotesPanel::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_store.reset();
    m_library.reset();
}

void TestNotesPanel::selectionMapsToBodyOffsets_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");

    QTest::newRow("plain") << QStringLiteral("第一段文字。\n第二段有安全生产的内容。") << QStringLiteral("安全生产") << 0;
    QTest::newRow("ideographic-indent")
        << QStringLiteral("\u3000\u3000本报讯 焦作市召开会议。\n\u3000\u3000会议要求压实责任。") << QStringLiteral("压实责任") << 0;
    QTest::newRow("collapsed-spaces") << QStringLiteral("记者  李明   通讯员 王芳报道：会议召开。") << QStringLiteral("王芳报道")
                                      << 0;
    QTest::newRow("empty-paragraphs") << QStringLiteral("甲段。\n\n\n乙段说到山药。\n\n丙段说到山药丰收。")
                                      << QStringLiteral("山药丰收") << 0;
    QTest::newRow("headline-repeated-in-body")
        << QStringLiteral("高新区召开会议的消息。\n高新区召开会议，部署工作。") << QStringLiteral("高新区召开会议") << 2;
    QTest::newRow("latin-and-digits") << QStringLiteral("GDP 增长 5.2%，CPI 平稳。") << QStringLiteral("5.2%") << 0;
}

void TestNotesPanel::selectionMapsToBodyOffsets()
{
    QFETCH(QString, body);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    ArticleView view;
    view.resize(700, 500);
    view.showArticle(detail(m_articles.first(), QStringLiteral("高新区召开会议"), body));
    ArticleHighlighter highlighter(&view);
    highlighter.refresh();
    QVERIFY(highlighter.alignedExactly());
    QVERIFY(selectInPane(view, quote, occurrence));
    const std::optional<TextSpan> span = highlighter.selectedSpan();
    QVERIFY(span.has_value());
    QCOMPARE(body.mid(span->start, span->length()), quote);
    // And back: the span is drawn over the same text of the pane.
    QCOMPARE(highlighter.documentPosition(span->start), view.textCursor().selectionStart());
    QCOMPARE(highlighter.documentPosition(span->end), view.textCursor().selectionEnd());
}

void TestNotesPanel::storedSpanIsDrawnWhereItWas()
{
    const QString body = QStringLiteral("\u3000\u3000受冷空气影响，1月14日夜间  太行山区普降中雪。\n\n气温骤降至零下十度。");
    ArticleView view;
    view.resize(700, 500);
    view.showArticle(detail(m_articles.first(), QStringLiteral("太行山区迎来降雪"), body));
    ArticleHighlighter highlighter(&view);
    highlighter.refresh();
    const QString quote = QStringLiteral("零下十度");
    const int start = int(body.indexOf(quote));
    Annotation a;
    a.id = 7;
    a.articleId = m_articles.first();
    a.startOffset = start;
    a.endOffset = start + int(quote.size());
    a.color = QStringLiteral("blue");
    highlighter.setAnnotations({a});
    QCOMPARE(highlighter.drawnCount(), 1);
    const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
    QCOMPARE(selections.size(), 1);
    QCOMPARE(selections.first().cursor.selectedText(), quote);
    QCOMPARE(selections.first().format.background().color(), highlightColor(QStringLiteral("blue")));
    // A highlight of another article is not drawn in this one.
    a.articleId = m_articles.last();
    highlighter.setAnnotations({a});
    QCOMPARE(highlighter.drawnCount(), 0);
}

void TestNotesPanel::highlightAppearsInPanelAndLibrary_thenUndoRedo()
{
    const qint64 articleId = m_articles.first();
    const std::optional<QString> body = m_store->articleBody(articleId);
    QVERIFY(body.has_value());
    ArticleView view;
    view.resize(800, 600);
    view.showArticle(detail(articleId, QStringLiteral("高新区召开安全生产工作会议"), *body));
    ArticleHighlighter highlighter(&view);
    AnnotationsPanel panel;
    panel.setEditor(m_editor.get());
    panel.setHighlighter(&highlighter);
    highlighter.refresh();
    QCOMPARE(panel.model()->articleId(), articleId);
    QCOMPARE(panel.model()->rowCount(), 0);

    const QString quote = QStringLiteral("压实责任");
    QVERIFY(selectInPane(view, quote));
    QVERIFY(panel.highlightBar()->isEnabled());
    QToolButton *green = panel.highlightBar()->button(QStringLiteral("green"));
    QVERIFY(green);
    green->click();

    // In the panel...
    QCOMPARE(panel.model()->rowCount(), 1);
    const QModelIndex row = panel.model()->index(0, 0);
    QCOMPARE(row.data(QuoteRole).toString(), quote);
    QCOMPARE(row.data(ColorNameRole).toString(), QStringLiteral("green"));
    QCOMPARE(panel.currentAnnotation(), row.data(AnnotationIdRole).toLongLong());
    // ...in the library, at the body offsets...
    QCOMPARE(m_library->count(QStringLiteral("SELECT count(*) FROM annotations")), 1);
    QCOMPARE(m_library->count(QStringLiteral("SELECT start_offset FROM annotations")), int(body->indexOf(quote)));
    // ...and drawn in the pane.
    QCOMPARE(highlighter.drawnCount(), 1);
    QVERIFY(!view.textCursor().hasSelection());

    m_stack->undo();
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(m_library->count(QStringLiteral("SELECT count(*) FROM annotations")), 0);
    QCOMPARE(highlighter.drawnCount(), 0);

    m_stack->redo();
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->index(0, 0).data(QuoteRole).toString(), quote);
    QCOMPARE(m_library->count(QStringLiteral("SELECT count(*) FROM annotations")), 1);
    QCOMPARE(highlighter.drawnCount(), 1);
}

void TestNotesPanel::noteTypedIsSavedAndUndoneAsOneStep()
{
    const qint64 articleId = m_articles.at(1);
    ArticleView view;
    view.showArticle(detail(articleId, QStringLiteral("温县铁棍山药喜获丰收"), *m_store->articleBody(articleId)));
    ArticleHighlighter highlighter(&view);
    AnnotationsPanel panel;
    panel.setEditor(m_editor.get());
    panel.setHighlighter(&highlighter);
    panel.show();
    highlighter.refresh();
    // "铁棍山药" is in the headline too; a selection there is not in the body and cannot be highlighted.
    QVERIFY(selectInPane(view, QStringLiteral("铁棍山药")));
    QVERIFY(!panel.highlightSelection(QStringLiteral("yellow")));
    QVERIFY(selectInPane(view, QStringLiteral("万亩铁棍山药")));
    const std::optional<qint64> id = panel.highlightSelection(QStringLiteral("yellow"));
    QVERIFY2(id.has_value(), qPrintable(panel.lastError()));
    const int stepsBefore = m_stack->count();

    panel.noteEdit()->setFocus();
    typeText(panel.noteEdit(), QStringLiteral("地理标志"));
    panel.flushNote();
    typeText(panel.noteEdit(), QStringLiteral("产品"));
    panel.flushNote();
    QCOMPARE(m_store->annotation(*id)->note, QStringLiteral("地理标志产品"));
    QCOMPARE(panel.model()->index(0, 0).data(NoteTextRole).toString(), QStringLiteral("地理标志产品"));
    QCOMPARE(m_stack->count(), stepsBefore + 1); // typing merges into one undo step

    m_stack->undo();
    QCOMPARE(m_store->annotation(*id)->note, QString());
    QCOMPARE(panel.noteEdit()->toPlainText(), QString());
    QCOMPARE(m_store->annotationsOfArticle(articleId).size(), 1); // the highlight stays
}

void TestNotesPanel::articleNoteRecolorAndDelete()
{
    const qint64 articleId = m_articles.first();
    ArticleView view;
    view.showArticle(detail(articleId, QStringLiteral("高新区召开安全生产工作会议"), *m_store->articleBody(articleId)));
    ArticleHighlighter highlighter(&view);
    AnnotationsPanel panel;
    panel.setEditor(m_editor.get());
    panel.setHighlighter(&highlighter);
    highlighter.refresh();

    QVERIFY(selectInPane(view, QStringLiteral("冬季安全")));
    const std::optional<qint64> highlight = panel.highlightSelection(QStringLiteral("pink"), QStringLiteral("冬季"));
    QVERIFY(highlight);
    const std::optional<qint64> note = panel.addArticleNote(QStringLiteral("与上周会议对比"));
    QVERIFY(note);
    QCOMPARE(panel.model()->rowCount(), 2);
    // Notes on the article come first.
    QCOMPARE(panel.model()->index(0, 0).data(AnnotationIdRole).toLongLong(), *note);

    panel.selectAnnotation(*highlight);
    panel.recolorBar()->button(QStringLiteral("orange"))->click();
    QCOMPARE(m_store->annotation(*highlight)->color, QStringLiteral("orange"));
    QCOMPARE(panel.currentAnnotation(), *highlight);

    panel.listView()->setFocus();
    QTest::keyClick(panel.listView(), Qt::Key_Delete);
    QVERIFY(!m_store->annotation(*highlight));
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(highlighter.drawnCount(), 0);
    m_stack->undo();
    QCOMPARE(m_store->annotation(*highlight)->color, QStringLiteral("orange"));
    QCOMPARE(highlighter.drawnCount(), 1);
}

void TestNotesPanel::clickingHighlightChoosesItInPanel()
{
    const qint64 articleId = m_articles.first();
    const QString body = *m_store->articleBody(articleId);
    ArticleView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(detail(articleId, QStringLiteral("高新区召开安全生产工作会议"), body));
    ArticleHighlighter highlighter(&view);
    AnnotationsPanel panel;
    panel.setEditor(m_editor.get());
    panel.setHighlighter(&highlighter);
    highlighter.refresh();
    const int start = int(body.indexOf(QStringLiteral("时时放心不下")));
    const std::optional<qint64> id = m_editor->addHighlight(articleId, {start, start + 6}, QStringLiteral("blue"));
    QVERIFY(id);
    panel.listView()->clearSelection();
    panel.listView()->setCurrentIndex({});
    QCOMPARE(panel.currentAnnotation(), 0);

    QTextCursor inside(view.document());
    inside.setPosition(highlighter.documentPosition(start + 2));
    const QPoint point = view.cursorRect(inside).center();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(panel.currentAnnotation(), *id);
    QCOMPARE(highlighter.activeAnnotation(), *id);
}

void TestNotesPanel::switchingArticleFollowsPane()
{
    const qint64 first = m_articles.first();
    const qint64 second = m_articles.at(1);
    QVERIFY(m_editor->addArticleNote(second, QStringLiteral("山药")).has_value());
    ArticleView view;
    view.showArticle(detail(first, QStringLiteral("甲"), *m_store->articleBody(first)));
    ArticleHighlighter highlighter(&view);
    AnnotationsPanel panel;
    panel.setEditor(m_editor.get());
    panel.setHighlighter(&highlighter);
    QSignalSpy changed(&highlighter, &ArticleHighlighter::articleChanged);
    highlighter.refresh();
    QCOMPARE(panel.model()->rowCount(), 0);
    view.showArticle(detail(second, QStringLiteral("乙"), *m_store->articleBody(second)));
    // The pane re-renders; the highlighter notices on the next turn of the event loop.
    QTRY_COMPARE(panel.model()->articleId(), second);
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(changed.size(), 2);
}

void TestNotesPanel::modelPassesTester()
{
    AnnotationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setArticle(m_articles.first());
    QVERIFY(m_editor->addHighlight(m_articles.first(), {0, 3}, QStringLiteral("yellow")).has_value());
    QVERIFY(m_editor->addArticleNote(m_articles.first(), QStringLiteral("笔记")).has_value());
    QCOMPARE(model.rowCount(), 2);
    m_stack->undo();
    QCOMPARE(model.rowCount(), 1);
    model.setArticle(m_articles.last());
    QCOMPARE(model.rowCount(), 0);
}

void TestNotesPanel::highlightsTellTheirParagraph_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("paragraph");

    const QString body = QStringLiteral("\n第一段讲会议。\n\n\n第二段讲山药。\n第三段讲降雪。");
    QTest::newRow("first, after a leading empty line") << body << QStringLiteral("会议") << 1;
    QTest::newRow("second, after empty lines") << body << QStringLiteral("山药") << 2;
    QTest::newRow("third") << body << QStringLiteral("降雪") << 3;
    QTest::newRow("start of a paragraph") << body << QStringLiteral("第三段") << 3;
    QTest::newRow("one paragraph") << QStringLiteral("只有一段，讲山药。") << QStringLiteral("山药") << 1;
}

// The panel's card says which paragraph a highlight is in (as the reader sees them: empty lines do not
// count) and still names its color.
void TestNotesPanel::highlightsTellTheirParagraph()
{
    QFETCH(QString, body);
    QFETCH(QString, quote);
    QFETCH(int, paragraph);
    test::SampleArticle sample;
    sample.seq = 7;
    sample.headline = QStringLiteral("分段的稿件");
    sample.body = body;
    const qint64 article = m_library->addArticle(sample);
    QVERIFY(article > 0);
    const int start = int(body.indexOf(quote));
    QVERIFY(m_editor->addHighlight(article, {start, start + int(quote.size())}, QStringLiteral("green")));
    QVERIFY(m_editor->addArticleNote(article, QStringLiteral("整篇的笔记")));

    AnnotationListModel model;
    model.setStore(m_store.get());
    model.setArticle(article);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex note = model.index(0, 0);
    const QModelIndex highlight = model.index(1, 0);
    QCOMPARE(note.data(NoteKindRole).toInt(), int(AnnotationKind::Note));
    QCOMPARE(note.data(ParagraphRole).toInt(), 0);
    QCOMPARE(highlight.data(ParagraphRole).toInt(), paragraph);
    const QString header = NoteCardDelegate::headerText(highlight);
    QVERIFY2(header.contains(QString::number(paragraph)), qPrintable(header));
    QVERIFY2(header.contains(highlightColorLabel(QStringLiteral("green"))), qPrintable(header));
}

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
