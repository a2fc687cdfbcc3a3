// Issue 16: the article's tags as coloured chips in its header, above the headline; a click lists every
// article with that tag (the search `tag:NAME`). The chips follow tagging, renaming and removal.
#include "articlelistmodel.h"
#include "articleview.h"
#include "language.h"
#include "mainwindow.h"
#include "notes/notescontroller.h"
#include "notes/noteseditor.h"
#include "notes/tagchipbar.h"
#include "uitesthelpers.h"

#include <QAbstractTextDocumentLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>

using namespace kanbao;

class TestTagChips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tagQuery_data();
    void tagQuery();
    void chipsShowTheArticlesTagsAboveTheHeadline();
    void clickingAChipListsTheTaggedArticles_data();
    void clickingAChipListsTheTaggedArticles();
    void chipsFollowRenamingAndRemoval();

private:
    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestTagChips::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
}

void TestTagChips::init()
{
    // A library of its own per test: the tags made in one do not leak into the next.
    m_library = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QString::fromLatin1(QTest::currentDataTag()).remove(u' ')
                               + QStringLiteral(".kanbao"));
    const QString error = test::importSamples(m_library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
    QVERIFY(m_window->articleView()->article());
}

void TestTagChips::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    QSettings().clear();
}

void TestTagChips::tagQuery_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::newRow("Chinese") << QStringLiteral("农业") << QStringLiteral("tag:农业");
    QTest::newRow("with a space") << QStringLiteral("to read") << QStringLiteral("tag:\"to read\"");
}

void TestTagChips::tagQuery()
{
    QFETCH(QString, name);
    QFETCH(QString, query);
    QCOMPARE(TagChipBar::tagQuery(name), query);
}

void TestTagChips::chipsShowTheArticlesTagsAboveTheHeadline()
{
    TagChipBar *bar = m_window->notes()->tagChips();
    QVERIFY(bar);
    QVERIFY(!bar->isVisible()); // no tag yet: no empty strip
    NotesEditor *editor = m_window->notes()->editor();
    const qint64 article = m_window->articleView()->article()->id;
    const auto farming = editor->createTag(QStringLiteral("农业"), QStringLiteral("#16a34a"));
    const auto weather = editor->createTag(QStringLiteral("天气"), QStringLiteral("#fde68a"));
    const auto other = editor->createTag(QStringLiteral("其他"));
    QVERIFY(farming && weather && other);
    QVERIFY(editor->assignTags({article}, {*farming, *weather}));

    QTRY_VERIFY(bar->isVisible());
    QStringList names = bar->tagNames();
    names.sort();
    QStringList expected{QStringLiteral("农业"), QStringLiteral("天气")};
    expected.sort();
    QCOMPARE(names, expected); // not 其他: the article's tags only
    // Each chip in its tag's colour.
    for (QToolButton *chip : bar->chips()) {
        const QString color = chip->text() == QStringLiteral("农业") ? QStringLiteral("#16a34a") : QStringLiteral("#fde68a");
        QVERIFY2(chip->styleSheet().contains(color), qPrintable(chip->styleSheet()));
        QVERIFY(chip->width() >= chip->sizeHint().width()); // the name is not cut
    }
    // In the header: inside the text column, above the headline, which starts below the strip.
    ArticleView *view = m_window->articleView();
    const QRectF headline = view->document()->documentLayout()->blockBoundingRect(view->headlineBlock());
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY2(bar->geometry().bottom() < headline.top() - scroll,
             qPrintable(QStringLiteral("%1 vs %2").arg(bar->geometry().bottom()).arg(headline.top())));
    QVERIFY(bar->geometry().left() >= view->document()->rootFrame()->frameFormat().leftMargin() - 1);
    QVERIFY(view->viewport()->rect().contains(bar->geometry()));
}

void TestTagChips::clickingAChipListsTheTaggedArticles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Chinese name") << QStringLiteral("农业");
    QTest::newRow("name with a space") << QStringLiteral("to read");
}

void TestTagChips::clickingAChipListsTheTaggedArticles()
{
    QFETCH(QString, name);
    NotesEditor *editor = m_window->notes()->editor();
    const qint64 article = m_window->articleView()->article()->id;
    m_window->nextArticle();
    const qint64 second = m_window->articleView()->article()->id;
    QVERIFY(second != article);
    const auto tag = editor->createTag(name);
    QVERIFY(tag);
    QVERIFY(editor->assignTags({article, second}, {*tag}));
    TagChipBar *bar = m_window->notes()->tagChips();
    QTRY_COMPARE(bar->chips().size(), 1);

    QTest::mouseClick(bar->chips().first(), Qt::LeftButton);
    QCOMPARE(m_window->searchField()->text(), TagChipBar::tagQuery(name));
    QTRY_COMPARE(m_window->searchModel()->rowCount(), 2);
    QList<qint64> found;
    for (int row = 0; row < 2; ++row)
        found << m_window->searchModel()->index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
    std::sort(found.begin(), found.end());
    QList<qint64> expected{article, second};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(found, expected);
    QVERIFY(m_dialogs->warnings.isEmpty());
}

void TestTagChips::chipsFollowRenamingAndRemoval()
{
    NotesEditor *editor = m_window->notes()->editor();
    const qint64 article = m_window->articleView()->article()->id;
    const auto tag = editor->createTag(QStringLiteral("农业"));
    QVERIFY(tag);
    QVERIFY(editor->assignTags({article}, {*tag}));
    TagChipBar *bar = m_window->notes()->tagChips();
    QTRY_COMPARE(bar->tagNames(), QStringList{QStringLiteral("农业")});
    QVERIFY(editor->renameTag(*tag, QStringLiteral("三农")));
    QTRY_COMPARE(bar->tagNames(), QStringList{QStringLiteral("三农")});
    QVERIFY(editor->removeTags({article}, {*tag}));
    QTRY_VERIFY(bar->tagNames().isEmpty());
    QVERIFY(!bar->isVisible());
    // Undo puts it back on the article, and the chip with it.
    editor->undoStack()->undo();
    QTRY_COMPARE(bar->tagNames(), QStringList{QStringLiteral("三农")});
}

QTEST_MAIN(TestTagChips)
#include "tst_tagchips.moc"
