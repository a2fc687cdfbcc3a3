#pragma once

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanbao {

enum class ArticleKind { Article, Photo, Commentary, Brief, Wire };

QString articleKindName(ArticleKind kind);
std::optional<ArticleKind> articleKindFromName(QStringView name);

enum class EntityType { Person, Organization, Place };

QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(QStringView name);

// One office stated with a person's name: 党工委书记 of 示范区（高新区）党工委. A title chain
// (市政协副主席、高新区党工委书记) gives one each. `organization` is the canonical unit (aliases in one order,
// anaphora such as 该街道 resolved, the short name of a body named in full elsewhere in the article
// replaced by the full one); `writtenOrganization` is the unit as printed, kept as evidence.
struct EntityOffice
{
    QString office;
    QString organization;
    QString writtenOrganization;

    bool operator==(const EntityOffice &) const = default;
};

// One mention of a person, organization or place inside an article.
struct EntityMention
{
    QString text;
    EntityType type = EntityType::Person;
    // Where the mention stands: a paragraph index and a UTF-16 offset into it. Byline mentions have
    // paragraph -1 and offset -1.
    int paragraph = -1;
    int offset = -1;
    // "journalist" for byline names; empty otherwise.
    QString role;
    // For people: the office stated with the name (党工委书记) and the body it belongs to (高新区党工委).
    QString office;
    QString officeOrganization;
    // Every office stated with the name, in the order printed; office/officeOrganization repeat the last
    // (the one written next to the name) for readers of the older single-office fields.
    QList<EntityOffice> offices;

    bool operator==(const EntityMention &) const = default;
};

struct Article
{
    ArticleKind kind = ArticleKind::Article;
    QString kicker;
    QString headline;
    QString subheadline;
    QStringList reporters;      // 记者
    QStringList correspondents; // 通讯员
    QStringList authors;        // trailing （姓名）, 本报记者 X on features, □作者 on commentary
    QStringList photographers;  // X 摄
    QStringList paragraphs;     // reflowed body text, one string a paragraph
    QList<EntityMention> entities;
    QString column; // a column label printed with the piece (政务简报, 百字新闻), if any
    // How sure the reconstruction is of this piece (0..1; negative: not judged, as for stored articles)
    // and why it doubts it ("start guessed: no dateline"), for the reader to know where to look.
    double confidence = -1;
    QStringList doubts;
    // Where the piece goes on or comes from (下转第3版 → "第3版"), if a jump line says so.
    QString continuedOn;
    QString continuedFrom;
    // Lines of the source text (0-based, inclusive) the piece was built from, for previews.
    int firstSourceLine = -1;
    int lastSourceLine = -1;
    // Where the piece stands on the printed page (points from the top-left corner), when the format
    // knows the layout (PDF); empty otherwise.
    QRectF region;
    // Marked "not an article" by the reader (an advertisement, page furniture): kept and restorable, but
    // out of search, issue contents and entity counts.
    bool hidden = false;

    QString bodyText() const { return paragraphs.join(QLatin1Char('\n')); }
};

struct Page
{
    QString source;   // file path as given
    QString encoding; // as detected
    QDate date;       // issue date, when a header states it
    QString label;    // page label such as A08
    QString section;  // section name such as 温县新闻
    QList<Article> articles;
    // What the reader should know about the page as a whole ("no text layer — OCR is not supported").
    QStringList warnings;
};

} // namespace kanbao
