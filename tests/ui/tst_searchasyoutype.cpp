// Issue 16: search runs as the reader types (after a pause), and results are never silently stale: while
// the query in the field is not the one the results belong to, the list is greyed and a line says whose
// results they are.
#include "articlelistmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "search/searchasyoutype.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QGraphicsEffect>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

namespace {

// Replaces the field's text as typing does (textEdited is emitted). QTest::keyClicks cannot type
// Chinese: it is committed through the input method, as an IME does.
void typeQuery(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(field, &event);
}

} // namespace

class TestSearchAsYouType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void worthSearchingWhileTyping_data();
    void worthSearchingWhileTyping();
    void editedQueryIsStaleUntilItsResultsArrive_data();
    void editedQueryIsStaleUntilItsResultsArrive();
    void loneLatinLetterWaitsForEnter();
    void quickTypingSearchesOnce();

private:
    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    SearchAsYouType *m_typing = nullptr;
};

void TestSearchAsYouType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(m_library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSearchAsYouType::init()
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
    m_typing = m_window->findChild<SearchAsYouType *>();
    QVERIFY(m_typing);
}

void TestSearchAsYouType::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
}

void TestSearchAsYouType::cleanupTestCase()
{
    QSettings().clear();
}

void TestSearchAsYouType::worthSearchingWhileTyping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("worth");
    QTest::newRow("one Chinese character") << QStringLiteral("雪") << true;
    QTest::newRow("two Chinese characters") << QStringLiteral("吕沛") << true;
    QTest::newRow("one Latin letter") << QStringLiteral("x") << false;
    QTest::newRow("one digit, spaced") << QStringLiteral(" 2 ") << false;
    QTest::newRow("a word") << QStringLiteral("lvpei") << true;
    QTest::newRow("open quote") << QStringLiteral("\"高新") << false;
    QTest::newRow("closed quote") << QStringLiteral("\"高新区\"") << true;
    QTest::newRow("field without value") << QStringLiteral("tag:") << false;
    QTest::newRow("dangling minus") << QStringLiteral("调研 -") << false;
    QTest::newRow("field with a value") << QStringLiteral("person:吕沛") << true;
    QTest::newRow("cleared") << QString() << true;
}

void TestSearchAsYouType::worthSearchingWhileTyping()
{
    QFETCH(QString, text);
    QFETCH(bool, worth);
    QCOMPARE(SearchAsYouType::worthSearchingWhileTyping(text), worth);
}

void TestSearchAsYouType::editedQueryIsStaleUntilItsResultsArrive_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("two characters") << QStringLiteral("高新区") << QStringLiteral("吕沛");
    QTest::newRow("one character") << QStringLiteral("吕沛") << QStringLiteral("雪");
}

void TestSearchAsYouType::editedQueryIsStaleUntilItsResultsArrive()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QLineEdit *field = m_window->searchField();
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("searchStaleLabel"));
    QVERIFY(label);
    QListView *results = m_window->searchResultsView();

    m_window->search(first);
    QVERIFY(m_window->searchModel()->rowCount() > 0);
    QVERIFY(!m_typing->isStale());
    QVERIFY(!label->isVisible());
    QVERIFY(!results->graphicsEffect()->isEnabled());

    typeQuery(field, second);
    QCOMPARE(field->text(), second);
    // At once: the old results are greyed and said to be the old query's.
    QVERIFY(m_typing->isStale());
    QVERIFY(m_typing->isPending());
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(first), qPrintable(label->text()));
    QVERIFY(results->graphicsEffect()->isEnabled());
    QCOMPARE(m_typing->shownQuery(), first);

    // After the pause, the new query's results, no longer greyed.
    QTRY_VERIFY_WITH_TIMEOUT(!m_typing->isStale(), 3000);
    QCOMPARE(m_typing->shownQuery(), second);
    QVERIFY(!label->isVisible());
    QVERIFY(!results->graphicsEffect()->isEnabled());
    QVERIFY(m_window->searchModel()->rowCount() > 0);
    const QString html = m_window->searchModel()->index(0, 0).data(ArticleListModel::HtmlRole).toString();
    QVERIFY2(html.contains(second.left(1)), qPrintable(html));
}

void TestSearchAsYouType::loneLatinLetterWaitsForEnter()
{
    QLineEdit *field = m_window->searchField();
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("searchStaleLabel"));
    m_window->search(QStringLiteral("高新区"));
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("x"));
    QVERIFY(m_typing->isStale());
    QVERIFY(!m_typing->isPending());
    QVERIFY2(label->isVisible() && label->text().contains(QStringLiteral("Enter")), qPrintable(label->text()));
    QTest::qWait(SearchAsYouType::DebounceMs * 2);
    QCOMPARE(m_typing->shownQuery(), QStringLiteral("高新区")); // not run by itself
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_typing->shownQuery(), QStringLiteral("x"));
    QVERIFY(!m_typing->isStale());
}

void TestSearchAsYouType::quickTypingSearchesOnce()
{
    QSignalSpy requests(m_typing, &SearchAsYouType::searchRequested);
    QLineEdit *field = m_window->searchField();
    field->setFocus();
    for (const QString &part : {QStringLiteral("高"), QStringLiteral("新"), QStringLiteral("区")}) {
        QInputMethodEvent event;
        event.setCommitString(part);
        QApplication::sendEvent(field, &event);
        QTest::qWait(SearchAsYouType::DebounceMs / 4);
    }
    QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 1, 3000);
    QTest::qWait(SearchAsYouType::DebounceMs * 2);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().first().toString(), QStringLiteral("高新区"));
    QCOMPARE(m_typing->shownQuery(), QStringLiteral("高新区"));
}

QTEST_MAIN(TestSearchAsYouType)
#include "tst_searchasyoutype.moc"
