#pragma once

#include <QByteArray>
#include <QString>

namespace kanbao {

// A page file's text once its encoding is known. Line endings are normalised to '\n'.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "UTF-16LE (no BOM)", "GB18030"
    // Byte sequences that were not valid in that encoding (a cut-off last character, a stray Latin-1
    // word, a NUL byte): each replaced by U+FFFD in `text`. 0 for clean files.
    int invalidSequences = 0;
    qint64 firstInvalidOffset = -1; // byte offset of the first of them in the file, -1 if none

    // "3 invalid byte sequences replaced (the first at byte 1,234)"; empty for clean files.
    QString warning() const;
};

// Detects the encoding of newspaper page files without asking the user: a BOM wins; otherwise strict
// UTF-8 is tried before GB18030 because short GB18030 runs can be valid UTF-8 only by accident, never
// the other way round, and ICU's statistical detector needs more bytes than many captions have. UTF-16
// without a BOM is recognised by text that reads as Chinese or ASCII in one byte order.
//
// Decoding saves what it can: a file with a few invalid sequences in an otherwise clean encoding is
// decoded with each of them replaced and counted (DecodedText::invalidSequences, warning()); only text
// with too many of them (it is in another encoding, or not text) is refused, with the position of the
// first one in the reason.
class TextDecoder
{
public:
    // Page files are a few tens of kilobytes; anything far larger is not a page and would only eat memory.
    static constexpr qint64 DefaultMaxFileBytes = 32LL * 1024 * 1024;

    // On failure returns false and sets *error to a reason a user can act on (without the file name).
    static bool decode(const QByteArray &bytes, DecodedText *out, QString *error);
    // A file's bytes with the limits every page file shares (exists, not a folder, not too large).
    static bool readBytes(const QString &path, QByteArray *bytes, QString *error,
                          qint64 maxBytes = DefaultMaxFileBytes);
    static bool readFile(const QString &path, DecodedText *out, QString *error,
                         qint64 maxBytes = DefaultMaxFileBytes);

    // Reads a page file's bytes as a stream: the limit holds for what was read, whatever the file's size
    // said (a pipe, /proc, a file that grows). Only regular files are read: a FIFO, a device or a socket
    // is refused at once (never waited on), as is a folder. Errors say why: no such file, permission
    // denied, a loop of symbolic links, a name or path too long. `nativePath` is the file name's bytes as
    // the system has them (QFile::encodeName() of a QString path, or the raw bytes of a name that is not
    // valid UTF-8).
    static bool readBytes(const QByteArray &nativePath, QByteArray *out, QString *error,
                          qint64 maxBytes = DefaultMaxFileBytes);
    static bool readFile(const QByteArray &nativePath, DecodedText *out, QString *error,
                         qint64 maxBytes = DefaultMaxFileBytes);

    // The reason for a failed system call on a file (errno), in the words the decoder's errors use.
    static QString systemErrorReason(int errnoValue);

    // CRLF, CR, U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR and U+0085 NEL become '\n': the
    // reconstruction and every offset into its text see one kind of line break.
    static QString normaliseLineEndings(QString text);
};

} // namespace kanbao
