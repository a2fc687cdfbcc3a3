#include "library/schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace kanbao::schema {

namespace {

// The only place the FTS tokenizer is named: swapping it is this one line (and a new migration step
// that rebuilds article_fts once libraries exist that were created with the old one).
const char *const ArticleFtsTokenizer = "kanbao_cjk";

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::schema", text);
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text() + QStringLiteral(" [") + sql.simplified().left(80) + QStringLiteral("]");
            return false;
        }
    }
    return true;
}

// ---- step 0 -> 1: the schema of /work/notes/schema.md ----
bool createVersion1(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
        QStringLiteral("CREATE TABLE papers(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE issues(id INTEGER PRIMARY KEY,"
                       " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " date TEXT NOT NULL, edition TEXT NOT NULL DEFAULT '',"
                       " date_guessed INTEGER NOT NULL DEFAULT 0, UNIQUE(paper_id, date, edition))"),
        QStringLiteral("CREATE TABLE pages(id INTEGER PRIMARY KEY,"
                       " issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,"
                       " source_path TEXT NOT NULL, source_index INTEGER NOT NULL DEFAULT 0,"
                       " label TEXT, section TEXT, encoding TEXT NOT NULL, content_hash TEXT NOT NULL,"
                       " raw_text BLOB NOT NULL, imported_at TEXT NOT NULL, UNIQUE(source_path, source_index))"),
        // AUTOINCREMENT: an article id, once shown (search results, `show ID`, exported notes), never
        // names another article after a re-import replaced it.
        QStringLiteral("CREATE TABLE articles(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL, kind TEXT NOT NULL, kicker TEXT, headline TEXT, subheadline TEXT,"
                       " reporters TEXT NOT NULL DEFAULT '[]', correspondents TEXT NOT NULL DEFAULT '[]',"
                       " authors TEXT NOT NULL DEFAULT '[]', photographers TEXT NOT NULL DEFAULT '[]',"
                       " column_label TEXT, body TEXT NOT NULL)"),
        // body first: FTS5 spends extra bytes per document and term on every column but the first, so the
        // long column first keeps the index near 2.95x the raw text at 500,000 articles (3.41x headline first).
        QStringLiteral("CREATE VIRTUAL TABLE article_fts USING fts5(body, headline, content='articles',"
                       " content_rowid='id', tokenize='%1')")
            .arg(QLatin1String(ArticleFtsTokenizer)),
        QStringLiteral("CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                       " color TEXT NOT NULL DEFAULT '#3b82f6', created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE article_tags("
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY(article_id, tag_id))"),
        QStringLiteral("CREATE TABLE annotations(id INTEGER PRIMARY KEY,"
                       " article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
                       " kind TEXT NOT NULL DEFAULT 'highlight', start_offset INTEGER, end_offset INTEGER,"
                       " quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '',"
                       " suffix TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT 'yellow',"
                       " note TEXT NOT NULL DEFAULT '', source_path TEXT, article_seq INTEGER,"
                       " article_headline TEXT, created_at TEXT NOT NULL, modified_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE entities(id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,"
                       " UNIQUE(name, type))"),
        // paragraph/start_offset as in EntityMention: a paragraph index and a UTF-16 offset into that
        // paragraph (-1/-1 for byline names).
        QStringLiteral("CREATE TABLE mentions(id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
                       " paragraph INTEGER NOT NULL DEFAULT -1, start_offset INTEGER NOT NULL DEFAULT -1,"
                       " length INTEGER NOT NULL DEFAULT 0, role TEXT NOT NULL DEFAULT '',"
                       " office TEXT NOT NULL DEFAULT '', office_organization TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX issues_date ON issues(date)"),
        QStringLiteral("CREATE INDEX pages_issue ON pages(issue_id)"),
        QStringLiteral("CREATE INDEX articles_page_seq ON articles(page_id, seq)"),
        QStringLiteral("CREATE INDEX mentions_entity ON mentions(entity_id)"),
        QStringLiteral("CREATE INDEX mentions_article ON mentions(article_id)"),
        QStringLiteral("CREATE INDEX annotations_article ON annotations(article_id)"),
        QStringLiteral("CREATE INDEX article_tags_tag ON article_tags(tag_id)"),
    };
    return execAll(db, statements, error);
}

// Step 1 -> 2: the tables that keep the user's decisions about entities, so they survive re-imports and
// apply to pages imported later. The entities module reads and writes them; the library owns the schema.
//   entity_decisions   a name merged into another (merge, rename) or ignored, by (name, type)
//   entity_splits      mentions of a name in one article (by source file and reading order) given to
//                      another name
//   entity_user_names  names the user added; found in every article, also those imported later
//   entity_distinct    pairs the user said are different entities (no longer suggested as variants)
//   entity_state       bookkeeping (the last article scanned for user-added names)
bool createEntityDecisionTables(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        // action: 'merge' (mentions of name count as target_name / target_type) or 'ignore'.
        QStringLiteral("CREATE TABLE entity_decisions(id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,"
                       " action TEXT NOT NULL, target_name TEXT NOT NULL DEFAULT '',"
                       " target_type TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, UNIQUE(name, type))"),
        QStringLiteral("CREATE INDEX entity_decisions_target ON entity_decisions(target_name, target_type)"),
        QStringLiteral("CREATE TABLE entity_splits(id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,"
                       " source_path TEXT NOT NULL, article_seq INTEGER NOT NULL, article_headline TEXT,"
                       " target_name TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " UNIQUE(name, type, source_path, article_seq))"),
        QStringLiteral("CREATE TABLE entity_user_names(id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, UNIQUE(name, type))"),
        QStringLiteral("CREATE TABLE entity_distinct(id INTEGER PRIMARY KEY, type TEXT NOT NULL, name_a TEXT NOT NULL,"
                       " name_b TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE(type, name_a, name_b))"),
        QStringLiteral("CREATE TABLE entity_state(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX entities_type_name ON entities(type, name)"),
    };
    return execAll(db, statements, error);
}

// Step 2 -> 3: a page read only in part (invalid bytes replaced while decoding, a PDF page without a text
// layer) is stored flagged with what happened, so the reader sees it beside the article; NULL otherwise.
bool addPageWarnings(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE pages ADD COLUMN warning TEXT")}, error);
}

// Step 3 -> 4: every office a mention states. A title chain (市政协副主席、高新区党工委书记某某) gives one row per
// title, each with its body: `organization` as the extractor completed it (carried over the chain, anaphora
// resolved) and `written_organization` as printed, kept as evidence. The single office of older libraries
// (mentions.office / office_organization) becomes the first row of its mention.
bool createMentionOffices(QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE mention_offices(id INTEGER PRIMARY KEY,"
                       " mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL DEFAULT 0, office TEXT NOT NULL,"
                       " organization TEXT NOT NULL DEFAULT '', written_organization TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX mention_offices_mention ON mention_offices(mention_id)"),
        QStringLiteral("INSERT INTO mention_offices(mention_id, seq, office, organization, written_organization)"
                       " SELECT id, 0, office, office_organization, office_organization FROM mentions"
                       " WHERE office <> ''"),
    };
    return execAll(db, statements, error);
}

// Step 4 -> 5: the tokenizer now folds traditional characters to simplified ones (ICU Traditional-Simplified,
// text/chinesevariants.h), so 呂沛 and 吕沛 index alike. Libraries made before hold unfolded tokens for
// traditional text: the index is rebuilt from the articles (external content: nothing but the index changes).
// And the researcher's lists (library/searchlists.h):
//   saved_searches       a query by name; seen_up_to is the newest article id when its results were last
//                        opened, so the matches above it are the new hits (article ids only grow)
//   collections          named sets of articles, collection_articles their members
bool rebuildFtsAndAddSearchLists(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('rebuild')"),
         QStringLiteral("CREATE TABLE saved_searches(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                        " query TEXT NOT NULL, created_at TEXT NOT NULL, opened_at TEXT NOT NULL,"
                        " seen_up_to INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE TABLE collections(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                        " created_at TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE collection_articles("
                        " collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,"
                        " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                        " added_at TEXT NOT NULL, PRIMARY KEY(collection_id, article_id))"),
         QStringLiteral("CREATE INDEX collection_articles_article ON collection_articles(article_id)")},
        error);
}

// Step 5 -> 6: the reader's corrections of a page (library/corrections.h), kept per page as operations
// anchored to the page's text like annotations (quote, context, old offset), so a re-import of the file applies
// them again; `state` says whether they still apply. Articles marked "not an article" stay, hidden, and out of
// the full-text index: its content is now the view of the articles not hidden, so that 'rebuild' and the
// damage check's 'integrity-check' agree with what the writer indexes. The index is made again from it.
bool createCorrections(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {QStringLiteral("ALTER TABLE articles ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("DROP TABLE article_fts"),
         QStringLiteral("CREATE VIEW indexed_articles AS SELECT id, body, headline FROM articles WHERE hidden = 0"),
         QStringLiteral("CREATE VIRTUAL TABLE article_fts USING fts5(body, headline, content='indexed_articles',"
                        " content_rowid='id', tokenize='%1')")
             .arg(QLatin1String(ArticleFtsTokenizer)),
         QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('rebuild')"),
         QStringLiteral("CREATE TABLE corrections(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
                        " kind TEXT NOT NULL, quote TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL DEFAULT '',"
                        " suffix TEXT NOT NULL DEFAULT '', start_offset INTEGER NOT NULL DEFAULT -1,"
                        " argument TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,"
                        " state TEXT NOT NULL DEFAULT 'applied')"),
         QStringLiteral("CREATE INDEX corrections_page ON corrections(page_id)")},
        error);
}

// Step 6 -> 7: every run of the importer (the folders and files it was given, when, how many pages it wrote)
// and the run each page was last written by, so that a bulk metadata edit can take "every page of that
// import". A page replaced by a later import belongs to that one; pages stored before imports were recorded
// have none (NULL), since nothing says which of them were imported together.
bool createImports(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE imports(id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL,"
                        " sources TEXT NOT NULL DEFAULT '[]', pages INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("ALTER TABLE pages ADD COLUMN import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL"),
         QStringLiteral("CREATE INDEX pages_import ON pages(import_id)")},
        error);
}

struct Step
{
    const char *description;
    bool (*apply)(QSqlDatabase &, QString *);
};

// Append new steps at the end. Never edit or reorder a step once a build containing it was released.
const std::array<Step, 7> &steps()
{
    static const std::array<Step, 7> table{{
        {QT_TRANSLATE_NOOP("kanbao::schema", "create papers, issues, pages, articles, full-text index, tags, "
                                             "annotations, entities and mentions"),
         &createVersion1},
        {QT_TRANSLATE_NOOP("kanbao::schema", "create the tables of entity decisions (merges, splits, ignored and "
                                             "added names)"),
         &createEntityDecisionTables},
        {QT_TRANSLATE_NOOP("kanbao::schema", "flag pages read only in part (invalid bytes replaced)"),
         &addPageWarnings},
        {QT_TRANSLATE_NOOP("kanbao::schema", "create the table of every office a mention states"),
         &createMentionOffices},
        {QT_TRANSLATE_NOOP("kanbao::schema", "rebuild the full-text index with traditional and simplified "
                                             "characters folded alike; create saved searches and collections"),
         &rebuildFtsAndAddSearchLists},
        {QT_TRANSLATE_NOOP("kanbao::schema", "create the table of the reader's corrections of pages; articles "
                                             "can be marked as not an article"),
         &createCorrections},
        {QT_TRANSLATE_NOOP("kanbao::schema", "record every import and the import each page came from"),
         &createImports},
    }};
    return table;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

QString stepDescription(int fromVersion)
{
    if (fromVersion < 0 || fromVersion >= latestVersion())
        return QString();
    return tr(steps()[size_t(fromVersion)].description);
}

QString ftsTokenizer()
{
    return QLatin1String(ArticleFtsTokenizer);
}

bool migrate(QSqlDatabase &db, int fromVersion, QString *error, int toVersion)
{
    const int target = toVersion < 0 ? latestVersion() : std::min(toVersion, latestVersion());
    // A new library gets every step in one transaction: another process or thread opening it meanwhile
    // sees version 0 or the finished schema, never a half-made library that looks like an old one to upgrade
    // (and back up).
    if (fromVersion == 0 && target > 0) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = tr("cannot start creating the library: %1").arg(begin.lastError().text());
            return false;
        }
        QSqlQuery check(db);
        const int current = check.exec(QStringLiteral("PRAGMA user_version")) && check.next() ? check.value(0).toInt() : 0;
        check.finish();
        if (current == 0) {
            QString stepError;
            int version = 0;
            bool ok = true;
            for (; ok && version < target; ++version)
                ok = steps()[size_t(version)].apply(db, &stepError);
            if (ok) {
                QSqlQuery setVersion(db);
                ok = setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
                if (!ok)
                    stepError = setVersion.lastError().text();
            }
            if (ok) {
                QSqlQuery commit(db);
                ok = commit.exec(QStringLiteral("COMMIT"));
                if (!ok)
                    stepError = commit.lastError().text();
            }
            if (!ok) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                *error = tr("upgrade step %1 -> %2 (%3) failed: %4")
                             .arg(version - 1)
                             .arg(version)
                             .arg(stepDescription(version - 1), stepError);
                return false;
            }
            return true;
        }
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        fromVersion = current; // made meanwhile by someone else: upgrade from where it is, if need be
    }
    for (int version = fromVersion; version < target; ++version) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = tr("cannot start the upgrade to version %1: %2").arg(version + 1).arg(begin.lastError().text());
            return false;
        }
        // Another process may have upgraded between our version check and taking the write lock.
        QSqlQuery check(db);
        int current = version;
        if (check.exec(QStringLiteral("PRAGMA user_version")) && check.next())
            current = check.value(0).toInt();
        check.finish();
        if (current > version) {
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            version = current - 1;
            continue;
        }
        QString stepError;
        bool ok = steps()[size_t(version)].apply(db, &stepError);
        if (ok) {
            QSqlQuery setVersion(db);
            ok = setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
            if (!ok)
                stepError = setVersion.lastError().text();
        }
        if (ok) {
            QSqlQuery commit(db);
            ok = commit.exec(QStringLiteral("COMMIT"));
            if (!ok)
                stepError = commit.lastError().text();
        }
        if (!ok) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            *error = tr("upgrade step %1 -> %2 (%3) failed: %4")
                         .arg(version)
                         .arg(version + 1)
                         .arg(stepDescription(version), stepError);
            return false;
        }
    }
    return true;
}

} // namespace kanbao::schema
