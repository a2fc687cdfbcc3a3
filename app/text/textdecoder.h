#pragma once

#include <QByteArray>
#include <QString>

namespace kanbao {

// A page file's text once its encoding is known. Line endings are normalised to '\n'.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
};

// Detects the encoding of newspaper page files without asking the user: a BOM wins; otherwise strict
// UTF-8 is tried before GB18030 because short GB18030 runs can be valid UTF-8 only by accident, never
// the other way round, and ICU's statistical detector needs more bytes than many captions have.
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

    static QString normaliseLineEndings(QString text);
};

} // namespace kanbao
