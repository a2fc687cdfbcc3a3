#include "import/importer.h"

#include "entities/entityextractor.h"
#include "entities/entitystore.h"
#include "formats/pageformats.h"
#include "import/archivelayout.h"
#include "import/pagefile.h"
#include "library/corrections.h"
#include "library/library.h"
#include "library/librarycheck.h"
#include "library/storedfiles.h"
#include "text/contenthash.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace kanbao {

QString ImportFilePlan::notes() const
{
    QStringList notes;
    if (!nameNote.isEmpty())
        notes << nameNote;
    if (!warning.isEmpty())
        notes << warning;
    return notes.join(QStringLiteral("; "));
}

bool isGuessed(DateSource source)
{
    return source == DateSource::Text || source == DateSource::FileTime || source == DateSource::Neighbours;
}

QString dateSourceName(DateSource source)
{
    switch (source) {
    case DateSource::User:
        return QStringLiteral("user");
    case DateSource::Path:
        return QStringLiteral("path");
    case DateSource::Header:
        return QStringLiteral("header");
    case DateSource::Text:
        return QStringLiteral("text");
    case DateSource::FileTime:
        return QStringLiteral("file-time");
    case DateSource::Neighbours:
        return QStringLiteral("neighbours");
    }
    return QString();
}

QString paperSourceName(PaperSource source)
{
    switch (source) {
    case PaperSource::User:
        return QStringLiteral("user");
    case PaperSource::Path:
        return QStringLiteral("path");
    case PaperSource::Header:
        return QStringLiteral("header");
    case PaperSource::ArchiveFolder:
        return QStringLiteral("archive-folder");
    case PaperSource::Default:
        return QStringLiteral("default");
    case PaperSource::Siblings:
        return QStringLiteral("siblings");
    }
    return QString();
}

FileDetection detectFile(const QString &path, const QString &text, const QList<Page> &pages,
                         const QDateTime &lastModified)
{
    const ArchivePathInfo fromPath = parseArchivePath(path);
    const PageHeaderInfo header = parsePageHeader(text);
    const Page *first = pages.isEmpty() ? nullptr : &pages.first();
    QDate engineDate;
    for (const Page &p : pages) {
        if (p.date.isValid()) {
            engineDate = p.date;
            break;
        }
    }

    FileDetection found;
    if (fromPath.paperConfidence == PaperConfidence::Named) {
        found.paper = fromPath.paper;
        found.paperSource = PaperSource::Path;
    } else if (!header.paper.isEmpty()) {
        found.paper = header.paper;
        found.paperSource = PaperSource::Header;
    } else if (fromPath.paperConfidence == PaperConfidence::Abbreviation) {
        found.paper = fromPath.paper;
        found.paperSource = PaperSource::Path;
    } else if (!fromPath.archiveFolder.isEmpty()) {
        found.paper = fromPath.archiveFolder;
        found.paperSource = PaperSource::ArchiveFolder;
    } else {
        found.paper = Importer::tr("Unknown paper");
        found.paperSource = PaperSource::Default;
    }

    const QDate modified = lastModified.isValid() ? lastModified.date() : QDate::currentDate();
    found.dateHasYear = true;
    if (fromPath.date.isValid()) {
        found.date = fromPath.date;
        found.dateSource = DateSource::Path;
    } else if (engineDate.isValid()) {
        found.date = engineDate;
        found.dateSource = DateSource::Header;
    } else if (header.date.isValid()) {
        found.date = header.date;
        found.dateSource = DateSource::Header;
    } else {
        found.dateHasYear = false;
        const int fallbackYear = fromPath.year > 0 ? fromPath.year : modified.year();
        const TextDateGuess guess = guessDateFromText(text, fallbackYear, modified);
        if (guess.date.isValid()) {
            found.date = guess.date;
            found.dateSource = DateSource::Text;
            // A year folder (焦作日报/2024/) gives the year as surely as the text would.
            found.dateHasYear = guess.yearWritten || fromPath.year > 0;
        } else {
            found.date = modified;
            found.dateSource = DateSource::FileTime;
        }
    }

    // A bare number as a file name (003.txt) outside a dated layout may be an export counter: a
    // header's label is more reliable then.
    const QString headerLabel = first && !first->label.isEmpty() ? first->label : header.label;
    const bool bareNumber = !fromPath.pageLabel.isEmpty() && !fromPath.pageLabel.front().isLetter();
    found.pageLabel = fromPath.pageLabel;
    if (found.pageLabel.isEmpty() || (bareNumber && !fromPath.date.isValid() && !headerLabel.isEmpty()))
        found.pageLabel = headerLabel;
    found.section = first && !first->section.isEmpty() ? first->section : header.section;
    return found;
}

namespace {

bool paperNamedByFile(const ImportFilePlan &row)
{
    return row.paperSource == PaperSource::User || row.paperSource == PaperSource::Path
        || row.paperSource == PaperSource::Header;
}

// A file placed only by its folder's name or its file time, or dated without a year.
bool saysTooLittle(const ImportFilePlan &row)
{
    return row.paperSource == PaperSource::ArchiveFolder || row.paperSource == PaperSource::Default
        || (!row.dateHasYear && (row.dateSource == DateSource::Text || row.dateSource == DateSource::FileTime));
}

bool takesPart(const ImportFilePlan &row)
{
    return row.include && row.detected && row.state != ImportFilePlan::Unreadable
        && row.state != ImportFilePlan::Skipped;
}

// The most common of `names` (ties: the first met); empty when there is none.
QString mostCommon(const QStringList &names)
{
    QHash<QString, int> counts;
    QString best;
    for (const QString &name : names) {
        const int count = ++counts[name];
        if (best.isEmpty() || count > counts.value(best))
            best = name;
    }
    return best;
}

// `month`/`day` in the year, of three around `near`'s, that puts it nearest `near`: a page dated 12月30日
// beside one of 2024-01-02 is of 2023.
QDate nearestWithYear(int month, int day, const QDate &near)
{
    QDate best;
    for (int year = near.year() - 1; year <= near.year() + 1; ++year) {
        const QDate candidate(year, month, day);
        if (candidate.isValid()
            && (!best.isValid() || std::abs(candidate.daysTo(near)) < std::abs(best.daysTo(near))))
            best = candidate;
    }
    return best;
}

} // namespace

QList<qsizetype> settleImportPlacements(QList<ImportFilePlan> &plan)
{
    QSet<qsizetype> changed;

    // Papers: what the files under each folder name (each file counts for every folder above it). Paths are
    // cut as strings: the folders need not exist any more (a plan from a scan, tests).
    const auto parentOf = [](const QString &path) {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        return slash > 0 ? path.left(slash) : QString();
    };
    QHash<QString, QStringList> namedUnder;
    for (const ImportFilePlan &row : std::as_const(plan)) {
        if (!takesPart(row) || !paperNamedByFile(row))
            continue;
        for (QString dir = parentOf(QDir::cleanPath(row.path)); !dir.isEmpty(); dir = parentOf(dir))
            namedUnder[dir].append(row.paper);
    }
    for (qsizetype i = 0; i < plan.size(); ++i) {
        ImportFilePlan &row = plan[i];
        if (!takesPart(row)
            || (row.paperSource != PaperSource::ArchiveFolder && row.paperSource != PaperSource::Default))
            continue;
        // The folder whose name was taken for the paper, and all under it (samples/, bigarch/2024-03-05/…);
        // without one, the file's own folder.
        const QString folder = parentOf(QDir::cleanPath(row.path));
        QString scope = folder;
        if (row.paperSource == PaperSource::ArchiveFolder) {
            for (QString dir = folder; !dir.isEmpty(); dir = parentOf(dir)) {
                if (dir.mid(dir.lastIndexOf(QLatin1Char('/')) + 1) == row.paper) {
                    scope = dir;
                    break;
                }
            }
        }
        const QString paper = mostCommon(namedUnder.value(scope));
        if (paper.isEmpty())
            continue;
        row.paper = paper;
        row.paperSource = PaperSource::Siblings;
        changed.insert(i);
    }

    // Dates: the nearest file (in the import's order: by folder and name) whose date has its year, one of the
    // same folder first. Indices ascend in each list, so the nearest is found by bisection.
    QList<qsizetype> dated;
    QHash<QString, QList<qsizetype>> datedIn;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const ImportFilePlan &row = plan.at(i);
        if (takesPart(row) && row.date.isValid() && (row.dateHasYear || row.dateSource == DateSource::User)) {
            dated.append(i);
            datedIn[parentOf(QDir::cleanPath(row.path))].append(i);
        }
    }
    const auto nearestIn = [](const QList<qsizetype> &indices, qsizetype i) -> qsizetype {
        if (indices.isEmpty())
            return -1;
        const auto after = std::lower_bound(indices.cbegin(), indices.cend(), i);
        if (after == indices.cbegin())
            return *after;
        if (after == indices.cend())
            return indices.last();
        const qsizetype before = *std::prev(after);
        return i - before <= *after - i ? before : *after;
    };
    for (qsizetype i = 0; i < plan.size() && !dated.isEmpty(); ++i) {
        ImportFilePlan &row = plan[i];
        if (!takesPart(row) || row.dateHasYear
            || (row.dateSource != DateSource::Text && row.dateSource != DateSource::FileTime))
            continue;
        qsizetype nearest = nearestIn(datedIn.value(parentOf(QDir::cleanPath(row.path))), i);
        if (nearest < 0)
            nearest = nearestIn(dated, i);
        const QDate near = plan.at(nearest).date;
        const QDate date = row.dateSource == DateSource::Text && row.date.isValid()
            ? nearestWithYear(row.date.month(), row.date.day(), near)
            : near;
        if (!date.isValid())
            continue;
        row.date = date;
        row.dateSource = DateSource::Neighbours;
        changed.insert(i);
    }
    QList<qsizetype> rows(changed.cbegin(), changed.cend());
    std::sort(rows.begin(), rows.end());
    return rows;
}

namespace {

struct WorkResult
{
    enum Kind { Parsed, Unchanged, Failed };
    Kind kind = Failed;
    ImportFilePlan plan;
    ParsedPageFile file;
    QString error;
    bool planGiven = false;    // the plan came detected (a scan): paper and date are as it says
    bool keepOriginal = false; // the library keeps a copy of the file (PageFormat::keepsOriginal())
    QString copyError;         // the copy could not be written (the file is imported all the same)
};

// Reads, decodes and reconstructs one file; fills in the plan's detection unless it was given.
// Runs on worker threads: touches nothing shared but the (thread-safe) extractor.
// `copies`: where the library keeps its copies of files like PDFs, null when it links them or only scans.
// The copy is written here, on the worker, so that its write and sync to disk run beside the other files'
// parsing instead of holding up the single thread that writes the library; a copy of a file whose write
// then fails is harmless (named by its content, it is what a later import of the file keeps anyway).
WorkResult processFile(const ImportFilePlan &plan, const QHash<QString, QString> &storedHashes,
                       const EntityExtractor *extractor, bool scanning, const StoredFiles *copies)
{
    WorkResult r;
    r.plan = plan;
    r.planGiven = plan.detected;
    const QFileInfo info(QFile::decodeName(plan.nativePath.isEmpty() ? QFile::encodeName(plan.path) : plan.nativePath));
    QByteArray bytes;
    if (!TextDecoder::readBytes(plan.nativePath.isEmpty() ? QFile::encodeName(plan.path) : plan.nativePath, &bytes,
                                &r.error))
        return r;
    r.plan.size = bytes.size();
    const QString hash = ContentHash::sha256Hex(bytes);
    const auto stored = storedHashes.constFind(plan.path);
    const bool userPlaced = plan.detected && (plan.dateSource == DateSource::User || plan.paperSource == PaperSource::User);
    r.plan.state = stored == storedHashes.cend() ? ImportFilePlan::New
        : *stored == hash                         ? ImportFilePlan::Unchanged
                                                  : ImportFilePlan::Changed;
    if (!scanning && r.plan.state == ImportFilePlan::Unchanged && !userPlaced && plan.corrections.isEmpty()) {
        r.kind = WorkResult::Unchanged;
        return r;
    }

    SourceDocument doc;
    if (!PageFormats::instance().read(plan.path, bytes, &doc, &r.error)) {
        r.plan.state = ImportFilePlan::Unreadable;
        r.plan.problem = r.error;
        return r;
    }
    if (const PageFormat *format = PageFormats::instance().format(doc.format))
        r.keepOriginal = format->keepsOriginal();
    if (r.keepOriginal && !scanning && copies)
        copies->keep(plan.path, bytes, hash, &r.copyError);
    QList<Page> pages = reconstructDocument(doc, extractor);
    if (pages.isEmpty()) {
        pages.append(Page{plan.path, doc.encoding, {}, {}, {}, {}, {}});
        pages.last().warnings = doc.warnings;
    }

    if (!plan.detected) {
        const FileDetection found = detectFile(plan.path, doc.text, pages, info.lastModified());
        r.plan.paper = found.paper;
        r.plan.paperSource = found.paperSource;
        r.plan.date = found.date;
        r.plan.dateSource = found.dateSource;
        r.plan.dateHasYear = found.dateHasYear;
        r.plan.pageLabel = found.pageLabel;
        r.plan.section = found.section;
        r.plan.detected = true;
    }
    r.plan.encoding = doc.encoding;
    QStringList warnings;
    for (const Page &page : std::as_const(pages))
        for (const QString &w : page.warnings)
            if (!warnings.contains(w))
                warnings << w;
    r.plan.warning = warnings.join(QStringLiteral("; "));
    r.plan.pages = int(pages.size());
    r.plan.articles = 0;
    for (const Page &p : pages)
        r.plan.articles += int(p.articles.size());

    if (!scanning) {
        ParsedPageFile &file = r.file;
        file.sourcePath = plan.path;
        file.contentHash = hash;
        file.encoding = doc.encoding;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const Page &page = pages.at(i);
            PagePlacement placement;
            placement.paper = r.plan.paper;
            placement.edition = r.plan.edition;
            // A header date per page (a file of several pages) unless the path or the user fixed it.
            const bool perPage = r.plan.dateSource != DateSource::User && r.plan.dateSource != DateSource::Path
                && page.date.isValid();
            placement.date = perPage ? page.date : r.plan.date;
            placement.dateGuessed = perPage ? false : r.plan.dateGuessed();
            if (pages.size() == 1) {
                placement.label = r.plan.pageLabel;
                placement.section = r.plan.section;
            } else {
                placement.label = !page.label.isEmpty() ? page.label : (i == 0 ? r.plan.pageLabel : QString());
                placement.section = !page.section.isEmpty() ? page.section : (i == 0 ? r.plan.section : QString());
            }
            file.placements.append(placement);
        }
        file.compressedText = compressPageTexts(doc.text, pages);
        file.text = std::move(doc.text);
        file.pages = std::move(pages);
    }
    r.kind = WorkResult::Parsed;
    return r;
}

// Runs processFile over the plan on worker threads, handing results to `consume` in plan order on the
// calling thread. At most `window` results wait at a time, so memory stays flat on big archives.
template<typename Consume>
void runPipeline(const QList<ImportFilePlan> &plan, const QHash<QString, QString> &storedHashes,
                 const EntityExtractor *extractor, bool scanning, const StoredFiles *copies, int workers,
                 const ImportControl &control, Consume consume)
{
    const qsizetype total = plan.size();
    const qsizetype window = std::max(4, workers * 4);
    std::vector<std::optional<WorkResult>> results(static_cast<size_t>(total));
    std::mutex mutex;
    std::condition_variable ready;
    std::condition_variable room;
    qsizetype nextToTake = 0;
    qsizetype nextToConsume = 0;
    bool stop = false;

    const auto work = [&]() {
        for (;;) {
            qsizetype index;
            {
                std::unique_lock lock(mutex);
                room.wait(lock, [&] { return stop || nextToTake >= total || nextToTake < nextToConsume + window; });
                while (!stop && nextToTake < total && !plan.at(nextToTake).include)
                    ++nextToTake; // excluded rows need no work; the consumer skips them
                if (stop || nextToTake >= total)
                    return;
                index = nextToTake++;
            }
            WorkResult result = processFile(plan.at(index), storedHashes, extractor, scanning, copies);
            {
                std::lock_guard lock(mutex);
                results[size_t(index)] = std::move(result);
            }
            ready.notify_all();
        }
    };

    std::vector<std::thread> threads;
    const int threadCount = int(std::min<qsizetype>(std::max(1, workers), std::max<qsizetype>(1, total)));
    for (int i = 0; i < threadCount && total > 0; ++i)
        threads.emplace_back(work);

    for (qsizetype i = 0; i < total; ++i) {
        if (control.cancel && control.cancel->load()) {
            std::lock_guard lock(mutex);
            stop = true;
            break;
        }
        if (!plan.at(i).include) {
            std::lock_guard lock(mutex);
            nextToConsume = i + 1;
            room.notify_all();
            continue;
        }
        WorkResult result;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return results[size_t(i)].has_value(); });
            result = std::move(*results[size_t(i)]);
            results[size_t(i)].reset();
            nextToConsume = i + 1;
        }
        room.notify_all();
        if (!consume(i, std::move(result))) {
            std::lock_guard lock(mutex);
            stop = true;
            break;
        }
    }
    room.notify_all();
    for (std::thread &t : threads)
        t.join();
}

} // namespace

struct Importer::Private
{
    Library &library;
    std::unique_ptr<EntityExtractor> ownExtractor;
    const EntityExtractor *extractor = nullptr;
    int workers = std::max(1, QThread::idealThreadCount());
    QString failAfterArticles;
    bool linkFiles = false;
    QStringList importSources;

    explicit Private(Library &l) : library(l) {}
};

Importer::Importer(Library &library, const EntityExtractor *extractor) : d(std::make_unique<Private>(library))
{
    if (!extractor) {
        d->ownExtractor = std::make_unique<EntityExtractor>();
        extractor = d->ownExtractor.get();
    }
    d->extractor = extractor;
}

Importer::~Importer() = default;

void Importer::setLinkFiles(bool link)
{
    d->linkFiles = link;
}

void Importer::setWorkerCount(int workers)
{
    d->workers = std::max(1, workers);
}

void Importer::setFailAfterArticlesForTesting(const QString &sourcePath)
{
    d->failAfterArticles = sourcePath;
}

ArchiveWalk Importer::findPageFiles(const QStringList &paths)
{
    const PageFormats &formats = PageFormats::instance();
    return ArchiveWalker::walk(paths, [&formats](const QString &name) { return formats.isPageFileName(name); });
}

namespace {

QList<ImportFilePlan> planOf(const ArchiveWalk &walk)
{
    QList<ImportFilePlan> plan;
    plan.reserve(walk.files.size());
    for (const WalkedFile &f : walk.files) {
        ImportFilePlan row;
        row.path = f.path;
        row.nativePath = f.nativePath;
        row.nameNote = f.note;
        plan.append(row);
    }
    return plan;
}

} // namespace

QList<ImportFilePlan> Importer::scan(const QStringList &paths, const ImportControl &control)
{
    const ArchiveWalk walk = findPageFiles(paths);
    QList<ImportFilePlan> plan;
    const auto notRead = [&plan](const WalkedEntry &entry, ImportFilePlan::State state) {
        ImportFilePlan row;
        row.path = entry.path;
        row.state = state;
        row.problem = entry.reason;
        row.include = false;
        plan.append(row);
    };
    for (const WalkedEntry &f : walk.failed)
        notRead(f, ImportFilePlan::Unreadable);
    for (const WalkedEntry &s : walk.skipped)
        notRead(s, ImportFilePlan::Skipped);
    const qsizetype firstFile = plan.size();
    plan += planOf(walk);
    LibraryWriter writer(d->library);
    const QHash<QString, QString> stored = writer.storedHashes().value_or(QHash<QString, QString>());
    const QList<ImportFilePlan> work = plan.mid(firstFile);
    const int total = int(work.size());
    runPipeline(work, stored, d->extractor, true, nullptr, d->workers, control, [&](qsizetype i, WorkResult r) {
        ImportFilePlan &row = plan[firstFile + i];
        row = r.plan;
        if (r.kind == WorkResult::Failed) {
            row.state = ImportFilePlan::Unreadable;
            row.problem = r.error;
            row.include = false;
        }
        if (control.progress)
            control.progress({int(i) + 1, total, row.path, ImportProgress::Scanned, row.problem});
        return true;
    });
    settleImportPlacements(plan);
    return plan;
}

void Importer::setImportSources(const QStringList &sources)
{
    d->importSources = sources;
}

ImportSummary Importer::importPaths(const QStringList &paths, const ImportControl &control)
{
    const ArchiveWalk walk = findPageFiles(paths);
    QStringList sources;
    for (const QString &path : paths)
        sources.append(QFileInfo(path).absoluteFilePath());
    d->importSources = sources;
    ImportSummary summary = importPlan(planOf(walk), control);
    QList<ImportFailure> failed;
    for (const WalkedEntry &f : walk.failed)
        failed.append({f.path, f.reason});
    summary.failed = failed + summary.failed;
    summary.total += int(walk.failed.size());
    for (const WalkedEntry &s : walk.skipped)
        summary.skipped.append({s.path, s.reason});
    return summary;
}

ImportSummary Importer::importPlan(const QList<ImportFilePlan> &plan, const ImportControl &control)
{
    ImportSummary summary;
    for (const ImportFilePlan &row : plan)
        summary.total += row.include ? 1 : 0;
    // Never write into a damaged library: what is written next to damaged pages can be lost with them.
    if (const LibraryCheckReport check = LibraryChecker::quickCheck(d->library); !check.ok) {
        summary.libraryDamaged = true;
        summary.libraryError =
            tr("library %1 is damaged (%2); nothing was imported. Run kanbao-cli check --library %3 to see what is "
               "damaged and kanbao-cli repair --library %3 to repair it")
                .arg(QDir::toNativeSeparators(d->library.path()), check.problems.value(0), d->library.path());
        return summary;
    }
    LibraryWriter writer(d->library);
    writer.setFailAfterArticlesForTesting(d->failAfterArticles);
    const std::optional<QHash<QString, QString>> stored = writer.storedHashes();
    if (!stored) {
        summary.libraryError = d->library.errorString();
        return summary;
    }
    // Recorded so that a bulk edit can take this import's pages (with the first file written).
    QStringList sources = std::exchange(d->importSources, {});
    if (sources.isEmpty()) {
        for (const ImportFilePlan &row : plan) {
            if (row.include)
                sources.append(row.path);
        }
    }
    writer.beginImport(sources);
    int done = 0;
    // Files placed by what they say alone (not scanned first): settled against each other at the end.
    QList<ImportFilePlan> placedAlone;
    // Where the earlier version of a changed file stood, when the new one says too little to place it: a
    // file imported again without its neighbours keeps the paper and date they gave it.
    QHash<QString, PagePlacement> earlier;
    const auto writeFile = [&](const WorkResult &r) {
        if (r.plan.state == ImportFilePlan::Changed && !r.planGiven && saysTooLittle(r.plan)) {
            const std::optional<QList<PageState>> stored = CorrectionsStore(d->library).pagesOfFile(r.plan.path);
            if (stored && !stored->isEmpty())
                earlier.insert(r.plan.path, stored->first().placement);
        }
        return writer.writeFile(r.file, r.plan.corrections);
    };
    const StoredFiles copies(d->library.path());
    runPipeline(plan, *stored, d->extractor, false, d->linkFiles ? nullptr : &copies, d->workers, control,
                [&](qsizetype, WorkResult r) {
        ImportProgress progress;
        progress.done = ++done;
        progress.total = summary.total;
        progress.path = r.plan.path;
        bool carryOn = true;
        if (r.kind != WorkResult::Failed) {
            if (const QString note = r.plan.notes(); !note.isEmpty())
                summary.warnings.append({r.plan.path, note});
        }
        if (r.kind == WorkResult::Unchanged) {
            ++summary.unchanged;
            progress.outcome = ImportProgress::Unchanged;
        } else if (r.kind == WorkResult::Failed) {
            summary.failed.append({r.plan.path, r.error});
            progress.outcome = ImportProgress::Failed;
            progress.error = r.error;
        } else if (const std::optional<FileWriteResult> written = writeFile(r)) {
            switch (written->outcome) {
            case FileWriteResult::Inserted:
                ++summary.imported;
                progress.outcome = ImportProgress::Imported;
                break;
            case FileWriteResult::Replaced:
                ++summary.replaced;
                progress.outcome = ImportProgress::Replaced;
                break;
            case FileWriteResult::Unchanged:
                ++summary.unchanged;
                progress.outcome = ImportProgress::Unchanged;
                break;
            }
            if (written->outcome != FileWriteResult::Unchanged) {
                summary.pages += written->pages;
                summary.articles += written->articles;
            }
            if (!r.planGiven)
                placedAlone.append(r.plan);
            summary.annotationsReanchored += written->annotationsReanchored;
            summary.annotationsOrphaned += written->annotationsOrphaned;
            summary.tagsDropped += written->tagsDropped;
            if (!written->movedFrom.isEmpty())
                summary.moved.append({r.file.sourcePath, written->movedFrom});
            if (!r.copyError.isEmpty())
                summary.copyFailed.append({r.plan.path, r.copyError});
        } else {
            progress.outcome = ImportProgress::Failed;
            progress.error = d->library.errorString();
            summary.failed.append({r.plan.path, progress.error});
            // A library that cannot be written at all fails every file the same way: stop.
            switch (d->library.error()) {
            case LibraryError::ReadOnly:
            case LibraryError::Locked:
            case LibraryError::Damaged:
            case LibraryError::NotALibrary:
            case LibraryError::CannotOpen:
                summary.libraryError = progress.error;
                carryOn = false;
                break;
            default:
                break;
            }
        }
        if (control.progress)
            control.progress(progress);
        return carryOn;
    });
    summary.cancelled = control.cancel && control.cancel->load();
    if (!summary.cancelled && summary.libraryError.isEmpty()) {
        const QList<qsizetype> settledRows = settleImportPlacements(placedAlone);
        const QSet<qsizetype> settled(settledRows.cbegin(), settledRows.cend());
        for (qsizetype i = 0; i < placedAlone.size(); ++i) {
            ImportFilePlan &row = placedAlone[i];
            bool move = settled.contains(i);
            bool guessed = row.dateGuessed();
            if (const auto was = earlier.constFind(row.path); was != earlier.cend()) {
                if (!paperNamedByFile(row) && row.paperSource != PaperSource::Siblings && row.paper != was->paper) {
                    row.paper = was->paper;
                    move = true;
                }
                if (!row.dateHasYear && row.dateSource != DateSource::Neighbours && row.dateSource != DateSource::User
                    && was->date.isValid() && row.date != was->date) {
                    row.date = was->date;
                    guessed = was->dateGuessed;
                    move = true;
                }
            }
            if (move && !writer.placeFile(row.path, row.paper, row.date, guessed))
                summary.failed.append({row.path, d->library.errorString()});
        }
    }
    if (const std::optional<qint64> importId = writer.finishImport(summary.pages))
        summary.importId = *importId;
    else
        summary.failed.append({d->library.path(), d->library.errorString()});
    // Names the user added to the entity index are looked for in the new articles too (merges, renames
    // and ignored names apply when reading). A failure leaves them for the next refresh: nothing is lost.
    if (summary.imported + summary.replaced > 0)
        EntityStore(d->library).refresh();
    return summary;
}

} // namespace kanbao
