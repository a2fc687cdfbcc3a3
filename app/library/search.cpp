#include "library/search.h"

#include "library/articlecolumns.h"
#include "library/fts/cjktokenizer.h"
#include "library/query.h"
#include "text/chinesevariants.h"

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

struct FtsError
{
    QString message;
    int position = -1;
    bool any() const { return !message.isEmpty(); }
};

QString needsPositiveWord()
{
    return QCoreApplication::translate("kanbao::Search",
                                       "A search needs at least one word that is not excluded.");
}

// The FTS5 string for one word or phrase: quoted (quotes doubled), so nothing typed is ever read as FTS5
// syntax, with " *" when it ends in a lone ideograph. Empty when it has no searchable token.
QString ftsPhrase(const QString &text)
{
    const PhraseTokens phrase = phraseTokens(text);
    if (phrase.tokens.empty())
        return {};
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"') + (phrase.prefixLast ? QStringLiteral(" *") : QString());
}

// Turns the parsed text query into an FTS5 expression. Terms without any searchable token (pure
// punctuation) drop out. Returns an empty string for "nothing to match" and sets *error for queries FTS5
// cannot express (an exclusion with nothing to exclude from).
QString toFts(const QueryNode &node, FtsError *error)
{
    switch (node.kind) {
    case QueryNode::Term: {
        const QString phrase = ftsPhrase(node.text);
        if (phrase.isEmpty())
            return {};
        return node.field == QueryField::Headline ? QStringLiteral("headline : ") + phrase : phrase;
    }
    case QueryNode::Near: {
        QStringList phrases;
        for (const QueryNode &child : node.children)
            if (const QString phrase = ftsPhrase(child.text); !phrase.isEmpty())
                phrases << phrase;
        if (phrases.size() < 2)
            return phrases.value(0);
        return QStringLiteral("NEAR(%1, %2)").arg(phrases.join(QLatin1Char(' ')), QString::number(node.distance));
    }
    case QueryNode::Not:
        *error = {needsPositiveWord(), node.position};
        return {};
    case QueryNode::And: {
        QStringList positive, negative;
        int firstNegative = -1;
        for (const QueryNode &child : node.children) {
            if (child.kind == QueryNode::Not) {
                const QString inner = toFts(child.children.first(), error);
                if (error->any())
                    return {};
                if (!inner.isEmpty())
                    negative << inner;
                if (firstNegative < 0)
                    firstNegative = child.position;
            } else {
                const QString expr = toFts(child, error);
                if (error->any())
                    return {};
                if (!expr.isEmpty())
                    positive << expr;
            }
        }
        if (positive.isEmpty()) {
            if (!negative.isEmpty())
                *error = {needsPositiveWord(), firstNegative};
            return {};
        }
        QString expr = positive.size() == 1
                           ? positive.first()
                           : QLatin1Char('(') + positive.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        if (!negative.isEmpty())
            expr = QLatin1Char('(') + expr + QStringLiteral(" NOT (") + negative.join(QStringLiteral(" OR ")) +
                   QStringLiteral("))");
        return expr;
    }
    case QueryNode::Or: {
        QStringList alternatives;
        for (const QueryNode &child : node.children) {
            const QString expr = toFts(child, error);
            if (error->any())
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

// A text query made only of exclusions (-吕沛, or -a -b) as the FTS5 expression of what to exclude; empty
// otherwise. With filters it means "the filtered articles without these words".
QString exclusionOf(const QueryNode &node)
{
    QStringList excluded;
    const QList<QueryNode> items = node.kind == QueryNode::And ? node.children : QList<QueryNode>{node};
    for (const QueryNode &item : items) {
        if (item.kind != QueryNode::Not)
            return {};
        FtsError error;
        const QString expr = toFts(item.children.first(), &error);
        if (error.any())
            return {};
        if (!expr.isEmpty())
            excluded << expr;
    }
    return excluded.join(QStringLiteral(" OR "));
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

// What a request becomes in SQL: the FTS5 expression, the filter conditions and the tables they need.
struct Plan
{
    QString match;     // FTS5 expression of the words; empty when there are none (filters only)
    QStringList terms; // words and phrases to highlight
    QStringList conditions;
    QVariantList conditionBinds;
    bool needArticle = false, needPage = false, needIssue = false;
    int positiveConditions = 0;
    QString error;
    int errorPosition = -1;
    QSqlError sqlError;

    QString id() const { return match.isEmpty() ? QStringLiteral("a.id") : QStringLiteral("article_fts.rowid"); }

    // " FROM … WHERE …" over the matching articles; the issue (alias i) and page (p) are joined when the
    // filters or the caller need them.
    QString from(bool withIssue = false) const
    {
        const bool issue = withIssue || needIssue;
        const bool page = issue || needPage;
        const bool article = page || needArticle;
        QString sql = match.isEmpty() ? QStringLiteral(" FROM articles a") : QStringLiteral(" FROM article_fts");
        if (article && !match.isEmpty())
            sql += QStringLiteral(" JOIN articles a ON a.id = article_fts.rowid");
        if (page)
            sql += QStringLiteral(" JOIN pages p ON p.id = a.page_id");
        if (issue)
            sql += QStringLiteral(" JOIN issues i ON i.id = p.issue_id");
        QStringList where = conditions;
        if (!match.isEmpty())
            where.prepend(QStringLiteral("article_fts MATCH ?"));
        else
            where.prepend(QStringLiteral("a.hidden = 0")); // hidden articles are out of the index already
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        return sql;
    }

    QVariantList binds() const
    {
        QVariantList out;
        if (!match.isEmpty())
            out << match;
        out += conditionBinds;
        return out;
    }

    void add(const QString &condition, const QVariantList &values = {}, bool negated = false)
    {
        conditions << (negated ? QStringLiteral("NOT (%1)").arg(condition) : condition);
        conditionBinds += values;
        if (!negated)
            ++positiveConditions;
    }
};

QString entityTypeFor(QueryField field)
{
    switch (field) {
    case QueryField::Person:
        return QStringLiteral("person");
    case QueryField::Organization:
        return QStringLiteral("organization");
    case QueryField::Place:
        return QStringLiteral("place");
    default:
        return {};
    }
}

// The entities a person:/org:/place: value names: by name as written (traditional forms folded), or by
// pinyin when the value is Latin letters (lv pei, lü pei, lupei all name 吕沛).
bool entityIdsFor(QSqlDatabase &db, const QString &type, const QString &value, QList<qint64> *ids,
                  QSqlError *sqlError)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString pinyin = typedPinyinKey(value);
    if (!pinyin.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, name FROM entities WHERE type = ?"));
        q.addBindValue(type);
        if (!q.exec()) {
            *sqlError = q.lastError();
            return false;
        }
        while (q.next()) {
            const QString name = q.value(1).toString();
            if (name.compare(value, Qt::CaseInsensitive) == 0 || pinyinKeys(name).contains(pinyin))
                ids->append(q.value(0).toLongLong());
        }
        return true;
    }
    q.prepare(QStringLiteral("SELECT id FROM entities WHERE type = ? AND name IN (?, ?)"));
    q.addBindValue(type);
    q.addBindValue(value);
    q.addBindValue(foldChineseVariants(value));
    if (!q.exec()) {
        *sqlError = q.lastError();
        return false;
    }
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return true;
}

Plan compile(QSqlDatabase &db, const SearchRequest &request)
{
    Plan plan;
    const ParsedQuery parsed = parseQuery(request.query);
    if (!parsed.ok()) {
        plan.error = parsed.error;
        plan.errorPosition = parsed.errorPosition;
        return plan;
    }
    QString exclusion;
    int exclusionPosition = 0;
    if (parsed.text) {
        FtsError error;
        plan.match = toFts(*parsed.text, &error);
        if (plan.match.isEmpty()) {
            exclusion = exclusionOf(*parsed.text);
            exclusionPosition = parsed.text->position;
        }
        if (error.any() && exclusion.isEmpty()) {
            plan.error = error.message;
            plan.errorPosition = error.position;
            return plan;
        }
        plan.terms = positiveTerms(*parsed.text);
    }
    const QString id = plan.id();
    if (!exclusion.isEmpty()) {
        plan.conditions << QStringLiteral("%1 NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
                               .arg(id);
        plan.conditionBinds << exclusion;
    }

    // The request's own filters (the GUI's choosers): exact values.
    if (request.from.isValid()) {
        plan.add(QStringLiteral("i.date >= ?"), {request.from.toString(Qt::ISODate)});
        plan.needIssue = true;
    }
    if (request.to.isValid()) {
        plan.add(QStringLiteral("i.date <= ?"), {request.to.toString(Qt::ISODate)});
        plan.needIssue = true;
    }
    if (!request.paper.isEmpty()) {
        plan.add(QStringLiteral("i.paper_id = (SELECT id FROM papers WHERE name = ?)"), {request.paper});
        plan.needIssue = true;
    }
    if (!request.pageLabel.isEmpty()) {
        plan.add(QStringLiteral("p.label = ?"), {request.pageLabel});
        plan.needPage = true;
    }
    for (const QString &tag : request.tags)
        plan.add(QStringLiteral("EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                "WHERE at.article_id = %1 AND t.name = ?)")
                     .arg(id),
                 {tag});
    if (request.entityId != 0)
        plan.add(QStringLiteral("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = %1 AND m.entity_id = ?)")
                     .arg(id),
                 {request.entityId});

    if (request.afterArticleId > 0)
        plan.add(QStringLiteral("%1 > ?").arg(id), {request.afterArticleId});

    // The query's filters: forgiving values (part of a paper's name, page 2 for A02).
    for (const QueryFilter &filter : parsed.filters) {
        const QString &v = filter.value;
        switch (filter.field) {
        case QueryField::From:
            plan.add(QStringLiteral("i.date >= ?"), {filter.date.toString(Qt::ISODate)});
            plan.needIssue = true;
            break;
        case QueryField::To:
            plan.add(QStringLiteral("i.date <= ?"), {filter.date.toString(Qt::ISODate)});
            plan.needIssue = true;
            break;
        case QueryField::Paper:
            plan.add(QStringLiteral("i.paper_id IN (SELECT id FROM papers WHERE instr(name, ?) > 0 OR "
                                    "instr(name, ?) > 0)"),
                     {v, foldChineseVariants(v)}, filter.negated);
            plan.needIssue = true;
            break;
        case QueryField::Page: {
            bool digits = !v.isEmpty();
            for (QChar c : v)
                digits = digits && c.isDigit();
            if (digits)
                // A bare number names the page whatever its letter: page:2 is A02 or B2.
                plan.add(QStringLiteral("(p.label = ? COLLATE NOCASE OR ltrim(p.label, "
                                        "'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0') = ?)"),
                         {v, QString::number(v.toLongLong())}, filter.negated);
            else
                plan.add(QStringLiteral("p.label = ? COLLATE NOCASE"), {v}, filter.negated);
            plan.needPage = true;
            break;
        }
        case QueryField::Section:
            plan.add(QStringLiteral("instr(coalesce(p.section, ''), ?) > 0"), {v}, filter.negated);
            plan.needPage = true;
            break;
        case QueryField::Tag:
            plan.add(QStringLiteral("EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                    "WHERE at.article_id = %1 AND t.name = ?)")
                         .arg(id),
                     {v}, filter.negated);
            break;
        case QueryField::Byline:
            plan.add(QStringLiteral("instr(a.reporters || a.correspondents || a.authors || a.photographers, ?) > 0"),
                     {v}, filter.negated);
            plan.needArticle = true;
            break;
        case QueryField::Office:
            plan.add(QStringLiteral("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = %1 AND "
                                    "(instr(m.office, ?) > 0 OR instr(m.office, ?) > 0))")
                         .arg(id),
                     {v, foldChineseVariants(v)}, filter.negated);
            break;
        case QueryField::Person:
        case QueryField::Organization:
        case QueryField::Place: {
            QList<qint64> ids;
            if (!entityIdsFor(db, entityTypeFor(filter.field), v, &ids, &plan.sqlError)) {
                plan.error = QCoreApplication::translate("kanbao::Search", "Search failed: %1")
                                 .arg(plan.sqlError.text());
                return plan;
            }
            QStringList list;
            for (qint64 entity : ids)
                list << QString::number(entity);
            plan.add(list.isEmpty() ? QStringLiteral("0")
                                    : QStringLiteral("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = %1 "
                                                     "AND m.entity_id IN (%2))")
                                          .arg(id, list.join(QLatin1Char(','))),
                     {}, filter.negated);
            break;
        }
        case QueryField::Collection:
            plan.add(QStringLiteral("EXISTS (SELECT 1 FROM collection_articles ca JOIN collections c ON c.id = "
                                    "ca.collection_id WHERE ca.article_id = %1 AND c.name = ?)")
                         .arg(id),
                     {v}, filter.negated);
            break;
        case QueryField::Text:
        case QueryField::Headline:
            break;
        }
    }
    if (plan.match.isEmpty() && plan.positiveConditions == 0) {
        if (!exclusion.isEmpty()) {
            plan.error = needsPositiveWord();
            plan.errorPosition = exclusionPosition;
        } else if (request.query.trimmed().isEmpty()) {
            plan.error = QCoreApplication::translate("kanbao::Search", "Type a word to search for, or choose a filter.");
            plan.errorPosition = 0;
        } else {
            plan.error = parsed.filters.isEmpty()
                             ? QCoreApplication::translate("kanbao::Search", "The query has no searchable words.")
                             : needsPositiveWord();
            plan.errorPosition = 0;
        }
    }
    return plan;
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
    // The same for every query until the library changes: remembered by the connection, not read again.
    SearchCache *cache = SearchCache::of(db);
    const QString key = QStringLiteral("bm25 weights");
    if (cache)
        if (std::optional<QString> known = cache->knownText(key))
            return *known;
    QSqlQuery q(db);
    QStringList weights;
    if (q.exec(QStringLiteral("PRAGMA table_info(article_fts)"))) {
        while (q.next())
            weights << (q.value(1).toString() == QLatin1String("headline") ? QString::number(HeadlineWeight)
                                                                           : QStringLiteral("1.0"));
    }
    if (weights.isEmpty())
        weights << QString::number(HeadlineWeight) << QStringLiteral("1.0");
    const QString joined = weights.join(QStringLiteral(", "));
    if (cache)
        cache->rememberText(key, joined);
    return joined;
}

} // namespace

QList<QPair<int, int>> findHits(const QString &query, const QString &text)
{
    const ParsedQuery parsed = parseQuery(query);
    if (!parsed.ok() || !parsed.text)
        return {};
    return HitMatcher(positiveTerms(*parsed.text)).hits(text);
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

namespace {

template <typename Result>
bool compileInto(QSqlDatabase &db, const SearchRequest &request, Plan *plan, Result *result)
{
    if (!db.isOpen()) {
        result->error = QCoreApplication::translate("kanbao::Search", "The library is not open.");
        return false;
    }
    *plan = compile(db, request);
    if (plan->error.isEmpty())
        return true;
    result->error = plan->error;
    result->errorPosition = plan->errorPosition;
    result->sqlError = plan->sqlError;
    return false;
}

// run() for the result types other than SearchResults.
template <typename Result>
bool runFor(QSqlQuery &q, const QString &sql, const QVariantList &binds, Result *result)
{
    SearchResults scratch;
    if (run(q, sql, binds, &scratch))
        return true;
    result->error = scratch.error;
    result->sqlError = scratch.sqlError;
    return false;
}

// The ids of every match, as the column match_id (SearchCache::ids() collects them).
QString matchingSql(const Plan &plan)
{
    return QStringLiteral("SELECT %1 AS match_id").arg(plan.id()) + plan.from();
}

// The ids of the page of results, with their ranks when ranked; sets total.
bool rankedIds(QSqlDatabase &db, const SearchRequest &request, const Plan &plan, QList<qint64> *ids,
               QHash<qint64, double> *ranks, SearchResults *results)
{
    const int limit = std::clamp(request.limit, 0, 100000);
    const int offset = std::max(0, request.offset);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString id = plan.id();
    const QVariantList binds = plan.binds();
    // The count is remembered by the connection until the library changes: the next result page and the
    // overview of the same query then need no second pass over the matches.
    SearchCache *cache = SearchCache::of(db);
    const QString matching = matchingSql(plan);
    const auto count = [&] {
        if (cache) {
            if (const std::optional<qint64> known = cache->knownCount(matching, binds)) {
                results->total = int(std::min<qint64>(*known, SearchCountCap + 1));
                return true;
            }
        }
        if (!run(q, QStringLiteral("SELECT count(*) FROM (SELECT 1") + plan.from() +
                        QStringLiteral(" LIMIT %1)").arg(SearchCountCap + 1),
                 binds, results))
            return false;
        q.next();
        results->total = q.value(0).toInt();
        // Not a count the cap cut short: remembered for the next page and the overview of this query.
        if (cache && results->total <= SearchCountCap)
            cache->rememberCount(matching, binds, results->total);
        return true;
    };
    if (request.sort != SearchSort::Relevance || plan.match.isEmpty()) {
        // By date; articles of one issue in the order they were added (page, then reading order).
        const QString direction =
            request.sort == SearchSort::Oldest ? QStringLiteral("ASC") : QStringLiteral("DESC");
        if (request.exactTotal && !count())
            return false;
        if (!run(q,
                 QStringLiteral("SELECT %1").arg(id) + plan.from(true) +
                     QStringLiteral(" ORDER BY i.date %1, %2 %1 LIMIT %3 OFFSET %4")
                         .arg(direction, id)
                         .arg(limit)
                         .arg(offset),
                 binds, results))
            return false;
        while (q.next())
            ids->append(q.value(0).toLongLong());
        if (!request.exactTotal) {
            // Not counted: the rows up to the end of this page are known to match.
            results->total = offset + int(ids->size());
            results->totalIsLowerBound = ids->size() >= qsizetype(limit);
        }
        return true;
    }
    // Ranking costs time per match (the rank function reads each one's position lists and length;
    // bench_search: ranking 10,000 matches took ~35 ms, 2,000 ~3 ms). So one pass takes the newest
    // SearchRankWindow + 1 matches (highest ids, which FTS5 walks backwards without sorting), ranks and
    // counts them: with fewer matches that is all of them, exactly ranked and counted; with more, the
    // hits are the best of the most recently added ones and a cheap second pass counts them all. A lone
    // ideograph is a prefix query whose doclists FTS5 merges up front, so the single pass also spares rare
    // characters a second merge.
    const int window = std::max(SearchRankWindow, offset + limit) + 1;
    // IDF needs each phrase's document count; with one phrase it scales every score alike and is skipped.
    QStringList rankArgs{bm25Weights(db)};
    const QStringList phrases = phrasesOf(plan.match);
    if (phrases.size() > 1) {
        QHash<QString, int> documents;
        QStringList counts;
        for (const QString &phrase : phrases) {
            if (!documents.contains(phrase)) {
                const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_fts WHERE "
                                                   "article_fts MATCH ? LIMIT %1)")
                                        .arg(SearchCountCap + 1);
                if (const std::optional<qint64> known = cache ? cache->knownCount(sql, {phrase}) : std::nullopt) {
                    documents.insert(phrase, int(*known));
                } else {
                    if (!run(q, sql, {phrase}, results))
                        return false;
                    q.next();
                    documents.insert(phrase, q.value(0).toInt());
                    if (cache)
                        cache->rememberCount(sql, {phrase}, documents.value(phrase));
                }
            }
            counts << QString::number(documents.value(phrase));
        }
        // One text argument for all the counts: one argument per phrase exceeds SQLite's limit on
        // function arguments for a query of many words.
        rankArgs << QLatin1Char('\'') + counts.join(QLatin1Char(',')) + QLatin1Char('\'');
    }
    const QString ranked =
        QStringLiteral("SELECT article_fts.rowid AS id, kanbao_rank(article_fts, %1) AS score")
            .arg(rankArgs.join(QStringLiteral(", "))) +
        plan.from() + QStringLiteral(" ORDER BY article_fts.rowid DESC LIMIT %1").arg(window);
    if (!run(q,
             QStringLiteral("WITH w AS MATERIALIZED (") + ranked +
                 QStringLiteral(") SELECT id, score, (SELECT count(*) FROM w) FROM w "
                                "ORDER BY score, id DESC LIMIT %1 OFFSET %2")
                     .arg(std::max(limit, 1))
                     .arg(offset),
             binds, results)) {
        if (results->error.contains(QLatin1String("fts5"))) {
            results->sqlError = QSqlError(); // the query's fault, not the library's
            results->error = QCoreApplication::translate("kanbao::Search", "The query could not be understood: %1")
                                 .arg(results->error);
        }
        return false;
    }
    bool counted = false;
    while (q.next()) {
        if (!counted) {
            results->total = q.value(2).toInt();
            counted = true;
        }
        if (ids->size() < limit) {
            ids->append(q.value(0).toLongLong());
            ranks->insert(ids->last(), q.value(1).toDouble());
        }
    }
    if ((!counted && offset > 0) || results->total >= window) {
        if (request.exactTotal)
            return count(); // paged past the end, or more matches than were ranked
        // Not asked for: at least the ranked ones match.
        results->totalIsLowerBound = true;
        return true;
    }
    if (cache)
        cache->rememberCount(matching, binds, results->total);
    return true;
}

} // namespace

SearchResults search(QSqlDatabase &db, const SearchRequest &request)
{
    SearchResults results;
    Plan plan;
    if (!compileInto(db, request, &plan, &results))
        return results;
    QList<qint64> ids;
    QHash<qint64, double> ranks;
    if (!rankedIds(db, request, plan, &ids, &ranks, &results))
        return results;
    if (results.total > SearchCountCap) {
        results.total = SearchCountCap;
        results.totalIsLowerBound = true;
    }
    if (ids.isEmpty())
        return results;

    QSqlQuery q(db);
    q.setForwardOnly(true);
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
    const HitMatcher matcher(plan.terms);
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

namespace {

// Up to this many matches the joins are as fast as the columns (bench_search), and loading the columns
// for a rare word would cost more than it saves.
constexpr size_t JoinsUpTo = 2000;

bool useColumns(OverviewPath path, SearchCache *cache, size_t matches, bool withLinks)
{
    if (path == OverviewPath::Joins || !cache)
        return false;
    if (path == OverviewPath::Columns)
        return true;
    return matches > JoinsUpTo || cache->hasCurrentColumns(withLinks);
}

bool byCount(const FacetValue &a, const FacetValue &b)
{
    return a.count != b.count ? a.count > b.count : a.value < b.value;
}

QList<FacetValue> topOf(const QHash<QString, int> &counts, int perFacet)
{
    QList<FacetValue> values;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        values.append({it.key(), it.value()});
    std::sort(values.begin(), values.end(), byCount);
    if (values.size() > perFacet)
        values.resize(std::max(0, perFacet));
    return values;
}

// Counts by dictionary index as facet values; index `skip` (the empty label) left out.
QList<FacetValue> topOf(const std::vector<int> &counts, const QStringList &names, int perFacet, qsizetype skip = -1)
{
    QList<FacetValue> values;
    for (size_t k = 0; k < counts.size(); ++k)
        if (counts[k] > 0 && qsizetype(k) != skip)
            values.append({names.value(qsizetype(k)), counts[k]});
    std::sort(values.begin(), values.end(), byCount);
    if (values.size() > perFacet)
        values.resize(std::max(0, perFacet));
    return values;
}

bool facetsFromJoins(QSqlDatabase &db, const Plan &plan, int perFacet, SearchFacets *facets)
{
    const QString matching = QStringLiteral("SELECT %1 AS id").arg(plan.id()) + plan.from();
    const QVariantList binds = plan.binds();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Paper, year, page and section in one pass over the matches, counted here.
    if (!runFor(q,
                QStringLiteral("SELECT pa.name, substr(i.date, 1, 4), p.label, p.section FROM (") + matching +
                    QStringLiteral(") m JOIN articles a ON a.id = m.id JOIN pages p ON p.id = a.page_id "
                                   "JOIN issues i ON i.id = p.issue_id JOIN papers pa ON pa.id = i.paper_id"),
                binds, facets))
        return false;
    QHash<QString, int> papers, years, pages, sections;
    while (q.next()) {
        ++papers[q.value(0).toString()];
        ++years[q.value(1).toString()];
        if (const QString page = q.value(2).toString(); !page.isEmpty())
            ++pages[page];
        if (const QString section = q.value(3).toString(); !section.isEmpty())
            ++sections[section];
    }
    facets->papers = topOf(papers, perFacet);
    facets->years = topOf(years, perFacet);
    facets->pages = topOf(pages, perFacet);
    facets->sections = topOf(sections, perFacet);
    const auto grouped = [&](const QString &sql, QList<FacetValue> *out) {
        if (!runFor(q, sql.arg(matching), binds, facets))
            return false;
        QHash<QString, int> counts;
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        *out = topOf(counts, perFacet);
        return true;
    };
    return grouped(QStringLiteral("SELECT e.name, count(DISTINCT mn.article_id) FROM mentions mn "
                                  "JOIN entities e ON e.id = mn.entity_id WHERE e.type = 'person' AND "
                                  "mn.article_id IN (%1) GROUP BY e.id"),
                   &facets->people) &&
           grouped(QStringLiteral("SELECT t.name, count(*) FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                  "WHERE at.article_id IN (%1) GROUP BY t.id"),
                   &facets->tags);
}

// Counts of `prefix`-long date prefixes (4: years) from counts per date.
QHash<QString, int> byPeriod(const std::vector<int> &perDate, const QStringList &dates, int prefix)
{
    QHash<QString, int> counts;
    for (size_t k = 0; k < perDate.size(); ++k)
        if (perDate[k] > 0)
            counts[dates.value(qsizetype(k)).left(prefix)] += perDate[k];
    return counts;
}

void facetsFromColumns(const ArticleColumns &c, const std::vector<qint64> &ids, int perFacet, SearchFacets *facets)
{
    std::vector<int> dates(size_t(c.dates.size())), papers(size_t(c.papers.size())),
        labels(size_t(c.labels.size())), sections(size_t(c.sections.size())), people(size_t(c.personNames.size())),
        tags(size_t(c.tagNames.size()));
    const size_t idSlots = c.date.size();
    for (const qint64 id : ids) {
        if (id < 0 || size_t(id) >= idSlots)
            continue;
        const auto k = size_t(id);
        // As the joins: an article whose page, issue or paper is missing counts for no paper, year, page
        // or section, but still for its people and tags.
        if (c.date[k] != ArticleColumns::None && c.paper[k] != ArticleColumns::None) {
            ++dates[c.date[k]];
            ++papers[c.paper[k]];
            ++labels[c.label[k]];
            ++sections[c.section[k]];
        }
        if (!c.hasLinks)
            continue;
        for (quint32 j = c.peopleStart[k]; j < c.peopleStart[k + 1]; ++j)
            ++people[c.people[j]];
        for (quint32 j = c.tagStart[k]; j < c.tagStart[k + 1]; ++j)
            ++tags[c.tags[j]];
    }
    facets->papers = topOf(papers, c.papers, perFacet);
    facets->years = topOf(byPeriod(dates, c.dates, 4), perFacet);
    facets->pages = topOf(labels, c.labels, perFacet, 0);
    facets->sections = topOf(sections, c.sections, perFacet, 0);
    facets->people = topOf(people, c.personNames, perFacet);
    facets->tags = topOf(tags, c.tagNames, perFacet);
}

int periodLength(HistogramUnit unit)
{
    return unit == HistogramUnit::Year ? 4 : unit == HistogramUnit::Month ? 7 : 10;
}

bool histogramFromJoins(QSqlDatabase &db, const Plan &plan, int length, SearchHistogram *histogram)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!runFor(q,
                QStringLiteral("SELECT substr(i.date, 1, %1) AS period, count(*)").arg(length) + plan.from(true) +
                    QStringLiteral(" GROUP BY period ORDER BY period"),
                plan.binds(), histogram))
        return false;
    while (q.next())
        histogram->bins.append({q.value(0).toString(), q.value(1).toInt(), 0});
    return true;
}

void histogramFromColumns(const ArticleColumns &c, const std::vector<qint64> &ids, int length,
                          SearchHistogram *histogram)
{
    std::vector<int> dates(size_t(c.dates.size()));
    const size_t idSlots = c.date.size();
    for (const qint64 id : ids)
        if (id >= 0 && size_t(id) < idSlots && c.date[size_t(id)] != ArticleColumns::None)
            ++dates[c.date[size_t(id)]];
    const QHash<QString, int> counts = byPeriod(dates, c.dates, length);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        histogram->bins.append({it.key(), it.value(), 0});
    // As GROUP BY period ORDER BY period (SQLite compares the UTF-8 bytes; dates are ASCII).
    std::sort(histogram->bins.begin(), histogram->bins.end(),
              [](const HistogramBin &a, const HistogramBin &b) { return a.period < b.period; });
}

// Issues per period, for hits per issue: archives have gaps, and a year with half the issues scanned
// would otherwise look like a year the name was spoken of less.
bool countIssues(QSqlDatabase &db, const SearchRequest &request, int length, SearchHistogram *histogram)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString issues = QStringLiteral("SELECT substr(date, 1, %1) AS period, count(*) FROM issues").arg(length);
    QVariantList binds;
    if (!request.paper.isEmpty()) {
        issues += QStringLiteral(" WHERE paper_id = (SELECT id FROM papers WHERE name = ?)");
        binds << request.paper;
    }
    issues += QStringLiteral(" GROUP BY period");
    // The same for every query of a library state: remembered by the connection.
    SearchCache *cache = SearchCache::of(db);
    const QString key = issues + QChar(0x1f) + request.paper;
    std::optional<QHash<QString, int>> known = cache ? cache->knownCounts(key) : std::nullopt;
    if (!known) {
        if (!runFor(q, issues, binds, histogram))
            return false;
        known.emplace();
        while (q.next())
            known->insert(q.value(0).toString(), q.value(1).toInt());
        if (cache)
            cache->rememberCounts(key, *known);
    }
    const QHash<QString, int> &perPeriod = *known;
    for (HistogramBin &bin : histogram->bins)
        bin.issues = perPeriod.value(bin.period);
    return true;
}

// The matches' ids (from the connection's cache when the same request ran since the library changed),
// and the columns when `path` and their number call for them.
template <typename Result>
bool matches(QSqlDatabase &db, const Plan &plan, OverviewPath path, bool withLinks,
             std::shared_ptr<const std::vector<qint64>> *ids, std::shared_ptr<const ArticleColumns> *columns,
             Result *result)
{
    SearchCache *cache = SearchCache::of(db);
    if (!cache)
        return true; // not SQLite: the joins
    QSqlError error;
    *ids = cache->ids(matchingSql(plan), plan.binds(), &error);
    if (!*ids) {
        result->sqlError = error;
        result->error = QCoreApplication::translate("kanbao::Search", "Search failed: %1").arg(error.text());
        return false;
    }
    if (useColumns(path, cache, (*ids)->size(), withLinks))
        *columns = cache->columns(withLinks, &error); // null (out-of-range ids): the joins
    return true;
}

bool facetsOf(QSqlDatabase &db, const Plan &plan, const std::shared_ptr<const std::vector<qint64>> &ids,
              const std::shared_ptr<const ArticleColumns> &columns, int perFacet, SearchFacets *facets)
{
    if (columns && ids) {
        facetsFromColumns(*columns, *ids, perFacet, facets);
        return true;
    }
    return facetsFromJoins(db, plan, perFacet, facets);
}

bool histogramOf(QSqlDatabase &db, const SearchRequest &request, const Plan &plan,
                 const std::shared_ptr<const std::vector<qint64>> &ids,
                 const std::shared_ptr<const ArticleColumns> &columns, HistogramUnit unit,
                 SearchHistogram *histogram)
{
    const int length = periodLength(unit);
    if (columns && ids)
        histogramFromColumns(*columns, *ids, length, histogram);
    else if (!histogramFromJoins(db, plan, length, histogram))
        return false;
    return countIssues(db, request, length, histogram);
}

} // namespace

SearchFacets searchFacets(QSqlDatabase &db, const SearchRequest &request, int perFacet, OverviewPath path)
{
    SearchFacets facets;
    Plan plan;
    if (!compileInto(db, request, &plan, &facets))
        return facets;
    std::shared_ptr<const std::vector<qint64>> ids;
    std::shared_ptr<const ArticleColumns> columns;
    if (matches(db, plan, path, true, &ids, &columns, &facets))
        facetsOf(db, plan, ids, columns, perFacet, &facets);
    return facets;
}

SearchHistogram searchHistogram(QSqlDatabase &db, const SearchRequest &request, HistogramUnit unit,
                                OverviewPath path)
{
    SearchHistogram histogram;
    Plan plan;
    if (!compileInto(db, request, &plan, &histogram))
        return histogram;
    std::shared_ptr<const std::vector<qint64>> ids;
    std::shared_ptr<const ArticleColumns> columns;
    if (matches(db, plan, path, false, &ids, &columns, &histogram))
        histogramOf(db, request, plan, ids, columns, unit, &histogram);
    return histogram;
}

SearchSummary searchSummary(QSqlDatabase &db, const SearchRequest &request, HistogramUnit unit, int perFacet,
                            OverviewPath path)
{
    SearchSummary summary;
    Plan plan;
    if (!compileInto(db, request, &plan, &summary))
        return summary;
    std::shared_ptr<const std::vector<qint64>> ids;
    std::shared_ptr<const ArticleColumns> columns;
    if (!matches(db, plan, path, true, &ids, &columns, &summary))
        return summary;
    if (ids) {
        summary.total = int(std::min<size_t>(ids->size(), size_t(SearchCountCap) + 1));
    } else {
        SearchRequest one = request;
        one.limit = 0;
        const SearchResults results = search(db, one);
        summary.total = results.total;
        summary.totalIsLowerBound = results.totalIsLowerBound;
    }
    if (summary.total > SearchCountCap) {
        summary.total = SearchCountCap;
        summary.totalIsLowerBound = true;
    }
    if (!facetsOf(db, plan, ids, columns, perFacet, &summary.facets)) {
        summary.error = summary.facets.error;
        summary.sqlError = summary.facets.sqlError;
        return summary;
    }
    if (!histogramOf(db, request, plan, ids, columns, unit, &summary.histogram)) {
        summary.error = summary.histogram.error;
        summary.sqlError = summary.histogram.sqlError;
    }
    return summary;
}

KwicResults searchKwic(QSqlDatabase &db, const SearchRequest &request, int context)
{
    KwicResults kwic;
    const SearchResults results = search(db, request);
    if (!results.error.isEmpty()) {
        kwic.error = results.error;
        kwic.errorPosition = results.errorPosition;
        kwic.sqlError = results.sqlError;
        return kwic;
    }
    context = std::clamp(context, 0, 1000);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto flat = [](QString text) {
        for (QChar &c : text)
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
        return text;
    };
    for (const SearchHit &hit : results.hits) {
        if (hit.bodyHits.isEmpty())
            continue;
        if (!runFor(q, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {hit.articleId}, &kwic))
            return kwic;
        if (!q.next())
            continue;
        const QString body = q.value(0).toString();
        ++kwic.articles;
        for (const auto &[start, end] : hit.bodyHits) {
            int from = std::max(0, start - context);
            int to = std::min(int(body.size()), end + context);
            // Never cut a surrogate pair in half at either end.
            if (from > 0 && body.at(from).isLowSurrogate())
                --from;
            if (to < body.size() && to > 0 && body.at(to - 1).isHighSurrogate())
                ++to;
            KwicLine line{hit.articleId,
                          hit.paper,
                          hit.date,
                          hit.page,
                          hit.headline,
                          flat(body.mid(from, start - from)),
                          flat(body.mid(start, end - start)),
                          flat(body.mid(end, to - end)),
                          start};
            kwic.lines.append(line);
        }
    }
    return kwic;
}


} // namespace kanbao
