#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kanbao::titleblock {

// Title lines printed together, as the text shows them: lines with no blank line between form one
// group; each column of a vertical headline is a group of its own.
struct TitleGroup
{
    QStringList lines;
    bool vertical = false;
};

struct TitleParts
{
    QString kicker;      // 引题, printed above the headline
    QString headline;    // 主题
    QString subheadline; // 副题, usually opening with ——
};

// Splits a title block into kicker, headline and subheadline. A line opening with a dash is the
// subheadline; of the groups before it, the last is the headline and earlier ones the kicker. For
// vertical headlines, leading columns that are all longer than the rest form the kicker (a long
// 引题 column beside short 主题 columns).
TitleParts composeTitle(const QList<TitleGroup> &groups);

// The text of a title line: cleaned, justification spacing removed, phrase spaces kept.
QString titleText(const QString &line);

// How much of a title's wording the text repeats: the share of the title's Han character pairs found in
// text. Headlines reuse the words of their lead, so this tells which of two bodies a title between them
// belongs to whatever the paper. 0 when the title has no pair.
double leadOverlap(QStringView title, QStringView text);

// A subhead by its form: an enumerated heading (一、 （二） 3. 第四，), which a news headline never is.
bool isEnumeratedHeading(QStringView line);

// A credit or source note printed under a graphic (制图：…, 数据来源：…): body text, never a title.
bool isCreditNote(QStringView line);

// Whether a line's form allows it to be (part of) a title: a title closes no parenthesis it did not open
// (…毛振华） ends a wrapped byline) and holds no sentence end before its last character (a line that
// does is running text broken at the column edge).
bool couldBeTitleLine(QStringView line);

// A quotation's attribution on a line of its own (——习近平, ——编者): body text, not a subtitle.
bool isQuoteAttribution(QStringView line);

// A line that announces a part of an article (核心阅读, 编者按, 阅读提示): body text, never a title.
bool isSectionMarker(QStringView line);

} // namespace kanbao::titleblock
