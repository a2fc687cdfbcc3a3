#pragma once

#include "formats/pageformat.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace kanbao {

// The registry of page formats (see pageformat.h): the only place that knows which formats exist.
// Thread-safe once built; instance() builds it on first use.
class PageFormats
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::PageFormats)
    Q_DISABLE_COPY_MOVE(PageFormats)

public:
    static const PageFormats &instance();

    QList<const PageFormat *> formats() const;
    const PageFormat *format(const QString &id) const;

    // Which files are pages: "*.txt", "*.TXT", "*.md", … for folder scans and file dialogs.
    QStringList nameFilters() const;
    QStringList suffixes() const; // "txt", "md", …
    bool isPageFileName(const QString &path) const;
    // ".txt, .md" for texts that tell the user which files are read.
    QString suffixText() const;
    // "Page files (*.txt *.md)" for a file dialog.
    QString fileDialogFilter() const;

    // The format that reads these bytes best; null when none will.
    const PageFormat *detect(const QString &path, const QByteArray &bytes) const;

    // Reads a file from disk (TextDecoder::readBytes: exists, not a folder, not too large) and hands it to
    // the detected format.
    bool read(const QString &path, SourceDocument *doc, QString *error) const;
    // The same for bytes already in memory (the importer reads them once to hash them too).
    bool read(const QString &path, const QByteArray &bytes, SourceDocument *doc, QString *error) const;
    // Only page `index` of the file, as the document's one page (PageFormat::readPage): one page of a file of
    // many for the page image, without reading the others.
    bool readPage(const QString &path, int index, SourceDocument *doc, QString *error) const;
    // Text already decoded (the import wizard's preview, benchmarks): detected as if it were a UTF-8 file.
    SourceDocument fromText(const QString &text, const QString &path, const QString &encoding) const;

    // Pages of articles by the rules of the format that read the document; each page's source and
    // encoding set from the document.
    QList<Page> reconstruct(const SourceDocument &doc) const;

private:
    PageFormats();
    ~PageFormats();
    std::vector<std::unique_ptr<PageFormat>> m_formats;
};

} // namespace kanbao
