// The page image beside the article: rendered off the GUI thread, regions outlined, the current article
// highlighted, a click on a region naming its article, the cache, and a file that is not a PDF.
#include "facsimile/facsimileview.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kanbao;

class TestFacsimileView : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString &name) { return QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/") + name; }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void highlightsTheArticle()
    {
        FacsimileView view;
        view.resize(800, 1150);
        view.show();
        QSignalSpy rendered(&view, &FacsimileView::rendered);
        QElapsedTimer timer;
        timer.start();
        view.showPage(data(QStringLiteral("tuned/cairo_20190203-04.pdf")), 0,
                      QStringLiteral("高能同步辐射光源验证装置通过验收"));
        QVERIFY(view.isRendering()); // the GUI thread is free while poppler renders
        QVERIFY(rendered.wait(20000));
        const qint64 firstMs = timer.elapsed();
        QVERIFY(view.regionCount() >= 5);
        QVERIFY(view.highlighted() >= 0);
        const QImage shot = view.grab().toImage();
        const QString out = QStringLiteral(KANBAO_BUILD_DIR "/facsimile_highlight.png");
        QVERIFY(shot.save(out));
        qInfo("screenshot %s, first render %lld ms", qPrintable(out), firstMs);

        // From the cache: same page, another article highlighted, no render.
        timer.restart();
        view.showPage(data(QStringLiteral("tuned/cairo_20190203-04.pdf")), 0,
                      QStringLiteral("长春长生公司问题疫苗案相关责任人被严肃处理"));
        QVERIFY(!view.isRendering());
        QCOMPARE(rendered.size(), 2);
        QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
        const int other = view.highlighted();
        QVERIFY(other >= 0);

        // A click inside a region asks for that article.
        QSignalSpy clicked(&view, &FacsimileView::articleClicked);
        const QImage before = view.grab().toImage();
        bool hit = false;
        for (int y = 100; y < before.height() && !hit; y += 40)
            for (int x = 40; x < before.width() && !hit; x += 40) {
                QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(x, y));
                hit = !clicked.isEmpty();
            }
        QVERIFY(hit);
        QVERIFY(!clicked.first().at(0).toString().isEmpty() || !clicked.first().at(1).toString().isEmpty());
    }

    // Marks: a span of the article's text onto the boxes of the characters printed in its region.
    void spanBoxes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QList<QRectF>>("expected");
        // The region holds 甲乙丙丁 on one line and 甲乙戊己 on the next, ten points a character.
        QTest::newRow("first occurrence") << QStringLiteral("甲乙丙丁\n甲乙戊己") << 0 << 2
                                          << QList<QRectF>{QRectF(0, 0, 20, 10)};
        QTest::newRow("second occurrence, same words") << QStringLiteral("甲乙丙丁\n甲乙戊己") << 5 << 7
                                                       << QList<QRectF>{QRectF(0, 20, 20, 10)};
        QTest::newRow("across the line break") << QStringLiteral("甲乙丙丁\n甲乙戊己") << 2 << 7
                                               << QList<QRectF>{QRectF(20, 0, 20, 10), QRectF(0, 20, 20, 10)};
        QTest::newRow("spaces in the text are not printed") << QStringLiteral("甲 乙丙丁 甲乙戊己") << 0 << 4
                                                            << QList<QRectF>{QRectF(0, 0, 30, 10)};
        QTest::newRow("not on the page") << QStringLiteral("甲乙丙丁庚") << 4 << 5 << QList<QRectF>{};
        QTest::newRow("only white space") << QStringLiteral("甲乙 丙丁") << 2 << 3 << QList<QRectF>{};
    }

    void spanBoxes()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QList<QRectF>, expected);
        const QString glyphs = QStringLiteral("甲乙丙丁甲乙戊己");
        QList<QRectF> boxes;
        for (int i = 0; i < 8; ++i)
            boxes << QRectF((i % 4) * 10, (i / 4) * 20, 10, 10);
        QCOMPARE(FacsimileView::spanBoxes(glyphs, boxes, text, start, end), expected);
    }

    void notAPdf()
    {
        FacsimileView view;
        view.resize(400, 500);
        QSignalSpy rendered(&view, &FacsimileView::rendered);
        view.showPage(data(QStringLiteral("special/notapdf.pdf")), 0, QString());
        QVERIFY(rendered.wait(10000));
        QVERIFY(view.message().contains(QStringLiteral("notapdf.pdf")));
        QCOMPARE(view.regionCount(), 0);
    }
};

QTEST_MAIN(TestFacsimileView)
#include "tst_facsimileview.moc"
