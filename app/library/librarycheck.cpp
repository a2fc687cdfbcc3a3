#include "library/librarycheck.h"

#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>
#include <optional>
#include <tuple>

namespace kanbao {

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The full-text index and its shadow tables are rebuilt from the articles, never copied.
bool isFullTextTable(const QString &name)
{
    return name == QLatin1String("article_fts") || name.startsWith(QLatin1String("article_fts_"));
}

QHash<int, QString> objectsByRootPage(QSqlDatabase db)
{
    QHash<int, QString> names;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT rootpage, name FROM sqlite_master WHERE rootpage > 0"))) {
        while (q.next())
            names.insert(q.value(0).toInt(), q.value(1).toString());
    }
    return names;
}

QStringList columnsOf(QSqlDatabase db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
        while (q.next())
            columns.append(q.value(1).toString());
    }
    return columns;
}

QStringList tablesOf(QSqlDatabase db)
{
    QStringList tables;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                              " ORDER BY rootpage"))) {
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (!isFullTextTable(name))
                tables.append(name);
        }
    }
    return tables;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

bool execOn(QSqlDatabase db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

LibraryCheckReport LibraryChecker::quickCheck(Library &library)
{
    return runChecks(library, false, false);
}

LibraryCheckReport LibraryChecker::check(Library &library, bool full)
{
    return runChecks(library, full, true);
}

LibraryCheckReport LibraryChecker::runChecks(Library &library, bool full, bool references)
{
    LibraryCheckReport report;
    QSqlDatabase db = library.database();
    const QHash<int, QString> roots = objectsByRootPage(db);
    QSet<QString> damaged;

    // 1. Pages, records and (full) indexes.
    {
        QSqlQuery q(db);
        if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check(200)") : QStringLiteral("PRAGMA quick_check(200)"))) {
            report.integrityOk = false;
            report.problems.append(tr("the integrity check itself fails: %1").arg(q.lastError().text()));
        } else {
            static const QRegularExpression tree(QStringLiteral("Tree (\\d+) page"));
            static const QRegularExpression index(QStringLiteral("(?:from|in) index (\\S+)"));
            QStringList lines;
            while (q.next())
                lines.append(q.value(0).toString());
            if (q.lastError().isValid()) {
                report.integrityOk = false;
                report.problems.append(tr("the integrity check stopped: %1").arg(q.lastError().text()));
            }
            if (!(lines.size() == 1 && lines.first() == QLatin1String("ok"))) {
                report.integrityOk = false;
                for (const QString &line : std::as_const(lines)) {
                    const QRegularExpressionMatch t = tree.match(line);
                    if (t.hasMatch())
                        damaged.insert(roots.value(t.captured(1).toInt(), tr("page tree %1").arg(t.captured(1))));
                    const QRegularExpressionMatch i = index.match(line);
                    if (i.hasMatch())
                        damaged.insert(i.captured(1));
                    report.problems.append(line);
                }
            }
        }
    }

    // Which tables are damaged, when the check's messages do not say (a page that is not a b-tree page
    // any more only gives its number): read each table whole, its long values included.
    if (!report.integrityOk) {
        QSqlQuery tables(db);
        QStringList names;
        if (tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"))) {
            while (tables.next())
                names.append(tables.value(0).toString());
        }
        tables.finish();
        for (const QString &table : std::as_const(names)) {
            QStringList lengths;
            for (const QString &column : columnsOf(db, table))
                lengths.append(QStringLiteral("coalesce(length(%1), 0)").arg(quoted(column)));
            QSqlQuery probe(db);
            const QString sql = QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED WHERE %2 >= 0")
                                    .arg(quoted(table), lengths.isEmpty() ? QStringLiteral("1") : lengths.join(QLatin1Char('+')));
            if (!probe.exec(sql) || !probe.next()) {
                damaged.insert(table);
                report.problems.append(tr("table %1 cannot be read whole: %2").arg(table, probe.lastError().text()));
            }
        }
    }

    // 2. References between tables.
    if (references) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            QHash<QString, int> violations;
            while (q.next())
                ++violations[q.value(0).toString()];
            for (auto it = violations.cbegin(); it != violations.cend(); ++it) {
                report.foreignKeysOk = false;
                damaged.insert(it.key());
                report.problems.append(tr("%n row(s) of %1 refer to rows that do not exist", nullptr, it.value())
                                           .arg(it.key()));
            }
        } else {
            report.foreignKeysOk = false;
            report.problems.append(tr("the reference check fails: %1").arg(q.lastError().text()));
        }
    }

    // 3. The full-text index against the articles (FTS5 takes the check as an INSERT: not on a read-only
    // connection).
    if (references && !library.isReadOnly()) {
        report.fullTextChecked = true;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)"))) {
            report.fullTextOk = false;
            damaged.insert(QStringLiteral("article_fts"));
            report.problems.append(tr("the full-text index does not match the articles: %1").arg(q.lastError().text()));
        }
    }

    report.damagedTables = QStringList(damaged.cbegin(), damaged.cend());
    report.damagedTables.sort();
    report.ok = report.integrityOk && report.foreignKeysOk && report.fullTextOk;
    return report;
}

QString LibraryChecker::defaultRecoveredPath(const QString &libraryPath)
{
    QString base = QFileInfo(libraryPath).absoluteFilePath();
    if (base.endsWith(QLatin1String(".kanbao")))
        base.chop(7);
    return base + QStringLiteral(".recovered.kanbao");
}

namespace {

// Copies every readable row of `table` from `from` into `to` (columns both have). A read that fails on a
// damaged page is resumed past it: the first readable rowid after the failure is searched by doubling
// steps, and the skipped rowid range is reported.
LibraryRepairReport::Table copyTable(QSqlDatabase from, QSqlDatabase to, const QString &table, QString *error)
{
    LibraryRepairReport::Table result;
    result.name = table;
    const QStringList oldColumns = columnsOf(from, table);
    const QStringList newColumns = columnsOf(to, table);
    QStringList columns;
    for (const QString &c : oldColumns) {
        if (newColumns.contains(c))
            columns.append(c);
    }
    if (columns.isEmpty())
        return result;
    QStringList quotedColumns;
    for (const QString &c : std::as_const(columns))
        quotedColumns.append(quoted(c));
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1(%2) VALUES(%3)")
                            .arg(quoted(table), quotedColumns.join(QLatin1Char(',')),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))))) {
        *error = insert.lastError().text();
        return result;
    }
    const QString select = QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid")
                               .arg(quotedColumns.join(QLatin1Char(',')), quoted(table));
    qint64 last = std::numeric_limits<qint64>::min();
    for (;;) {
        QSqlQuery q(from);
        q.setForwardOnly(true);
        q.prepare(select);
        q.addBindValue(last);
        bool failed = !q.exec();
        while (!failed && q.next()) {
            last = q.value(0).toLongLong();
            for (int i = 0; i < columns.size(); ++i)
                insert.addBindValue(q.value(i + 1));
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return result;
            }
            ++result.recovered;
        }
        if (!failed && !q.lastError().isValid())
            break; // the end of the table
        // Unreadable from just after `last`: find the next rowid that can be read.
        const qint64 from0 = last == std::numeric_limits<qint64>::min() ? 0 : last;
        qint64 step = 1;
        std::optional<qint64> resume;
        bool end = false;
        while (step < (qint64(1) << 48)) {
            QSqlQuery probe(from);
            probe.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE rowid > ? ORDER BY rowid LIMIT 1").arg(quoted(table)));
            probe.addBindValue(from0 + step);
            if (probe.exec()) {
                if (probe.next())
                    resume = probe.value(0).toLongLong();
                else if (!probe.lastError().isValid())
                    end = true;
                if (resume || end)
                    break;
            }
            step *= 2;
        }
        result.lostRanges.append(resume ? QStringLiteral("rowid %1–%2").arg(from0 + 1).arg(*resume - 1)
                                        : QStringLiteral("rowid %1–").arg(from0 + 1));
        if (!resume)
            break;
        last = *resume - 1;
    }
    QSqlQuery count(from);
    if (count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table))) && count.next())
        result.lost = std::max<qint64>(0, count.value(0).toLongLong() - result.recovered);
    return result;
}

// Rows whose parent was lost: SET NULL references are cleared (an annotation becomes an orphan, kept),
// others are dropped. Returns dropped rows per table.
QHash<QString, qint64> settleReferences(QSqlDatabase db)
{
    QHash<QString, qint64> dropped;
    for (int round = 0; round < 10; ++round) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            break;
        QList<std::tuple<QString, qint64, int>> violations;
        while (q.next())
            violations.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(3).toInt()});
        q.finish();
        if (violations.isEmpty())
            break;
        for (const auto &[table, rowid, fkid] : std::as_const(violations)) {
            QSqlQuery fk(db);
            QString column, onDelete;
            if (fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)))) {
                while (fk.next()) {
                    if (fk.value(0).toInt() == fkid) {
                        column = fk.value(3).toString();
                        onDelete = fk.value(6).toString();
                    }
                }
            }
            if (onDelete.compare(QLatin1String("SET NULL"), Qt::CaseInsensitive) == 0 && !column.isEmpty()) {
                execOn(db, QStringLiteral("UPDATE %1 SET %2 = NULL WHERE rowid = %3").arg(quoted(table), quoted(column)).arg(rowid));
            } else {
                execOn(db, QStringLiteral("DELETE FROM %1 WHERE rowid = %2").arg(quoted(table)).arg(rowid));
                ++dropped[table];
            }
        }
    }
    return dropped;
}

} // namespace

LibraryRepairReport LibraryChecker::repair(Library &library, const QString &recoveredPath)
{
    LibraryRepairReport report;
    if (library.isReadOnly()) {
        report.error = tr("library %1 is open read-only; a repair writes").arg(displayPath(library.path()));
        return report;
    }
    const LibraryCheckReport before = check(library, true);
    if (before.ok) {
        report.ok = true;
        report.messages.append(tr("library %1 passes every check; nothing to repair").arg(displayPath(library.path())));
        return report;
    }
    QSqlDatabase db = library.database();

    // 1. Tables intact, indexes or the full-text index wrong: rebuild them in place, after a copy.
    QStringList tables = tablesOf(db);
    bool onlyIndexes = before.foreignKeysOk;
    for (const QString &name : before.damagedTables) {
        if (tables.contains(name) || name.startsWith(tr("page tree")))
            onlyIndexes = false;
    }
    if (before.integrityOk || onlyIndexes) {
        const QString backup = library.path() + QStringLiteral(".before-repair");
        QFile::remove(backup);
        QSqlQuery copy(db);
        copy.prepare(QStringLiteral("VACUUM INTO ?"));
        copy.addBindValue(backup);
        if (copy.exec())
            report.messages.append(tr("a copy of the library before the repair: %1").arg(displayPath(backup)));
        QString error;
        if (library.beginWrite()) {
            const bool ok = execOn(db, QStringLiteral("REINDEX"), &error)
                && execOn(db, QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('rebuild')"), &error);
            if (ok && library.commit()) {
                const LibraryCheckReport after = check(library, true);
                if (after.ok) {
                    report.ok = true;
                    report.rebuiltInPlace = true;
                    report.messages.append(tr("indexes and the full-text index rebuilt; no rows lost"));
                    return report;
                }
            } else {
                library.rollback();
            }
        }
        report.messages.append(tr("rebuilding the indexes did not repair the library%1; recovering the rows")
                                   .arg(error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')')));
    }

    // 2. Copy what can be read into a new library.
    const QString target = recoveredPath.isEmpty() ? defaultRecoveredPath(library.path()) : recoveredPath;
    report.recoveredPath = target;
    if (QFileInfo::exists(target)) {
        report.error = tr("%1 already exists; remove it or name another file for the recovered library")
                           .arg(displayPath(target));
        return report;
    }
    Library recovered;
    if (!recovered.open(target)) {
        report.error = recovered.errorString();
        return report;
    }
    QSqlDatabase out = recovered.database();
    execOn(out, QStringLiteral("PRAGMA foreign_keys = OFF"));
    if (!recovered.beginWrite()) {
        report.error = recovered.errorString();
        return report;
    }
    if (tables.isEmpty())
        tables = tablesOf(out); // the schema itself is unreadable: try the tables a library has
    for (const QString &table : std::as_const(tables)) {
        if (table == QLatin1String("sqlite_sequence"))
            continue;
        QString error;
        const LibraryRepairReport::Table t = copyTable(db, out, table, &error);
        if (!error.isEmpty()) {
            recovered.rollback();
            report.error = tr("writing the recovered library %1 failed: %2").arg(displayPath(target), error);
            return report;
        }
        report.tables.append(t);
    }
    // AUTOINCREMENT counters never go back (an article id once shown stays unique).
    {
        QSqlQuery seq(db);
        if (seq.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence"))) {
            while (seq.next()) {
                QSqlQuery set(out);
                set.prepare(QStringLiteral("INSERT OR REPLACE INTO sqlite_sequence(name, seq) VALUES(?, max(?,"
                                           " coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0)))"));
                set.addBindValue(seq.value(0));
                set.addBindValue(seq.value(1));
                set.addBindValue(seq.value(0));
                set.exec();
            }
        }
    }
    const QHash<QString, qint64> dropped = settleReferences(out);
    for (LibraryRepairReport::Table &t : report.tables) {
        t.recovered -= dropped.value(t.name);
        t.lost += dropped.value(t.name);
    }
    QString error;
    if (!execOn(out, QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('rebuild')"), &error)
        || !recovered.commit()) {
        recovered.rollback();
        report.error = tr("writing the recovered library %1 failed: %2")
                           .arg(displayPath(target), error.isEmpty() ? recovered.errorString() : error);
        return report;
    }
    execOn(out, QStringLiteral("PRAGMA foreign_keys = ON"));
    const LibraryCheckReport after = check(recovered, true);
    report.ok = after.ok;
    if (!after.ok)
        report.messages.append(tr("the recovered library still fails the check: %1").arg(after.problems.join(QStringLiteral("; "))));
    report.messages.append(tr("rows recovered into %1; the damaged library %2 is left as it was")
                               .arg(displayPath(target), displayPath(library.path())));
    return report;
}

} // namespace kanbao
