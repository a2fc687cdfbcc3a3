#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;
class QSqlQuery;

namespace kanbao {

class Library;

// An entity as the user sees it: the name after their merges and renames, and its type.
struct EntityKey
{
    QString name;
    EntityType type = EntityType::Person;

    bool operator==(const EntityKey &) const = default;
};

struct EntitySummary
{
    EntityKey key;
    int mentions = 0;
    int articles = 0;
    QDate first; // issue date of the earliest and latest article that mentions it
    QDate last;
    QStringList aliases; // other names merged into this one
};

struct EntityFilter
{
    std::optional<EntityType> type;
    QString contains;              // part of the name; empty: all
    bool includeJournalists = true; // byline mentions (role "journalist")
    QDate from;                    // issue dates; invalid = open
    QDate to;
    int limit = -1;
    int offset = 0;
};

struct EntityPeriod
{
    QDate period; // first day of the month (or the day itself)
    int mentions = 0;
    int articles = 0;
};

struct EntityArticle
{
    qint64 articleId = 0;
    QDate date;
    QString paper;
    QString pageLabel;
    QString headline;
    int mentions = 0;
};

// One entity an article names, as the user sees it. `entityId` stands for `key` on any connection to the
// library (the window lists an entity's articles on a background one): keyOfEntity() gives the key back.
struct ArticleEntity
{
    qint64 entityId = 0;
    EntityKey key;
    int mentions = 0;
    // Named in this article only as its reporter or photographer (every mention is in the byline).
    bool journalist = false;
};

struct CoMention
{
    EntityKey key;
    int sharedArticles = 0;
};

// One office held, as the papers state it: 党工委书记 of 高新区（示范区）党工委 from first to last.
struct OfficeSpan
{
    QString office;
    QString organization;
    QDate first;
    QDate last;
    int mentions = 0;
};

// One office as a person held it, for a career timeline: first and last dated mention with the office,
// how often and in which articles it is stated. `organization` is the canonical unit (bracketed aliases in
// one order, 市委 completed with the city of the paper); `writtenOrganizations` the forms printed.
struct OfficeTerm
{
    QString person;
    QString office;
    QString organization;
    QStringList writtenOrganizations;
    QDate first;
    QDate last;
    int mentions = 0;
    QList<qint64> articleIds; // oldest first
};

struct OfficeFilter
{
    QString person;       // exactly this person (after merges); empty: everyone
    QString organization; // organizations containing this text (canonical or as written); empty: all
};

// Two people named in the same articles: an undirected edge of the co-appearance network, the two names
// in code-point order so that each pair comes once.
struct CoAppearance
{
    QString source;
    QString target;
    int articles = 0; // articles naming both
    QDate first;      // first and last date of those articles
    QDate last;
};

// Two names that may be one entity written two ways (宫卫红 / 官卫红, 天宝桓祥 / 天宝恒祥).
struct VariantSuggestion
{
    EntityKey rarer;   // the likely misspelling
    EntityKey commoner;
    int rarerMentions = 0;
    int commonerMentions = 0;
    int sharedCoMentions = 0; // entities both appear with
    int sharedOffices = 0;    // offices both are named with
    double score = 0;
};

struct EntityDecision
{
    enum Kind { Merge, Ignore, Split, Add, Distinct };
    Kind kind = Merge;
    EntityKey entity;      // the name the decision is about
    EntityKey target;      // Merge: the name it counts as; Split: the new name; Distinct: the other name
    QString sourcePath;    // Split: where the article is
    int articleSeq = -1;   // Split: its reading order on the page
    QString created;       // ISO date-time
};

// The entity index of a library: what the papers say about people, organizations and places, with the
// user's corrections applied. Mentions are written by the importer as the extractor found them; the
// user's decisions (merge, rename, split, ignore, add, "these are different") are kept in their own
// tables and applied when reading, so they hold for everything imported later too. All SQL about
// entities lives here. Runs on the library's connection (its thread); on error an empty result, and
// lastError() says why.
class EntityStore
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::EntityStore)

public:
    enum class Granularity { Day, Month, Year };

    explicit EntityStore(Library &library);

    // Entities with mention and article counts and first and last dates, most mentioned first.
    QList<EntitySummary> entities(const EntityFilter &filter = {});
    std::optional<EntitySummary> entity(const EntityKey &key);
    // Mentions per day, month or year, oldest first.
    QList<EntityPeriod> mentionsOverTime(const EntityKey &key, Granularity granularity = Granularity::Month);
    // The articles that mention the entity, by date (oldest first unless newestFirst).
    QList<EntityArticle> articles(const EntityKey &key, const QDate &from = QDate(), const QDate &to = QDate(),
                                  bool newestFirst = false, int limit = -1, int offset = 0);
    // The entities an article names with the user's decisions applied (merged names once under their
    // target, split mentions under the new name, ignored names left out), in order of first mention.
    QList<ArticleEntity> entitiesOfArticle(qint64 articleId);
    // What a stored entity's mentions count as now: its merge target, or itself.
    std::optional<EntityKey> keyOfEntity(qint64 entityId);
    // Entities named in the same articles, most shared articles first (journalists left out).
    QList<CoMention> coMentioned(const EntityKey &key, std::optional<EntityType> type = EntityType::Person,
                                 int limit = 20);
    // The offices the entity is named with, by first date.
    QList<OfficeSpan> offices(const EntityKey &key);
    // Every (person, office, organization) the library states, one row each, with first and last date, for
    // the career timeline; by person then first date (journalists and ignored names left out).
    QList<OfficeTerm> officeTerms(const OfficeFilter &filter = {});
    // Those rows as CSV (person,office,organization,first,last,mentions,articles; article ids joined by ';').
    static bool exportOfficeCsv(QIODevice *device, const QList<OfficeTerm> &terms);
    // People who appear together, one row per pair with the number of shared articles, most shared first;
    // only articles dated within [from, to] (an invalid date leaves that end open); journalists and ignored
    // names left out, merges and splits applied.
    QList<CoAppearance> coAppearances(const QDate &from = QDate(), const QDate &to = QDate(), int minArticles = 1);
    // Those pairs as an edge list for network tools (Gephi, igraph): Source,Target,Weight,first,last.
    static bool exportEdgeCsv(QIODevice *device, const QList<CoAppearance> &edges);
    // Likely duplicates for the user to merge, best first: names of one type and length one character
    // apart that share companions or offices, or where one is much rarer than the other.
    QList<VariantSuggestion> suggestVariants(std::optional<EntityType> type = {}, int limit = 50);

    // Decisions. Each is one transaction; they apply to the whole library and to later imports.
    bool merge(const EntityKey &from, const EntityKey &into);
    bool rename(const EntityKey &entity, const QString &newName);
    // The entity's mentions in these articles become `newName` (two people of one name).
    bool split(const EntityKey &entity, const QList<qint64> &articleIds, const QString &newName);
    // Undoes the merge or rename of one original name.
    bool unmerge(const EntityKey &original);
    bool ignore(const EntityKey &entity);
    bool unignore(const EntityKey &entity);
    // A name the extractor missed: its occurrences in every article become mentions.
    bool add(const EntityKey &entity);
    // "Not the same": the pair is no longer suggested as variants.
    bool markDistinct(const EntityKey &a, const EntityKey &b);
    // Every decision in force, oldest first.
    QList<EntityDecision> decisions();
    // Takes one back (as listed by decisions()): the names count as the extractor found them again.
    bool undo(const EntityDecision &decision);
    // Finds the user-added names in articles imported since the last call. Run it after an import
    // (reading does not write); cheap when nothing is new.
    bool refresh();

    // The entity list as CSV (name,type,mentions,articles,first,last; UTF-8, RFC 4180 quoting).
    bool exportCsv(QIODevice *device, const EntityFilter &filter = {});
    bool exportCsv(const QString &path, const EntityFilter &filter = {});

    QString lastError() const { return m_error; }

private:
    bool startDecision();
    bool fail(const QString &message);
    bool failQuery(const QSqlQuery &query);
    std::optional<EntityKey> mergeTarget(const EntityKey &key);
    bool storeName(const EntityKey &key);
    bool scanForUserName(const EntityKey &key, qint64 afterArticleId);

    Library &m_library;
    QString m_error;
};

} // namespace kanbao
