#pragma once

#include "model/article.h"
#include "model/sourcedocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kanbao {

// The one seam for page file formats (as Tiled's map formats). Everything that needs to know which files
// are pages, how to read them or how to turn them into articles — the importer, the import wizard, the main
// window's drop and open handling, `kanbao-cli reconstruct` and `import` — asks PageFormats (pageformats.h)
// and never looks at a suffix or the bytes itself.
//
// A format:
//   id() / name()     "markdown" / "Markdown page" (name() is translated, for the wizard and file dialogs)
//   suffixes()        lower-case, without the dot: {"txt"}; nameFilters() derives "*.txt" and "*.TXT"
//   probe()           how sure it is that the file is its own, from the path and the file's bytes:
//                     0 = not mine; PageFormats takes the highest (ties: the one registered first);
//                     Certain (100, the most) = no other format is asked (a PDF is not decoded as text)
//   read()            bytes -> SourceDocument (text, encoding, pages of lines, optional geometry);
//                     false with a reason a user can act on (without the file name) when it cannot
//   reconstruct()     SourceDocument -> pages of articles; each format chooses its own rules
//
// Adding a format (PDF): implement PageFormat in app/formats/<name>format.{h,cpp} (fill the geometry in
// SourceDocument, reconstruct from it), add the files to app/formats/CMakeLists.txt, and register it in
// PageFormats::PageFormats() (pageformats.cpp) — the only list of formats. Nothing else changes: name
// filters, detection and reading follow. Formats are stateless and used from several threads at once.
class PageFormat
{
public:
    virtual ~PageFormat() = default;

    virtual QString id() const = 0;
    virtual QString name() const = 0;
    virtual QStringList suffixes() const = 0;
    QStringList nameFilters() const; // "*.txt", "*.TXT"
    static QStringList nameFilters(const QStringList &suffixes);

    static constexpr int Certain = 100;
    virtual int probe(const QString &path, const QByteArray &bytes) const = 0;
    virtual bool read(const QString &path, const QByteArray &bytes, SourceDocument *doc, QString *error) const = 0;
    // Only page `index` (0-based) of the file, as the document's one page: to show one page of a file of many
    // (the page image's regions) without reading the others. Its articles are those read() gives that page
    // (each page is reconstructed on its own); only the page label made up from the file name may differ.
    // The default reads the whole file and keeps the page. False with a reason also when there is no such page.
    virtual bool readPage(const QString &path, const QByteArray &bytes, int index, SourceDocument *doc,
                          QString *error) const;
    virtual QList<Page> reconstruct(const SourceDocument &doc) const = 0;
    // Whether the library keeps a copy of such files (library/storedfiles.h): true for documents whose
    // own rendering matters (a PDF's page image), false for text the library already stores.
    virtual bool keepsOriginal() const { return false; }
};

} // namespace kanbao
