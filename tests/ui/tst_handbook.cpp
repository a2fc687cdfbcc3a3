// Help ▸ Kanbao Handbook and Help ▸ Keyboard Shortcuts open from the Help menu in English and Chinese; the
// Chinese handbook is in Chinese; the shortcut list is the window's actions; Escape closes both.
#include "handbookwindow.h"
#include "language.h"
#include "mainwindow.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace kanbao;

namespace {

int countHan(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
    return n;
}

QMenu *menuHolding(QMainWindow *window, QAction *action)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            return menu->menu();
    }
    return nullptr;
}

} // namespace

class TestHandbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void handbookOpensFromHelp_data();
    void handbookOpensFromHelp();
    void handbookFollowsALanguageSwitch();
    void shortcutsListEveryShortcutOfTheWindow_data();
    void shortcutsListEveryShortcutOfTheWindow();

private:
    void switchTo(const QString &language);
    HandbookWindow *openFromHelp(const char *actionName);

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestHandbook::initTestCase()
{
    // A home of its own: the settings (test mode keeps them under $HOME/.qttest) are not shared with the
    // GUI tests running alongside, and the export dialog's Documents folder is not made in the real home.
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(m_library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHandbook::init()
{
    Language::apply(QStringLiteral("en"));
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
}

void TestHandbook::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
}

void TestHandbook::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
    QSettings().clear();
}

void TestHandbook::switchTo(const QString &language)
{
    QAction *choice = m_window->action(QStringLiteral("language_") + language);
    QVERIFY(choice);
    choice->trigger();
    QCOMPARE(Language::current(), language);
    // QApplication posts LanguageChange to the windows: let it arrive, as the event loop would.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

HandbookWindow *TestHandbook::openFromHelp(const char *actionName)
{
    QAction *action = m_window->action(QString::fromLatin1(actionName));
    if (!action)
        return nullptr;
    QMenu *menu = menuHolding(m_window.get(), action);
    // In the Help menu, the one that holds About.
    if (!menu || !menu->actions().contains(m_window->action(QStringLiteral("aboutAction"))))
        return nullptr;
    action->trigger();
    auto *window = m_window->findChild<HandbookWindow *>(
        QString::fromLatin1(actionName) == QLatin1String("handbookAction") ? QStringLiteral("handbookWindow")
                                                                           : QStringLiteral("shortcutsWindow"));
    if (window && !QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void TestHandbook::handbookOpensFromHelp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("headings");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Import"), QStringLiteral("Reading"), QStringLiteral("Search"),
                                       QStringLiteral("Notes and tags"), QStringLiteral("People, organizations"),
                                       QStringLiteral("Export"), QStringLiteral("The command line")};
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList{QStringLiteral("导入"), QStringLiteral("阅读"), QStringLiteral("检索"),
                                          QStringLiteral("笔记与标签"), QStringLiteral("人物、机构与地名"),
                                          QStringLiteral("导出"), QStringLiteral("命令行")};
}

void TestHandbook::handbookOpensFromHelp()
{
    QFETCH(QString, language);
    QFETCH(QStringList, headings);
    switchTo(language);
    HandbookWindow *window = openFromHelp("handbookAction");
    QVERIFY(window);
    QVERIFY(window->isVisible());
    const QString text = window->browser()->toPlainText();
    for (const QString &heading : headings)
        QVERIFY2(text.contains(heading), qPrintable(heading));
    // Every command of the CLI is in the manual.
    for (const char *command : {"import", "issues", "search", "show", "entities", "tag", "annotate", "export-notes",
                                "check", "repair"})
        QVERIFY2(text.contains(QStringLiteral("kanbao-cli %1").arg(QLatin1String(command))), command);
    const int han = countHan(text);
    if (language == QLatin1String("zh_CN")) {
        QVERIFY2(han > 600, qPrintable(QString::number(han)));
        QVERIFY(!text.contains(QStringLiteral("Reading")));
    } else {
        QVERIFY2(han < 40, qPrintable(QString::number(han))); // only the Chinese examples
    }
    QVERIFY(!window->windowTitle().isEmpty());

    // Escape closes it.
    QPointer<HandbookWindow> guard(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->browser()->setFocus();
    QTest::keyClick(window->browser(), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestHandbook::handbookFollowsALanguageSwitch()
{
    HandbookWindow *window = openFromHelp("handbookAction");
    QVERIFY(window);
    QVERIFY(countHan(window->browser()->toPlainText()) < 40);
    switchTo(QStringLiteral("zh_CN"));
    QVERIFY(countHan(window->browser()->toPlainText()) > 600);
    switchTo(QStringLiteral("en"));
    QVERIFY(countHan(window->browser()->toPlainText()) < 40);
}

void TestHandbook::shortcutsListEveryShortcutOfTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestHandbook::shortcutsListEveryShortcutOfTheWindow()
{
    QFETCH(QString, language);
    switchTo(language);
    HandbookWindow *window = openFromHelp("shortcutsAction");
    QVERIFY(window);
    const QString text = window->browser()->toPlainText();
    int withShortcut = 0;
    static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)|&(?=\\w)"));
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        ++withShortcut;
        QString name = action->text();
        name.remove(mnemonic);
        name.remove(QStringLiteral("…"));
        QVERIFY2(text.contains(name.trimmed()), qPrintable(name));
        QVERIFY2(text.contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(name));
    }
    QVERIFY2(withShortcut >= 10, qPrintable(QString::number(withShortcut)));
    // The menu's own mnemonics are not in the list.
    QVERIFY(!text.contains(u'&'));
    if (language == QLatin1String("zh_CN"))
        QVERIFY(text.contains(QStringLiteral("下一篇")));
    else
        QVERIFY(text.contains(QStringLiteral("Next Article")));
}

QTEST_MAIN(TestHandbook)
#include "tst_handbook.moc"
