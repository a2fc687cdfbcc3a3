#include "library/searchlists.h"

#include "library/query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kanbao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::SearchLists", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The newest article id: new hits of a saved search are the matches above the id it was last opened at.
qint64 newestArticleId(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM articles")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool SavedSearches::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<qint64> SavedSearches::save(const QString &name, const QString &query)
{
    m_error.clear();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("A saved search needs a name."));
        return std::nullopt;
    }
    const ParsedQuery parsed = parseQuery(query);
    if (!parsed.ok()) {
        fail(parsed.error);
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO saved_searches(name, query, created_at, opened_at, seen_up_to) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET query = excluded.query"));
    const QString stamp = now();
    q.addBindValue(trimmed);
    q.addBindValue(query);
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    q.addBindValue(newestArticleId(m_db));
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    const std::optional<SavedSearch> saved = byName(trimmed);
    return saved ? std::optional<qint64>(saved->id) : std::nullopt;
}

QList<SavedSearch> SavedSearches::list(bool count)
{
    m_error.clear();
    QList<SavedSearch> out;
    QList<qint64> seen;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, query, opened_at, seen_up_to FROM saved_searches ORDER BY name"))) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next()) {
        SavedSearch s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.query = q.value(2).toString();
        s.lastOpened = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        out.append(s);
        seen << q.value(4).toLongLong();
    }
    if (!count)
        return out;
    for (qsizetype k = 0; k < out.size(); ++k) {
        SearchRequest request;
        request.query = out[k].query;
        request.limit = 1;
        const SearchResults all = search(m_db, request);
        if (!all.error.isEmpty())
            continue; // a query saved by an older parser: shown, uncounted
        out[k].total = all.total;
        request.afterArticleId = seen.at(k);
        out[k].newHits = search(m_db, request).total;
    }
    return out;
}

std::optional<SavedSearch> SavedSearches::byName(const QString &name)
{
    const QList<SavedSearch> all = list(false);
    for (const SavedSearch &s : all)
        if (s.name == name.trimmed())
            return s;
    return std::nullopt;
}

bool SavedSearches::markOpened(qint64 id)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE saved_searches SET opened_at = ?, seen_up_to = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(newestArticleId(m_db));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1 || fail(tr("There is no such saved search."));
}

bool SavedSearches::remove(qint64 id)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1 || fail(tr("There is no such saved search."));
}

bool Collections::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<qint64> Collections::create(const QString &name)
{
    m_error.clear();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("A collection needs a name."));
        return std::nullopt;
    }
    if (const std::optional<Collection> existing = byName(trimmed))
        return existing->id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO collections(name, created_at) VALUES (?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(now());
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

QList<Collection> Collections::list()
{
    m_error.clear();
    QList<Collection> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT c.id, c.name, (SELECT count(*) FROM collection_articles ca WHERE "
                               "ca.collection_id = c.id) FROM collections c ORDER BY c.name"))) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

std::optional<Collection> Collections::byName(const QString &name)
{
    for (const Collection &c : list())
        if (c.name == name.trimmed())
            return c;
    return std::nullopt;
}

bool Collections::add(qint64 collectionId, const QList<qint64> &articleIds)
{
    m_error.clear();
    QStringList missing;
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    for (qint64 id : articleIds) {
        exists.addBindValue(id);
        if (!exists.exec())
            return fail(exists.lastError().text());
        if (!exists.next())
            missing << QString::number(id);
    }
    if (!missing.isEmpty())
        return fail(tr("No article with the id %1.").arg(missing.join(QStringLiteral(", "))));
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO collection_articles(collection_id, article_id, added_at) "
                             "VALUES (?, ?, ?)"));
    const QString stamp = now();
    for (qint64 id : articleIds) {
        q.addBindValue(collectionId);
        q.addBindValue(id);
        q.addBindValue(stamp);
        if (!q.exec()) {
            m_db.rollback();
            return fail(q.lastError().text());
        }
    }
    return m_db.commit() || fail(m_db.lastError().text());
}

bool Collections::removeArticles(qint64 collectionId, const QList<qint64> &articleIds)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM collection_articles WHERE collection_id = ? AND article_id = ?"));
    for (qint64 id : articleIds) {
        q.addBindValue(collectionId);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return true;
}

bool Collections::rename(qint64 collectionId, const QString &name)
{
    m_error.clear();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("A collection needs a name."));
    if (const std::optional<Collection> existing = byName(trimmed); existing && existing->id != collectionId)
        return fail(tr("There is already a collection named \"%1\".").arg(trimmed));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE collections SET name = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(collectionId);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1 || fail(tr("There is no such collection."));
}

bool Collections::remove(qint64 collectionId)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM collections WHERE id = ?"));
    q.addBindValue(collectionId);
    if (!q.exec())
        return fail(q.lastError().text());
    return q.numRowsAffected() == 1 || fail(tr("There is no such collection."));
}

QList<qint64> Collections::articles(qint64 collectionId)
{
    m_error.clear();
    QList<qint64> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ca.article_id FROM collection_articles ca JOIN articles a ON a.id = "
                             "ca.article_id JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id "
                             "WHERE ca.collection_id = ? ORDER BY i.date, a.id"));
    q.addBindValue(collectionId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

bool exportArticleTexts(QSqlDatabase &db, const QList<qint64> &articleIds, TextExportFormat format, QIODevice *out,
                        QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.id, i.date, pa.name, p.label, coalesce(a.headline, ''), a.reporters, "
                             "a.correspondents, a.authors, a.body FROM articles a JOIN pages p ON p.id = a.page_id "
                             "JOIN issues i ON i.id = p.issue_id JOIN papers pa ON pa.id = i.paper_id WHERE a.id = ?"));
    const auto names = [](const QVariant &json) {
        QStringList list;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.toString().toUtf8()).array())
            list << v.toString();
        return list;
    };
    const auto write = [&](const QByteArray &bytes) {
        if (out->write(bytes) == bytes.size())
            return true;
        *error = out->errorString();
        return false;
    };
    if (format == TextExportFormat::Csv && !write("id,date,paper,page,headline,byline,body\n"))
        return false;
    for (qint64 id : articleIds) {
        q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (!q.next())
            continue;
        const QStringList byline = names(q.value(5)) + names(q.value(6)) + names(q.value(7));
        if (format == TextExportFormat::Csv) {
            const QStringList fields{QString::number(id),          q.value(1).toString(),
                                     csvField(q.value(2).toString()), csvField(q.value(3).toString()),
                                     csvField(q.value(4).toString()), csvField(byline.join(QStringLiteral("、"))),
                                     csvField(q.value(8).toString())};
            if (!write(fields.join(QLatin1Char(',')).toUtf8() + '\n'))
                return false;
        } else {
            const QJsonObject o{{QStringLiteral("id"), id},
                                {QStringLiteral("date"), q.value(1).toString()},
                                {QStringLiteral("paper"), q.value(2).toString()},
                                {QStringLiteral("page"), q.value(3).toString()},
                                {QStringLiteral("headline"), q.value(4).toString()},
                                {QStringLiteral("byline"), QJsonArray::fromStringList(byline)},
                                {QStringLiteral("body"), q.value(8).toString()}};
            if (!write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n'))
                return false;
        }
    }
    return true;
}

} // namespace kanbao
