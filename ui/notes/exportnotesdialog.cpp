#include "notes/exportnotesdialog.h"

#include "citationcontroller.h"
#include "dialogprovider.h"
#include "notes/notewidgets.h"
#include "notes/taglistmodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace kanbao {

ExportNotesDialog::ExportNotesDialog(NotesStore *store, DialogProvider *dialogs, const QList<qint64> &selectedArticles,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_dialogs(dialogs)
    , m_selected(selectedArticles)
{
    setObjectName(QStringLiteral("exportNotesDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_scopeLabel = new QLabel(this);
    QFont bold = m_scopeLabel->font();
    bold.setBold(true);
    m_scopeLabel->setFont(bold);
    layout->addWidget(m_scopeLabel);
    m_scopeGroup = new QButtonGroup(this);
    auto *scope = new QVBoxLayout;
    scope->setContentsMargins(12, 0, 0, 0);
    m_allButton = new QRadioButton(this);
    m_allButton->setObjectName(QStringLiteral("scopeAll"));
    scope->addWidget(m_allButton);
    auto *tagRow = new QHBoxLayout;
    m_tagButton = new QRadioButton(this);
    m_tagButton->setObjectName(QStringLiteral("scopeTag"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("scopeTagChooser"));
    tagRow->addWidget(m_tagButton);
    tagRow->addWidget(m_tag, 1);
    scope->addLayout(tagRow);
    auto *dateRow = new QHBoxLayout;
    m_datesButton = new QRadioButton(this);
    m_datesButton->setObjectName(QStringLiteral("scopeDates"));
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The library's years, not the current one: an archive is rarely of this year.
    const auto libraryDates = store ? store->issueDateRange() : std::nullopt;
    m_from->setDate(libraryDates ? libraryDates->first : QDate(QDate::currentDate().year(), 1, 1));
    m_dash = new QLabel(QStringLiteral("–"), this);
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDate(libraryDates ? libraryDates->second : QDate::currentDate());
    dateRow->addWidget(m_datesButton);
    dateRow->addWidget(m_from, 1);
    dateRow->addWidget(m_dash);
    dateRow->addWidget(m_to, 1);
    scope->addLayout(dateRow);
    m_selectedButton = new QRadioButton(this);
    m_selectedButton->setObjectName(QStringLiteral("scopeSelected"));
    m_selectedButton->setEnabled(!m_selected.isEmpty());
    scope->addWidget(m_selectedButton);
    m_includeNotes = new QCheckBox(this);
    m_includeNotes->setChecked(true);
    m_includeOrphans = new QCheckBox(this);
    m_includeOrphans->setChecked(true);
    scope->addSpacing(4);
    scope->addWidget(m_includeNotes);
    scope->addWidget(m_includeOrphans);
    layout->addLayout(scope);
    m_scopeGroup->addButton(m_allButton, int(Scope::All));
    m_scopeGroup->addButton(m_tagButton, int(Scope::Tag));
    m_scopeGroup->addButton(m_datesButton, int(Scope::DateRange));
    m_scopeGroup->addButton(m_selectedButton, int(Scope::SelectedArticles));
    m_allButton->setChecked(true);

    m_formatLabel = new QLabel(this);
    m_formatLabel->setFont(bold);
    layout->addWidget(m_formatLabel);
    m_formatGroup = new QButtonGroup(this);
    auto *formats = new QHBoxLayout;
    formats->setContentsMargins(12, 0, 0, 0);
    m_pdfButton = new QRadioButton(this);
    m_pdfButton->setObjectName(QStringLiteral("formatPdf"));
    m_markdownButton = new QRadioButton(this);
    m_markdownButton->setObjectName(QStringLiteral("formatMarkdown"));
    m_csvButton = new QRadioButton(this);
    m_csvButton->setObjectName(QStringLiteral("formatCsv"));
    formats->addWidget(m_pdfButton);
    formats->addWidget(m_markdownButton);
    formats->addWidget(m_csvButton);
    formats->addStretch();
    // Each article's citation, in the style chosen under Edit ▸ Citation Style (changing it here changes it there).
    m_citationLabel = new QLabel(this);
    m_citationStyle = new QComboBox(this);
    m_citationStyle->setObjectName(QStringLiteral("citationStyle"));
    for (const CitationStyle style : citationStyles()) {
        if (!isReferenceFileStyle(style))
            m_citationStyle->addItem(citationStyleLabel(style), citationStyleName(style));
    }
    m_citationStyle->setCurrentIndex(
        m_citationStyle->findData(citationStyleName(CitationController::chosenStyle())));
    connect(m_citationStyle, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto style = citationStyleFromName(m_citationStyle->currentData().toString()))
            CitationController::setChosenStyle(*style);
    });
    m_citationLabel->setBuddy(m_citationStyle);
    formats->addWidget(m_citationLabel);
    formats->addWidget(m_citationStyle);
    layout->addLayout(formats);
    m_pageCrops = new QCheckBox(this);
    m_pageCrops->setObjectName(QStringLiteral("pageCrops"));
    auto *cropRow = new QHBoxLayout;
    cropRow->setContentsMargins(12, 0, 0, 0);
    cropRow->addWidget(m_pageCrops);
    layout->addLayout(cropRow);
    m_formatGroup->addButton(m_pdfButton, int(NotesExportFormat::Pdf));
    m_formatGroup->addButton(m_markdownButton, int(NotesExportFormat::Markdown));
    m_formatGroup->addButton(m_csvButton, int(NotesExportFormat::Csv));
    m_pdfButton->setChecked(true);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setFont(bold);
    layout->addWidget(m_fileLabel);
    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(12, 0, 0, 0);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_browseButton = new QPushButton(this);
    m_browseButton->setAutoDefault(false);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browseButton);
    layout->addLayout(fileRow);
    m_path->setText(QDir(defaultFolder()).filePath(QStringLiteral("kanbao-notes-%1.pdf")
                                              .arg(QDate::currentDate().toString(Qt::ISODate))));

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setAutoDefault(false);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    connect(m_scopeGroup, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updatePreview();
    });
    connect(m_formatGroup, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            fixSuffix();
        m_pageCrops->setEnabled(format() == NotesExportFormat::Pdf);
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_tagButton->setChecked(true);
        updatePreview();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_datesButton->setChecked(true);
            updatePreview();
        });
    }
    connect(m_includeNotes, &QCheckBox::toggled, this, &ExportNotesDialog::updatePreview);
    connect(m_includeOrphans, &QCheckBox::toggled, this, &ExportNotesDialog::updatePreview);
    connect(m_path, &QLineEdit::textChanged, this, &ExportNotesDialog::updatePreview);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportNotesDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    fillTags();
    retranslate();
    if (!m_selected.isEmpty())
        m_selectedButton->setChecked(true);
    updatePreview();
    resize(520, sizeHint().height());
}

QString ExportNotesDialog::suffix(NotesExportFormat format)
{
    switch (format) {
    case NotesExportFormat::Pdf:
        return QStringLiteral("pdf");
    case NotesExportFormat::Markdown:
        return QStringLiteral("md");
    case NotesExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return QString();
}

void ExportNotesDialog::fillTags()
{
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    if (!m_store)
        return;
    QList<Tag> tags = m_store->tags();
    TagListModel::sortTags(tags);
    for (const Tag &t : std::as_const(tags))
        m_tag->addItem(colorDotIcon(QColor(t.color)), t.name, t.name);
    m_tagButton->setEnabled(!tags.isEmpty());
    m_tag->setEnabled(!tags.isEmpty());
}

void ExportNotesDialog::setScope(Scope scope)
{
    if (QAbstractButton *button = m_scopeGroup->button(int(scope)))
        button->setChecked(true);
}

ExportNotesDialog::Scope ExportNotesDialog::scope() const
{
    return Scope(m_scopeGroup->checkedId());
}

void ExportNotesDialog::setTag(const QString &name)
{
    m_tag->setCurrentIndex(m_tag->findData(name));
    m_tagButton->setChecked(true);
    updatePreview();
}

QString ExportNotesDialog::defaultFolder()
{
    // A fresh account may have no Documents folder: create it, as a file manager would, and fall back to
    // home when that fails, so the proposed path can always be written.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents) && QFileInfo(documents).isWritable())
        return documents;
    return QDir::homePath();
}

void ExportNotesDialog::setDateRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_datesButton->setChecked(true);
    updatePreview();
}

void ExportNotesDialog::setFormat(NotesExportFormat format)
{
    m_formatGroup->button(int(format))->setChecked(true);
}

NotesExportFormat ExportNotesDialog::format() const
{
    return NotesExportFormat(m_formatGroup->checkedId());
}

void ExportNotesDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportNotesDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportNotesDialog::fixSuffix()
{
    // The file follows the format: notes.pdf becomes notes.md when Markdown is chosen.
    const QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    const QString wanted = suffix(format());
    const QStringList known{QStringLiteral("pdf"), QStringLiteral("md"), QStringLiteral("markdown"),
                            QStringLiteral("csv")};
    QString base = current;
    if (known.contains(info.suffix().toLower()))
        base.chop(info.suffix().size() + 1);
    m_path->setText(base + QLatin1Char('.') + wanted);
}

NotesExportOptions ExportNotesDialog::options() const
{
    NotesExportOptions options;
    if (const auto style = citationStyleFromName(m_citationStyle->currentData().toString()))
        options.citationStyle = *style;
    NotesQuery &q = options.query;
    switch (scope()) {
    case Scope::All:
        break;
    case Scope::Tag:
        if (!m_tag->currentData().toString().isEmpty())
            q.tags = {m_tag->currentData().toString()};
        break;
    case Scope::DateRange:
        q.dateField = NotesQuery::DateField::IssueDate;
        q.from = m_from->date();
        q.to = m_to->date();
        break;
    case Scope::SelectedArticles:
        q.articleIds = m_selected;
        break;
    }
    options.pageCrops = m_pageCrops->isChecked() && format() == NotesExportFormat::Pdf;
    q.includeArticleNotes = m_includeNotes->isChecked();
    // Orphans have no article: they belong to "all" and to no narrower scope.
    q.includeOrphans = m_includeOrphans->isChecked() && scope() == Scope::All;
    return options;
}

void ExportNotesDialog::updatePreview()
{
    m_includeOrphans->setEnabled(scope() == Scope::All);
    m_matching = 0;
    if (!m_store) {
        m_preview->setText(tr("No library is open."));
        m_exportButton->setEnabled(false);
        return;
    }
    const NotesExportOptions o = options();
    const std::optional<QList<NoteRecord>> records = m_store->queryNotes(o.query);
    if (!records) {
        m_preview->setText(m_store->errorString());
        m_exportButton->setEnabled(false);
        return;
    }
    QSet<qint64> articles;
    for (const NoteRecord &r : *records) {
        if (!r.annotation.isOrphan())
            articles.insert(r.annotation.articleId);
    }
    m_matching = int(records->size());
    if (m_matching == 0)
        m_preview->setText(tr("No notes in this selection."));
    else
        m_preview->setText(tr("%1 from %2 will be exported (%3).")
                               .arg(tr("%n note(s)", nullptr, m_matching),
                                    tr("%n article(s)", nullptr, int(articles.size())),
                                    NotesExporter::describeScope(o.query)));
    m_exportButton->setEnabled(m_matching > 0 && !path().isEmpty());
}

void ExportNotesDialog::browse()
{
    QString filter;
    switch (format()) {
    case NotesExportFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case NotesExportFormat::Markdown:
        filter = tr("Markdown (*.md)");
        break;
    case NotesExportFormat::Csv:
        filter = tr("CSV tables (*.csv)");
        break;
    }
    const QString chosen = m_dialogs->getSaveFileName(this, tr("Export Notes"), path(), filter);
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    if (QFileInfo(chosen).suffix().isEmpty())
        fixSuffix();
}

bool ExportNotesDialog::exportNow()
{
    m_exported = 0;
    if (!m_store)
        return false;
    const QString file = path();
    if (file.isEmpty()) {
        m_error = tr("Choose a file to export to.");
        m_dialogs->warning(this, tr("Export Notes"), m_error);
        return false;
    }
    if (QFileInfo::exists(file)) {
        const auto answer = m_dialogs->question(this, tr("Export Notes"),
                                                tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(file)),
                                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    NotesExportOptions o = options();
    o.generatedAt = QDateTime::currentDateTime();
    NotesExporter exporter(m_store);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exporter.exportNotes(format(), file, o);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        m_error = exporter.errorString();
        m_dialogs->warning(this, tr("Export Notes"), tr("The notes could not be exported: %1").arg(m_error));
        return false;
    }
    m_error.clear();
    m_exported = exporter.exportedNotes();
    return true;
}

void ExportNotesDialog::retranslate()
{
    setWindowTitle(tr("Export Notes"));
    m_scopeLabel->setText(tr("Which notes"));
    m_allButton->setText(tr("&All notes in the library"));
    m_tagButton->setText(tr("On articles &tagged"));
    m_datesButton->setText(tr("On issues &dated"));
    m_selectedButton->setText(tr("On the &selected articles (%n)", nullptr, int(m_selected.size())));
    m_includeNotes->setText(tr("Include notes on whole articles"));
    m_includeOrphans->setText(tr("Include orphaned notes (their article changed on re-import)"));
    m_formatLabel->setText(tr("Format"));
    m_pdfButton->setText(tr("&PDF"));
    m_markdownButton->setText(tr("&Markdown"));
    m_csvButton->setText(tr("&CSV"));
    m_citationLabel->setText(tr("C&ite articles as:"));
    m_pageCrops->setText(tr("Include each article's crop of its page &image (PDF pages)"));
    m_fileLabel->setText(tr("File"));
    m_browseButton->setText(tr("&Browse…"));
    m_exportButton->setText(tr("&Export"));
    m_cancelButton->setText(tr("Cancel"));
    updatePreview();
}

void ExportNotesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace kanbao
