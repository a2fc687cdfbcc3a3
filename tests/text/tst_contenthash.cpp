// The content hash of page files (text/contenthash.h): SHA-256 as the library has always stored it, whichever
// implementation the build uses, in one piece or added in chunks.
#include "text/contenthash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace kanbao;

class TestContentHash : public QObject
{
    Q_OBJECT

private slots:
    void digest_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // empty: QCryptographicHash's SHA-256 of the bytes

        // FIPS 180-2 test vectors.
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QByteArray large;
        for (int i = 0; i < 3 * 1024 * 1024 + 17; ++i)
            large.append(char((i * 131 + i / 7) & 0xff));
        QTest::newRow("3 MB, not a whole number of blocks") << large << QString();
        QTest::newRow("a PDF page") << [] {
            QFile f(QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/tuned/cairo_20190201-01.pdf"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }() << QString();
    }

    void digest()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        if (expected.isEmpty()) {
            QVERIFY(!bytes.isEmpty());
            expected = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
        QCOMPARE(ContentHash::sha256Hex(bytes), expected);

        // In chunks of odd sizes, as a file is read.
        ContentHash chunked;
        qsizetype at = 0;
        for (qsizetype step = 1; at < bytes.size(); step = step * 3 + 1) {
            const qsizetype n = qMin(step, bytes.size() - at);
            chunked.addData(QByteArrayView(bytes.constData() + at, n));
            at += n;
        }
        QCOMPARE(chunked.hex(), expected);
    }
};

QTEST_GUILESS_MAIN(TestContentHash)

#include "tst_contenthash.moc"
