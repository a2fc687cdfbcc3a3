#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kanbao {

class Library;

// Where the document behind a page is for the page image. Stored: the library's own copy. Linked: the
// library keeps no copy (imported with "link to files", or the copy was removed) and the original at the
// page's source path still has the content that was imported. Missing / Changed: neither is available —
// the linked file was moved or deleted, or its content differs from what was imported (its hash), so its
// pages no longer match the stored articles; the user locates it (StoredFiles::relink).
struct PageFileLocation
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::PageFileLocation)

public:
    enum State { Stored, Linked, Missing, Changed };
    State state = Missing;
    QString path; // the file to read (Stored, Linked); the linked path that failed otherwise

    bool isAvailable() const { return state == Stored || state == Linked; }
    // For the user: "The linked file … was moved or deleted." Empty when available.
    QString problem() const;
};

// A linked file the library cannot find as imported, with how many of its pages are stored.
struct LinkedFileProblem
{
    PageFileLocation location;
    QString contentHash;
    int pages = 0;
};

// The library's own copies of imported files that are documents in their own right (PDF pages, see
// PageFormat::keepsOriginal()), as Zotero's stored files: a folder beside the library file
// (archive.kanbao → "archive files/"), one file per content, named by its SHA-256, so that the page image
// stays available when the original is moved or deleted, and a file imported twice is kept once.
// The name follows from the content hash the library already stores for every file: no table is needed.
class StoredFiles
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::StoredFiles)

public:
    // `libraryPath`: the library file; empty (an in-memory library) keeps nothing.
    explicit StoredFiles(const QString &libraryPath);

    bool isAvailable() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    // Where the copy of the content with this hash is (or would be) kept.
    QString copyPath(const QString &contentHash, const QString &suffix) const;
    // The kept copy, or empty when there is none.
    QString find(const QString &contentHash, const QString &suffix) const;

    // Keeps `bytes`, the content of `sourcePath` as the importer read and hashed it (so the copy is what
    // was imported, even if the file changed since, and a name that is not UTF-8 needs no second opening),
    // unless a copy of this content is there already. The copy is written under a temporary name and
    // renamed, so a crash never leaves half a file under the final name. False with a reason (naming the
    // file) when the copy cannot be made.
    bool keep(const QString &sourcePath, const QByteArray &bytes, const QString &contentHash, QString *error) const;

    // The copy when there is one, else the linked original at `sourcePath` when its SHA-256 still is
    // `contentHash`. Hashing a linked file reads it whole: callers showing many pages cache the answer.
    PageFileLocation locate(const QString &sourcePath, const QString &contentHash) const;
    // SHA-256 (hex) of the file's bytes; empty with a reason when it cannot be read.
    static QString hashFile(const QString &path, QString *error = nullptr);

    // Every file of the library with one of `suffixes` (the formats whose originals are kept, see
    // PageFormat::keepsOriginal()) that has no stored copy and whose original is missing or changed.
    // Empty with library.errorString() set when the library cannot be read.
    QList<LinkedFileProblem> checkLinks(Library &library, const QStringList &suffixes) const;

    // Points the pages imported from `oldPath` (or, when it is a number, from the file of that page or
    // article id — "page:ID" / "article:ID" or a bare article id) to `newPath`, which must hold the same
    // content (SHA-256) that was imported; one transaction. False with a reason naming the files otherwise.
    // `*relinked` (optional) receives the old path that was replaced.
    bool relink(Library &library, const QString &oldPathOrId, const QString &newPath, QString *error,
                QString *relinked = nullptr) const;

private:
    QString m_folder;
};

} // namespace kanbao
