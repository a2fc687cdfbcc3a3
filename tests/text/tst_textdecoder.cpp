#include "text/textdecoder.h"

#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace kanbao;

namespace {

QByteArray toGb18030(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("GB18030", &status);
    QByteArray out(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(conv);
    out.truncate(n);
    return out;
}

QByteArray utf16(const QString &text, bool little)
{
    QByteArray out = little ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out.append(little ? lo : hi).append(little ? hi : lo);
    }
    return out;
}

const QString sampleText = QStringLiteral("本报讯（记者付凯明） 4月8\r\n日上午，市政协副主席吕沛主持召\r\n开2024年第4次党政联席会议。GSP 1427.97\r\n");

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf8") << sampleText.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF") + sampleText.toUtf8() << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("utf16le") << utf16(sampleText, true) << QStringLiteral("UTF-16LE");
        QTest::newRow("utf16be") << utf16(sampleText, false) << QStringLiteral("UTF-16BE");
        QTest::newRow("gb18030") << toGb18030(sampleText) << QStringLiteral("GB18030");
        // A short caption: too few bytes for statistical detection, still recognised.
        QTest::newRow("gb18030-short") << toGb18030(QStringLiteral("宋嘉祺 摄")) << QStringLiteral("GB18030");
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        DecodedText decoded;
        QString error;
        QVERIFY2(TextDecoder::decode(bytes, &decoded, &error), qPrintable(error));
        QCOMPARE(decoded.encoding, encoding);
        const QString expected = TextDecoder::normaliseLineEndings(sampleText);
        if (encoding == QLatin1String("GB18030") && bytes.size() < 20)
            QCOMPARE(decoded.text, QStringLiteral("宋嘉祺 摄"));
        else
            QCOMPARE(decoded.text, expected);
        QVERIFY(!decoded.text.contains(QLatin1Char('\r')));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace") << QByteArray(" \n\n  \n") << QStringLiteral("no text");
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char((i * 7919) % 256));
        QTest::newRow("binary") << binary << QStringLiteral("binary");
        // Latin-1 bytes that are neither UTF-8 nor plausible GB18030.
        QTest::newRow("latin1") << QByteArray("caf\xE9 na\xEFve r\xE9sum\xE9 \xFF\xFE\xFD\x80") << QStringLiteral("encoding");
        QTest::newRow("odd-utf16") << QByteArray("\xFF\xFE\x41", 3) << QStringLiteral("UTF-16");
    }
    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reasonPart);
        DecodedText decoded;
        QString error;
        QVERIFY(!TextDecoder::decode(bytes, &decoded, &error));
        QVERIFY2(error.contains(reasonPart), qPrintable(error));
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DecodedText decoded;
        QString error;
        QVERIFY(!TextDecoder::readFile(dir.filePath(QStringLiteral("missing.txt")), &decoded, &error));
        QVERIFY(error.contains(QLatin1String("no such file")));
        QVERIFY(!TextDecoder::readFile(dir.path(), &decoded, &error));
        QVERIFY(error.contains(QLatin1String("directory")));

        // Larger than the limit: refused before it is read, so memory stays bounded.
        QFile big(dir.filePath(QStringLiteral("big.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(2 * 1024 * 1024));
        big.close();
        QVERIFY(!TextDecoder::readFile(big.fileName(), &decoded, &error, 1024 * 1024));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
