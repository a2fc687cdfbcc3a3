#pragma once

#include "model/article.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kanbao::bylines {

// Names found in one byline, by role.
struct Credits
{
    QStringList reporters;
    QStringList correspondents;
    QStringList authors;
    QStringList photographers;

    bool isEmpty() const
    {
        return reporters.isEmpty() && correspondents.isEmpty() && authors.isEmpty() && photographers.isEmpty();
    }
    void mergeInto(Article &article) const;
    void merge(const Credits &other);
};

// Splits a list of personal names as printed in bylines: "白靖杰 黄福兴", "陈炜伟、李昌瑞", and names set
// with justification spacing ("杜 玲"). Returns false when a piece cannot be a name (too long, digits,
// punctuation), which tells callers the text was not a byline after all.
bool splitNames(QStringView text, QStringList *names);

// Who a name belongs to when the byline says nothing or names a role.
enum class Target { Reporters, Correspondents, Authors, Photographers };
struct RoleMap
{
    Target unlabelled = Target::Authors;  // names before any role word
    Target reporter = Target::Reporters;  // 记者, 见习记者, 实习生
    Target correspondent = Target::Correspondents; // 通讯员
};

// Parses "记者付凯明 通讯员陈永正", "本报记者 付凯明 见习记者 马雅宁", "李欣". False when any part is not
// names or role words.
bool parseRoles(QStringView text, const RoleMap &map, Credits *out);

// How a paragraph opens.
enum class Opener {
    None,
    Local,   // 本报讯 (and 本报北京讯 …)
    Again,   // 又讯: a second dispatch
    Wire,    // 新华社北京4月8日电
    Brief,   // ● item
    Arrow,   // caption pointing at its photo
};

struct Lead
{
    Opener opener = Opener::None;
    qsizetype consumed = 0; // characters of the paragraph taken by the marker and its parenthetical
    QString keep;           // text to keep in place of them (the wire dateline)
    Credits credits;
};

Lead parseLead(QStringView paragraph);

// A line that is a byline and nothing else.
enum class LineKind {
    None,
    Staff,       // 本报记者 郭树勋, 新华社记者 王悦阳, 本报记者 杜 玲 整理
    Author,      // □高 亢
    Attribution, // （白靖杰 黄福兴）
    Credit,      // 本报记者 刘金元 摄, 宋嘉祺 摄
    Dateline,    // （新华社北京4月8日电）
    Agency,      // （新华社发）: credit tail with no names
    Jump,        // （下转第3版）, （上接第1版）: where the piece goes on or comes from
};

struct LineByline
{
    LineKind kind = LineKind::None;
    Credits credits;
    bool wire = false; // the line names Xinhua (or another agency)
    QString jump;       // Jump: the page named (第3版)
    bool onward = false; // Jump: 下转 (goes on there) rather than 上接 (comes from there)
};

LineByline parseLine(QStringView line);

// What closes a paragraph: a trailing （姓名） attribution, a photo credit, a wire dateline.
struct Trailer
{
    qsizetype cut = -1;  // paragraph length without the removed trailer; -1 when nothing was found
    Credits credits;
    bool credit = false;      // a photo credit was found
    bool attribution = false; // a （姓名） attribution was found
    QString dateline;         // （新华社北京4月8日电）, kept in the text by callers
};

// Peels every trailer off the end of a paragraph (credit, agency tag, attribution, dateline).
Trailer parseTrailer(QStringView paragraph);

} // namespace kanbao::bylines
