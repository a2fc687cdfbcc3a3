#include "library/library.h"

#include "library/fts/cjktokenizer.h"
#include "library/schema.h"

#include "kanbao_version.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <functional>

#include <sqlite3.h>
#include <unistd.h>

namespace kanbao {

namespace {

// SQLite result codes (sqlite3.h) as the Qt driver reports them in QSqlError::nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("kanbao-library-%1").arg(++counter);
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool registerFullTextTokenizer(QSqlDatabase &db, QString *error)
{
    return registerCjkTokenizer(db, error);
}

bool writableByUs(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SqliteBusy || code == SqliteLocked;
}

// Runs `step` again while it fails because another connection holds a lock, until `timeoutMs` passed.
// SQLite's busy handler does not cover everything: switching to WAL and a read that must upgrade to a
// write while another connection waits for the same lock fail at once with SQLITE_BUSY (deadlock
// avoidance), which is exactly what two processes creating one new library run into.
bool retryWhileBusy(int timeoutMs, const std::function<bool(QSqlError *)> &step, QSqlError *error)
{
    QDeadlineTimer deadline(std::max(0, timeoutMs));
    int pause = 5;
    for (;;) {
        *error = QSqlError();
        if (step(error))
            return true;
        if (!isBusy(*error) || deadline.hasExpired())
            return false;
        QThread::msleep(ulong(std::min<qint64>(pause, std::max<qint64>(1, deadline.remainingTime()))));
        pause = std::min(pause * 2, 100);
    }
}

} // namespace

Library::Library() = default;

Library::~Library()
{
    close();
}

bool Library::canWrite(const QString &path)
{
    const QFileInfo info(path);
    return (!info.exists() || writableByUs(info.absoluteFilePath())) && writableByUs(info.absolutePath());
}

QString Library::backupPath(const QString &path, int fromVersion)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".v%1.backup").arg(fromVersion);
}

QString Library::defaultPath()
{
    // AppDataLocation follows QCoreApplication::applicationName(); the CLI's is "kanbao-cli", so borrow
    // the GUI's name for the lookup or the two would keep separate default libraries.
    const QString appName = QStringLiteral(KANBAO_APPLICATION_NAME);
    const QString previous = QCoreApplication::applicationName();
    if (previous != appName)
        QCoreApplication::setApplicationName(appName);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (previous != appName)
        QCoreApplication::setApplicationName(previous);
    return dir + QStringLiteral("/library.kanbao");
}

bool Library::isOpen() const
{
    return !m_connectionName.isEmpty();
}

bool Library::isReadOnly() const
{
    return m_readOnly;
}

QString Library::path() const
{
    return m_path;
}

int Library::schemaVersion() const
{
    return m_schemaVersion;
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

LibraryError Library::error() const
{
    return m_error;
}

QString Library::errorString() const
{
    return m_errorString;
}

void Library::setError(LibraryError kind, const QString &message)
{
    m_error = kind;
    m_errorString = message;
}

void Library::clearError()
{
    m_error = LibraryError::None;
    m_errorString.clear();
}

bool Library::fail(LibraryError kind, const QString &message)
{
    setError(kind, message);
    return false;
}

QString Library::describe(const QSqlError &error, LibraryError *kind)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString file = displayPath(m_path);
    LibraryError k = LibraryError::QueryFailed;
    QString message;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        k = LibraryError::Locked;
        message = tr("library %1 is locked by another program; try again when it has finished (%2)")
                      .arg(file, detail);
        break;
    case SqliteReadOnly:
        k = LibraryError::ReadOnly;
        message = tr("library %1 is read-only (%2)").arg(file, detail);
        break;
    case SqliteCorrupt:
        k = LibraryError::Damaged;
        message = tr("library %1 is damaged (%2); restore it from a backup or re-import into a new library")
                      .arg(file, detail);
        break;
    case SqliteNotADb:
        k = LibraryError::NotALibrary;
        message = tr("%1 is not a Kanbao library (%2)").arg(file, detail);
        break;
    case SqliteCantOpen:
        k = LibraryError::CannotOpen;
        message = tr("library %1 cannot be opened (%2)").arg(file, detail);
        break;
    case SqliteFull:
        message = tr("library %1: the disk is full (%2)").arg(file, detail);
        break;
    case SqliteIoErr:
        message = tr("library %1: read or write error (%2)").arg(file, detail);
        break;
    default:
        message = tr("library %1: %2").arg(file, detail);
        break;
    }
    setError(k, message);
    if (kind)
        *kind = k;
    return message;
}

// Cheap checks on the file's first 100 bytes, before SQLite sees it: a text file renamed .kanbao and a
// truncated copy get a precise message instead of a failure on some later query.
bool Library::checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(LibraryError::CannotOpen,
                    tr("library %1 cannot be opened: %2").arg(displayPath(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return true; // SQLite treats an empty file as a new database
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return fail(LibraryError::NotALibrary,
                    tr("%1 is not a Kanbao library (it is not an SQLite database)").arg(displayPath(path)));
    if (header.size() < 100)
        return fail(LibraryError::Damaged, tr("library %1 is damaged (the file is truncated)").arg(displayPath(path)));
    const auto be32 = [&](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = be32(28);
    // The in-header size is only trusted when it was written with the current change counter, and when
    // no write-ahead log holds pages still to be copied: a process killed during a checkpoint leaves
    // page 1 (with the new size) written and the file not yet grown, and SQLite completes the checkpoint
    // from the log on the next open (found by tst_killimport).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool pageCountValid = be32(24) == be32(92) && pageCount > 0 && !(wal.exists() && wal.size() > 0);
    if (pageCountValid && qint64(pageCount) * pageSize > size)
        return fail(LibraryError::Damaged,
                    tr("library %1 is damaged (the file is truncated: %2 of %3 bytes)")
                        .arg(displayPath(path))
                        .arg(size)
                        .arg(qint64(pageCount) * pageSize));
    return true;
}

// Runs PRAGMAs (which may fail on a file that is not a database) and reports them as library errors.
bool Library::configureConnection(int busyTimeoutMs)
{
    // A 32 MiB page cache (SQLite's default is 2 MB): a search reads the index's doclists and the result
    // rows' bodies, and with the default cache every query of a big library read them again through the
    // kernel (bench_search: about a fifth of a two-character query's CPU time went to pread and copying).
    // A limit, not an allocation: the cache only grows to what the connection reads.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
                        QStringLiteral("PRAGMA cache_size = -32768")};
    // WAL changes the file; only once it is known to be ours.
    if (!m_readOnly) {
        // 8 KiB pages waste less on article bodies that overflow a page (most of them do at 4 KiB);
        // only a new, still empty file can take it.
        if (m_newFile)
            pragmas.append(QStringLiteral("PRAGMA page_size = 8192"));
        pragmas.append(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    for (const QString &sql : std::as_const(pragmas)) {
        QSqlError error;
        const bool ok = retryWhileBusy(busyTimeoutMs, [&](QSqlError *e) {
            QSqlQuery q(database());
            if (q.exec(sql))
                return true;
            *e = q.lastError();
            return false;
        }, &error);
        if (!ok) {
            describe(error);
            return false;
        }
    }
    return true;
}

// A consistent copy of the library (VACUUM INTO reads one snapshot, WAL included) before a migration
// changes it, so a failed or unwanted upgrade can be undone by hand.
bool Library::backUpBeforeMigration(int fromVersion)
{
    const QString backup = backupPath(m_path, fromVersion);
    if (QFileInfo::exists(backup) && !QFile::remove(backup))
        return fail(LibraryError::UpgradeFailed,
                    tr("library %1 was not upgraded: its backup %2 cannot be replaced")
                        .arg(displayPath(m_path), displayPath(backup)));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(backup);
    if (!q.exec()) {
        const QString reason = q.lastError().text();
        QFile::remove(backup);
        return fail(isBusy(q.lastError()) ? LibraryError::Locked : LibraryError::UpgradeFailed,
                    tr("library %1 was not upgraded: its backup before the upgrade (%2) could not be written: %3")
                        .arg(displayPath(m_path), displayPath(backup), reason));
    }
    return true;
}

bool Library::open(const QString &path, const LibraryOpenOptions &options)
{
    close();
    clearError();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    m_readOnly = options.readOnly || (options.readOnlyWhenNotWritable && info.exists() && !canWrite(m_path));
    m_newFile = !info.exists() || info.size() == 0;
    m_immutable = false;

    if (info.exists()) {
        if (info.isDir())
            return fail(LibraryError::NotALibrary, tr("%1 is a folder, not a Kanbao library").arg(displayPath(m_path)));
        if (!checkHeader(m_path))
            return false;
        // An empty file becomes a library only when creating one was asked for (an import), never by a
        // command that only reads.
        if (info.size() == 0 && (m_readOnly || !options.create))
            return fail(LibraryError::NotALibrary,
                        tr("%1 is an empty file, not a Kanbao library yet; import page files into it to create one")
                            .arg(displayPath(m_path)));
        if (!m_readOnly && !writableByUs(m_path))
            return fail(LibraryError::ReadOnly,
                        tr("library %1 is read-only; open it read-only or check its permissions")
                            .arg(displayPath(m_path)));
        if (!m_readOnly && !writableByUs(info.absolutePath()))
            return fail(LibraryError::ReadOnly,
                        tr("library %1 is in a read-only folder (%2), where its journal cannot be written; open "
                           "it read-only or check the folder's permissions")
                            .arg(displayPath(m_path), displayPath(info.absolutePath())));
        // Read-only and nobody may write here: SQLite would try to create the -wal and -shm files (and fail
        // in a read-only folder, or leave them with the library's read-only mode, so that writes fail even
        // after a chmod). With no pending WAL content the file is all there is: open it immutable.
        if (m_readOnly && !canWrite(m_path)) {
            const QFileInfo wal(m_path + QStringLiteral("-wal"));
            m_immutable = !wal.exists() || wal.size() == 0;
        }
    } else {
        if (m_readOnly || !options.create)
            return fail(LibraryError::NotFound, tr("library %1 does not exist").arg(displayPath(m_path)));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(LibraryError::CannotOpen,
                        tr("cannot create the folder for library %1").arg(displayPath(m_path)));
    }

    m_connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (m_readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (m_immutable) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
            db.setDatabaseName(QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(m_path, "/"))
                               + QStringLiteral("?immutable=1"));
        } else {
            db.setDatabaseName(m_path);
        }
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            const QString reason = db.lastError().text();
            close();
            return fail(LibraryError::CannotOpen, tr("library %1 cannot be opened: %2").arg(displayPath(m_path), reason));
        }
    }
    QString message;
    const auto bail = [this]() {
        const LibraryError kind = m_error;
        const QString text = m_errorString;
        close();
        setError(kind, text);
        return false;
    };

    const int target = options.upgradeTo < 0 ? schema::latestVersion()
                                             : std::min(options.upgradeTo, schema::latestVersion());
    int version = 0;
    {
        int applicationId = 0;
        int objects = 0;
        QSqlError error;
        const bool read = retryWhileBusy(options.busyTimeoutMs, [&](QSqlError *e) {
            QSqlQuery q(database());
            if (q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                                      " (SELECT application_id FROM pragma_application_id),"
                                      " (SELECT count(*) FROM sqlite_master)"))
                && q.next()) {
                version = q.value(0).toInt();
                applicationId = q.value(1).toInt();
                objects = q.value(2).toInt();
                return true;
            }
            *e = q.lastError();
            return false;
        }, &error);
        if (!read) {
            describe(error);
            return bail();
        }
        const bool ours = applicationId == schema::ApplicationId;
        if ((version == 0 && (objects > 0 || applicationId != 0)) || (version > 0 && !ours))
            setError(LibraryError::NotALibrary,
                     tr("%1 is not a Kanbao library (it is another program's SQLite database)").arg(displayPath(m_path)));
        else if (version > schema::latestVersion())
            setError(LibraryError::NewerVersion,
                     tr("library %1 was written by a newer version of Kanbao (schema version %2; this version knows "
                        "up to %3). Update Kanbao to open it.")
                         .arg(displayPath(m_path))
                         .arg(version)
                         .arg(schema::latestVersion()));
        else if (version < target && m_readOnly)
            setError(LibraryError::ReadOnly,
                     tr("library %1 needs an upgrade (schema version %2 to %3) but is opened read-only")
                         .arg(displayPath(m_path))
                         .arg(version)
                         .arg(target));
    }
    if (m_error != LibraryError::None || !configureConnection(options.busyTimeoutMs))
        return bail();
    {
        QSqlDatabase db = database();
        if (!registerFullTextTokenizer(db, &message)) {
            setError(LibraryError::QueryFailed,
                     tr("library %1: cannot set up the full-text index: %2").arg(displayPath(m_path), message));
        } else if (version < target) {
            // A library with content is copied before its schema changes (a new, empty one is not).
            if (version > 0 && !backUpBeforeMigration(version))
                return bail();
            // Migration steps check the version again under the write lock, so a step another process
            // completed meanwhile is skipped: retrying after a busy failure is safe.
            QDeadlineTimer deadline(std::max(0, options.busyTimeoutMs));
            int pause = 5;
            bool migrated = false;
            for (;;) {
                message.clear();
                migrated = schema::migrate(db, version, &message, target);
                if (migrated || !message.contains(QLatin1String("locked")) || deadline.hasExpired())
                    break;
                QThread::msleep(ulong(pause));
                pause = std::min(pause * 2, 100);
            }
            if (!migrated) {
                QSqlQuery probe(db);
                probe.exec(QStringLiteral("PRAGMA user_version"));
                const int reached = probe.next() ? probe.value(0).toInt() : version;
                // SQLite says "database is locked" for SQLITE_BUSY.
                setError(message.contains(QLatin1String("locked")) ? LibraryError::Locked
                                                                   : LibraryError::UpgradeFailed,
                         tr("library %1 could not be upgraded (it stays at version %2): %3")
                             .arg(displayPath(m_path))
                             .arg(reached)
                             .arg(message));
            }
        }
    }
    if (m_error != LibraryError::None)
        return bail();
    m_schemaVersion = std::max(version, target);
    return true;
}

std::function<void()> Library::interrupter() const
{
    if (!isOpen())
        return {};
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return {};
    return [connection] { sqlite3_interrupt(connection); };
}

void Library::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaVersion = 0;
}

bool Library::beginWrite()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        describe(q.lastError());
        return false;
    }
    return true;
}

bool Library::commit()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        describe(q.lastError());
        rollback();
        return false;
    }
    return true;
}

void Library::rollback()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace kanbao
