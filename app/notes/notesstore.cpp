#include "notes/notesstore.h"

#include "library/library.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace kanbao {

namespace {

QDateTime parseTimestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

QStringList parseNames(const QVariant &json)
{
    QStringList names;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toString().toUtf8());
    const QJsonArray array = doc.array();
    for (const QJsonValue &v : array) {
        if (v.isString() && !v.toString().isEmpty())
            names << v.toString();
    }
    return names;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableOffset(int offset)
{
    return offset >= 0 ? QVariant(offset) : QVariant(QMetaType(QMetaType::Int));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

template<typename T>
QList<T> unique(const QList<T> &values)
{
    QList<T> out;
    QSet<T> seen;
    for (const T &v : values) {
        if (!seen.contains(v)) {
            seen.insert(v);
            out << v;
        }
    }
    return out;
}

const QString annotationColumns = QStringLiteral(
    "an.id, an.article_id, an.kind, an.start_offset, an.end_offset, an.quote, an.prefix, an.suffix, an.color, "
    "an.note, an.source_path, an.article_seq, an.article_headline, an.created_at, an.modified_at");
constexpr int annotationColumnCount = 15;

Annotation readAnnotation(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    a.kind = annotationKindFromName(q.value(2).toString()).value_or(AnnotationKind::Highlight);
    a.startOffset = q.value(3).isNull() ? -1 : q.value(3).toInt();
    a.endOffset = q.value(4).isNull() ? -1 : q.value(4).toInt();
    a.quote = q.value(5).toString();
    a.prefix = q.value(6).toString();
    a.suffix = q.value(7).toString();
    a.color = q.value(8).toString();
    a.note = q.value(9).toString();
    a.sourcePath = q.value(10).toString();
    a.articleSeq = q.value(11).isNull() ? -1 : q.value(11).toInt();
    a.articleHeadline = q.value(12).toString();
    a.createdAt = parseTimestamp(q.value(13).toString());
    a.modifiedAt = parseTimestamp(q.value(14).toString());
    return a;
}

const QString citationColumns = QStringLiteral(
    "a.id, pa.name, i.date, i.edition, p.label, p.section, a.kicker, a.headline, a.subheadline, a.reporters, "
    "a.correspondents, a.authors, a.photographers, p.source_path, a.seq");
const QString citationJoins = QStringLiteral(
    "LEFT JOIN pages p ON p.id = a.page_id LEFT JOIN issues i ON i.id = p.issue_id "
    "LEFT JOIN papers pa ON pa.id = i.paper_id");

ArticleCitation readCitation(const QSqlQuery &q, int first)
{
    ArticleCitation c;
    if (q.value(first).isNull())
        return c;
    c.articleId = q.value(first).toLongLong();
    c.paper = q.value(first + 1).toString();
    c.date = QDate::fromString(q.value(first + 2).toString(), Qt::ISODate);
    c.edition = q.value(first + 3).toString();
    c.pageLabel = q.value(first + 4).toString();
    c.section = q.value(first + 5).toString();
    c.kicker = q.value(first + 6).toString();
    c.headline = q.value(first + 7).toString();
    c.subheadline = q.value(first + 8).toString();
    c.reporters = parseNames(q.value(first + 9));
    c.correspondents = parseNames(q.value(first + 10));
    c.authors = parseNames(q.value(first + 11));
    c.photographers = parseNames(q.value(first + 12));
    c.sourcePath = q.value(first + 13).toString();
    c.seq = q.value(first + 14).isNull() ? -1 : q.value(first + 14).toInt();
    return c;
}

} // namespace

NotesStore::NotesStore(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(std::move(db)) { }

NotesStore::NotesStore(Library &library, QObject *parent) : NotesStore(library.database(), parent) { }

std::optional<std::pair<QDate, QDate>> NotesStore::issueDateRange() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT min(date), max(date) FROM issues")) || !q.next()) {
        fail(tr("reading the issue dates"), q);
        return std::nullopt;
    }
    const QDate first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return std::nullopt;
    return std::pair{first, last};
}

std::optional<NotesStore::PageFile> NotesStore::pageFileOf(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.source_path, p.source_index, p.content_hash, a.headline, substr(a.body, 1, 60)"
                             " FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?"));
    q.addBindValue(articleId);
    if (!exec(q, tr("reading the page file of article %1").arg(articleId)) || !q.next())
        return std::nullopt;
    return PageFile{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString().section(QLatin1Char('\n'), 0, 0)};
}

QString NotesStore::timestamp(const QDateTime &when)
{
    const QDateTime t = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString NotesStore::normaliseTagColor(const QString &color)
{
    if (color.trimmed().isEmpty())
        return defaultTagColor();
    const QColor c = QColor::fromString(color.trimmed());
    return c.isValid() ? c.name(QColor::HexRgb) : QString();
}

// --- plumbing ----------------------------------------------------------------------------------------

bool NotesStore::fail(const QString &message) const
{
    m_error = tr("%1: %2").arg(QFileInfo(m_db.databaseName()).fileName(), message);
    return false;
}

bool NotesStore::fail(const QString &what, const QSqlQuery &query) const
{
    return fail(tr("%1 failed: %2").arg(what, query.lastError().text()));
}

bool NotesStore::exec(QSqlQuery &query, const QString &what) const
{
    if (query.exec())
        return true;
    return fail(what, query);
}

bool NotesStore::begin()
{
    // IMMEDIATE takes the write lock up front: a deferred transaction that later needs to write can fail
    // with SQLITE_BUSY in WAL mode without waiting for the busy timeout.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("starting a transaction"), q);
    return true;
}

bool NotesStore::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        fail(tr("committing"), q);
        rollback();
        return false;
    }
    return true;
}

void NotesStore::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool NotesStore::rowExists(const QString &table, qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

// --- tags ----------------------------------------------------------------------------------------------

QList<Tag> NotesStore::readTags(QSqlQuery &q) const
{
    QList<Tag> tags;
    while (q.next()) {
        Tag t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.color = q.value(2).toString();
        t.createdAt = parseTimestamp(q.value(3).toString());
        t.articleCount = q.value(4).toInt();
        tags << t;
    }
    return tags;
}

QList<Tag> NotesStore::tags() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.id, t.name, t.color, t.created_at, COUNT(at.article_id) FROM tags t "
                             "LEFT JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.name"));
    if (!exec(q, tr("reading tags")))
        return {};
    return readTags(q);
}

std::optional<Tag> NotesStore::tag(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.id, t.name, t.color, t.created_at, "
                             "(SELECT COUNT(*) FROM article_tags WHERE tag_id = t.id) FROM tags t WHERE t.id = ?"));
    q.addBindValue(id);
    if (!exec(q, tr("reading a tag")))
        return std::nullopt;
    const QList<Tag> found = readTags(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Tag> NotesStore::tagByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.id, t.name, t.color, t.created_at, "
                             "(SELECT COUNT(*) FROM article_tags WHERE tag_id = t.id) FROM tags t WHERE t.name = ?"));
    q.addBindValue(name.trimmed());
    if (!exec(q, tr("reading a tag")))
        return std::nullopt;
    const QList<Tag> found = readTags(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Tag> NotesStore::tagsOfArticle(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.id, t.name, t.color, t.created_at, "
                             "(SELECT COUNT(*) FROM article_tags c WHERE c.tag_id = t.id) FROM tags t "
                             "JOIN article_tags at ON at.tag_id = t.id WHERE at.article_id = ? ORDER BY t.name"));
    q.addBindValue(articleId);
    if (!exec(q, tr("reading an article's tags")))
        return {};
    return readTags(q);
}

QList<qint64> NotesStore::articlesWithTag(qint64 tagId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ? ORDER BY article_id"));
    q.addBindValue(tagId);
    QList<qint64> ids;
    if (!exec(q, tr("reading tagged articles")))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

std::optional<qint64> NotesStore::createTag(const QString &name, const QString &color, qint64 wantedId,
                                            const QDateTime &createdAt)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("a tag needs a name"));
        return std::nullopt;
    }
    const QString hex = normaliseTagColor(color);
    if (hex.isEmpty()) {
        fail(tr("\"%1\" is not a color").arg(color));
        return std::nullopt;
    }
    if (tagByName(trimmed)) {
        fail(tr("a tag named \"%1\" already exists").arg(trimmed));
        return std::nullopt;
    }
    const bool useWanted = wantedId > 0 && !rowExists(QStringLiteral("tags"), wantedId);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tags(id, name, color, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(nullableId(useWanted ? wantedId : 0));
    q.addBindValue(trimmed);
    q.addBindValue(hex);
    q.addBindValue(timestamp(createdAt));
    if (!exec(q, tr("creating tag \"%1\"").arg(trimmed)))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT tagsChanged();
    return id;
}

bool NotesStore::renameTag(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("a tag needs a name"));
    const std::optional<Tag> other = tagByName(trimmed);
    if (other && other->id != id)
        return fail(tr("a tag named \"%1\" already exists").arg(trimmed));
    return updateTag(id, QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"), trimmed, tr("renaming a tag"));
}

bool NotesStore::recolorTag(qint64 id, const QString &color)
{
    const QString hex = normaliseTagColor(color);
    if (hex.isEmpty())
        return fail(tr("\"%1\" is not a color").arg(color));
    return updateTag(id, QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"), hex, tr("recoloring a tag"));
}

// One column of one tag; the tag's articles are announced because their tag chips show its name and color.
bool NotesStore::updateTag(qint64 id, const QString &update, const QString &value, const QString &doing)
{
    QSqlQuery q(m_db);
    q.prepare(update);
    q.addBindValue(value);
    q.addBindValue(id);
    if (!exec(q, doing))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(tr("tag %1 does not exist").arg(id));
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(articlesWithTag(id));
    return true;
}

std::optional<NotesStore::DeletedTag> NotesStore::deleteTag(qint64 id)
{
    const std::optional<Tag> t = tag(id);
    if (!t) {
        fail(tr("tag %1 does not exist").arg(id));
        return std::nullopt;
    }
    DeletedTag deleted{*t, articlesWithTag(id)};
    QSqlQuery q(m_db);
    // The assignments go with the tag (ON DELETE CASCADE); they were read first so an undo can restore them.
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q, tr("deleting tag \"%1\"").arg(t->name)))
        return std::nullopt;
    Q_EMIT tagsChanged();
    if (!deleted.articleIds.isEmpty())
        Q_EMIT articleTagsChanged(deleted.articleIds);
    return deleted;
}

std::optional<qint64> NotesStore::restoreTag(const DeletedTag &deleted)
{
    if (!begin())
        return std::nullopt;
    qint64 id = 0;
    if (const std::optional<Tag> existing = tagByName(deleted.tag.name)) {
        id = existing->id;
    } else {
        const QSignalBlocker blocker(this); // one round of signals once everything is back
        const auto created = createTag(deleted.tag.name, deleted.tag.color, deleted.tag.id, deleted.tag.createdAt);
        if (!created) {
            rollback();
            return std::nullopt;
        }
        id = *created;
    }
    QList<Assignment> pairs;
    for (qint64 article : deleted.articleIds)
        pairs << Assignment{article, id};
    {
        const QSignalBlocker blocker(this);
        if (!addAssignments(pairs)) {
            rollback();
            return std::nullopt;
        }
    }
    if (!commit())
        return std::nullopt;
    Q_EMIT tagsChanged();
    if (!deleted.articleIds.isEmpty())
        Q_EMIT articleTagsChanged(deleted.articleIds);
    return id;
}

std::optional<QList<NotesStore::Assignment>> NotesStore::assignTags(const QList<qint64> &articleIds,
                                                                     const QList<qint64> &tagIds)
{
    QList<Assignment> added;
    if (!begin())
        return std::nullopt;
    QSqlQuery check(m_db);
    check.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM articles WHERE id = ?), "
                                 "(SELECT COUNT(*) FROM tags WHERE id = ?), "
                                 "(SELECT COUNT(*) FROM article_tags WHERE article_id = ? AND tag_id = ?)"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO article_tags(article_id, tag_id) VALUES (?, ?)"));
    for (qint64 article : unique(articleIds)) {
        for (qint64 tagId : unique(tagIds)) {
            check.addBindValue(article);
            check.addBindValue(tagId);
            check.addBindValue(article);
            check.addBindValue(tagId);
            if (!exec(check, tr("tagging articles")) || !check.next()) {
                rollback();
                return std::nullopt;
            }
            if (check.value(0).toInt() == 0) {
                rollback();
                fail(tr("article %1 does not exist").arg(article));
                return std::nullopt;
            }
            if (check.value(1).toInt() == 0) {
                rollback();
                fail(tr("tag %1 does not exist").arg(tagId));
                return std::nullopt;
            }
            if (check.value(2).toInt() > 0)
                continue;
            insert.addBindValue(article);
            insert.addBindValue(tagId);
            if (!exec(insert, tr("tagging articles"))) {
                rollback();
                return std::nullopt;
            }
            added << Assignment{article, tagId};
        }
    }
    if (!commit())
        return std::nullopt;
    if (!added.isEmpty()) {
        Q_EMIT tagsChanged();
        Q_EMIT articleTagsChanged(unique(articleIds));
    }
    return added;
}

std::optional<QList<NotesStore::Assignment>> NotesStore::removeTags(const QList<qint64> &articleIds,
                                                                     const QList<qint64> &tagIds)
{
    QList<Assignment> removed;
    if (!begin())
        return std::nullopt;
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"));
    for (qint64 article : unique(articleIds)) {
        for (qint64 tagId : unique(tagIds)) {
            del.addBindValue(article);
            del.addBindValue(tagId);
            if (!exec(del, tr("removing tags"))) {
                rollback();
                return std::nullopt;
            }
            if (del.numRowsAffected() > 0)
                removed << Assignment{article, tagId};
        }
    }
    if (!commit())
        return std::nullopt;
    if (!removed.isEmpty()) {
        Q_EMIT tagsChanged();
        Q_EMIT articleTagsChanged(unique(articleIds));
    }
    return removed;
}

bool NotesStore::addAssignments(const QList<Assignment> &pairs)
{
    if (pairs.isEmpty())
        return true;
    QSqlQuery q(m_db);
    // Articles removed since (a re-import) are skipped: their assignments cannot come back.
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags(article_id, tag_id) "
                             "SELECT a.id, t.id FROM articles a, tags t WHERE a.id = ? AND t.id = ?"));
    QSet<qint64> articles;
    for (const Assignment &p : pairs) {
        q.addBindValue(p.first);
        q.addBindValue(p.second);
        if (!exec(q, tr("restoring tags")))
            return false;
        articles.insert(p.first);
    }
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(QList<qint64>(articles.begin(), articles.end()));
    return true;
}

bool NotesStore::removeAssignments(const QList<Assignment> &pairs)
{
    if (pairs.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"));
    QSet<qint64> articles;
    for (const Assignment &p : pairs) {
        q.addBindValue(p.first);
        q.addBindValue(p.second);
        if (!exec(q, tr("removing tags")))
            return false;
        articles.insert(p.first);
    }
    Q_EMIT tagsChanged();
    Q_EMIT articleTagsChanged(QList<qint64>(articles.begin(), articles.end()));
    return true;
}

// --- annotations ---------------------------------------------------------------------------------------

std::optional<Annotation> NotesStore::annotation(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM annotations an WHERE an.id = ?").arg(annotationColumns));
    q.addBindValue(id);
    if (!exec(q, tr("reading an annotation")) || !q.next())
        return std::nullopt;
    return readAnnotation(q);
}

QList<Annotation> NotesStore::annotationsOfArticle(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM annotations an WHERE an.article_id = ? "
                             "ORDER BY an.kind = 'highlight', an.start_offset, an.id")
                  .arg(annotationColumns));
    q.addBindValue(articleId);
    QList<Annotation> out;
    if (!exec(q, tr("reading annotations")))
        return out;
    while (q.next())
        out << readAnnotation(q);
    return out;
}

int NotesStore::annotationCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM annotations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<Annotation> NotesStore::makeHighlight(qint64 articleId, TextSpan span, const QString &color,
                                                    const QString &note)
{
    if (!isHighlightColor(color)) {
        fail(tr("\"%1\" is not a highlight color (one of: %2)")
                 .arg(color, highlightColorNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const std::optional<QString> body = articleBody(articleId);
    if (!body) {
        fail(tr("article %1 does not exist").arg(articleId));
        return std::nullopt;
    }
    if (span.start < 0 || span.end > body->size() || span.start >= span.end) {
        fail(tr("the range %1-%2 is not inside article %3 (%4 characters)")
                 .arg(span.start)
                 .arg(span.end)
                 .arg(articleId)
                 .arg(body->size()));
        return std::nullopt;
    }
    const AnchorQuote anchor = makeAnchor(*body, span);
    const std::optional<ArticleCitation> where = citation(articleId);
    Annotation a;
    a.articleId = articleId;
    a.kind = AnnotationKind::Highlight;
    a.startOffset = anchor.start;
    a.endOffset = anchor.start + int(anchor.quote.size());
    a.quote = anchor.quote;
    a.prefix = anchor.prefix;
    a.suffix = anchor.suffix;
    a.color = color;
    a.note = note;
    if (where) {
        a.sourcePath = where->sourcePath;
        a.articleSeq = where->seq;
        a.articleHeadline = where->headline;
    }
    a.createdAt = a.modifiedAt = QDateTime::currentDateTimeUtc();
    return a;
}

std::optional<Annotation> NotesStore::makeArticleNote(qint64 articleId, const QString &note)
{
    const std::optional<ArticleCitation> where = citation(articleId);
    if (!where) {
        fail(tr("article %1 does not exist").arg(articleId));
        return std::nullopt;
    }
    Annotation a;
    a.articleId = articleId;
    a.kind = AnnotationKind::Note;
    a.note = note;
    a.color = QStringLiteral("yellow");
    a.sourcePath = where->sourcePath;
    a.articleSeq = where->seq;
    a.articleHeadline = where->headline;
    a.createdAt = a.modifiedAt = QDateTime::currentDateTimeUtc();
    return a;
}

std::optional<qint64> NotesStore::insertAnnotation(const Annotation &a)
{
    const bool useWanted = a.id > 0 && !rowExists(QStringLiteral("annotations"), a.id);
    // The article may have been replaced by a re-import since the annotation was deleted: keep it as an
    // orphan rather than lose it.
    const bool articleThere = a.articleId > 0 && articleExists(a.articleId);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO annotations(id, article_id, kind, start_offset, end_offset, quote, prefix, suffix, color, "
        "note, source_path, article_seq, article_headline, created_at, modified_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nullableId(useWanted ? a.id : 0));
    q.addBindValue(nullableId(articleThere ? a.articleId : 0));
    q.addBindValue(annotationKindName(a.kind));
    q.addBindValue(nullableOffset(articleThere ? a.startOffset : -1));
    q.addBindValue(nullableOffset(articleThere ? a.endOffset : -1));
    q.addBindValue(text(a.quote));
    q.addBindValue(text(a.prefix));
    q.addBindValue(text(a.suffix));
    q.addBindValue(a.color.isEmpty() ? QStringLiteral("yellow") : a.color);
    q.addBindValue(text(a.note));
    q.addBindValue(a.sourcePath.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.sourcePath));
    q.addBindValue(a.articleSeq >= 0 ? QVariant(a.articleSeq) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(a.articleHeadline.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(a.articleHeadline));
    q.addBindValue(timestamp(a.createdAt));
    q.addBindValue(timestamp(a.modifiedAt.isValid() ? a.modifiedAt : a.createdAt));
    if (!exec(q, tr("storing an annotation")))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT annotationsChanged({articleThere ? a.articleId : 0});
    return id;
}

bool NotesStore::updateAnnotation(const Annotation &a)
{
    if (a.kind == AnnotationKind::Highlight && !isHighlightColor(a.color))
        return fail(tr("\"%1\" is not a highlight color (one of: %2)")
                        .arg(a.color, highlightColorNames().join(QStringLiteral(", "))));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE annotations SET note = ?, color = ?, start_offset = ?, end_offset = ?, "
                             "quote = ?, prefix = ?, suffix = ?, modified_at = ? WHERE id = ?"));
    q.addBindValue(text(a.note));
    q.addBindValue(text(a.color));
    q.addBindValue(nullableOffset(a.startOffset));
    q.addBindValue(nullableOffset(a.endOffset));
    q.addBindValue(text(a.quote));
    q.addBindValue(text(a.prefix));
    q.addBindValue(text(a.suffix));
    q.addBindValue(timestamp(a.modifiedAt));
    q.addBindValue(a.id);
    if (!exec(q, tr("changing an annotation")))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(tr("annotation %1 does not exist").arg(a.id));
    Q_EMIT annotationsChanged({a.articleId});
    return true;
}

bool NotesStore::deleteAnnotation(qint64 id)
{
    const std::optional<Annotation> a = annotation(id);
    if (!a)
        return fail(tr("annotation %1 does not exist").arg(id));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q, tr("deleting an annotation")))
        return false;
    Q_EMIT annotationsChanged({a->articleId});
    return true;
}

// --- articles ------------------------------------------------------------------------------------------

bool NotesStore::articleExists(qint64 id) const
{
    return rowExists(QStringLiteral("articles"), id);
}

std::optional<QString> NotesStore::articleBody(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q, tr("reading an article")) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<ArticleCitation> NotesStore::citation(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM articles a %2 WHERE a.id = ?").arg(citationColumns, citationJoins));
    q.addBindValue(articleId);
    if (!exec(q, tr("reading an article")) || !q.next())
        return std::nullopt;
    return readCitation(q, 0);
}

// --- library-wide ------------------------------------------------------------------------------------

std::optional<QList<NoteRecord>> NotesStore::queryNotes(const NotesQuery &query) const
{
    QStringList where;
    QVariantList values;

    if (!query.text.isEmpty()) {
        where << QStringLiteral("(instr(lower(an.quote), lower(?)) > 0 OR instr(lower(an.note), lower(?)) > 0)");
        values << query.text << query.text;
    }
    if (!query.tags.isEmpty()) {
        where << QStringLiteral("an.article_id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
                                "ON t.id = at.tag_id WHERE t.name IN (%1))")
                     .arg(placeholders(query.tags.size()));
        for (const QString &t : query.tags)
            values << t.trimmed();
    }
    if (!query.colors.isEmpty()) {
        where << QStringLiteral("an.color IN (%1)").arg(placeholders(query.colors.size()));
        for (const QString &c : query.colors)
            values << c;
    }
    if (query.dateField == NotesQuery::DateField::IssueDate) {
        if (query.from.isValid()) {
            where << QStringLiteral("i.date >= ?");
            values << query.from.toString(Qt::ISODate);
        }
        if (query.to.isValid()) {
            where << QStringLiteral("i.date <= ?");
            values << query.to.toString(Qt::ISODate);
        }
    } else {
        // Timestamps are stored in UTC; the range is meant in the user's days.
        if (query.from.isValid()) {
            where << QStringLiteral("an.created_at >= ?");
            values << timestamp(query.from.startOfDay());
        }
        if (query.to.isValid()) {
            where << QStringLiteral("an.created_at < ?");
            values << timestamp(query.to.addDays(1).startOfDay());
        }
    }
    if (!query.articleIds.isEmpty()) {
        where << QStringLiteral("an.article_id IN (%1)").arg(placeholders(query.articleIds.size()));
        for (qint64 id : query.articleIds)
            values << id;
    }
    if (!query.includeHighlights)
        where << QStringLiteral("an.kind <> 'highlight'");
    if (!query.includeArticleNotes)
        where << QStringLiteral("an.kind <> 'note'");
    if (query.orphansOnly)
        where << QStringLiteral("an.article_id IS NULL");
    else if (!query.includeOrphans)
        where << QStringLiteral("an.article_id IS NOT NULL");

    QString sql = QStringLiteral("SELECT %1, %2 FROM annotations an LEFT JOIN articles a ON a.id = an.article_id %3")
                      .arg(annotationColumns, citationColumns, citationJoins);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY an.article_id IS NULL, i.date, pa.name, p.source_path, p.source_index, a.seq, "
                          "an.article_id, an.kind = 'highlight', an.start_offset, an.id");

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        fail(tr("querying notes"), q);
        return std::nullopt;
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!exec(q, tr("querying notes")))
        return std::nullopt;

    QList<NoteRecord> records;
    QHash<qint64, QList<Tag>> tagCache;
    while (q.next()) {
        NoteRecord r;
        r.annotation = readAnnotation(q);
        r.citation = readCitation(q, annotationColumnCount);
        if (r.annotation.isOrphan()) {
            r.citation.sourcePath = r.annotation.sourcePath;
            r.citation.headline = r.annotation.articleHeadline;
            r.citation.seq = r.annotation.articleSeq;
        } else {
            auto it = tagCache.find(r.annotation.articleId);
            if (it == tagCache.end())
                it = tagCache.insert(r.annotation.articleId, tagsOfArticle(r.annotation.articleId));
            r.articleTags = it.value();
        }
        records << r;
    }
    return records;
}

} // namespace kanbao
