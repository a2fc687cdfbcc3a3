// Makes the saved library fixtures that tst_library upgrades: vN.kanbao, a library of schema version N
// holding source/ (imported with the real Importer) plus a tag, a highlight, an orphaned note and, from
// version 2 on, an entity decision; and vN.expected.json, what the upgraded copy must still hold.
//
//   make_library_fixtures FIXTURES_DIR [VERSION...]     (default: only the latest version)
//
// Run it once for a new version N (the build that adds step N-1 -> N); never rerun it for an older
// version after a release, since those fixtures stand for libraries users already have.
#include "import/importer.h"
#include "library/library.h"
#include "library/schema.h"
#include "library/search.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace kanbao;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        err() << "failed: " << sql.simplified().left(100) << ": " << q.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

// Rows the fixture adds besides the imported page: they are what users create and must never lose.
QStringList plantedRows(int version)
{
    QStringList sql{
        QStringLiteral("INSERT INTO tags(name, color, created_at) VALUES ('会议', '#ef4444', '2024-05-01T08:00:00Z')"),
        QStringLiteral("INSERT INTO article_tags(article_id, tag_id) SELECT min(id), 1 FROM articles"),
        QStringLiteral(
            "INSERT INTO annotations(article_id, kind, start_offset, end_offset, quote, prefix, suffix, note,"
            " source_path, article_seq, article_headline, created_at, modified_at)"
            " SELECT a.id, 'highlight', instr(body, '吕沛带队观摩') - 1, instr(body, '吕沛带队观摩') - 1 + 6,"
            " '吕沛带队观摩', substr(body, max(1, instr(body, '吕沛带队观摩') - 12), min(12, instr(body, '吕沛带队观摩') - 1)),"
            " substr(body, instr(body, '吕沛带队观摩') + 6, 12), '带队', p.source_path, a.seq, a.headline,"
            " '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z'"
            " FROM articles a JOIN pages p ON p.id = a.page_id WHERE body LIKE '%吕沛带队观摩%'"),
        QStringLiteral(
            "INSERT INTO annotations(article_id, kind, quote, note, source_path, article_headline, created_at,"
            " modified_at) VALUES (NULL, 'note', '', '旧版本的笔记', '/gone/A02.md', '已删除的文章',"
            " '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z')"),
    };
    if (version >= 2)
        sql << QStringLiteral("INSERT INTO entity_user_names(name, type, created_at)"
                              " VALUES ('焦作市政协', 'organization', '2024-05-01T08:00:00Z')");
    return sql;
}

bool makeFixture(const QString &dir, int version)
{
    const QString path = QDir(dir).filePath(QStringLiteral("v%1.kanbao").arg(version));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QJsonObject expected;
    {
        Library library;
        LibraryOpenOptions options;
        options.upgradeTo = version;
        if (!library.open(path, options)) {
            err() << library.errorString() << Qt::endl;
            return false;
        }
        Importer importer(library);
        const ImportSummary summary = importer.importPaths({QDir(dir).filePath(QStringLiteral("source"))});
        if (summary.imported != 1 || !summary.failed.isEmpty()) {
            err() << "import of source/ failed" << Qt::endl;
            return false;
        }
        QSqlDatabase db = library.database();
        for (const QString &sql : plantedRows(version))
            if (!exec(db, sql))
                return false;

        expected.insert(QStringLiteral("user_version"), scalar(db, QStringLiteral("PRAGMA user_version")).toInt());
        QJsonObject counts;
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                   " AND name NOT LIKE 'article_fts%' ORDER BY name"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            counts.insert(table, scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt());
        }
        expected.insert(QStringLiteral("counts"), counts);
        expected.insert(QStringLiteral("orphaned_annotations"),
                        scalar(db, QStringLiteral("SELECT count(*) FROM annotations WHERE article_id IS NULL")).toInt());
        expected.insert(QStringLiteral("highlight_quote"),
                        scalar(db, QStringLiteral("SELECT quote FROM annotations WHERE kind = 'highlight'")).toString());
        QSqlQuery issue(db);
        issue.exec(QStringLiteral("SELECT pa.name, i.date, p.label FROM pages p JOIN issues i ON i.id = p.issue_id"
                                  " JOIN papers pa ON pa.id = i.paper_id"));
        if (issue.next())
            expected.insert(QStringLiteral("issue"), QJsonObject{{QStringLiteral("paper"), issue.value(0).toString()},
                                                                 {QStringLiteral("date"), issue.value(1).toString()},
                                                                 {QStringLiteral("page"), issue.value(2).toString()}});
        issue.finish();
        SearchRequest request;
        request.query = QStringLiteral("吕沛");
        const SearchResults results = search(db, request);
        expected.insert(QStringLiteral("search"), QJsonObject{{QStringLiteral("query"), request.query},
                                                              {QStringLiteral("total"), results.total}});
        // One self-contained file: no -wal or -shm beside the fixture.
        if (!exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) ||
            !exec(db, QStringLiteral("PRAGMA journal_mode = DELETE")))
            return false;
    }
    QFile json(QDir(dir).filePath(QStringLiteral("v%1.expected.json").arg(version)));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    json.write(QJsonDocument(expected).toJson());
    err() << "wrote " << path << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        err() << "usage: make_library_fixtures FIXTURES_DIR [VERSION...]" << Qt::endl;
        return 2;
    }
    QList<int> versions;
    for (const QString &arg : args.mid(1))
        versions << arg.toInt();
    if (versions.isEmpty())
        versions << schema::latestVersion();
    for (int version : versions) {
        if (version < 1 || version > schema::latestVersion()) {
            err() << "no schema version " << version << Qt::endl;
            return 2;
        }
        if (!makeFixture(args.first(), version))
            return 1;
    }
    return 0;
}
