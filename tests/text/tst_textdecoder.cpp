#include "text/textdecoder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

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
        // Too damaged to save: the reason gives the count and where the first bad sequence is.
        QByteArray noisy = sampleText.toUtf8();
        for (qsizetype i = 10; i < noisy.size(); i += 6)
            noisy[i] = char(0xFF);
        QTest::newRow("many-invalid") << noisy << QStringLiteral("the first at byte 10");
        QByteArray nuls = sampleText.toUtf8();
        for (qsizetype i = 0; i < nuls.size(); i += 3)
            nuls[i] = '\0';
        QTest::newRow("many-nuls") << nuls << QStringLiteral("binary");
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

    // Issue 10, failure 6: one bad byte no longer rejects a page. Each is decoded with the damage replaced
    // by U+FFFD, counted, and the first position given in the warning.
    void savesWhatItCan_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("invalid");
        QTest::addColumn<int>("firstOffset");
        QTest::addColumn<QString>("expected"); // the text with the damage replaced
        const QByteArray utf8 = sampleText.toUtf8();
        const QString text = TextDecoder::normaliseLineEndings(sampleText);
        const QString rep(QChar(0xFFFD));
        // The last character cut off after its first two bytes.
        const QByteArray cut = utf8 + QStringLiteral("会").toUtf8().left(2);
        QTest::newRow("cut-off last character") << cut << QStringLiteral("UTF-8") << 1 << int(utf8.size()) << text + rep;
        const QByteArray latin1 = utf8 + QByteArray("caf\xE9 au lait");
        QTest::newRow("one Latin-1 word") << latin1 << QStringLiteral("UTF-8") << 1 << int(utf8.size() + 3)
                                          << text + QStringLiteral("caf") + rep + QStringLiteral(" au lait");
        const QByteArray oneNul = utf8.left(9) + QByteArray(1, '\0') + utf8.mid(9);
        QTest::newRow("one NUL") << oneNul << QStringLiteral("UTF-8") << 1 << 9
                                 << TextDecoder::normaliseLineEndings(sampleText.left(3) + rep + sampleText.mid(3));
        const QByteArray gb = toGb18030(sampleText);
        const QByteArray gbCut = gb + toGb18030(QStringLiteral("会")).left(1);
        QTest::newRow("GB18030 cut off") << gbCut << QStringLiteral("GB18030") << 1 << int(gb.size()) << text + rep;
        const QByteArray bomBad = QByteArray("\xEF\xBB\xBF") + utf8 + QByteArray("\xC3");
        QTest::newRow("UTF-8 BOM cut off") << bomBad << QStringLiteral("UTF-8 (BOM)") << 1 << int(utf8.size() + 3)
                                           << text + rep;
        QByteArray utf16Odd = utf16(sampleText, true);
        utf16Odd.append('\x41');
        QTest::newRow("UTF-16 odd length") << utf16Odd << QStringLiteral("UTF-16LE") << 1 << int(utf16Odd.size() - 1)
                                           << text + rep;
    }
    void savesWhatItCan()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(int, invalid);
        QFETCH(int, firstOffset);
        QFETCH(QString, expected);
        DecodedText decoded;
        QString error;
        QVERIFY2(TextDecoder::decode(bytes, &decoded, &error), qPrintable(error));
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.invalidSequences, invalid);
        QCOMPARE(decoded.firstInvalidOffset, qint64(firstOffset));
        QCOMPARE(decoded.text, expected);
        QVERIFY2(decoded.warning().contains(QString::number(firstOffset)), qPrintable(decoded.warning()));
    }

    // Clean files carry no warning.
    void cleanHasNoWarning()
    {
        DecodedText decoded;
        QString error;
        QVERIFY(TextDecoder::decode(sampleText.toUtf8(), &decoded, &error));
        QCOMPARE(decoded.invalidSequences, 0);
        QCOMPARE(decoded.firstInvalidOffset, qint64(-1));
        QVERIFY(decoded.warning().isEmpty());
    }

    // Issue 10, failure 6: UTF-16 without a BOM was "binary data".
    void utf16WithoutBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        const QString ascii = QStringLiteral("GSP 1427.97 page A08\n");
        QTest::newRow("chinese LE") << utf16(sampleText, true).mid(2) << QStringLiteral("UTF-16LE (no BOM)") << sampleText;
        QTest::newRow("chinese BE") << utf16(sampleText, false).mid(2) << QStringLiteral("UTF-16BE (no BOM)") << sampleText;
        QTest::newRow("ascii LE") << utf16(ascii, true).mid(2) << QStringLiteral("UTF-16LE (no BOM)") << ascii;
        QTest::newRow("ascii BE") << utf16(ascii, false).mid(2) << QStringLiteral("UTF-16BE (no BOM)") << ascii;
        const QString chineseOnly = QStringLiteral("市政协副主席吕沛主持召开党政联席会议");
        QTest::newRow("chinese only LE") << utf16(chineseOnly, true).mid(2) << QStringLiteral("UTF-16LE (no BOM)")
                                         << chineseOnly;
    }
    void utf16WithoutBom()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        DecodedText decoded;
        QString error;
        QVERIFY2(TextDecoder::decode(bytes, &decoded, &error), qPrintable(error));
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, TextDecoder::normaliseLineEndings(text));
        QCOMPARE(decoded.invalidSequences, 0);
    }

    // Issue 10, failure 4: a FIFO given as a page file is refused at once (it hung), and the size limit
    // holds on what is read, not on what stat says (a /proc file says 0).
    void refusesFifosAndDevices()
    {
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe.txt")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        DecodedText decoded;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!TextDecoder::readFile(QFile::decodeName(fifo), &decoded, &error));
        QVERIFY2(error.contains(QLatin1String("FIFO")), qPrintable(error));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!TextDecoder::readFile(QStringLiteral("/dev/zero"), &decoded, &error));
        QVERIFY2(error.contains(QLatin1String("device")), qPrintable(error));
    }
    void limitHoldsOnWhatIsRead()
    {
        // /proc files say size 0 and hold more: the limit must apply to the bytes read.
        const QString proc = QStringLiteral("/proc/self/maps");
        QVERIFY(QFileInfo(proc).size() == 0);
        QByteArray bytes;
        QString error;
        QVERIFY2(TextDecoder::readBytes(QFile::encodeName(proc), &bytes, &error), qPrintable(error));
        QVERIFY(bytes.size() > 100); // read whole, not as "size 0"
        QVERIFY(!TextDecoder::readBytes(QFile::encodeName(proc), &bytes, &error, 64));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    }

    // Issue 10, failure 7: errors give the right reason, not "no such file" for everything.
    void errorReasons()
    {
        QTemporaryDir dir;
        DecodedText decoded;
        QString error;
        const QString loop = dir.filePath(QStringLiteral("loop.txt"));
        QVERIFY(QFile::link(loop, loop));
        QVERIFY(!TextDecoder::readFile(loop, &decoded, &error));
        QVERIFY2(error.contains(QLatin1String("loop")), qPrintable(error));

        const QString longName = dir.filePath(QString(300, QLatin1Char('a')) + QStringLiteral(".txt"));
        QVERIFY(!TextDecoder::readFile(longName, &decoded, &error));
        QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));

        QString deep = dir.path();
        while (deep.size() < 5000)
            deep += QStringLiteral("/") + QString(200, QLatin1Char('d'));
        QVERIFY(!TextDecoder::readFile(deep + QStringLiteral("/x.txt"), &decoded, &error));
        QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));

        const QString notDir = dir.filePath(QStringLiteral("file.txt"));
        QVERIFY(QFile(notDir).open(QIODevice::WriteOnly));
        QVERIFY(!TextDecoder::readFile(notDir + QStringLiteral("/x.txt"), &decoded, &error));
        QVERIFY2(error.contains(QLatin1String("not a folder")), qPrintable(error));

        // A name in GBK bytes is read by its bytes.
        const QByteArray gbkName = QFile::encodeName(dir.path()) + "/\xB5\xDA" "01.txt";
        {
            FILE *f = std::fopen(gbkName.constData(), "wb");
            QVERIFY(f);
            const QByteArray content = sampleText.toUtf8();
            std::fwrite(content.constData(), 1, size_t(content.size()), f);
            std::fclose(f);
        }
        QVERIFY2(TextDecoder::readFile(gbkName, &decoded, &error), qPrintable(error));
        QCOMPARE(decoded.text, TextDecoder::normaliseLineEndings(sampleText));
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
