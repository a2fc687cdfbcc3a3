#include "import/archivewalk.h"

#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <dirent.h>
#include <sys/stat.h>

namespace kanbao {

namespace {

struct FileId
{
    dev_t dev;
    ino_t ino;
    bool operator==(const FileId &) const = default;
};

size_t qHash(const FileId &id, size_t seed = 0)
{
    return ::qHash(quint64(id.dev), seed) ^ ::qHash(quint64(id.ino), seed);
}

struct Walker
{
    const std::function<bool(const QString &)> &isPageFile;
    ArchiveWalk result;
    QSet<FileId> seenFiles;
    QSet<FileId> seenFolders;

    QString tooLong(const QByteArray &native) const
    {
        return ArchiveWalker::tr("the path is too long for the system (%1 bytes; the limit is %2)")
            .arg(native.size())
            .arg(PATH_MAX - 1);
    }

    void fail(const QString &path, const QString &reason) { result.failed.append({path, reason}); }
    void skip(const QString &path, const QString &reason) { result.skipped.append({path, reason}); }

    // `display`: the path as shown; `native`: its bytes; `given`: named by the user (not found in a folder).
    void visit(const QString &display, const QByteArray &native, const QString &note, bool given)
    {
        if (native.size() >= PATH_MAX) {
            fail(display, tooLong(native));
            return;
        }
        struct stat st;
        if (::lstat(native.constData(), &st) != 0) {
            fail(display, errno == ENAMETOOLONG ? tooLong(native) : TextDecoder::systemErrorReason(errno));
            return;
        }
        if (S_ISLNK(st.st_mode)) {
            if (::stat(native.constData(), &st) != 0) {
                const int e = errno;
                fail(display, e == ENOENT ? ArchiveWalker::tr("a broken symbolic link (what it points to does not exist)")
                                          : TextDecoder::systemErrorReason(e));
                return;
            }
        }
        const QString name = display.mid(display.lastIndexOf(QLatin1Char('/')) + 1);
        if (S_ISDIR(st.st_mode)) {
            const FileId id{st.st_dev, st.st_ino};
            if (seenFolders.contains(id)) {
                skip(display, ArchiveWalker::tr("a folder already read (a symbolic link back to it)"));
                return;
            }
            seenFolders.insert(id);
            readFolder(display, native);
            return;
        }
        const bool pageName = isPageFile(name);
        if (!S_ISREG(st.st_mode)) {
            const QString what = S_ISFIFO(st.st_mode)                        ? ArchiveWalker::tr("a named pipe (FIFO)")
                : (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))              ? ArchiveWalker::tr("a device")
                : S_ISSOCK(st.st_mode)                                       ? ArchiveWalker::tr("a socket")
                                                                             : ArchiveWalker::tr("not a regular file");
            if (pageName || given)
                fail(display, ArchiveWalker::tr("is %1, not a page file").arg(what));
            else
                skip(display, ArchiveWalker::tr("is %1").arg(what));
            return;
        }
        if (!given && !pageName) {
            skip(display, ArchiveWalker::tr("not a page format"));
            return;
        }
        const FileId id{st.st_dev, st.st_ino};
        if (seenFiles.contains(id))
            return; // the same file named twice counts once
        seenFiles.insert(id);
        result.files.append({display, native, note});
    }

    void readFolder(const QString &display, const QByteArray &native)
    {
        DIR *dir = ::opendir(native.constData());
        if (!dir) {
            const int e = errno;
            fail(display, ArchiveWalker::tr("the folder cannot be read: %1")
                              .arg(e == ENAMETOOLONG ? tooLong(native) : TextDecoder::systemErrorReason(e)));
            return;
        }
        struct Entry
        {
            QString display;
            QByteArray native;
            QString note;
            bool hidden;
        };
        QList<Entry> entries;
        errno = 0;
        while (const dirent *d = ::readdir(dir)) {
            const QByteArray raw(d->d_name);
            if (raw == "." || raw == "..")
                continue;
            QString note;
            const QString name = ArchiveWalker::decodeName(raw, &note);
            const QByteArray childNative = native.endsWith('/') ? native + raw : native + '/' + raw;
            const QString childDisplay = display.endsWith(QLatin1Char('/')) ? display + name
                                                                              : display + QLatin1Char('/') + name;
            entries.append({childDisplay, childNative, note, raw.startsWith('.')});
        }
        const int readError = errno;
        ::closedir(dir);
        if (readError != 0)
            fail(display, ArchiveWalker::tr("the folder could not be read to the end: %1")
                              .arg(TextDecoder::systemErrorReason(readError)));
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.display < b.display; });
        for (const Entry &e : std::as_const(entries)) {
            if (e.hidden) {
                skip(e.display, ArchiveWalker::tr("hidden"));
                continue;
            }
            visit(e.display, e.native, e.note, false);
        }
    }
};

} // namespace

QString ArchiveWalker::decodeName(const QByteArray &name, QString *note)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(name);
    if (!utf8.hasError())
        return asUtf8;
    DecodedText decoded;
    QString error;
    // The page decoder's GB18030 rule (strict, and reading as Chinese) names the usual case: an archive
    // copied from a Windows machine set to Chinese.
    if (TextDecoder::decode(name, &decoded, &error) && decoded.encoding == QLatin1String("GB18030")
        && decoded.invalidSequences == 0) {
        if (note)
            *note = tr("the file name is not UTF-8; shown as read in GB18030");
        return decoded.text;
    }
    if (note)
        *note = tr("the file name is not UTF-8 and not GB18030; shown with its bytes as Latin-1");
    return QString::fromLatin1(name);
}

ArchiveWalk ArchiveWalker::walk(const QStringList &paths, const std::function<bool(const QString &)> &isPageFile)
{
    Walker walker{isPageFile, {}, {}, {}};
    for (const QString &path : paths) {
        const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
        walker.visit(absolute, QFile::encodeName(absolute), QString(), true);
    }
    return walker.result;
}

} // namespace kanbao
