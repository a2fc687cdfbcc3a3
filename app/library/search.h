#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace kanbao {

// Full-text search over a library's articles (article_fts, tokenizer kanbao_cjk).
//
// Query syntax, for people rather than for FTS5:
//   吕沛 高新区          both words (AND)
//   "市政协副主席吕沛"    a phrase (straight or Chinese quotes “…”)
//   吕沛 OR 官卫红        either (OR binds looser than AND; "|" works too)
//   吕沛 -高新区, 吕沛 NOT 高新区   without
//   (吕沛 OR 官卫红) 会议   grouping
// A Chinese word is matched as written: 吕沛 finds 吕沛, never 吕 and 沛 apart; 李 finds 李 only. Latin
// words are case-insensitive, full-width letters and digits match their ASCII forms. Everything typed is
// quoted before it reaches FTS5, so no input can produce an SQL or FTS5 syntax error; a query that
// cannot be understood (an unclosed parenthesis, only excluded words) gives SearchResults::error.
struct SearchRequest
{
    QString query;       // may be empty when filters are given: then every matching article, newest first
    QDate from, to;      // issue date range, inclusive; invalid = open
    QString paper;       // papers.name, exact
    QString pageLabel;   // pages.label, exact (A08)
    QStringList tags;    // tag names; an article must carry every one of them
    qint64 entityId = 0; // only articles with a mention of this entity
    int limit = 50;
    int offset = 0;
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
    // Matching articles, counted exactly up to SearchCountCap; when there are more, total is the cap and
    // totalIsLowerBound is set, for display as "10,000+" (counting further costs as much as searching).
    // When there are more than SearchRankWindow matches, the hits are the best-ranked among the
    // SearchRankWindow most recently added ones (highest article ids), not among all: ranking costs time
    // per match, and this keeps a word found in half of a 500,000-article archive as fast as a rare one
    // (see bench/bench_search.cpp). Narrowing the query or filtering brings the ranking back to exact.
    int total = 0;
    bool totalIsLowerBound = false;
    QList<SearchHit> hits;
    QString error; // empty on success; a message for the user otherwise
    // The database's error when a statement failed (not set for queries that cannot be understood): a
    // caller holding the Library passes it to Library::describe(), which names the file and tells a
    // damaged or locked library from other failures.
    QSqlError sqlError;
};

inline constexpr int SearchCountCap = 10000;
inline constexpr int SearchRankWindow = 2000;

SearchResults search(QSqlDatabase &db, const SearchRequest &request);

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
