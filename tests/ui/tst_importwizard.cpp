// The import wizard end to end on the bundled samples: scan, edit a date, preview, import, summary.

#include "importwizard.h"
#include "language.h"
#include "mainwindow.h"
#include "scantablemodel.h"
#include "uitesthelpers.h"

#include "library/library.h"
#include "library/librarystore.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace kanbao;

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endToEnd();
    void reimportIsUnchanged();
    void unreadableFolderIsADialog_data();
    void unreadableFolderIsADialog();
    void unreadableFileIsListedWithReason();
    void cancelKeepsWhatWasCommitted();
    void emptyLibraryImportsSamplesFromTheWindow();

private:
    static int samplesCount();
    QTemporaryDir m_dir;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

int TestImportWizard::samplesCount()
{
    return int(QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).entryList({QStringLiteral("*.txt")}, QDir::Files).size());
}

static QString newLibrary(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Library library;
    if (!library.open(path))
        qWarning("%s", qPrintable(library.errorString()));
    return path;
}

void TestImportWizard::endToEnd()
{
    const QString libraryPath = newLibrary(m_dir, QStringLiteral("wizard.kanbao"));
    test::ScriptedDialogs dialogs;
    ImportWizard wizard(libraryPath, &dialogs);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FolderPageId));

    // Scan.
    wizard.setFolder(QStringLiteral(KANBAO_SAMPLES_DIR));
    QCOMPARE(wizard.currentId(), int(ImportWizard::ScanPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isScanning(), 30000);
    ScanTableModel *scan = wizard.scanModel();
    QAbstractItemModelTester tester(scan, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(scan->rowCount(), samplesCount());
    QCOMPARE(scan->importableCount(), samplesCount());
    for (int row = 0; row < scan->rowCount(); ++row) {
        QVERIFY(!scan->index(row, ScanTableModel::EncodingColumn).data().toString().isEmpty());
        QVERIFY(!scan->index(row, ScanTableModel::PaperColumn).data().toString().isEmpty());
        QVERIFY(!scan->index(row, ScanTableModel::GuessedColumn).data().toString().isEmpty());
    }

    const QString shots = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(shots));
    wizard.resize(1100, 700);
    QVERIFY(wizard.grab().save(shots + QStringLiteral("/wizard_scan.png")));

    // Correct a date in place, through the table's editor.
    int guessedRow = -1;
    for (int row = 0; row < scan->rowCount() && guessedRow < 0; ++row) {
        if (scan->index(row, 0).data(ScanTableModel::DateGuessedRole).toBool())
            guessedRow = row;
    }
    QVERIFY2(guessedRow >= 0, "the samples have a file whose date must be guessed");
    const QDate corrected(2024, 4, 9);
    const QModelIndex dateIndex = scan->index(guessedRow, ScanTableModel::DateColumn);
    QTableView *view = wizard.scanView();
    view->setCurrentIndex(dateIndex);
    view->edit(dateIndex);
    auto *editor = view->findChild<QDateEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->displayFormat(), QStringLiteral("yyyy-MM-dd")); // never a two-digit year
    editor->setDate(corrected);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
    QTRY_COMPARE(dateIndex.data(Qt::EditRole).toDate(), corrected);
    QVERIFY(!scan->index(guessedRow, 0).data(ScanTableModel::DateGuessedRole).toBool());

    // Preview: the raw text and the articles side by side.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(!wizard.previewRawText()->toPlainText().isEmpty());
    QVERIFY(wizard.previewArticles()->toHtml().contains(QStringLiteral("<h3")));
    wizard.previewFile(0);
    QVERIFY(wizard.previewRawText()->toPlainText().size() > 100);
    QVERIFY(wizard.grab().save(shots + QStringLiteral("/wizard_preview.png")));

    // Import, then the summary.
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(wizard.outcomes().size(), samplesCount());
    for (const ImportOutcome &outcome : wizard.outcomes())
        QCOMPARE(outcome.kind, ImportOutcome::Imported);
    QVERIFY(wizard.summaryLabel()->text().contains(QStringLiteral("Imported: %1").arg(samplesCount())));
    QCOMPARE(wizard.summaryView()->model()->rowCount(), samplesCount());
    QCOMPARE(wizard.importProgress()->value(), wizard.importProgress()->maximum());
    QVERIFY(wizard.grab().save(shots + QStringLiteral("/wizard_summary.png")));

    // The corrected date is the issue's date in the library.
    Library library;
    QVERIFY(library.open(libraryPath));
    LibraryStore store(library);
    const QList<IssueSummary> issues = store.issues(corrected, corrected);
    QCOMPARE(issues.size(), 1);
    QVERIFY(!issues.first().dateGuessed);
    QVERIFY(store.articleCount() > 0);
}

void TestImportWizard::reimportIsUnchanged()
{
    const QString libraryPath = newLibrary(m_dir, QStringLiteral("twice.kanbao"));
    QVERIFY(test::importSamples(libraryPath).isEmpty());
    test::ScriptedDialogs dialogs;
    ImportWizard wizard(libraryPath, &dialogs);
    wizard.show();
    wizard.setFolder(QStringLiteral(KANBAO_SAMPLES_DIR));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isScanning() && wizard.scanModel()->rowCount() > 0, 30000);
    const QString status = wizard.scanModel()->index(0, ScanTableModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(ScanTableModel::stateLabel(ImportFilePlan::Unchanged)), qPrintable(status));
    wizard.next();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);
    for (const ImportOutcome &outcome : wizard.outcomes())
        QCOMPARE(outcome.kind, ImportOutcome::Unchanged);
    QVERIFY(wizard.summaryLabel()->text().contains(QStringLiteral("Unchanged: %1").arg(samplesCount())));
}

void TestImportWizard::unreadableFolderIsADialog_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("no-such-folder")) << QStringLiteral("does not exist");
    const QString file = m_dir.filePath(QStringLiteral("a-file.txt"));
    QFile f(file);
    if (f.open(QIODevice::WriteOnly))
        f.write("x");
    QTest::newRow("a file") << file << QStringLiteral("not a folder");
}

void TestImportWizard::unreadableFolderIsADialog()
{
    QFETCH(QString, folder);
    QFETCH(QString, expected);
    test::ScriptedDialogs dialogs;
    ImportWizard wizard(newLibrary(m_dir, QStringLiteral("bad-folder.kanbao")), &dialogs);
    wizard.show();
    wizard.setFolder(folder);
    QCOMPARE(wizard.currentId(), int(ImportWizard::FolderPageId));
    QCOMPARE(dialogs.warnings.size(), 1);
    QVERIFY2(dialogs.warnings.first().contains(expected), qPrintable(dialogs.warnings.first()));
    QVERIFY(dialogs.warnings.first().contains(QDir::toNativeSeparators(folder)));
}

void TestImportWizard::unreadableFileIsListedWithReason()
{
    // A folder with one good page and one file that is not text at all.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QStringList samples = QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).entryList({QStringLiteral("*.txt")}, QDir::Files);
    QVERIFY(QFile::copy(QStringLiteral(KANBAO_SAMPLES_DIR "/") + samples.first(), folder.filePath(samples.first())));
    QFile bad(folder.filePath(QStringLiteral("broken.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) & 0xff);
    bad.write(binary);
    bad.close();

    test::ScriptedDialogs dialogs;
    ImportWizard wizard(newLibrary(m_dir, QStringLiteral("mixed.kanbao")), &dialogs);
    wizard.show();
    wizard.setFolder(folder.path());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isScanning() && wizard.scanModel()->rowCount() == 2, 30000);
    QCOMPARE(wizard.scanModel()->importableCount(), 1);
    wizard.next();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);
    int failed = 0;
    for (const ImportOutcome &outcome : wizard.outcomes()) {
        if (outcome.kind == ImportOutcome::Failed) {
            ++failed;
            QVERIFY(outcome.path.endsWith(QStringLiteral("broken.txt")));
            QVERIFY(!outcome.reason.isEmpty());
        }
    }
    QCOMPARE(failed, 1);
    QVERIFY(wizard.summaryLabel()->text().contains(QStringLiteral("Failed: 1")));
}

void TestImportWizard::cancelKeepsWhatWasCommitted()
{
    const QString libraryPath = newLibrary(m_dir, QStringLiteral("cancel.kanbao"));
    test::ScriptedDialogs dialogs;
    ImportWizard wizard(libraryPath, &dialogs);
    wizard.show();
    wizard.setFolder(QStringLiteral(KANBAO_SAMPLES_DIR));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isScanning(), 30000);
    wizard.next();
    // Cancel as soon as the import starts: the worker stops before (or after) a file, never inside one.
    wizard.next();
    QVERIFY(wizard.isImporting());
    wizard.cancelImport();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);
    QVERIFY(wizard.summaryLabel()->text().contains(QStringLiteral("stopped")));
    int imported = 0;
    for (const ImportOutcome &outcome : wizard.outcomes()) {
        QVERIFY(outcome.kind == ImportOutcome::Imported || outcome.kind == ImportOutcome::Skipped);
        imported += outcome.kind == ImportOutcome::Imported ? 1 : 0;
    }
    QCOMPARE(wizard.outcomes().size(), samplesCount());
    // Whatever was committed is whole in the library; the rest is absent.
    Library library;
    QVERIFY(library.open(libraryPath));
    LibraryStore store(library);
    QCOMPARE(int(store.issues().size()) > 0, imported > 0);
}

void TestImportWizard::emptyLibraryImportsSamplesFromTheWindow()
{
    QSettings().clear();
    test::ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    window.show();
    QVERIFY(window.openLibrary(m_dir.filePath(QStringLiteral("first-start.kanbao")), true));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyLibraryPanel"))->isVisible());
    window.importSamples();
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isScanning(), 30000);
    wizard->next();
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::SummaryPageId), 60000);
    // The window re-read the library: the empty panel is gone and the latest issue is open.
    QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("emptyLibraryPanel"))->isVisible());
    QVERIFY(window.currentIssueId() != 0);
    QVERIFY(window.currentArticleId() != 0);
    QVERIFY(dialogs.warnings.isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
