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
//   QT_QPA_PLATFORM=offscreen bench_pdf render [DIR] [--width 1600] [--height 1000] [--threads N] [--verbose]
//       shows each PDF's first page in the page-image view at WIDTH pixels, in a scroll area HEIGHT pixels tall
//       (a reader's screen; --height 0: the view alone, the whole page on screen), one page after another in one
//       process, each opened at one of its articles in turn (as from a search hit; picked before the clock
//       starts). Bars: <= 300 ms first render (the max over the pages), <= 50 ms from the cache.
//       Timed, first render: from FacsimileView::showPage() until the view has an image of the page and has
//       painted it, scrolled to the article (its rendered() signal, then a synchronous repaint): opening the PDF,
//       reading its article regions (poppler's text layer and the reconstruction: they say where the article
//       is), drawing the rows in view (in bands, one per core) — or, when that takes longer than 60 ms, the quick
//       drawing of the page (pageimage::renderPdfPageQuick) that stands in meanwhile — and the paint. Nothing
//       of a page is cached before its first showPage(); poppler's and fontconfig's process-wide set-up is paid
//       by the first page. CPU: getrusage over the same span, all threads.
//       Whole page: until the exact image of the whole page is in (completed()).
//       From the cache: showPage() of a page shown before, until it is painted.
//       --threads N draws in N bands side by side (default: one per core; 1: in one piece). --verbose lists each
//       page's times.
#include "facsimile/facsimileview.h"
#include "formats/pageimage.h"
#include "import/importer.h"
#include "library/library.h"

#include <QApplication>
#include <QDate>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
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

// What a reader sees of a 1600 px page: the pane's rows, not the page's 2,300.
struct Screen
{
    int width = 1600;
    int height = 1000; // the scroll area's viewport; 0: the view alone, as tall as the page
};

int benchRender(const QString &dir, const Screen &screen, int threads, bool verbose)
{
    const QStringList files = pdfsUnder(dir);
    if (files.isEmpty()) {
        err << "no PDF files under " << dir << Qt::endl;
        return 1;
    }
    const int width = screen.width;
    QScrollArea area;
    area.setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *view = new FacsimileView;
    if (threads > 0)
        view->setRenderThreads(threads);
    view->resize(width, int(width * 1.42));
    if (screen.height > 0) {
        area.setWidget(view);
        area.setFrameShape(QFrame::NoFrame);
        area.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        area.resize(width + area.verticalScrollBar()->sizeHint().width(), screen.height);
        area.show();
    } else {
        view->show();
    }
    // Each page is opened at one of its articles, in turn, as a reader following a search hit would (the view
    // draws the rows that article scrolls into view first). Picked before the clock starts.
    QStringList headlines;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QList<pageimage::ArticleRegion> regions = pageimage::articleRegions(files.at(i), 0);
        headlines << (regions.isEmpty() ? QString() : regions.at((i * 3) % regions.size()).headline);
    }
    QList<double> first;
    QList<double> whole;
    QList<double> firstCpu;
    QList<double> cached;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        QSignalSpy rendered(view, &FacsimileView::rendered);
        QSignalSpy completed(view, &FacsimileView::completed);
        const double cpuBefore = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        view->showPage(file, 0, headlines.at(i));
        if (rendered.isEmpty() && !rendered.wait(30000)) {
            err << file << ": not rendered" << Qt::endl;
            return 1;
        }
        // On screen: the paint of the new image included, scrolled where the dock scrolls it.
        if (screen.height > 0) {
            const QRectF region = view->highlightedRegion();
            if (!region.isEmpty()) {
                const double scale = view->width() / view->pageSize().width();
                area.verticalScrollBar()->setValue(FacsimileView::scrollTarget(
                    QRectF(region.x() * scale, region.y() * scale, region.width() * scale, region.height() * scale),
                    area.verticalScrollBar()->value(), area.viewport()->height()));
            }
            area.viewport()->repaint();
        } else {
            view->repaint();
        }
        first << double(timer.nsecsElapsed()) / 1e6;
        firstCpu << (cpuSeconds() - cpuBefore) * 1000;
        if (completed.isEmpty() && !completed.wait(30000)) {
            err << file << ": the whole page was not drawn" << Qt::endl;
            return 1;
        }
        whole << double(timer.nsecsElapsed()) / 1e6;
        if (verbose)
            out << QFileInfo(file).fileName() << ": " << QString::number(first.last(), 'f', 1) << " ms (CPU "
                << QString::number(firstCpu.last(), 'f', 1) << " ms), whole page "
                << QString::number(whole.last(), 'f', 1) << " ms" << Qt::endl;
        if (!view->message().isEmpty())
            err << view->message() << Qt::endl;
    }
    // From the cache (it holds the last pages shown): the same pages again, newest first.
    for (qsizetype i = files.size() - 1; i >= qMax<qsizetype>(0, files.size() - 8); --i) {
        QElapsedTimer timer;
        timer.start();
        view->showPage(files.at(i), 0, headlines.at(i));
        if (view->isRendering()) {
            err << files.at(i) << ": not in the cache" << Qt::endl;
            continue;
        }
        view->repaint();
        cached << double(timer.nsecsElapsed()) / 1e6;
    }
    const double firstMax = *std::max_element(first.cbegin(), first.cend());
    const double wholeMax = *std::max_element(whole.cbegin(), whole.cend());
    const double cachedMax = cached.isEmpty() ? 0 : *std::max_element(cached.cbegin(), cached.cend());
    out << "pages: " << files.size() << " at " << width << " px wide, "
        << (screen.height > 0 ? QStringLiteral("%1 px of it on screen").arg(screen.height)
                              : QStringLiteral("the whole page on screen"))
        << ", drawn in " << view->renderThreads() << " band(s) side by side\n"
        << "first render on screen: median " << QString::number(median(first), 'f', 1) << " ms, max "
        << QString::number(firstMax, 'f', 1) << " ms (bar <= 300) " << (firstMax <= 300 ? "PASS" : "FAIL")
        << '\n'
        << "first render CPU (all threads): median " << QString::number(median(firstCpu), 'f', 1) << " ms\n"
        << "whole page drawn: median " << QString::number(median(whole), 'f', 1) << " ms, max "
        << QString::number(wholeMax, 'f', 1) << " ms\n"
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
        return benchRender(dir,
                           Screen{option(args, QStringLiteral("--width"), QStringLiteral("1600")).toInt(),
                                  option(args, QStringLiteral("--height"), QStringLiteral("1000")).toInt()},
                           option(args, QStringLiteral("--threads"), QStringLiteral("0")).toInt(),
                           args.contains(QStringLiteral("--verbose")));
    err << "usage: bench_pdf import [DIR] [--copies N] [--workers N]\n"
           "       bench_pdf render [DIR] [--width PX] [--height PX] [--threads N] [--verbose]"
        << Qt::endl;
    return 2;
}
