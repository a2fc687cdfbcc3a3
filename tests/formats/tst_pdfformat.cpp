// Reading PDF pages through the page-format registry (formats/pdfformat.h): words with boxes and sizes,
// pages from two producers, a scan without text, and damaged files refused with the reason.
#include "formats/pageformats.h"
#include "reconstruct/pdflayout.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

class TestPdfFormat : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString &name)
    {
        return QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/") + name;
    }

private slots:
    void registered()
    {
        const PageFormats &formats = PageFormats::instance();
        QVERIFY(formats.format(QStringLiteral("pdf")));
        QVERIFY(formats.nameFilters().contains(QStringLiteral("*.pdf")));
        QVERIFY(formats.isPageFileName(QStringLiteral("/a/b/A08.PDF")));
    }

    void detectByContent()
    {
        // A PDF is a PDF whatever its name; a text named .pdf is still offered to the PDF reader, which
        // says what is wrong with it.
        QFile file(data(QStringLiteral("tuned/cairo_20190201-01.pdf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(4096);
        QCOMPARE(PageFormats::instance().detect(QStringLiteral("page.txt"), head)->id(), QStringLiteral("pdf"));
        QCOMPARE(PageFormats::instance().detect(QStringLiteral("page.txt"), QByteArray("本报讯 会议召开。"))->id(),
                 QStringLiteral("text"));
    }

    void pages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("rotatedHeadline");
        QTest::newRow("cairo") << QStringLiteral("tuned/cairo_20190203-04.pdf") << false;
        QTest::newRow("qt") << QStringLiteral("tuned/qt_20190208-01.pdf") << true;
    }
    void pages()
    {
        QFETCH(QString, file);
        QFETCH(bool, rotatedHeadline);
        SourceDocument doc;
        QString error;
        QVERIFY2(PageFormats::instance().read(data(file), &doc, &error), qPrintable(error));
        QCOMPARE(doc.format, QStringLiteral("pdf"));
        QCOMPARE(doc.pages.size(), 1);
        const SourcePage &page = doc.pages[0];
        QVERIFY(page.hasTextLayer);
        QCOMPARE(page.size.toSize(), QSize(842, 1191));
        QVERIFY(page.lines.size() > 100);
        bool rotated = false;
        for (const SourceLine &l : page.lines) {
            QVERIFY(!l.box.isEmpty());
            QVERIFY(l.fontSize > 3 && l.fontSize < 40);
            QVERIFY(!l.words.isEmpty());
            QVERIFY(page.size.width() >= l.box.right() && page.size.height() >= l.box.bottom());
            rotated = rotated || l.rotation == 90;
        }
        QCOMPARE(rotated, rotatedHeadline);
        QVERIFY(doc.text.contains(QStringLiteral("星期")));
        const QList<Page> pages = PageFormats::instance().reconstruct(doc);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0].articles.size() >= 3);
        QVERIFY(pages[0].date.isValid());
        QVERIFY(pages[0].warnings.isEmpty());
    }

    void scanWithoutText()
    {
        SourceDocument doc;
        QString error;
        QVERIFY2(PageFormats::instance().read(data(QStringLiteral("special/scan_20190210-01.pdf")), &doc, &error),
                 qPrintable(error));
        QCOMPARE(doc.pages.size(), 1);
        QVERIFY(!doc.pages[0].hasTextLayer);
        const QList<Page> pages = PageFormats::instance().reconstruct(doc);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0].articles.isEmpty());
        QCOMPARE(pages[0].warnings, QStringList{pdflayout::noTextLayerWarning()});
        QCOMPARE(pages[0].label, QStringLiteral("scan_20190210-01"));
    }

    void multiPage()
    {
        // Two printed pages in one file: the scan and a page of text, written by concatenating nothing
        // but what poppler reads — a PDF with two pages made by the cairo producer.
        SourceDocument doc;
        QString error;
        QVERIFY2(PageFormats::instance().read(data(QStringLiteral("special/two_pages.pdf")), &doc, &error),
                 qPrintable(error));
        QCOMPARE(doc.pages.size(), 2);
        const QList<Page> pages = PageFormats::instance().reconstruct(doc);
        QCOMPARE(pages.size(), 2);
        QVERIFY(!pages[0].articles.isEmpty());
        QVERIFY(!pages[1].articles.isEmpty());
        QVERIFY(pages[0].label != pages[1].label);
    }

    void onePageOfMany_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("two pages") << QStringLiteral("special/two_pages.pdf");
        QTest::newRow("one page") << QStringLiteral("tuned/qt_20190208-01.pdf");
    }
    void onePageOfMany()
    {
        // The page image reads only the page it shows: the same lines and the same articles (with their
        // regions) as that page of the whole file.
        QFETCH(QString, file);
        const PageFormats &formats = PageFormats::instance();
        SourceDocument whole;
        QString error;
        QVERIFY2(formats.read(data(file), &whole, &error), qPrintable(error));
        const QList<Page> wholePages = formats.reconstruct(whole);
        for (int i = 0; i < whole.pages.size(); ++i) {
            SourceDocument one;
            QVERIFY2(formats.readPage(data(file), i, &one, &error), qPrintable(error));
            QCOMPARE(one.pages.size(), 1);
            QCOMPARE(one.pages[0].label, whole.pages[i].label);
            QCOMPARE(one.pages[0].size, whole.pages[i].size);
            QCOMPARE(one.pages[0].lines.size(), whole.pages[i].lines.size());
            for (qsizetype l = 0; l < one.pages[0].lines.size(); ++l) {
                QCOMPARE(one.pages[0].lines[l].text, whole.pages[i].lines[l].text);
                QCOMPARE(one.pages[0].lines[l].box, whole.pages[i].lines[l].box);
            }
            const QList<Page> onePages = formats.reconstruct(one);
            QCOMPARE(onePages.size(), 1);
            QCOMPARE(onePages[0].articles.size(), wholePages[i].articles.size());
            for (qsizetype a = 0; a < onePages[0].articles.size(); ++a) {
                QCOMPARE(onePages[0].articles[a].headline, wholePages[i].articles[a].headline);
                QCOMPARE(onePages[0].articles[a].paragraphs, wholePages[i].articles[a].paragraphs);
                QCOMPARE(onePages[0].articles[a].region, wholePages[i].articles[a].region);
            }
        }
        SourceDocument none;
        QVERIFY(!formats.readPage(data(file), int(whole.pages.size()), &none, &error));
        QVERIFY2(error.contains(QStringLiteral("no page")), qPrintable(error));
        QVERIFY(!formats.readPage(data(file), -1, &none, &error));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("damaged") << QStringLiteral("special/damaged.pdf") << QStringLiteral("damaged");
        QTest::newRow("not a pdf") << QStringLiteral("special/notapdf.pdf") << QStringLiteral("not a PDF");
        QTest::newRow("empty") << QString() << QStringLiteral("not a PDF");
    }
    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QString path = data(file);
        QTemporaryDir dir;
        if (file.isEmpty()) {
            path = dir.filePath(QStringLiteral("empty.pdf"));
            QFile empty(path);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        SourceDocument doc;
        QString error;
        QVERIFY(!PageFormats::instance().read(path, &doc, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void truncated()
    {
        // A file cut short: poppler may still find its pages; either it reads them or says why not.
        SourceDocument doc;
        QString error;
        const bool ok = PageFormats::instance().read(data(QStringLiteral("special/truncated.pdf")), &doc, &error);
        QVERIFY(ok || error.contains(QStringLiteral("PDF")));
        if (ok)
            PageFormats::instance().reconstruct(doc);
    }
};

QTEST_GUILESS_MAIN(TestPdfFormat)
#include "tst_pdfformat.moc"
