#include "library/query.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <utility>

namespace kanbao {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::Query", text);
}

constexpr std::array<std::pair<QueryField, const char *>, 15> fieldNames{{
    {QueryField::Headline, "headline"},
    {QueryField::Byline, "byline"},
    {QueryField::Person, "person"},
    {QueryField::Organization, "org"},
    {QueryField::Organization, "organization"},
    {QueryField::Place, "place"},
    {QueryField::Office, "office"},
    {QueryField::Tag, "tag"},
    {QueryField::Paper, "paper"},
    {QueryField::Page, "page"},
    {QueryField::Section, "section"},
    {QueryField::From, "from"},
    {QueryField::To, "to"},
    {QueryField::Text, "text"},
    {QueryField::Collection, "collection"},
}};

std::optional<QueryField> fieldFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (const auto &[field, text] : fieldNames)
        if (lower == QLatin1String(text))
            return field;
    return std::nullopt;
}

struct Lexeme
{
    enum Kind
    {
        Word,
        Phrase,
        Field, // text = value, field set
        Open,
        Close,
        OrOp,
        AndOp,
        NotOp,
        Minus,
        NearOp, // distance set
        End
    };
    Kind kind = End;
    QString text;
    int position = 0;
    QueryField field = QueryField::Text;
    bool quoted = false;
    int distance = 0;
};

constexpr int DefaultNearDistance = 10;
constexpr int MaxNearDistance = 1000;

bool isQuerySpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c.unicode() < 0x20 || c.unicode() == 0x7F;
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

bool isFieldColon(QChar c)
{
    return c == u':' || c == QChar(0xFF1A);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

class Lexer
{
public:
    explicit Lexer(const QString &query) : m_query(query) {}

    // False with *error / *errorPosition set for what cannot be read at all.
    bool lex(QList<Lexeme> *out, QString *error, int *errorPosition)
    {
        const qsizetype n = m_query.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_query.at(i);
            const int at = int(i);
            if (isQuerySpace(c)) {
                ++i;
                continue;
            }
            if (isOpenParen(c)) {
                out->append(Lexeme{Lexeme::Open, {}, at});
                ++i;
                continue;
            }
            if (isCloseParen(c)) {
                out->append(Lexeme{Lexeme::Close, {}, at});
                ++i;
                continue;
            }
            if (isOpenQuote(c)) {
                QString phrase;
                if (!readQuoted(&i, &phrase, error, errorPosition))
                    return false;
                Lexeme lexeme{Lexeme::Phrase, phrase, at};
                lexeme.quoted = true;
                out->append(lexeme);
                continue;
            }
            if ((c == u'-' || c == QChar(0xFF0D)) && i + 1 < n && !isQuerySpace(m_query.at(i + 1))) {
                out->append(Lexeme{Lexeme::Minus, {}, at});
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < n && !isQuerySpace(m_query.at(j)) && !isOpenParen(m_query.at(j)) &&
                   !isCloseParen(m_query.at(j)) && !isOpenQuote(m_query.at(j)))
                ++j;
            const QString word = m_query.mid(i, j - i);
            // field:value — a run of ASCII letters then a colon. Digits before a colon (12:30) are text.
            qsizetype letters = 0;
            while (letters < word.size() && isAsciiLetter(word.at(letters)))
                ++letters;
            if (letters > 0 && letters < word.size() && isFieldColon(word.at(letters))) {
                const QString name = word.left(letters);
                const std::optional<QueryField> field = fieldFromName(name);
                if (!field) {
                    *error = tr("Unknown field \"%1:\". Fields are headline, byline, person, org, place, "
                                "office, tag, paper, page, section, collection, from and to; to search for the text "
                                "itself, put it in quotes.")
                                 .arg(name);
                    *errorPosition = at;
                    return false;
                }
                Lexeme lexeme{Lexeme::Field, word.mid(letters + 1), at};
                lexeme.field = *field;
                i += letters + 1;
                if (lexeme.text.isEmpty() && i < n && isOpenQuote(m_query.at(i))) {
                    if (!readQuoted(&i, &lexeme.text, error, errorPosition))
                        return false;
                    lexeme.quoted = true;
                } else {
                    i = j;
                }
                if (lexeme.text.trimmed().isEmpty()) {
                    *error = tr("The field \"%1:\" needs a value after the colon.").arg(name);
                    *errorPosition = at;
                    return false;
                }
                if (lexeme.field == QueryField::Text)
                    lexeme.kind = lexeme.quoted ? Lexeme::Phrase : Lexeme::Word;
                out->append(lexeme);
                continue;
            }
            Lexeme lexeme{Lexeme::Word, word, at};
            if (word == QLatin1String("OR") || word == QLatin1String("|")) {
                lexeme.kind = Lexeme::OrOp;
            } else if (word == QLatin1String("AND") || word == QLatin1String("&")) {
                lexeme.kind = Lexeme::AndOp;
            } else if (word == QLatin1String("NOT")) {
                lexeme.kind = Lexeme::NotOp;
            } else if (word == QLatin1String("NEAR") || word.startsWith(QLatin1String("NEAR/"))) {
                lexeme.kind = Lexeme::NearOp;
                lexeme.distance = DefaultNearDistance;
                if (word.size() > 4) {
                    bool ok = false;
                    lexeme.distance = word.mid(5).toInt(&ok);
                    if (!ok || lexeme.distance < 0 || lexeme.distance > MaxNearDistance) {
                        *error = tr("NEAR/n needs a distance n between 0 and %1, as in NEAR/5.")
                                     .arg(MaxNearDistance);
                        *errorPosition = at;
                        return false;
                    }
                }
            }
            out->append(lexeme);
            i = j;
        }
        out->append(Lexeme{Lexeme::End, {}, int(n)});
        return true;
    }

private:
    bool readQuoted(qsizetype *i, QString *text, QString *error, int *errorPosition)
    {
        const qsizetype open = *i;
        qsizetype j = open + 1;
        while (j < m_query.size() && !isCloseQuote(m_query.at(j)))
            ++j;
        if (j >= m_query.size()) {
            *error = tr("This quotation mark is never closed.");
            *errorPosition = int(open);
            return false;
        }
        *text = m_query.mid(open + 1, j - open - 1);
        for (QChar &c : *text)
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                c = QLatin1Char(' ');
        *i = j + 1;
        return true;
    }

    const QString &m_query;
};

bool isFilterField(QueryField field)
{
    return field != QueryField::Text && field != QueryField::Headline;
}

// The first and last day of a period typed as YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD.
bool parsePeriod(const QString &text, QDate *first, QDate *last)
{
    const QString t = text.trimmed();
    if (t.size() == 4) {
        bool ok = false;
        const int year = t.toInt(&ok);
        if (!ok || year < 1 || year > 9999)
            return false;
        *first = QDate(year, 1, 1);
        *last = QDate(year, 12, 31);
        return true;
    }
    if (t.size() == 7 && t.at(4) == u'-') {
        const QDate d = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate);
        if (!d.isValid())
            return false;
        *first = d;
        *last = d.addMonths(1).addDays(-1);
        return true;
    }
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() && t.size() == 8)
        d = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        return false;
    *first = *last = d;
    return true;
}

class Parser
{
public:
    Parser(const QList<Lexeme> &lexemes, ParsedQuery *result) : m_lexemes(lexemes), m_result(result) {}

    void parse()
    {
        // Filters are taken off the top level (a run of ANDed items) first; what is left is the text query.
        std::optional<QueryNode> root = parseOr(0);
        if (failed())
            return;
        if (peek().kind == Lexeme::Close) {
            fail(tr("This closing parenthesis has no opening one."), peek().position);
            return;
        }
        if (root)
            root = liftFilters(std::move(*root));
        if (failed())
            return;
        m_result->text = std::move(root);
    }

private:
    const Lexeme &peek() const { return m_lexemes.at(m_pos); }
    bool failed() const { return !m_result->error.isEmpty(); }
    void fail(const QString &message, int position)
    {
        if (failed())
            return;
        m_result->error = message;
        m_result->errorPosition = position;
    }

    static bool endsOperand(Lexeme::Kind k)
    {
        return k == Lexeme::End || k == Lexeme::Close || k == Lexeme::OrOp || k == Lexeme::AndOp ||
               k == Lexeme::NearOp;
    }

    std::optional<QueryNode> parseOr(int depth)
    {
        const int start = peek().position;
        QueryNode node{QueryNode::Or, {}, false, QueryField::Text, 0, start, {}};
        if (peek().kind == Lexeme::OrOp) {
            fail(tr("OR needs a word on each side."), peek().position);
            return std::nullopt;
        }
        std::optional<QueryNode> first = parseAnd(depth);
        if (failed())
            return std::nullopt;
        if (first)
            node.children.append(*first);
        while (peek().kind == Lexeme::OrOp) {
            const int at = peek().position;
            ++m_pos;
            std::optional<QueryNode> next = parseAnd(depth);
            if (failed())
                return std::nullopt;
            if (!first || !next) {
                fail(tr("OR needs a word on each side."), at);
                return std::nullopt;
            }
            node.children.append(*next);
        }
        if (node.children.isEmpty())
            return std::nullopt;
        if (node.children.size() == 1)
            return node.children.first();
        return node;
    }

    std::optional<QueryNode> parseAnd(int depth)
    {
        QueryNode node{QueryNode::And, {}, false, QueryField::Text, 0, peek().position, {}};
        while (!failed()) {
            const Lexeme &lexeme = peek();
            if (lexeme.kind == Lexeme::End || lexeme.kind == Lexeme::Close || lexeme.kind == Lexeme::OrOp)
                break;
            if (lexeme.kind == Lexeme::NearOp) {
                fail(tr("NEAR needs a word on each side."), lexeme.position);
                break;
            }
            if (lexeme.kind == Lexeme::AndOp) {
                const Lexeme::Kind next = m_lexemes.at(m_pos + 1).kind;
                if (node.children.isEmpty() || endsOperand(next)) {
                    fail(tr("AND needs a word on each side."), lexeme.position);
                    break;
                }
                ++m_pos;
                continue;
            }
            std::optional<QueryNode> item = parseUnary(depth);
            if (item)
                node.children.append(*item);
        }
        if (failed() || node.children.isEmpty())
            return std::nullopt;
        if (node.children.size() == 1)
            return node.children.first();
        return node;
    }

    std::optional<QueryNode> parseUnary(int depth)
    {
        const Lexeme &lexeme = peek();
        if (lexeme.kind == Lexeme::NotOp || lexeme.kind == Lexeme::Minus) {
            const int at = lexeme.position;
            ++m_pos;
            if (endsOperand(peek().kind)) {
                fail(lexeme.kind == Lexeme::NotOp ? tr("NOT needs a word after it.")
                                                  : tr("\"-\" needs a word right after it."),
                     at);
                return std::nullopt;
            }
            std::optional<QueryNode> inner = parseUnary(depth);
            if (!inner)
                return std::nullopt;
            if (inner->kind == QueryNode::Not) {
                fail(tr("Two exclusions in a row (NOT NOT) cancel out; write the word alone."), at);
                return std::nullopt;
            }
            return QueryNode{QueryNode::Not, {}, false, QueryField::Text, 0, at, {*inner}};
        }
        return parseNear(depth);
    }

    std::optional<QueryNode> parseNear(int depth)
    {
        std::optional<QueryNode> first = parsePrimary(depth);
        if (!first || peek().kind != Lexeme::NearOp)
            return first;
        QueryNode near{QueryNode::Near, {}, false, QueryField::Text, peek().distance, first->position, {}};
        auto addOperand = [&](const QueryNode &operand, int operatorPosition) {
            if (operand.kind != QueryNode::Term || operand.field != QueryField::Text) {
                fail(tr("NEAR joins words or phrases only, not groups, exclusions or fields."),
                     operatorPosition);
                return false;
            }
            near.children.append(operand);
            return true;
        };
        const int firstOperator = peek().position;
        if (!addOperand(*first, firstOperator))
            return std::nullopt;
        while (peek().kind == Lexeme::NearOp) {
            const Lexeme op = peek();
            ++m_pos;
            if (endsOperand(peek().kind) || peek().kind == Lexeme::NotOp || peek().kind == Lexeme::Minus) {
                fail(tr("NEAR needs a word on each side."), op.position);
                return std::nullopt;
            }
            // A chain keeps the widest distance asked for: FTS5 has one distance per NEAR group.
            near.distance = std::max(near.distance, op.distance);
            std::optional<QueryNode> next = parsePrimary(depth);
            if (!next || !addOperand(*next, op.position))
                return std::nullopt;
        }
        return near;
    }

    std::optional<QueryNode> parsePrimary(int depth)
    {
        const Lexeme lexeme = peek();
        if (lexeme.kind == Lexeme::Open) {
            if (depth > 100) {
                fail(tr("The parentheses are nested too deeply."), lexeme.position);
                return std::nullopt;
            }
            ++m_pos;
            if (peek().kind == Lexeme::Close) {
                fail(tr("These parentheses are empty."), lexeme.position);
                return std::nullopt;
            }
            std::optional<QueryNode> inner = parseOr(depth + 1);
            if (failed())
                return std::nullopt;
            if (peek().kind != Lexeme::Close) {
                fail(tr("This opening parenthesis is never closed."), lexeme.position);
                return std::nullopt;
            }
            ++m_pos;
            if (inner)
                inner->position = lexeme.position;
            return inner;
        }
        ++m_pos;
        QueryNode term{QueryNode::Term, lexeme.text, lexeme.quoted, QueryField::Text, 0, lexeme.position, {}};
        if (lexeme.kind == Lexeme::Field)
            term.field = lexeme.field;
        return term;
    }

    // Takes the filters out of the top-level AND (negated ones too) into m_result->filters; a filter
    // anywhere else is an error. Returns what remains of the text query, if anything.
    std::optional<QueryNode> liftFilters(QueryNode root)
    {
        QList<QueryNode> items =
            root.kind == QueryNode::And ? root.children : QList<QueryNode>{root};
        QList<QueryNode> kept;
        for (const QueryNode &item : items) {
            const bool negated = item.kind == QueryNode::Not;
            const QueryNode &inner = negated ? item.children.first() : item;
            if (inner.kind == QueryNode::Term && isFilterField(inner.field)) {
                QueryFilter filter{inner.field, inner.text.trimmed(), negated, {}, inner.position};
                if (inner.field == QueryField::From || inner.field == QueryField::To) {
                    if (negated) {
                        fail(tr("\"%1:\" cannot be excluded; use the other end of the period instead.")
                                 .arg(queryFieldName(inner.field)),
                             item.position);
                        return std::nullopt;
                    }
                    QDate first, last;
                    if (!parsePeriod(filter.value, &first, &last)) {
                        fail(tr("\"%1\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.").arg(filter.value),
                             inner.position + int(queryFieldName(inner.field).size()) + 1);
                        return std::nullopt;
                    }
                    filter.date = inner.field == QueryField::From ? first : last;
                }
                m_result->filters.append(filter);
                continue;
            }
            if (const int at = filterInside(item); at >= 0) {
                fail(tr("Filters such as paper: or person: apply to the whole query: they cannot go "
                        "inside OR, NEAR or parentheses."),
                     at);
                return std::nullopt;
            }
            kept.append(item);
        }
        if (kept.isEmpty())
            return std::nullopt;
        if (kept.size() == 1)
            return kept.first();
        root.kind = QueryNode::And;
        root.children = kept;
        return root;
    }

    // The position of a filter term somewhere inside `node`, or -1.
    static int filterInside(const QueryNode &node)
    {
        if (node.kind == QueryNode::Term)
            return isFilterField(node.field) ? node.position : -1;
        for (const QueryNode &child : node.children)
            if (const int at = filterInside(child); at >= 0)
                return at;
        return -1;
    }

    const QList<Lexeme> &m_lexemes;
    ParsedQuery *m_result;
    qsizetype m_pos = 0;
};

void collectPositive(const QueryNode &node, QStringList *terms)
{
    switch (node.kind) {
    case QueryNode::Term:
        terms->append(node.text);
        break;
    case QueryNode::Not:
        break;
    case QueryNode::And:
    case QueryNode::Or:
    case QueryNode::Near:
        for (const QueryNode &child : node.children)
            collectPositive(child, terms);
        break;
    }
}

// Terminal columns a character takes: East Asian wide and full-width characters take two.
int columnsOf(char32_t cp)
{
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

} // namespace

QString queryFieldName(QueryField field)
{
    if (field == QueryField::Text)
        return {};
    for (const auto &[f, text] : fieldNames)
        if (f == field)
            return QLatin1String(text);
    return {};
}

ParsedQuery parseQuery(const QString &query)
{
    ParsedQuery result;
    QList<Lexeme> lexemes;
    Lexer lexer(query);
    if (!lexer.lex(&lexemes, &result.error, &result.errorPosition))
        return result;
    Parser parser(lexemes, &result);
    parser.parse();
    if (!result.ok()) {
        result.text.reset();
        result.filters.clear();
    }
    return result;
}

QStringList positiveTerms(const QueryNode &node)
{
    QStringList terms;
    collectPositive(node, &terms);
    return terms;
}

QString describeQueryError(const QString &query, const ParsedQuery &parsed)
{
    if (parsed.ok())
        return {};
    QString line = query;
    for (QChar &c : line)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char(' ');
    int columns = 0;
    const int position = std::clamp(parsed.errorPosition, 0, int(line.size()));
    for (int i = 0; i < position; ++i) {
        const QChar c = line.at(i);
        if (c.isHighSurrogate() && i + 1 < line.size()) {
            columns += columnsOf(QChar::surrogateToUcs4(c, line.at(i + 1)));
            ++i;
        } else {
            columns += columnsOf(c.unicode());
        }
    }
    return QStringLiteral("  %1\n  %2^\n%3 (%4)")
        .arg(line, QString(columns, QLatin1Char(' ')), parsed.error,
             QCoreApplication::translate("kanbao::Query", "at character %1").arg(position + 1));
}

} // namespace kanbao
