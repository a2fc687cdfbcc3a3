#include "library/articlecolumns.h"

#include <QMutex>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace kanbao {

namespace {

sqlite3 *handleOf(QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError errorOf(sqlite3 *db)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_errcode(db)));
}

// A prepared statement stepped directly: QSqlQuery costs a QVariant per value, which for the 300,000
// ids of a common word is most of the time.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql, const QVariantList &binds = {})
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
            m_failed = true;
            return;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            int rc = SQLITE_OK;
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default:
                if (v.isNull()) {
                    rc = sqlite3_bind_null(m_stmt, i + 1);
                } else {
                    const QByteArray text = v.toString().toUtf8();
                    rc = sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                }
            }
            if (rc != SQLITE_OK) {
                m_failed = true;
                return;
            }
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    // Without a copy: valid until the next step.
    QByteArray blob(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return data ? QByteArray::fromRawData(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // True with a row; false at the end or on an error (failed() tells which).
    bool next()
    {
        if (m_failed)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_failed = rc != SQLITE_DONE;
        return false;
    }
    bool failed() const { return m_failed; }
    QSqlError error() const { return errorOf(m_db); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QByteArray bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return text ? QByteArray(text, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// Strings to small indexes, in order of first appearance.
class Dictionary
{
public:
    quint32 indexOf(const QByteArray &utf8)
    {
        const auto it = m_index.constFind(utf8);
        if (it != m_index.cend())
            return it.value();
        const auto index = quint32(m_values.size());
        m_index.insert(utf8, index);
        m_values << QString::fromUtf8(utf8);
        return index;
    }
    QStringList values() const { return m_values; }

private:
    QHash<QByteArray, quint32> m_index;
    QStringList m_values;
};

// Article -> values as compressed rows, from (article id, value index) pairs; each value once per article.
void compress(std::vector<std::pair<quint32, quint32>> pairs, size_t articleSlots, std::vector<quint32> *start,
              std::vector<quint32> *values)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    start->assign(articleSlots + 1, 0);
    values->clear();
    values->reserve(pairs.size());
    size_t k = 0;
    for (size_t article = 0; article < articleSlots; ++article) {
        (*start)[article] = quint32(values->size());
        for (; k < pairs.size() && pairs[k].first == article; ++k)
            values->push_back(pairs[k].second);
    }
    (*start)[articleSlots] = quint32(values->size());
}

std::shared_ptr<const ArticleColumns> loadColumns(sqlite3 *db, bool withLinks, QSqlError *error)
{
    auto columns = std::make_shared<ArticleColumns>();
    const auto fail = [&](const Statement &s) {
        *error = s.error();
        return nullptr;
    };
    qint64 maxId = 0, maxPage = 0;
    {
        Statement s(db, QStringLiteral("SELECT (SELECT max(id) FROM articles), (SELECT max(id) FROM pages)"));
        if (!s.next())
            return fail(s);
        maxId = s.integer(0);
        maxPage = s.integer(1);
    }
    // Ids far beyond the article count would make the arrays huge; such a library takes the joins.
    if (maxId < 0 || maxPage < 0 || maxId > 50'000'000 || maxPage > 50'000'000) {
        *error = QSqlError(QString(), QStringLiteral("article ids out of range"), QSqlError::UnknownError);
        return nullptr;
    }
    QHash<qint64, quint32> paperIndex;
    {
        Statement s(db, QStringLiteral("SELECT id, name FROM papers ORDER BY id"));
        while (s.next()) {
            paperIndex.insert(s.integer(0), quint32(columns->papers.size()));
            columns->papers << QString::fromUtf8(s.bytes(1));
        }
        if (s.failed())
            return fail(s);
    }
    // Per page first (an issue has many pages, a page many articles), then per article.
    struct PageColumns
    {
        quint32 date = ArticleColumns::None, paper = ArticleColumns::None, label = 0, section = 0;
    };
    std::vector<PageColumns> pages(size_t(maxPage) + 1);
    Dictionary dates, labels, sections;
    labels.indexOf(QByteArray());
    sections.indexOf(QByteArray());
    {
        Statement s(db, QStringLiteral("SELECT p.id, i.date, i.paper_id, coalesce(p.label, ''), "
                                       "coalesce(p.section, '') FROM pages p JOIN issues i ON i.id = p.issue_id"));
        while (s.next()) {
            const qint64 id = s.integer(0);
            if (id < 0 || id > maxPage)
                continue;
            PageColumns &page = pages[size_t(id)];
            page.date = dates.indexOf(s.bytes(1));
            page.paper = paperIndex.value(s.integer(2), ArticleColumns::None);
            page.label = labels.indexOf(s.bytes(3));
            page.section = sections.indexOf(s.bytes(4));
        }
        if (s.failed())
            return fail(s);
    }
    const size_t idSlots = size_t(maxId) + 1;
    columns->date.assign(idSlots, ArticleColumns::None);
    columns->paper.assign(idSlots, ArticleColumns::None);
    columns->label.assign(idSlots, ArticleColumns::None);
    columns->section.assign(idSlots, ArticleColumns::None);
    {
        // Read from the (page_id, seq) index, which holds both: the table's rows carry the bodies.
        Statement s(db, QStringLiteral("SELECT id, page_id FROM articles"));
        while (s.next()) {
            const qint64 id = s.integer(0), page = s.integer(1);
            if (id < 0 || id > maxId || page < 0 || page > maxPage || pages[size_t(page)].date == ArticleColumns::None)
                continue;
            const PageColumns &p = pages[size_t(page)];
            columns->date[size_t(id)] = p.date;
            columns->paper[size_t(id)] = p.paper;
            columns->label[size_t(id)] = p.label;
            columns->section[size_t(id)] = p.section;
            ++columns->articles;
        }
        if (s.failed())
            return fail(s);
    }
    columns->dates = dates.values();
    columns->labels = labels.values();
    columns->sections = sections.values();

    const auto links = [&](const QString &namesSql, const QString &pairsSql, QStringList *names,
                           std::vector<quint32> *start, std::vector<quint32> *values) {
        QHash<qint64, quint32> index;
        Statement n(db, namesSql);
        while (n.next()) {
            index.insert(n.integer(0), quint32(names->size()));
            *names << QString::fromUtf8(n.bytes(1));
        }
        if (n.failed()) {
            *error = n.error();
            return false;
        }
        std::vector<std::pair<quint32, quint32>> pairs;
        Statement s(db, pairsSql);
        while (s.next()) {
            const qint64 article = s.integer(0);
            const auto it = index.constFind(s.integer(1));
            if (article >= 0 && article <= maxId && it != index.cend())
                pairs.emplace_back(quint32(article), it.value());
        }
        if (s.failed()) {
            *error = s.error();
            return false;
        }
        compress(std::move(pairs), idSlots, start, values);
        return true;
    };
    if (!withLinks)
        return columns;
    columns->hasLinks = true;
    if (!links(QStringLiteral("SELECT id, name FROM entities WHERE type = 'person'"),
               QStringLiteral("SELECT m.article_id, m.entity_id FROM mentions m JOIN entities e ON e.id = "
                              "m.entity_id WHERE e.type = 'person'"),
               &columns->personNames, &columns->peopleStart, &columns->people))
        return nullptr;
    if (!links(QStringLiteral("SELECT id, name FROM tags"), QStringLiteral("SELECT article_id, tag_id FROM article_tags"),
               &columns->tagNames, &columns->tagStart, &columns->tags))
        return nullptr;
    return columns;
}

// The caches by connection. An entry goes when its connection closes: SQLite calls the destructor of a
// function registered on the connection then (sqlite3_set_clientdata needs SQLite 3.44).
QMutex cachesMutex;
std::unordered_map<void *, SearchCache *> caches;

void dropCache(void *p)
{
    auto *cache = static_cast<SearchCache *>(p);
    const QMutexLocker lock(&cachesMutex);
    for (auto it = caches.begin(); it != caches.end(); ++it) {
        if (it->second == cache) {
            caches.erase(it);
            break;
        }
    }
    delete cache;
}

void noop(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_null(context);
}

// kanbao_collect_ids(id): every id of the group as one blob of native qint64s.
void collectIds(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    auto **ids = static_cast<std::vector<qint64> **>(sqlite3_aggregate_context(context, sizeof(void *)));
    if (!ids || argc != 1)
        return;
    if (!*ids)
        *ids = new std::vector<qint64>;
    (*ids)->push_back(sqlite3_value_int64(argv[0]));
}

void collectIdsFinal(sqlite3_context *context)
{
    auto **ids = static_cast<std::vector<qint64> **>(sqlite3_aggregate_context(context, 0));
    if (!ids || !*ids) {
        sqlite3_result_zeroblob(context, 0);
        return;
    }
    sqlite3_result_blob64(context, (*ids)->data(), (*ids)->size() * sizeof(qint64), SQLITE_TRANSIENT);
    delete *ids;
    *ids = nullptr;
}

QString keyOf(const QString &sql, const QVariantList &binds)
{
    QString key = sql;
    for (const QVariant &v : binds) {
        key += QChar(0x1f);
        key += QString::number(v.typeId());
        key += QChar(0x1e);
        key += v.toString();
    }
    return key;
}

// A handful of result sets: what one search asks for again within a second, not a history.
constexpr int CachedIdSets = 6;
// Beyond this many ids a set is not kept: it would take more memory than it saves time.
constexpr size_t MaxCachedIds = 2'000'000;

} // namespace

SearchCache::SearchCache(void *connection)
    : m_connection(connection)
{
}

SearchCache *SearchCache::of(QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return nullptr;
    const QMutexLocker lock(&cachesMutex);
    if (const auto it = caches.find(handle); it != caches.end())
        return it->second;
    auto *cache = new SearchCache(handle);
    if (sqlite3_create_function_v2(handle, "kanbao_search_cache", 0, SQLITE_UTF8, cache, noop, nullptr, nullptr,
                                   dropCache) != SQLITE_OK) {
        // create_function_v2 calls the destructor itself when it fails.
        return nullptr;
    }
    if (sqlite3_create_function_v2(handle, "kanbao_collect_ids", 1, SQLITE_UTF8, nullptr, nullptr, collectIds,
                                   collectIdsFinal, nullptr) != SQLITE_OK)
        return nullptr; // the cache is the registered function's: freed with the connection
    caches.emplace(handle, cache);
    return cache;
}

bool SearchCache::current()
{
    auto *db = static_cast<sqlite3 *>(m_connection);
    Statement s(db, QStringLiteral("PRAGMA data_version"));
    if (!s.next())
        return false;
    const qint64 version = s.integer(0);
    const qint64 changes = sqlite3_total_changes64(db);
    if (version != m_dataVersion || changes != m_totalChanges) {
        m_dataVersion = version;
        m_totalChanges = changes;
        m_columns.reset();
        m_ids.clear();
        m_counts.clear();
        m_grouped.clear();
        m_texts.clear();
    }
    return true;
}

bool SearchCache::hasCurrentColumns(bool withLinks)
{
    return current() && m_columns && (m_columns->hasLinks || !withLinks);
}

std::shared_ptr<const ArticleColumns> SearchCache::columns(bool withLinks, QSqlError *error)
{
    if (!current()) {
        *error = errorOf(static_cast<sqlite3 *>(m_connection));
        return nullptr;
    }
    if (!m_columns || (withLinks && !m_columns->hasLinks))
        m_columns = loadColumns(static_cast<sqlite3 *>(m_connection), withLinks, error);
    return m_columns;
}

std::shared_ptr<const std::vector<qint64>> SearchCache::ids(const QString &sql, const QVariantList &binds,
                                                             QSqlError *error)
{
    auto *db = static_cast<sqlite3 *>(m_connection);
    if (!current()) {
        *error = errorOf(db);
        return nullptr;
    }
    const QString key = keyOf(sql, binds);
    if (const auto it = m_ids.constFind(key); it != m_ids.cend())
        return it.value();
    auto ids = std::make_shared<std::vector<qint64>>();
    // Collected by an aggregate inside the statement: handing each row out through sqlite3_step cost four
    // times as much as counting them (bench_search).
    Statement s(db, QStringLiteral("SELECT kanbao_collect_ids(match_id) FROM (%1)").arg(sql), binds);
    if (!s.next()) {
        *error = s.error();
        return nullptr;
    }
    const QByteArray blob = s.blob(0);
    ids->resize(size_t(blob.size()) / sizeof(qint64));
    if (!ids->empty())
        std::memcpy(ids->data(), blob.constData(), ids->size() * sizeof(qint64));
    m_counts.insert(key, qint64(ids->size()));
    if (ids->size() <= MaxCachedIds) {
        if (m_ids.size() >= CachedIdSets)
            m_ids.clear();
        m_ids.insert(key, ids);
    }
    return ids;
}

std::optional<qint64> SearchCache::knownCount(const QString &sql, const QVariantList &binds)
{
    if (!current())
        return std::nullopt;
    const auto it = m_counts.constFind(keyOf(sql, binds));
    if (it == m_counts.cend())
        return std::nullopt;
    return it.value();
}

std::optional<QHash<QString, int>> SearchCache::knownCounts(const QString &key)
{
    if (!current())
        return std::nullopt;
    const auto it = m_grouped.constFind(key);
    if (it == m_grouped.cend())
        return std::nullopt;
    return it.value();
}

void SearchCache::rememberCounts(const QString &key, const QHash<QString, int> &counts)
{
    if (!current())
        return;
    if (m_grouped.size() > 16)
        m_grouped.clear();
    m_grouped.insert(key, counts);
}

std::optional<QString> SearchCache::knownText(const QString &key)
{
    if (!current())
        return std::nullopt;
    const auto it = m_texts.constFind(key);
    if (it == m_texts.cend())
        return std::nullopt;
    return it.value();
}

void SearchCache::rememberText(const QString &key, const QString &text)
{
    if (!current())
        return;
    if (m_texts.size() > 16)
        m_texts.clear();
    m_texts.insert(key, text);
}

void SearchCache::forgetResults()
{
    m_ids.clear();
    m_counts.clear();
}

void SearchCache::rememberCount(const QString &sql, const QVariantList &binds, qint64 count)
{
    if (!current())
        return;
    if (m_counts.size() > 1000)
        m_counts.clear();
    m_counts.insert(keyOf(sql, binds), count);
}

} // namespace kanbao
