#include "reconstruct/pdflayout.h"

#include "reconstruct/bylines.h"
#include "reconstruct/pageheader.h"
#include "reconstruct/rawlayout.h"
#include "reconstruct/textflow.h"
#include "reconstruct/titleblock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <vector>

namespace kanbao::pdflayout {

namespace {

// Type at least this much larger than the body type is title type. Newspapers set kickers and
// subheadlines a size or two above the body (body 9–10 pt, subheads 11–12 pt), headlines far larger.
constexpr double kTitleScale = 1.15;
// Type this much larger than the body type is not body type: a kicker or subheadline when it stands next to
// a title (9.5 pt body, 11 pt subheadline).
constexpr double kSubheadScale = 1.06;
// Running heads and feet sit in these bands of the page height.
constexpr double kHeadBand = 0.1;
constexpr double kFootBand = 0.06;

struct Line
{
    QString text;
    QRectF box;
    double size = 0;
};

struct TitleBlock
{
    QList<Line> lines;  // horizontal title lines
    QList<Line> columns; // vertical headline columns, in reading order (right to left)
    QRectF box;
    bool vertical() const { return !columns.isEmpty(); }
};

struct Segment
{
    QList<Line> lines;
    QRectF box;
    int anchor = -1;
    int column = 0; // cluster of left edges within its piece
};

struct Anchor
{
    int title = -1;   // index into the title blocks; -1 for an untitled piece
    double top = 0;    // segments below this belong to it
    double left = 0;
    double right = 0;
    QList<int> segments;
};

double overlap(double a0, double a1, double b0, double b1)
{
    return qMax(0.0, qMin(a1, b1) - qMax(a0, b0));
}

double xOverlap(const QRectF &a, const QRectF &b)
{
    return overlap(a.left(), a.right(), b.left(), b.right());
}

double yOverlap(const QRectF &a, const QRectF &b)
{
    return overlap(a.top(), a.bottom(), b.top(), b.bottom());
}

double xGap(const QRectF &a, const QRectF &b)
{
    return qMax(a.left(), b.left()) - qMin(a.right(), b.right());
}

// The size most characters are set in, to the quarter point.
double bodySize(const QList<Line> &lines)
{
    std::map<int, qsizetype> chars;
    for (const Line &l : lines)
        chars[qRound(l.size * 4)] += textflow::visibleLength(l.text);
    int best = 0;
    qsizetype most = -1;
    for (const auto &[size, count] : chars)
        if (count > most) {
            best = size;
            most = count;
        }
    return qMax(1.0, best / 4.0);
}

bool isFurnitureText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|星期[一二三四五六日天]|第\\s*\\d+\\s*版|"
        "(?:责任编辑|编辑|校对|版式设计|版式|美编|组版|新闻热线)\\s*[：:]"));
    return pattern.match(text).hasMatch() || pageheader::parseLine(text).kind != pageheader::LineKind::None
           || (pageheader::isFurnitureCandidate(text) && textflow::visibleLength(text) <= 12);
}

void readFurniture(const QString &text, Page &page)
{
    const pageheader::HeaderLine header = pageheader::parseLine(text);
    if (header.date.isValid() && !page.date.isValid())
        page.date = header.date;
    if (!header.label.isEmpty() && page.label.isEmpty())
        page.label = header.label;
    if (!header.section.isEmpty() && page.section.isEmpty())
        page.section = header.section;
    static const QRegularExpression date(QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    const QRegularExpressionMatch d = date.match(text);
    if (d.hasMatch() && !page.date.isValid())
        page.date = QDate(d.captured(1).toInt(), d.captured(2).toInt(), d.captured(3).toInt());
    static const QRegularExpression label(QStringLiteral("第\\s*(\\d+)\\s*版"));
    const QRegularExpressionMatch l = label.match(text);
    if (l.hasMatch() && page.label.isEmpty())
        page.label = QStringLiteral("第%1版").arg(l.captured(1)); // as the running-head parser gives it
}

QString joinTitleLines(const QList<Line> &lines)
{
    QString out;
    for (const Line &l : lines) {
        const QString t = titleblock::titleText(l.text);
        if (!out.isEmpty() && !t.isEmpty() && !textflow::isWide(out.back().unicode())
            && !textflow::isWide(t.front().unicode()))
            out += QLatin1Char(' ');
        out += t;
    }
    return out;
}

// Kicker, headline and subheadline of a block of horizontal title lines: rows of one size form a group;
// the group in the largest type is the headline.
titleblock::TitleParts composeHorizontal(QList<Line> lines)
{
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.box.top() < b.box.top() || (a.box.top() == b.box.top() && a.box.left() < b.box.left());
    });
    QList<QList<Line>> groups;
    QList<double> sizes;
    for (const Line &l : std::as_const(lines)) {
        if (!groups.isEmpty() && qAbs(sizes.last() - l.size) <= qMax(sizes.last(), l.size) * 0.08) {
            groups.last() << l;
            continue;
        }
        groups.append({l});
        sizes.append(l.size);
    }
    titleblock::TitleParts parts;
    if (groups.isEmpty())
        return parts;
    qsizetype head = 0;
    for (qsizetype i = 1; i < sizes.size(); ++i)
        if (sizes[i] > sizes[head] * 1.05)
            head = i;
    QList<Line> before, after;
    for (qsizetype i = 0; i < groups.size(); ++i)
        (i < head ? before : after) << (i == head ? QList<Line>() : groups[i]);
    parts.kicker = joinTitleLines(before);
    parts.headline = joinTitleLines(groups[head]);
    parts.subheadline = joinTitleLines(after);
    // One size throughout: the dash rule of the shared title composer still tells a subheadline.
    if (groups.size() == 1 && groups[0].size() > 1) {
        QList<titleblock::TitleGroup> g{{{}, false}};
        for (const Line &l : std::as_const(groups[0]))
            g[0].lines << l.text;
        const titleblock::TitleParts byDash = titleblock::composeTitle(g);
        if (!byDash.subheadline.isEmpty())
            parts = byDash;
    }
    return parts;
}

titleblock::TitleParts composeVertical(const QList<Line> &columns)
{
    QList<titleblock::TitleGroup> groups;
    for (const Line &c : columns)
        groups << titleblock::TitleGroup{{c.text}, true};
    return titleblock::composeTitle(groups);
}

// What each doubt costs the piece's confidence (as for raw text pages, rawlayout.cpp).
constexpr double kDoubtNoOpener = 0.85;
constexpr double kDoubtNoTitle = 0.6;
constexpr double kDoubtUnrelatedTitle = 0.7;
constexpr double kDoubtFragment = 0.6;
constexpr qsizetype kFragmentChars = 40;
constexpr qsizetype kLeadChars = 240;

class PageBuilder
{
public:
    PageBuilder(const SourcePage &source, Page &page)
        : m_source(source), m_page(page)
    {
    }
    void run();

private:
    void splitLines();
    void findTitles();
    bool isGutter(double from, double to, double below) const;
    void findSegments();
    void anchorSegments();
    Article buildArticle(const Anchor &anchor);
    QStringList paragraphsOf(QList<Segment *> segments) const;

    const SourcePage &m_source;
    Page &m_page;
    double m_body = 10;
    QList<Line> m_bodyLines;
    QList<Line> m_titleLines;
    QList<Line> m_verticalColumns;
    QList<TitleBlock> m_titles;
    QList<Segment> m_segments;
    QList<Anchor> m_anchors;
};

// Lines the reader ran across a narrow gutter, cut where a column starts: a gap between two words is a
// gutter when other lines of the page start where it ends and other text stops where it begins.
QList<SourceLine> cutAtGutters(const QList<SourceLine> &lines)
{
    QList<double> starts, ends;
    for (const SourceLine &l : lines)
        if (l.rotation == 0 && !l.box.isEmpty()) {
            starts << l.box.left();
            for (const SourceWord &w : l.words)
                ends << w.box.right();
        }
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    const auto count = [](const QList<double> &sorted, double x, double tolerance) {
        const auto from = std::lower_bound(sorted.cbegin(), sorted.cend(), x - tolerance);
        const auto to = std::upper_bound(sorted.cbegin(), sorted.cend(), x + tolerance);
        return to - from;
    };
    QList<SourceLine> out;
    for (const SourceLine &l : lines) {
        if (l.rotation != 0 || l.words.size() < 2) {
            out << l;
            continue;
        }
        // A justified line spreads its slack between its characters: in a short line the gaps can reach
        // half an em, and since Chinese type is set on a grid of ems they line up with the indents of the
        // lines around. A gutter is wider than the line's other gaps.
        std::vector<double> gaps;
        for (qsizetype i = 1; i < l.words.size(); ++i)
            gaps.push_back(l.words[i].box.left() - l.words[i - 1].box.right());
        std::vector<double> sortedGaps = gaps;
        std::sort(sortedGaps.begin(), sortedGaps.end());
        SourceLine part;
        for (qsizetype i = 0; i < l.words.size(); ++i) {
            const SourceWord &w = l.words[i];
            if (!part.words.isEmpty()) {
                const SourceWord &prev = part.words.constLast();
                const double size = qMax(1.0, qMax(prev.fontSize, w.fontSize));
                const double gap = w.box.left() - prev.box.right();
                // The line's usual gap, this one left out (a line of two words has none).
                double usual = 0;
                if (sortedGaps.size() >= 2) {
                    const size_t middle = sortedGaps.size() / 2;
                    usual = sortedGaps[middle] == gap && middle > 0 ? sortedGaps[middle - 1] : sortedGaps[middle];
                }
                // A gutter: lines start right after it and text stops right before it.
                if (gap > 0.5 * size && gap > 2 * usual + 0.1 * size && count(starts, w.box.left(), 0.5 * size) >= 3
                    && count(ends, prev.box.right(), 0.5 * size) >= 3) {
                    out << part;
                    part = SourceLine();
                }
            }
            if (!part.words.isEmpty() && w.box.left() - part.words.constLast().box.right() > 0.15 * w.fontSize)
                part.text += QLatin1Char(' ');
            part.text += w.text;
            part.box = part.box.isNull() ? w.box : part.box.united(w.box);
            part.fontSize = part.fontSize > 0 ? qMax(part.fontSize, w.fontSize) : w.fontSize;
            part.words << w;
        }
        if (out.isEmpty() || part.words.size() == l.words.size())
            out << (part.words.size() == l.words.size() ? l : part);
        else
            out << part;
    }
    return out;
}

void PageBuilder::splitLines()
{
    QList<Line> horizontal;
    QList<Line> all;
    for (const SourceLine &sl : cutAtGutters(m_source.lines)) {
        const QString text = sl.text.trimmed();
        if (text.isEmpty() || sl.box.isEmpty())
            continue;
        Line l{text, sl.box, sl.fontSize > 0 ? sl.fontSize : qMin(sl.box.width(), sl.box.height())};
        if (sl.rotation == 90 || sl.rotation == 270)
            m_verticalColumns << l;
        else
            all << l;
    }
    const double pageHeight = m_source.size.height() > 0 ? m_source.size.height() : 0;
    m_body = bodySize(all);

    // Running heads and feet: furniture text in the bands, and whatever shares a row with it.
    if (pageHeight > 0) {
        QList<QRectF> furnitureRows;
        for (const Line &l : std::as_const(all)) {
            const double y = l.box.center().y();
            if ((y < pageHeight * kHeadBand || y > pageHeight * (1 - kFootBand)) && isFurnitureText(l.text))
                furnitureRows << l.box;
        }
        QList<Line> kept;
        for (const Line &l : std::as_const(all)) {
            const double y = l.box.center().y();
            bool furniture = false;
            if (y < pageHeight * kHeadBand || y > pageHeight * (1 - kFootBand))
                for (const QRectF &r : std::as_const(furnitureRows))
                    furniture = furniture || yOverlap(r, l.box) > qMin(r.height(), l.box.height()) * 0.5;
            if (furniture)
                readFurniture(l.text, m_page);
            else
                kept << l;
        }
        all = kept;
    }

    // Vertical headlines set upright: single characters in title type stacked in one column.
    QList<Line> singles;
    for (const Line &l : std::as_const(all)) {
        if (textflow::visibleLength(l.text) == 1 && l.size >= m_body * kTitleScale)
            singles << l;
        else
            horizontal << l;
    }
    std::sort(singles.begin(), singles.end(), [](const Line &a, const Line &b) {
        return a.box.top() < b.box.top() || (a.box.top() == b.box.top() && a.box.left() < b.box.left());
    });
    QList<QList<Line>> stacks;
    for (const Line &c : std::as_const(singles)) {
        bool placed = false;
        for (QList<Line> &s : stacks) {
            const Line &last = s.last();
            if (qAbs(last.box.center().x() - c.box.center().x()) < 0.35 * last.size
                && c.box.top() - last.box.bottom() < 0.8 * last.size && c.box.top() > last.box.top()
                && qAbs(last.size - c.size) < 0.15 * last.size) {
                s << c;
                placed = true;
                break;
            }
        }
        if (!placed)
            stacks.append({c});
    }
    for (const QList<Line> &s : std::as_const(stacks)) {
        if (s.size() < 2) {
            horizontal << s;
            continue;
        }
        Line column{{}, s.first().box, s.first().size};
        for (const Line &c : s) {
            column.text += c.text.trimmed();
            column.box = column.box.united(c.box);
        }
        m_verticalColumns << column;
    }

    for (const Line &l : std::as_const(horizontal)) {
        if (l.size >= m_body * kTitleScale)
            m_titleLines << l;
        else
            m_bodyLines << l;
    }
}

// Whether the space between two title lines on one row is a gutter between columns (a column of body
// text starts in it below) rather than the space between two phrases of one headline. The column may
// start well below its headline: a photo often stands between them.
bool PageBuilder::isGutter(double from, double to, double below) const
{
    for (const Line &b : m_bodyLines)
        if (b.box.top() >= below && b.box.top() < below + 40 * m_body && b.box.left() >= from - 0.5 * m_body
            && b.box.left() <= to + 0.5 * m_body)
            return true;
    return false;
}

void PageBuilder::findTitles()
{
    std::sort(m_titleLines.begin(), m_titleLines.end(), [](const Line &a, const Line &b) {
        return a.box.top() < b.box.top() || (a.box.top() == b.box.top() && a.box.left() < b.box.left());
    });
    for (const Line &l : std::as_const(m_titleLines)) {
        int into = -1;
        for (qsizetype i = 0; i < m_titles.size() && into < 0; ++i) {
            const TitleBlock &t = m_titles[i];
            if (t.vertical())
                continue;
            const Line &last = t.lines.last();
            const double size = qMax(last.size, l.size);
            const bool below = l.box.top() - t.box.bottom() < size * 1.0 && l.box.top() >= t.box.top()
                               && xOverlap(l.box, t.box) > 0.3 * qMin(l.box.width(), t.box.width());
            const bool beside = yOverlap(l.box, last.box) > 0.5 * qMin(l.box.height(), last.box.height())
                                && xGap(l.box, t.box) < size * 3 && qAbs(l.size - last.size) < size * 0.1
                                && !isGutter(qMin(l.box.right(), t.box.right()), qMax(l.box.left(), t.box.left()),
                                             l.box.bottom());
            if (below || beside)
                into = int(i);
        }
        if (into < 0) {
            m_titles.append(TitleBlock{{l}, {}, l.box});
        } else {
            m_titles[into].lines << l;
            m_titles[into].box = m_titles[into].box.united(l.box);
        }
    }
    // Kickers and subheadlines are set a size above the body, sometimes less than title type: a line in
    // such type (not the body's size) right above or under a title, over the same columns, belongs to it;
    // so does the next line of the same size (a kicker or subheadline of two or three lines).
    for (bool grew = true; grew;) {
        grew = false;
        for (qsizetype i = 0; i < m_bodyLines.size(); ++i) {
            const Line &l = m_bodyLines[i];
            if (l.size < m_body * kSubheadScale)
                continue;
            for (TitleBlock &t : m_titles) {
                if (t.vertical())
                    continue;
                const double gapAbove = t.box.top() - l.box.bottom();
                const double gapBelow = l.box.top() - t.box.bottom();
                const bool next = (gapAbove > -0.3 * l.size && gapAbove < 0.8 * l.size)
                                  || (gapBelow > -0.3 * l.size && gapBelow < 0.8 * l.size);
                if (!next || xOverlap(l.box, t.box) < 0.5 * qMin(l.box.width(), t.box.width()))
                    continue;
                t.lines << l;
                t.box = t.box.united(l.box);
                m_bodyLines.removeAt(i--);
                grew = true;
                break;
            }
        }
    }
    // A line of body type opening with a dash right under a title is its subheadline.
    for (qsizetype i = 0; i < m_bodyLines.size(); ++i) {
        const Line &l = m_bodyLines[i];
        if (!l.text.startsWith(u'—') && !l.text.startsWith(u'─'))
            continue;
        for (TitleBlock &t : m_titles) {
            if (!t.vertical() && l.box.top() >= t.box.bottom() - 1 && l.box.top() - t.box.bottom() < m_body * 1.5
                && xOverlap(l.box, t.box) > 0.3 * l.box.width()) {
                t.lines << l;
                t.box = t.box.united(l.box);
                m_bodyLines.removeAt(i--);
                break;
            }
        }
    }
    // Columns of one vertical headline stand side by side; they read from right to left.
    std::sort(m_verticalColumns.begin(), m_verticalColumns.end(),
              [](const Line &a, const Line &b) { return a.box.left() > b.box.left(); });
    QList<TitleBlock> vertical;
    for (const Line &c : std::as_const(m_verticalColumns)) {
        bool placed = false;
        for (TitleBlock &t : vertical) {
            if (yOverlap(c.box, t.box) > 0.3 * qMin(c.box.height(), t.box.height())
                && xGap(c.box, t.box) < 1.5 * qMax(c.size, t.columns.last().size)) {
                t.columns << c;
                t.box = t.box.united(c.box);
                placed = true;
                break;
            }
        }
        if (!placed)
            vertical.append(TitleBlock{{}, {c}, c.box});
    }
    m_titles << vertical;
}

void PageBuilder::findSegments()
{
    std::sort(m_bodyLines.begin(), m_bodyLines.end(), [](const Line &a, const Line &b) {
        return a.box.top() < b.box.top() || (a.box.top() == b.box.top() && a.box.left() < b.box.left());
    });
    for (const Line &l : std::as_const(m_bodyLines)) {
        int best = -1;
        double bestGap = 0;
        const double size = qMax(m_body, l.size);
        for (qsizetype i = 0; i < m_segments.size(); ++i) {
            const Segment &s = m_segments[i];
            const double gap = l.box.top() - s.box.bottom();
            if (gap < -0.5 * size || gap > 1.8 * size)
                continue;
            const bool aligned = qAbs(s.box.left() - l.box.left()) <= 2.5 * size
                                 || xOverlap(s.box, l.box) >= 0.6 * qMin(s.box.width(), l.box.width());
            if (!aligned || xOverlap(s.box, l.box) <= 0)
                continue;
            if (best < 0 || gap < bestGap) {
                best = int(i);
                bestGap = gap;
            }
        }
        // A title between the two lines ends the segment.
        if (best >= 0) {
            const QRectF between(l.box.left(), m_segments[best].box.bottom(), l.box.width(), bestGap);
            for (const TitleBlock &t : std::as_const(m_titles))
                if (between.height() > 0 && t.box.intersects(between))
                    best = -1;
        }
        if (best < 0) {
            m_segments.append(Segment{{l}, l.box});
        } else {
            m_segments[best].lines << l;
            m_segments[best].box = m_segments[best].box.united(l.box);
        }
    }
}

void PageBuilder::anchorSegments()
{
    // Each title claims the columns under (or beside) it: its own width, widened by the segments that
    // start right under it and stand next to what it already claims.
    for (qsizetype t = 0; t < m_titles.size(); ++t) {
        const TitleBlock &title = m_titles[t];
        Anchor a;
        a.title = int(t);
        a.top = title.vertical() ? title.box.top() - m_body : title.box.bottom() - 0.5 * m_body;
        a.left = title.box.left();
        a.right = title.box.right();
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Segment &s : std::as_const(m_segments)) {
                if (s.box.left() >= a.left - 0.5 && s.box.right() <= a.right + 0.5)
                    continue;
                const double start = title.vertical() ? title.box.top() : title.box.bottom();
                // A vertical headline stands beside its text: a column may start anywhere along it (under
                // a few lines of bylines, say), not only at its top.
                const double latest = title.vertical() ? qMax(start + 4 * m_body, title.box.bottom() - 2 * m_body)
                                                       : start + 4 * m_body;
                if (s.box.top() < start - m_body || s.box.top() > latest)
                    continue;
                const QRectF claimed(a.left, a.top, a.right - a.left, 1);
                if (xGap(s.box, claimed) > 2.5 * m_body)
                    continue;
                // Not when another title stands between (the segment has its own title above it).
                bool own = false;
                for (qsizetype o = 0; o < m_titles.size() && !own; ++o) {
                    const QRectF &ob = m_titles[o].box;
                    own = o != t && ob.bottom() <= s.box.top() + m_body && s.box.top() - ob.bottom() < 4 * m_body
                          && xOverlap(ob, s.box) > 0.3 * s.box.width();
                    // A vertical headline beside the segment's first lines is its own title too.
                    own = own || (o != t && m_titles[o].vertical() && yOverlap(ob, s.box) > 0
                                  && qAbs(ob.top() - s.box.top()) < 2 * m_body && xGap(ob, s.box) < 2.5 * m_body
                                  && xGap(ob, s.box) < xGap(title.box, s.box));
                }
                if (own)
                    continue;
                a.left = qMin(a.left, s.box.left());
                a.right = qMax(a.right, s.box.right());
                grew = true;
            }
        }
        m_anchors << a;
    }
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        Segment &s = m_segments[i];
        int best = -1;
        for (qsizetype a = 0; a < m_anchors.size(); ++a) {
            const Anchor &anchor = m_anchors[a];
            if (anchor.top > s.box.top() + 0.8 * m_body)
                continue;
            if (overlap(anchor.left, anchor.right, s.box.left(), s.box.right()) < 0.3 * s.box.width())
                continue;
            if (best < 0 || anchor.top > m_anchors[best].top)
                best = int(a);
        }
        s.anchor = best;
    }
    // Segments no title claims form untitled pieces: neighbours that start together, or one under another.
    QList<int> orphans;
    for (qsizetype i = 0; i < m_segments.size(); ++i)
        if (m_segments[i].anchor < 0)
            orphans << int(i);
    std::sort(orphans.begin(), orphans.end(), [this](int a, int b) {
        return m_segments[a].box.left() < m_segments[b].box.left()
               || (m_segments[a].box.left() == m_segments[b].box.left() && m_segments[a].box.top() < m_segments[b].box.top());
    });
    for (int i : std::as_const(orphans)) {
        Segment &s = m_segments[i];
        for (qsizetype a = 0; a < m_anchors.size() && s.anchor < 0; ++a) {
            const Anchor &anchor = m_anchors[a];
            if (anchor.title >= 0)
                continue;
            for (int j : anchor.segments) {
                const QRectF &o = m_segments[j].box;
                const bool besideTop = qAbs(o.top() - s.box.top()) < 3 * m_body && xGap(o, s.box) < 2.5 * m_body;
                const bool under = xOverlap(o, s.box) > 0 && s.box.top() - o.bottom() < 3 * m_body
                                   && s.box.top() > o.top();
                if (besideTop || under) {
                    s.anchor = int(a);
                    break;
                }
            }
        }
        if (s.anchor < 0) {
            Anchor a;
            a.top = s.box.top();
            a.left = s.box.left();
            a.right = s.box.right();
            m_anchors << a;
            s.anchor = int(m_anchors.size() - 1);
        }
        m_anchors[s.anchor].segments << i;
    }
    for (qsizetype i = 0; i < m_segments.size(); ++i)
        if (m_anchors[m_segments[i].anchor].title >= 0)
            m_anchors[m_segments[i].anchor].segments << int(i);
}

QStringList PageBuilder::paragraphsOf(QList<Segment *> segments) const
{
    // Columns of the piece: clusters of left edges.
    QList<double> lefts;
    for (const Segment *s : segments)
        lefts << s->box.left();
    std::sort(lefts.begin(), lefts.end());
    QList<double> starts; // first left of each cluster
    for (double l : std::as_const(lefts))
        if (starts.isEmpty() || l - starts.last() > 2.5 * m_body)
            starts << l;
    QHash<int, QPair<double, double>> edges; // cluster -> (left, right) of its text
    QHash<int, QList<double>> rights;
    for (Segment *s : segments) {
        int c = 0;
        for (qsizetype k = 0; k < starts.size(); ++k)
            if (s->box.left() >= starts[k] - 0.01)
                c = int(k);
        s->column = c;
        double left = s->box.left();
        for (const Line &l : std::as_const(s->lines)) {
            left = qMin(left, l.box.left());
            rights[c] << l.box.right();
        }
        auto it = edges.find(c);
        if (it == edges.end())
            edges.insert(c, {left, s->box.right()});
        else
            *it = {qMin(it->first, left), qMax(it->second, s->box.right())};
    }
    // The measure of a column is where most of its lines end (full lines); a stray long line does not move it.
    for (auto it = rights.begin(); it != rights.end(); ++it) {
        QList<double> &r = it.value();
        std::sort(r.begin(), r.end());
        edges[it.key()].second = r[r.size() * 3 / 4];
    }
    std::sort(segments.begin(), segments.end(), [](const Segment *a, const Segment *b) {
        return a->column < b->column || (a->column == b->column && a->box.top() < b->box.top());
    });
    QStringList paragraphs;
    QString current;
    bool closed = true;
    for (const Segment *s : std::as_const(segments)) {
        const auto [colLeft, colRight] = edges.value(s->column);
        QList<Line> lines = s->lines;
        std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); });
        for (const Line &l : std::as_const(lines)) {
            const double size = qMax(1.0, l.size);
            const bool indented = l.box.left() - colLeft > 0.8 * size;
            if ((indented || closed) && !current.isEmpty()) {
                paragraphs << textflow::cleanText(current);
                current.clear();
            }
            textflow::appendLine(current, l.text);
            const bool shortLine = l.box.right() < colRight - 1.2 * size;
            closed = shortLine && (textflow::endsSentence(l.text) || l.box.right() < colRight - 3 * size);
        }
    }
    if (!current.isEmpty())
        paragraphs << textflow::cleanText(current);
    return paragraphs;
}

Article PageBuilder::buildArticle(const Anchor &anchor)
{
    Article a;
    QList<Segment *> segments;
    QRectF region;
    for (int i : anchor.segments) {
        segments << &m_segments[i];
        region = region.isNull() ? m_segments[i].box : region.united(m_segments[i].box);
    }
    bool commentary = false;
    bool photoCredit = false;
    bool staff = false;
    bool wire = false;
    bylines::Opener opener = bylines::Opener::None;
    if (anchor.title >= 0) {
        const TitleBlock &t = m_titles[anchor.title];
        region = region.isNull() ? t.box : region.united(t.box);
        const titleblock::TitleParts parts = t.vertical() ? composeVertical(t.columns) : composeHorizontal(t.lines);
        a.kicker = parts.kicker;
        a.headline = parts.headline;
        a.subheadline = parts.subheadline;
    }
    a.region = region;

    QStringList paragraphs;
    const QStringList raw = paragraphsOf(segments);
    for (const QString &p : raw) {
        const bylines::LineByline b = bylines::parseLine(p);
        switch (b.kind) {
        case bylines::LineKind::Staff:
        case bylines::LineKind::Attribution:
            b.credits.mergeInto(a);
            staff = staff || b.kind == bylines::LineKind::Staff;
            wire = wire || b.wire;
            continue;
        case bylines::LineKind::Author:
            b.credits.mergeInto(a);
            commentary = true;
            continue;
        case bylines::LineKind::Credit:
            b.credits.mergeInto(a);
            photoCredit = true;
            // A credit on a line of its own is printed as a paragraph of the caption.
            if (!paragraphs.isEmpty())
                paragraphs << textflow::squashSpaces(p);
            continue;
        case bylines::LineKind::Dateline:
            if (!paragraphs.isEmpty()) {
                paragraphs.last() += textflow::squashSpaces(p);
                wire = true;
                continue;
            }
            break;
        case bylines::LineKind::Jump:
            (b.onward ? a.continuedOn : a.continuedFrom) = b.jump;
            continue;
        case bylines::LineKind::Agency:
            continue;
        case bylines::LineKind::None:
            break;
        }
        paragraphs << p;
    }
    if (!paragraphs.isEmpty()) {
        bylines::Lead lead = bylines::parseLead(paragraphs.first());
        opener = lead.opener;
        lead.credits.mergeInto(a);
        if (lead.opener != bylines::Opener::None) {
            paragraphs.first() = textflow::cleanText(lead.keep + paragraphs.first().mid(lead.consumed));
            if (paragraphs.first().isEmpty())
                paragraphs.removeFirst();
        }
    }
    if (!paragraphs.isEmpty()) {
        QString &last = paragraphs.last();
        const bylines::Trailer trailer = bylines::parseTrailer(last);
        if (trailer.cut >= 0) {
            // The credit stays in the text as printed, as on text pages; its names also go to the byline.
            trailer.credits.mergeInto(a);
            photoCredit = photoCredit || trailer.credit;
            if (!trailer.dateline.isEmpty())
                wire = true;
        }
    }
    a.paragraphs = paragraphs;
    if (opener == bylines::Opener::Brief)
        a.kind = ArticleKind::Brief;
    else if (photoCredit && opener == bylines::Opener::None && !staff && !commentary)
        a.kind = ArticleKind::Photo;
    else if (opener == bylines::Opener::Wire || wire)
        a.kind = ArticleKind::Wire;
    else if (commentary)
        a.kind = ArticleKind::Commentary;

    double confidence = 1.0;
    const auto doubt = [&](double cost, const QString &reason) {
        confidence *= cost;
        a.doubts << reason;
    };
    const bool signedPiece = !a.reporters.isEmpty() || !a.correspondents.isEmpty() || !a.authors.isEmpty()
                             || !a.photographers.isEmpty();
    if (opener == bylines::Opener::None && !signedPiece && a.kind != ArticleKind::Photo)
        doubt(kDoubtNoOpener, QStringLiteral("start guessed: no dateline"));
    if (a.headline.isEmpty())
        doubt(kDoubtNoTitle, QStringLiteral("no headline found"));
    else if (!a.paragraphs.isEmpty()
             && titleblock::leadOverlap(a.kicker + a.headline + a.subheadline,
                                        QStringView(a.paragraphs.constFirst()).left(kLeadChars)) == 0
             && a.kind != ArticleKind::Commentary)
        doubt(kDoubtUnrelatedTitle, QStringLiteral("headline shares no words with the text"));
    qsizetype chars = 0;
    for (const QString &p : std::as_const(a.paragraphs))
        chars += p.size();
    if (chars < kFragmentChars && a.kind != ArticleKind::Photo && a.kind != ArticleKind::Brief)
        doubt(kDoubtFragment, QStringLiteral("very short: may be a fragment of another piece"));
    a.confidence = confidence;
    return a;
}

void PageBuilder::run()
{
    splitLines();
    findTitles();
    findSegments();
    anchorSegments();
    QList<int> order;
    for (qsizetype i = 0; i < m_anchors.size(); ++i)
        if (!m_anchors[i].segments.isEmpty())
            order << int(i);
    // Reading order of the pieces: by where each starts, top to bottom, then left to right.
    QList<Article> articles;
    for (int i : std::as_const(order)) {
        Article a = buildArticle(m_anchors[i]);
        if (!a.paragraphs.isEmpty())
            articles << a;
    }
    std::stable_sort(articles.begin(), articles.end(), [this](const Article &x, const Article &y) {
        const double xt = std::floor(x.region.top() / (2 * m_body));
        const double yt = std::floor(y.region.top() / (2 * m_body));
        return xt < yt || (xt == yt && x.region.left() < y.region.left());
    });
    m_page.articles = articles;
}

} // namespace

QString noTextLayerWarning()
{
    return QCoreApplication::translate("kanbao::pdflayout", "no text layer — OCR is not supported");
}

QList<Page> reconstruct(const SourceDocument &doc)
{
    if (!doc.hasGeometry()) {
        bool anyText = false;
        for (const SourcePage &p : doc.pages)
            anyText = anyText || !p.lines.isEmpty();
        if (anyText || doc.pages.isEmpty())
            return rawlayout::reconstruct(doc.text);
    }
    QList<Page> pages;
    const QString base = QFileInfo(doc.path).completeBaseName();
    for (qsizetype i = 0; i < doc.pages.size(); ++i) {
        const SourcePage &source = doc.pages[i];
        Page page;
        if (!source.hasTextLayer || source.lines.isEmpty()) {
            page.warnings << noTextLayerWarning();
        } else {
            PageBuilder(source, page).run();
        }
        if (page.label.isEmpty())
            page.label = !source.label.isEmpty() ? source.label
                         : doc.pages.size() == 1 ? base
                                                 : QStringLiteral("%1-%2").arg(base, QString::number(i + 1));
        pages << page;
    }
    return pages;
}

} // namespace kanbao::pdflayout
