#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>
#include <vector>

namespace kanbao {

// What the search overview groups matching articles by (issue date, paper, page label, section, the people
// mentioned, tags), for every article of the library, in flat arrays indexed by article id. Grouping a
// common word's 300,000 matches through joins of articles, pages and issues takes hundreds of milliseconds
// (the rows are scattered over the file); looking ids up here takes a few. Kept per connection and built
// again when the library changed (another connection committed, or this one wrote), so it is always exact.
struct ArticleColumns
{
    static constexpr quint32 None = 0xffffffffu;

    // By article id: an index into the dictionaries below; None where no article has that id.
    std::vector<quint32> date, paper, label, section;
    QStringList dates, papers, labels, sections; // labels and sections: "" for none
    // People mentioned (entity type person) and tags, per article: ids of article k are
    // people[peopleStart[k] .. peopleStart[k + 1]), each an index into personNames, each once.
    std::vector<quint32> peopleStart, people, tagStart, tags;
    QStringList personNames, tagNames;
    bool hasLinks = false; // people and tags loaded

    qint64 articles = 0; // articles with columns
};

// Per-connection memory of what the search computed for the library as it is now: the article columns,
// and the ids matching recent queries (the result list, the overview and the next result page ask for
// the same set within a second). Everything is dropped when the library changes.
class SearchCache
{
public:
    // The cache of this connection (made on first use; freed when the connection closes). Null when the
    // connection is not an open SQLite connection.
    static SearchCache *of(QSqlDatabase &db);

    // The columns for the library as it is now, loading them when missing or out of date. The people and
    // tags (the mentions table is the library's largest after the text) only when `withLinks`.
    std::shared_ptr<const ArticleColumns> columns(bool withLinks, QSqlError *error);
    // Whether columns() would answer without reading the library.
    bool hasCurrentColumns(bool withLinks);

    // Ids matching `sql` with `binds` (first column of each row), sorted, from memory when the same
    // statement ran since the library last changed; stepped through SQLite directly otherwise.
    std::shared_ptr<const std::vector<qint64>> ids(const QString &sql, const QVariantList &binds, QSqlError *error);
    // The number of rows of `sql` with `binds` when known from an earlier ids() or remember().
    std::optional<qint64> knownCount(const QString &sql, const QVariantList &binds);
    void rememberCount(const QString &sql, const QVariantList &binds, qint64 count);
    // Counts by key (issues per period) from an earlier rememberCounts() for the library as it is now.
    std::optional<QHash<QString, int>> knownCounts(const QString &key);
    void rememberCounts(const QString &key, const QHash<QString, int> &counts);
    // A text remembered under `key` for the library as it is now (the ranking's column weights, read from
    // the index's table definition): not read again for every query. Kept by forgetResults().
    std::optional<QString> knownText(const QString &key);
    void rememberText(const QString &key, const QString &text);
    // Drops the ids and counts (not the columns): benchmarks time a query as the first of its kind.
    void forgetResults();

    explicit SearchCache(void *connection);

private:
    // Drops what was computed for an earlier state of the library; false when the state cannot be read.
    bool current();
    void *m_connection;
    qint64 m_dataVersion = -1, m_totalChanges = -1;
    std::shared_ptr<const ArticleColumns> m_columns;
    QHash<QString, std::shared_ptr<const std::vector<qint64>>> m_ids;
    QHash<QString, qint64> m_counts;
    QHash<QString, QHash<QString, int>> m_grouped;
    QHash<QString, QString> m_texts;
};

} // namespace kanbao
