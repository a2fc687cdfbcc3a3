#pragma once

#include "importrate.h"
#include "scantablemodel.h"

#include "library/corrections.h"
#include "model/article.h"

#include <QElapsedTimer>
#include <QTextFormat>
#include <memory>

#include <QThread>
#include <QWizard>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QCheckBox;
class QComboBox;
class QMenu;
class QUndoStack;
class QAction;

namespace kanbao {

class DialogProvider;
class ScanWorker;
class ImportWorker;
class PreviewCorrections;

// File ▸ Import Archive Folder: choose a folder, check the scan (dates editable), preview any file's
// reconstruction and correct it (split, merge, take a line as a heading, not an article: kept with the pages
// when they are imported, as the library keeps the corrections of stored pages), import with progress and
// cancel, read the summary. Scanning and importing run on a
// worker thread; the window stays responsive.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FolderPageId, ScanPageId, PreviewPageId, ImportPageId, SummaryPageId };

    ImportWizard(const QString &libraryPath, DialogProvider *dialogs, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Fills the folder and moves on to the scan.
    void setFolder(const QString &folder);
    QString folder() const;

    bool isScanning() const { return m_scanning; }
    bool isImporting() const { return m_importing; }
    void cancelImport();
    void waitForImport();

    ScanTableModel *scanModel() const { return m_scanModel; }
    QTableView *scanView() const { return m_scanView; }
    const QList<ImportOutcome> &outcomes() const { return m_outcomes; }
    // The file the preview shows; by default the one selected in the scan table.
    void previewFile(int row);
    QPlainTextEdit *previewRawText() const { return m_rawText; }
    QTextBrowser *previewArticles() const { return m_previewArticles; }
    QLabel *previewStatus() const { return m_previewStatus; }
    // The previewed file's pages as its corrections leave them, as the preview shows them.
    const QList<Page> &previewPages() const { return m_previewShown; }
    // Each block of the preview says what it shows: the page and article (indexes into previewPages()) and
    // the paragraph (-1 the headline line, -2 the kicker, -3 the subheadline).
    enum PreviewProperty {
        PreviewPageProperty = QTextFormat::UserProperty + 1,
        PreviewArticleProperty,
        PreviewParagraphProperty,
    };
    // The preview's corrections, undone and redone on their own stack (Ctrl+Z in the preview).
    QUndoStack *previewUndoStack() const { return m_previewUndo; }
    const PreviewCorrections &previewCorrections() const { return *m_previewCorrections; }
    // The preview's context menu for the place `viewportPos` of previewArticles(): copy, and the corrections
    // of the article there. The caller owns it.
    QMenu *previewContextMenu(const QPoint &viewportPos);
    // Corrects article `article` of page `page` of the previewed file (one undo step); false, and the
    // preview's status says why, when it cannot be made.
    bool correctPreview(int page, int article, CorrectionKind kind, const QString &argument = QString());
    QTableView *summaryView() const { return m_summaryView; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    QProgressBar *importProgress() const { return m_importProgress; }
    // "12 pages/s, about 2 min left" while importing (empty until the pace is known).
    QLabel *importRateLabel() const { return m_importRate; }
    // "Link to PDF files instead of copying them into the library" (Zotero's linked files).
    QCheckBox *linkFilesBox() const { return m_linkFilesBox; }
    // "One paper for the whole import": ticked, every file takes the paper named beside it (by default
    // the one last chosen this way, remembered in the settings) instead of one double-click per file.
    QCheckBox *onePaperBox() const { return m_onePaperBox; }
    QComboBox *onePaperChooser() const { return m_onePaperChooser; }
    static constexpr const char *LastPaperKey = "import/lastPaper";

    void startScan();
    void startImport();

signals:
    void scanFinished();
    // The library changed (even when the import was cancelled or failed part way).
    void importFinished();

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    friend class FolderPage;
    friend class ScanPage;
    friend class PreviewPage;
    friend class ImportPage;
    friend class SummaryPage;

    void retranslate();
    void onScanFinished(const QString &error);
    void onImportFinished(bool cancelled, const QString &error);
    void fillSummary(bool cancelled, const QString &error);
    void applyOnePaper();
    void renderPreview();
    void showPreviewOf(const QString &path);
    void updatePreviewUndoTexts();

    QString m_libraryPath;
    DialogProvider *m_dialogs;

    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_folderHint = nullptr;
    QCheckBox *m_linkFilesBox = nullptr; // link to PDFs instead of storing copies (library/storedfiles.h)

    ScanTableModel *m_scanModel = nullptr;
    QTableView *m_scanView = nullptr;
    QCheckBox *m_onePaperBox = nullptr;
    QComboBox *m_onePaperChooser = nullptr;
    QProgressBar *m_scanProgress = nullptr;
    QLabel *m_scanStatus = nullptr;
    bool m_scanning = false;
    bool m_scanDone = false;
    QString m_scannedFolder;
    QThread m_scanThread;
    ScanWorker *m_scanWorker = nullptr;

    QComboBox *m_previewChooser = nullptr;
    QPlainTextEdit *m_rawText = nullptr;
    QTextBrowser *m_previewArticles = nullptr;
    QLabel *m_previewStatus = nullptr;
    QString m_previewFileStatus; // "file: encoding, n articles" before the corrections' count
    int m_previewRow = -1;
    QString m_previewPath;
    QList<Page> m_previewPages; // as reconstructed
    QList<Page> m_previewShown; // with the corrections
    std::unique_ptr<PreviewCorrections> m_previewCorrections;
    QUndoStack *m_previewUndo = nullptr;
    QAction *m_previewUndoAction = nullptr;
    QAction *m_previewRedoAction = nullptr;
    QPushButton *m_previewUndoButton = nullptr;
    QPushButton *m_previewRedoButton = nullptr;

    QProgressBar *m_importProgress = nullptr;
    QLabel *m_importStatus = nullptr;
    QLabel *m_importRate = nullptr;
    ImportRate m_rate;
    QElapsedTimer m_importClock;
    QPushButton *m_stopButton = nullptr;
    bool m_importing = false;
    bool m_importDone = false;
    QThread m_importThread;
    ImportWorker *m_importWorker = nullptr;
    QList<ImportOutcome> m_outcomes;

    QLabel *m_summaryLabel = nullptr;
    QTableView *m_summaryView = nullptr;
};

} // namespace kanbao
