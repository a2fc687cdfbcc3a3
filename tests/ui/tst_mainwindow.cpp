// The main window on the sample library: calendar, contents, article pane, entities, search, navigation.

#include "articlelistmodel.h"
#include "articleview.h"
#include "commandline.h"
#include "entitymodel.h"
#include "fakereader.h"
#include "importwizard.h"
#include "issuecalendar.h"
#include "issuecontentsmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QLabel>
#include <QLayout>
#include <QSettings>
#include <QTabBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QTest>
#include <QTreeView>

using namespace kanbao;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnLatestIssue();
    void choosingADayShowsThatIssue();
    void dayWithoutIssueKeepsCurrentIssue();
    void articleNavigationKeys_data();
    void articleNavigationKeys();
    void issueNavigation();
    void searchShowsHitsAndHighlights_data();
    void searchShowsHitsAndHighlights();
    void typingChineseInSearchField();
    void entityClickListsArticles();
    void copyWithCitation();
    void fontSizeShortcuts();
    void menusShowShortcuts();
    void switchesLanguageLive();
    void languageFollowsTheSystem_data();
    void languageFollowsTheSystem();
    void badLibraryIsADialog_data();
    void badLibraryIsADialog();
    void lockedLibraryIsADialog();
    void libraryFromTheCommandLine();
    void droppingAFolderOpensTheWizard();
    void readOnlyLibraryIsReadNotEdited();
    void emptyLibraryOffersSamples();
    void settingsRestored();
    void emptySavedSearchesDoNotHideTheCalendar();
    void dockTabTitlesAreNotCut();
    void screenshot();

private:
    void openWindow();

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(m_library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::openWindow()
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
}

void TestMainWindow::init()
{
    openWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
}

void TestMainWindow::opensOnLatestIssue()
{
    const std::optional<QDate> latest = m_window->reader()->latestIssueDate();
    QVERIFY(latest.has_value());
    QCOMPARE(m_window->calendar()->selectedDate(), *latest);
    QVERIFY(m_window->currentIssueId() != 0);
    QVERIFY(m_window->currentArticleId() != 0);
    QVERIFY(m_dialogs->warnings.isEmpty());
    QVERIFY(m_window->contentsModel()->rowCount() > 0);
}

void TestMainWindow::choosingADayShowsThatIssue()
{
    // Every issue day of the library, found through the reader, opens its own issue when clicked.
    const QList<IssueInfo> issues = m_window->reader()->issuesBetween(QDate(1900, 1, 1), QDate(2100, 1, 1));
    QVERIFY(issues.size() >= 2);
    for (const IssueInfo &issue : issues) {
        IssueCalendar *calendar = m_window->calendar();
        calendar->setCurrentPage(issue.date.year(), issue.date.month());
        QVERIFY(!calendar->issuesOn(issue.date).isEmpty());
        calendar->setSelectedDate(issue.date);
        emit calendar->clicked(issue.date);
        QCOMPARE(m_window->currentIssueId(), issue.id);
        const std::optional<ArticleDetail> article = m_window->articleView()->article();
        QVERIFY(article.has_value());
        QCOMPARE(article->date, issue.date);
        QCOMPARE(article->issueId, issue.id);
        // The contents tree shows that issue's pages with their articles.
        const QModelIndex page = m_window->contentsModel()->index(0, 0);
        QVERIFY(page.isValid());
        QVERIFY(m_window->contentsModel()->rowCount(page) > 0);
        QCOMPARE(m_window->contentsModel()->rowCount(page), issue.articleCount);
    }
}

void TestMainWindow::dayWithoutIssueKeepsCurrentIssue()
{
    const qint64 before = m_window->currentIssueId();
    const QDate latest = *m_window->reader()->latestIssueDate();
    const QDate empty = latest.addDays(1);
    QVERIFY(m_window->calendar()->issuesOn(empty).isEmpty());
    emit m_window->calendar()->clicked(empty);
    QCOMPARE(m_window->currentIssueId(), before);
}

void TestMainWindow::articleNavigationKeys_data()
{
    QTest::addColumn<QKeySequence>("next");
    QTest::addColumn<QKeySequence>("previous");
    QTest::newRow("J/K") << QKeySequence(Qt::Key_J) << QKeySequence(Qt::Key_K);
    QTest::newRow("Alt+Down/Up") << QKeySequence(Qt::ALT | Qt::Key_Down) << QKeySequence(Qt::ALT | Qt::Key_Up);
}

void TestMainWindow::articleNavigationKeys()
{
    QFETCH(QKeySequence, next);
    QFETCH(QKeySequence, previous);
    m_window->contentsView()->setFocus();
    const qint64 first = m_window->currentArticleId();
    const QModelIndex firstIndex = m_window->contentsModel()->indexOfArticle(first);
    const QModelIndex secondIndex = m_window->contentsModel()->neighbourArticle(firstIndex, 1);
    QVERIFY(secondIndex.isValid());
    const qint64 second = secondIndex.data(IssueContentsModel::ArticleIdRole).toLongLong();
    QTest::keySequence(m_window.get(), next);
    QCOMPARE(m_window->currentArticleId(), second);
    QTest::keySequence(m_window.get(), previous);
    QCOMPARE(m_window->currentArticleId(), first);
}

void TestMainWindow::issueNavigation()
{
    const QList<IssueInfo> issues = m_window->reader()->issuesBetween(QDate(1900, 1, 1), QDate(2100, 1, 1));
    m_window->openIssue(issues.first().id);
    for (int i = 1; i < issues.size(); ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_N);
        QCOMPARE(m_window->currentIssueId(), issues.at(i).id);
    }
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier); // already the last: stays
    QCOMPARE(m_window->currentIssueId(), issues.last().id);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentIssueId(), issues.at(issues.size() - 2).id);
}

void TestMainWindow::searchShowsHitsAndHighlights_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("person") << QStringLiteral("吕沛");
    QTest::newRow("place") << QStringLiteral("高新区");
    QTest::newRow("two words") << QStringLiteral("项目 建设");
}

void TestMainWindow::searchShowsHitsAndHighlights()
{
    QFETCH(QString, query);
    m_window->search(query);
    ArticleListModel *results = m_window->searchModel();
    QVERIFY(results->rowCount() > 0);
    const QModelIndex first = results->index(0, 0);
    // Snippets carry the hits, shown in bold.
    QVERIFY(first.data(ArticleListModel::HtmlRole).toString().contains(QStringLiteral("<b>")));
    emit m_window->searchResultsView()->clicked(first);
    QCOMPARE(m_window->currentArticleId(), first.data(ArticleListModel::ArticleIdRole).toLongLong());
    QVERIFY(m_window->articleView()->highlightCount() > 0);
    QCOMPARE(m_window->articleView()->highlightQuery(), query);
}

void TestMainWindow::typingChineseInSearchField()
{
    // Chinese arrives through the input method: a commit string, as an IME sends it.
    QAction *find = m_window->action(QStringLiteral("findAction"));
    QVERIFY(find);
    find->trigger();
    QLineEdit *field = m_window->searchField();
    QTRY_VERIFY(field->hasFocus() || QApplication::focusWidget() == field);
    QInputMethodEvent event;
    event.setCommitString(QStringLiteral("吕沛"));
    QApplication::sendEvent(field, &event);
    QCOMPARE(field->text(), QStringLiteral("吕沛"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(m_window->searchModel()->rowCount() > 0);
    // Typing letters in the field must not trigger the single-key shortcuts.
    const qint64 article = m_window->currentArticleId();
    QTest::keyClicks(field, QStringLiteral("jknp"));
    QCOMPARE(m_window->currentArticleId(), article);
    QCOMPARE(field->text(), QStringLiteral("吕沛jknp"));
}

void TestMainWindow::entityClickListsArticles()
{
    // Find an article with a person in it through search, then click the person.
    m_window->search(QStringLiteral("吕沛"));
    QVERIFY(m_window->searchModel()->rowCount() > 0);
    m_window->openArticle(m_window->searchModel()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
    EntityModel *entities = m_window->entityModel();
    QVERIFY(entities->rowCount() > 0);
    QModelIndex target;
    for (int g = 0; g < entities->rowCount() && !target.isValid(); ++g) {
        const QModelIndex group = entities->index(g, 0);
        for (int r = 0; r < entities->rowCount(group); ++r) {
            const QModelIndex entity = entities->index(r, 0, group);
            if (entity.data(EntityModel::NameRole).toString() == QStringLiteral("吕沛"))
                target = entity;
        }
    }
    QVERIFY2(target.isValid(), "吕沛 is not among the article's entities");
    QCOMPARE(EntityType(target.data(EntityModel::EntityTypeRole).toInt()), EntityType::Person);
    m_window->entityView()->scrollTo(target);
    const QRect rect = m_window->entityView()->visualRect(target);
    QTest::mouseClick(m_window->entityView()->viewport(), Qt::LeftButton, {}, rect.center());
    ArticleListModel *articles = m_window->entityArticlesModel();
    // The list is read in the background: the click returns at once, the rows follow.
    QTRY_VERIFY(articles->rowCount() > 0);
    QVERIFY(!articles->isFetching());
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->text() == QStringLiteral("Articles mentioning 吕沛:"); }));
    // By date, oldest first.
    for (int r = 1; r < articles->rowCount(); ++r)
        QVERIFY(articles->index(r - 1, 0).data(ArticleListModel::DateRole).toDate()
                <= articles->index(r, 0).data(ArticleListModel::DateRole).toDate());
    // Opening one highlights the name.
    emit m_window->entityArticlesView()->clicked(articles->index(0, 0));
    QVERIFY(m_window->articleView()->highlightCount() > 0);
}

void TestMainWindow::copyWithCitation()
{
    const std::optional<ArticleDetail> article = m_window->articleView()->article();
    QVERIFY(article.has_value());
    QApplication::clipboard()->clear();
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString text = QApplication::clipboard()->text();
    QVERIFY(text.contains(article->body.left(20)));
    QVERIFY(text.contains(QStringLiteral("\n\n— ")));
    QVERIFY(text.contains(article->paper));
    QVERIFY(text.contains(article->date.toString(Qt::ISODate)));
    if (!article->headline.isEmpty())
        QVERIFY(text.startsWith(article->headline + QStringLiteral("\n\n")));
}

void TestMainWindow::fontSizeShortcuts()
{
    ArticleView *view = m_window->articleView();
    const int before = view->fontSize();
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(view->fontSize(), before + 1);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->fontSize(), before - 1);
    QCOMPARE(QSettings().value(QStringLiteral("reader/fontSize")).toInt(), before - 1);
    view->setFontSize(before);
}

void TestMainWindow::menusShowShortcuts()
{
    const struct
    {
        const char *action;
        QKeySequence key;
    } expected[] = {
        {"nextArticleAction", QKeySequence(Qt::Key_J)},
        {"previousArticleAction", QKeySequence(Qt::Key_K)},
        {"nextIssueAction", QKeySequence(Qt::Key_N)},
        {"previousIssueAction", QKeySequence(Qt::Key_P)},
        {"copyCitationAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {"findAction", QKeySequence(QKeySequence::Find)},
    };
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
}

void TestMainWindow::switchesLanguageLive()
{
    QAction *chinese = m_window->action(QStringLiteral("language_zh_CN"));
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(m_window->action(QStringLiteral("nextArticleAction"))->text(), QStringLiteral("下一篇(&N)"));
    QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    m_window->action(QStringLiteral("language_en"))->trigger();
    QCOMPARE(m_window->action(QStringLiteral("nextArticleAction"))->text(), QStringLiteral("&Next Article"));
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestMainWindow::languageFollowsTheSystem_data()
{
    QTest::addColumn<QString>("chosen"); // in the settings; empty: follow the system
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese system") << QString() << QStringList{QStringLiteral("zh-CN")} << QStringLiteral("zh_CN");
    QTest::newRow("Chinese, script named") << QString() << QStringList{QStringLiteral("zh-Hans-CN"), QStringLiteral("zh")}
                                           << QStringLiteral("zh_CN");
    QTest::newRow("English system") << QString() << QStringList{QStringLiteral("en-US")} << QStringLiteral("en");
    QTest::newRow("German, then Chinese") << QString() << QStringList{QStringLiteral("de-DE"), QStringLiteral("zh-CN")}
                                          << QStringLiteral("zh_CN");
    QTest::newRow("neither: English") << QString() << QStringList{QStringLiteral("fr-FR")} << QStringLiteral("en");
    QTest::newRow("chosen English on a Chinese system") << QStringLiteral("en") << QStringList{QStringLiteral("zh-CN")}
                                                        << QStringLiteral("en");
    QTest::newRow("chosen Chinese on an English system") << QStringLiteral("zh_CN") << QStringList{QStringLiteral("en-US")}
                                                         << QStringLiteral("zh_CN");
}

void TestMainWindow::languageFollowsTheSystem()
{
    QFETCH(QString, chosen);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(Language::resolve(chosen, system), expected);
}

void TestMainWindow::badLibraryIsADialog_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not a library") << QByteArray("this is a text file, not a library\n");
    QTest::newRow("truncated sqlite") << QByteArray("SQLite format 3\0garbage", 23);
}

void TestMainWindow::badLibraryIsADialog()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.kanbao").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QString before = m_window->libraryPath();
    QVERIFY(!m_window->openLibrary(path, false));
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY2(m_dialogs->warnings.first().contains(QDir::toNativeSeparators(path)), qPrintable(m_dialogs->warnings.first()));
    // The library that was open stays open.
    QCOMPARE(m_window->libraryPath(), before);
    QVERIFY(m_window->reader());
}

void TestMainWindow::lockedLibraryIsADialog()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.kanbao"));
    QVERIFY(test::importSamples(path).isEmpty());
    {
        // Another program holds the library: an exclusive lock that outlasts the busy timeout.
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY2(query.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE held(x)")));
        const QString before = m_window->libraryPath();
        QVERIFY(!m_window->openLibrary(path, false));
        QCOMPARE(m_dialogs->warnings.size(), 1);
        const QString message = m_dialogs->warnings.first();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("locked")), qPrintable(message)); // what happened
        QVERIFY2(message.contains(QStringLiteral("Open Library")), qPrintable(message)); // what to do
        QCOMPARE(m_window->libraryPath(), before);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        query.finish();
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    // Once the other program is done, the library opens.
    QVERIFY(m_window->openLibrary(path, false));
}

void TestMainWindow::libraryFromTheCommandLine()
{
    // What main() does with `kanbao --library PATH`.
    const QString other = m_dir.filePath(QStringLiteral("from-command-line.kanbao"));
    QVERIFY(test::importSamples(other).isEmpty());
    QCommandLineParser parser;
    describeCommandLine(parser);
    QVERIFY(parser.parse({QStringLiteral("kanbao"), QStringLiteral("--library"), other}));
    QCOMPARE(parser.value(libraryCommandLineOption()), other);
    QVERIFY(m_window->openLibrary(parser.value(libraryCommandLineOption())));
    QCOMPARE(m_window->libraryPath(), QFileInfo(other).absoluteFilePath());
    QVERIFY(m_window->currentArticleId() != 0);
    // Without the option the last library opened comes back.
    QVERIFY(parser.parse({QStringLiteral("kanbao")}));
    MainWindow second(m_dialogs.get());
    QVERIFY(second.openLibrary(parser.value(libraryCommandLineOption())));
    QCOMPARE(second.libraryPath(), QFileInfo(other).absoluteFilePath());
}

void TestMainWindow::droppingAFolderOpensTheWizard()
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(QStringLiteral(KANBAO_SAMPLES_DIR))});
    const QPointF at(m_window->width() / 2.0, m_window->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    auto *wizard = m_window->findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(QDir(wizard->folder()).canonicalPath(), QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).canonicalPath());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isScanning(), 30000);
    QVERIFY(wizard->scanModel()->rowCount() > 0);
    wizard->close();
    delete mime;
}

// Issue 10, failure 3: a library that can only be opened read-only is read, and says so; importing is off
// and asking for it explains why instead of failing half-way.
void TestMainWindow::readOnlyLibraryIsReadNotEdited()
{
    m_window->setReaderFactory([](const QString &, bool, QString *) -> std::unique_ptr<LibraryReader> {
        auto reader = std::make_unique<test::FakeReader>();
        reader->readOnly = true;
        reader->addIssue(QDate(2024, 4, 9));
        return reader;
    });
    QVERIFY(m_window->openLibrary(m_dir.filePath(QStringLiteral("read-only.kanbao")), false));
    auto *import = m_window->findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusLibrary"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QLatin1String("read-only")), qPrintable(status->text()));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("contentsView")));

    m_dialogs->warnings.clear();
    QVERIFY(!m_window->openImportWizard(QStringLiteral(KANBAO_SAMPLES_DIR)));
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY2(m_dialogs->warnings.first().contains(QLatin1String("read-only")), qPrintable(m_dialogs->warnings.first()));
    QVERIFY(!m_window->findChild<ImportWizard *>());
}

void TestMainWindow::emptyLibraryOffersSamples()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.kanbao"));
    QVERIFY(m_window->openLibrary(path, true));
    QWidget *panel = m_window->findChild<QWidget *>(QStringLiteral("emptyLibraryPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QVERIFY(!MainWindow::samplesDirectory().isEmpty());
    QWidget *button = m_window->findChild<QWidget *>(QStringLiteral("importSamplesButton"));
    QVERIFY(button && button->isVisible());
}

void TestMainWindow::settingsRestored()
{
    m_window->articleView()->setFontSize(19);
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->restoreSettings();
    QCOMPARE(m_window->articleView()->fontSize(), 19);
    // The last library opens when none is named.
    QVERIFY(m_window->openLibrary(QString()));
    QCOMPARE(m_window->libraryPath(), QFileInfo(m_library).absoluteFilePath());
    QVERIFY(QSettings().value(QStringLiteral("library/recent")).toStringList().contains(m_window->libraryPath()));
    m_window->articleView()->setFontSize(ArticleView::DefaultFontSize);
}

// A layout saved with the saved-searches tab in front came back with an empty list covering the calendar.
void TestMainWindow::emptySavedSearchesDoNotHideTheCalendar()
{
    auto *issues = m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    auto *saved = m_window->findChild<QDockWidget *>(QStringLiteral("savedSearchDock"));
    QVERIFY(issues && saved);
    QVERIFY(m_window->tabifiedDockWidgets(issues).contains(saved));
    saved->raise();
    QTest::qWait(20);
    QVERIFY(issues->visibleRegion().isEmpty());
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->restoreSettings();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
    QTest::qWait(20);
    issues = m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    QVERIFY(!issues->visibleRegion().isEmpty());
}

// Issue 16: the docks stacked at a side (people, search, notes...) showed their titles cut to "People,
// Organizat…" and "Se…". Every tab of every dock tab bar has the room its whole title needs.
void TestMainWindow::dockTabTitlesAreNotCut()
{
    m_window->resize(1280, 720);
    QTest::qWait(50);
    const QList<QTabBar *> bars = m_window->findChildren<QTabBar *>();
    int tabs = 0;
    for (const QTabBar *bar : bars) {
        if (!bar->isVisible())
            continue;
        const bool vertical = bar->shape() == QTabBar::RoundedEast || bar->shape() == QTabBar::RoundedWest;
        for (int i = 0; i < bar->count(); ++i) {
            ++tabs;
            const QRect rect = bar->tabRect(i);
            const int room = vertical ? rect.height() : rect.width();
            const int needed = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
            QVERIFY2(room >= needed, qPrintable(QStringLiteral("%1: %2 px for %3 px").arg(bar->tabText(i)).arg(room).arg(needed)));
        }
    }
    QVERIFY(tabs >= 2);
}

void TestMainWindow::screenshot()
{
    // The issue with a headline-rich page, and a search, so every pane has something to show.
    const QList<IssueInfo> issues = m_window->reader()->issuesBetween(QDate(1900, 1, 1), QDate(2100, 1, 1));
    m_window->openIssue(issues.first().id);
    m_window->nextArticle();
    m_window->search(QStringLiteral("高新区"));
    if (m_window->entityModel()->rowCount() > 0) {
        const QModelIndex group = m_window->entityModel()->index(0, 0);
        const QModelIndex entity = m_window->entityModel()->index(0, 0, group);
        if (entity.isValid())
            m_window->showEntityArticles(entity.data(EntityModel::EntityIdRole).toLongLong(),
                                         entity.data(EntityModel::NameRole).toString());
        QTRY_VERIFY(!m_window->entityArticlesModel()->isFetching());
    }
    QTest::qWait(50);
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir + QStringLiteral("/mainwindow.png")));
    m_window->action(QStringLiteral("language_zh_CN"))->trigger();
    QTest::qWait(100); // the posted LanguageChange events and the relayout they cause
    QVERIFY(m_window->layout());
    m_window->layout()->activate();
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->menuBar()->height() > 0);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/mainwindow_zh_CN.png")));
    m_window->action(QStringLiteral("language_en"))->trigger();
    QSettings().remove(QStringLiteral("ui/language"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
