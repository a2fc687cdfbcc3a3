// Degenerate input: the engine returns quickly with sane output and never crashes or hangs.
#include "formats/reconstructor.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace kanbao;

namespace {

QString randomCjk(quint32 seed, int chars)
{
    QRandomGenerator rng(seed);
    QString out;
    out.reserve(chars + chars / 10);
    int untilBreak = 0;
    for (int i = 0; i < chars; ++i) {
        if (untilBreak-- <= 0) {
            out += QLatin1Char('\n');
            untilBreak = int(rng.bounded(40));
        }
        out += QChar(char16_t(0x4E00 + rng.bounded(0x5000)));
    }
    return out;
}

QString junk(quint32 seed, int chars)
{
    // Decoded binary: controls, lone surrogates, replacement characters, punctuation this press uses.
    static const char16_t pool[] = {0x0000, 0x0001, 0x001B, 0x007F, 0xFFFD, 0xD800, 0xDC00, 0xFEFF, 0x200B,
                                    u'（', u'）', u'●', u'■', u'□', u'摄', u'讯', u'本', u'报', u'。', u'\n',
                                    u' ', u'\u3000', u'#', u'*', u'﹃', u'A', u'8', u'年', u'│'};
    QRandomGenerator rng(seed);
    QString out;
    out.reserve(chars);
    for (int i = 0; i < chars; ++i)
        out += QChar(pool[rng.bounded(int(sizeof pool / sizeof pool[0]))]);
    return out;
}

} // namespace

class TestReconstructRobustness : public QObject
{
    Q_OBJECT

private slots:
    void degenerate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("only newlines") << QString(200000, QLatin1Char('\n'));
        QTest::newRow("only spaces and blank lines") << QStringLiteral(" \n\u3000\n\t\n").repeated(20000);
        QTest::newRow("one huge line") << QString(3000000, QChar(u'中'));
        QTest::newRow("one huge line of brackets") << QString(1000000, QChar(u'（')) + QString(1000000, QChar(u'）'));
        QTest::newRow("100k one-character lines") << QStringLiteral("中\n").repeated(100000);
        QTest::newRow("random ideographs") << randomCjk(7, 1000000);
        QTest::newRow("decoded junk") << junk(11, 1000000);
        QTest::newRow("openers only") << QStringLiteral("本报讯（记者\n").repeated(50000);
        QTest::newRow("bullets only") << QStringLiteral("●\n").repeated(50000);
        QTest::newRow("headings only") << QStringLiteral("# 标题\n").repeated(50000);
        QTest::newRow("credits only") << QStringLiteral("本报记者 张三 摄\n\n").repeated(30000);
        QTest::newRow("titles only") << QStringLiteral("某区召开会议\n\n").repeated(30000);
        QTest::newRow("running heads only") << QStringLiteral("A08│要闻2023年1月10日 星期二\n").repeated(20000);
    }
    void degenerate()
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const QList<Page> pages = Reconstructor().reconstruct(text);
        const qint64 ms = timer.elapsed();
        // Generous for sanitizer builds; linear work on these sizes takes well under a second.
        QVERIFY2(ms < 20000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        QVERIFY(!pages.isEmpty());
        qsizetype out = 0;
        for (const Page &p : pages) {
            for (const Article &a : p.articles) {
                QVERIFY(!a.paragraphs.isEmpty());
                for (const QString &para : a.paragraphs) {
                    QVERIFY(!para.isEmpty());
                    QVERIFY(!para.contains(QLatin1Char('\n')));
                    out += para.size();
                }
            }
        }
        // Reflow only removes; it never invents text (a dateline kept is moved, not added).
        QVERIFY(out <= text.size());
    }
};

QTEST_GUILESS_MAIN(TestReconstructRobustness)
#include "tst_reconstructrobustness.moc"
