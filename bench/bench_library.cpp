// Library benchmarks on a synthetic archive (scripts/gen_archive.py):
//
//   bench_library import LIBRARY ARCHIVE [--workers N] [--sql SETUP]
//                                                        import throughput, then size against the raw text
//   bench_library scan ARCHIVE                           read + decode + reconstruct + entities only
//   bench_library open LIBRARY                           time to open and show the newest issue
//   bench_library search LIBRARY [--queries N]           two-character queries: median and p99
//
// scripts/bench-library.sh runs them all; the figures go to stdout as "name: value" lines.
#include "import/importer.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "library/search.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

using namespace kanbao;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

qint64 archiveBytes(const QString &root)
{
    qint64 bytes = 0;
    for (const WalkedFile &f : Importer::findPageFiles({root}).files)
        bytes += QFileInfo(QFile::decodeName(f.nativePath)).size();
    return bytes;
}

qint64 librarySize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// CPU seconds of the calling thread (the importer's writer) and of the whole process.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

int importBench(const QString &libraryPath, const QString &archive, int workers, const QString &setupSql)
{
    Library library;
    if (!library.open(libraryPath)) {
        err << library.errorString() << Qt::endl;
        return 1;
    }
    // For experiments with settings (FTS5 automerge, checkpoints): run before the import.
    if (!setupSql.isEmpty()) {
        QSqlQuery setup(library.database());
        if (!setup.exec(setupSql)) {
            err << setupSql << ": " << setup.lastError().text() << Qt::endl;
            return 1;
        }
    }
    Importer importer(library);
    if (workers > 0)
        importer.setWorkerCount(workers);
    int lastShown = 0;
    QElapsedTimer timer;
    timer.start();
    ImportControl control;
    control.progress = [&](const ImportProgress &p) {
        if (p.done - lastShown >= 500 || p.done == p.total) {
            lastShown = p.done;
            err << p.done << "/" << p.total << " files, " << timer.elapsed() / 1000 << " s" << Qt::endl;
        }
    };
    const double writerBefore = cpuSeconds(RUSAGE_THREAD);
    const double processBefore = cpuSeconds(RUSAGE_SELF);
    const ImportSummary summary = importer.importPaths({archive}, control);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double writerCpu = cpuSeconds(RUSAGE_THREAD) - writerBefore;
    const double processCpu = cpuSeconds(RUSAGE_SELF) - processBefore;
    if (!summary.libraryError.isEmpty()) {
        err << summary.libraryError << Qt::endl;
        return 1;
    }
    const int files = summary.imported + summary.replaced;
    out << "files imported: " << files << " (unchanged " << summary.unchanged << ", failed " << summary.failed.size()
        << ")\n";
    out << "pages written: " << summary.pages << "\narticles written: " << summary.articles << "\n";
    out << "import seconds: " << QString::number(seconds, 'f', 1) << "\n";
    out << "import files/s: " << QString::number(files / seconds, 'f', 1) << "\n";
    out << "import pages/s: " << QString::number(summary.pages / seconds, 'f', 1) << "\n";
    // Wall time depends on what else runs on the machine; CPU time per page does not. The writer thread
    // is the bound on throughput when the parsing threads keep up with it.
    out << "writer cpu ms/page: " << QString::number(writerCpu * 1000 / std::max(1, summary.pages), 'f', 2) << "\n";
    out << "all threads cpu ms/page: " << QString::number(processCpu * 1000 / std::max(1, summary.pages), 'f', 2)
        << "\n";
    const int cores = std::max(1, QThread::idealThreadCount());
    const double bound = std::max(writerCpu, processCpu / cores);
    out << "pages/s if the " << cores << " cores were ours: "
        << QString::number(summary.pages / std::max(bound, 1e-9), 'f', 1) << "\n";
    library.close(); // checkpoints the WAL into the file
    const qint64 raw = archiveBytes(archive);
    const qint64 size = librarySize(libraryPath);
    out << "raw text bytes: " << raw << "\nlibrary bytes: " << size << "\n";
    out << "size / raw text: " << QString::number(double(size) / double(raw), 'f', 2) << Qt::endl;
    return summary.failed.isEmpty() ? 0 : 1;
}

int scanBench(const QString &archive)
{
    const QTemporaryDir dir;
    Library library;
    if (!library.open(dir.filePath(QStringLiteral("scan.kanbao")))) {
        err << library.errorString() << Qt::endl;
        return 1;
    }
    Importer importer(library);
    QElapsedTimer timer;
    timer.start();
    const QList<ImportFilePlan> plan = importer.scan({archive});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    int pages = 0;
    for (const ImportFilePlan &row : plan)
        pages += row.pages;
    out << "scan files/s: " << QString::number(plan.size() / seconds, 'f', 1) << "\n";
    out << "scan pages/s: " << QString::number(pages / seconds, 'f', 1) << Qt::endl;
    return 0;
}

int openBench(const QString &libraryPath)
{
    QElapsedTimer timer;
    timer.start();
    Library library;
    LibraryOpenOptions options;
    options.create = false;
    if (!library.open(libraryPath, options)) {
        err << library.errorString() << Qt::endl;
        return 1;
    }
    LibraryStore store(library);
    const std::optional<QDate> latest = store.latestIssueDate();
    const QList<IssueSummary> issues = latest ? store.issues(*latest, *latest) : QList<IssueSummary>();
    qint64 firstArticle = 0;
    if (!issues.isEmpty()) {
        const QList<PageSummary> pages = store.pagesOfIssue(issues.first().id);
        if (!pages.isEmpty() && !pages.first().articles.isEmpty())
            firstArticle = pages.first().articles.first().id;
    }
    if (firstArticle)
        store.article(firstArticle);
    out << "open to first article ms: " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << "\n";
    out << "articles in library: " << store.articleCount() << Qt::endl;
    return 0;
}

// Two-character queries drawn from the text itself (most of them frequent words, some rare), so
// they hit the index the way readers do.
int searchBench(const QString &libraryPath, int queries)
{
    Library library;
    LibraryOpenOptions options;
    options.create = false;
    if (!library.open(libraryPath, options)) {
        err << library.errorString() << Qt::endl;
        return 1;
    }
    QHash<QString, int> bigrams;
    {
        QSqlQuery q(library.database());
        q.exec(QStringLiteral("SELECT body FROM articles WHERE id % 97 = 0 LIMIT 2000"));
        while (q.next()) {
            const QString body = q.value(0).toString();
            for (qsizetype i = 0; i + 1 < body.size(); ++i) {
                const QChar a = body.at(i), b = body.at(i + 1);
                if (a.script() == QChar::Script_Han && b.script() == QChar::Script_Han)
                    ++bigrams[body.mid(i, 2)];
            }
        }
    }
    QList<std::pair<int, QString>> ranked;
    for (auto it = bigrams.cbegin(); it != bigrams.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    if (ranked.isEmpty()) {
        err << "no text in the library" << Qt::endl;
        return 1;
    }
    QRandomGenerator rng(20240409);
    QSqlDatabase db = library.database();
    QList<double> times;
    qint64 totalHits = 0;
    for (int i = 0; i < queries; ++i) {
        // Half from the 200 most frequent bigrams, half from anywhere in the ranking.
        const qsizetype bound = i % 2 ? ranked.size() : std::min<qsizetype>(200, ranked.size());
        SearchRequest request;
        request.query = ranked.at(rng.bounded(int(bound))).second;
        request.limit = SearchFirstPage; // what the window reads at once
        QElapsedTimer timer;
        timer.start();
        const SearchResults results = search(db, request);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!results.error.isEmpty()) {
            err << request.query << ": " << results.error << Qt::endl;
            return 1;
        }
        totalHits += results.total;
    }
    out << "two-character queries: " << queries << ", first " << SearchFirstPage << " results (mean matches " << totalHits / std::max(1, queries) << ")\n";
    out << "query median ms: " << QString::number(percentile(times, 0.5), 'f', 1) << "\n";
    out << "query p99 ms: " << QString::number(percentile(times, 0.99), 'f', 1) << "\n";
    out << "query max ms: " << QString::number(percentile(times, 1.0), 'f', 1) << Qt::endl;
    return 0;
}

int usage()
{
    err << "usage: bench_library import LIBRARY ARCHIVE [--workers N] | scan ARCHIVE | open LIBRARY |"
           " search LIBRARY [--queries N]; import also takes --sql STATEMENT (run first)"
        << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const int value = args.at(i + 1).toInt();
        args.remove(i, 2);
        return value;
    };
    const int workers = option(QStringLiteral("--workers"), 0);
    QString setupSql;
    if (const qsizetype i = args.indexOf(QStringLiteral("--sql")); i >= 0 && i + 1 < args.size()) {
        setupSql = args.at(i + 1);
        args.remove(i, 2);
    }
    const int queries = option(QStringLiteral("--queries"), 500);
    if (args.size() == 3 && args.at(0) == QLatin1String("import"))
        return importBench(args.at(1), args.at(2), workers, setupSql);
    if (args.size() == 2 && args.at(0) == QLatin1String("scan"))
        return scanBench(args.at(1));
    if (args.size() == 2 && args.at(0) == QLatin1String("open"))
        return openBench(args.at(1));
    if (args.size() == 2 && args.at(0) == QLatin1String("search"))
        return searchBench(args.at(1), queries);
    return usage();
}
