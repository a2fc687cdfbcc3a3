// PDF pages (issue 11), two bars:
//
//   bench_pdf import [DIR] [--copies N] [--workers N]
//       imports the PDFs under DIR (default: tests/data/pdf, without special/) N times over (each copy renamed to
//       another day and made distinct by a trailing PDF comment, so every copy is a new page), reports pages/s wall
//       clock and CPU ms per page. Bar: >= 30 pages/s on 2 cores.
//       Timed: Importer::importPaths on a new, empty library, whole: walking the folder, reading and hashing each
//       file, poppler's text layer, reconstruction, entities, the library's copy of each PDF (written and synced),
//       the library writes (one transaction per file) and the entity refresh at the end. Not timed: making the
//       copies to import and opening the library. CPU is getrusage(RUSAGE_SELF) over the same span: every thread
//       of the process (workers, the writing thread, poppler's and SQLite's).
//   QT_QPA_PLATFORM=offscreen bench_pdf render [DIR] [--width 1600] [--threads N] [--verbose]
//       shows each PDF's first page in the page-image view at WIDTH pixels, one after another in one process (as a
//       reader going through pages). Bars: <= 300 ms first render (the max over the pages), <= 50 ms from the cache.
//       Timed, first render: from FacsimileView::showPage() until the view has the whole image at WIDTH px and has
//       painted it (its rendered() signal, then a synchronous repaint): opening the PDF, drawing the page (in
//       bands, one per core), reading its article regions (poppler's text layer and the reconstruction) beside it,
//       and the paint. Nothing of a page is cached before its first showPage(); poppler's and fontconfig's
//       process-wide set-up is paid by the first page. CPU: getrusage over the same span, all threads.
//       From the cache: showPage() of a page shown before, until it is painted.
//       --threads N draws each page in N bands side by side (default: one per core; 1: in one piece, as before
//       the bands). --verbose lists each page's wall and CPU times.
#include "facsimile/facsimileview.h"
#include "import/importer.h"
#include "library/library.h"

#include <QApplication>
#include <QDate>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>

using namespace kanbao;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QStringList pdfsUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The damaged and not-a-PDF test files are refused, not imported: they would not measure reading.
        if (!path.contains(QLatin1String("/special/")))
            files << path;
    }
    files.sort();
    return files;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

int benchImport(const QString &dir, int copies, int workers)
{
    const QStringList sources = pdfsUnder(dir);
    if (sources.isEmpty()) {
        err << "no PDF files under " << dir << Qt::endl;
        return 1;
    }
    QTemporaryDir temp;
    const QString archive = temp.filePath(QStringLiteral("archive"));
    QDir().mkpath(archive);
    // Each copy moves to another day (the date is read from the file name), with bytes of its own.
    const QRegularExpression dated(QStringLiteral("(\\d{8})-(\\d+)"));
    int n = 0;
    for (int copy = 0; copy < copies; ++copy)
        for (const QString &source : sources) {
            QFile in(source);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            QByteArray bytes = in.readAll();
            bytes += "\n% bench copy " + QByteArray::number(copy) + "\n";
            const QRegularExpressionMatch m = dated.match(QFileInfo(source).fileName());
            const QDate base = m.hasMatch() ? QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"))
                                            : QDate(2019, 1, 1);
            const QString page = m.hasMatch() ? m.captured(2) : QString::number(n % 8 + 1);
            const QString name = QStringLiteral("bench_%1-%2_%3.pdf")
                                     .arg(base.addDays(copy * 40).toString(QStringLiteral("yyyyMMdd")), page)
                                     .arg(n++);
            QFile target(QDir(archive).filePath(name));
            if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size())
                return 1;
        }
    Library library;
    if (!library.open(temp.filePath(QStringLiteral("bench.kanbao")))) {
        err << library.errorString() << Qt::endl;
        return 1;
    }
    Importer importer(library);
    if (workers > 0)
        importer.setWorkerCount(workers);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = importer.importPaths({archive});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const double rate = summary.pages / seconds;
    out << "files: " << n << " (" << sources.size() << " PDFs x " << copies << ")\n"
        << "imported: " << summary.imported << ", failed: " << summary.failed.size() << '\n'
        << "pages: " << summary.pages << ", articles: " << summary.articles << '\n'
        << "wall: " << QString::number(seconds, 'f', 2) << " s\n"
        << "import rate: " << QString::number(rate, 'f', 1) << " pages/s (bar >= 30) "
        << (rate >= 30 ? "PASS" : "FAIL") << '\n'
        << "cpu per page: " << QString::number(summary.pages ? cpu * 1000 / summary.pages : 0, 'f', 1)
        << " ms (all threads)" << Qt::endl;
    for (const ImportFailure &f : summary.failed)
        err << "failed: " << f.path << ": " << f.error << Qt::endl;
    return summary.failed.isEmpty() ? 0 : 1;
}

int benchRender(const QString &dir, int width, int threads, bool verbose)
{
    const QStringList files = pdfsUnder(dir);
    if (files.isEmpty()) {
        err << "no PDF files under " << dir << Qt::endl;
        return 1;
    }
    FacsimileView view;
    if (threads > 0)
        view.setRenderThreads(threads);
    view.resize(width, int(width * 1.42));
    view.show();
    QList<double> first;
    QList<double> firstCpu;
    QList<double> cached;
    for (const QString &file : files) {
        QSignalSpy rendered(&view, &FacsimileView::rendered);
        const double cpuBefore = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        view.showPage(file, 0, QString());
        if (rendered.isEmpty() && !rendered.wait(30000)) {
            err << file << ": not rendered" << Qt::endl;
            return 1;
        }
        view.repaint(); // on screen: the paint of the new image included
        first << double(timer.nsecsElapsed()) / 1e6;
        firstCpu << (cpuSeconds() - cpuBefore) * 1000;
        if (verbose)
            out << QFileInfo(file).fileName() << ": " << QString::number(first.last(), 'f', 1) << " ms, CPU "
                << QString::number(firstCpu.last(), 'f', 1) << " ms" << Qt::endl;
        if (!view.message().isEmpty())
            err << view.message() << Qt::endl;
    }
    // From the cache (it holds the last pages shown): the same pages again, newest first.
    for (qsizetype i = files.size() - 1; i >= qMax<qsizetype>(0, files.size() - 8); --i) {
        QElapsedTimer timer;
        timer.start();
        view.showPage(files.at(i), 0, QString());
        if (view.isRendering()) {
            err << files.at(i) << ": not in the cache" << Qt::endl;
            continue;
        }
        view.repaint();
        cached << double(timer.nsecsElapsed()) / 1e6;
    }
    const double firstMax = *std::max_element(first.cbegin(), first.cend());
    const double cachedMax = cached.isEmpty() ? 0 : *std::max_element(cached.cbegin(), cached.cend());
    out << "pages: " << files.size() << " at " << width << " px wide, drawn in " << view.renderThreads()
        << " band(s) side by side\n"
        << "first render on screen: median " << QString::number(median(first), 'f', 1) << " ms, max "
        << QString::number(firstMax, 'f', 1) << " ms (bar <= 300) " << (firstMax <= 300 ? "PASS" : "FAIL")
        << '\n'
        << "first render CPU (all threads): median " << QString::number(median(firstCpu), 'f', 1) << " ms\n"
        << "from the cache: median " << QString::number(median(cached), 'f', 1) << " ms, max "
        << QString::number(cachedMax, 'f', 1) << " ms (bar <= 50) " << (cachedMax <= 50 ? "PASS" : "FAIL")
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    QString dir = args.value(1);
    if (dir.isEmpty() || dir.startsWith(QLatin1String("--")))
        dir = QStringLiteral(KANBAO_TEST_PDF_DIR);
    if (mode == QLatin1String("import"))
        return benchImport(dir, option(args, QStringLiteral("--copies"), QStringLiteral("4")).toInt(),
                           option(args, QStringLiteral("--workers"), QStringLiteral("0")).toInt());
    if (mode == QLatin1String("render"))
        return benchRender(dir, option(args, QStringLiteral("--width"), QStringLiteral("1600")).toInt(),
                           option(args, QStringLiteral("--threads"), QStringLiteral("0")).toInt(),
                           args.contains(QStringLiteral("--verbose")));
    err << "usage: bench_pdf import [DIR] [--copies N] [--workers N]\n"
           "       bench_pdf render [DIR] [--width PX] [--threads N] [--verbose]"
        << Qt::endl;
    return 2;
}
