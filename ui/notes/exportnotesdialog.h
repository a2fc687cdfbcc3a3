#pragma once

#include "notes/notesexporter.h"
#include "notes/noteseditor.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace kanbao {

class DialogProvider;

// File ▸ Export Notes: which notes (all, those on articles with a tag, on issues of a date range, on the
// selected articles), in which format (PDF to print or share, Markdown to keep writing, CSV for a
// spreadsheet), to which file. Says how many notes the choice covers before writing anything.
class ExportNotesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { All, Tag, DateRange, SelectedArticles };

    ExportNotesDialog(NotesStore *store, DialogProvider *dialogs, const QList<qint64> &selectedArticles,
                      QWidget *parent = nullptr);

    void setScope(Scope scope);
    Scope scope() const;
    void setTag(const QString &name);
    void setDateRange(QDate from, QDate to);
    void setFormat(NotesExportFormat format);
    NotesExportFormat format() const;
    void setPath(const QString &path);
    QString path() const;

    NotesExportOptions options() const;
    int matchingNotes() const { return m_matching; }

    // Writes the file; on failure tells the user (through the DialogProvider) and returns false.
    bool exportNow();
    int exportedNotes() const { return m_exported; }
    QString lastError() const { return m_error; }

    static QString suffix(NotesExportFormat format); // "pdf", "md", "csv"
    // Where the proposed file goes: the documents folder (created if missing), else home.
    static QString defaultFolder();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTags();
    void updatePreview();
    void browse();
    void fixSuffix();

    QLabel *m_citationLabel = nullptr;
    QComboBox *m_citationStyle = nullptr;
    QPointer<NotesStore> m_store;
    DialogProvider *m_dialogs;
    QList<qint64> m_selected;
    int m_matching = 0;
    int m_exported = 0;
    QString m_error;

    QLabel *m_scopeLabel = nullptr;
    QButtonGroup *m_scopeGroup = nullptr;
    QRadioButton *m_allButton = nullptr;
    QRadioButton *m_tagButton = nullptr;
    QComboBox *m_tag = nullptr;
    QRadioButton *m_datesButton = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_dash = nullptr;
    QDateEdit *m_to = nullptr;
    QRadioButton *m_selectedButton = nullptr;
    QCheckBox *m_includeNotes = nullptr;
    QCheckBox *m_includeOrphans = nullptr;
    QCheckBox *m_pageCrops = nullptr; // PDF only: each article's crop of its page image
    QLabel *m_formatLabel = nullptr;
    QButtonGroup *m_formatGroup = nullptr;
    QRadioButton *m_pdfButton = nullptr;
    QRadioButton *m_markdownButton = nullptr;
    QRadioButton *m_csvButton = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace kanbao
