// The page image (formats/pageimage.h) drawn in bands side by side is the image drawn in one piece: the same
// size, the same pixels, whichever producer made the page and wherever the bands fall.
#include "formats/pageimage.h"

#include <QImage>
#include <QTest>

#include <algorithm>

using namespace kanbao;

class TestPageImage : public QObject
{
    Q_OBJECT

private slots:
    void bandsAreTheWholeImage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("threads");
        const QString pdf = QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/");
        QTest::newRow("cairo, 2 bands") << pdf + QStringLiteral("tuned/cairo_20190201-01.pdf") << 0 << 1600 << 2;
        QTest::newRow("Qt, 3 bands, odd width") << pdf + QStringLiteral("tuned/qt_20190208-01.pdf") << 0 << 1234 << 3;
        // Fake bold (text filled and stroked) across band edges.
        QTest::newRow("ReportLab, 2 bands") << pdf + QStringLiteral("reportlab/tuned/rl_20190204-04.pdf") << 0 << 1600
                                            << 2;
        QTest::newRow("second page of a file, 4 bands") << pdf + QStringLiteral("special/two_pages.pdf") << 1 << 1000
                                                        << 4;
        QTest::newRow("too small to cut") << pdf + QStringLiteral("tuned/cairo_20190205-03.pdf") << 0 << 120 << 2;
    }

    void bandsAreTheWholeImage()
    {
        QFETCH(QString, file);
        QFETCH(int, page);
        QFETCH(int, width);
        QFETCH(int, threads);
        const pageimage::Rendered whole = pageimage::renderPdfPage(file, page, width);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        const pageimage::Rendered banded = pageimage::renderPdfPage(file, page, width, {}, threads);
        QVERIFY2(banded.error.isEmpty(), qPrintable(banded.error));
        QCOMPARE(banded.pageSize, whole.pageSize);
        QCOMPARE(banded.image.size(), whole.image.size());
        QCOMPARE(banded.image.format(), whole.image.format());
        // Identical but for a few pixels of anti-aliasing: a band's origin is shifted, and the rounding of the
        // shifted coordinates moves the coverage of stroked outlines (fake bold) by a few grey levels.
        int differing = 0;
        int largest = 0;
        for (int y = 0; y < whole.image.height(); ++y)
            for (int x = 0; x < whole.image.width(); ++x) {
                const QRgb a = banded.image.pixel(x, y);
                const QRgb b = whole.image.pixel(x, y);
                if (a != b) {
                    ++differing;
                    largest = std::max({largest, qAbs(qRed(a) - qRed(b)), qAbs(qGreen(a) - qGreen(b)),
                                    qAbs(qBlue(a) - qBlue(b))});
                }
            }
        QVERIFY2(differing <= whole.image.width() * whole.image.height() / 2000,
                 qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
        QVERIFY2(largest <= 48, qPrintable(QStringLiteral("a pixel differs by %1 levels").arg(largest)));
    }

    void crop()
    {
        // A crop (the notes export) stays one piece at its own resolution.
        const QString file = QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/tuned/cairo_20190201-01.pdf");
        const pageimage::Rendered crop = pageimage::renderPdfRegion(file, 0, 2.0, QRectF(100, 200, 300, 150));
        QVERIFY2(crop.error.isEmpty(), qPrintable(crop.error));
        QCOMPARE(crop.image.size(), QSize(600, 300));
    }

    // Rows of a page (a reader's screenful first) are the same pixels as those rows of the whole page.
    void rowsAreThoseOfTheWholePage_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("threads");
        QTest::newRow("top, one piece") << 0 << 300 << 1;
        QTest::newRow("middle, two bands") << 400 << 1000 << 2;
        QTest::newRow("past the end") << 900 << 5000 << 2;
    }

    void rowsAreThoseOfTheWholePage()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, threads);
        const QString file = QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/tuned/cairo_20190203-04.pdf");
        const pageimage::Rendered whole = pageimage::renderPdfPage(file, 0, 800);
        QVERIFY(whole.error.isEmpty());
        QCOMPARE(pageimage::pageHeightPx(whole.pageSize, 800), whole.image.height());
        const pageimage::Rendered rows = pageimage::renderPdfPageRows(file, 0, 800, from, to, threads);
        QVERIFY2(rows.error.isEmpty(), qPrintable(rows.error));
        const int expectedRows = qMin(to, whole.image.height()) - from;
        QVERIFY2(qAbs(rows.image.height() - expectedRows) <= 1, qPrintable(QString::number(rows.image.height())));
        QCOMPARE(rows.image.width(), whole.image.width());
        int differing = 0;
        for (int y = 0; y < qMin(rows.image.height(), expectedRows); ++y)
            for (int x = 0; x < rows.image.width(); ++x)
                differing += qAbs(qGray(rows.image.pixel(x, y)) - qGray(whole.image.pixel(x, from + y))) > 48;
        QVERIFY2(differing <= rows.image.width() * expectedRows / 2000, qPrintable(QString::number(differing)));
    }

    // The quick drawing: the page's size and print, but text printed as filled and stroked outlines (a
    // ReportLab page's bold) comes out lighter than the exact image.
    void quickDrawing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("strokedText");
        QTest::newRow("cairo") << QStringLiteral("tuned/cairo_20190203-04.pdf") << false;
        QTest::newRow("ReportLab, stroked bold") << QStringLiteral("reportlab/tuned/rl_20190204-04.pdf") << true;
    }

    void quickDrawing()
    {
        QFETCH(QString, file);
        QFETCH(bool, strokedText);
        const QString path = QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/") + file;
        const pageimage::Rendered exact = pageimage::renderPdfPage(path, 0, 800);
        const pageimage::Rendered quick = pageimage::renderPdfPageQuick(path, 0, 800);
        QVERIFY2(quick.error.isEmpty(), qPrintable(quick.error));
        QCOMPARE(quick.image.size(), exact.image.size());
        qint64 inkExact = 0;
        qint64 inkQuick = 0;
        for (int y = 0; y < exact.image.height(); ++y)
            for (int x = 0; x < exact.image.width(); ++x) {
                inkExact += 255 - qGray(exact.image.pixel(x, y));
                inkQuick += 255 - qGray(quick.image.pixel(x, y));
            }
        QVERIFY(inkQuick > 0);
        const double ratio = double(inkQuick) / double(inkExact);
        // Measured: 1.16 on the cairo page (Qt's glyph anti-aliasing is a little darker than Splash's), 0.36
        // on the ReportLab page (its bold body text printed as thin regular strokes).
        if (strokedText)
            QVERIFY2(ratio < 0.8, qPrintable(QString::number(ratio)));
        else
            QVERIFY2(ratio > 0.85 && ratio < 1.25, qPrintable(QString::number(ratio)));
    }

    void errors()
    {
        const QString pdf = QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/");
        QVERIFY(!pageimage::renderPdfPage(pdf + QStringLiteral("special/notapdf.pdf"), 0, 800, {}, 2).error.isEmpty());
        QVERIFY(!pageimage::renderPdfPage(pdf + QStringLiteral("tuned/cairo_20190201-01.pdf"), 3, 800, {}, 2)
                     .error.isEmpty());
    }
};

QTEST_MAIN(TestPageImage)

#include "tst_pageimage.moc"
