#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kanbao::schema {

// Migration step 1 -> 2 (appended to the library's list in library/schema.cpp): the tables that keep the
// user's decisions about entities, so they survive re-imports and apply to pages imported later.
//   entity_decisions   a name merged into another (merge, rename) or ignored, by (name, type)
//   entity_splits      mentions of a name in one article (by source file and reading order) given to
//                      another name
//   entity_user_names  names the user added; found in every article, also those imported later
//   entity_distinct    pairs the user said are different entities (no longer suggested as variants)
//   entity_state       bookkeeping (the last article scanned for user-added names)
bool createEntityDecisionTables(QSqlDatabase &db, QString *error);

} // namespace kanbao::schema
