#include "library/search.h"

#include "library/fts/cjktokenizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace kanbao {

namespace {

// ---- Query language ---------------------------------------------------------------------------------

struct QueryNode
{
    enum Kind
    {
        Term,
        And,
        Or,
        Not
    };
    Kind kind = Term;
    QString text;              // Term: the word or phrase as typed (without quotes)
    QList<QueryNode> children; // And/Or: operands; Not: the one negated operand
};

struct Lexeme
{
    enum Kind
    {
        Word,
        Phrase,
        Open,
        Close,
        OrOp,
        AndOp,
        NotOp,
        Minus,
        End
    };
    Kind kind = End;
    QString text;
};

bool isQuerySpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

bool isOpenQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x300C) || c == QChar(0xFF02);
}

bool isCloseQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201D) || c == QChar(0x201C) || c == QChar(0x300D) || c == QChar(0xFF02);
}

bool isOpenParen(QChar c)
{
    return c == u'(' || c == QChar(0xFF08);
}
bool isCloseParen(QChar c)
{
    return c == u')' || c == QChar(0xFF09);
}

QList<Lexeme> lex(const QString &typed)
{
    // Control characters (a NUL pasted with the query) are spaces: inside a quoted FTS5 string a NUL ends
    // the string early, "unterminated string" (found by fuzz_searchquery).
    QString query = typed;
    for (QChar &c : query) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    }
    QList<Lexeme> out;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        const QChar c = query.at(i);
        if (isQuerySpace(c)) {
            ++i;
            continue;
        }
        if (isOpenParen(c)) {
            out.append(Lexeme{Lexeme::Open, {}});
            ++i;
            continue;
        }
        if (isCloseParen(c)) {
            out.append(Lexeme{Lexeme::Close, {}});
            ++i;
            continue;
        }
        if (isOpenQuote(c)) {
            // An unclosed quote runs to the end of the query: what was typed is still a phrase.
            qsizetype j = i + 1;
            while (j < n && !isCloseQuote(query.at(j)))
                ++j;
            out.append(Lexeme{Lexeme::Phrase, query.mid(i + 1, j - i - 1)});
            i = j + 1;
            continue;
        }
        if ((c == u'-' || c == QChar(0xFF0D)) && i + 1 < n && !isQuerySpace(query.at(i + 1))) {
            out.append(Lexeme{Lexeme::Minus, {}});
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && !isQuerySpace(query.at(j)) && !isOpenParen(query.at(j)) &&
               !isCloseParen(query.at(j)) && !isOpenQuote(query.at(j)))
            ++j;
        const QString word = query.mid(i, j - i);
        if (word == QLatin1String("OR") || word == QLatin1String("|"))
            out.append(Lexeme{Lexeme::OrOp, {}});
        else if (word == QLatin1String("AND") || word == QLatin1String("&"))
            out.append(Lexeme{Lexeme::AndOp, {}});
        else if (word == QLatin1String("NOT"))
            out.append(Lexeme{Lexeme::NotOp, {}});
        else
            out.append(Lexeme{Lexeme::Word, word});
        i = j;
    }
    out.append(Lexeme{Lexeme::End, {}});
    return out;
}

class Parser
{
public:
    explicit Parser(const QString &query)
        : m_lexemes(lex(query))
    {
    }

    std::optional<QueryNode> parse(QString *error)
    {
        QueryNode root = parseOr();
        if (m_error.isEmpty() && peek() == Lexeme::Close)
            m_error = QCoreApplication::translate(
                "kanbao::Search", "The query has a closing parenthesis without an opening one.");
        if (!m_error.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        return root;
    }

private:
    Lexeme::Kind peek() const { return m_lexemes.at(m_pos).kind; }

    QueryNode parseOr()
    {
        QueryNode node{QueryNode::Or, {}, {}};
        node.children.append(parseAnd());
        while (peek() == Lexeme::OrOp) {
            ++m_pos;
            node.children.append(parseAnd());
        }
        return node.children.size() == 1 ? node.children.first() : node;
    }

    QueryNode parseAnd()
    {
        QueryNode node{QueryNode::And, {}, {}};
        while (m_error.isEmpty()) {
            const Lexeme::Kind k = peek();
            if (k == Lexeme::End || k == Lexeme::Close || k == Lexeme::OrOp)
                break;
            if (k == Lexeme::AndOp) {
                ++m_pos;
                continue;
            }
            node.children.append(parseUnary());
        }
        return node.children.size() == 1 ? node.children.first() : node;
    }

    QueryNode parseUnary()
    {
        const Lexeme::Kind k = peek();
        if (k == Lexeme::NotOp || k == Lexeme::Minus) {
            ++m_pos;
            const Lexeme::Kind next = peek();
            if (next == Lexeme::End || next == Lexeme::Close || next == Lexeme::OrOp || next == Lexeme::AndOp)
                return QueryNode{QueryNode::And, {}, {}}; // a dangling NOT excludes nothing
            return QueryNode{QueryNode::Not, {}, {parseUnary()}};
        }
        return parsePrimary();
    }

    QueryNode parsePrimary()
    {
        const Lexeme &lexeme = m_lexemes.at(m_pos);
        if (lexeme.kind == Lexeme::Open) {
            ++m_pos;
            QueryNode inner = parseOr();
            if (peek() != Lexeme::Close) {
                if (m_error.isEmpty())
                    m_error = QCoreApplication::translate(
                        "kanbao::Search", "The query has an opening parenthesis that is never closed.");
                return inner;
            }
            ++m_pos;
            return inner;
        }
        ++m_pos;
        return QueryNode{QueryNode::Term, lexeme.text, {}};
    }

    QList<Lexeme> m_lexemes;
    qsizetype m_pos = 0;
    QString m_error;
};

// One phrase in index terms: its query tokens, and whether the last one is a prefix (one ideograph when
// only bigrams are indexed).
struct PhraseTokens
{
    std::vector<std::string> tokens;
    bool prefixLast = false;
};

PhraseTokens phraseTokens(const QString &text)
{
    PhraseTokens phrase;
    const QByteArray utf8 = text.toUtf8();
    cjkTokenizeUtf8(std::string_view(utf8.constData(), size_t(utf8.size())), CjkTokenizeMode::Query,
                    DefaultCjkIndexing,
                    [&](std::string_view token, int, int, bool) { phrase.tokens.emplace_back(token); });
    if constexpr (DefaultCjkIndexing == CjkIndexing::BigramsOnly) {
        // A trailing lone ideograph is indexed only as the first half of the bigrams that start with it.
        if (!phrase.tokens.empty()) {
            const QString last = QString::fromUtf8(phrase.tokens.back());
            phrase.prefixLast = last.size() <= 2 && !last.isEmpty() &&
                                isCjkIdeograph(last.toUcs4().value(0)) && last.toUcs4().size() == 1;
        }
    }
    return phrase;
}

// Turns the parsed query into an FTS5 expression. Every term goes in as a quoted FTS5 string (quotes
// doubled), so nothing typed is ever read as FTS5 syntax. Terms without any searchable token (pure
// punctuation) drop out. Returns an empty string for "nothing to match" and sets *error for queries FTS5
// cannot express (only exclusions).
QString toFts(const QueryNode &node, QString *error)
{
    switch (node.kind) {
    case QueryNode::Term: {
        const PhraseTokens phrase = phraseTokens(node.text);
        if (phrase.tokens.empty())
            return {};
        QString quoted = node.text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"') +
               (phrase.prefixLast ? QStringLiteral(" *") : QString());
    }
    case QueryNode::Not:
        *error = QCoreApplication::translate("kanbao::Search",
                                             "A search needs at least one word that is not excluded.");
        return {};
    case QueryNode::And: {
        QStringList positive, negative;
        for (const QueryNode &child : node.children) {
            if (child.kind == QueryNode::Not) {
                const QString inner = toFts(child.children.first(), error);
                if (!error->isEmpty())
                    return {};
                if (!inner.isEmpty())
                    negative << inner;
            } else {
                const QString expr = toFts(child, error);
                if (!error->isEmpty())
                    return {};
                if (!expr.isEmpty())
                    positive << expr;
            }
        }
        if (positive.isEmpty()) {
            if (!negative.isEmpty())
                *error = QCoreApplication::translate(
                    "kanbao::Search", "A search needs at least one word that is not excluded.");
            return {};
        }
        QString expr = positive.size() == 1
                           ? positive.first()
                           : QLatin1Char('(') + positive.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        if (!negative.isEmpty())
            expr = QLatin1Char('(') + expr + QStringLiteral(" NOT (") +
                   negative.join(QStringLiteral(" OR ")) + QStringLiteral("))");
        return expr;
    }
    case QueryNode::Or: {
        QStringList alternatives;
        for (const QueryNode &child : node.children) {
            const QString expr = toFts(child, error);
            if (!error->isEmpty())
                return {};
            if (!expr.isEmpty())
                alternatives << expr;
        }
        if (alternatives.isEmpty())
            return {};
        return alternatives.size() == 1
                   ? alternatives.first()
                   : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    }
    return {};
}

// The phrases of an expression made by toFts, in the order FTS5 numbers them (order of appearance): each
// is a quoted string, possibly followed by " *".
QStringList phrasesOf(const QString &expr)
{
    QStringList phrases;
    qsizetype i = 0;
    while (i < expr.size()) {
        if (expr.at(i) != u'"') {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < expr.size()) {
            if (expr.at(j) == u'"') {
                if (j + 1 < expr.size() && expr.at(j + 1) == u'"') {
                    j += 2;
                    continue;
                }
                break;
            }
            ++j;
        }
        qsizetype end = j + 1;
        if (expr.mid(end, 2) == QLatin1String(" *"))
            end += 2;
        phrases << expr.mid(i, end - i);
        i = end;
    }
    return phrases;
}

void collectPositiveTerms(const QueryNode &node, QStringList *terms)
{
    switch (node.kind) {
    case QueryNode::Term:
        terms->append(node.text);
        break;
    case QueryNode::Not:
        break;
    case QueryNode::And:
    case QueryNode::Or:
        for (const QueryNode &child : node.children)
            collectPositiveTerms(child, terms);
        break;
    }
}

// ---- Hit finding --------------------------------------------------------------------------------------

// The phrases to highlight, tokenized once and matched against many texts.
class HitMatcher
{
public:
    explicit HitMatcher(const QStringList &terms)
    {
        for (const QString &term : terms) {
            PhraseTokens phrase = phraseTokens(term);
            if (phrase.tokens.empty())
                continue;
            Phrase p;
            for (size_t k = 0; k < phrase.tokens.size(); ++k) {
                const bool prefix = phrase.prefixLast && k + 1 == phrase.tokens.size();
                p.tokenIds.push_back(idOf(phrase.tokens[k], prefix));
            }
            m_phrases.push_back(std::move(p));
        }
    }

    bool isEmpty() const { return m_phrases.empty(); }

    QList<QPair<int, int>> hits(const QString &text) const
    {
        QList<QPair<int, int>> out;
        if (m_phrases.empty() || text.isEmpty())
            return out;
        const QByteArray utf8 = text.toUtf8();
        // Only the document tokens some phrase needs are kept, so long texts cost little memory.
        struct Occurrence
        {
            int position;
            int tokenId;
            int start;
            int end;
        };
        std::vector<Occurrence> found;
        int position = -1;
        cjkTokenizeUtf8(std::string_view(utf8.constData(), size_t(utf8.size())), CjkTokenizeMode::Document,
                        DefaultCjkIndexing, [&](std::string_view token, int start, int end, bool colocated) {
                            if (!colocated)
                                ++position;
                            for (size_t id = 0; id < m_tokens.size(); ++id) {
                                const Token &t = m_tokens[id];
                                if (t.prefix ? token.substr(0, t.text.size()) == t.text : token == t.text) {
                                    // A lone ideograph matched as the prefix of a bigram covers only itself.
                                    found.push_back(
                                        {position, int(id), start,
                                         t.prefix ? std::min(end, start + int(t.text.size())) : end});
                                }
                            }
                        });
        if (found.empty())
            return out;
        auto at = [&](int pos, int tokenId) -> const Occurrence * {
            auto it = std::lower_bound(found.begin(), found.end(), pos,
                                       [](const Occurrence &o, int p) { return o.position < p; });
            for (; it != found.end() && it->position == pos; ++it)
                if (it->tokenId == tokenId)
                    return &*it;
            return nullptr;
        };
        std::vector<QPair<int, int>> byteRanges;
        for (const Phrase &phrase : m_phrases) {
            for (const Occurrence &first : found) {
                if (first.tokenId != phrase.tokenIds.front())
                    continue;
                int start = first.start, end = first.end;
                bool ok = true;
                for (size_t j = 1; j < phrase.tokenIds.size() && ok; ++j) {
                    const Occurrence *next = at(first.position + int(j), phrase.tokenIds[j]);
                    if (!next) {
                        ok = false;
                        break;
                    }
                    start = std::min(start, next->start);
                    end = std::max(end, next->end);
                }
                if (ok)
                    byteRanges.push_back({start, end});
            }
        }
        if (byteRanges.empty())
            return out;
        std::sort(byteRanges.begin(), byteRanges.end());
        // Byte offsets to UTF-16 offsets (ranges start and end on character boundaries).
        std::vector<int> utf16At(size_t(utf8.size()) + 1, 0);
        int u = 0;
        for (qsizetype b = 0; b < utf8.size(); ++b) {
            const auto c = static_cast<unsigned char>(utf8.at(b));
            utf16At[size_t(b)] = u;
            if ((c & 0xC0) != 0x80)
                u += (c >= 0xF0) ? 2 : 1;
        }
        utf16At[size_t(utf8.size())] = u;
        for (const auto &r : byteRanges) {
            const int s = utf16At[size_t(r.first)], e = utf16At[size_t(r.second)];
            if (!out.isEmpty() && s <= out.last().second)
                out.last().second = std::max(out.last().second, e);
            else
                out.append({s, e});
        }
        return out;
    }

private:
    struct Token
    {
        std::string text;
        bool prefix;
    };
    struct Phrase
    {
        std::vector<int> tokenIds;
    };

    int idOf(const std::string &text, bool prefix)
    {
        for (size_t k = 0; k < m_tokens.size(); ++k)
            if (m_tokens[k].text == text && m_tokens[k].prefix == prefix)
                return int(k);
        m_tokens.push_back({text, prefix});
        return int(m_tokens.size() - 1);
    }

    std::vector<Token> m_tokens;
    std::vector<Phrase> m_phrases;
};

// ---- SQL ----------------------------------------------------------------------------------------------

struct Filters
{
    QString joins;
    QStringList conditions;
    QVariantList binds;
    bool any() const { return !conditions.isEmpty(); }
};

// `articleId` is the SQL expression for the article id in the query the filters go into.
Filters filtersFor(const SearchRequest &request, const QString &articleId, bool joinIssue = false)
{
    Filters f;
    const bool needsIssue =
        joinIssue || request.from.isValid() || request.to.isValid() || !request.paper.isEmpty();
    const bool needsPage = needsIssue || !request.pageLabel.isEmpty();
    if (needsPage)
        f.joins += QStringLiteral(" JOIN articles fa ON fa.id = %1 JOIN pages fp ON fp.id = fa.page_id")
                       .arg(articleId);
    if (needsIssue)
        f.joins += QStringLiteral(" JOIN issues fi ON fi.id = fp.issue_id");
    if (request.from.isValid()) {
        f.conditions << QStringLiteral("fi.date >= ?");
        f.binds << request.from.toString(Qt::ISODate);
    }
    if (request.to.isValid()) {
        f.conditions << QStringLiteral("fi.date <= ?");
        f.binds << request.to.toString(Qt::ISODate);
    }
    if (!request.paper.isEmpty()) {
        f.conditions << QStringLiteral("fi.paper_id = (SELECT id FROM papers WHERE name = ?)");
        f.binds << request.paper;
    }
    if (!request.pageLabel.isEmpty()) {
        f.conditions << QStringLiteral("fp.label = ?");
        f.binds << request.pageLabel;
    }
    for (const QString &tag : request.tags) {
        f.conditions << QStringLiteral(
                            "EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                            "WHERE at.article_id = %1 AND t.name = ?)")
                            .arg(articleId);
        f.binds << tag;
    }
    if (request.entityId != 0) {
        f.conditions << QStringLiteral(
                            "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = %1 AND m.entity_id = ?)")
                            .arg(articleId);
        f.binds << request.entityId;
    }
    return f;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, SearchResults *results)
{
    const auto fail = [&] {
        results->sqlError = q.lastError();
        const QString text = results->sqlError.text();
        results->error = text.contains(QLatin1String("no such table"))
                             ? QCoreApplication::translate("kanbao::Search", "This library has no search index (%1).")
                                   .arg(text)
                             : QCoreApplication::translate("kanbao::Search", "Search failed: %1").arg(text);
        return false;
    };
    if (!q.prepare(sql))
        return fail();
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail();
    return true;
}

// Headline hits count this many times a body hit in the ranking.
constexpr double HeadlineWeight = 10.0;

// kanbao_rank's (bm25's) per-column weights in the table's column order. The schema puts body first (FTS5
// spends two bytes per document and term to switch to a column other than the first, so the long column
// first makes the index about 15% smaller); the order is read from the table so that a later step that
// rebuilds the index cannot silently swap the weights.
QString bm25Weights(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList weights;
    if (q.exec(QStringLiteral("PRAGMA table_info(article_fts)"))) {
        while (q.next())
            weights << (q.value(1).toString() == QLatin1String("headline") ? QString::number(HeadlineWeight)
                                                                           : QStringLiteral("1.0"));
    }
    if (weights.isEmpty())
        weights << QString::number(HeadlineWeight) << QStringLiteral("1.0");
    return weights.join(QStringLiteral(", "));
}

} // namespace

QList<QPair<int, int>> findHits(const QString &query, const QString &text)
{
    QString error;
    Parser parser(query);
    const std::optional<QueryNode> root = parser.parse(&error);
    if (!root)
        return {};
    QStringList terms;
    collectPositiveTerms(*root, &terms);
    return HitMatcher(terms).hits(text);
}

QString buildSnippet(const QString &text, const QList<QPair<int, int>> &hits, int length)
{
    const int n = int(text.size());
    int from = 0;
    if (!hits.isEmpty()) {
        // About a third of the window before the first hit, so it reads in context.
        from = std::max(0, hits.first().first - length / 3);
        if (from + length > n)
            from = std::max(0, n - length);
    }
    int to = std::min(n, from + length);
    // Do not cut a hit in half at the end, nor a surrogate pair at either end.
    for (const auto &h : hits)
        if (h.first < to && h.second > to)
            to = std::min(n, h.second);
    if (from > 0 && text.at(from).isLowSurrogate())
        --from;
    if (to < n && to > 0 && text.at(to - 1).isHighSurrogate())
        ++to;
    QString out;
    out.reserve(to - from + 8);
    if (from > 0)
        out += QChar(0x2026);
    int pos = from;
    for (const auto &h : hits) {
        const int s = std::max(h.first, from), e = std::min(h.second, to);
        if (s >= e || s < pos)
            continue;
        out += text.mid(pos, s - pos);
        out += SnippetHitBegin;
        out += text.mid(s, e - s);
        out += SnippetHitEnd;
        pos = e;
    }
    out += text.mid(pos, to - pos);
    if (to < n)
        out += QChar(0x2026);
    for (QChar &c : out)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    return out;
}

QString snippetToHtml(const QString &snippet)
{
    QString out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= snippet.size(); ++i) {
        if (i < snippet.size() && snippet.at(i) != SnippetHitBegin && snippet.at(i) != SnippetHitEnd)
            continue;
        out += snippet.mid(start, i - start).toHtmlEscaped();
        if (i < snippet.size())
            out += snippet.at(i) == SnippetHitBegin ? QStringLiteral("<b>") : QStringLiteral("</b>");
        start = i + 1;
    }
    return out;
}

QString snippetToPlain(const QString &snippet, const QString &open, const QString &close)
{
    QString out = snippet;
    out.replace(SnippetHitBegin, open);
    out.replace(SnippetHitEnd, close);
    return out;
}

SearchResults search(QSqlDatabase &db, const SearchRequest &request)
{
    SearchResults results;
    if (!db.isOpen()) {
        results.error = QCoreApplication::translate("kanbao::Search", "The library is not open.");
        return results;
    }
    QString error;
    Parser parser(request.query);
    const std::optional<QueryNode> root = parser.parse(&error);
    if (!root) {
        results.error = error;
        return results;
    }
    const QString match = toFts(*root, &error);
    if (!error.isEmpty()) {
        results.error = error;
        return results;
    }
    const int limit = std::clamp(request.limit, 0, 10000);
    const int offset = std::max(0, request.offset);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<qint64> ids;
    QHash<qint64, double> ranks;
    if (match.isEmpty()) {
        const Filters filters = filtersFor(request, QStringLiteral("a.id"), true);
        if (!filters.any()) {
            results.error =
                request.query.trimmed().isEmpty()
                    ? QCoreApplication::translate("kanbao::Search",
                                                  "Type a word to search for, or choose a filter.")
                    : QCoreApplication::translate("kanbao::Search", "The query has no searchable words.");
            return results;
        }
        // Browsing by filters alone: newest issues first.
        const QString from = QStringLiteral(" FROM articles a") + filters.joins + QStringLiteral(" WHERE ") +
                             filters.conditions.join(QStringLiteral(" AND "));
        if (!run(q,
                 QStringLiteral("SELECT count(*) FROM (SELECT 1") + from +
                     QStringLiteral(" LIMIT %1)").arg(SearchCountCap + 1),
                 filters.binds, &results))
            return results;
        q.next();
        results.total = q.value(0).toInt();
        if (!run(q,
                 QStringLiteral("SELECT a.id") + from +
                     QStringLiteral(" ORDER BY fi.date DESC, a.id DESC LIMIT %1 OFFSET %2")
                         .arg(limit)
                         .arg(offset),
                 filters.binds, &results))
            return results;
        while (q.next())
            ids << q.value(0).toLongLong();
    } else {
        const Filters filters = filtersFor(request, QStringLiteral("article_fts.rowid"));
        const QString where =
            QStringLiteral(" WHERE article_fts MATCH ?") +
            (filters.any() ? QStringLiteral(" AND ") + filters.conditions.join(QStringLiteral(" AND "))
                           : QString());
        QVariantList binds{match};
        binds += filters.binds;
        const QString from = QStringLiteral(" FROM article_fts") + filters.joins;
        // Ranking costs time per match (the rank function reads each one's position lists and length;
        // bench_search: ranking 10,000 matches took ~35 ms, 2,000 ~3 ms). So one pass takes the newest
        // SearchRankWindow + 1 matches (highest ids, which FTS5 walks backwards without sorting), ranks and
        // counts them: with fewer matches that is all of them, exactly ranked and counted; with more, the
        // hits are the best of the most recently added ones and a cheap second pass counts up to
        // SearchCountCap. A lone ideograph is a prefix query whose doclists FTS5 merges up front, so the
        // single pass also spares rare characters a second merge.
        const int window = std::max(SearchRankWindow, offset + limit) + 1;
        // IDF needs each phrase's document count; with one phrase it scales every score alike and is skipped.
        QStringList rankArgs{bm25Weights(db)};
        const QStringList phrases = phrasesOf(match);
        if (phrases.size() > 1) {
            QHash<QString, int> documents;
            QStringList counts;
            for (const QString &phrase : phrases) {
                if (!documents.contains(phrase)) {
                    if (!run(q,
                             QStringLiteral(
                                 "SELECT count(*) FROM (SELECT 1 FROM article_fts WHERE article_fts "
                                 "MATCH ? LIMIT %1)")
                                 .arg(SearchCountCap + 1),
                             {phrase}, &results))
                        return results;
                    q.next();
                    documents.insert(phrase, q.value(0).toInt());
                }
                counts << QString::number(documents.value(phrase));
            }
            rankArgs << QLatin1Char('\'') + counts.join(QLatin1Char(',')) + QLatin1Char('\'');
        }
        const QString ranked =
            QStringLiteral("SELECT article_fts.rowid AS id, kanbao_rank(article_fts, %1) AS score")
                .arg(rankArgs.join(QStringLiteral(", "))) +
            from + where + QStringLiteral(" ORDER BY article_fts.rowid DESC LIMIT %1").arg(window);
        if (!run(q,
                 QStringLiteral("WITH w AS MATERIALIZED (") + ranked +
                     QStringLiteral(") SELECT id, score, (SELECT count(*) FROM w) FROM w "
                                    "ORDER BY score, id DESC LIMIT %1 OFFSET %2")
                         .arg(std::max(limit, 1))
                         .arg(offset),
                 binds, &results)) {
            if (results.error.contains(QLatin1String("fts5"))) {
                results.sqlError = QSqlError(); // the query's fault, not the library's
                results.error =
                    QCoreApplication::translate("kanbao::Search", "The query could not be understood: %1")
                        .arg(results.error);
            }
            return results;
        }
        bool counted = false;
        while (q.next()) {
            if (!counted) {
                results.total = q.value(2).toInt();
                counted = true;
            }
            if (ids.size() < limit) {
                ids << q.value(0).toLongLong();
                ranks.insert(ids.last(), q.value(1).toDouble());
            }
        }
        if ((!counted && offset > 0) || results.total >= window) {
            // Paged past the end, or more matches than were ranked: count them (capped) on their own.
            if (!run(q,
                     QStringLiteral("SELECT count(*) FROM (SELECT 1") + from + where +
                         QStringLiteral(" LIMIT %1)").arg(SearchCountCap + 1),
                     binds, &results))
                return results;
            q.next();
            results.total = q.value(0).toInt();
        }
    }
    if (results.total > SearchCountCap) {
        results.total = SearchCountCap;
        results.totalIsLowerBound = true;
    }
    if (ids.isEmpty())
        return results;

    QStringList placeholders;
    QVariantList idBinds;
    for (qint64 id : ids) {
        placeholders << QStringLiteral("?");
        idBinds << id;
    }
    if (!run(q,
             QStringLiteral("SELECT a.id, pa.name, i.date, p.label, a.headline, a.body FROM articles a "
                            "JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id "
                            "JOIN papers pa ON pa.id = i.paper_id WHERE a.id IN (%1)")
                 .arg(placeholders.join(QLatin1Char(','))),
             idBinds, &results))
        return results;
    QStringList terms;
    collectPositiveTerms(*root, &terms);
    const HitMatcher matcher(terms);
    QHash<qint64, SearchHit> byId;
    while (q.next()) {
        SearchHit hit;
        hit.articleId = q.value(0).toLongLong();
        hit.paper = q.value(1).toString();
        hit.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        hit.page = q.value(3).toString();
        hit.headline = q.value(4).toString();
        const QString body = q.value(5).toString();
        hit.bodyHits = matcher.hits(body);
        hit.snippet = buildSnippet(body, hit.bodyHits);
        hit.rank = ranks.value(hit.articleId);
        byId.insert(hit.articleId, hit);
    }
    for (qint64 id : ids)
        if (byId.contains(id))
            results.hits.append(byId.take(id));
    return results;
}

} // namespace kanbao
