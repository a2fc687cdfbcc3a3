#pragma once

#include "model/article.h"
#include "reconstruct/bylines.h"
#include "reconstruct/pageheader.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace kanbao::rawlayout {

// What one line of raw PDF text is, judged on the line alone.
enum class LineKind {
    Blank,
    Header,  // running head: masthead, page label, desk credits
    Text,    // article text, title or label; context decides
    Opener,  // starts a piece: 本报讯, 新华社…电, 又讯, ● brief, caption arrow
    Byline,  // a byline and nothing else (staff, □author, （姓名）, credit, dateline)
    VChar,   // one character: part of a vertical headline, or a stray wrapped character
    Label,   // ■新华时评: a column label by its marker
};

struct Line
{
    QStringView text; // trimmed
    int source = 0;   // 0-based line number in the input
    double width = 0; // printed width in ems
    bool indented = false;         // any leading whitespace
    bool paragraphIndent = false;  // a printed paragraph indent kept by the extractor (　　, two spaces)
    bool spaced = false;     // justification spacing
    bool terminated = false; // ends a sentence (trailing attribution or credit included)
    bool credited = false;   // ends with a photo credit (… 摄)
    bool attributed = false; // ends with a （姓名） attribution
    bool creditNote = false; // 制图：某某, 数据来源：…: a line of its own under the text
    LineKind kind = LineKind::Blank;
    pageheader::HeaderLine header;
    bylines::LineByline byline;
    bylines::Opener opener = bylines::Opener::None;
};

Line classifyLine(QStringView raw, int source);

// Units of the page once lines are grouped: paragraphs, title lines, vertical headlines, labels,
// standalone bylines and running heads, in reading order.
enum class UnitKind { Paragraph, Title, Vertical, Label, Byline, Header };

struct Unit
{
    UnitKind kind = UnitKind::Paragraph;
    QString text;         // paragraph: raw joined text; title/label: the line
    QStringList columns;  // vertical headline columns
    int firstLine = 0;
    int lastLine = 0;
    int lineCount = 0;
    double width = 0;        // title: line width; paragraph: widest line
    double column = 0;       // paragraph: column width estimate
    bool blankBefore = true; // a blank line (or nothing) separates it from what precedes
    bool blankAfter = true;
    bool credited = false; // paragraph: ends with a photo credit
    bylines::Opener opener = bylines::Opener::None;
    bylines::LineByline byline;
    pageheader::HeaderLine header;
};

// Groups classified lines into units: wrapped lines join into paragraphs across column breaks; short
// lines that cannot belong to a paragraph become title lines.
QList<Unit> groupLines(const QList<Line> &lines);

// Assembles units into pages of articles. Headlines follow their bodies in this extraction.
QList<Page> assemble(const QList<Unit> &units);

// The whole pipeline over raw text.
QList<Page> reconstruct(QStringView text);

} // namespace kanbao::rawlayout
