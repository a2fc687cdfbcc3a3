#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kanbao {

// One file an archive walk found to read.
struct WalkedFile
{
    QString path;          // absolute, for people and as the file's identity in the library
    QByteArray nativePath; // the bytes the system knows it by (differs from path when a name is not UTF-8)
    QString note;          // e.g. the name is not UTF-8 and is shown decoded as GB18030; empty normally
};

// One file or folder the walk did not take, with the reason.
struct WalkedEntry
{
    QString path;
    QString reason;
};

// Everything under the given paths, each accounted for: a file to read, skipped (hidden, not a page
// format, a link to a folder already walked) or failed (unreadable folder, a loop of symbolic links, a
// broken link, a path too long for the system, a FIFO or device with a page file's name).
struct ArchiveWalk
{
    QList<WalkedFile> files;
    QList<WalkedEntry> skipped;
    QList<WalkedEntry> failed;
};

// Walks folders with the system's directory calls and keeps every name's bytes, so a file named in GBK
// or any other non-UTF-8 encoding is found and read (QDir would turn such names into U+FFFD and lose
// the file). `isPageFile` says from a file name whether it is a page format. Files named twice (or
// reached twice through links) are listed once. Sorted by path within each folder given.
class ArchiveWalker
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::ArchiveWalker)

public:
    static ArchiveWalk walk(const QStringList &paths, const std::function<bool(const QString &name)> &isPageFile);

    // A file or folder name's bytes as text: UTF-8 when valid, else GB18030 when that reads as Chinese,
    // else Latin-1. `note` says when the name was not UTF-8.
    static QString decodeName(const QByteArray &name, QString *note = nullptr);
};

} // namespace kanbao
