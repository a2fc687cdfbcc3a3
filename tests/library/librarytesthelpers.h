#pragma once

// Small helpers shared by the library tests: raw SQL for checking what the store wrote (tests may read
// the tables directly; the code under test may not be bypassed for writes except to plant data).

#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

namespace kanbao::testing {

inline QVariant scalar(Library &library, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(library.database());
    if (!q.prepare(sql)) {
        qWarning("prepare failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

inline int count(Library &library, const QString &table, const QString &where = QString(),
                 const QVariantList &values = {})
{
    return scalar(library,
                  QStringLiteral("SELECT count(*) FROM %1%2")
                      .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                  values)
        .toInt();
}

inline bool exec(Library &library, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(library.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("exec failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString samplePath(const QString &prefix)
{
    const QDir dir(QStringLiteral(KANBAO_SAMPLES_DIR));
    const QStringList names = dir.entryList({prefix + QStringLiteral("*")}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

// "ok" from PRAGMA integrity_check, no foreign key violations, and a consistent full-text index; with
// `compareWithContent`, an index that matches the articles table token for token (only true for
// libraries indexed by this very build: a tokenizer change makes older indexes differ).
inline QString checkConsistency(Library &library, bool compareWithContent = true)
{
    const QString integrity = scalar(library, QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1String("ok"))
        return QStringLiteral("integrity_check: ") + integrity;
    QSqlQuery fk(library.database());
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fk.lastError().text();
    if (fk.next())
        return QStringLiteral("foreign key violation in ") + fk.value(0).toString();
    QSqlQuery fts(library.database());
    if (!fts.exec(QStringLiteral("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', %1)")
                      .arg(compareWithContent ? 1 : 0)))
        return QStringLiteral("article_fts: ") + fts.lastError().text();
    return QString();
}

} // namespace kanbao::testing
