#include "entities/entityschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace kanbao::schema {

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
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text() + QStringLiteral(" [") + sql.simplified().left(80) + QStringLiteral("]");
            return false;
        }
    }
    return true;
}

} // namespace kanbao::schema
