#pragma once

#include <QString>
#include <QStringView>

namespace kanbao::textflow {

// Character classes of Chinese newspaper text. "Wide" characters take a full em in print: ideographs,
// CJK and full-width punctuation, curly quotes, dashes, box and bullet symbols. Everything else (ASCII
// letters, digits, half-width punctuation) takes half an em.
bool isHan(char32_t c);

// Inline: these run on every character of every page.
inline bool isWide(char32_t c)
{
    if (c < 0x80)
        return false;
    if (c < 0x2000)
        return c == 0x00B7 || c == 0x00D7 || c == 0x00F7 || c >= 0x1100;
    if (c <= 0x200F)
        return false; // spaces and zero-width marks
    if (c >= 0xFF61 && c <= 0xFFDC)
        return false; // half-width forms
    return true;
}

inline bool isSpace(char32_t c)
{
    if (c > 0x3000)
        return false;
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
           || c == 0x205F || c == '\r' || c == '\v' || c == '\f' || c == '\n';
}
// Arrows printed in captions to point at their photo (⬆⬅…).
bool isArrow(char32_t c);

// Printed width of a line in ems: wide characters count 1, others (and inner spaces) 0.5.
double displayWidth(QStringView line);
// Number of visible (non-space) code points.
qsizetype visibleLength(QStringView text);

// True when the line is set with justification spacing: single characters separated by spaces
// ("市 政 协 副 主 席"). Such lines fill their column whatever their character count.
bool isJustificationSpaced(QStringView line);

// The text ends a sentence: 。！？… possibly followed by closing quotes or brackets.
bool endsSentence(QStringView text);
// Last visible character after skipping closing quotes/brackets.
char32_t lastSignificant(QStringView text);

// Joins two wrapped lines of one paragraph. A line break inside a Latin word pair becomes a space;
// every other break disappears.
// `spaced` says the line is set with justification spacing (isJustificationSpaced), when known.
void appendLine(QString &paragraph, QStringView line, int spaced = -1);

// Paragraph clean-up: whitespace runs collapse, and whitespace next to a wide character disappears
// ("1 号厂房" → "1号厂房", "GSP 仓库" → "GSP仓库"), while a space between two Latin/digit tokens stays.
// Control and zero-width characters are dropped.
QString cleanText(QStringView text);

// Title clean-up: like cleanText, but a space between two multi-character phrases is kept as a single
// space ("创优营商环境 赋能“三十工程”"), while justification spacing ("百 字 新 闻") disappears.
QString cleanTitle(QStringView text);

// All whitespace removed: names in bylines.
QString squashSpaces(QStringView text);

} // namespace kanbao::textflow
