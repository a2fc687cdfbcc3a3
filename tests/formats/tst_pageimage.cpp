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
