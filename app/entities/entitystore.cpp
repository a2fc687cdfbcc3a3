#include "entities/entitystore.h"

#include "entities/officenames.h"

#include "entities/lexicon.h"
#include "library/library.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kanbao {

namespace {

const QString &journalist()
{
    static const QString role = QStringLiteral("journalist");
    return role;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

EntityType typeOf(const QVariant &v)
{
    return entityTypeFromName(v.toString()).value_or(EntityType::Person);
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Every mention with the user's decisions applied: `name`/`type` are what the user calls the entity now.
// A split (this article's mentions belong to another name) comes first, then a merge of the resulting
// name; mentions whose final name is ignored are left out. `mentionFilter` narrows the mentions read
// (by entity or article ids) so that a question about one entity does not resolve the whole library.
QString visibleMentions(const QString &mentionFilter)
{
    return QStringLiteral(
               "WITH resolved AS ("
               " SELECT m.id AS mention_id, m.article_id AS article_id, m.role AS role, m.office AS office,"
               " m.office_organization AS office_organization, i.date AS date, pp.name AS paper,"
               " p.label AS page_label, a.headline AS headline, e.id AS original_id, e.name AS original_name,"
               " e.type AS original_type,"
               " CASE WHEN d.action = 'merge' THEN d.target_name ELSE coalesce(s.target_name, e.name) END AS name,"
               " CASE WHEN d.action = 'merge' THEN d.target_type ELSE e.type END AS type"
               " FROM mentions m"
               " JOIN entities e ON e.id = m.entity_id"
               " JOIN articles a ON a.id = m.article_id"
               " JOIN pages p ON p.id = a.page_id"
               " JOIN issues i ON i.id = p.issue_id"
               " JOIN papers pp ON pp.id = i.paper_id"
               " LEFT JOIN entity_splits s ON s.name = e.name AND s.type = e.type AND s.source_path = p.source_path"
               " AND s.article_seq = a.seq"
               " LEFT JOIN entity_decisions d ON d.name = coalesce(s.target_name, e.name) AND d.type = e.type"
               " WHERE %1),"
               " visible AS (SELECT * FROM resolved r WHERE NOT EXISTS (SELECT 1 FROM entity_decisions x"
               " WHERE x.action = 'ignore' AND x.name = r.name AND x.type = r.type)) ")
        .arg(mentionFilter.isEmpty() ? QStringLiteral("1") : mentionFilter);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula: such a
// name, however unlikely, is written with a leading apostrophe so opening the export runs nothing.
QString csvField(QString s)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!s.isEmpty() && formulaStarts.contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Where each occurrence of `name` stands in a body whose paragraphs are joined with '\n'.
QList<std::pair<int, int>> occurrences(const QString &body, const QString &name)
{
    QList<std::pair<int, int>> out;
    const QStringList paragraphs = body.split(QLatin1Char('\n'));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        for (qsizetype at = paragraphs[p].indexOf(name); at >= 0; at = paragraphs[p].indexOf(name, at + name.size()))
            out.append({int(p), int(at)});
    }
    return out;
}

} // namespace

EntityStore::EntityStore(Library &library)
    : m_library(library)
{
}

bool EntityStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool EntityStore::failQuery(const QSqlQuery &query)
{
    m_error = m_library.describe(query.lastError());
    return false;
}

namespace {

// Prepares, binds in order and runs; the store's error on failure.
struct Sql
{
    QSqlQuery q;
    bool ok = false;

    Sql(Library &library, const QString &sql, const QVariantList &values = {}) : q(library.database())
    {
        q.setForwardOnly(true);
        ok = q.prepare(sql);
        if (!ok)
            return;
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    bool next() { return ok && q.next(); }
    QVariant value(int i) const { return q.value(i); }
};

} // namespace

// ---- reading -------------------------------------------------------------------------------------

QList<EntitySummary> EntityStore::entities(const EntityFilter &filter)
{
    m_error.clear();
    QString where = QStringLiteral(" WHERE 1");
    QVariantList values;
    if (filter.type) {
        where += QStringLiteral(" AND type = ?");
        values << entityTypeName(*filter.type);
    }
    if (!filter.includeJournalists)
        where += QStringLiteral(" AND role <> '%1'").arg(journalist());
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND date >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND date <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    if (!filter.contains.isEmpty()) {
        where += QStringLiteral(" AND instr(name, ?) > 0");
        values << filter.contains;
    }
    values << filter.limit << std::max(0, filter.offset);
    Sql q(m_library,
          visibleMentions(QString())
              + QStringLiteral("SELECT name, type, count(*), count(DISTINCT article_id), min(date), max(date) FROM visible")
              + where + QStringLiteral(" GROUP BY name, type ORDER BY count(*) DESC, name LIMIT ? OFFSET ?"),
          values);
    QList<EntitySummary> list;
    while (q.next()) {
        EntitySummary s;
        s.key = {q.value(0).toString(), typeOf(q.value(1))};
        s.mentions = q.value(2).toInt();
        s.articles = q.value(3).toInt();
        s.first = dateOf(q.value(4));
        s.last = dateOf(q.value(5));
        list << s;
    }
    if (!q.ok) {
        failQuery(q.q);
        return {};
    }
    // Aliases: the original names merged into each listed entity.
    Sql a(m_library, QStringLiteral("SELECT name, target_name, target_type FROM entity_decisions WHERE action = 'merge'"
                                    " ORDER BY name"));
    QHash<QString, QStringList> aliases;
    while (a.next())
        aliases[a.value(2).toString() + QLatin1Char('\x1f') + a.value(1).toString()] << a.value(0).toString();
    for (EntitySummary &s : list)
        s.aliases = aliases.value(entityTypeName(s.key.type) + QLatin1Char('\x1f') + s.key.name);
    return list;
}

namespace {

// The stored entities whose mentions may count as `key` once decisions are applied: the name itself,
// names merged into it, and names split off into it in some articles.
QList<qint64> candidateEntityIds(Library &library, const EntityKey &key, bool *ok)
{
    const QString type = entityTypeName(key.type);
    Sql q(library,
          QStringLiteral("SELECT id FROM entities WHERE name = ? AND type = ?"
                         " UNION SELECT e.id FROM entities e JOIN entity_decisions d ON d.name = e.name AND d.type = e.type"
                         " WHERE d.action = 'merge' AND d.target_name = ? AND d.target_type = ?"
                         " UNION SELECT e.id FROM entities e JOIN entity_splits s ON s.name = e.name AND s.type = e.type"
                         " WHERE s.target_name = ? AND s.type = ?"
                         " UNION SELECT e.id FROM entities e JOIN entity_splits s ON s.name = e.name AND s.type = e.type"
                         " JOIN entity_decisions d ON d.name = s.target_name AND d.type = s.type"
                         " WHERE d.action = 'merge' AND d.target_name = ? AND d.target_type = ?"),
          {key.name, type, key.name, type, key.name, type, key.name, type});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    *ok = q.ok;
    return ids;
}

} // namespace

std::optional<EntitySummary> EntityStore::entity(const EntityKey &key)
{
    m_error.clear();
    bool ok = false;
    const QList<qint64> ids = candidateEntityIds(m_library, key, &ok);
    if (!ok) {
        fail(m_library.errorString());
        return std::nullopt;
    }
    if (ids.isEmpty())
        return std::nullopt;
    Sql q(m_library,
          visibleMentions(QStringLiteral("m.entity_id IN (%1)").arg(idList(ids)))
              + QStringLiteral("SELECT count(*), count(DISTINCT article_id), min(date), max(date) FROM visible"
                               " WHERE name = ? AND type = ?"),
          {key.name, entityTypeName(key.type)});
    if (!q.next()) {
        if (!q.ok)
            failQuery(q.q);
        return std::nullopt;
    }
    if (q.value(0).toInt() == 0)
        return std::nullopt;
    EntitySummary s;
    s.key = key;
    s.mentions = q.value(0).toInt();
    s.articles = q.value(1).toInt();
    s.first = dateOf(q.value(2));
    s.last = dateOf(q.value(3));
    Sql a(m_library,
          QStringLiteral("SELECT name FROM entity_decisions WHERE action = 'merge' AND target_name = ? AND target_type = ?"
                         " ORDER BY name"),
          {key.name, entityTypeName(key.type)});
    while (a.next())
        s.aliases << a.value(0).toString();
    return s;
}

QList<EntityPeriod> EntityStore::mentionsOverTime(const EntityKey &key, Granularity granularity)
{
    m_error.clear();
    bool ok = false;
    const QList<qint64> ids = candidateEntityIds(m_library, key, &ok);
    if (!ok || ids.isEmpty()) {
        if (!ok)
            fail(m_library.errorString());
        return {};
    }
    const QString period = granularity == Granularity::Day     ? QStringLiteral("date")
                         : granularity == Granularity::Month ? QStringLiteral("substr(date, 1, 7) || '-01'")
                                                              : QStringLiteral("substr(date, 1, 4) || '-01-01'");
    Sql q(m_library,
          visibleMentions(QStringLiteral("m.entity_id IN (%1)").arg(idList(ids)))
              + QStringLiteral("SELECT %1 AS period, count(*), count(DISTINCT article_id) FROM visible"
                               " WHERE name = ? AND type = ? GROUP BY period ORDER BY period")
                    .arg(period),
          {key.name, entityTypeName(key.type)});
    QList<EntityPeriod> list;
    while (q.next())
        list.append({dateOf(q.value(0)), q.value(1).toInt(), q.value(2).toInt()});
    if (!q.ok)
        failQuery(q.q);
    return list;
}

QList<EntityArticle> EntityStore::articles(const EntityKey &key, const QDate &from, const QDate &to, bool newestFirst,
                                           int limit, int offset)
{
    m_error.clear();
    bool ok = false;
    const QList<qint64> ids = candidateEntityIds(m_library, key, &ok);
    if (!ok || ids.isEmpty()) {
        if (!ok)
            fail(m_library.errorString());
        return {};
    }
    QVariantList values{key.name, entityTypeName(key.type)};
    QString where;
    if (from.isValid()) {
        where += QStringLiteral(" AND date >= ?");
        values << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND date <= ?");
        values << to.toString(Qt::ISODate);
    }
    values << limit << std::max(0, offset);
    const QString order = newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    Sql q(m_library,
          visibleMentions(QStringLiteral("m.entity_id IN (%1)").arg(idList(ids)))
              + QStringLiteral("SELECT article_id, date, paper, page_label, headline, count(*) FROM visible"
                               " WHERE name = ? AND type = ?%1 GROUP BY article_id"
                               " ORDER BY date %2, paper, page_label, article_id LIMIT ? OFFSET ?")
                    .arg(where, order),
          values);
    QList<EntityArticle> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), dateOf(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toInt()});
    if (!q.ok)
        failQuery(q.q);
    return list;
}

QList<ArticleEntity> EntityStore::entitiesOfArticle(qint64 articleId)
{
    m_error.clear();
    // The id is the stored row of the name the user sees (merge and split store it); a name merged
    // before they did falls back to one of its originals, which keyOfEntity() resolves to the same key.
    Sql q(m_library,
          visibleMentions(QStringLiteral("m.article_id = %1").arg(articleId))
              + QStringLiteral("SELECT name, type, count(*), coalesce((SELECT x.id FROM entities x WHERE x.name = v.name"
                               " AND x.type = v.type), min(original_id)), min(coalesce(role, '') = '%1')"
                               " FROM visible v GROUP BY name, type ORDER BY min(mention_id)")
                    .arg(journalist()));
    QList<ArticleEntity> list;
    while (q.next())
        list.append({q.value(3).toLongLong(), {q.value(0).toString(), typeOf(q.value(1))}, q.value(2).toInt(),
                     q.value(4).toBool()});
    if (!q.ok) {
        failQuery(q.q);
        return {};
    }
    return list;
}

std::optional<EntityKey> EntityStore::keyOfEntity(qint64 entityId)
{
    m_error.clear();
    Sql q(m_library,
          QStringLiteral("SELECT e.name, e.type, d.target_name, d.target_type FROM entities e LEFT JOIN entity_decisions d"
                         " ON d.name = e.name AND d.type = e.type AND d.action = 'merge' WHERE e.id = ?"),
          {entityId});
    if (!q.next()) {
        if (!q.ok)
            failQuery(q.q);
        return std::nullopt;
    }
    if (!q.value(2).isNull())
        return EntityKey{q.value(2).toString(), typeOf(q.value(3))};
    return EntityKey{q.value(0).toString(), typeOf(q.value(1))};
}

QList<CoMention> EntityStore::coMentioned(const EntityKey &key, std::optional<EntityType> type, int limit)
{
    m_error.clear();
    const QList<EntityArticle> own = articles(key);
    if (own.isEmpty())
        return {};
    QList<qint64> articleIds;
    for (const EntityArticle &a : own)
        articleIds << a.articleId;
    QVariantList values{key.name, entityTypeName(key.type)};
    QString where;
    if (type) {
        where = QStringLiteral(" AND type = ?");
        values << entityTypeName(*type);
    }
    values << limit;
    Sql q(m_library,
          visibleMentions(QStringLiteral("m.article_id IN (%1)").arg(idList(articleIds)))
              + QStringLiteral("SELECT name, type, count(DISTINCT article_id) AS shared FROM visible"
                               " WHERE NOT (name = ? AND type = ?) AND role <> '%1'%2"
                               " GROUP BY name, type ORDER BY shared DESC, name LIMIT ?")
                    .arg(journalist(), where),
          values);
    QList<CoMention> list;
    while (q.next())
        list.append({{q.value(0).toString(), typeOf(q.value(1))}, q.value(2).toInt()});
    if (!q.ok)
        failQuery(q.q);
    return list;
}

QList<OfficeSpan> EntityStore::offices(const EntityKey &key)
{
    m_error.clear();
    bool ok = false;
    const QList<qint64> ids = candidateEntityIds(m_library, key, &ok);
    if (!ok || ids.isEmpty()) {
        if (!ok)
            fail(m_library.errorString());
        return {};
    }
    Sql q(m_library,
          visibleMentions(QStringLiteral("m.entity_id IN (%1)").arg(idList(ids)))
              + QStringLiteral("SELECT o.office, o.organization, min(v.date), max(v.date), count(*) FROM visible v"
                               " JOIN mention_offices o ON o.mention_id = v.mention_id"
                               " WHERE v.name = ? AND v.type = ? AND o.office <> ''"
                               " GROUP BY o.office, o.organization ORDER BY min(v.date), max(v.date), o.office"),
          {key.name, entityTypeName(key.type)});
    QList<OfficeSpan> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)), dateOf(q.value(3)),
                     q.value(4).toInt()});
    if (!q.ok)
        failQuery(q.q);
    return list;
}

namespace {

// 市政协 from pages of an unknown paper and 焦作市政协 from the same paper's pages where its name was known:
// for one person and office, a body named by its level alone is the one named with its area when exactly
// one such body is on record (two cities' 市政协 stay apart).
void mergeLevelOnlyOrganizations(QList<OfficeTerm> &terms)
{
    static const QString levels = QStringLiteral("省市县区州镇乡");
    QHash<QString, QList<qsizetype>> byHolder;
    for (qsizetype i = 0; i < terms.size(); ++i)
        byHolder[terms[i].person + QChar(0x1F) + terms[i].office].append(i);
    QList<qsizetype> merged;
    for (const QList<qsizetype> &group : std::as_const(byHolder)) {
        if (group.size() < 2)
            continue;
        for (const qsizetype shortIndex : group) {
            const QString &level = terms[shortIndex].organization;
            if (level.size() < 2 || !levels.contains(level.front()))
                continue;
            qsizetype target = -1;
            int candidates = 0;
            for (const qsizetype other : group) {
                const QString &full = terms[other].organization;
                if (other != shortIndex && full.size() > level.size() && full.endsWith(level)) {
                    target = other;
                    ++candidates;
                }
            }
            if (candidates != 1)
                continue;
            OfficeTerm &into = terms[target];
            const OfficeTerm &from = terms[shortIndex];
            if (from.first.isValid() && (!into.first.isValid() || from.first < into.first))
                into.first = from.first;
            if (from.last.isValid() && (!into.last.isValid() || from.last > into.last))
                into.last = from.last;
            into.mentions += from.mentions;
            for (const qint64 id : from.articleIds) {
                if (!into.articleIds.contains(id))
                    into.articleIds.append(id);
            }
            for (const QString &written : from.writtenOrganizations) {
                if (!into.writtenOrganizations.contains(written))
                    into.writtenOrganizations.append(written);
            }
            merged.append(shortIndex);
        }
    }
    std::sort(merged.begin(), merged.end(), std::greater<>());
    for (const qsizetype i : std::as_const(merged))
        terms.removeAt(i);
}

} // namespace

QList<OfficeTerm> EntityStore::officeTerms(const OfficeFilter &filter)
{
    m_error.clear();
    QString mentionFilter = QStringLiteral("e.type = 'person' AND m.role <> 'journalist'"
                                           " AND EXISTS (SELECT 1 FROM mention_offices mo WHERE mo.mention_id = m.id)");
    QVariantList values;
    QString where = QStringLiteral("1");
    if (!filter.person.isEmpty()) {
        bool ok = false;
        const QList<qint64> ids = candidateEntityIds(m_library, EntityKey{filter.person, EntityType::Person}, &ok);
        if (!ok) {
            fail(m_library.errorString());
            return {};
        }
        if (ids.isEmpty())
            return {};
        mentionFilter += QStringLiteral(" AND m.entity_id IN (%1)").arg(idList(ids));
        where = QStringLiteral("v.name = ?");
        values << filter.person;
    }
    Sql q(m_library,
          visibleMentions(mentionFilter)
              + QStringLiteral("SELECT v.name, o.office, o.organization, o.written_organization, v.date, v.article_id,"
                               " v.paper FROM visible v JOIN mention_offices o ON o.mention_id = v.mention_id"
                               " WHERE %1 AND v.type = 'person' ORDER BY v.date, v.article_id, o.seq")
                    .arg(where),
          values);
    QList<OfficeTerm> terms;
    QHash<QString, qsizetype> index;
    QHash<QString, QString> cities;
    while (q.next()) {
        const QString paper = q.value(6).toString();
        auto city = cities.constFind(paper);
        if (city == cities.cend())
            city = cities.insert(paper, officenames::cityOfPaper(paper));
        const QString written = q.value(3).toString().isEmpty() ? q.value(2).toString() : q.value(3).toString();
        // 市长 with no city named: the level alone ("市") is kept as written and completed with the paper's city.
        QString organization =
            officenames::canonicalOrganization(q.value(2).toString().isEmpty() ? written : q.value(2).toString(), *city);
        if (organization.size() == 1)
            organization.clear();
        if (!filter.organization.isEmpty() && !organization.contains(filter.organization)
            && !written.contains(filter.organization))
            continue;
        const QString person = q.value(0).toString();
        const QString office = q.value(1).toString();
        const QString termKey = person + QChar(0x1F) + office + QChar(0x1F) + organization;
        auto at = index.constFind(termKey);
        if (at == index.cend()) {
            OfficeTerm term;
            term.person = person;
            term.office = office;
            term.organization = organization;
            terms.append(term);
            at = index.insert(termKey, terms.size() - 1);
        }
        OfficeTerm &term = terms[*at];
        const QDate date = dateOf(q.value(4));
        if (date.isValid()) {
            if (!term.first.isValid() || date < term.first)
                term.first = date;
            if (!term.last.isValid() || date > term.last)
                term.last = date;
        }
        ++term.mentions;
        const qint64 article = q.value(5).toLongLong();
        if (!term.articleIds.contains(article))
            term.articleIds.append(article);
        if (!term.writtenOrganizations.contains(written))
            term.writtenOrganizations.append(written);
    }
    if (!q.ok) {
        failQuery(q.q);
        return {};
    }
    mergeLevelOnlyOrganizations(terms);
    std::stable_sort(terms.begin(), terms.end(), [](const OfficeTerm &a, const OfficeTerm &b) {
        if (a.person != b.person)
            return a.person < b.person;
        return a.first < b.first;
    });
    return terms;
}

bool EntityStore::exportOfficeCsv(QIODevice *device, const QList<OfficeTerm> &terms)
{
    QByteArray out = "person,office,organization,first,last,mentions,articles\r\n";
    for (const OfficeTerm &t : terms) {
        QStringList ids;
        for (const qint64 id : t.articleIds)
            ids << QString::number(id);
        const QStringList fields{csvField(t.person), csvField(t.office), csvField(t.organization),
                                 t.first.toString(Qt::ISODate), t.last.toString(Qt::ISODate),
                                 QString::number(t.mentions), csvField(ids.join(QLatin1Char(';')))};
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return device->write(out) == out.size();
}

QList<CoAppearance> EntityStore::coAppearances(const QDate &from, const QDate &to, int minArticles)
{
    m_error.clear();
    QString mentionFilter = QStringLiteral("e.type = 'person' AND m.role <> '%1'").arg(journalist());
    QVariantList values;
    if (from.isValid()) {
        mentionFilter += QStringLiteral(" AND i.date >= ?");
        values << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        mentionFilter += QStringLiteral(" AND i.date <= ?");
        values << to.toString(Qt::ISODate);
    }
    values << std::max(1, minArticles);
    // One row per (article, person) first, so that a name stated five times in an article counts once.
    Sql q(m_library,
          visibleMentions(mentionFilter)
              + QStringLiteral(", present AS (SELECT DISTINCT article_id, name, date FROM visible WHERE type = 'person')"
                               " SELECT a.name, b.name, count(*), min(a.date), max(a.date) FROM present a"
                               " JOIN present b ON b.article_id = a.article_id AND a.name < b.name"
                               " GROUP BY a.name, b.name HAVING count(*) >= ?"
                               " ORDER BY count(*) DESC, a.name, b.name"),
          values);
    QList<CoAppearance> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), dateOf(q.value(3)),
                     dateOf(q.value(4))});
    if (!q.ok)
        failQuery(q.q);
    return list;
}

bool EntityStore::exportEdgeCsv(QIODevice *device, const QList<CoAppearance> &edges)
{
    // Gephi reads Source, Target and Weight by these names; igraph takes the first two columns.
    QByteArray out = "Source,Target,Weight,first,last\r\n";
    for (const CoAppearance &e : edges) {
        const QStringList fields{csvField(e.source), csvField(e.target), QString::number(e.articles),
                                 e.first.toString(Qt::ISODate), e.last.toString(Qt::ISODate)};
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return device->write(out) == out.size();
}

QList<VariantSuggestion> EntityStore::suggestVariants(std::optional<EntityType> type, int limit)
{
    m_error.clear();
    EntityFilter filter;
    filter.type = type;
    const QList<EntitySummary> all = entities(filter);
    if (!m_error.isEmpty())
        return {};

    QSet<QString> distinct;
    Sql d(m_library, QStringLiteral("SELECT type, name_a, name_b FROM entity_distinct"));
    while (d.next())
        distinct.insert(d.value(0).toString() + QLatin1Char('\x1f') + d.value(1).toString() + QLatin1Char('\x1f')
                        + d.value(2).toString());

    // Names one character apart share a key with that character masked out.
    QHash<QString, QList<int>> buckets;
    for (int i = 0; i < all.size(); ++i) {
        const QString &name = all[i].key.name;
        if (name.size() < 2 || name.size() > 24)
            continue;
        for (qsizetype k = 0; k < name.size(); ++k) {
            QString masked = name;
            masked[k] = QChar(0x2022);
            buckets[entityTypeName(all[i].key.type) + QLatin1Char('\x1f') + masked].append(i);
        }
    }
    QSet<std::pair<int, int>> pairs;
    for (const QList<int> &bucket : std::as_const(buckets)) {
        for (int x = 0; x < bucket.size(); ++x) {
            for (int y = x + 1; y < bucket.size(); ++y)
                pairs.insert({std::min(bucket[x], bucket[y]), std::max(bucket[x], bucket[y])});
        }
    }
    // Most mentioned pairs first: the evidence queries below are bounded.
    QList<std::pair<int, int>> ordered(pairs.begin(), pairs.end());
    std::sort(ordered.begin(), ordered.end(), [&](const auto &p, const auto &q) {
        const int a = all[p.first].mentions + all[p.second].mentions;
        const int b = all[q.first].mentions + all[q.second].mentions;
        return a != b ? a > b : p < q;
    });
    constexpr int MaxPairsExamined = 400;
    QHash<QString, int> mentionsOf;
    for (const EntitySummary &e : all)
        mentionsOf.insert(entityTypeName(e.key.type) + QLatin1Char(':') + e.key.name, e.mentions);
    QHash<int, QSet<QString>> companions;
    QHash<int, QSet<QString>> officeSets;
    const auto evidence = [&](int i) {
        if (!companions.contains(i)) {
            QSet<QString> names;
            for (const CoMention &c : coMentioned(all[i].key, std::nullopt, 200))
                names.insert(entityTypeName(c.key.type) + QLatin1Char(':') + c.key.name);
            companions.insert(i, names);
            QSet<QString> offs;
            for (const OfficeSpan &o : offices(all[i].key))
                offs.insert(o.office);
            officeSets.insert(i, offs);
        }
    };
    // 市政府 / 市政协, 温县 / 温村: a different suffix makes a different body, not a misspelling.
    const Lexicon &lex = Lexicon::instance();
    const auto suffixOf = [&](const QString &n) {
        const int org = lex.orgSuffixes.longestEndingAt(n, n.size());
        const int place = lex.placeSuffixes.longestEndingAt(n, n.size());
        return n.right(std::max(org, place));
    };
    // The phrases around a name: character pairs up to six characters either side of each occurrence, in
    // the articles that mention it. A company or place misread stands in the same phrases as its original
    // (天宝恒祥超硬材料 / 天宝桓祥公司以超硬材料) even when no person or office is named with both.
    QHash<int, QSet<QString>> phraseSets;
    const auto phrases = [&](int i) -> const QSet<QString> & {
        if (!phraseSets.contains(i)) {
            QSet<QString> pairs;
            QList<qint64> ids;
            for (const EntityArticle &a : articles(all[i].key, QDate(), QDate(), false, 30, 0))
                ids << a.articleId;
            const QString &name = all[i].key.name;
            Sql bodies(m_library, QStringLiteral("SELECT body FROM articles WHERE id IN (%1)").arg(idList(ids)));
            while (!ids.isEmpty() && bodies.next()) {
                const QString body = bodies.value(0).toString();
                for (qsizetype at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.size())) {
                    const qsizetype from = std::max<qsizetype>(0, at - 6);
                    for (const QString &w : {body.mid(from, at - from), body.mid(at + name.size(), 6)}) {
                        for (qsizetype k = 0; k + 1 < w.size(); ++k) {
                            if (w[k].script() == QChar::Script_Han && w[k + 1].script() == QChar::Script_Han)
                                pairs.insert(w.mid(k, 2));
                        }
                    }
                }
            }
            phraseSets.insert(i, pairs);
        }
        return phraseSets[i];
    };
    // 东/西, 一/二, 新/老…: names that differ in such a character are usually two places or bodies.
    static const QString contrasts = QStringLiteral("东西南北上下前后左右内外大小新老高低一二三四五六七八九十百");
    const auto contrasting = [&](const QString &x, const QString &y) {
        for (qsizetype k = 0; k < x.size(); ++k) {
            if (x[k] != y[k])
                return contrasts.contains(x[k]) && contrasts.contains(y[k]);
        }
        return false;
    };
    QList<VariantSuggestion> out;
    for (qsizetype n = 0; n < ordered.size() && n < MaxPairsExamined; ++n) {
        int a = ordered[n].first;
        int b = ordered[n].second;
        if (all[a].mentions > all[b].mentions || (all[a].mentions == all[b].mentions && all[a].key.name > all[b].key.name))
            std::swap(a, b); // a: the rarer
        const QString type = entityTypeName(all[a].key.type);
        const QString &na = all[a].key.name;
        const QString &nb = all[b].key.name;
        if (distinct.contains(type + QLatin1Char('\x1f') + std::min(na, nb) + QLatin1Char('\x1f') + std::max(na, nb)))
            continue;
        if ((all[a].key.type != EntityType::Person && suffixOf(na) != suffixOf(nb)) || contrasting(na, nb))
            continue;
        evidence(a);
        evidence(b);
        // Named in one article, they are two entities: a misspelling does not stand beside its original.
        if (companions.value(a).contains(type + QLatin1Char(':') + nb) || companions.value(b).contains(type + QLatin1Char(':') + na))
            continue;
        QSet<QString> sharedCompanions = companions.value(a);
        sharedCompanions.intersect(companions.value(b));
        // A companion named everywhere (the national leader, the district's first secretary) says little.
        double co = 0;
        for (const QString &c : std::as_const(sharedCompanions))
            co += 1.0 / std::log2(2.0 + mentionsOf.value(c, 1));
        QSet<QString> sharedOffices = officeSets.value(a);
        sharedOffices.intersect(officeSets.value(b));
        const int off = int(sharedOffices.size());
        const double ratio = double(all[b].mentions) / std::max(1, all[a].mentions);
        const double needed = na.size() <= 2 ? 2.0 : 1.0;
        // Shared phrases count only for long names, where one character apart is itself a strong hint:
        // around short personal names the same official phrases (主任, 出席会议) stand everywhere.
        double phrase = 0;
        if (na.size() >= 4 && co + 2 * off < needed) {
            QSet<QString> shared = phrases(a);
            shared.intersect(phrases(b));
            phrase = 0.5 * double(shared.size());
        }
        if (co + 2 * off + phrase < needed)
            continue;
        VariantSuggestion s;
        s.rarer = all[a].key;
        s.commoner = all[b].key;
        s.rarerMentions = all[a].mentions;
        s.commonerMentions = all[b].mentions;
        s.sharedCoMentions = int(sharedCompanions.size());
        s.sharedOffices = off;
        s.score = co + 2.0 * off + phrase + 0.5 * std::log2(std::max(1.0, ratio));
        out << s;
    }
    std::sort(out.begin(), out.end(), [](const VariantSuggestion &x, const VariantSuggestion &y) {
        return x.score != y.score ? x.score > y.score : x.rarer.name < y.rarer.name;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

// ---- decisions -----------------------------------------------------------------------------------

std::optional<EntityKey> EntityStore::mergeTarget(const EntityKey &key)
{
    Sql q(m_library,
          QStringLiteral("SELECT target_name, target_type FROM entity_decisions WHERE name = ? AND type = ?"
                         " AND action = 'merge'"),
          {key.name, entityTypeName(key.type)});
    if (q.next())
        return EntityKey{q.value(0).toString(), typeOf(q.value(1))};
    return std::nullopt;
}

namespace {

// One write transaction; rolled back unless commit() was reached.
class WriteTransaction
{
public:
    explicit WriteTransaction(Library &library) : m_library(library) { m_open = library.beginWrite(); }
    ~WriteTransaction()
    {
        if (m_open)
            m_library.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_library.commit();
    }

private:
    Library &m_library;
    bool m_open = false;
};

} // namespace

// A name the user chose (a merge target, a rename, a split's new name) gets a stored row like an extracted
// one, so that it has an id: the window passes entities around by id between its connections.
bool EntityStore::storeName(const EntityKey &key)
{
    Sql q(m_library, QStringLiteral("INSERT OR IGNORE INTO entities(name, type) VALUES(?,?)"),
          {key.name, entityTypeName(key.type)});
    return q.ok || failQuery(q.q);
}

// Every decision starts here: a fresh error, and a clear refusal when the library cannot be written.
bool EntityStore::startDecision()
{
    m_error.clear();
    if (m_library.isReadOnly())
        return fail(tr("%1 is read-only: entity decisions cannot be saved").arg(m_library.path()));
    return true;
}

bool EntityStore::merge(const EntityKey &from, const EntityKey &into)
{
    if (!startDecision())
        return false;
    if (from.name.trimmed().isEmpty() || into.name.trimmed().isEmpty())
        return fail(tr("an entity needs a name"));
    WriteTransaction t(m_library);
    if (!t.isOpen())
        return fail(m_library.errorString());
    EntityKey target = mergeTarget(into).value_or(into);
    if (target == from)
        return fail(tr("%1 and %2 are already one entity").arg(from.name, into.name));
    const QString stamp = now();
    Sql set(m_library,
            QStringLiteral("INSERT INTO entity_decisions(name, type, action, target_name, target_type, created_at)"
                           " VALUES(?,?,'merge',?,?,?) ON CONFLICT(name, type) DO UPDATE SET action = 'merge',"
                           " target_name = excluded.target_name, target_type = excluded.target_type,"
                           " created_at = excluded.created_at"),
            {from.name, entityTypeName(from.type), target.name, entityTypeName(target.type), stamp});
    if (!set.ok)
        return failQuery(set.q);
    if (!storeName(target))
        return false;
    // Names merged into `from` before now follow it.
    Sql follow(m_library,
               QStringLiteral("UPDATE entity_decisions SET target_name = ?, target_type = ? WHERE action = 'merge'"
                              " AND target_name = ? AND target_type = ?"),
               {target.name, entityTypeName(target.type), from.name, entityTypeName(from.type)});
    if (!follow.ok)
        return failQuery(follow.q);
    // A name never merges into itself (the target was once merged into `from`).
    Sql self(m_library, QStringLiteral("DELETE FROM entity_decisions WHERE action = 'merge' AND name = target_name"
                                       " AND type = target_type"));
    if (!self.ok)
        return failQuery(self.q);
    return t.commit() || fail(m_library.errorString());
}

bool EntityStore::rename(const EntityKey &entity, const QString &newName)
{
    const QString name = newName.trimmed();
    if (name == entity.name)
        return true;
    return merge(entity, {name, entity.type});
}

bool EntityStore::split(const EntityKey &entity, const QList<qint64> &articleIds, const QString &newName)
{
    if (!startDecision())
        return false;
    const QString target = newName.trimmed();
    if (target.isEmpty() || target == entity.name)
        return fail(tr("a split needs a new name"));
    bool ok = false;
    const QList<qint64> ids = candidateEntityIds(m_library, entity, &ok);
    if (!ok)
        return fail(m_library.errorString());
    if (ids.isEmpty() || articleIds.isEmpty())
        return fail(tr("%1 is not mentioned in those articles").arg(entity.name));
    WriteTransaction t(m_library);
    if (!t.isOpen())
        return fail(m_library.errorString());
    // The original names behind the entity in each article, so the split survives a re-import of the file
    // (same path, same reading order).
    Sql q(m_library,
          visibleMentions(QStringLiteral("m.entity_id IN (%1) AND m.article_id IN (%2)").arg(idList(ids), idList(articleIds)))
              + QStringLiteral("SELECT DISTINCT v.original_name, v.original_type, p.source_path, a.seq, a.headline"
                               " FROM visible v JOIN articles a ON a.id = v.article_id JOIN pages p ON p.id = a.page_id"
                               " WHERE v.name = ? AND v.type = ?"),
          {entity.name, entityTypeName(entity.type)});
    struct Row
    {
        QString name, type, path;
        int seq;
        QString headline;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toString()});
    if (!q.ok)
        return failQuery(q.q);
    if (rows.isEmpty())
        return fail(tr("%1 is not mentioned in those articles").arg(entity.name));
    if (!storeName({target, entity.type}))
        return false;
    const QString stamp = now();
    for (const Row &r : rows) {
        Sql insert(m_library,
                   QStringLiteral("INSERT INTO entity_splits(name, type, source_path, article_seq, article_headline,"
                                  " target_name, created_at) VALUES(?,?,?,?,?,?,?) ON CONFLICT(name, type, source_path,"
                                  " article_seq) DO UPDATE SET target_name = excluded.target_name,"
                                  " created_at = excluded.created_at"),
                   {r.name, r.type, r.path, r.seq, r.headline, target, stamp});
        if (!insert.ok)
            return failQuery(insert.q);
    }
    return t.commit() || fail(m_library.errorString());
}

bool EntityStore::unmerge(const EntityKey &original)
{
    if (!startDecision())
        return false;
    Sql q(m_library, QStringLiteral("DELETE FROM entity_decisions WHERE name = ? AND type = ? AND action = 'merge'"),
          {original.name, entityTypeName(original.type)});
    return q.ok || failQuery(q.q);
}

bool EntityStore::ignore(const EntityKey &entity)
{
    if (!startDecision())
        return false;
    Sql q(m_library,
          QStringLiteral("INSERT INTO entity_decisions(name, type, action, created_at) VALUES(?,?,'ignore',?)"
                         " ON CONFLICT(name, type) DO UPDATE SET action = 'ignore', target_name = '', target_type = '',"
                         " created_at = excluded.created_at"),
          {entity.name, entityTypeName(entity.type), now()});
    return q.ok || failQuery(q.q);
}

bool EntityStore::unignore(const EntityKey &entity)
{
    if (!startDecision())
        return false;
    Sql q(m_library, QStringLiteral("DELETE FROM entity_decisions WHERE name = ? AND type = ? AND action = 'ignore'"),
          {entity.name, entityTypeName(entity.type)});
    return q.ok || failQuery(q.q);
}

bool EntityStore::markDistinct(const EntityKey &a, const EntityKey &b)
{
    if (!startDecision())
        return false;
    if (a.type != b.type || a.name == b.name)
        return fail(tr("only two names of one type can be marked as different"));
    Sql q(m_library,
          QStringLiteral("INSERT OR IGNORE INTO entity_distinct(type, name_a, name_b, created_at) VALUES(?,?,?,?)"),
          {entityTypeName(a.type), std::min(a.name, b.name), std::max(a.name, b.name), now()});
    return q.ok || failQuery(q.q);
}

bool EntityStore::scanForUserName(const EntityKey &key, qint64 afterArticleId)
{
    const QString type = entityTypeName(key.type);
    Sql insertEntity(m_library, QStringLiteral("INSERT OR IGNORE INTO entities(name, type) VALUES(?,?)"), {key.name, type});
    if (!insertEntity.ok)
        return failQuery(insertEntity.q);
    Sql id(m_library, QStringLiteral("SELECT id FROM entities WHERE name = ? AND type = ?"), {key.name, type});
    if (!id.next())
        return id.ok ? fail(tr("cannot store the entity %1").arg(key.name)) : failQuery(id.q);
    const qint64 entityId = id.value(0).toLongLong();
    Sql articles(m_library,
                 QStringLiteral("SELECT a.id, a.body FROM articles a WHERE a.id > ? AND instr(a.body, ?) > 0"
                                " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ?)"),
                 {afterArticleId, key.name, entityId});
    QList<std::pair<qint64, QString>> found;
    while (articles.next())
        found.append({articles.value(0).toLongLong(), articles.value(1).toString()});
    if (!articles.ok)
        return failQuery(articles.q);
    QSqlQuery insert(m_library.database());
    // role 'added': found because the user added the name, so undoing the addition removes exactly these.
    if (!insert.prepare(QStringLiteral("INSERT INTO mentions(article_id, entity_id, paragraph, start_offset, length,"
                                       " role) VALUES(?,?,?,?,?,'added')")))
        return failQuery(insert);
    for (const auto &[articleId, body] : found) {
        for (const auto &[paragraph, offset] : occurrences(body, key.name)) {
            insert.addBindValue(articleId);
            insert.addBindValue(entityId);
            insert.addBindValue(paragraph);
            insert.addBindValue(offset);
            insert.addBindValue(int(key.name.size()));
            if (!insert.exec())
                return failQuery(insert);
        }
    }
    return true;
}

bool EntityStore::add(const EntityKey &entity)
{
    if (!startDecision())
        return false;
    const EntityKey key{entity.name.trimmed(), entity.type};
    if (key.name.isEmpty())
        return fail(tr("an entity needs a name"));
    WriteTransaction t(m_library);
    if (!t.isOpen())
        return fail(m_library.errorString());
    Sql q(m_library, QStringLiteral("INSERT OR IGNORE INTO entity_user_names(name, type, created_at) VALUES(?,?,?)"),
          {key.name, entityTypeName(key.type), now()});
    if (!q.ok)
        return failQuery(q.q);
    if (!scanForUserName(key, 0))
        return false;
    return t.commit() || fail(m_library.errorString());
}

bool EntityStore::refresh()
{
    m_error.clear();
    if (m_library.isReadOnly())
        return true; // nothing can be added; reading works as it is
    Sql last(m_library, QStringLiteral("SELECT CAST(value AS INTEGER) FROM entity_state WHERE key = 'user_names_scanned'"));
    const qint64 scanned = last.next() ? last.value(0).toLongLong() : 0;
    if (!last.ok)
        return failQuery(last.q);
    Sql newest(m_library, QStringLiteral("SELECT coalesce(max(id), 0) FROM articles"));
    if (!newest.next())
        return failQuery(newest.q);
    const qint64 maxId = newest.value(0).toLongLong();
    if (maxId <= scanned)
        return true;
    WriteTransaction t(m_library);
    if (!t.isOpen())
        return fail(m_library.errorString());
    Sql names(m_library, QStringLiteral("SELECT name, type FROM entity_user_names"));
    QList<EntityKey> keys;
    while (names.next())
        keys.append({names.value(0).toString(), typeOf(names.value(1))});
    if (!names.ok)
        return failQuery(names.q);
    for (const EntityKey &key : std::as_const(keys)) {
        if (!scanForUserName(key, scanned))
            return false;
    }
    Sql state(m_library,
              QStringLiteral("INSERT INTO entity_state(key, value) VALUES('user_names_scanned', ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {QString::number(maxId)});
    if (!state.ok)
        return failQuery(state.q);
    return t.commit() || fail(m_library.errorString());
}

bool EntityStore::undo(const EntityDecision &decision)
{
    if (!startDecision())
        return false;
    const QString type = entityTypeName(decision.entity.type);
    const QString &name = decision.entity.name;
    WriteTransaction t(m_library);
    if (!t.isOpen())
        return fail(m_library.errorString());
    QList<std::pair<QString, QVariantList>> statements;
    switch (decision.kind) {
    case EntityDecision::Merge:
        statements.append({QStringLiteral("DELETE FROM entity_decisions WHERE name = ? AND type = ? AND action = 'merge'"),
                           {name, type}});
        break;
    case EntityDecision::Ignore:
        statements.append({QStringLiteral("DELETE FROM entity_decisions WHERE name = ? AND type = ? AND action = 'ignore'"),
                           {name, type}});
        break;
    case EntityDecision::Split:
        statements.append({QStringLiteral("DELETE FROM entity_splits WHERE name = ? AND type = ? AND source_path = ?"
                                          " AND article_seq = ?"),
                           {name, type, decision.sourcePath, decision.articleSeq}});
        break;
    case EntityDecision::Add:
        statements.append({QStringLiteral("DELETE FROM entity_user_names WHERE name = ? AND type = ?"), {name, type}});
        statements.append({QStringLiteral("DELETE FROM mentions WHERE role = 'added' AND entity_id IN"
                                          " (SELECT id FROM entities WHERE name = ? AND type = ?)"),
                           {name, type}});
        break;
    case EntityDecision::Distinct:
        statements.append({QStringLiteral("DELETE FROM entity_distinct WHERE type = ? AND name_a = ? AND name_b = ?"),
                           {type, std::min(name, decision.target.name), std::max(name, decision.target.name)}});
        break;
    }
    for (const auto &[sql, values] : std::as_const(statements)) {
        Sql q(m_library, sql, values);
        if (!q.ok)
            return failQuery(q.q);
    }
    return t.commit() || fail(m_library.errorString());
}

QList<EntityDecision> EntityStore::decisions()
{
    m_error.clear();
    QList<EntityDecision> list;
    Sql d(m_library, QStringLiteral("SELECT name, type, action, target_name, target_type, created_at FROM entity_decisions"
                                    " ORDER BY created_at, id"));
    while (d.next()) {
        EntityDecision x;
        x.kind = d.value(2).toString() == QLatin1String("ignore") ? EntityDecision::Ignore : EntityDecision::Merge;
        x.entity = {d.value(0).toString(), typeOf(d.value(1))};
        if (x.kind == EntityDecision::Merge)
            x.target = {d.value(3).toString(), typeOf(d.value(4))};
        x.created = d.value(5).toString();
        list << x;
    }
    Sql s(m_library, QStringLiteral("SELECT name, type, target_name, source_path, article_seq, created_at FROM entity_splits"
                                    " ORDER BY created_at, id"));
    while (s.next()) {
        EntityDecision x;
        x.kind = EntityDecision::Split;
        x.entity = {s.value(0).toString(), typeOf(s.value(1))};
        x.target = {s.value(2).toString(), x.entity.type};
        x.sourcePath = s.value(3).toString();
        x.articleSeq = s.value(4).toInt();
        x.created = s.value(5).toString();
        list << x;
    }
    Sql u(m_library, QStringLiteral("SELECT name, type, created_at FROM entity_user_names ORDER BY created_at, id"));
    while (u.next()) {
        EntityDecision x;
        x.kind = EntityDecision::Add;
        x.entity = {u.value(0).toString(), typeOf(u.value(1))};
        x.created = u.value(2).toString();
        list << x;
    }
    Sql n(m_library, QStringLiteral("SELECT type, name_a, name_b, created_at FROM entity_distinct ORDER BY created_at, id"));
    while (n.next()) {
        EntityDecision x;
        x.kind = EntityDecision::Distinct;
        x.entity = {n.value(1).toString(), typeOf(n.value(0))};
        x.target = {n.value(2).toString(), x.entity.type};
        x.created = n.value(3).toString();
        list << x;
    }
    for (Sql *q : {&d, &s, &u, &n}) {
        if (!q->ok) {
            failQuery(q->q);
            return {};
        }
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const EntityDecision &a, const EntityDecision &b) { return a.created < b.created; });
    return list;
}

// ---- export --------------------------------------------------------------------------------------

bool EntityStore::exportCsv(QIODevice *device, const EntityFilter &filter)
{
    const QList<EntitySummary> list = entities(filter);
    if (!m_error.isEmpty())
        return false;
    QByteArray out("name,type,mentions,articles,first,last\r\n");
    for (const EntitySummary &s : list) {
        const QStringList fields{csvField(s.key.name), entityTypeName(s.key.type), QString::number(s.mentions),
                                 QString::number(s.articles), s.first.toString(Qt::ISODate),
                                 s.last.toString(Qt::ISODate)};
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (device->write(out) != out.size())
        return fail(tr("cannot write the entity list: %1").arg(device->errorString()));
    return true;
}

bool EntityStore::exportCsv(const QString &path, const EntityFilter &filter)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    if (!exportCsv(&file, filter))
        return false;
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace kanbao
