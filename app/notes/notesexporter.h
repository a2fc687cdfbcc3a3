#pragma once

#include "notes/citation.h"
#include "notes/notestypes.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kanbao {

class NotesStore;

enum class NotesExportFormat { Pdf, Markdown, Csv };

struct NotesExportOptions
{
    NotesQuery query;        // the scope: all notes, or by tag, date range, articles
    QString title;           // default: "Kanbao notes"
    QDateTime generatedAt;   // default: now
    // Each article's "Cite as" line (Markdown, PDF) and CSV citation column; a file style (RIS, ...) has no
    // one-line form, so those fall back to GB/T 7714.
    CitationStyle citationStyle = CitationStyle::GbT7714;
    // PDF only: under each article's heading, its crop of the page image (articles of PDF pages whose file
    // the library still has; for the others a line says why there is none).
    bool pageCrops = false;
};

// Writes notes with their citations to PDF, Markdown or CSV. No widgets: the PDF is laid out with
// QTextDocument and painted on a QPdfWriter, which needs a QGuiApplication (the offscreen platform is
// enough).
class NotesExporter
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::NotesExporter)

public:
    explicit NotesExporter(NotesStore *store);

    // Queries the store and writes `path` (replacing it only once the new file is complete).
    bool exportNotes(NotesExportFormat format, const QString &path, const NotesExportOptions &options = {});

    int exportedNotes() const { return m_exportedNotes; }
    int exportedArticles() const { return m_exportedArticles; }
    int pageCount() const { return m_pageCount; } // PDF only
    int pageCropCount() const { return m_pageCrops; } // PDF with pageCrops: the crops drawn
    QString errorString() const { return m_error; }

    // The pieces, for callers that already hold the records.
    static QByteArray markdown(const QList<NoteRecord> &records, const NotesExportOptions &options);
    // UTF-8 with a BOM (so Excel does not read it in the ANSI code page), CRLF rows, RFC 4180 quoting,
    // English column names. A text field that starts with = + - @ tab CR or an apostrophe gets a leading
    // apostrophe, so a spreadsheet shows it as text instead of running it as a formula; to get the
    // exact text back, drop one leading apostrophe from any field that starts with one.
    static QByteArray csv(const QList<NoteRecord> &records, CitationStyle style = CitationStyle::GbT7714);
    // The one-line reference of an article in `style` (GB/T 7714 for the file styles); empty for orphans.
    static QString citeAs(const ArticleCitation &citation, CitationStyle style);
    bool writePdf(const QList<NoteRecord> &records, const NotesExportOptions &options, const QString &path);

    // "all notes", "tag 安全生产, 2023-12-01 – 2023-12-31"
    static QString describeScope(const NotesQuery &query);

    // The font families the PDF is set in. Chosen among installed fonts whose glyphs map back to the
    // code points they were drawn from: Qt's PDF writer builds the text layer from the font's cmap, and
    // in Noto CJK many ideographs share their glyph with a Kangxi radical (高 and ⾼ U+2FBC), so a PDF set
    // in Noto extracts as radicals. Empty when no such font is available.
    static QStringList pdfFontFamilies();

private:
    NotesStore *m_store;
    int m_exportedNotes = 0;
    int m_exportedArticles = 0;
    int m_pageCount = 0;
    int m_pageCrops = 0;
    QString m_error;
};

} // namespace kanbao
