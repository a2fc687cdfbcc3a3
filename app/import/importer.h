#pragma once

#include "import/archivewalk.h"
#include "library/corrections.h"
#include "library/librarywriter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>

namespace kanbao {

class EntityExtractor;
class Library;

// Where a file's issue date came from. Anything after Header is a guess (issues.date_guessed).
enum class DateSource {
    User,     // set in the import wizard
    Path,     // 焦作日报/2024/04/09/…, jzrb20240409_A03.txt
    Header,   // the page header: "A08│温县新闻2023年1月10日 星期二"
    Text,     // datelines or dates mentioned in the articles, year nearby
    FileTime, // nothing in the file: its modification date
    Neighbours, // no year (or no date) in the file: taken from the nearest dated file of the same import
};
bool isGuessed(DateSource source);
QString dateSourceName(DateSource source); // "path", "header", "text", ... for JSON and logs

enum class PaperSource {
    User,
    Path,          // a folder or file name that names a paper (焦作日报, jzrb)
    Header,        // the masthead (焦作日报, JIAOZUO DAILY)
    ArchiveFolder, // the folder the files sit in
    Default,       // nothing found: "Unknown paper"
    Siblings,      // the paper the mastheads or names of other files of the same import give
};
QString paperSourceName(PaperSource source);

// What the importer found out about one file before storing it: a row of the import wizard. The
// wizard may edit paper, date (set dateSource to User), edition, pageLabel and section, or untick
// `include`; importPlan() then uses those values as they are.
struct ImportFilePlan
{
    enum State { New, Unchanged, Changed, Unreadable, Skipped };

    QString path; // absolute; a name that is not UTF-8 shown decoded (see nameNote)
    QByteArray nativePath; // the bytes the system knows the file by; empty: QFile::encodeName(path)
    QString nameNote;      // e.g. "the file name is not UTF-8; shown as read in GB18030"
    bool detected = false; // false: paper/date/page are found while importing
    bool include = true;
    QString paper;
    PaperSource paperSource = PaperSource::Default;
    QDate date;
    DateSource dateSource = DateSource::FileTime;
    bool dateHasYear = false; // the file itself gives the year (path, header, a year written in the text)
    QString edition;
    QString pageLabel;
    QString section;
    QString encoding;
    int pages = 0;
    int articles = 0;
    qint64 size = 0;
    State state = New;
    QString problem; // why the file cannot be imported (Unreadable) or is left out (Skipped)
    QString warning; // read only in part (invalid bytes replaced, no text layer): imported, the pages flagged
    // Layout corrections the reader made in the import wizard's preview, anchored in the reconstructed pages
    // (Correction::sourceIndex: the page): applied when the file is written and kept with its pages. A file
    // with corrections is written even when the library has it unchanged.
    QList<Correction> corrections;

    bool dateGuessed() const { return isGuessed(dateSource); }
    // What to know about a file that is read: its name's encoding, bytes replaced while decoding.
    QString notes() const;
};

// What a file's path and text say about where it belongs; pure, for the wizard's preview and tests.
struct FileDetection
{
    QString paper;
    PaperSource paperSource = PaperSource::Default;
    QDate date;
    DateSource dateSource = DateSource::FileTime;
    bool dateHasYear = false;
    QString pageLabel;
    QString section;
};
FileDetection detectFile(const QString &path, const QString &text, const QList<Page> &pages,
                         const QDateTime &lastModified);

// What the files of one import say about each other, for those that say too little themselves (rows
// detected, included, not placed by the user):
// - a paper taken only from a folder's name (samples/, bigarch/) becomes the one the files under that folder
//   name by masthead or path (the most common); with no paper at all, the one the files beside it name;
// - a date without a year (read from the text) takes the year of the nearest file in the import whose own
//   date has one (of the three years around it, the one that puts it nearest); no date at all (the file
//   time) takes that file's date. Both stay guessed (DateSource::Neighbours). The file time is used only
//   when no file of the import is dated.
// Returns the rows changed. The importer runs it after a scan and after an import of unscanned paths.
QList<qsizetype> settleImportPlacements(QList<ImportFilePlan> &plan);

// A file and what became of it: why it failed, why it was skipped, or what to know about it.
struct ImportFailure
{
    QString path;
    QString error;
};
using ImportFileNote = ImportFailure;

struct ImportProgress
{
    enum Outcome { Imported, Unchanged, Replaced, Failed, Scanned };
    int done = 0;  // files finished, this one included
    int total = 0;
    QString path;
    Outcome outcome = Imported;
    QString error; // for Failed
};

struct ImportSummary
{
    int total = 0; // files found
    int imported = 0;
    int unchanged = 0;
    int replaced = 0;
    QList<ImportFailure> failed;
    // Everything else found under the folders, with the reason it was not read: hidden, not a page
    // format, a folder already read through a link, a FIFO or device without a page file's name.
    QList<ImportFileNote> skipped;
    // Files imported (or unchanged) with something to know: a name not in UTF-8, bytes replaced.
    QList<ImportFileNote> warnings;
    int pages = 0;    // pages written
    int articles = 0; // articles written
    int annotationsReanchored = 0;
    int annotationsOrphaned = 0;
    int tagsDropped = 0;
    // Files imported before from another path (moved or renamed since, see FileWriteResult::movedFrom):
    // path = the new path, error = the old one. Their pages moved with them instead of being stored twice.
    QList<ImportFailure> moved;
    bool cancelled = false;
    QString libraryError; // set when the library itself failed (read-only, locked, damaged): import stopped
    bool libraryDamaged = false; // the damage check failed before anything was written
    // Files stored whose copy (a PDF's, see library/storedfiles.h) could not be kept: imported all the same.
    QList<ImportFailure> copyFailed;
    qint64 importId = 0; // the import recorded for the pages written (0: none written, or not recorded)
};

// Callbacks run on the thread that called scan()/import*(); `cancel` may be set from any thread and
// stops after the file being written (which is either stored whole or not at all).
struct ImportControl
{
    std::function<void(const ImportProgress &)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

// Imports archive folders of page files (every format PageFormats knows, recursively) into a library. Files are read,
// decoded and reconstructed on worker threads; the calling thread writes them through the library's
// connection, one transaction per file. Run it on the library's thread (the GUI: a worker thread that
// opened its own Library on the same path).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::Importer)
    Q_DISABLE_COPY_MOVE(Importer)

public:
    // `extractor` may be null: the importer builds its own.
    explicit Importer(Library &library, const EntityExtractor *extractor = nullptr);
    ~Importer();

    void setWorkerCount(int workers); // default: QThread::idealThreadCount()
    // Keep a link to each PDF (its path and content hash, as every page has) instead of a copy in the
    // library's storage folder (library/storedfiles.h), as Zotero's linked files: smaller, but the page
    // image is lost when the file is moved or changed until it is located again (StoredFiles::relink).
    void setLinkFiles(bool link);
    void setFailAfterArticlesForTesting(const QString &sourcePath);
    // What the next importPlan() records as the folders and files it was given (the wizard's folder);
    // importPaths() records its paths. Without it, importPlan() records its files.
    void setImportSources(const QStringList &sources);

    // Everything under `paths`, accounted for: page files to read (files given directly are taken
    // whatever their suffix), sorted, without duplicates; what was skipped and what failed, with reasons.
    static ArchiveWalk findPageFiles(const QStringList &paths);

    // Reads every file and says where it would go and whether the library has it already.
    QList<ImportFilePlan> scan(const QStringList &paths, const ImportControl &control = {});

    ImportSummary importPaths(const QStringList &paths, const ImportControl &control = {});
    ImportSummary importPlan(const QList<ImportFilePlan> &plan, const ImportControl &control = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kanbao
