// The library-wide notes browser: filters by text, tag, color, kind and dates; orphans; jumping to a
// note; loading long lists in batches.

#include "notes/noteroles.h"
#include "notes/notesbrowser.h"
#include "notes/notesbrowsermodel.h"
#include "notes/noteseditor.h"
#include "notes/notesstore.h"
#include "notestestlibrary.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace kanbao;

class TestNotesBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filters_data();
    void filters();
    void searchFieldFiltersAfterTyping();
    void orphansAreListedWithWhereTheyWere();
    void activatingOpensTheSpot();
    void followsTheLibrary();
    void longListsLoadInBatches();
    void modelPassesTester();

private:
    std::unique_ptr<test::NotesTestLibrary> m_library;
    QList<qint64> m_articles;
    qint64 m_orphanId = 0;
    qint64 m_yellowId = 0;
    std::unique_ptr<NotesStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<NotesEditor> m_editor;
};

void TestNotesBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNotesBrowser::init()
{
    m_library = std::make_unique<test::NotesTestLibrary>();
    QVERIFY(m_library->create());
    m_articles = m_library->addSamples();
    test::SampleArticle old;
    old.seq = 5;
    old.headline = QStringLiteral("旧版文章");
    old.body = QStringLiteral("这篇文章将在重新导入时消失。");
    const qint64 oldId = m_library->addArticle(old);
    QVERIFY(oldId > 0);
    m_store = std::make_unique<NotesStore>(m_library->database());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<NotesEditor>(m_store.get(), m_stack.get());

    // Article 0 (2023-12-03, tagged 焦作): a yellow highlight with a note; article 1 (same day, tagged 焦作
    // and 农业): a green one; article 2 (2024-01-15): a note on the article; and an orphan.
    const qint64 jiaozuo = *m_editor->createTag(QStringLiteral("焦作"));
    const qint64 farming = *m_editor->createTag(QStringLiteral("农业"));
    QVERIFY(m_editor->assignTags({m_articles.at(0), m_articles.at(1)}, {jiaozuo}));
    QVERIFY(m_editor->assignTags({m_articles.at(1)}, {farming}));
    const QString body0 = *m_store->articleBody(m_articles.at(0));
    const int s0 = int(body0.indexOf(QStringLiteral("压实责任")));
    m_yellowId = *m_editor->addHighlight(m_articles.at(0), {s0, s0 + 4}, QStringLiteral("yellow"),
                                         QStringLiteral("会议要求的重点"));
    const QString body1 = *m_store->articleBody(m_articles.at(1));
    const int s1 = int(body1.indexOf(QStringLiteral("铁棍山药")));
    QVERIFY(m_editor->addHighlight(m_articles.at(1), {s1, s1 + 4}, QStringLiteral("green")));
    QVERIFY(m_editor->addArticleNote(m_articles.at(2), QStringLiteral("降雪与交通")));
    m_orphanId = *m_editor->addHighlight(oldId, {0, 4}, QStringLiteral("pink"), QStringLiteral("旧笔记"));
    // The article goes away (as a re-import that could not re-anchor would leave it): an orphan.
    QSqlQuery q(m_library->database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(oldId)));
    QVERIFY(m_store->annotation(m_orphanId)->isOrphan());
    m_stack->clear();
}

void TestNotesBrowser::cleanup()
{
    m_stack->clear();
    m_editor.reset();
    m_stack.reset();
    m_store.reset();
    m_library.reset();
}

void TestNotesBrowser::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("color");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("dates");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expectedQuotesOrNotes");

    const int everything = int(NotesBrowser::Kind::Everything);
    const int any = int(NotesBrowser::DateFilter::Any);
    QTest::newRow("all") << QString() << QString() << QString() << everything << any << QDate() << QDate()
                         << QStringList{QStringLiteral("压实责任"), QStringLiteral("铁棍山药"), QStringLiteral("降雪与交通"),
                                        QStringLiteral("这篇文章")};
    QTest::newRow("text-in-note") << QStringLiteral("重点") << QString() << QString() << everything << any << QDate()
                                  << QDate() << QStringList{QStringLiteral("压实责任")};
    QTest::newRow("text-in-quote") << QStringLiteral("山药") << QString() << QString() << everything << any << QDate()
                                   << QDate() << QStringList{QStringLiteral("铁棍山药")};
    QTest::newRow("tag") << QString() << QStringLiteral("焦作") << QString() << everything << any << QDate() << QDate()
                         << QStringList{QStringLiteral("压实责任"), QStringLiteral("铁棍山药")};
    QTest::newRow("tag-other") << QString() << QStringLiteral("农业") << QString() << everything << any << QDate()
                               << QDate() << QStringList{QStringLiteral("铁棍山药")};
    QTest::newRow("color") << QString() << QString() << QStringLiteral("green") << everything << any << QDate()
                           << QDate() << QStringList{QStringLiteral("铁棍山药")};
    QTest::newRow("tag-and-color") << QString() << QStringLiteral("农业") << QStringLiteral("yellow") << everything
                                   << any << QDate() << QDate() << QStringList();
    QTest::newRow("highlights") << QString() << QString() << QString() << int(NotesBrowser::Kind::Highlights) << any
                                << QDate() << QDate()
                                << QStringList{QStringLiteral("压实责任"), QStringLiteral("铁棍山药"), QStringLiteral("这篇文章")};
    QTest::newRow("article-notes") << QString() << QString() << QString() << int(NotesBrowser::Kind::ArticleNotes)
                                   << any << QDate() << QDate() << QStringList{QStringLiteral("降雪与交通")};
    QTest::newRow("orphans") << QString() << QString() << QString() << int(NotesBrowser::Kind::Orphans) << any
                             << QDate() << QDate() << QStringList{QStringLiteral("这篇文章")};
    QTest::newRow("issue-dates") << QString() << QString() << QString() << everything
                                 << int(NotesBrowser::DateFilter::IssueDate) << QDate(2024, 1, 1) << QDate(2024, 1, 31)
                                 << QStringList{QStringLiteral("降雪与交通")};
    QTest::newRow("written-today") << QString() << QStringLiteral("焦作") << QString() << everything
                                   << int(NotesBrowser::DateFilter::WrittenDate) << QDate::currentDate().addDays(-1)
                                   << QDate::currentDate().addDays(1)
                                   << QStringList{QStringLiteral("压实责任"), QStringLiteral("铁棍山药")};
    QTest::newRow("written-long-ago") << QString() << QString() << QString() << everything
                                      << int(NotesBrowser::DateFilter::WrittenDate) << QDate(2000, 1, 1)
                                      << QDate(2000, 12, 31) << QStringList();
}

void TestNotesBrowser::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(QString, color);
    QFETCH(int, kind);
    QFETCH(int, dates);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expectedQuotesOrNotes);

    NotesBrowser browser;
    browser.setEditor(m_editor.get());
    QCOMPARE(browser.model()->rowCount(), 4);
    browser.setSearchText(text);
    browser.setTag(tag);
    browser.setColor(color);
    browser.setKind(NotesBrowser::Kind(kind));
    browser.setDateRange(NotesBrowser::DateFilter(dates), from, to);

    QStringList shown;
    for (int row = 0; row < browser.model()->rowCount(); ++row) {
        const QModelIndex index = browser.model()->index(row, 0);
        const QString quote = index.data(QuoteRole).toString();
        shown << (quote.isEmpty() ? index.data(NoteTextRole).toString() : quote.left(4));
    }
    QCOMPARE(shown, expectedQuotesOrNotes);
    QVERIFY(!browser.summaryLabel()->text().isEmpty());
    if (expectedQuotesOrNotes.isEmpty())
        QVERIFY(browser.listView()->model()->rowCount() == 0);

    browser.clearFilters();
    QCOMPARE(browser.model()->rowCount(), 4);
}

void TestNotesBrowser::searchFieldFiltersAfterTyping()
{
    NotesBrowser browser;
    browser.setEditor(m_editor.get());
    browser.show();
    browser.searchField()->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("降雪"));
    QApplication::sendEvent(browser.searchField(), &typed);
    // The query waits for a pause in typing.
    QTRY_COMPARE(browser.model()->rowCount(), 1);
    QCOMPARE(browser.model()->index(0, 0).data(NoteTextRole).toString(), QStringLiteral("降雪与交通"));
}

void TestNotesBrowser::orphansAreListedWithWhereTheyWere()
{
    NotesBrowser browser;
    browser.setEditor(m_editor.get());
    QVERIFY(browser.summaryLabel()->text().contains(QLatin1Char('1')));
    const QModelIndex last = browser.model()->index(browser.model()->rowCount() - 1, 0);
    QCOMPARE(last.data(AnnotationIdRole).toLongLong(), m_orphanId); // orphans come last
    QVERIFY(last.data(IsOrphanRole).toBool());
    QVERIFY(last.data(CitationRole).toString().contains(QStringLiteral("旧版文章")));
    QVERIFY(last.data(CitationRole).toString().contains(QStringLiteral("A08.txt")));
    QSignalSpy orphan(&browser, &NotesBrowser::orphanActivated);
    QSignalSpy open(&browser, &NotesBrowser::openNoteRequested);
    emit browser.listView()->activated(last);
    QCOMPARE(orphan.size(), 1);
    QCOMPARE(open.size(), 0);
}

void TestNotesBrowser::activatingOpensTheSpot()
{
    NotesBrowser browser;
    browser.setEditor(m_editor.get());
    const QModelIndex first = browser.model()->indexOfAnnotation(m_yellowId);
    QVERIFY(first.isValid());
    QSignalSpy open(&browser, &NotesBrowser::openNoteRequested);
    emit browser.listView()->activated(first);
    QCOMPARE(open.size(), 1);
    const QList<QVariant> args = open.first();
    QCOMPARE(args.at(0).toLongLong(), m_articles.at(0));
    QCOMPARE(args.at(1).toLongLong(), m_yellowId);
    const QString body = *m_store->articleBody(m_articles.at(0));
    QCOMPARE(body.mid(args.at(2).toInt(), args.at(3).toInt() - args.at(2).toInt()), QStringLiteral("压实责任"));
    // The citation says where the note is.
    QVERIFY(first.data(CitationRole).toString().contains(QStringLiteral("高新区召开安全生产工作会议")));
    QCOMPARE(first.data(TagNamesRole).toStringList(), QStringList{QStringLiteral("焦作")});
}

void TestNotesBrowser::followsTheLibrary()
{
    NotesBrowser browser;
    browser.setEditor(m_editor.get());
    browser.setTag(QStringLiteral("焦作"));
    QCOMPARE(browser.model()->rowCount(), 2);
    QVERIFY(m_editor->addArticleNote(m_articles.at(1), QStringLiteral("采访张大爷")));
    QTRY_COMPARE(browser.model()->rowCount(), 3);
    m_stack->undo();
    QTRY_COMPARE(browser.model()->rowCount(), 2);
    // Untagging an article takes its notes out of a tag filter; renaming the tag keeps the filter on it.
    QVERIFY(m_editor->removeTags({m_articles.at(1)}, {m_store->tagByName(QStringLiteral("焦作"))->id}));
    QTRY_COMPARE(browser.model()->rowCount(), 1);
    QVERIFY(m_editor->deleteTag(m_store->tagByName(QStringLiteral("焦作"))->id));
    QTRY_COMPARE(browser.tagFilter()->currentIndex(), 0); // the tag is gone: back to all tags
    QTRY_COMPARE(browser.model()->rowCount(), 4);
}

void TestNotesBrowser::longListsLoadInBatches()
{
    const QString body = *m_store->articleBody(m_articles.at(2));
    const int many = NotesBrowserModel::BatchSize * 2 + 50;
    QSqlDatabase db = m_library->database();
    QVERIFY(db.transaction());
    for (int i = 0; i < many; ++i)
        QVERIFY(m_store->insertAnnotation(*m_store->makeHighlight(m_articles.at(2), {i % 20, i % 20 + 3},
                                                                   QStringLiteral("blue"), QString())));
    QVERIFY(db.commit());
    NotesBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    model.setQuery({});
    QCOMPARE(model.totalCount(), many + 4);
    QCOMPARE(model.rowCount(), NotesBrowserModel::BatchSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * NotesBrowserModel::BatchSize);
    // Finding a note far down loads up to it.
    const QModelIndex orphan = model.indexOfAnnotation(m_orphanId);
    QVERIFY(orphan.isValid());
    QCOMPARE(model.rowCount(), many + 4);
    QVERIFY(!model.canFetchMore({}));
}

void TestNotesBrowser::modelPassesTester()
{
    NotesBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QCOMPARE(model.rowCount(), 4);
    NotesQuery q;
    q.colors = {QStringLiteral("yellow")};
    q.includeArticleNotes = false;
    model.setQuery(q);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.articleCount(), 1);
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestNotesBrowser)
#include "tst_notesbrowser.moc"
