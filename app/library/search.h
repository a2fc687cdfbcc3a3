#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace kanbao {

// Full-text search over a library's articles (article_fts, tokenizer kanbao_cjk). The query language is
// parseQuery()'s (library/query.h): words, "phrases", AND/OR/NOT/-word, NEAR/n, headline:, and filters
// (paper:, person:, from:, ...). A Chinese word is matched as written: 吕沛 finds 吕沛, never 吕 and 沛
// apart; 李 finds 李 only. Traditional and simplified characters match alike (呂沛 finds 吕沛), Latin words
// are case-insensitive, full-width letters and digits match their ASCII forms. Everything typed is quoted
// before it reaches FTS5, so no input can produce an SQL or FTS5 syntax error; a query that cannot be
// understood gives SearchResults::error and errorPosition.
enum class SearchSort
{
    Relevance, // bm25, headline weighted; without words to rank by: newest
    Newest,
    Oldest,
};

struct SearchRequest
{
    QString query;       // may be empty when filters are given: then every matching article, newest first
    QDate from, to;      // issue date range, inclusive; invalid = open
    QString paper;       // papers.name, exact
    QString pageLabel;   // pages.label, exact (A08)
    QStringList tags;    // tag names; an article must carry every one of them
    qint64 entityId = 0; // only articles with a mention of this entity
    qint64 afterArticleId = 0; // only articles added after this one (ids grow): a saved search's new hits
    SearchSort sort = SearchSort::Relevance;
    int limit = 50;
    int offset = 0;
    // Whether SearchResults::total must be exact. Counting every match of a common word is a pass over
    // its whole doclist (at 500,000 articles the largest part of such a query), which the window's results
    // list does not need: its count comes from searchSummary(), read in the background. Without it, a
    // query with more matches than were ranked gives what was seen as a lower bound (totalIsLowerBound);
    // the hits, their order and snippets are the same either way.
    bool exactTotal = true;
};

// Snippets mark hits with these two control characters, which never occur in article text (the importer's
// text is normalised); snippetToHtml() / snippetToPlain() turn them into something displayable.
inline constexpr QChar SnippetHitBegin = QChar(0x02);
inline constexpr QChar SnippetHitEnd = QChar(0x03);

struct SearchHit
{
    qint64 articleId = 0;
    QString paper;
    QDate date;
    QString page; // page label
    QString headline;
    QString snippet;                 // ~60 characters of body around the first hit, hits marked
    QList<QPair<int, int>> bodyHits; // [start, end) UTF-16 ranges of every hit in articles.body
    double rank = 0;                 // bm25 (kanbao_rank, headline weighted): lower is better (more negative)
};

struct SearchResults
{
    // Matching articles, counted exactly up to SearchCountCap (far beyond any real archive); only past it
    // is total the cap and totalIsLowerBound set, for display as "5,000,000+" (or, when the request did
    // not ask for an exact total, past the matches the search had to read anyway).
    // When there are more than SearchRankWindow matches, the hits are the best-ranked among the
    // SearchRankWindow most recently added ones (highest article ids), not among all: ranking costs time
    // per match, and this keeps a word found in half of a 500,000-article archive as fast as a rare one
    // (see bench/bench_search.cpp). Narrowing the query or filtering brings the ranking back to exact.
    int total = 0;
    bool totalIsLowerBound = false;
    QList<SearchHit> hits;
    QString error; // empty on success; a message for the user otherwise
    int errorPosition = -1; // for a query that cannot be understood: UTF-16 index into the query
    // The database's error when a statement failed (not set for queries that cannot be understood): a
    // caller holding the Library passes it to Library::describe(), which names the file and tells a
    // damaged or locked library from other failures.
    QSqlError sqlError;
};

inline constexpr int SearchCountCap = 5000000;
// Rows the window's results list reads at once, on the GUI thread: about a screenful (more when the list is
// taller). Each row costs reading its body and making its snippet, so the first answer asks for no more
// than is seen; the rows after it are read in the background as the list scrolls. bench_search times
// queries with this limit.
inline constexpr int SearchFirstPage = 20;
inline constexpr int SearchRankWindow = 2000;

SearchResults search(QSqlDatabase &db, const SearchRequest &request);

// ---- Over the whole result set (request.limit and offset do not apply) ----

struct FacetValue
{
    QString value;
    int count = 0;
    bool operator==(const FacetValue &) const = default;
};

// How the matching articles spread over papers, years, pages, sections, the people they mention and their
// tags; each list by count (most first), at most `perFacet` values. A value is what a query field takes
// (paper:V, from:V to:V for a year, page:V, section:V, person:V, tag:V), so a click can filter on it.
struct SearchFacets
{
    QList<FacetValue> papers, years, pages, sections, people, tags;
    QString error;
    int errorPosition = -1;
    QSqlError sqlError;
};

// How the overview groups the matches: joining each one's page and issue rows (cheap for a few hundred),
// or looking them up in the connection's in-memory article columns (library/articlecolumns.h; loaded once,
// then a few milliseconds for 300,000 matches). Both give the same counts; Auto takes the joins for small
// result sets until the columns are loaded. The other two are for tests and benchmarks.
enum class OverviewPath
{
    Auto,
    Joins,
    Columns,
};

SearchFacets searchFacets(QSqlDatabase &db, const SearchRequest &request, int perFacet = 20,
                          OverviewPath path = OverviewPath::Auto);

enum class HistogramUnit
{
    Year,
    Month,
    Day,
};

struct HistogramBin
{
    QString period; // "2024", "2024-04", "2024-04-29"
    int count = 0;  // matching articles in issues of the period
    int issues = 0; // issues of the period in the library (of the paper filtered on, if any), to normalise
};

// Matching articles per period, in date order; periods without hits are left out. The counts sum to
// search()'s total.
struct SearchHistogram
{
    QList<HistogramBin> bins;
    QString error;
    int errorPosition = -1;
    QSqlError sqlError;
};

SearchHistogram searchHistogram(QSqlDatabase &db, const SearchRequest &request, HistogramUnit unit,
                                OverviewPath path = OverviewPath::Auto);

// The exact count, the facets and the histogram of a request, from one pass over the matches (what the
// search overview shows next to the results).
struct SearchSummary
{
    int total = 0;
    bool totalIsLowerBound = false;
    SearchFacets facets;
    SearchHistogram histogram;
    QString error;
    int errorPosition = -1;
    QSqlError sqlError;
};

SearchSummary searchSummary(QSqlDatabase &db, const SearchRequest &request, HistogramUnit unit, int perFacet = 20,
                            OverviewPath path = OverviewPath::Auto);

// A keyword-in-context line: one hit with `context` characters on each side (line breaks as spaces).
struct KwicLine
{
    qint64 articleId = 0;
    QString paper;
    QDate date;
    QString page;
    QString headline;
    QString left, match, right;
    int offset = 0; // of the hit in the article's body (UTF-16)
};

struct KwicResults
{
    QList<KwicLine> lines;
    int articles = 0; // articles the lines come from
    QString error;
    int errorPosition = -1;
    QSqlError sqlError;
};

// Every body hit of the articles search() returns for `request` (its sort, limit and offset), one line each,
// in result order and then text order. Hits only in a headline give no line.
KwicResults searchKwic(QSqlDatabase &db, const SearchRequest &request, int context);

// [start, end) UTF-16 ranges in `text` of everything `query` (the syntax above) would match, sorted and
// merged; excluded words are not highlighted. Matches the way the index does (same tokenizer), so a hit
// can span a line break inside a Chinese phrase.
QList<QPair<int, int>> findHits(const QString &query, const QString &text);

// The snippet with hits as <b>…</b> and the rest HTML-escaped.
QString snippetToHtml(const QString &snippet);
// The snippet with hits between `open` and `close`, e.g. "[" and "]".
QString snippetToPlain(const QString &snippet, const QString &open = QStringLiteral("["),
                       const QString &close = QStringLiteral("]"));

// Builds a snippet of about `length` characters of `text` around the first of `hits`, with the hits in
// it marked; line breaks become spaces, and cut ends get "…". With no hits, the start of the text.
QString buildSnippet(const QString &text, const QList<QPair<int, int>> &hits, int length = 60);

} // namespace kanbao
