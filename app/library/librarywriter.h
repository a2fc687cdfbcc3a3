#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>

namespace kanbao {

class Library;
struct Correction;

// Where one page of a file goes in the library.
struct PagePlacement
{
    QString paper;
    QDate date;
    bool dateGuessed = false;
    QString edition; // '' for the main edition
    QString label;   // A03; empty when unknown
    QString section; // 温县新闻; empty when unknown
};

// One page file, decoded and reconstructed, ready to be stored: what the importer's workers produce.
struct ParsedPageFile
{
    QString sourcePath;  // absolute path: the file's identity in the library
    QString contentHash; // sha256 hex of the file's bytes
    QString encoding;
    QString text;        // decoded text; stored compressed with the pages
    QList<Page> pages;   // at least one (an empty page when the text yields no article)
    QList<PagePlacement> placements; // one per page
    // The text of each page as stored (qCompress of UTF-8); filled by the importer's workers so the
    // writer thread does not spend its time in zlib. Computed by writeFile() when empty.
    QList<QByteArray> compressedText;
};

// The file's text split between its pages (by the source lines their articles start on; put together
// the slices are the whole text) and compressed, one blob per page.
QList<QByteArray> compressPageTexts(const QString &text, const QList<Page> &pages);

struct FileWriteResult
{
    enum Outcome { Inserted, Unchanged, Replaced };
    Outcome outcome = Inserted;
    int pages = 0;
    int articles = 0;
    int annotationsReanchored = 0; // highlights and notes moved onto the new articles
    int annotationsOrphaned = 0;   // kept with article_id NULL: their text is gone from the new version
    int tagsDropped = 0;           // tags of old articles with no counterpart in the new version
    int correctionsApplied = 0;          // the reader's corrections of the old version applied again
    int correctionsNoLongerApplying = 0; // kept and listed: their anchored text is gone
    // The file was imported before from this path and has been moved or renamed since (the same content
    // is stored there, and that path no longer holds it): its pages were moved to the new path, not
    // stored a second time. Empty otherwise.
    QString movedFrom;
};

// Writes page files into a library: the only code that writes pages, articles, their full-text rows
// and mentions. Each file is one transaction, so a crash or a kill leaves every earlier file stored
// and nothing of the file being written. Lives in the library's thread; destroy it before the library.
class LibraryWriter
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::LibraryWriter)
    Q_DISABLE_COPY_MOVE(LibraryWriter)

public:
    explicit LibraryWriter(Library &library);
    ~LibraryWriter();

    // content_hash of every stored file by source_path, so unchanged files can be skipped unparsed.
    // nullopt on error (see Library::errorString()).
    std::optional<QHash<QString, QString>> storedHashes();

    // Stores `file`, replacing a previous version with the same source path: that version's articles
    // are deleted, and its annotations re-anchored into the new articles (or kept as orphans); tags
    // follow articles whose headline or text is unchanged. Same bytes and same placement: nothing is
    // written. On failure nothing is written and nullopt is returned (see Library::errorString()).
    std::optional<FileWriteResult> writeFile(const ParsedPageFile &file);
    // The same, with the layout corrections the reader made on the file's pages before they were stored (the
    // import wizard's preview; Correction::sourceIndex says the page, the anchor is in pageArticleText() of
    // its articles as reconstructed): applied after the corrections kept from an earlier version, in order,
    // and kept with the pages like them, so a later import applies them again. A file with new corrections is
    // written even when its bytes are unchanged.
    std::optional<FileWriteResult> writeFile(const ParsedPageFile &file, const QList<Correction> &corrections);

    // An import: one run of the importer over the folders and files given. The pages written after
    // beginImport() belong to it (a page replaced later belongs to the later import), so a bulk metadata
    // edit can take every page of one import. It is recorded with the first file written, in that file's
    // transaction (an import that writes nothing leaves the library untouched); finishImport() records how
    // many pages it wrote and returns its id (0: nothing written, none recorded; nullopt on error).
    void beginImport(const QStringList &sources);
    std::optional<qint64> finishImport(int pagesWritten);

    // Moves every page of a stored file to `paper` and `date` (each keeping its edition, label and section),
    // the reader's paper and date corrections of the file applied on top: what the importer found out about
    // the file from the other files of the same import after it was written. One transaction.
    bool placeFile(const QString &sourcePath, const QString &paper, const QDate &date, bool dateGuessed);

    // Removes a file's pages and articles; their annotations become orphans. Returns false on error.
    bool removeFile(const QString &sourcePath);

    // For tests of atomicity: fail the write of the given file after its articles were inserted.
    void setFailAfterArticlesForTesting(const QString &sourcePath);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kanbao
