// The page image beside the article: rendered off the GUI thread, regions outlined, the current article
// highlighted, a click on a region naming its article, the cache, and a file that is not a PDF.
#include "facsimile/facsimileview.h"
#include "formats/pageimage.h"

#include <QElapsedTimer>
#include <QScrollArea>
#include <QScrollBar>
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

    // In a scroll area showing less than the page, the rows the highlighted article scrolls into view are
    // drawn first (the rest not yet: a light grey, or the quick drawing), then the whole page follows with the
    // pixels of a page drawn in one go.
    void rowsInViewFirst_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("quickAfterMs");
        QTest::newRow("exact rows, then the rest") << QStringLiteral("tuned/cairo_20190203-04.pdf") << -1;
        // Splash takes several times as long as the quick drawing on this page's stroked bold: the quick
        // drawing is ready first.
        QTest::newRow("quick drawing at once, then exact")
            << QStringLiteral("reportlab/tuned/rl_20190204-04.pdf") << 0;
    }

    void rowsInViewFirst()
    {
        QFETCH(QString, page);
        QFETCH(int, quickAfterMs);
        const QString file = data(page);
        // The article lowest on the page, so the rows in view are not the page's first.
        const QList<pageimage::ArticleRegion> regions = pageimage::articleRegions(file, 0);
        QVERIFY(regions.size() >= 5);
        pageimage::ArticleRegion low = regions.first();
        for (const pageimage::ArticleRegion &r : regions)
            if (r.region.top() > low.region.top() && !r.headline.isEmpty())
                low = r;
        QScrollArea area;
        area.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        auto *view = new FacsimileView;
        view->setQuickDrawingAfter(std::chrono::milliseconds(quickAfterMs));
        view->resize(800, 1150);
        area.setWidget(view);
        area.resize(800 + area.verticalScrollBar()->sizeHint().width(), 400);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));

        // What is on screen when the page is announced, taken at that moment.
        QImage first;
        bool firstComplete = true;
        int wantedTop = -1;
        QSignalSpy rendered(view, &FacsimileView::rendered);
        QSignalSpy completed(view, &FacsimileView::completed);
        connect(view, &FacsimileView::rendered, this, [&] {
            first = view->image();
            firstComplete = view->isComplete();
            const double scale = double(view->width()) / view->pageSize().width();
            const QRectF r = view->highlightedRegion();
            wantedTop = FacsimileView::scrollTarget(
                QRectF(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale), 0,
                area.viewport()->height());
        });
        view->showPage(file, 0, low.headline);
        QVERIFY(completed.wait(20000));
        QCOMPARE(rendered.size(), 1);
        QCOMPARE(completed.size(), 1);
        QVERIFY(!firstComplete);
        QVERIFY(view->isComplete());
        QVERIFY(wantedTop > 0);

        const pageimage::Rendered whole = pageimage::renderPdfPage(file, 0, view->width());
        QVERIFY(whole.error.isEmpty());
        const QImage last = view->image().convertToFormat(QImage::Format_RGB32);
        const QImage exact = whole.image.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(last.size(), exact.size());
        QCOMPARE(first.size(), exact.size());
        const QImage shown = first.convertToFormat(QImage::Format_RGB32);
        const int viewRows = area.viewport()->height();
        const int rowsFrom = qMin(wantedTop, exact.height() - viewRows);
        int differingLast = 0;
        int differingInView = 0;
        int greyOutside = 0;
        int outside = 0;
        for (int y = 0; y < exact.height(); ++y)
            for (int x = 0; x < exact.width(); x += 3) {
                const bool same = qAbs(qGray(last.pixel(x, y)) - qGray(exact.pixel(x, y))) <= 48;
                differingLast += same ? 0 : 1;
                const bool inView = y >= rowsFrom && y < rowsFrom + viewRows;
                if (inView && quickAfterMs < 0)
                    differingInView += qAbs(qGray(shown.pixel(x, y)) - qGray(exact.pixel(x, y))) <= 48 ? 0 : 1;
                if (!inView && y < rowsFrom - 2) {
                    ++outside;
                    greyOutside += shown.pixel(x, y) == 0xffe8e8e8 ? 1 : 0;
                }
            }
        // Drawn in pieces, identical but for a few pixels of anti-aliasing where the pieces meet.
        QVERIFY2(differingLast <= exact.width() * exact.height() / 3 / 2000, qPrintable(QString::number(differingLast)));
        QVERIFY(outside > 0);
        if (quickAfterMs < 0) {
            // The rows in view were exact; above them nothing was drawn yet.
            QVERIFY2(differingInView <= exact.width() * viewRows / 3 / 2000, qPrintable(QString::number(differingInView)));
            QCOMPARE(greyOutside, outside);
        } else {
            // The quick drawing stood in: the page's print, not the grey of rows not yet drawn.
            QVERIFY2(greyOutside < outside / 10, qPrintable(QStringLiteral("%1 of %2").arg(greyOutside).arg(outside)));
        }
    }

    // A page left before its rest was drawn: the view ends on the page asked for last, whole.
    void anotherPageWhileDrawing()
    {
        QScrollArea area;
        auto *view = new FacsimileView;
        view->resize(800, 1150);
        area.setWidget(view);
        area.resize(820, 400);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy rendered(view, &FacsimileView::rendered);
        view->showPage(data(QStringLiteral("tuned/cairo_20190203-04.pdf")), 0, QString());
        QVERIFY(rendered.wait(20000));
        const QString second = data(QStringLiteral("tuned/qt_20190208-01.pdf"));
        view->showPage(second, 0, QString());
        QSignalSpy completed(view, &FacsimileView::completed);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isRendering() && view->isComplete() && view->path() == second, 20000);
        const pageimage::Rendered whole = pageimage::renderPdfPage(second, 0, view->width());
        QCOMPARE(view->image().size(), whole.image.size());
        QCOMPARE(view->regionCount(), pageimage::articleRegions(second, 0).size());
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
