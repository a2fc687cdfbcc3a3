#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kanbao::schema {

// The library schema is defined only by its migrations: step i takes PRAGMA user_version i to i + 1.
// Steps are appended, never edited, so every library ever written can be upgraded.
int latestVersion();

// What step `fromVersion` -> fromVersion + 1 does, for messages and logs.
QString stepDescription(int fromVersion);

// Identifies a Kanbao library among SQLite files (PRAGMA application_id; set by step 0 -> 1).
constexpr int ApplicationId = 0x4B424C42; // "KBLB"

// Runs the steps from `fromVersion` to latestVersion(), each in its own IMMEDIATE transaction, so an
// interrupted upgrade leaves the library at the last completed version. On failure returns false with
// *error saying which step failed and why (the caller adds the file name). `toVersion` (default: the
// latest) stops earlier; only the fixture maker of past versions uses it.
bool migrate(QSqlDatabase &db, int fromVersion, QString *error, int toVersion = -1);

// The FTS5 tokenizer article_fts is created with. Registered per connection by Library::open.
QString ftsTokenizer();

} // namespace kanbao::schema
