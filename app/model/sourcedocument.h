#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace kanbao {

// What a page format read from one file, before reconstruction: the text and, when the format knows it,
// where each line and word sat on the printed page. Text formats fill `text` and one page of lines without
// geometry; a layout format (PDF) fills boxes, type sizes and rotation so reconstruction can use them.
// Geometry is in points from the page's top-left corner; an empty box means "not known".

struct SourceWord
{
    QString text;
    QRectF box;
    double fontSize = 0; // 0: not known
    bool bold = false;
    int rotation = 0; // degrees clockwise: 0, 90, 180, 270
};

struct SourceLine
{
    QString text;
    QRectF box;
    double fontSize = 0;
    int rotation = 0;
    QList<SourceWord> words; // empty when the format gives no word geometry
};

struct SourcePage
{
    QString label;    // a page label the format knows (a PDF page label); empty otherwise
    QSizeF size;      // printed page size in points; empty when not known
    bool hasTextLayer = true;
    QList<SourceLine> lines;

    // A page of plain text lines, without geometry.
    static SourcePage fromText(const QString &text)
    {
        SourcePage page;
        const QStringList lines = text.split(QLatin1Char('\n'));
        page.lines.reserve(lines.size());
        for (const QString &line : lines)
            page.lines.append(SourceLine{line, {}, 0, 0, {}});
        return page;
    }
};

struct SourceDocument
{
    QString path;     // the file as given
    QString format;   // PageFormat::id() of the format that read it
    QString encoding; // "UTF-8", "GB18030", … for text formats; empty for binary formats
    QString text;     // all the text, line endings normalised to '\n'
    QList<SourcePage> pages;
    // What the format could read only in part, for the user: "3 invalid byte sequences replaced (the
    // first at byte 1,234)". The document is still imported, flagged with these.
    QStringList warnings;

    bool hasGeometry() const
    {
        for (const SourcePage &page : pages)
            for (const SourceLine &line : page.lines)
                if (!line.box.isEmpty())
                    return true;
        return false;
    }
};

} // namespace kanbao
