#pragma once

#include "text/anchor.h"
#include "notes/notestypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QPair>
#include <QSqlDatabase>

#include <optional>
#include <utility>

class QSqlQuery;

namespace kanbao {

class Library;

// The only place that reads and writes tags, article_tags and annotations. Every write is committed at
// once (there is no Save); the undo commands in notescommands.h are built on these calls. One NotesStore
// per connection, used from the connection's thread.
class NotesStore : public QObject
{
    Q_OBJECT

public:
    using Assignment = QPair<qint64, qint64>; // (article id, tag id)

    // A deleted tag with what it carried, enough to put both back.
    struct DeletedTag
    {
        Tag tag;
        QList<qint64> articleIds;
    };

    // `db` must be open on a library at schema version >= 1.
    explicit NotesStore(QSqlDatabase db, QObject *parent = nullptr);
    // On the library's connection; the library must stay open while the store is used.
    explicit NotesStore(Library &library, QObject *parent = nullptr);

    QSqlDatabase database() const { return m_db; }
    QString errorString() const { return m_error; }

    // --- Tags --------------------------------------------------------------------------------------
    QList<Tag> tags() const; // all tags with their article counts, by name
    std::optional<Tag> tag(qint64 id) const;
    std::optional<Tag> tagByName(const QString &name) const;
    QList<Tag> tagsOfArticle(qint64 articleId) const;
    QList<qint64> articlesWithTag(qint64 tagId) const;

    // `color` is any QColor name ("#3b82f6", "teal"), stored as "#rrggbb"; empty means the default.
    // `wantedId` > 0 asks for that id (redo of a creation, undo of a deletion); another id is used when
    // it has been taken since.
    std::optional<qint64> createTag(const QString &name, const QString &color = QString(), qint64 wantedId = 0,
                                    const QDateTime &createdAt = QDateTime());
    bool renameTag(qint64 id, const QString &name);
    bool recolorTag(qint64 id, const QString &color);
    std::optional<DeletedTag> deleteTag(qint64 id);
    // Puts a deleted tag back with its assignments (to the articles that still exist). If a tag of the
    // same name was created meanwhile, the assignments go to that one. Returns the tag's id.
    std::optional<qint64> restoreTag(const DeletedTag &deleted);

    // Adds every (article, tag) pair not present yet; returns those it added, so an undo removes only
    // what this call did.
    std::optional<QList<Assignment>> assignTags(const QList<qint64> &articleIds, const QList<qint64> &tagIds);
    // Removes the pairs present; returns those it removed.
    std::optional<QList<Assignment>> removeTags(const QList<qint64> &articleIds, const QList<qint64> &tagIds);
    bool addAssignments(const QList<Assignment> &pairs);
    bool removeAssignments(const QList<Assignment> &pairs);

    // --- Annotations -------------------------------------------------------------------------------
    std::optional<Annotation> annotation(qint64 id) const;
    QList<Annotation> annotationsOfArticle(qint64 articleId) const; // notes first, then in text order
    int annotationCount() const;

    // A highlight of `span` of the article's body, anchored and located, not yet stored.
    std::optional<Annotation> makeHighlight(qint64 articleId, TextSpan span, const QString &color,
                                            const QString &note);
    // An article-level note, not yet stored.
    std::optional<Annotation> makeArticleNote(qint64 articleId, const QString &note);

    // Stores `a`; a.id > 0 asks for that id (see createTag). If a.articleId no longer exists the
    // annotation is kept as an orphan rather than lost. Returns the id used.
    std::optional<qint64> insertAnnotation(const Annotation &a);
    // Writes note, color, offsets and anchor of an existing annotation; modified_at from `a`.
    bool updateAnnotation(const Annotation &a);
    bool deleteAnnotation(qint64 id);

    // --- Articles ------------------------------------------------------------------------------------
    bool articleExists(qint64 id) const;
    std::optional<QString> articleBody(qint64 id) const;
    std::optional<ArticleCitation> citation(qint64 articleId) const;
    // The file the article's page was imported from, for its page image; nullopt when the article is gone.
    struct PageFile
    {
        QString sourcePath;
        int sourceIndex = 0; // the page's index in the file
        QString contentHash;
        QString headline;
        QString opening; // the start of the body, to find the article among the page's regions
    };
    std::optional<PageFile> pageFileOf(qint64 articleId) const;

    // --- Library-wide ------------------------------------------------------------------------------
    // Ordered by issue date, paper, page, article; per article the notes first, then the highlights in
    // text order; orphans last.
    std::optional<QList<NoteRecord>> queryNotes(const NotesQuery &query) const;
    // The first and last issue dates of the library (what an export by dates covers by default);
    // nullopt when the library has no issues.
    std::optional<std::pair<QDate, QDate>> issueDateRange() const;

    static QString normaliseTagColor(const QString &color); // "" when not a color
    static QString defaultTagColor() { return QStringLiteral("#3b82f6"); }
    static QString timestamp(const QDateTime &when); // how created_at/modified_at are written

Q_SIGNALS:
    void tagsChanged();                                    // names, colors, counts, the set of tags
    void articleTagsChanged(const QList<qint64> &articleIds);
    void annotationsChanged(const QList<qint64> &articleIds); // 0 in the list: orphans changed

private:
    bool fail(const QString &what, const QSqlQuery &query) const;
    bool fail(const QString &message) const;
    bool exec(QSqlQuery &query, const QString &what) const;
    bool updateTag(qint64 id, const QString &update, const QString &value, const QString &doing);
    bool begin();
    bool commit();
    void rollback();
    bool rowExists(const QString &table, qint64 id) const;
    QList<Tag> readTags(QSqlQuery &query) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace kanbao
