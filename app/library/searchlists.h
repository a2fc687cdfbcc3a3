#pragma once

#include "library/search.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace kanbao {

// Saved searches and collections: what a researcher keeps of their searching, in the library file
// (tables saved_searches, collections, collection_articles; schema step 4).

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    QDateTime lastOpened; // invalid: never opened
    // Articles matching the query that were added after it was last opened (after an import); -1 when
    // not counted.
    int newHits = -1;
    int total = -1; // every match, when counted
};

class SavedSearches
{
public:
    explicit SavedSearches(QSqlDatabase db) : m_db(std::move(db)) {}

    // Saves `query` under `name` (replacing the query of a search of that name). Refuses a query the
    // parser cannot understand (error() says why). The new search counts as opened now.
    std::optional<qint64> save(const QString &name, const QString &query);
    // Every saved search by name, with its counts of new and all hits when `count` is set.
    QList<SavedSearch> list(bool count = true);
    std::optional<SavedSearch> byName(const QString &name);
    // Remembers that the search's results were seen: new hits count from here.
    bool markOpened(qint64 id);
    bool remove(qint64 id);
    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    QSqlDatabase m_db;
    QString m_error;
};

struct Collection
{
    qint64 id = 0;
    QString name;
    int articles = 0;
};

enum class TextExportFormat
{
    Csv,       // id, date, paper, page, headline, byline, body
    JsonLines, // one JSON object per article, the same fields
};

class Collections
{
public:
    explicit Collections(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<qint64> create(const QString &name);
    std::optional<Collection> byName(const QString &name);
    QList<Collection> list();
    // Adds articles (ids that name no article are refused: error() names them); adding twice is harmless.
    bool add(qint64 collectionId, const QList<qint64> &articleIds);
    bool removeArticles(qint64 collectionId, const QList<qint64> &articleIds);
    // Gives the collection another name; refused when another collection has it already.
    bool rename(qint64 collectionId, const QString &name);
    bool remove(qint64 collectionId);
    // The collection's articles, oldest issue first.
    QList<qint64> articles(qint64 collectionId);
    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    QSqlDatabase m_db;
    QString m_error;
};

// Writes the full text of the articles (in the order given) for text analysis. False with *error set
// when the library or the device fails.
bool exportArticleTexts(QSqlDatabase &db, const QList<qint64> &articleIds, TextExportFormat format, QIODevice *out,
                        QString *error);

} // namespace kanbao
