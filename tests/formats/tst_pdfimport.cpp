// Importing PDF pages: through the registry like every page file, a copy of each PDF kept beside the
// library, a scan imported with its warning, a damaged PDF reported while the rest goes in.
#include "import/importer.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "library/storedfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/") + name;
}

QString sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPdfImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsFolderOfPdfs()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("archive"));
        QVERIFY(QDir().mkpath(archive));
        const QStringList files{QStringLiteral("tuned/cairo_20190205-03.pdf"), QStringLiteral("tuned/qt_20190208-01.pdf"),
                                QStringLiteral("special/scan_20190210-01.pdf"), QStringLiteral("special/damaged.pdf")};
        for (const QString &f : files)
            QVERIFY(QFile::copy(data(f), archive + QLatin1Char('/') + QFileInfo(f).fileName()));

        Library library;
        const QString libraryPath = dir.filePath(QStringLiteral("papers.kanbao"));
        QVERIFY(library.open(libraryPath));
        Importer importer(library);
        const ImportSummary summary = importer.importPaths({archive});
        QCOMPARE(summary.total, 4);
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.failed.size(), 1);
        QVERIFY(summary.failed[0].path.endsWith(QStringLiteral("damaged.pdf")));
        QVERIFY2(summary.failed[0].error.contains(QStringLiteral("damaged")), qPrintable(summary.failed[0].error));
        QVERIFY(summary.copyFailed.isEmpty());
        QVERIFY(summary.articles >= 8);

        // Each imported PDF has its copy, named by content, in the folder beside the library.
        const StoredFiles stored(libraryPath);
        QCOMPARE(stored.folder(), dir.filePath(QStringLiteral("papers files")));
        for (const QString &name : {QStringLiteral("cairo_20190205-03.pdf"), QStringLiteral("qt_20190208-01.pdf"),
                                    QStringLiteral("scan_20190210-01.pdf")}) {
            const QString original = archive + QLatin1Char('/') + name;
            const QString copy = stored.find(sha256(original), QStringLiteral("pdf"));
            QVERIFY2(!copy.isEmpty(), qPrintable(name));
            QCOMPARE(sha256(copy), sha256(original));
        }
        QVERIFY(stored.find(sha256(archive + QStringLiteral("/damaged.pdf")), QStringLiteral("pdf")).isEmpty());

        // The copy outlives the original.
        const QString hash = sha256(archive + QStringLiteral("/qt_20190208-01.pdf"));
        QVERIFY(QFile::remove(archive + QStringLiteral("/qt_20190208-01.pdf")));
        QVERIFY(!stored.find(hash, QStringLiteral("pdf")).isEmpty());
    }

    void keepReportsWhatFails()
    {
        QTemporaryDir dir;
        const StoredFiles stored(dir.filePath(QStringLiteral("lib.kanbao")));
        QString error;
        // A file where the folder of copies would be: the copy cannot be made, and the reason names it.
        QFile blocker(stored.folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!stored.keep(dir.filePath(QStringLiteral("page.pdf")), QByteArray("%PDF-1.4"), QStringLiteral("abc"), &error));
        QVERIFY2(error.contains(stored.folder()), qPrintable(error));
        // No library file, nowhere to keep copies: nothing is done and nothing fails.
        QVERIFY(!StoredFiles(QString()).isAvailable());
        QVERIFY(StoredFiles(QString()).keep(data(QStringLiteral("special/damaged.pdf")), QByteArray("%PDF"),
                                            QStringLiteral("abc"), &error));
    }
};

QTEST_GUILESS_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
