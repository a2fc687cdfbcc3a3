#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace kanbao {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kanbao::TextDecoder", text, disambiguation, n);
}

constexpr char16_t Replacement = 0xFFFD;

// A decoding attempt: the text with invalid sequences replaced, how many there were and where the first was.
struct Attempt
{
    QString text;
    int invalid = 0;
    qint64 firstInvalid = -1;

    void mark(qint64 offset)
    {
        if (invalid++ == 0)
            firstInvalid = offset;
    }
};

// A few invalid sequences in otherwise clean text are damage (kept, replaced and counted); many mean
// another encoding or no text at all. Something besides replacements and spaces must be left.
bool acceptable(const Attempt &a)
{
    if (a.invalid > 2 && qint64(a.invalid) * 100 > a.text.size())
        return false;
    for (QChar c : a.text) {
        if (c.unicode() != Replacement && !c.isSpace())
            return true;
    }
    return false;
}

qsizetype nulCount(const QByteArray &bytes)
{
    return bytes.count('\0');
}

// A NUL byte never belongs in a page; a handful of them is damage, more is binary data.
bool tooManyNuls(qsizetype nuls, qsizetype size)
{
    return nuls > 4 && nuls * 1000 > size;
}

bool looksBinary(const QByteArray &bytes, qsizetype nuls)
{
    if (tooManyNuls(nuls, bytes.size()))
        return true;
    qsizetype controls = nuls;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u != 0 && u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1b)
            ++controls;
    }
    // A few stray control characters (or a NUL) survive PDF extraction in a page; many of them, or more
    // than a tenth of a short file, never come from text.
    return (controls > 8 && controls * 100 > bytes.size()) || (controls > 2 && controls * 10 > bytes.size());
}

bool decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes, QString *out)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

// UTF-8 with every ill-formed sequence (maximal subpart, as the Unicode standard recommends) replaced
// and counted. `base` is added to the offsets (the length of a BOM).
Attempt decodeUtf8Lenient(QByteArrayView s, qint64 base)
{
    Attempt a;
    a.text.reserve(s.size());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            a.text.append(QChar(char16_t(b)));
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            cp = b & 0x0F;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            cp = b & 0x07;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        }
        int k = 1;
        for (; length > 0 && k < length && i + k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
                break;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (length == 0 || k < length) {
            a.mark(base + i);
            a.text.append(QChar(Replacement));
            i += k;
            continue;
        }
        if (cp >= 0x10000) {
            a.text.append(QChar::highSurrogate(cp));
            a.text.append(QChar::lowSurrogate(cp));
        } else {
            a.text.append(QChar(char16_t(cp)));
        }
        i += length;
    }
    return a;
}

// UTF-16 with unpaired surrogates and a cut-off last byte replaced and counted.
Attempt decodeUtf16Lenient(QByteArrayView s, bool little, qint64 base)
{
    Attempt a;
    const qsizetype units = s.size() / 2;
    a.text.reserve(units + 1);
    const auto unit = [&](qsizetype i) {
        const auto b0 = static_cast<unsigned char>(s[2 * i]), b1 = static_cast<unsigned char>(s[2 * i + 1]);
        return char16_t(little ? (b0 | (b1 << 8)) : ((b0 << 8) | b1));
    };
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = unit(i);
        if (QChar::isHighSurrogate(u) && i + 1 < units && QChar::isLowSurrogate(unit(i + 1))) {
            a.text.append(QChar(u));
            a.text.append(QChar(unit(i + 1)));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            a.mark(base + 2 * i);
            a.text.append(QChar(Replacement));
        } else {
            a.text.append(QChar(u));
        }
    }
    if (s.size() % 2 != 0) {
        a.mark(base + s.size() - 1);
        a.text.append(QChar(Replacement));
    }
    return a;
}

struct IcuCounter
{
    const char *base = nullptr;
    Attempt *attempt = nullptr;
};

// Counts what ICU cannot convert, then substitutes it like UCNV_TO_U_CALLBACK_SUBSTITUTE would.
void countingCallback(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits, int32_t length,
                      UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason <= UCNV_IRREGULAR) {
        const auto *counter = static_cast<const IcuCounter *>(context);
        counter->attempt->mark(std::max<qint64>(0, qint64(args->source - counter->base) - length));
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

// GB18030 through ICU; `strict` stops at the first invalid sequence (then nullopt-like: invalid > 0).
Attempt decodeGb18030(const QByteArray &bytes, bool strict)
{
    Attempt a;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("GB18030", &status), &ucnv_close);
    if (U_FAILURE(status)) {
        a.mark(0);
        return a;
    }
    IcuCounter counter{bytes.constData(), &a};
    if (strict)
        ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    else
        ucnv_setToUCallBack(conv.get(), countingCallback, &counter, nullptr, nullptr, &status);
    // GB18030 never needs more UTF-16 units than it has bytes (plus one for the terminator); each
    // substitution is one unit for at least one byte.
    QString result(bytes.size() + 1, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(result.data()),
                                         static_cast<int32_t>(result.size()), bytes.constData(),
                                         static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
        if (a.invalid == 0)
            a.mark(0);
        return a;
    }
    result.truncate(length);
    a.text = std::move(result);
    return a;
}

bool goodTextChar(char16_t u)
{
    return (u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || u == '\t' || (u >= 0x4E00 && u <= 0x9FFF)
        || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x27BF)
        || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0x3400 && u <= 0x4DBF);
}

// How much of `text` reads as Chinese or ASCII text, in percent (surrogate pairs skipped).
int textScore(const QString &text, bool commonOnly = false)
{
    qsizetype good = 0;
    qsizetype total = 0;
    for (QChar ch : text) {
        if (ch.isSurrogate())
            continue;
        ++total;
        const char16_t u = ch.unicode();
        if (commonOnly ? ((u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || (u >= 0x4E00 && u <= 0x9FFF)
                          || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF))
                       : goodTextChar(u))
            ++good;
    }
    return total > 0 ? int(good * 100 / total) : 0;
}

// Text that decodes without error as GB18030 can still be noise (GB18030 accepts most byte pairs), so
// the result must look like Chinese or ASCII text.
bool plausibleChinese(const QString &text)
{
    return textScore(text) >= 90;
}

// UTF-16 without a BOM: one byte order gives Chinese or ASCII text, the other noise. ASCII read in the
// wrong order lands in CJK Extension A, so the tie is broken by the common characters.
bool decodeUtf16WithoutBom(const QByteArray &bytes, Attempt *out, QString *encoding)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return false;
    QString le, be;
    const bool leOk = decodeStrict(QStringConverter::Utf16LE, bytes, &le);
    const bool beOk = decodeStrict(QStringConverter::Utf16BE, bytes, &be);
    const int leScore = leOk ? textScore(le) : 0, beScore = beOk ? textScore(be) : 0;
    const bool leGood = leScore >= 95, beGood = beScore >= 95;
    if (!leGood && !beGood)
        return false;
    bool little = leGood;
    if (leGood && beGood)
        little = textScore(le, true) >= textScore(be, true);
    out->text = little ? le : be;
    *encoding = little ? QStringLiteral("UTF-16LE (no BOM)") : QStringLiteral("UTF-16BE (no BOM)");
    return true;
}

// NUL characters in decoded text become replacements (counted); `unitBytes`/`base` map them back to
// byte offsets.
void replaceNuls(Attempt *a, int unitBytes, qint64 base, const QByteArray &bytes)
{
    if (!a->text.contains(QChar(0)))
        return;
    // In 8-bit encodings a NUL byte is never part of a longer sequence: its offset is its own.
    qsizetype nextByte = 0;
    for (qsizetype i = 0; i < a->text.size(); ++i) {
        if (a->text.at(i).unicode() != 0)
            continue;
        a->text[i] = QChar(Replacement);
        qint64 offset = base + qint64(i) * unitBytes;
        if (unitBytes == 1) {
            nextByte = bytes.indexOf('\0', nextByte);
            offset = nextByte++;
        }
        a->firstInvalid = a->invalid++ == 0 ? offset : std::min(a->firstInvalid, offset);
    }
}

} // namespace

QString DecodedText::warning() const
{
    if (invalidSequences == 0)
        return QString();
    return tr("%n invalid byte sequence(s) replaced (the first at byte %1)", nullptr, invalidSequences)
        .arg(QLocale().toString(firstInvalidOffset));
}

QString TextDecoder::normaliseLineEndings(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    // Unicode's own line and paragraph separators (and NEL) are line breaks like any other: left in the
    // text, one reader would break lines there (QTextDocument, the Markdown reader's paragraphs) and
    // another would not (the raw reader, entity offsets), and offsets disagree.
    for (const char16_t separator : {u'\u2028', u'\u2029', u'\u0085'}) {
        if (text.contains(QChar(separator)))
            text.replace(QChar(separator), QLatin1Char('\n'));
    }
    return text;
}

bool TextDecoder::decode(const QByteArray &bytes, DecodedText *out, QString *error)
{
    if (bytes.isEmpty()) {
        *error = tr("the file is empty");
        return false;
    }
    const qsizetype nuls = nulCount(bytes);
    Attempt a;
    QString encoding;
    const auto firstPosition = [](const Attempt &attempt) { return QLocale().toString(attempt.firstInvalid); };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArrayView rest = QByteArrayView(bytes).sliced(3);
        if (!decodeStrict(QStringConverter::Utf8, rest, &a.text))
            a = decodeUtf8Lenient(rest, 3);
        replaceNuls(&a, 1, 0, bytes);
        if (!acceptable(a)) {
            *error = tr("the file starts with a UTF-8 byte order mark but is not valid UTF-8 (%n invalid "
                        "sequence(s), the first at byte %1)",
                        nullptr, a.invalid)
                         .arg(firstPosition(a));
            return false;
        }
        encoding = QStringLiteral("UTF-8 (BOM)");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        const QByteArrayView rest = QByteArrayView(bytes).sliced(2);
        if (rest.size() % 2 != 0
            || !decodeStrict(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, rest, &a.text))
            a = decodeUtf16Lenient(rest, little, 2);
        replaceNuls(&a, 2, 2, bytes);
        if (!acceptable(a)) {
            *error = tr("the file starts with a UTF-16 byte order mark but is not valid UTF-16 (%n invalid "
                        "sequence(s), the first at byte %1)",
                        nullptr, a.invalid)
                         .arg(firstPosition(a));
            return false;
        }
        encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (nuls > 0 && decodeUtf16WithoutBom(bytes, &a, &encoding)) {
        // ASCII or Chinese text in UTF-16 has NUL or odd bytes UTF-8 refuses; found by its byte order.
        replaceNuls(&a, 2, 0, bytes);
    } else if (looksBinary(bytes, nuls)) {
        *error = tr("binary data, not text");
        return false;
    } else if (decodeStrict(QStringConverter::Utf8, bytes, &a.text)) {
        encoding = QStringLiteral("UTF-8");
        replaceNuls(&a, 1, 0, bytes);
    } else {
        const Attempt gbStrict = decodeGb18030(bytes, true);
        if (gbStrict.invalid == 0 && plausibleChinese(gbStrict.text)) {
            a = gbStrict;
            encoding = QStringLiteral("GB18030");
            replaceNuls(&a, 1, 0, bytes);
        } else {
            // Damaged text: the encoding with the fewest invalid sequences, if they are few.
            Attempt utf8 = decodeUtf8Lenient(bytes, 0);
            replaceNuls(&utf8, 1, 0, bytes);
            Attempt gb = decodeGb18030(bytes, false);
            replaceNuls(&gb, 1, 0, bytes);
            const bool utf8Ok = acceptable(utf8);
            const bool gbOk = acceptable(gb) && plausibleChinese(gb.text);
            if (utf8Ok && (!gbOk || utf8.invalid <= gb.invalid)) {
                a = std::move(utf8);
                encoding = QStringLiteral("UTF-8");
            } else if (gbOk) {
                a = std::move(gb);
                encoding = QStringLiteral("GB18030");
            } else if (nuls == 0 && decodeUtf16WithoutBom(bytes, &a, &encoding)) {
                // Chinese-only UTF-16 without a BOM has no NUL bytes.
            } else {
                const Attempt &closest = utf8.invalid <= gb.invalid ? utf8 : gb;
                *error = tr("not text in any supported encoding (UTF-8, UTF-16, GB18030/GBK): %n invalid "
                            "sequence(s) as %1, the first at byte %2",
                            nullptr, closest.invalid)
                             .arg(utf8.invalid <= gb.invalid ? QStringLiteral("UTF-8") : QStringLiteral("GB18030"),
                                  firstPosition(closest));
                return false;
            }
        }
    }
    if (a.text.trimmed().isEmpty()) {
        *error = tr("the file holds no text");
        return false;
    }
    out->encoding = encoding;
    out->invalidSequences = a.invalid;
    out->firstInvalidOffset = a.firstInvalid;
    out->text = normaliseLineEndings(std::move(a.text));
    return true;
}

bool TextDecoder::readBytes(const QString &path, QByteArray *bytes, QString *error, qint64 maxBytes)
{
    return readBytes(QFile::encodeName(path), bytes, error, maxBytes);
}

QString TextDecoder::systemErrorReason(int errnoValue)
{
    switch (errnoValue) {
    case ENOENT:
        return tr("no such file");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case ELOOP:
        return tr("a loop of symbolic links (or too many of them)");
    case ENAMETOOLONG:
        return tr("the name or path is too long for the system");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case EISDIR:
        return tr("is a directory, not a page file");
    case EILSEQ:
        return tr("the file name cannot be represented on this system");
    case EIO:
        return tr("read error (the disk or the network failed)");
    default:
        return QString::fromLocal8Bit(strerror(errnoValue));
    }
}

bool TextDecoder::readBytes(const QByteArray &nativePath, QByteArray *out, QString *error, qint64 maxBytes)
{
    const auto tooLarge = [&]() {
        *error = tr("the file is too large for a newspaper page (the limit is %1 MB)").arg(maxBytes / (1024 * 1024));
        return false;
    };
    // O_NONBLOCK: opening a FIFO must not wait for a writer; what was opened is checked with fstat, so a
    // file swapped for a FIFO after a stat cannot make us hang either.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        *error = systemErrorReason(errno);
        return false;
    }
    struct FdCloser
    {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        *error = systemErrorReason(errno);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        *error = tr("is a directory, not a page file");
        return false;
    }
    if (S_ISFIFO(st.st_mode)) {
        *error = tr("is a named pipe (FIFO), not a page file");
        return false;
    }
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
        *error = tr("is a device, not a page file");
        return false;
    }
    if (S_ISSOCK(st.st_mode) || !S_ISREG(st.st_mode)) {
        *error = tr("is not a regular file");
        return false;
    }
    // Refused before reading when the size says so; the limit below holds whatever the size said.
    if (st.st_size > maxBytes) {
        *error = tr("the file is too large for a newspaper page (%1 MB; the limit is %2 MB)")
                     .arg(double(st.st_size) / (1024 * 1024), 0, 'f', 1)
                     .arg(maxBytes / (1024 * 1024));
        return false;
    }
    // A regular file: back to blocking reads.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QByteArray bytes;
    bytes.resize(std::min<qint64>(std::max<qint64>(st.st_size + 1, 64 * 1024), maxBytes + 1));
    qint64 used = 0;
    for (;;) {
        if (used == bytes.size()) {
            if (used > maxBytes)
                return tooLarge();
            bytes.resize(std::min<qint64>(maxBytes + 1, bytes.size() * 2));
        }
        const ssize_t n = ::read(fd, bytes.data() + used, size_t(bytes.size() - used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = tr("cannot be read: %1").arg(systemErrorReason(errno));
            return false;
        }
        if (n == 0)
            break;
        used += n;
        if (used > maxBytes)
            return tooLarge();
    }
    bytes.truncate(used);
    *out = std::move(bytes);
    return true;
}

bool TextDecoder::readFile(const QByteArray &nativePath, DecodedText *out, QString *error, qint64 maxBytes)
{
    QByteArray bytes;
    return readBytes(nativePath, &bytes, error, maxBytes) && decode(bytes, out, error);
}

bool TextDecoder::readFile(const QString &path, DecodedText *out, QString *error, qint64 maxBytes)
{
    return readFile(QFile::encodeName(path), out, error, maxBytes);
}

} // namespace kanbao
