#pragma once

#include "library/search.h"
#include "library/searchlists.h"
#include "model/article.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kanbao {

// What the window shows, in the shapes the views want. The window reads the library only through
// LibraryReader, so the widgets and models do not depend on how the store is organised and can be
// tested against any implementation.

struct IssueInfo
{
    qint64 id = 0;
    QString paper;
    QDate date;
    QString edition;
    bool dateGuessed = false;
    int articleCount = 0;
};

struct PageInfo
{
    qint64 id = 0;
    QString label;   // A08
    QString section; // 温县新闻
    QString sourcePath;
    int articleCount = 0;
};

struct ArticleSummary
{
    qint64 id = 0;
    int seq = 0;
    QString kind;
    QString kicker;
    QString headline;
    QString firstLine; // the start of the body, for pieces without a headline
};

struct ArticleDetail
{
    qint64 id = 0;
    qint64 issueId = 0;
    QString kind;
    QString kicker;
    QString headline;
    QString subheadline;
    QStringList reporters;
    QStringList correspondents;
    QStringList authors;
    QStringList photographers;
    QString column;
    QString body; // paragraphs joined with '\n'
    QString paper;
    QDate date;
    QString edition;
    QString pageLabel;
    QString section;
    bool dateGuessed = false; // the date was guessed at import and not confirmed since
    QString pageWarning; // the page was read only in part (invalid bytes replaced)
    // Where the page came from, for the page image (ui/facsimile/): the file, the page's index in it,
    // the file's SHA-256 (its stored copy's name), and the page's id.
    QString sourcePath;
    int sourceIndex = 0;
    QString contentHash;
    qint64 pageId = 0;
};

struct EntityInfo
{
    qint64 id = 0;
    QString name;
    EntityType type = EntityType::Person;
    int mentions = 0; // in the article the list was asked for
    bool journalist = false; // named in the article only in its byline
};

// One line of an article list (entity mentions, search results).
struct ArticleRef
{
    qint64 articleId = 0;
    QString paper;
    QDate date;
    QString pageLabel;
    QString headline;
    QString snippet; // plain text; hits between SnippetMarkOpen and SnippetMarkClose
};

// Snippets mark hits with these two control characters (as the library's search does), which survive
// HTML escaping and never occur in article text.
inline constexpr QChar SnippetMarkOpen = QChar(0x02);
inline constexpr QChar SnippetMarkClose = QChar(0x03);

class LibraryReader
{
public:
    virtual ~LibraryReader() = default;

    // Issues dated in [first, last], ordered by date, paper, edition.
    virtual QList<IssueInfo> issuesBetween(QDate first, QDate last) = 0;
    virtual std::optional<QDate> nextIssueDate(QDate after) = 0;
    virtual std::optional<QDate> previousIssueDate(QDate before) = 0;
    virtual std::optional<QDate> latestIssueDate() = 0;
    virtual qint64 articleCount() = 0;
    virtual std::optional<IssueInfo> issue(qint64 issueId) = 0;

    // Pages of an issue in page order, articles of a page in reading order.
    virtual QList<PageInfo> pagesOfIssue(qint64 issueId) = 0;
    virtual QList<ArticleSummary> articlesOfPage(qint64 pageId) = 0;
    virtual std::optional<ArticleDetail> article(qint64 articleId) = 0;

    virtual QList<EntityInfo> entitiesOfArticle(qint64 articleId) = 0;
    // Articles mentioning an entity, oldest first; paged so long lists load as they scroll.
    virtual QList<ArticleRef> articlesMentioning(qint64 entityId, int offset, int limit) = 0;

    // Full-text search, best match first. On a bad query returns nothing and errorString() says why.
    virtual QList<ArticleRef> search(const QString &query, int offset, int limit) = 0;
    // The same in another order (newest or oldest first). Readers that cannot sort rank as search() does.
    virtual QList<ArticleRef> searchSorted(const QString &query, SearchSort sort, int offset, int limit)
    {
        Q_UNUSED(sort);
        return search(query, offset, limit);
    }
    // Over the whole result set of a query: the exact count, the facets and the hits over time. Readers
    // without them return an empty overview (total -1: unknown).
    struct SearchOverviewData
    {
        int total = -1;
        bool totalIsLowerBound = false;
        SearchFacets facets;
        SearchHistogram histogram;
        QString error;
    };
    virtual SearchOverviewData searchOverview(const QString &query, HistogramUnit unit)
    {
        Q_UNUSED(query);
        Q_UNUSED(unit);
        return {};
    }
    // Every body hit of the query's results as a keyword-in-context line.
    virtual KwicResults concordance(const QString &query, SearchSort sort, int context)
    {
        Q_UNUSED(query);
        Q_UNUSED(sort);
        Q_UNUSED(context);
        return {};
    }
    // Saved searches with their new hits; saving one (under its query as its name) and marking one seen.
    // Readers without them have none.
    virtual QList<SavedSearch> savedSearches() { return {}; }
    virtual bool saveSearch(const QString &name, const QString &query)
    {
        Q_UNUSED(name);
        Q_UNUSED(query);
        return false;
    }
    virtual bool markSearchOpened(qint64 id)
    {
        Q_UNUSED(id);
        return false;
    }
    // [start, end) UTF-16 ranges in `text` that `query` matches the way search() does, to highlight an
    // opened result.
    virtual QList<QPair<int, int>> findHits(const QString &query, const QString &text) = 0;

    // Why the last call returned nothing, when it failed; empty otherwise.
    virtual QString errorString() const = 0;

    // The library could only be opened read-only (its file or folder is not writable): reading,
    // searching and exporting work, importing and editing do not.
    virtual bool isReadOnly() const { return false; }

    // Points the pages imported from the linked file `oldPath` to `newPath`, which must hold the same
    // content (library/storedfiles.h, StoredFiles::relink). Readers that cannot write refuse with a reason.
    virtual bool relinkFile(const QString &oldPath, const QString &newPath, QString *error)
    {
        Q_UNUSED(oldPath);
        Q_UNUSED(newPath);
        *error = QCoreApplication::translate("kanbao::LibraryReader", "This library cannot be changed.");
        return false;
    }

    // Called on the reader's thread; what it returns stops the query running on the reader's connection
    // from another thread (to close quickly while a long read runs). Empty: cannot be interrupted.
    virtual std::function<void()> interrupter() { return {}; }
};

} // namespace kanbao
