#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;

namespace kanbao {

// Why a library could not be opened or used. Every error comes with a message that names the file.
enum class LibraryError {
    None,
    NotFound,       // no file there, and creating one was not asked for
    CannotOpen,     // the file or its folder cannot be opened or created (permissions, missing folder)
    NotALibrary,    // some other kind of file, or another program's SQLite database
    Damaged,        // a Kanbao library whose file is truncated or corrupt
    Locked,         // another program holds the write lock longer than the busy timeout
    ReadOnly,       // opened or stored read-only, and a write was needed
    NewerVersion,   // written by a newer Kanbao; refused rather than misread
    UpgradeFailed,  // a schema migration step failed (the library stays at its previous version)
    QueryFailed,    // any other SQLite error
};

struct LibraryOpenOptions
{
    bool readOnly = false;
    // Open read-only, instead of failing, a library this process may not write (the file or its folder
    // is read-only): for reading, searching and exporting; every write then fails with a message.
    bool readOnlyWhenNotWritable = false;
    // create the file (and its folder) when missing, or the schema in an empty file; ignored when readOnly.
    // Without it an empty file is refused, never written to.
    bool create = true;
    int busyTimeoutMs = 5000;    // how long a statement waits for another process's lock
    // Upgrade no further than this schema version (-1: the latest). Only for making the saved fixtures of
    // past versions that the upgrade test opens; the application always upgrades to the latest.
    int upgradeTo = -1;
};

// One Kanbao library: a single SQLite file in WAL mode with foreign keys on, upgraded to the current
// schema when opened. A Library object owns one database connection, usable only from the thread that
// called open(): a worker thread opens its own Library on the same path (cheap once migrated), which is
// how the importer and a second process read while another writes.
class Library
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::Library)
    Q_DISABLE_COPY_MOVE(Library)

public:
    Library();
    ~Library();

    // QStandardPaths::AppDataLocation of the Kanbao application + "/library.kanbao". The GUI and the
    // CLI share it even though the CLI's QCoreApplication has another name.
    static QString defaultPath();

    // Whether this process can write the library at `path`: the file (when it exists) and its folder,
    // where SQLite keeps its -wal and -shm files.
    static bool canWrite(const QString &path);

    // The file a migration from `fromVersion` backs the library up to before changing it.
    static QString backupPath(const QString &path, int fromVersion);

    // Opens (creating when allowed), checks that the file is a Kanbao library no newer than this build,
    // sets the connection PRAGMAs, registers the full-text tokenizer and runs pending migrations.
    bool open(const QString &path, const LibraryOpenOptions &options = {});
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    int schemaVersion() const; // PRAGMA user_version once open

    // This object's connection. Only for the thread that called open().
    QSqlDatabase database() const;

    // Call on the thread that opened the library; the function it returns may be called from any thread
    // while the library stays open: it makes the statement running on this connection stop at once
    // (sqlite3_interrupt), failing with an error. Empty when the library is not open.
    std::function<void()> interrupter() const;

    LibraryError error() const;
    QString errorString() const;

    // Turns a failed query's error into a message naming the library file, and classifies it
    // (damaged, locked, read-only...). Also records it as this library's error.
    QString describe(const QSqlError &error, LibraryError *kind = nullptr);
    void setError(LibraryError kind, const QString &message);
    void clearError();

    // Runs `sql` in BEGIN IMMEDIATE ... so the write lock is taken up front (a deferred transaction that
    // later upgrades to a writer can fail with SQLITE_BUSY without waiting in WAL mode).
    bool beginWrite();
    bool commit();
    void rollback();

private:
    bool fail(LibraryError kind, const QString &message);
    bool checkHeader(const QString &path);
    bool configureConnection(int busyTimeoutMs);
    bool backUpBeforeMigration(int fromVersion);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_newFile = false;
    bool m_immutable = false; // opened with immutable=1: nobody can write the file or its folder
    int m_schemaVersion = 0;
    LibraryError m_error = LibraryError::None;
    QString m_errorString;
};

} // namespace kanbao
