#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kanbao {

// The search query language, one parser for the GUI and the CLI.
//
//   吕沛 高新区                 both words (AND; the word AND may be written too)
//   "市政协副主席吕沛"           a phrase (straight, Chinese “…” or 「…」 quotes)
//   吕沛 OR 官卫红              either (OR binds looser than AND; "|" works too)
//   吕沛 -高新区, 吕沛 NOT 高新区  without
//   (吕沛 OR 官卫红) 会议         grouping
//   吕沛 NEAR/5 调研             both within 5 tokens (a Chinese character counts as one; NEAR alone: 10)
//   headline:调研                in the headline only (a full-text field: combines with everything above)
//   byline:郭树勋 person:吕沛 org:政协 place:温县 office:副市长 tag:项目 paper:焦作日报 page:A02
//   section:要闻 from:2024-04 to:2024-06-30 collection:待读
//                               filters: ANDed with the rest, may be negated (-paper:焦作晚报), not put
//                               inside OR, NEAR or parentheses. person:/org:/place: also take pinyin
//                               (person:"lv pei", person:lupei). from:/to: take YYYY, YYYY-MM, YYYY-MM-DD.
// A field name may be followed by ":" or the full-width "："; its value may be quoted (person:"lü pei").
//
// A query that cannot be understood is refused with a message and the position (UTF-16 index into the
// query) of what is wrong, never silently run as something else.
enum class QueryField
{
    Text, // the article's text (headline and body)
    Headline,
    Byline,
    Person,
    Organization,
    Place,
    Office,
    Tag,
    Paper,
    Page,
    Section,
    From,
    To,
    Collection, // collection:NAME, the articles of a collection (library/searchlists.h)
};

// The name as typed in a query ("headline", "org"); empty for Text.
QString queryFieldName(QueryField field);

// The full-text part of a query.
struct QueryNode
{
    enum Kind
    {
        Term, // a word or phrase: text
        And,
        Or,
        Not,  // one child
        Near, // children are Terms, within `distance` tokens of each other
    };
    Kind kind = Term;
    QString text;
    bool quoted = false;
    QueryField field = QueryField::Text; // Term: Text or Headline
    int distance = 0;
    int position = 0; // UTF-16 index of the node's first character in the query
    QList<QueryNode> children;
};

// A filter on the article's metadata (every field but Text and Headline).
struct QueryFilter
{
    QueryField field = QueryField::Paper;
    QString value;
    bool negated = false;
    QDate date; // From, To: the first (from) or last (to) day of the period typed
    int position = 0;
};

struct ParsedQuery
{
    std::optional<QueryNode> text; // absent when the query has only filters (or nothing)
    QList<QueryFilter> filters;
    QString error;          // empty when the query was understood
    int errorPosition = -1; // UTF-16 index into the query of what the error is about
    bool ok() const { return error.isEmpty(); }
};

ParsedQuery parseQuery(const QString &query);

// The terms (words and phrases) whose hits should be highlighted: every Term not under a Not.
QStringList positiveTerms(const QueryNode &node);

// For a terminal: the query on one line, a caret under the error position (counting wide characters
// as two columns), the message on the next line.
QString describeQueryError(const QString &query, const ParsedQuery &parsed);

} // namespace kanbao
