#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <memory>

namespace kanbao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::TextDecoder", text);
}

bool looksBinary(const QByteArray &bytes)
{
    qsizetype controls = 0;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1b)
            ++controls;
    }
    // A few stray control characters survive PDF extraction; many of them never come from text.
    return controls > 8 && controls * 100 > bytes.size();
}

bool decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes, QString *out)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

// Text that decodes without error as GB18030 can still be noise (GB18030 accepts most byte pairs), so
// the result must look like Chinese or ASCII text.
bool plausibleChinese(const QString &text)
{
    qsizetype good = 0;
    qsizetype total = 0;
    for (QChar ch : text) {
        if (ch.isSurrogate())
            continue;
        ++total;
        const char16_t u = ch.unicode();
        if (u < 0x80 || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F)
            || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x27BF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0x3400 && u <= 0x4DBF))
            ++good;
    }
    return total > 0 && good * 100 >= total * 90;
}

bool decodeGb18030(const QByteArray &bytes, QString *out)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("GB18030", &status), &ucnv_close);
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return false;
    // GB18030 never needs more UTF-16 units than it has bytes (plus one for the terminator).
    QString result(bytes.size() + 1, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(result.data()),
                                         static_cast<int32_t>(result.size()), bytes.constData(),
                                         static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return false;
    result.truncate(length);
    *out = result;
    return true;
}

} // namespace

QString TextDecoder::normaliseLineEndings(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

bool TextDecoder::decode(const QByteArray &bytes, DecodedText *out, QString *error)
{
    if (bytes.isEmpty()) {
        *error = tr("the file is empty");
        return false;
    }
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (!decodeStrict(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3), &text)) {
            *error = tr("the file starts with a UTF-8 byte order mark but is not valid UTF-8");
            return false;
        }
        out->encoding = QStringLiteral("UTF-8 (BOM)");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        if (bytes.size() % 2 != 0
            || !decodeStrict(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                             QByteArrayView(bytes).sliced(2), &text)) {
            *error = tr("the file starts with a UTF-16 byte order mark but is not valid UTF-16");
            return false;
        }
        out->encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (looksBinary(bytes)) {
        *error = tr("binary data, not text");
        return false;
    } else if (decodeStrict(QStringConverter::Utf8, bytes, &text)) {
        out->encoding = QStringLiteral("UTF-8");
    } else if (decodeGb18030(bytes, &text) && plausibleChinese(text)) {
        out->encoding = QStringLiteral("GB18030");
    } else {
        *error = tr("not text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030/GBK)");
        return false;
    }
    if (text.trimmed().isEmpty()) {
        *error = tr("the file holds no text");
        return false;
    }
    out->text = normaliseLineEndings(std::move(text));
    return true;
}

bool TextDecoder::readBytes(const QString &path, QByteArray *bytes, QString *error, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("no such file");
        return false;
    }
    if (info.isDir()) {
        *error = tr("is a directory, not a page file");
        return false;
    }
    if (info.size() > maxBytes) {
        *error = tr("the file is too large for a newspaper page (%1 MB; the limit is %2 MB)")
                     .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                     .arg(maxBytes / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    // Read at most one byte past the limit so a file that grows while we read stays bounded.
    *bytes = file.read(maxBytes + 1);
    if (bytes->size() > maxBytes) {
        *error = tr("the file is too large for a newspaper page (the limit is %1 MB)").arg(maxBytes / (1024 * 1024));
        return false;
    }
    return true;
}

bool TextDecoder::readFile(const QString &path, DecodedText *out, QString *error, qint64 maxBytes)
{
    QByteArray bytes;
    return readBytes(path, &bytes, error, maxBytes) && decode(bytes, out, error);
}

} // namespace kanbao
