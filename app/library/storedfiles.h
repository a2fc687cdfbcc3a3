#pragma once

#include <QCoreApplication>
#include <QString>

namespace kanbao {

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

private:
    QString m_folder;
};

} // namespace kanbao
