#pragma once

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanbao {

struct Tag
{
    qint64 id = 0;
    QString name;
    QString color; // "#rrggbb"
    QDateTime createdAt;
    int articleCount = 0; // filled by the read API, ignored on writes

    bool operator==(const Tag &) const = default;
};

enum class AnnotationKind {
    Highlight, // a quoted span of the article body, with an optional note
    Note,      // a note on the whole article, no quote
};

QString annotationKindName(AnnotationKind kind); // "highlight" | "note", as stored
std::optional<AnnotationKind> annotationKindFromName(QStringView name);

struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0; // 0: orphan (its article was replaced and the quote could not be found again)
    AnnotationKind kind = AnnotationKind::Highlight;
    int startOffset = -1; // UTF-16 offsets into articles.body; -1 for notes and orphans
    int endOffset = -1;
    QString quote;
    QString prefix;
    QString suffix;
    QString color = QStringLiteral("yellow");
    QString note;
    // Where the annotation was made, so an orphan can still be told apart and cited.
    QString sourcePath;
    int articleSeq = -1;
    QString articleHeadline;
    QDateTime createdAt;
    QDateTime modifiedAt;

    bool isOrphan() const { return articleId == 0; }
    bool operator==(const Annotation &) const = default;
};

// Where an article stands in the archive: what a citation needs.
struct ArticleCitation
{
    qint64 articleId = 0;
    QString paper;
    QDate date;
    QString edition;
    QString pageLabel;
    QString section;
    QString kicker;
    QString headline;
    QString subheadline;
    QStringList reporters;
    QStringList correspondents;
    QStringList authors;
    QStringList photographers;
    QString sourcePath;
    int seq = -1;

    // "记者 李明 通讯员 王芳" style, in the order a newspaper prints them.
    QString bylines() const;
    // "焦作日报, 2023-12-03, A08 温县新闻" (the parts that are known).
    QString placeText() const;
};

// One annotation with everything an export or a notes view shows next to it.
struct NoteRecord
{
    Annotation annotation;
    ArticleCitation citation; // articleId 0 and only sourcePath/headline for orphans
    QList<Tag> articleTags;
};

// A library-wide notes query. Empty fields do not filter.
struct NotesQuery
{
    enum class DateField { IssueDate, CreatedDate };

    QString text;            // substring of the quote or the note (case-insensitive for Latin letters)
    QStringList tags;        // tag names: the article carries at least one of them
    QStringList colors;      // highlight color names
    QDate from;              // inclusive
    QDate to;                // inclusive
    DateField dateField = DateField::IssueDate;
    QList<qint64> articleIds;
    bool includeHighlights = true;
    bool includeArticleNotes = true;
    bool includeOrphans = true;
    bool orphansOnly = false;
};

// The highlight palette. Stored by name so a theme can choose its own shades.
QStringList highlightColorNames();
bool isHighlightColor(const QString &name);
QColor highlightColor(const QString &name);       // the marker shade; invalid for unknown names
QString highlightColorLabel(const QString &name); // translated: "Yellow"

} // namespace kanbao

Q_DECLARE_METATYPE(kanbao::Tag)
Q_DECLARE_METATYPE(kanbao::Annotation)
