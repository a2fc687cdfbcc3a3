// Issue 16: reopening Kanbao goes back to the article one was reading, scrolled as it was (per library),
// and the file dialogs open in the folder last used.
#include "articleview.h"
#include "issuecalendar.h"
#include "language.h"
#include "mainwindow.h"
#include "rememberingdialogs.h"
#include "sessionstate.h"
#include "uitesthelpers.h"

#include <QDir>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

namespace {

// Answers every file dialog with a scripted path and records the folder each was opened on.
class RecordingDialogs : public test::ScriptedDialogs
{
public:
    QStringList proposed;
    QString getExistingDirectory(QWidget *, const QString &, const QString &dir) override
    {
        proposed << dir;
        return directoryAnswer;
    }
    QString getOpenFileName(QWidget *, const QString &, const QString &dir, const QString &) override
    {
        proposed << dir;
        return openFileAnswer;
    }
    QString getSaveFileName(QWidget *, const QString &, const QString &dir, const QString &) override
    {
        proposed << dir;
        return saveFileAnswer;
    }
};

} // namespace

class TestSessionRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void lastArticleAndScrollReopen();
    void eachLibraryKeepsItsOwnPlace();
    void vanishedArticleOpensTheLatestIssue();
    void dialogsRememberTheirFolder_data();
    void dialogsRememberTheirFolder();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &library);

    QTemporaryDir m_dir;
    QString m_library;
    QString m_other;
    test::ScriptedDialogs m_dialogs;
};

void TestSessionRestore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
    Language::apply(QStringLiteral("en"));
    m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
    m_other = m_dir.filePath(QStringLiteral("other.kanbao"));
    for (const QString &path : {m_library, m_other}) {
        const QString error = test::importSamples(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestSessionRestore::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestSessionRestore::openWindow(const QString &library)
{
    auto window = std::make_unique<MainWindow>(&m_dialogs);
    window->restoreSettings();
    window->resize(1400, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openLibrary(library, false))
        return {};
    return window;
}

void TestSessionRestore::lastArticleAndScrollReopen()
{
    std::unique_ptr<MainWindow> window = openWindow(m_library);
    QVERIFY(window);
    const qint64 latestFirst = window->currentArticleId();
    // An article long enough to scroll, and not the one a first visit opens.
    ArticleView *view = window->articleView();
    int steps = 0;
    do {
        window->nextArticle();
        QCoreApplication::processEvents();
    } while (view->verticalScrollBar()->maximum() < 300 && ++steps < 40);
    QVERIFY2(view->verticalScrollBar()->maximum() >= 300, "no article in the samples is long enough to scroll");
    const qint64 article = window->currentArticleId();
    QVERIFY(article != latestFirst);
    const int scroll = view->verticalScrollBar()->maximum() * 3 / 5;
    view->verticalScrollBar()->setValue(scroll);
    window->close();
    window.reset();

    window = openWindow(m_library);
    QVERIFY(window);
    QCOMPARE(window->currentArticleId(), article);
    QCOMPARE(window->articleView()->verticalScrollBar()->value(), scroll);
    // The contents of its issue follow, so J/K go on from there.
    QVERIFY(window->currentIssueId() != 0);
    QCOMPARE(window->reader()->article(article)->issueId, window->currentIssueId());
}

void TestSessionRestore::eachLibraryKeepsItsOwnPlace()
{
    std::unique_ptr<MainWindow> window = openWindow(m_library);
    QVERIFY(window);
    const qint64 first = window->currentArticleId();
    window->nextArticle();
    window->nextArticle();
    const qint64 read = window->currentArticleId();
    QVERIFY(read != first);
    // Switching library remembers the place in the one left.
    QVERIFY(window->openLibrary(m_other, false));
    const qint64 otherFirst = window->currentArticleId();
    QVERIFY(window->openLibrary(m_library, false));
    QCOMPARE(window->currentArticleId(), read);
    QVERIFY(window->openLibrary(m_other, false));
    QCOMPARE(window->currentArticleId(), otherFirst);
}

void TestSessionRestore::vanishedArticleOpensTheLatestIssue()
{
    SessionState::save(m_library, {987654321, 400});
    std::unique_ptr<MainWindow> window = openWindow(m_library);
    QVERIFY(window);
    const std::optional<QDate> latest = window->reader()->latestIssueDate();
    QVERIFY(latest);
    QCOMPARE(window->calendar()->selectedDate(), *latest);
    QVERIFY(window->currentArticleId() != 0);
    QVERIFY(m_dialogs.warnings.isEmpty());
    QVERIFY(!SessionState::load(m_library)); // forgotten, not tried again each start
}

void TestSessionRestore::dialogsRememberTheirFolder_data()
{
    QTest::addColumn<QString>("kind"); // the dialog that chooses the folder first
    QTest::newRow("folder chosen") << QStringLiteral("folder");
    QTest::newRow("file opened") << QStringLiteral("open");
    QTest::newRow("file saved") << QStringLiteral("save");
}

void TestSessionRestore::dialogsRememberTheirFolder()
{
    QFETCH(QString, kind);
    const QString archives = m_dir.filePath(QStringLiteral("archives/焦作日报"));
    QVERIFY(QDir().mkpath(archives));
    auto recording = std::make_unique<RecordingDialogs>();
    RecordingDialogs *answers = recording.get();
    {
        RememberingDialogProvider dialogs(std::move(recording));
        // Nothing chosen yet: the caller's proposal stands.
        answers->directoryAnswer = archives;
        answers->openFileAnswer = archives + QStringLiteral("/a.kanbao");
        answers->saveFileAnswer = archives + QStringLiteral("/notes.md");
        if (kind == QLatin1String("folder"))
            QCOMPARE(dialogs.getExistingDirectory(nullptr, QStringLiteral("Import"), QDir::homePath()), archives);
        else if (kind == QLatin1String("open"))
            dialogs.getOpenFileName(nullptr, QStringLiteral("Open"), QDir::homePath(), QString());
        else
            dialogs.getSaveFileName(nullptr, QStringLiteral("Save"), QStringLiteral("notes.md"), QString());
        QCOMPARE(answers->proposed.size(), 1);
        QVERIFY(answers->proposed.first() != archives);
    }
    // A later run: a dialog with no particular place opens in that folder; a bare file name goes into it;
    // a place the caller means (the export dialog's own path) is kept.
    auto later = std::make_unique<RecordingDialogs>();
    RecordingDialogs *laterAnswers = later.get();
    RememberingDialogProvider dialogs(std::move(later));
    dialogs.getExistingDirectory(nullptr, QStringLiteral("Import"), QDir::homePath());
    dialogs.getOpenFileName(nullptr, QStringLiteral("Open"), QString(), QString());
    dialogs.getSaveFileName(nullptr, QStringLiteral("Export"), QStringLiteral("offices.csv"), QString());
    const QString meant = m_dir.filePath(QStringLiteral("Documents/notes.pdf"));
    dialogs.getSaveFileName(nullptr, QStringLiteral("Export"), meant, QString());
    QCOMPARE(laterAnswers->proposed,
             (QStringList{archives, archives, archives + QStringLiteral("/offices.csv"), meant}));
    // Cancelled dialogs (empty answers) changed nothing.
    QCOMPARE(RememberingDialogProvider::lastFolder(), archives);
}

QTEST_MAIN(TestSessionRestore)
#include "tst_sessionrestore.moc"
