#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kanbao {

class Library;

// What a damage check found. `ok` when SQLite's integrity check, the foreign keys and the full-text
// index all agree; otherwise `problems` says what is damaged, in words, naming the tables and indexes.
struct LibraryCheckReport
{
    bool ok = true;
    bool integrityOk = true;   // PRAGMA quick_check / integrity_check
    bool foreignKeysOk = true; // PRAGMA foreign_key_check
    bool fullTextOk = true;    // FTS5 'integrity-check' of article_fts against the articles
    bool fullTextChecked = false; // false on a read-only library: the check is a write statement to SQLite
    QStringList damagedTables;  // tables (and indexes) the integrity check names
    QStringList problems;       // one line each, for people
};

// What a repair did.
struct LibraryRepairReport
{
    bool ok = false;            // the library (or the recovered copy) passes the full check afterwards
    bool rebuiltInPlace = false; // indexes and the full-text index rebuilt in the library itself
    QString recoveredPath;      // set when the rows were copied into a new file
    struct Table
    {
        QString name;
        qint64 recovered = 0;
        qint64 lost = 0;        // rows known to be lost (counted, or dropped because what they refer to is lost)
        QStringList lostRanges; // "rowid 120–180" where a damaged page made rows unreadable
    };
    QList<Table> tables;
    QStringList messages; // what was done, for people
    QString error;        // why the repair could not be done
};

class LibraryChecker
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::LibraryChecker)

public:
    // `full`: PRAGMA integrity_check (every index against its table); otherwise quick_check (pages and
    // records, not index contents), which is what import runs before writing.
    static LibraryCheckReport check(Library &library, bool full = true);

    // Only PRAGMA quick_check: what an import runs before writing (pages and records readable; indexes
    // and the full-text index are not compared, which would take minutes on a large library).
    static LibraryCheckReport quickCheck(Library &library);

    // Repairs a damaged library: when the tables are intact and only indexes or the full-text index
    // disagree, rebuilds them in place (after a backup copy next to the file). Otherwise copies every
    // readable row, table by table, into a new library at `recoveredPath` (skipping unreadable pages,
    // dropping rows whose parent is lost) and reports what was lost; the damaged file is left as it was.
    static LibraryRepairReport repair(Library &library, const QString &recoveredPath);

    // The path repair() uses when none is given: "<library>.recovered.kanbao" next to it.
    static QString defaultRecoveredPath(const QString &libraryPath);

private:
    static LibraryCheckReport runChecks(Library &library, bool full, bool references);
};

} // namespace kanbao
