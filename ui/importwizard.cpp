#include "importwizard.h"

#include "datedelegate.h"
#include "dialogprovider.h"
#include "importworkers.h"
#include "issuecontentsmodel.h"

#include "formats/pageformats.h"
#include "import/pagefile.h"
#include "notes/previewcorrections.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSettings>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kanbao {

namespace {

// How much of a paragraph names where a split goes or which line becomes a heading: a few words, more when
// those are not unique in the article (the correction anchors at the first place they occur).
constexpr int SplitPhraseLength = 12;
constexpr int LinePhraseLength = 40;

QString uniquePhrase(const QString &body, const QString &paragraph, qsizetype from, qsizetype length)
{
    QString phrase = paragraph.mid(from, length);
    while (from + phrase.size() < paragraph.size() && body.count(phrase) > 1)
        phrase = paragraph.mid(from, phrase.size() + 4);
    return phrase;
}

} // namespace

class FolderPage : public QWizardPage
{
public:
    explicit FolderPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        auto *layout = new QVBoxLayout(this);
        auto *row = new QHBoxLayout;
        wizard->m_folderEdit = new QLineEdit(this);
        wizard->m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
        wizard->m_browseButton = new QPushButton(this);
        row->addWidget(wizard->m_folderEdit, 1);
        row->addWidget(wizard->m_browseButton);
        wizard->m_folderHint = new QLabel(this);
        wizard->m_folderHint->setWordWrap(true);
        layout->addLayout(row);
        layout->addWidget(wizard->m_folderHint);
        wizard->m_linkFilesBox = new QCheckBox(this);
        wizard->m_linkFilesBox->setObjectName(QStringLiteral("linkFilesBox"));
        layout->addSpacing(8);
        layout->addWidget(wizard->m_linkFilesBox);
        layout->addStretch();
        connect(wizard->m_folderEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(wizard->m_browseButton, &QPushButton::clicked, this, [this] {
            const QString folder = m_wizard->m_dialogs->getExistingDirectory(
                this, ImportWizard::tr("Import Archive Folder"), m_wizard->folder());
            if (!folder.isEmpty())
                m_wizard->m_folderEdit->setText(QDir::toNativeSeparators(folder));
        });
    }

    bool isComplete() const override { return !m_wizard->m_folderEdit->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        const QString folder = m_wizard->folder();
        const QFileInfo info(folder);
        QString problem;
        if (!info.exists())
            problem = ImportWizard::tr("The folder %1 does not exist.");
        else if (!info.isDir())
            problem = ImportWizard::tr("%1 is a file, not a folder.");
        else if (!info.isReadable() || !QDir(folder).isReadable())
            problem = ImportWizard::tr("The folder %1 cannot be read: you do not have permission to open it.");
        if (problem.isEmpty())
            return true;
        m_wizard->m_dialogs->warning(this, ImportWizard::tr("Cannot import this folder"),
                                     problem.arg(QDir::toNativeSeparators(folder)) + QStringLiteral("\n\n")
                                         + ImportWizard::tr("Choose a folder that holds the page text files."));
        return false;
    }

private:
    ImportWizard *m_wizard;
};

class ScanPage : public QWizardPage
{
public:
    explicit ScanPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        auto *layout = new QVBoxLayout(this);
        wizard->m_scanStatus = new QLabel(this);
        wizard->m_scanStatus->setWordWrap(true);
        wizard->m_scanProgress = new QProgressBar(this);
        wizard->m_scanView = new QTableView(this);
        wizard->m_scanView->setObjectName(QStringLiteral("scanView"));
        wizard->m_scanView->setModel(wizard->m_scanModel);
        wizard->m_scanView->setSelectionBehavior(QAbstractItemView::SelectRows);
        wizard->m_scanView->setSelectionMode(QAbstractItemView::SingleSelection);
        wizard->m_scanView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::SelectedClicked);
        wizard->m_scanView->setItemDelegateForColumn(ScanTableModel::DateColumn, new DateDelegate(wizard->m_scanView));
        wizard->m_scanView->verticalHeader()->hide();
        wizard->m_scanView->horizontalHeader()->setStretchLastSection(true);
        wizard->m_scanView->setWordWrap(false);
        layout->addWidget(wizard->m_scanStatus);
        layout->addWidget(wizard->m_scanProgress);
        layout->addWidget(wizard->m_scanView, 1);
        auto *paperRow = new QHBoxLayout;
        wizard->m_onePaperBox = new QCheckBox(this);
        wizard->m_onePaperBox->setObjectName(QStringLiteral("onePaperBox"));
        wizard->m_onePaperChooser = new QComboBox(this);
        wizard->m_onePaperChooser->setObjectName(QStringLiteral("onePaperChooser"));
        wizard->m_onePaperChooser->setEditable(true);
        wizard->m_onePaperChooser->setInsertPolicy(QComboBox::NoInsert);
        wizard->m_onePaperChooser->setMinimumContentsLength(16);
        paperRow->addWidget(wizard->m_onePaperBox);
        paperRow->addWidget(wizard->m_onePaperChooser);
        paperRow->addStretch(1);
        layout->addLayout(paperRow);
        connect(wizard->m_onePaperBox, &QCheckBox::toggled, wizard, &ImportWizard::applyOnePaper);
        connect(wizard->m_onePaperChooser, &QComboBox::currentTextChanged, wizard, [wizard] {
            if (wizard->m_onePaperBox->isChecked())
                wizard->applyOnePaper();
        });
        connect(wizard, &ImportWizard::scanFinished, this, &QWizardPage::completeChanged);
    }

    void initializePage() override
    {
        if (m_wizard->m_scannedFolder != m_wizard->folder() || !m_wizard->m_scanDone)
            m_wizard->startScan();
    }

    bool isComplete() const override
    {
        return m_wizard->m_scanDone && m_wizard->m_scanModel->importableCount() > 0;
    }

private:
    ImportWizard *m_wizard;
};

class PreviewPage : public QWizardPage
{
public:
    explicit PreviewPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        auto *layout = new QVBoxLayout(this);
        wizard->m_previewChooser = new QComboBox(this);
        wizard->m_previewChooser->setObjectName(QStringLiteral("previewChooser"));
        wizard->m_previewStatus = new QLabel(this);
        auto *splitter = new QSplitter(Qt::Horizontal, this);
        wizard->m_rawText = new QPlainTextEdit(splitter);
        wizard->m_rawText->setObjectName(QStringLiteral("previewRawText"));
        wizard->m_rawText->setReadOnly(true);
        wizard->m_rawText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        wizard->m_previewArticles = new QTextBrowser(splitter);
        wizard->m_previewArticles->setObjectName(QStringLiteral("previewArticles"));
        splitter->addWidget(wizard->m_rawText);
        splitter->addWidget(wizard->m_previewArticles);
        splitter->setSizes({1, 1});
        wizard->m_previewArticles->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(wizard->m_previewArticles, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
            QMenu *menu = m_wizard->previewContextMenu(pos);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_wizard->m_previewArticles->viewport()->mapToGlobal(pos));
        });
        auto *statusRow = new QHBoxLayout;
        wizard->m_previewStatus->setWordWrap(true);
        statusRow->addWidget(wizard->m_previewStatus, 1);
        // Short buttons (the actions' text names the correction: it is in the menu and the tooltip).
        wizard->m_previewUndoButton = new QPushButton(this);
        wizard->m_previewUndoButton->setObjectName(QStringLiteral("previewUndoButton"));
        wizard->m_previewRedoButton = new QPushButton(this);
        wizard->m_previewRedoButton->setObjectName(QStringLiteral("previewRedoButton"));
        const std::pair<QPushButton *, QAction *> buttons[]{{wizard->m_previewUndoButton, wizard->m_previewUndoAction},
                                                            {wizard->m_previewRedoButton, wizard->m_previewRedoAction}};
        for (const auto &[button, action] : buttons) {
            button->setEnabled(false);
            button->setAutoDefault(false);
            connect(button, &QPushButton::clicked, action, &QAction::trigger);
            connect(action, &QAction::changed, button, [button, action] {
                button->setEnabled(action->isEnabled());
                button->setToolTip(QString(action->text()).remove(QLatin1Char('&')));
            });
            statusRow->addWidget(button);
            // Ctrl+Z on this page undoes the preview's corrections, not the main window's.
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        layout->addWidget(wizard->m_previewChooser);
        layout->addLayout(statusRow);
        layout->addWidget(splitter, 1);
        setCommitPage(true);
        connect(wizard->m_previewChooser, &QComboBox::activated, this, [this](int index) {
            m_wizard->previewFile(m_wizard->m_previewChooser->itemData(index).toInt());
        });
    }

    void initializePage() override
    {
        QComboBox *chooser = m_wizard->m_previewChooser;
        chooser->clear();
        const QList<ScannedFile> &files = m_wizard->m_scanModel->files();
        for (int row = 0; row < files.size(); ++row) {
            if (files.at(row).importable())
                chooser->addItem(files.at(row).displayName, row);
        }
        int row = m_wizard->m_scanView->currentIndex().row();
        if (row < 0 || row >= files.size() || !files.at(row).importable())
            row = chooser->count() > 0 ? chooser->itemData(0).toInt() : -1;
        m_wizard->previewFile(row);
    }

private:
    ImportWizard *m_wizard;
};

class ImportPage : public QWizardPage
{
public:
    explicit ImportPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        auto *layout = new QVBoxLayout(this);
        wizard->m_importStatus = new QLabel(this);
        wizard->m_importStatus->setWordWrap(true);
        wizard->m_importProgress = new QProgressBar(this);
        wizard->m_importProgress->setObjectName(QStringLiteral("importProgress"));
        wizard->m_stopButton = new QPushButton(this);
        wizard->m_stopButton->setObjectName(QStringLiteral("stopImportButton"));
        auto *row = new QHBoxLayout;
        row->addWidget(wizard->m_importProgress, 1);
        row->addWidget(wizard->m_stopButton);
        wizard->m_importRate = new QLabel(this);
        wizard->m_importRate->setObjectName(QStringLiteral("importRate"));
        layout->addWidget(wizard->m_importStatus);
        layout->addLayout(row);
        layout->addWidget(wizard->m_importRate);
        layout->addStretch();
        connect(wizard->m_stopButton, &QPushButton::clicked, wizard, &ImportWizard::cancelImport);
    }

    void initializePage() override { m_wizard->startImport(); }
    bool isComplete() const override { return m_wizard->m_importDone; }

private:
    ImportWizard *m_wizard;
};

class SummaryPage : public QWizardPage
{
public:
    explicit SummaryPage(ImportWizard *wizard)
    {
        auto *layout = new QVBoxLayout(this);
        wizard->m_summaryLabel = new QLabel(this);
        wizard->m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
        wizard->m_summaryLabel->setWordWrap(true);
        wizard->m_summaryView = new QTableView(this);
        wizard->m_summaryView->setObjectName(QStringLiteral("summaryView"));
        wizard->m_summaryView->verticalHeader()->hide();
        wizard->m_summaryView->horizontalHeader()->setStretchLastSection(true);
        wizard->m_summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(wizard->m_summaryLabel);
        layout->addWidget(wizard->m_summaryView, 1);
        setFinalPage(true);
    }
};

ImportWizard::ImportWizard(const QString &libraryPath, DialogProvider *dialogs, QWidget *parent)
    : QWizard(parent)
    , m_libraryPath(libraryPath)
    , m_dialogs(dialogs)
{
    qRegisterMetaType<kanbao::ScannedFile>();
    qRegisterMetaType<kanbao::ImportOutcome>();
    qRegisterMetaType<QList<kanbao::ScannedFile>>();
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_scanModel = new ScanTableModel(this);
    m_previewCorrections = std::make_unique<PreviewCorrections>();
    m_previewUndo = new QUndoStack(this);
    // Actions of our own rather than QUndoStack's: their text is ours to translate.
    m_previewUndoAction = new QAction(this);
    m_previewUndoAction->setObjectName(QStringLiteral("previewUndoAction"));
    m_previewUndoAction->setShortcut(QKeySequence::Undo);
    m_previewUndoAction->setEnabled(false);
    connect(m_previewUndoAction, &QAction::triggered, m_previewUndo, &QUndoStack::undo);
    connect(m_previewUndo, &QUndoStack::canUndoChanged, m_previewUndoAction, &QAction::setEnabled);
    m_previewRedoAction = new QAction(this);
    m_previewRedoAction->setObjectName(QStringLiteral("previewRedoAction"));
    m_previewRedoAction->setShortcut(QKeySequence::Redo);
    m_previewRedoAction->setEnabled(false);
    connect(m_previewRedoAction, &QAction::triggered, m_previewUndo, &QUndoStack::redo);
    connect(m_previewUndo, &QUndoStack::canRedoChanged, m_previewRedoAction, &QAction::setEnabled);
    connect(m_previewUndo, &QUndoStack::undoTextChanged, this, &ImportWizard::updatePreviewUndoTexts);
    connect(m_previewUndo, &QUndoStack::redoTextChanged, this, &ImportWizard::updatePreviewUndoTexts);

    setPage(FolderPageId, new FolderPage(this));
    setPage(ScanPageId, new ScanPage(this));
    setPage(PreviewPageId, new PreviewPage(this));
    setPage(ImportPageId, new ImportPage(this));
    setPage(SummaryPageId, new SummaryPage(this));

    m_scanWorker = new ScanWorker;
    m_scanWorker->moveToThread(&m_scanThread);
    connect(&m_scanThread, &QThread::finished, m_scanWorker, &QObject::deleteLater);
    connect(m_scanWorker, &ScanWorker::fileScanned, this, [this](const ScannedFile &file) {
        m_scanModel->append(file);
    });
    connect(m_scanWorker, &ScanWorker::progress, this, [this](int done, int total) {
        m_scanProgress->setRange(0, total);
        m_scanProgress->setValue(done);
        m_scanStatus->setText(tr("Reading %1 of %2 files…").arg(done).arg(total));
    });
    connect(m_scanWorker, &ScanWorker::finished, this, &ImportWizard::onScanFinished);
    m_scanThread.setObjectName(QStringLiteral("kanbao-scan"));
    m_scanThread.start();

    m_importWorker = new ImportWorker;
    m_importWorker->moveToThread(&m_importThread);
    connect(&m_importThread, &QThread::finished, m_importWorker, &QObject::deleteLater);
    connect(m_importWorker, &ImportWorker::progress, this, [this](int done, int total, const QString &file) {
        m_importProgress->setRange(0, total);
        m_importProgress->setValue(done);
        m_rate.update(done, m_importClock.elapsed());
        m_importRate->setText(m_rate.text());
        m_importStatus->setText(file.isEmpty() ? tr("Imported %1 of %2 files.").arg(done).arg(total)
                                               : tr("Importing %1 (%2 of %3)…").arg(file).arg(done + 1).arg(total));
    });
    connect(m_importWorker, &ImportWorker::fileDone, this,
            [this](const ImportOutcome &outcome) { m_outcomes.append(outcome); });
    connect(m_importWorker, &ImportWorker::finished, this, &ImportWizard::onImportFinished);
    m_importThread.setObjectName(QStringLiteral("kanbao-import"));
    m_importThread.start();

    resize(980, 640);
    retranslate();
}

ImportWizard::~ImportWizard()
{
    // ~QUndoStack clears the stack and signals its texts changing; by then this is only a QWidget, so the
    // preview's undo stack must not reach updatePreviewUndoTexts() any more.
    if (m_previewUndo)
        m_previewUndo->disconnect(this);
    m_scanWorker->cancel();
    m_importWorker->cancel();
    m_scanThread.quit();
    m_importThread.quit();
    m_scanThread.wait();
    m_importThread.wait();
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import Archive Folder"));
    // Qt's own translations may be missing; the wizard names its buttons itself.
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    page(FolderPageId)->setTitle(tr("Choose the archive folder"));
    page(FolderPageId)->setSubTitle(tr("Every page file (%1) in the folder and its subfolders is read.")
                                           .arg(PageFormats::instance().suffixText()));
    page(ScanPageId)->setTitle(tr("Check what was found"));
    page(ScanPageId)->setSubTitle(
        tr("Dates read from the page header are reliable; guessed dates are shown in orange. "
           "Double-click a date or a paper to correct it, or choose one paper for the whole import below."));
    page(PreviewPageId)->setTitle(tr("Preview the reconstruction"));
    page(PreviewPageId)->setSubTitle(tr("The raw text of a file and the articles Kanbao rebuilt from it. "
                                        "Right-click an article to correct it: the corrections are kept "
                                        "with the pages when they are imported."));
    m_previewUndoButton->setText(tr("Undo"));
    m_previewRedoButton->setText(tr("Redo"));
    for (int i = 0; i < m_previewUndo->count(); ++i) {
        // QUndoStack hands out its commands const only; their texts are presentation, not undo state.
        if (auto *command = dynamic_cast<PreviewCorrectionCommand *>(const_cast<QUndoCommand *>(m_previewUndo->command(i))))
            command->retranslate();
    }
    updatePreviewUndoTexts();
    if (m_previewRow >= 0)
        renderPreview();
    page(ImportPageId)->setTitle(tr("Importing"));
    page(ImportPageId)->setSubTitle(tr("Each file is saved as soon as it is read: stopping keeps what was imported."));
    page(SummaryPageId)->setTitle(tr("Import finished"));
    m_browseButton->setText(tr("&Browse…"));
    m_folderEdit->setPlaceholderText(tr("Folder with page text files"));
    m_folderHint->setText(tr("You can also drop a folder on the Kanbao window."));
    m_linkFilesBox->setText(tr("&Link to PDF files where they are instead of keeping a copy in the library"));
    m_linkFilesBox->setToolTip(tr("A copy keeps the page images when the originals are moved or deleted. A link "
                                  "saves space; a linked file that is moved or changed must be located again."));
    m_stopButton->setText(tr("&Stop"));
    m_onePaperBox->setText(tr("One &paper for the whole import:"));
    m_onePaperBox->setToolTip(tr("Every file of this import goes to the paper named here, instead of the one "
                                 "found for each file. The paper chosen last time is offered first."));
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

QString ImportWizard::folder() const
{
    return QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
}

void ImportWizard::setFolder(const QString &folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
    if (currentId() == FolderPageId || currentId() == -1) {
        if (currentId() == -1)
            restart();
        next();
    }
}

void ImportWizard::startScan()
{
    if (m_scanning) {
        // One scan at a time: the folder changed while reading; wait for the old scan to stop.
        m_scanWorker->cancel();
        while (m_scanning)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    m_scanWorker->rearm();
    m_scanModel->clear();
    m_scanDone = false;
    m_scanning = true;
    m_scannedFolder = folder();
    m_scanProgress->setRange(0, 0);
    m_scanProgress->show();
    m_scanStatus->setText(tr("Looking for page files in %1…").arg(QDir::toNativeSeparators(m_scannedFolder)));
    emit currentIdChanged(currentId()); // refresh button states
    QMetaObject::invokeMethod(m_scanWorker, "scan", Qt::QueuedConnection, Q_ARG(QString, m_scannedFolder),
                              Q_ARG(QString, m_libraryPath));
}

void ImportWizard::onScanFinished(const QString &error)
{
    m_scanning = false;
    m_scanDone = true;
    m_scanProgress->hide();
    m_scanView->resizeColumnsToContents();
    const int importable = m_scanModel->importableCount();
    const int failed = m_scanModel->failedCount();
    const int skipped = m_scanModel->skippedCount();
    if (!error.isEmpty()) {
        m_scanStatus->setText(error);
        m_dialogs->warning(this, tr("Cannot read the folder"), error);
    } else if (importable == 0 && failed == 0) {
        m_scanStatus->setText(tr("No page files (%1) were found in %2. Choose the folder that holds them.")
                                  .arg(PageFormats::instance().suffixText(), QDir::toNativeSeparators(m_scannedFolder)));
    } else {
        QString text = tr("%n file(s) can be imported.", nullptr, importable);
        if (failed > 0)
            text += QLatin1Char(' ') + tr("%n file(s) cannot be read; they are listed in red.", nullptr, failed);
        if (skipped > 0)
            text += QLatin1Char(' ')
                + tr("%n other file(s) are not page files or are hidden; they are listed in grey and left out.",
                     nullptr, skipped);
        m_scanStatus->setText(text);
    }
    if (m_scanModel->rowCount() > 0 && !m_scanView->currentIndex().isValid())
        m_scanView->setCurrentIndex(m_scanModel->index(0, 0));
    // The papers found, and the one chosen for a whole import last time first (the default).
    {
        const QSignalBlocker blocker(m_onePaperChooser);
        const QString last = QSettings().value(QLatin1String(LastPaperKey)).toString();
        QStringList papers = m_scanModel->foundPapers();
        if (!last.isEmpty()) {
            papers.removeAll(last);
            papers.prepend(last);
        }
        m_onePaperChooser->clear();
        m_onePaperChooser->addItems(papers);
        m_onePaperChooser->setCurrentIndex(papers.isEmpty() ? -1 : 0);
    }
    if (m_onePaperBox->isChecked())
        applyOnePaper();
    emit scanFinished();
}

void ImportWizard::previewFile(int row)
{
    const QList<ScannedFile> &files = m_scanModel->files();
    if (row < 0 || row >= files.size()) {
        m_rawText->clear();
        m_previewArticles->clear();
        m_previewRow = -1;
        m_previewPath.clear();
        m_previewPages.clear();
        m_previewShown.clear();
        return;
    }
    const int comboIndex = m_previewChooser->findData(row);
    if (comboIndex >= 0)
        m_previewChooser->setCurrentIndex(comboIndex);
    const PageFile file = readPageFile(files.at(row).path(), nullptr, files.at(row).plan.nativePath);
    if (!file.ok()) {
        m_rawText->setPlainText(file.error);
        m_previewArticles->clear();
        m_previewRow = -1;
        m_previewPath.clear();
        m_previewPages.clear();
        m_previewShown.clear();
        return;
    }
    m_rawText->setPlainText(file.text);
    m_previewRow = row;
    m_previewPath = files.at(row).path();
    m_previewPages = file.pages;
    m_previewFileStatus = tr("%1: %2").arg(files.at(row).displayName, file.encoding);
    m_previewArticles->verticalScrollBar()->setValue(0);
    renderPreview();
}

void ImportWizard::renderPreview()
{
    m_previewShown = m_previewCorrections->correctedPages(m_previewPath, m_previewPages);
    const int scrolled = m_previewArticles->verticalScrollBar()->value();
    QTextDocument *document = m_previewArticles->document();
    document->clear();
    QTextCursor cursor(document);
    const QColor muted = m_previewArticles->palette().color(QPalette::Disabled, QPalette::Text);
    const qreal size = m_previewArticles->font().pointSizeF() > 0 ? m_previewArticles->font().pointSizeF() : 10.0;
    bool first = true;
    int count = 0;
    int shown = 0;
    for (int p = 0; p < m_previewShown.size(); ++p) {
        const QList<Article> &articles = m_previewShown.at(p).articles;
        for (int a = 0; a < articles.size(); ++a) {
            const Article &article = articles.at(a);
            ++count;
            shown += article.hidden ? 0 : 1;
            // Every block says which page, article and paragraph it shows, for the context menu.
            const auto block = [&](int paragraph, bool heading) {
                QTextBlockFormat format;
                format.setProperty(PreviewPageProperty, p);
                format.setProperty(PreviewArticleProperty, a);
                format.setProperty(PreviewParagraphProperty, paragraph);
                if (heading) {
                    format.setHeadingLevel(3);
                    format.setTopMargin(first ? 0 : 14);
                } else {
                    format.setBottomMargin(6);
                }
                if (first)
                    cursor.setBlockFormat(format);
                else
                    cursor.insertBlock(format);
                first = false;
            };
            QTextCharFormat text;
            if (article.hidden)
                text.setForeground(muted);
            QTextCharFormat title = text;
            title.setFontWeight(QFont::Bold);
            title.setFontPointSize(size * 1.2);
            ArticleSummary summary;
            summary.kind = articleKindName(article.kind);
            summary.headline = article.headline;
            summary.firstLine = article.paragraphs.value(0);
            QString heading = QStringLiteral("%1. %2").arg(count).arg(IssueContentsModel::articleTitle(summary));
            if (article.hidden)
                heading += QStringLiteral(" — ") + tr("not an article (hidden, not deleted)");
            block(-1, true);
            cursor.insertText(heading, title);
            if (!article.kicker.isEmpty()) {
                block(-2, false);
                QTextCharFormat kicker = text;
                kicker.setFontItalic(true);
                cursor.insertText(article.kicker, kicker);
            }
            if (!article.subheadline.isEmpty()) {
                block(-3, false);
                QTextCharFormat subheadline = text;
                subheadline.setFontWeight(QFont::Bold);
                cursor.insertText(article.subheadline, subheadline);
            }
            for (int i = 0; i < article.paragraphs.size(); ++i) {
                block(i, false);
                cursor.insertText(article.paragraphs.at(i), text);
            }
        }
    }
    m_previewArticles->verticalScrollBar()->setValue(scrolled);
    QString status = tr("%1, %n article(s)", nullptr, shown).arg(m_previewFileStatus);
    if (const int corrections = int(m_previewCorrections->of(m_previewPath).size()); corrections > 0)
        status = tr("%1; %n correction(s), kept when the file is imported", nullptr, corrections).arg(status);
    m_previewStatus->setText(status);
}

void ImportWizard::updatePreviewUndoTexts()
{
    m_previewUndoAction->setText(m_previewUndo->canUndo() ? tr("&Undo %1").arg(m_previewUndo->undoText())
                                                          : tr("&Undo"));
    m_previewRedoAction->setText(m_previewUndo->canRedo() ? tr("&Redo %1").arg(m_previewUndo->redoText())
                                                          : tr("&Redo"));
}

void ImportWizard::showPreviewOf(const QString &path)
{
    if (path == m_previewPath) {
        renderPreview();
        return;
    }
    // An undo of a correction of another file: show that file as it now is.
    const QList<ScannedFile> &files = m_scanModel->files();
    for (int row = 0; row < files.size(); ++row) {
        if (files.at(row).path() == path) {
            previewFile(row);
            return;
        }
    }
}

bool ImportWizard::correctPreview(int page, int article, CorrectionKind kind, const QString &argument)
{
    if (m_previewPath.isEmpty())
        return false;
    QString error;
    const std::optional<Correction> correction =
        PreviewCorrections::make(m_previewShown, page, article, kind, argument, &error);
    if (!correction) {
        m_previewStatus->setText(tr("%1 — not corrected: %2").arg(m_previewFileStatus, error));
        return false;
    }
    m_previewUndo->push(new PreviewCorrectionCommand(m_previewCorrections.get(), m_previewPath, *correction,
                                                     [this](const QString &path) { showPreviewOf(path); }));
    return true;
}

QMenu *ImportWizard::previewContextMenu(const QPoint &viewportPos)
{
    QMenu *menu = m_previewArticles->createStandardContextMenu(viewportPos);
    menu->setObjectName(QStringLiteral("previewContextMenu"));
    const QTextCursor cursor = m_previewArticles->cursorForPosition(viewportPos);
    const QTextBlockFormat format = cursor.block().blockFormat();
    if (!format.hasProperty(PreviewArticleProperty))
        return menu;
    const int page = format.intProperty(PreviewPageProperty);
    const int index = format.intProperty(PreviewArticleProperty);
    const int paragraph = format.intProperty(PreviewParagraphProperty);
    if (page < 0 || page >= m_previewShown.size() || index < 0 || index >= m_previewShown.at(page).articles.size())
        return menu;
    const Article &article = m_previewShown.at(page).articles.at(index);
    const QString body = article.bodyText();
    const QString line = paragraph >= 0 ? article.paragraphs.value(paragraph) : QString();
    const int offset = cursor.positionInBlock();

    menu->addSeparator();
    // Where the new article starts: before the paragraph clicked; in the first paragraph, at the place
    // clicked (a line of the next article glued to this one's first).
    QString splitPhrase;
    if (paragraph > 0)
        splitPhrase = uniquePhrase(body, line, 0, SplitPhraseLength);
    else if (paragraph == 0 && offset > 0 && offset < line.size())
        splitPhrase = uniquePhrase(body, line, offset, SplitPhraseLength);
    const auto add = [this, menu, page, index](QMenu *to, const QString &text, const char *name, CorrectionKind kind,
                                               const QString &argument, bool enabled) {
        QAction *action = (to ? to : menu)->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, this,
                [this, page, index, kind, argument] { correctPreview(page, index, kind, argument); });
        return action;
    };
    add(nullptr, tr("Split Article Here"), "previewSplitAction", CorrectionKind::SplitBefore, splitPhrase,
        !splitPhrase.trimmed().isEmpty());
    add(nullptr, tr("Merge with Previous Article"), "previewMergePreviousAction", CorrectionKind::MergePrevious,
        QString(), true);
    add(nullptr, tr("Merge with Next Article"), "previewMergeNextAction", CorrectionKind::MergeNext, QString(), true);
    const QString linePhrase = line.trimmed().isEmpty() ? QString() : uniquePhrase(body, line, 0, LinePhraseLength);
    QMenu *take = menu->addMenu(tr("Take Paragraph As"));
    take->setObjectName(QStringLiteral("previewTakeLineAsMenu"));
    take->setEnabled(!linePhrase.isEmpty() && article.paragraphs.size() > 1);
    add(take, tr("Kicker"), "previewLineAsKickerAction", CorrectionKind::LineAsKicker, linePhrase, true);
    add(take, tr("Headline"), "previewLineAsHeadlineAction", CorrectionKind::LineAsHeadline, linePhrase, true);
    add(take, tr("Subheadline"), "previewLineAsSubheadlineAction", CorrectionKind::LineAsSubheadline, linePhrase,
        true);
    add(nullptr, tr("Move Paragraph to Previous Article"), "previewMoveToPreviousAction",
        CorrectionKind::MoveToPrevious, linePhrase, !linePhrase.isEmpty());
    add(nullptr, tr("Move Paragraph to Next Article"), "previewMoveToNextAction", CorrectionKind::MoveToNext,
        linePhrase, !linePhrase.isEmpty());
    QAction *hide = add(nullptr, tr("Not an Article"), "previewNotArticleAction", CorrectionKind::NotArticle,
                        QString(), !article.hidden);
    hide->setToolTip(tr("An advertisement or page furniture: hidden from contents and search, not deleted"));
    menu->addSeparator();
    menu->addAction(m_previewUndoAction);
    menu->addAction(m_previewRedoAction);
    return menu;
}

void ImportWizard::applyOnePaper()
{
    m_scanModel->setPaperForAll(m_onePaperBox->isChecked() ? m_onePaperChooser->currentText() : QString());
}

void ImportWizard::startImport()
{
    if (m_importing)
        return;
    if (m_onePaperBox->isChecked() && !m_onePaperChooser->currentText().trimmed().isEmpty())
        QSettings().setValue(QLatin1String(LastPaperKey), m_onePaperChooser->currentText().trimmed());
    m_outcomes.clear();
    m_importDone = false;
    m_importing = true;
    m_stopButton->setEnabled(true);
    QList<ScannedFile> files;
    for (const ScannedFile &file : m_scanModel->files()) {
        if (file.importable()) {
            files.append(file);
            // The corrections made in the preview, written and kept with the file's pages.
            files.last().plan.corrections = m_previewCorrections->of(file.path());
        } else {
            m_outcomes.append({file.path(),
                               file.plan.state == ImportFilePlan::Skipped ? ImportOutcome::Skipped
                                                                          : ImportOutcome::Failed,
                               file.plan.problem});
        }
    }
    m_importProgress->setRange(0, int(files.size()));
    m_importProgress->setValue(0);
    QList<int> pages;
    for (const ScannedFile &file : std::as_const(files))
        pages.append(file.plan.pages);
    m_rate.start(pages);
    m_importRate->clear();
    m_importClock.start();
    m_importWorker->rearm();
    m_importWorker->setLinkFiles(m_linkFilesBox->isChecked());
    QMetaObject::invokeMethod(m_importWorker, "import", Qt::QueuedConnection, Q_ARG(QString, m_libraryPath),
                              Q_ARG(QList<kanbao::ScannedFile>, files),
                              Q_ARG(QStringList, QStringList{QFileInfo(m_scannedFolder).absoluteFilePath()}));
}

void ImportWizard::cancelImport()
{
    if (!m_importing)
        return;
    m_importWorker->cancel();
    m_stopButton->setEnabled(false);
    m_importStatus->setText(tr("Stopping after the current file…"));
}

void ImportWizard::waitForImport()
{
    while (m_importing)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
}

void ImportWizard::onImportFinished(bool cancelled, const QString &error)
{
    m_importing = false;
    m_importDone = true;
    m_stopButton->setEnabled(false);
    fillSummary(cancelled, error);
    if (!error.isEmpty())
        m_dialogs->warning(this, tr("The import stopped"), error);
    emit importFinished();
    if (currentId() == ImportPageId)
        next();
}

void ImportWizard::fillSummary(bool cancelled, const QString &error)
{
    int counts[5] = {0, 0, 0, 0, 0};
    auto *model = new QStandardItemModel(0, 3, m_summaryView);
    model->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Reason")});
    for (const ImportOutcome &outcome : std::as_const(m_outcomes)) {
        ++counts[outcome.kind];
        QString result;
        switch (outcome.kind) {
        case ImportOutcome::Imported: result = tr("Imported"); break;
        case ImportOutcome::Unchanged: result = tr("Unchanged"); break;
        case ImportOutcome::Replaced: result = tr("Replaced"); break;
        case ImportOutcome::Failed: result = tr("Failed"); break;
        case ImportOutcome::Skipped:
            result = outcome.reason.isEmpty() ? tr("Not imported (stopped)") : tr("Skipped");
            break;
        }
        QString name = outcome.path;
        if (!m_scannedFolder.isEmpty())
            name = QDir(m_scannedFolder).relativeFilePath(outcome.path);
        auto *resultItem = new QStandardItem(result);
        if (outcome.kind == ImportOutcome::Failed)
            resultItem->setForeground(QColor(0xb9, 0x1c, 0x1c));
        model->appendRow({new QStandardItem(name), resultItem, new QStandardItem(outcome.reason)});
    }
    QAbstractItemModel *old = m_summaryView->model();
    m_summaryView->setModel(model);
    delete old;
    m_summaryView->resizeColumnsToContents();
    QString text = tr("Imported: %1 · Unchanged: %2 · Replaced: %3 · Failed: %4")
                       .arg(counts[ImportOutcome::Imported])
                       .arg(counts[ImportOutcome::Unchanged])
                       .arg(counts[ImportOutcome::Replaced])
                       .arg(counts[ImportOutcome::Failed]);
    if (cancelled)
        text = tr("The import was stopped. What was imported before stays in the library.") + QStringLiteral("\n")
            + text;
    if (!error.isEmpty())
        text = error + QStringLiteral("\n") + text;
    m_summaryLabel->setText(text);
}

void ImportWizard::reject()
{
    if (m_importing) {
        const auto answer = m_dialogs->question(this, tr("Stop the import?"),
                                                tr("Files imported so far stay in the library. Stop now?"),
                                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            cancelImport();
        return; // the summary follows once the worker has stopped
    }
    if (m_scanning)
        m_scanWorker->cancel();
    QWizard::reject();
}

} // namespace kanbao
