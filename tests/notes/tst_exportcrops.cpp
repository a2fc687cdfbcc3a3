// The notes PDF export with each cited article's crop of its page image (issue 11): the crop is drawn from
// the library's copy or the linked file, where the import's reconstruction put the article; an article whose
// linked file is gone gets a line saying so; an article of a text page gets neither.
#include "import/importer.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "notes/notesexporter.h"
#include "notes/notesstore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

namespace {

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The first two articles with some text of the files whose path is LIKE `like`, with their bodies.
QList<std::pair<qint64, QString>> firstArticles(Library &library, const QString &like)
{
    QList<std::pair<qint64, QString>> found;
    QSqlQuery q(library.database());
    q.prepare(QStringLiteral("SELECT a.id, a.body FROM articles a JOIN pages p ON p.id = a.page_id"
                             " WHERE p.source_path LIKE ? AND length(a.body) > 80 ORDER BY a.id LIMIT 2"));
    q.addBindValue(like);
    if (q.exec())
        while (q.next())
            found.append({q.value(0).toLongLong(), q.value(1).toString()});
    return found;
}

} // namespace

class TestExportCrops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cropsOfCitedArticles_data()
    {
        QTest::addColumn<bool>("link");
        QTest::addColumn<bool>("moveAway");
        QTest::addColumn<int>("crops");
        QTest::newRow("stored copy, original moved away") << false << true << 2;
        QTest::newRow("linked file in place") << true << false << 2;
        QTest::newRow("linked file moved away") << true << true << 0;
    }

    void cropsOfCitedArticles()
    {
        QFETCH(bool, link);
        QFETCH(bool, moveAway);
        QFETCH(int, crops);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
        if (pdftotext.isEmpty() || pdfimages.isEmpty())
            QSKIP("pdftotext and pdfimages (poppler-utils) are not installed");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString archive = dir.filePath(QStringLiteral("archive"));
        QVERIFY(QDir().mkpath(archive));
        QVERIFY(QFile::copy(QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/tuned/cairo_20190205-03.pdf"),
                            archive + QStringLiteral("/20190205-03.pdf")));
        QVERIFY(QFile::copy(QStringLiteral(KANBAO_TEST_DATA_DIR "/recon_briefs/input.txt"),
                            archive + QStringLiteral("/20190205-05.txt")));
        Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("crops.kanbao"))));
        Importer importer(library);
        importer.setLinkFiles(link);
        const ImportSummary summary = importer.importPaths({archive});
        QVERIFY2(summary.failed.isEmpty(), qPrintable(summary.failed.value(0).error));
        QCOMPARE(summary.imported, 2);
        if (moveAway)
            QVERIFY(QFile::rename(archive + QStringLiteral("/20190205-03.pdf"), dir.filePath(QStringLiteral("gone.pdf"))));

        // Highlights on two articles of the PDF page and one of the text page.
        NotesStore store(library);
        const QList<std::pair<qint64, QString>> pdfArticles = firstArticles(library, QStringLiteral("%.pdf"));
        const QList<std::pair<qint64, QString>> textArticles = firstArticles(library, QStringLiteral("%.txt"));
        QCOMPARE(pdfArticles.size(), 2);
        QVERIFY(!textArticles.isEmpty());
        for (const auto &[id, body] : pdfArticles + textArticles.mid(0, 1)) {
            const std::optional<Annotation> a = store.makeHighlight(id, TextSpan{10, 30}, QStringLiteral("yellow"), {});
            QVERIFY(a);
            QVERIFY(store.insertAnnotation(*a));
        }

        NotesExporter exporter(&store);
        NotesExportOptions options;
        options.pageCrops = true;
        const QString out = dir.filePath(QStringLiteral("notes.pdf"));
        QVERIFY2(exporter.exportNotes(NotesExportFormat::Pdf, out, options), qPrintable(exporter.errorString()));
        QCOMPARE(exporter.pageCropCount(), crops);

        const QString text = run(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
        QVERIFY(!text.isEmpty());
        // The caption names the page file as imported, not the library's copy (named by its content hash).
        QCOMPARE(text.count(QStringLiteral("Page image: page 1 of 20190205-03.pdf")), crops);
        // The linked file is gone: each of its articles says why it has no image; the text page says nothing.
        QCOMPARE(text.count(QStringLiteral("No page image")), 2 - crops);

        // The crops are in the PDF as images, and they hold the printed page (ink), not an empty box.
        const QString imagesDir = dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(imagesDir));
        run(pdfimages, {QStringLiteral("-png"), out, imagesDir + QStringLiteral("/crop")});
        const QStringList images = QDir(imagesDir).entryList({QStringLiteral("crop*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), crops);
        for (const QString &name : images) {
            const QImage image(imagesDir + QLatin1Char('/') + name);
            QVERIFY(image.width() > 200 && image.height() > 100);
            qint64 dark = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
            const double share = double(dark) / (double(image.width() / 2) * double(image.height() / 2));
            QVERIFY2(share > 0.02 && share < 0.6, qPrintable(QStringLiteral("%1: ink %2").arg(name).arg(share)));
        }

        // Without the option nothing of it is there.
        NotesExporter plain(&store);
        QVERIFY(plain.exportNotes(NotesExportFormat::Pdf, out, {}));
        QCOMPARE(plain.pageCropCount(), 0);
        QVERIFY(!run(pdftotext, {out, QStringLiteral("-")}).contains(QStringLiteral("Page image")));
    }
};

QTEST_MAIN(TestExportCrops) // a QGuiApplication: the PDF export draws with QtGui

#include "tst_exportcrops.moc"
