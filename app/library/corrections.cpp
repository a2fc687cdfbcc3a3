#include "library/corrections.h"

#include "library/library.h"
#include "library/librarystore.h"
#include "model/mentionextent.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <array>

namespace kanbao {

namespace {

struct KindName
{
    CorrectionKind kind;
    const char *name;
};

constexpr KindName KindNames[]{
    {CorrectionKind::SplitBefore, "split-before"},
    {CorrectionKind::MergeNext, "merge-next"},
    {CorrectionKind::Headline, "headline"},
    {CorrectionKind::Kicker, "kicker"},
    {CorrectionKind::NotArticle, "not-article"},
    {CorrectionKind::MergePrevious, "merge-previous"},
    {CorrectionKind::Subheadline, "subheadline"},
    {CorrectionKind::LineAsKicker, "line-as-kicker"},
    {CorrectionKind::LineAsHeadline, "line-as-headline"},
    {CorrectionKind::LineAsSubheadline, "line-as-subheadline"},
    {CorrectionKind::Byline, "byline"},
    {CorrectionKind::MoveToPrevious, "move-to-previous"},
    {CorrectionKind::MoveToNext, "move-to-next"},
    {CorrectionKind::Paper, "paper"},
    {CorrectionKind::Date, "date"},
    {CorrectionKind::PageLabel, "label"},
    {CorrectionKind::Section, "section"},
};

// How much of an article's body anchors a correction of the whole article (short, so that a re-import with
// the paragraph's end reworded still finds it; the context tells repeated openings apart), and the context
// kept either side (as for annotations).
constexpr int ArticleAnchorLength = 16;
constexpr int AnchorContext = 32;

const QString Applied = QStringLiteral("applied");
const QString NoLongerApplies = QStringLiteral("no longer applies");

// Where a place of pageArticleText() is in the articles.
struct TextPosition
{
    int article = -1;
    int paragraph = -1;
    int offset = -1;
};

// Start of every paragraph in pageArticleText(), in order: (article, paragraph, start).
struct ParagraphStart
{
    int article;
    int paragraph;
    int start;
};

QList<ParagraphStart> paragraphStarts(const QList<Article> &articles)
{
    QList<ParagraphStart> starts;
    int position = 0;
    bool first = true;
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const QStringList &paragraphs = articles.at(a).paragraphs;
        for (qsizetype p = 0; p < paragraphs.size(); ++p) {
            if (!first)
                ++position; // the '\n' before it
            first = false;
            starts.append({int(a), int(p), position});
            position += int(paragraphs.at(p).size());
        }
    }
    return starts;
}

TextPosition locate(const QList<Article> &articles, int pageOffset)
{
    const QList<ParagraphStart> starts = paragraphStarts(articles);
    for (qsizetype i = starts.size() - 1; i >= 0; --i) {
        const ParagraphStart &s = starts.at(i);
        if (s.start <= pageOffset)
            return {s.article, s.paragraph, pageOffset - s.start};
    }
    return {};
}

int pageOffsetOf(const QList<Article> &articles, int article, int paragraph, int offset)
{
    for (const ParagraphStart &s : paragraphStarts(articles)) {
        if (s.article == article && s.paragraph == paragraph)
            return s.start + offset;
    }
    return -1;
}

std::optional<TextPosition> find(const QList<Article> &articles, const AnchorQuote &anchor)
{
    if (anchor.quote.isEmpty())
        return std::nullopt;
    const std::optional<TextSpan> span = reanchor(anchor, pageArticleText(articles));
    if (!span)
        return std::nullopt;
    const TextPosition position = locate(articles, span->start);
    if (position.article < 0)
        return std::nullopt;
    return position;
}

void appendUnique(QStringList &to, const QStringList &names)
{
    for (const QString &name : names) {
        if (!to.contains(name))
            to.append(name);
    }
}

// Cuts `article` before `offset` of paragraph `paragraph` and returns the second part.
Article splitArticle(Article &article, int paragraph, int offset)
{
    Article second;
    second.kind = article.kind;
    second.hidden = article.hidden;
    QStringList firstParagraphs = article.paragraphs.mid(0, paragraph);
    second.paragraphs = article.paragraphs.mid(paragraph);
    if (offset > 0) {
        firstParagraphs.append(second.paragraphs.first().left(offset));
        second.paragraphs.first().remove(0, offset);
    }
    article.paragraphs = firstParagraphs;
    article.lastSourceLine = -1;
    QList<EntityMention> kept;
    for (EntityMention m : std::as_const(article.entities)) {
        const bool inSecond = m.paragraph > paragraph || (m.paragraph == paragraph && m.offset >= offset);
        if (!inSecond) {
            kept.append(m);
            continue;
        }
        if (m.paragraph == paragraph)
            m.offset -= offset;
        m.paragraph -= paragraph;
        second.entities.append(m);
    }
    article.entities = kept;
    return second;
}

void mergeArticles(Article &first, const Article &second)
{
    QStringList headlineLines;
    for (const QString &line : {second.kicker, second.headline, second.subheadline}) {
        if (!line.trimmed().isEmpty())
            headlineLines.append(line.trimmed());
    }
    const int shift = int(first.paragraphs.size() + headlineLines.size());
    first.paragraphs += headlineLines;
    first.paragraphs += second.paragraphs;
    for (EntityMention m : second.entities) {
        if (m.paragraph >= 0)
            m.paragraph += shift;
        if (!first.entities.contains(m))
            first.entities.append(m);
    }
    appendUnique(first.reporters, second.reporters);
    appendUnique(first.correspondents, second.correspondents);
    appendUnique(first.authors, second.authors);
    appendUnique(first.photographers, second.photographers);
    if (second.lastSourceLine > first.lastSourceLine)
        first.lastSourceLine = second.lastSourceLine;
    if (first.continuedOn.isEmpty())
        first.continuedOn = second.continuedOn;
}

// Mentions of paragraphs after `paragraph` move up by one: that paragraph left the article. Those in it go.
void dropParagraphMentions(Article &article, int paragraph, bool removed)
{
    QList<EntityMention> kept;
    for (EntityMention m : std::as_const(article.entities)) {
        if (m.paragraph == paragraph)
            continue;
        if (removed && m.paragraph > paragraph)
            --m.paragraph;
        kept.append(m);
    }
    article.entities = kept;
}

// The article before (step -1) or after (step 1) `from` that the reader sees: items marked as no article
// (an advertisement between two parts of a piece) are passed over. -1 when there is none.
int visibleNeighbour(const QList<Article> &articles, int from, int step)
{
    for (qsizetype i = from + step; i >= 0 && i < articles.size(); i += step) {
        if (!articles.at(i).hidden)
            return int(i);
    }
    return -1;
}

QString *headingField(Article &article, CorrectionKind kind)
{
    switch (kind) {
    case CorrectionKind::LineAsKicker:
        return &article.kicker;
    case CorrectionKind::LineAsSubheadline:
        return &article.subheadline;
    default:
        return &article.headline;
    }
}

bool isLineAs(CorrectionKind kind)
{
    return kind == CorrectionKind::LineAsKicker || kind == CorrectionKind::LineAsHeadline ||
           kind == CorrectionKind::LineAsSubheadline;
}

// The line takes the heading's place and the heading (when there was one) the line's, so that a body
// sentence the reconstruction took for a headline goes back where the real headline stood.
LayoutChange::Outcome takeLineAs(Article &article, int paragraph, CorrectionKind kind)
{
    QString *field = headingField(article, kind);
    const QString line = article.paragraphs.at(paragraph).trimmed();
    const QString old = field->trimmed();
    if (old.isEmpty()) {
        if (article.paragraphs.size() <= 1)
            return LayoutChange::OnlyParagraph; // the article would keep no text
        article.paragraphs.removeAt(paragraph);
        dropParagraphMentions(article, paragraph, true);
    } else {
        article.paragraphs[paragraph] = old;
        dropParagraphMentions(article, paragraph, false);
    }
    *field = line;
    return LayoutChange::Applied;
}

// Moves paragraph `paragraph` of articles[from] to the end of articles[to] (the previous article) or the
// start of it (the next), with its mentions.
void moveParagraph(QList<Article> &articles, int from, int paragraph, int to)
{
    Article &source = articles[from];
    Article &target = articles[to];
    const QString text = source.paragraphs.takeAt(paragraph);
    const bool append = to < from;
    const int place = append ? int(target.paragraphs.size()) : 0;
    if (!append) {
        for (EntityMention &m : target.entities) {
            if (m.paragraph >= 0)
                ++m.paragraph;
        }
    }
    for (const EntityMention &m : std::as_const(source.entities)) {
        if (m.paragraph != paragraph)
            continue;
        EntityMention moved = m;
        moved.paragraph = place;
        target.entities.append(moved);
    }
    dropParagraphMentions(source, paragraph, true);
    if (append)
        target.paragraphs.append(text);
    else
        target.paragraphs.prepend(text);
    source.lastSourceLine = -1;
    target.lastSourceLine = -1;
}

// As the entity extractor marks byline names (entities/entityextractor.cpp, which this module may not use).
const QString JournalistRole = QStringLiteral("journalist");

QString squashedName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

// The byline's names replace the old ones, and their mentions (paragraph -1, in front, once each) follow.
void setByline(Article &article, const BylineNames &names)
{
    article.reporters = names.reporters;
    article.correspondents = names.correspondents;
    article.authors = names.authors;
    article.photographers = names.photographers;
    QList<EntityMention> mentions;
    QSet<QString> seen;
    for (const QStringList *list :
         {&names.reporters, &names.correspondents, &names.authors, &names.photographers}) {
        for (const QString &name : *list) {
            const QString clean = squashedName(name);
            if (clean.isEmpty() || seen.contains(clean))
                continue;
            seen.insert(clean);
            EntityMention m;
            m.text = clean;
            m.type = EntityType::Person;
            m.role = JournalistRole;
            mentions.append(m);
        }
    }
    for (const EntityMention &m : std::as_const(article.entities)) {
        if (m.paragraph < 0 && m.role == JournalistRole)
            continue;
        mentions.append(m);
    }
    article.entities = mentions;
}

// The role words a reader types, longest first so that 摄影记者 is not read as 摄影.
struct RoleWord
{
    const char16_t *word;
    QStringList BylineNames::*list;
};

const RoleWord RoleWords[]{
    {u"摄影记者", &BylineNames::photographers}, {u"本报记者", &BylineNames::reporters},
    {u"见习记者", &BylineNames::reporters},     {u"特约记者", &BylineNames::reporters},
    {u"通讯员", &BylineNames::correspondents},  {u"实习生", &BylineNames::reporters},
    {u"记者", &BylineNames::reporters},         {u"作者", &BylineNames::authors},
    {u"摄影", &BylineNames::photographers},     {u"摄", &BylineNames::photographers},
};

bool isNameCharacter(QChar c)
{
    return c.isLetter() || c == QChar(0x00B7) || c == QChar(0x2022) || c == QChar(0x30FB);
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Correction correctionFrom(const QSqlQuery &q)
{
    // id, page_id, kind, quote, prefix, suffix, start_offset, argument, created_at, state, source_path,
    // source_index
    Correction c;
    c.id = q.value(0).toLongLong();
    c.pageId = q.value(1).toLongLong();
    c.kind = correctionKindFromName(q.value(2).toString()).value_or(CorrectionKind::Headline);
    c.anchor.quote = q.value(3).toString();
    c.anchor.prefix = q.value(4).toString();
    c.anchor.suffix = q.value(5).toString();
    c.anchor.start = q.value(6).toInt();
    c.argument = q.value(7).toString();
    c.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    c.state = q.value(9).toString() == NoLongerApplies ? CorrectionState::NoLongerApplies
                                                       : CorrectionState::Applied;
    c.sourcePath = q.value(10).toString();
    c.sourceIndex = q.value(11).toInt();
    return c;
}

const QString CorrectionColumns = QStringLiteral(
    "SELECT c.id, c.page_id, c.kind, c.quote, c.prefix, c.suffix, c.start_offset, c.argument, c.created_at,"
    " c.state, p.source_path, p.source_index FROM corrections c JOIN pages p ON p.id = c.page_id");

} // namespace

QString correctionKindName(CorrectionKind kind)
{
    for (const KindName &k : KindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QString();
}

std::optional<CorrectionKind> correctionKindFromName(QStringView name)
{
    for (const KindName &k : KindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool isPageCorrection(CorrectionKind kind)
{
    return kind == CorrectionKind::Paper || kind == CorrectionKind::Date || kind == CorrectionKind::PageLabel ||
           kind == CorrectionKind::Section;
}

QString correctionStateName(CorrectionState state)
{
    return state == CorrectionState::Applied ? Applied : NoLongerApplies;
}

bool isPhraseCorrection(CorrectionKind kind)
{
    return kind == CorrectionKind::SplitBefore || isLineAs(kind) || kind == CorrectionKind::MoveToPrevious ||
           kind == CorrectionKind::MoveToNext;
}

std::optional<BylineNames> parseBylineText(const QString &text, QString *error)
{
    BylineNames names;
    QString groups = text;
    groups.replace(QChar(0xFF1B), QLatin1Char(';')).replace(QLatin1Char('\n'), QLatin1Char(';'));
    for (QString group : groups.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        group = group.trimmed();
        if (group.isEmpty())
            continue;
        QStringList BylineNames::*list = &BylineNames::authors;
        QString role;
        for (const RoleWord &r : RoleWords) {
            const QString word = QString::fromUtf16(r.word);
            // A one-character role word only before a space: 摄 also begins names.
            if (group.startsWith(word) && (word.size() > 1 || group.size() == 1 || group.at(1).isSpace())) {
                list = r.list;
                role = word;
                group = group.mid(word.size());
                break;
            }
        }
        QString separated = group;
        for (const QChar c : {QChar(0x3001), QChar(0xFF0C), QChar(u','), QChar(u'/')})
            separated.replace(c, QLatin1Char(' '));
        const QStringList pieces = separated.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (pieces.isEmpty() && !role.isEmpty()) {
            if (error)
                *error =
                    QCoreApplication::translate("kanbao::CorrectionsStore", "“%1” names nobody").arg(role);
            return std::nullopt;
        }
        for (const QString &piece : pieces) {
            const bool name =
                piece.size() <= 16 && std::all_of(piece.cbegin(), piece.cend(), isNameCharacter);
            if (!name) {
                if (error)
                    *error = QCoreApplication::translate(
                                 "kanbao::CorrectionsStore",
                                 "“%1” is neither a role (记者, 通讯员, 作者, 摄影) nor a name")
                                 .arg(piece);
                return std::nullopt;
            }
            if (!(names.*list).contains(piece))
                (names.*list).append(piece);
        }
    }
    return names;
}

QString bylineText(const BylineNames &names)
{
    QStringList groups;
    const std::pair<const char16_t *, const QStringList *> roles[]{{u"记者", &names.reporters},
                                                                   {u"通讯员", &names.correspondents},
                                                                   {u"作者", &names.authors},
                                                                   {u"摄影", &names.photographers}};
    for (const auto &[word, list] : roles) {
        if (!list->isEmpty())
            groups.append(QString::fromUtf16(word) + QLatin1Char(' ') + list->join(QChar(0x3001)));
    }
    return groups.join(QChar(0xFF1B));
}

BylineNames bylineNamesOf(const Article &article)
{
    return {article.reporters, article.correspondents, article.authors, article.photographers};
}

QString pageArticleText(const QList<Article> &articles)
{
    QStringList paragraphs;
    for (const Article &a : articles)
        paragraphs += a.paragraphs;
    return paragraphs.join(QLatin1Char('\n'));
}

LayoutChange applyLayoutCorrection(QList<Article> &articles, const Correction &correction)
{
    LayoutChange change;
    if (isPageCorrection(correction.kind))
        return change;
    const std::optional<TextPosition> at = find(articles, correction.anchor);
    if (!at) {
        // A line already taken out of the body is found where it went (a re-import cut the page so).
        if (isLineAs(correction.kind)) {
            for (qsizetype i = 0; i < articles.size(); ++i) {
                if (!correction.anchor.quote.isEmpty() &&
                    headingField(articles[i], correction.kind)->contains(correction.anchor.quote)) {
                    change.outcome = LayoutChange::AlreadySo;
                    change.article = int(i);
                    break;
                }
            }
        }
        return change; // NotFound
    }
    change.article = at->article;
    Article &article = articles[at->article];
    change.outcome = LayoutChange::Applied;
    switch (correction.kind) {
    case CorrectionKind::SplitBefore: {
        // Before the paragraph holding the phrase; in the article's first paragraph, before the phrase itself
        // (a line of the next article glued to this one's first paragraph).
        const int offset = at->paragraph > 0 ? 0 : at->offset;
        if (at->paragraph == 0 && offset == 0) {
            change.outcome = LayoutChange::AlreadySo;
            break;
        }
        Article second = splitArticle(article, at->paragraph, offset);
        change.insertedAt = at->article + 1;
        articles.insert(change.insertedAt, second);
        break;
    }
    case CorrectionKind::MergeNext: {
        const int next = visibleNeighbour(articles, at->article, 1);
        if (next < 0) {
            change.outcome = LayoutChange::NoNextArticle;
            break;
        }
        mergeArticles(article, articles.at(next));
        change.removedAt = next;
        articles.removeAt(change.removedAt);
        break;
    }
    case CorrectionKind::Headline:
        if (article.headline == correction.argument)
            change.outcome = LayoutChange::AlreadySo;
        article.headline = correction.argument;
        break;
    case CorrectionKind::Kicker:
        if (article.kicker == correction.argument)
            change.outcome = LayoutChange::AlreadySo;
        article.kicker = correction.argument;
        break;
    case CorrectionKind::NotArticle:
        if (article.hidden)
            change.outcome = LayoutChange::AlreadySo;
        article.hidden = true;
        break;
    case CorrectionKind::MergePrevious: {
        const int previous = visibleNeighbour(articles, at->article, -1);
        if (previous < 0) {
            change.outcome = LayoutChange::NoPreviousArticle;
            break;
        }
        // The anchor is the article's first words: text before them means the two are one already.
        int firstText = 0;
        while (firstText < article.paragraphs.size() && article.paragraphs.at(firstText).trimmed().isEmpty())
            ++firstText;
        if (at->paragraph > firstText) {
            change.outcome = LayoutChange::AlreadySo;
            break;
        }
        mergeArticles(articles[previous], articles.at(at->article));
        change.article = previous;
        change.removedAt = at->article;
        articles.removeAt(change.removedAt);
        break;
    }
    case CorrectionKind::Subheadline:
        if (article.subheadline == correction.argument)
            change.outcome = LayoutChange::AlreadySo;
        article.subheadline = correction.argument;
        break;
    case CorrectionKind::LineAsKicker:
    case CorrectionKind::LineAsHeadline:
    case CorrectionKind::LineAsSubheadline:
        change.outcome = takeLineAs(article, at->paragraph, correction.kind);
        break;
    case CorrectionKind::Byline: {
        const std::optional<BylineNames> names = parseBylineText(correction.argument);
        if (!names) {
            change.outcome = LayoutChange::BadArgument;
            break;
        }
        if (*names == bylineNamesOf(article))
            change.outcome = LayoutChange::AlreadySo;
        setByline(article, *names);
        break;
    }
    case CorrectionKind::MoveToPrevious:
    case CorrectionKind::MoveToNext: {
        const bool previous = correction.kind == CorrectionKind::MoveToPrevious;
        const int to = visibleNeighbour(articles, at->article, previous ? -1 : 1);
        if (to < 0) {
            change.outcome = previous ? LayoutChange::NoPreviousArticle : LayoutChange::NoNextArticle;
            break;
        }
        if (article.paragraphs.size() <= 1) {
            change.outcome = LayoutChange::OnlyParagraph;
            break;
        }
        moveParagraph(articles, at->article, at->paragraph, to);
        break;
    }
    case CorrectionKind::Paper:
    case CorrectionKind::Date:
    case CorrectionKind::PageLabel:
    case CorrectionKind::Section:
        break;
    }
    return change;
}

void applyPageCorrection(PagePlacement &placement, const Correction &correction)
{
    if (correction.kind == CorrectionKind::Paper) {
        placement.paper = correction.argument;
    } else if (correction.kind == CorrectionKind::Date) {
        const QDate date = QDate::fromString(correction.argument, Qt::ISODate);
        if (date.isValid()) {
            placement.date = date;
            placement.dateGuessed = false;
        }
    } else if (correction.kind == CorrectionKind::PageLabel) {
        placement.label = correction.argument;
    } else if (correction.kind == CorrectionKind::Section) {
        placement.section = correction.argument;
    }
}

// ---- the store ---------------------------------------------------------------------------------------

namespace {

// Runs statements on one connection; the first failure is described by the library (naming its file).
struct Sql
{
    Library &library;
    bool ok = true;

    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
    {
        if (!ok)
            return false;
        q = QSqlQuery(library.database());
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            library.describe(q.lastError());
            return ok = false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            library.describe(q.lastError());
            return ok = false;
        }
        return true;
    }

    bool run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q;
        return run(q, sql, values);
    }
};

struct PageAnnotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    AnchorQuote anchor;
};

std::optional<qint64> entityId(Sql &sql, const EntityMention &m)
{
    const QString type = entityTypeName(m.type);
    sql.run(QStringLiteral("INSERT OR IGNORE INTO entities(name, type) VALUES(?,?)"),
            {notNull(m.text), type});
    QSqlQuery q;
    if (!sql.run(q, QStringLiteral("SELECT id FROM entities WHERE name = ? AND type = ?"),
                 {notNull(m.text), type}) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool writeMentions(Sql &sql, qint64 articleId, const Article &a)
{
    for (const EntityMention &m : a.entities) {
        const std::optional<qint64> entity = entityId(sql, m);
        if (!entity)
            return false;
        QSqlQuery insert;
        if (!sql.run(insert,
                     QStringLiteral(
                         "INSERT INTO mentions(article_id, entity_id, paragraph, start_offset, length, role,"
                         " office, office_organization) VALUES(?,?,?,?,?,?,?,?)"),
                     {articleId, *entity, m.paragraph, m.offset, mentionExtent(a, m), notNull(m.role),
                      notNull(m.office), notNull(m.officeOrganization)}))
            return false;
        const qint64 mentionId = insert.lastInsertId().toLongLong();
        for (qsizetype k = 0; k < m.offices.size(); ++k) {
            const EntityOffice &office = m.offices.at(k);
            if (!sql.run(QStringLiteral("INSERT INTO mention_offices(mention_id, seq, office, organization,"
                                        " written_organization) VALUES(?,?,?,?,?)"),
                         {mentionId, int(k), notNull(office.office), notNull(office.organization),
                          notNull(office.writtenOrganization)}))
                return false;
        }
    }
    return true;
}

std::optional<qint64> issueId(Sql &sql, const PagePlacement &placement)
{
    QSqlQuery paper;
    if (!sql.run(paper,
                 QStringLiteral(
                     "INSERT INTO papers(name) VALUES(?) ON CONFLICT(name) DO UPDATE SET name = excluded.name"
                     " RETURNING id"),
                 {notNull(placement.paper)}) ||
        !paper.next())
        return std::nullopt;
    const qint64 paperId = paper.value(0).toLongLong();
    paper.finish();
    QSqlQuery issue;
    if (!sql.run(issue,
                 QStringLiteral("INSERT INTO issues(paper_id, date, edition, date_guessed) VALUES(?,?,?,?)"
                                " ON CONFLICT(paper_id, date, edition) DO UPDATE SET"
                                " date_guessed = min(date_guessed, excluded.date_guessed) RETURNING id"),
                 {paperId, placement.date.toString(Qt::ISODate), notNull(placement.edition),
                  placement.dateGuessed ? 1 : 0}) ||
        !issue.next())
        return std::nullopt;
    return issue.value(0).toLongLong();
}

} // namespace

std::optional<QList<Correction>> correctionsOfFile(Library &library, const QString &sourcePath)
{
    Sql sql{library};
    QSqlQuery q;
    if (!sql.run(q, CorrectionColumns + QStringLiteral(" WHERE p.source_path = ? ORDER BY c.id"),
                 {sourcePath}))
        return std::nullopt;
    QList<Correction> list;
    while (q.next())
        list.append(correctionFrom(q));
    return list;
}

bool storeCorrection(Library &library, const Correction &c)
{
    Sql sql{library};
    return sql.run(
        QStringLiteral("INSERT INTO corrections(id, page_id, kind, quote, prefix, suffix, start_offset,"
                       " argument, created_at, state) VALUES(?,?,?,?,?,?,?,?,?,?)"),
        {c.id > 0 ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)), c.pageId,
         correctionKindName(c.kind), notNull(c.anchor.quote), notNull(c.anchor.prefix),
         notNull(c.anchor.suffix), c.anchor.start, notNull(c.argument),
         (c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate),
         correctionStateName(c.state)});
}

CorrectionsStore::CorrectionsStore(Library &library)
    : m_library(library)
{
}

std::optional<CorrectionChange> CorrectionsStore::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return std::nullopt;
}

std::optional<qint64> CorrectionsStore::pageOfArticle(qint64 articleId)
{
    Sql sql{m_library};
    QSqlQuery q;
    if (!sql.run(q, QStringLiteral("SELECT page_id FROM articles WHERE id = ?"), {articleId}) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<PageState> CorrectionsStore::pageState(qint64 pageId)
{
    Sql sql{m_library};
    QSqlQuery page;
    if (!sql.run(page,
                 QStringLiteral(
                     "SELECT p.source_path, p.source_index, p.label, p.section, pp.name, i.date, i.edition,"
                     " i.date_guessed FROM pages p JOIN issues i ON i.id = p.issue_id"
                     " JOIN papers pp ON pp.id = i.paper_id WHERE p.id = ?"),
                 {pageId}) ||
        !page.next())
        return std::nullopt;
    PageState state;
    state.pageId = pageId;
    state.sourcePath = page.value(0).toString();
    state.sourceIndex = page.value(1).toInt();
    state.placement.label = page.value(2).toString();
    state.placement.section = page.value(3).toString();
    state.placement.paper = page.value(4).toString();
    state.placement.date = QDate::fromString(page.value(5).toString(), Qt::ISODate);
    state.placement.edition = page.value(6).toString();
    state.placement.dateGuessed = page.value(7).toInt() != 0;
    QSqlQuery ids;
    if (!sql.run(ids, QStringLiteral("SELECT id FROM articles WHERE page_id = ? ORDER BY seq, id"), {pageId}))
        return std::nullopt;
    while (ids.next())
        state.articleIds.append(ids.value(0).toLongLong());
    LibraryStore store(m_library);
    for (const qint64 id : std::as_const(state.articleIds)) {
        const std::optional<StoredArticle> stored = store.article(id);
        if (!stored)
            return std::nullopt;
        state.articles.append(stored->article);
    }
    return state;
}

// Rewrites the stored page to `state`: kept articles updated in place, new ones inserted (with their id
// when they have one: a redo, or an undo bringing a merged article back), the others removed after their
// annotations, tags and collection memberships moved to the article that has their text now.
bool CorrectionsStore::writeChange(const PageState &state, const Correction *insert, qint64 removeId)
{
    Sql sql{m_library};
    const qint64 pageId = state.pageId;

    QList<qint64> current;
    {
        QSqlQuery q;
        if (!sql.run(q, QStringLiteral("SELECT id FROM articles WHERE page_id = ?"), {pageId}))
            return false;
        while (q.next())
            current.append(q.value(0).toLongLong());
    }
    QList<PageAnnotation> annotations;
    {
        QSqlQuery q;
        if (!sql.run(
                q,
                QStringLiteral("SELECT n.id, n.article_id, n.quote, n.prefix, n.suffix, n.start_offset FROM"
                               " annotations n JOIN articles a ON a.id = n.article_id WHERE a.page_id = ?"),
                {pageId}))
            return false;
        while (q.next())
            annotations.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(),
                 AnchorQuote{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                             q.value(5).isNull() ? -1 : q.value(5).toInt()}});
    }
    // The old rows leave the external-content index with the values they were indexed with.
    sql.run(QStringLiteral(
                "INSERT INTO article_fts(article_fts, rowid, headline, body) SELECT 'delete', id, headline,"
                " body FROM articles WHERE page_id = ? AND hidden = 0"),
            {pageId});
    sql.run(QStringLiteral(
                "DELETE FROM mentions WHERE article_id IN (SELECT id FROM articles WHERE page_id = ?)"),
            {pageId});
    if (!sql.ok)
        return false;

    QList<qint64> ids = state.articleIds;
    for (qsizetype i = 0; i < state.articles.size(); ++i) {
        const Article &a = state.articles.at(i);
        const QString body = a.bodyText();
        const QVariantList values{int(i),
                                  articleKindName(a.kind),
                                  textOrNull(a.kicker),
                                  textOrNull(a.headline),
                                  textOrNull(a.subheadline),
                                  jsonList(a.reporters),
                                  jsonList(a.correspondents),
                                  jsonList(a.authors),
                                  jsonList(a.photographers),
                                  textOrNull(a.column),
                                  notNull(body),
                                  a.hidden ? 1 : 0};
        if (ids.at(i) > 0 && current.contains(ids.at(i))) {
            if (!sql.run(
                    QStringLiteral(
                        "UPDATE articles SET seq = ?, kind = ?, kicker = ?, headline = ?, subheadline = ?,"
                        " reporters = ?, correspondents = ?, authors = ?, photographers = ?,"
                        " column_label = ?, body = ?, hidden = ? WHERE id = ?"),
                    values + QVariantList{ids.at(i)}))
                return false;
        } else {
            QSqlQuery q;
            const QVariant id =
                ids.at(i) > 0 ? QVariant(ids.at(i)) : QVariant(QMetaType(QMetaType::LongLong));
            if (!sql.run(q,
                         QStringLiteral(
                             "INSERT INTO articles(id, page_id, seq, kind, kicker, headline, subheadline,"
                             " reporters, correspondents, authors, photographers, column_label, body, hidden)"
                             " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                         QVariantList{id, pageId} + values))
                return false;
            ids[i] = q.lastInsertId().toLongLong();
        }
        if (a.hidden)
            continue;
        if (!sql.run(QStringLiteral("INSERT INTO article_fts(rowid, headline, body) VALUES(?,?,?)"),
                     {ids.at(i), textOrNull(a.headline), notNull(body)}) ||
            !writeMentions(sql, ids.at(i), a))
            return false;
    }

    // The article each removed one's text went to (a merge: the first of the two).
    QHash<qint64, qint64> heirs;
    const QSet<qint64> kept(ids.cbegin(), ids.cend());
    for (const qint64 old : std::as_const(current)) {
        if (kept.contains(old))
            continue;
        QSqlQuery q;
        if (!sql.run(q, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {old}) || !q.next())
            return false;
        const QString body = q.value(0).toString();
        qint64 heir = 0;
        if (!body.isEmpty()) {
            const AnchorQuote start =
                makeAnchor(body, {0, int(std::min<qsizetype>(body.size(), ArticleAnchorLength))}, 0);
            for (qsizetype i = 0; i < state.articles.size() && heir == 0; ++i) {
                if (reanchor(start, state.articles.at(i).bodyText()))
                    heir = ids.at(i);
            }
        }
        heirs.insert(old, heir);
        if (heir == 0)
            continue;
        sql.run(
            QStringLiteral(
                "INSERT OR IGNORE INTO article_tags(article_id, tag_id) SELECT ?, tag_id FROM article_tags"
                " WHERE article_id = ?"),
            {heir, old});
        sql.run(QStringLiteral(
                    "INSERT OR IGNORE INTO collection_articles(collection_id, article_id, added_at)"
                    " SELECT collection_id, ?, added_at FROM collection_articles WHERE article_id = ?"),
                {heir, old});
    }

    // Annotations stay on their text: on their own article when it still has the quote, else on the
    // page's article that has it now (the second part of a split).
    for (const PageAnnotation &n : std::as_const(annotations)) {
        const qsizetype own = ids.indexOf(n.articleId);
        qint64 target = 0;
        TextSpan span{-1, -1};
        if (n.anchor.quote.isEmpty()) {
            target = own >= 0 ? n.articleId : heirs.value(n.articleId);
        } else {
            QList<qsizetype> order;
            if (own >= 0)
                order.append(own);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                if (i != own)
                    order.append(i);
            }
            for (const qsizetype i : std::as_const(order)) {
                if (const std::optional<TextSpan> found =
                        reanchor(n.anchor, state.articles.at(i).bodyText())) {
                    target = ids.at(i);
                    span = *found;
                    break;
                }
            }
        }
        const qsizetype index = ids.indexOf(target);
        if (target == 0) {
            // Not on the page any more (cannot happen while corrections only cut and join text): kept as an
            // orphan remembering its page, as a re-import does.
            sql.run(QStringLiteral("UPDATE annotations SET article_id = NULL, source_path = ? WHERE id = ?"),
                    {state.sourcePath, n.id});
            continue;
        }
        sql.run(
            QStringLiteral(
                "UPDATE annotations SET article_id = ?, start_offset = ?, end_offset = ?, source_path = ?,"
                " article_seq = ?, article_headline = ? WHERE id = ?"),
            {target, span.start < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(span.start),
             span.end < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(span.end), state.sourcePath,
             int(index), textOrNull(state.articles.at(index).headline), n.id});
    }
    for (const qint64 old : std::as_const(current)) {
        if (!kept.contains(old))
            sql.run(QStringLiteral("DELETE FROM articles WHERE id = ?"), {old});
    }

    // Where the page stands.
    QSqlQuery issue;
    if (!sql.run(issue, QStringLiteral("SELECT issue_id FROM pages WHERE id = ?"), {pageId}) || !issue.next())
        return false;
    const qint64 oldIssue = issue.value(0).toLongLong();
    issue.finish();
    const std::optional<qint64> newIssue = issueId(sql, state.placement);
    if (!newIssue)
        return false;
    if (*newIssue != oldIssue) {
        sql.run(QStringLiteral("UPDATE pages SET issue_id = ? WHERE id = ?"), {*newIssue, pageId});
        sql.run(
            QStringLiteral(
                "DELETE FROM issues WHERE id = ? AND NOT EXISTS (SELECT 1 FROM pages WHERE issue_id = ?)"),
            {oldIssue, oldIssue});
        sql.run(QStringLiteral(
            "DELETE FROM papers WHERE NOT EXISTS (SELECT 1 FROM issues WHERE paper_id = papers.id)"));
    }
    if (removeId > 0)
        sql.run(QStringLiteral("DELETE FROM corrections WHERE id = ?"), {removeId});
    if (!sql.ok)
        return false;
    return insert ? storeCorrection(m_library, *insert) : true;
}

std::optional<LayoutEdit> CorrectionsStore::makeLayoutCorrection(const QList<Article> &articles, int index,
                                                                 CorrectionKind kind, const QString &argument,
                                                                 qint64 articleNumber, QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<LayoutEdit> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qint64 articleId = articleNumber;
    if (isPageCorrection(kind))
        return refuse(tr("a %1 correction is made on a page, not an article").arg(correctionKindName(kind)));
    if (index < 0 || index >= articles.size())
        return refuse(tr("no article %1 on the page").arg(articleId));
    QString text = argument.trimmed();
    if ((isPhraseCorrection(kind) || kind == CorrectionKind::Headline || kind == CorrectionKind::Kicker ||
         kind == CorrectionKind::Subheadline) &&
        text.isEmpty())
        return refuse(tr("%1 needs a text").arg(correctionKindName(kind)));
    if (kind == CorrectionKind::Byline) {
        QString why;
        const std::optional<BylineNames> names = parseBylineText(text, &why);
        if (!names)
            return refuse(tr("byline “%1”: %2").arg(text, why));
        text = bylineText(*names);
    }
    const Article &article = articles.at(index);
    const QString pageText = pageArticleText(articles);

    Correction correction;
    correction.kind = kind;
    correction.createdAt = QDateTime::currentDateTimeUtc();
    if (isPhraseCorrection(kind)) {
        const std::optional<TextSpan> span = reanchor(AnchorQuote{text, {}, {}, -1}, article.bodyText());
        if (!span)
            return refuse(tr("“%1” is not in article %2").arg(text).arg(articleId));
        // Offsets of the body and of the page text differ by where the article's first paragraph starts.
        const int bodyStart = pageOffsetOf(articles, index, 0, 0);
        correction.anchor =
            makeAnchor(pageText, {bodyStart + span->start, bodyStart + span->end}, AnchorContext);
        correction.argument = text;
    } else {
        if (article.paragraphs.join(QString()).trimmed().isEmpty())
            return refuse(tr("article %1 has no text to hold the correction").arg(articleId));
        int paragraph = 0;
        while (article.paragraphs.at(paragraph).isEmpty())
            ++paragraph;
        const int start = pageOffsetOf(articles, index, paragraph, 0);
        const int length =
            int(std::min<qsizetype>(article.paragraphs.at(paragraph).size(), ArticleAnchorLength));
        correction.anchor = makeAnchor(pageText, {start, start + length}, AnchorContext);
        correction.argument = text;
    }

    LayoutEdit edit;
    edit.after = articles;
    const LayoutChange applied = applyLayoutCorrection(edit.after, correction);
    switch (applied.outcome) {
    case LayoutChange::Applied:
        break;
    case LayoutChange::AlreadySo:
        return refuse(kind == CorrectionKind::SplitBefore
                          ? tr("article %1 already starts with “%2”").arg(articleId).arg(text)
                          : tr("article %1 is already so").arg(articleId));
    case LayoutChange::NoNextArticle:
        return refuse(tr("article %1 is the last on its page: there is no next article to merge").arg(articleId));
    case LayoutChange::NoPreviousArticle:
        return refuse(tr("article %1 is the first on its page: there is no previous article").arg(articleId));
    case LayoutChange::OnlyParagraph:
        return refuse(kind == CorrectionKind::MoveToPrevious || kind == CorrectionKind::MoveToNext
                          ? tr("“%1” is the only paragraph of article %2: merge the article "
                               "instead")
                                .arg(text)
                                .arg(articleId)
                          : tr("“%1” is the only text of article %2").arg(text).arg(articleId));
    case LayoutChange::BadArgument:
        return refuse(tr("byline “%1” cannot be read").arg(text));
    case LayoutChange::NotFound:
        return refuse(tr("the text of article %1 could not be anchored").arg(articleId));
    }
    edit.correction = correction;
    edit.change = applied;
    return edit;
}

std::optional<CorrectionChange> CorrectionsStore::correctArticle(qint64 articleId, CorrectionKind kind,
                                                                 const QString &argument)
{
    m_error = Error::None;
    m_errorString.clear();
    if (isPageCorrection(kind))
        return fail(Error::BadInput,
                    tr("a %1 correction is made on a page, not an article").arg(correctionKindName(kind)));
    QString text = argument.trimmed();
    if ((isPhraseCorrection(kind) || kind == CorrectionKind::Headline || kind == CorrectionKind::Kicker ||
         kind == CorrectionKind::Subheadline) &&
        text.isEmpty())
        return fail(Error::BadInput, tr("%1 needs a text").arg(correctionKindName(kind)));
    if (kind == CorrectionKind::Byline) {
        // Kept as parsed, so that a re-import reads the names the reader meant in the same order.
        QString why;
        const std::optional<BylineNames> names = parseBylineText(text, &why);
        if (!names)
            return fail(Error::BadInput, tr("byline “%1”: %2").arg(text, why));
        text = bylineText(*names);
    }
    std::optional<qint64> pageId;
    {
        Sql sql{m_library};
        QSqlQuery q;
        if (!sql.run(q, QStringLiteral("SELECT page_id FROM articles WHERE id = ?"), {articleId}))
            return fail(Error::Library, m_library.errorString());
        if (!q.next())
            return fail(Error::BadInput, tr("no article %1 in %2").arg(articleId).arg(m_library.path()));
        pageId = q.value(0).toLongLong();
    }
    const std::optional<PageState> before = pageState(*pageId);
    if (!before)
        return fail(Error::Library, m_library.errorString());
    const int index = int(before->articleIds.indexOf(articleId));
    if (index < 0)
        return fail(Error::BadInput, tr("no article %1 in %2").arg(articleId).arg(m_library.path()));
    QString why;
    std::optional<LayoutEdit> edit = makeLayoutCorrection(before->articles, index, kind, text, articleId, &why);
    if (!edit)
        return fail(Error::BadInput, why);
    Correction correction = edit->correction;
    correction.pageId = *pageId;
    correction.sourcePath = before->sourcePath;
    correction.sourceIndex = before->sourceIndex;
    const LayoutChange applied = edit->change;
    CorrectionChange change;
    change.before = *before;
    change.after = *before;
    change.after.articles = std::move(edit->after);
    if (applied.insertedAt >= 0)
        change.after.articleIds.insert(applied.insertedAt, 0);
    if (applied.removedAt >= 0)
        change.after.articleIds.removeAt(applied.removedAt);
    change.article = applied.article;

    if (!m_library.beginWrite())
        return fail(Error::Library, m_library.errorString());
    // The new articles' ids are known once written: read them back for redo.
    if (!writeChange(change.after, nullptr, 0)) {
        m_library.rollback();
        return fail(Error::Library, m_library.errorString());
    }
    const std::optional<PageState> written = pageState(*pageId);
    Sql sql{m_library};
    QSqlQuery q;
    if (!written || !storeCorrection(m_library, correction) ||
        !sql.run(q, QStringLiteral("SELECT max(id) FROM corrections WHERE page_id = ?"), {*pageId}) ||
        !q.next()) {
        m_library.rollback();
        return fail(Error::Library, m_library.errorString());
    }
    correction.id = q.value(0).toLongLong();
    q.finish();
    if (!m_library.commit())
        return fail(Error::Library, m_library.errorString());
    change.after.articleIds = written->articleIds;
    change.correction = correction;
    return change;
}

std::optional<CorrectionChange> CorrectionsStore::correctPage(qint64 pageId, CorrectionKind kind,
                                                              const QString &argument)
{
    m_error = Error::None;
    m_errorString.clear();
    const QString text = argument.trimmed();
    if (!isPageCorrection(kind))
        return fail(Error::BadInput,
                    tr("a %1 correction is made on an article, not a page").arg(correctionKindName(kind)));
    // One page names its date: an empty one (confirm the page's own) is for the bulk edit.
    if (kind == CorrectionKind::Date && !QDate::fromString(text, Qt::ISODate).isValid())
        return fail(Error::BadInput, tr("“%1” is not a date (YYYY-MM-DD)").arg(text));
    const std::optional<PagesChange> bulk = correctPages({pageId}, {PageEdit{kind, text}});
    if (!bulk) {
        if (m_error == Error::BadInput && m_errorString.isEmpty())
            m_errorString = tr("page %1 is already so").arg(pageId);
        return std::nullopt;
    }
    CorrectionChange change;
    change.correction = bulk->corrections.value(0);
    change.before = bulk->before.value(0);
    change.after = bulk->after.value(0);
    return change;
}

namespace {

// The prefix of every path under `folder`.
QString folderPrefix(const QString &folder)
{
    QString prefix = QDir::cleanPath(QDir::fromNativeSeparators(folder));
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    return prefix;
}

} // namespace

std::optional<QList<PageState>> CorrectionsStore::placements(const QString &where, const QVariantList &values)
{
    Sql sql{m_library};
    QSqlQuery q;
    if (!sql.run(q,
                 QStringLiteral("SELECT p.id, p.source_path, p.source_index, p.label, p.section, pp.name, i.date,"
                                " i.edition, i.date_guessed FROM pages p JOIN issues i ON i.id = p.issue_id"
                                " JOIN papers pp ON pp.id = i.paper_id WHERE ") +
                     where + QStringLiteral(" ORDER BY p.source_path, p.source_index"),
                 values)) {
        fail(Error::Library, m_library.errorString());
        return std::nullopt;
    }
    QList<PageState> pages;
    while (q.next()) {
        PageState state;
        state.pageId = q.value(0).toLongLong();
        state.sourcePath = q.value(1).toString();
        state.sourceIndex = q.value(2).toInt();
        state.placement.label = q.value(3).toString();
        state.placement.section = q.value(4).toString();
        state.placement.paper = q.value(5).toString();
        state.placement.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        state.placement.edition = q.value(7).toString();
        state.placement.dateGuessed = q.value(8).toInt() != 0;
        pages.append(state);
    }
    return pages;
}

std::optional<QList<PageState>> CorrectionsStore::pagesUnder(const QString &folder)
{
    m_error = Error::None;
    if (folder.isEmpty())
        return placements(QStringLiteral("1"), {});
    // instr(), not LIKE: exact and case-sensitive, with no wildcard in a folder's name to escape.
    return placements(QStringLiteral("instr(p.source_path, ?) = 1"), {folderPrefix(folder)});
}

std::optional<QList<PageState>> CorrectionsStore::pagesOfIssue(qint64 issueId)
{
    m_error = Error::None;
    return placements(QStringLiteral("p.issue_id = ?"), {issueId});
}

std::optional<QList<PageState>> CorrectionsStore::pagesOfFile(const QString &sourcePath)
{
    m_error = Error::None;
    return placements(QStringLiteral("p.source_path = ?"), {sourcePath});
}

std::optional<QList<PageState>> CorrectionsStore::pagesOfPaper(const QString &paper)
{
    m_error = Error::None;
    return placements(QStringLiteral("pp.name = ?"), {paper});
}

std::optional<QList<PageState>> CorrectionsStore::pagesOfImport(qint64 importId)
{
    m_error = Error::None;
    m_errorString.clear();
    {
        Sql sql{m_library};
        QSqlQuery q;
        if (!sql.run(q, QStringLiteral("SELECT 1 FROM imports WHERE id = ?"), {importId})) {
            fail(Error::Library, m_library.errorString());
            return std::nullopt;
        }
        if (!q.next()) {
            fail(Error::BadInput, tr("no import %1 in %2 (see kanbao-cli imports)")
                                      .arg(importId)
                                      .arg(QDir::toNativeSeparators(m_library.path())));
            return std::nullopt;
        }
    }
    return placements(QStringLiteral("p.import_id = ?"), {importId});
}

std::optional<QList<ImportRecord>> CorrectionsStore::imports()
{
    m_error = Error::None;
    m_errorString.clear();
    Sql sql{m_library};
    QSqlQuery q;
    if (!sql.run(q, QStringLiteral("SELECT m.id, m.started_at, m.sources, m.pages,"
                                   " (SELECT count(*) FROM pages p WHERE p.import_id = m.id)"
                                   " FROM imports m ORDER BY m.id"))) {
        fail(Error::Library, m_library.errorString());
        return std::nullopt;
    }
    QList<ImportRecord> list;
    while (q.next()) {
        ImportRecord record;
        record.id = q.value(0).toLongLong();
        record.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
            record.sources.append(v.toString());
        record.pagesWritten = q.value(3).toInt();
        record.pages = q.value(4).toInt();
        list.append(record);
    }
    return list;
}

QStringList CorrectionsStore::paperNames()
{
    Sql sql{m_library};
    QSqlQuery q;
    QStringList names;
    if (!sql.run(q, QStringLiteral("SELECT name FROM papers ORDER BY name")))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

std::optional<PagesChange> CorrectionsStore::correctPages(const QList<qint64> &pageIds,
                                                           const QList<PageEdit> &edits)
{
    m_error = Error::None;
    m_errorString.clear();
    if (pageIds.isEmpty()) {
        fail(Error::BadInput, tr("no pages to correct"));
        return std::nullopt;
    }
    QList<PageEdit> checked;
    for (const PageEdit &edit : edits) {
        PageEdit e{edit.kind, edit.argument.trimmed()};
        if (!isPageCorrection(e.kind)) {
            fail(Error::BadInput,
                 tr("a %1 correction is made on an article, not a page").arg(correctionKindName(e.kind)));
            return std::nullopt;
        }
        if (e.kind == CorrectionKind::Paper && e.argument.isEmpty()) {
            fail(Error::BadInput, tr("paper needs a name"));
            return std::nullopt;
        }
        if (e.kind == CorrectionKind::Date && !e.argument.isEmpty()) {
            const QDate date = QDate::fromString(e.argument, Qt::ISODate);
            if (!date.isValid()) {
                fail(Error::BadInput, tr("“%1” is not a date (YYYY-MM-DD)").arg(e.argument));
                return std::nullopt;
            }
            e.argument = date.toString(Qt::ISODate);
        }
        checked.append(e);
    }
    if (checked.isEmpty()) {
        fail(Error::BadInput, tr("nothing to correct"));
        return std::nullopt;
    }

    PagesChange change;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const qint64 pageId : pageIds) {
        const std::optional<QList<PageState>> found = placements(QStringLiteral("p.id = ?"), {pageId});
        if (!found)
            return std::nullopt;
        if (found->isEmpty()) {
            fail(Error::BadInput, tr("no page %1 in %2").arg(pageId).arg(m_library.path()));
            return std::nullopt;
        }
        const PageState &before = found->first();
        PageState after = before;
        QList<Correction> made;
        for (const PageEdit &e : std::as_const(checked)) {
            Correction c;
            c.pageId = pageId;
            c.kind = e.kind;
            c.argument = e.kind == CorrectionKind::Date && e.argument.isEmpty()
                             ? after.placement.date.toString(Qt::ISODate)
                             : e.argument;
            c.createdAt = now;
            c.sourcePath = before.sourcePath;
            c.sourceIndex = before.sourceIndex;
            const PagePlacement was = after.placement;
            applyPageCorrection(after.placement, c);
            if (after.placement.paper != was.paper || after.placement.date != was.date ||
                after.placement.dateGuessed != was.dateGuessed || after.placement.label != was.label ||
                after.placement.section != was.section)
                made.append(c);
        }
        if (made.isEmpty())
            continue;
        change.before.append(before);
        change.after.append(after);
        change.corrections += made;
    }
    if (change.corrections.isEmpty()) {
        fail(Error::BadInput, pageIds.size() == 1 ? tr("page %1 is already so").arg(pageIds.first())
                                                  : tr("the %n pages are already so", nullptr,
                                                       int(pageIds.size())));
        return std::nullopt;
    }

    if (!m_library.beginWrite()) {
        fail(Error::Library, m_library.errorString());
        return std::nullopt;
    }
    bool ok = writePagesChange(change.after, {}, {});
    Sql sql{m_library};
    for (Correction &c : change.corrections) {
        QSqlQuery q;
        ok = ok && storeCorrection(m_library, c) &&
             sql.run(q, QStringLiteral("SELECT max(id) FROM corrections WHERE page_id = ?"), {c.pageId}) &&
             q.next();
        if (ok)
            c.id = q.value(0).toLongLong();
    }
    if (!ok) {
        m_library.rollback();
        fail(Error::Library, m_library.errorString());
        return std::nullopt;
    }
    if (!m_library.commit()) {
        fail(Error::Library, m_library.errorString());
        return std::nullopt;
    }
    return change;
}

bool CorrectionsStore::undo(const PagesChange &change)
{
    return inWriteTransaction([&] { return writePagesChange(change.before, {}, change.corrections); });
}

bool CorrectionsStore::redo(const PagesChange &change)
{
    return inWriteTransaction([&] { return writePagesChange(change.after, change.corrections, {}); });
}

bool CorrectionsStore::writePagesChange(const QList<PageState> &states, const QList<Correction> &insert,
                                        const QList<Correction> &remove)
{
    for (const PageState &state : states) {
        if (!writePlacement(state))
            return false;
    }
    Sql sql{m_library};
    for (const Correction &c : remove)
        sql.run(QStringLiteral("DELETE FROM corrections WHERE id = ?"), {c.id});
    if (!sql.ok)
        return false;
    for (const Correction &c : insert) {
        if (!storeCorrection(m_library, c))
            return false;
    }
    return true;
}

// Moves a page to the issue its placement names and sets its label and section. The articles stay as they
// are, so search, mentions and notes need nothing: they reach the paper and date through the page.
bool CorrectionsStore::writePlacement(const PageState &state)
{
    Sql sql{m_library};
    QSqlQuery issue;
    if (!sql.run(issue, QStringLiteral("SELECT issue_id FROM pages WHERE id = ?"), {state.pageId}) ||
        !issue.next())
        return false;
    const qint64 oldIssue = issue.value(0).toLongLong();
    issue.finish();
    const std::optional<qint64> newIssue = issueId(sql, state.placement);
    if (!newIssue)
        return false;
    if (*newIssue == oldIssue) {
        // The page stays in its issue: its date is confirmed (or, undoing that, a guess again). The date is
        // the issue's, so this holds for the issue's other pages too.
        sql.run(QStringLiteral("UPDATE issues SET date_guessed = ? WHERE id = ?"),
                {state.placement.dateGuessed ? 1 : 0, oldIssue});
    }
    sql.run(QStringLiteral("UPDATE pages SET issue_id = ?, label = ?, section = ? WHERE id = ?"),
            {*newIssue, textOrNull(state.placement.label), textOrNull(state.placement.section), state.pageId});
    if (*newIssue != oldIssue) {
        sql.run(
            QStringLiteral(
                "DELETE FROM issues WHERE id = ? AND NOT EXISTS (SELECT 1 FROM pages WHERE issue_id = ?)"),
            {oldIssue, oldIssue});
        sql.run(QStringLiteral(
            "DELETE FROM papers WHERE NOT EXISTS (SELECT 1 FROM issues WHERE paper_id = papers.id)"));
    }
    return sql.ok;
}

bool CorrectionsStore::inWriteTransaction(const std::function<bool()> &write)
{
    m_error = Error::None;
    if (!m_library.beginWrite() || !write()) {
        m_library.rollback();
        fail(Error::Library, m_library.errorString());
        return false;
    }
    if (!m_library.commit()) {
        fail(Error::Library, m_library.errorString());
        return false;
    }
    return true;
}

bool CorrectionsStore::writeChangeInTransaction(const PageState &state, const Correction *insert, qint64 removeId)
{
    return inWriteTransaction([&] { return writeChange(state, insert, removeId); });
}

bool CorrectionsStore::undo(const CorrectionChange &change)
{
    if (isPageCorrection(change.correction.kind))
        return undo(PagesChange{{change.before}, {change.after}, {change.correction}});
    return writeChangeInTransaction(change.before, nullptr, change.correction.id);
}

bool CorrectionsStore::redo(const CorrectionChange &change)
{
    if (isPageCorrection(change.correction.kind))
        return redo(PagesChange{{change.before}, {change.after}, {change.correction}});
    return writeChangeInTransaction(change.after, &change.correction, 0);
}

QList<Correction> CorrectionsStore::corrections(qint64 pageId)
{
    m_error = Error::None;
    Sql sql{m_library};
    QSqlQuery q;
    const bool ok =
        pageId > 0
            ? sql.run(q, CorrectionColumns + QStringLiteral(" WHERE c.page_id = ? ORDER BY c.id"), {pageId})
            : sql.run(q, CorrectionColumns + QStringLiteral(" ORDER BY c.id"));
    QList<Correction> list;
    if (!ok) {
        fail(Error::Library, m_library.errorString());
        return list;
    }
    while (q.next())
        list.append(correctionFrom(q));
    return list;
}

} // namespace kanbao
