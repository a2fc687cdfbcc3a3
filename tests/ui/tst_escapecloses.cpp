// Escape closes the secondary windows — the entity window, the handbook, the notes browser — while the focus is
// in them, and nothing else: Escape in the reading pane leaves the notes browser open.
#include "articleview.h"
#include "entities/entitywindow.h"
#include "handbookwindow.h"
#include "language.h"
#include "mainwindow.h"
#include "notes/notesbrowser.h"
#include "notes/notescontroller.h"
#include "uitesthelpers.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPointer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

class TestEscapeCloses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void entityWindow();
    void handbook_data();
    void handbook();
    void notesBrowser();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestEscapeCloses::initTestCase()
{
    // A home of its own: the settings (test mode keeps them under $HOME/.qttest) are not shared with the
    // GUI tests running alongside, and the export dialog's Documents folder is not made in the real home.
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
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

void TestEscapeCloses::cleanupTestCase()
{
    QSettings().clear();
}

void TestEscapeCloses::entityWindow()
{
    test::ScriptedDialogs dialogs;
    QPointer<EntityWindow> window = EntityWindow::open(m_library, EntityKey{}, &dialogs, nullptr);
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.data()));
    auto *field = window->findChild<QLineEdit *>();
    QVERIFY(field);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(!window || !window->isVisible()); // deleted on close
}

void TestEscapeCloses::handbook_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("handbook") << int(HandbookWindow::Page::Handbook);
    QTest::newRow("shortcuts") << int(HandbookWindow::Page::Shortcuts);
}

void TestEscapeCloses::handbook()
{
    QFETCH(int, page);
    QWidget owner;
    QPointer<HandbookWindow> window = new HandbookWindow(HandbookWindow::Page(page), &owner);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.data()));
    window->browser()->setFocus();
    QTest::keyClick(window->browser(), Qt::Key_Escape);
    QTRY_VERIFY(!window || !window->isVisible());
}

void TestEscapeCloses::notesBrowser()
{
    test::ScriptedDialogs dialogs;
    MainWindow main(&dialogs);
    main.resize(1400, 900);
    main.show();
    main.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    QVERIFY(main.openLibrary(m_library, false));
    main.notes()->showNotesBrowser();
    QDockWidget *dock = main.notes()->notesBrowserDock();
    QVERIFY(dock->isVisible());

    // Escape elsewhere in the main window leaves it.
    main.articleView()->setFocus();
    QTest::keyClick(main.articleView(), Qt::Key_Escape);
    QCoreApplication::processEvents();
    QVERIFY(dock->isVisible());

    auto *field = main.notes()->notesBrowser()->findChild<QLineEdit *>(QStringLiteral("notesSearchField"));
    QVERIFY(field);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(!dock->isVisible());
}

QTEST_MAIN(TestEscapeCloses)
#include "tst_escapecloses.moc"
