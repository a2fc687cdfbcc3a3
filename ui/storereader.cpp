#include "storereader.h"

#include "entities/entitystore.h"
#include "library/library.h"
#include "library/librarystore.h"
#include "library/search.h"
#include "library/storedfiles.h"

#include <QCoreApplication>

namespace kanbao {

namespace {

IssueInfo toIssueInfo(const IssueSummary &issue)
{
    IssueInfo info;
    info.id = issue.id;
    info.paper = issue.paper;
    info.date = issue.date;
    info.edition = issue.edition;
    info.dateGuessed = issue.dateGuessed;
    info.articleCount = issue.articles;
    return info;
}

ArticleSummary toSummary(const ArticleRow &row)
{
    ArticleSummary summary;
    summary.id = row.id;
    summary.seq = row.seq;
    summary.kind = articleKindName(row.kind);
    summary.kicker = row.kicker;
    summary.headline = row.headline;
    summary.firstLine = row.firstLine;
    return summary;
}

// The thin adapter between the window's LibraryReader and the library module's Library + LibraryStore
// + search(): one connection, on the GUI thread.
class StoreReader : public LibraryReader
{
public:
    StoreReader()
        : m_store(m_library)
        , m_entities(m_library)
    {
    }

    std::function<void()> interrupter() override { return m_library.interrupter(); }

    bool open(const QString &path, bool create, QString *error)
    {
        LibraryOpenOptions options;
        options.create = create;
        options.readOnlyWhenNotWritable = true;
        if (m_library.open(path, options))
            return true;
        if (error)
            *error = m_library.errorString();
        return false;
    }

    bool isReadOnly() const override { return m_library.isReadOnly(); }

    QList<IssueInfo> issuesBetween(QDate first, QDate last) override
    {
        m_error.clear();
        QList<IssueInfo> result;
        const QList<IssueSummary> issues = m_store.issues(first, last, 0, LibraryStore::Order::OldestFirst);
        result.reserve(issues.size());
        for (const IssueSummary &issue : issues)
            result.append(toIssueInfo(issue));
        noteError();
        return result;
    }

    std::optional<QDate> nextIssueDate(QDate after) override { return m_store.nextIssueDate(after); }
    std::optional<QDate> previousIssueDate(QDate before) override { return m_store.previousIssueDate(before); }
    std::optional<QDate> latestIssueDate() override { return m_store.latestIssueDate(); }
    qint64 articleCount() override { return m_store.articleCount(); }

    std::optional<IssueInfo> issue(qint64 issueId) override
    {
        const std::optional<IssueSummary> issue = m_store.issue(issueId);
        noteError();
        if (!issue)
            return std::nullopt;
        return toIssueInfo(*issue);
    }

    QList<PageInfo> pagesOfIssue(qint64 issueId) override
    {
        QList<PageInfo> result;
        const QList<PageSummary> pages = m_store.pagesOfIssue(issueId);
        for (const PageSummary &page : pages) {
            PageInfo info;
            info.id = page.id;
            info.label = page.label;
            info.section = page.section;
            info.sourcePath = page.sourcePath;
            info.articleCount = int(page.articles.size());
            result.append(info);
            // The store reads a page's articles with the page; keep them for articlesOfPage().
            QList<ArticleSummary> articles;
            for (const ArticleRow &row : page.articles)
                articles.append(toSummary(row));
            m_pageCache.insert(page.id, articles);
        }
        noteError();
        return result;
    }

    QList<ArticleSummary> articlesOfPage(qint64 pageId) override
    {
        if (const auto cached = m_pageCache.constFind(pageId); cached != m_pageCache.constEnd())
            return m_pageCache.take(pageId);
        QList<ArticleSummary> result;
        const QList<ArticleRow> rows = m_store.articlesOfPage(pageId);
        for (const ArticleRow &row : rows)
            result.append(toSummary(row));
        noteError();
        return result;
    }

    std::optional<ArticleDetail> article(qint64 articleId) override
    {
        const std::optional<StoredArticle> stored = m_store.article(articleId);
        noteError();
        if (!stored)
            return std::nullopt;
        const Article &a = stored->article;
        ArticleDetail detail;
        detail.id = stored->id;
        detail.issueId = stored->issueId;
        detail.kind = articleKindName(a.kind);
        detail.kicker = a.kicker;
        detail.headline = a.headline;
        detail.subheadline = a.subheadline;
        detail.reporters = a.reporters;
        detail.correspondents = a.correspondents;
        detail.authors = a.authors;
        detail.photographers = a.photographers;
        detail.column = a.column;
        detail.body = a.bodyText();
        detail.pageWarning = stored->pageWarning;
        detail.paper = stored->paper;
        detail.date = stored->date;
        detail.dateGuessed = stored->dateGuessed;
        detail.edition = stored->edition;
        detail.pageLabel = stored->pageLabel;
        detail.section = stored->section;
        detail.sourcePath = stored->sourcePath;
        detail.sourceIndex = stored->sourceIndex;
        detail.contentHash = stored->contentHash;
        detail.pageId = stored->pageId;
        return detail;
    }

    // Entities go through the entity store, so the sidebar and its article lists follow the user's
    // decisions (merged names once, under their target; ignored names not at all; splits).
    QList<EntityInfo> entitiesOfArticle(qint64 articleId) override
    {
        QList<EntityInfo> result;
        const QList<ArticleEntity> entities = m_entities.entitiesOfArticle(articleId);
        for (const ArticleEntity &entity : entities)
            result.append({entity.entityId, entity.key.name, entity.key.type, entity.mentions, entity.journalist});
        m_error = m_entities.lastError();
        return result;
    }

    QList<ArticleRef> articlesMentioning(qint64 entityId, int offset, int limit) override
    {
        QList<ArticleRef> result;
        const std::optional<EntityKey> key = m_entities.keyOfEntity(entityId);
        if (!key) {
            m_error = m_entities.lastError();
            return result;
        }
        const QList<EntityArticle> articles = m_entities.articles(*key, QDate(), QDate(), false, limit, offset);
        for (const EntityArticle &article : articles) {
            ArticleRef ref;
            ref.articleId = article.articleId;
            ref.paper = article.paper;
            ref.date = article.date;
            ref.pageLabel = article.pageLabel;
            ref.headline = article.headline;
            result.append(ref);
        }
        m_error = m_entities.lastError();
        return result;
    }

    QList<ArticleRef> search(const QString &query, int offset, int limit) override
    {
        return searchSorted(query, SearchSort::Relevance, offset, limit);
    }

    SearchOverviewData searchOverview(const QString &query, HistogramUnit unit) override
    {
        SearchOverviewData overview;
        SearchRequest request;
        request.query = query;
        QSqlDatabase db = m_library.database();
        const SearchSummary summary = searchSummary(db, request, unit);
        overview.error = summary.error;
        if (!summary.error.isEmpty())
            return overview;
        overview.total = summary.total;
        overview.totalIsLowerBound = summary.totalIsLowerBound;
        overview.facets = summary.facets;
        overview.histogram = summary.histogram;
        return overview;
    }

    QList<SavedSearch> savedSearches() override
    {
        SavedSearches saved(m_library.database());
        const QList<SavedSearch> all = saved.list();
        m_error = saved.error();
        return all;
    }

    bool relinkFile(const QString &oldPath, const QString &newPath, QString *error) override
    {
        return StoredFiles(m_library.path()).relink(m_library, oldPath, newPath, error);
    }

    bool saveSearch(const QString &name, const QString &query) override
    {
        SavedSearches saved(m_library.database());
        const bool ok = saved.save(name, query).has_value();
        m_error = saved.error();
        return ok;
    }

    bool markSearchOpened(qint64 id) override
    {
        SavedSearches saved(m_library.database());
        const bool ok = saved.markOpened(id);
        m_error = saved.error();
        return ok;
    }

    KwicResults concordance(const QString &query, SearchSort sort, int context) override
    {
        SearchRequest request;
        request.query = query;
        request.sort = sort;
        request.limit = 1000;
        QSqlDatabase db = m_library.database();
        return searchKwic(db, request, context);
    }

    QList<ArticleRef> searchSorted(const QString &query, SearchSort sort, int offset, int limit) override
    {
        SearchRequest request;
        request.sort = sort;
        request.query = query;
        request.offset = offset;
        request.limit = limit;
        // The list needs no count: the window's comes from searchOverview(), read in the background.
        request.exactTotal = false;
        QSqlDatabase db = m_library.database();
        const SearchResults results = kanbao::search(db, request);
        m_error = results.error;
        QList<ArticleRef> refs;
        for (const SearchHit &hit : results.hits) {
            ArticleRef ref;
            ref.articleId = hit.articleId;
            ref.paper = hit.paper;
            ref.date = hit.date;
            ref.pageLabel = hit.page;
            ref.headline = hit.headline;
            ref.snippet = hit.snippet;
            refs.append(ref);
        }
        return refs;
    }

    QList<QPair<int, int>> findHits(const QString &query, const QString &text) override
    {
        return kanbao::findHits(query, text);
    }

    QString errorString() const override { return m_error; }

private:
    void noteError() { m_error = m_store.lastError(); }

    Library m_library;
    LibraryStore m_store;
    EntityStore m_entities;
    QString m_error;
    QHash<qint64, QList<ArticleSummary>> m_pageCache;
};

} // namespace

static_assert(SnippetMarkOpen == SnippetHitBegin && SnippetMarkClose == SnippetHitEnd,
              "the window shows the search module's snippets as they are");

std::unique_ptr<LibraryReader> openStoreReader(const QString &path, bool create, QString *error)
{
    auto reader = std::make_unique<StoreReader>();
    if (!reader->open(path, create, error))
        return nullptr;
    return reader;
}

QString defaultLibraryPath()
{
    return Library::defaultPath();
}

} // namespace kanbao
