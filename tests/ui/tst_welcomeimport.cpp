// The bundled samples imported through the welcome screen (issue 13): every page gets the paper its masthead
// names (焦作日报), not the folder's name, and no date lies in a year after the newest dated page, the page
// without a year marked as guessed in the wizard, the calendar and the article header. And the wizard's "one
// paper for the whole import", offering the paper chosen last time.
#include "articleview.h"
#include "importwizard.h"
#include "issuecalendar.h"
#include "language.h"
#include "mainwindow.h"
#include "scantablemodel.h"
#include "uitesthelpers.h"

#include "library/library.h"
#include "library/librarystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

namespace {

QString screenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    QTest::qWait(50);
    const QString path = dir + QLatin1Char('/') + name;
    if (!widget->grab().save(path))
        return {};
    qInfo("screenshot: %s", qPrintable(path));
    return path;
}

struct PagePlace
{
    QString file;
    QString paper;
    QDate date;
    bool guessed = false;
};

QList<PagePlace> pages(const QString &libraryPath)
{
    Library library;
    QList<PagePlace> list;
    if (!library.open(libraryPath))
        return list;
    QSqlQuery q(library.database());
    q.exec(QStringLiteral("SELECT p.source_path, pp.name, i.date, i.date_guessed FROM pages p JOIN issues i ON i.id ="
                          " p.issue_id JOIN papers pp ON pp.id = i.paper_id ORDER BY p.source_path"));
    while (q.next())
        list.append({QFileInfo(q.value(0).toString()).fileName(), q.value(1).toString(),
                     QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt() != 0});
    return list;
}

} // namespace

class TestWelcomeImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samplesThroughTheWelcomeScreen();
    void onePaperForTheWholeImport();

private:
    QTemporaryDir m_dir;
};

void TestWelcomeImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    Language::apply(QStringLiteral("en"));
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QVERIFY(m_dir.isValid());
}

void TestWelcomeImport::samplesThroughTheWelcomeScreen()
{
    QSettings().clear();
    test::ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    window.resize(1400, 850);
    window.show();
    const QString libraryPath = m_dir.filePath(QStringLiteral("welcome.kanbao"));
    QVERIFY(window.openLibrary(libraryPath, true));
    window.importSamples(); // the welcome screen's "Import the sample archive"
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isScanning() && wizard->scanModel()->rowCount() > 0, 30000);
    ScanTableModel *scan = wizard->scanModel();
    QCOMPARE(scan->rowCount(), 4);
    for (int row = 0; row < scan->rowCount(); ++row)
        QCOMPARE(scan->index(row, ScanTableModel::PaperColumn).data().toString(), QStringLiteral("焦作日报"));
    wizard->resize(1150, 650);
    QVERIFY(!screenshot(wizard, QStringLiteral("welcome_samples_scan.png")).isEmpty());
    wizard->next();
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::SummaryPageId), 60000);
    QVERIFY(dialogs.warnings.isEmpty());

    const QList<PagePlace> placed = pages(libraryPath);
    QCOMPARE(placed.size(), 4);
    QDate newestWithYear; // the newest date of a page that gives its year (not the yearless one)
    for (const PagePlace &p : placed) {
        QCOMPARE(p.paper, QStringLiteral("焦作日报"));
        QVERIFY(p.date.isValid());
        if (!p.file.startsWith(QStringLiteral("001_")) && (!newestWithYear.isValid() || p.date > newestWithYear))
            newestWithYear = p.date;
    }
    // Never the file's time: no page in a year after the newest dated page's.
    for (const PagePlace &p : placed)
        QVERIFY2(p.date.year() <= newestWithYear.year(), qPrintable(p.file + p.date.toString(Qt::ISODate)));

    // The yearless page: guessed in the calendar and the article header.
    const auto yearless = std::find_if(placed.cbegin(), placed.cend(),
                                       [](const PagePlace &p) { return p.file.startsWith(QStringLiteral("001_")); });
    QVERIFY(yearless != placed.cend());
    QVERIFY(yearless->guessed);
    QCOMPARE(yearless->date.year(), 2024);
    window.showDate(yearless->date);
    QVERIFY(window.calendar()->issuesOn(yearless->date).value(0).dateGuessed);
    QVERIFY(window.articleView()->article());
    QVERIFY(window.articleView()->article()->dateGuessed);
    QVERIFY(window.articleView()->toHtml().contains(QStringLiteral("date guessed")));
    window.findChild<QDockWidget *>(QStringLiteral("issuesDock"))->raise(); // the calendar and contents
    QVERIFY(!screenshot(&window, QStringLiteral("welcome_samples_guessed_date.png")).isEmpty());
}

void TestWelcomeImport::onePaperForTheWholeImport()
{
    QSettings().clear();
    QSettings().setValue(QLatin1String(ImportWizard::LastPaperKey), QStringLiteral("测试日报"));
    const QString libraryPath = m_dir.filePath(QStringLiteral("onepaper.kanbao"));
    {
        Library library;
        QVERIFY(library.open(libraryPath));
    }
    test::ScriptedDialogs dialogs;
    ImportWizard wizard(libraryPath, &dialogs);
    wizard.show();
    wizard.setFolder(QStringLiteral(KANBAO_SAMPLES_DIR));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isScanning() && wizard.scanModel()->rowCount() > 0, 30000);
    ScanTableModel *scan = wizard.scanModel();
    // Offered first: the paper chosen last time; not applied until ticked.
    QCOMPARE(wizard.onePaperChooser()->currentText(), QStringLiteral("测试日报"));
    QVERIFY(!wizard.onePaperBox()->isChecked());
    QCOMPARE(scan->index(0, ScanTableModel::PaperColumn).data().toString(), QStringLiteral("焦作日报"));
    wizard.onePaperBox()->setChecked(true);
    for (int row = 0; row < scan->rowCount(); ++row)
        QCOMPARE(scan->index(row, ScanTableModel::PaperColumn).data().toString(), QStringLiteral("测试日报"));
    // Untick: each file's own paper again.
    wizard.onePaperBox()->setChecked(false);
    for (int row = 0; row < scan->rowCount(); ++row)
        QCOMPARE(scan->index(row, ScanTableModel::PaperColumn).data().toString(), QStringLiteral("焦作日报"));
    // Another paper typed while ticked: every file follows.
    wizard.onePaperBox()->setChecked(true);
    wizard.onePaperChooser()->setEditText(QStringLiteral("焦作晚报"));
    for (int row = 0; row < scan->rowCount(); ++row)
        QCOMPARE(scan->index(row, ScanTableModel::PaperColumn).data().toString(), QStringLiteral("焦作晚报"));
    wizard.resize(1150, 650);
    QVERIFY(!screenshot(&wizard, QStringLiteral("wizard_one_paper.png")).isEmpty());
    wizard.next();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);
    for (const PagePlace &p : pages(libraryPath))
        QCOMPARE(p.paper, QStringLiteral("焦作晚报"));
    QCOMPARE(QSettings().value(QLatin1String(ImportWizard::LastPaperKey)).toString(), QStringLiteral("焦作晚报"));
}

QTEST_MAIN(TestWelcomeImport)
#include "tst_welcomeimport.moc"
