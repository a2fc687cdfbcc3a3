#include "reconstruct/rawlayout.h"

#include "reconstruct/textflow.h"
#include "reconstruct/titleblock.h"

#include <algorithm>
#include <vector>

namespace kanbao::rawlayout {

namespace {

using bylines::Opener;
using textflow::displayWidth;

bool allHan(QStringView s)
{
    bool any = false;
    for (QChar c : s) {
        if (textflow::isSpace(c.unicode()))
            continue;
        if (!textflow::isHan(c.unicode()) && !c.isSurrogate())
            return false;
        any = true;
    }
    return any;
}

bool lineTerminated(QStringView text, bool *credited, bool *attributed)
{
    *credited = false;
    *attributed = false;
    if (textflow::endsSentence(text))
        return true;
    const QChar last = text.back();
    if (last != u'）' && last != u')' && last != u'摄' && last != u'影' && last != u'道')
        return false;
    const bylines::Trailer trailer = bylines::parseTrailer(text);
    if (trailer.cut < 0)
        return false;
    *credited = trailer.credit;
    *attributed = trailer.attribution;
    const QStringView rest = text.left(trailer.cut).trimmed();
    return rest.isEmpty() || textflow::endsSentence(rest) || trailer.credit;
}

// A credit or attribution kept in the text as printed: justification spaces go (马 铭 言 摄), the space
// between two names stays (（范红霞 宋海燕）).
QString trailerText(QStringView text)
{
    text = text.trimmed();
    if (textflow::isJustificationSpaced(text))
        return textflow::squashSpaces(text);
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (textflow::isSpace(c.unicode())) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

// The lower median: lines ending in hanging punctuation run half a character or one past the column,
// so with an even count the smaller middle value is the better estimate.
double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    const size_t mid = (v.size() - 1) / 2;
    std::nth_element(v.begin(), v.begin() + qsizetype(mid), v.end());
    return v[mid];
}

// A paragraph's first line is indented by two characters; a title is narrower than the column by more
// than that (one more character, for hanging punctuation and justification slack).
constexpr double kIndentEms = 2.0;
constexpr double kTitleNarrowerEms = 1.0;
// Typesetters fill every wrapped line to the column (a digit or Latin run may leave half an em, hanging
// punctuation adds one). A line that ends a sentence a whole em or more short of the column is a
// paragraph's last line (the corpus convention the gold follows, though a half-width full stop can
// make a full line measure an em less).
constexpr double kShortLineEms = 1.0;
// A line that ends no sentence must be shorter still to end a block: a digit run set in half-width
// figures, or a space the extractor put around it, can take an em or so off a wrapped line.
constexpr double kShortOpenLineEms = 2.0;

bool endsOnClauseMark(QStringView text)
{
    switch (textflow::lastSignificant(text)) {
    case u'，': case u'、': case u'；': case u'：': case u',': case u';': case u':': case u'—': case u'…':
        return true;
    default:
        return false;
    }
}

// An enumerated item ((一)…, 二、…) opens a paragraph of its own in every paper's style; only Chinese
// numerals count, since a wrapped line may well begin with a figure (16.5亿 / 亩).
// (Justification spacing may stand between the marks: （ 一 ） 不 折 不 扣.)
bool opensEnumeratedItem(QStringView text)
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    if (text.isEmpty() || !(numerals.contains(text.front()) || text.front() == u'（' || text.front() == u'('))
        return false;
    QString head;
    for (qsizetype i = 0; i < text.size() && head.size() < 6; ++i)
        if (!textflow::isSpace(text[i].unicode()))
            head += text[i];
    qsizetype i = head.startsWith(u'（') || head.startsWith(u'(') ? 1 : 0;
    const qsizetype from = i;
    while (i < head.size() && numerals.contains(head[i]))
        ++i;
    if (i == from || i - from > 3 || i >= head.size())
        return false;
    if (from == 1)
        return head[i] == u'）' || head[i] == u')';
    return head[i] == u'、';
}

// The width of the figure or Latin run a line opens with: typesetters do not break such a run, so the
// line above may stop short of the column by that much without ending anything.
double leadingRunWidth(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i].unicode() < 0x80 && (text[i].isLetterOrNumber() || text[i] == u'.' || text[i] == u'%')))
        ++i;
    return textflow::displayWidth(text.left(i));
}

// A headline's column tag: Han text only, short, in full-width parentheses at the line's end, after
// at least as much title text (守护楼兰心未变（点赞新时代）).
constexpr qsizetype kMaxColumnTag = 12;

bool endsOnColumnTag(QStringView text)
{
    text = text.trimmed();
    if (!text.endsWith(u'）'))
        return false;
    const qsizetype open = text.lastIndexOf(u'（');
    const qsizetype inner = text.size() - open - 2;
    if (open < 2 || inner < 2 || inner > kMaxColumnTag || open < inner)
        return false;
    for (qsizetype i = open + 1; i < text.size() - 1; ++i) {
        const char16_t c = text[i].unicode();
        if (!textflow::isHan(c) && c != u'·' && !(c >= u'①' && c <= u'⑳'))
            return false;
    }
    return !textflow::endsSentence(text.left(open));
}

// Line grouping over the classified lines of one input.
class Grouper
{
public:
    explicit Grouper(const QList<Line> &lines)
        : m_lines(lines)
        , m_n(lines.size())
        , m_nextNonBlank(size_t(m_n) + 1, m_n)
        , m_verticalRun(size_t(m_n) + 1, 0)
    {
        for (qsizetype k = m_n - 2; k >= 0; --k) {
            const qsizetype j = k + 1;
            m_nextNonBlank[size_t(k)] = m_lines[j].kind != LineKind::Blank ? j : m_nextNonBlank[size_t(j)];
        }
        // Some extractors keep the printed paragraph indent; then it, not line widths, marks paragraphs.
        qsizetype textLines = 0;
        qsizetype indentedLines = 0;
        for (const Line &l : m_lines) {
            if (l.kind != LineKind::Text && l.kind != LineKind::Opener)
                continue;
            ++textLines;
            if (l.paragraphIndent)
                ++indentedLines;
        }
        m_indentMode = indentedLines >= 3 && indentedLines * 10 >= textLines;
        for (qsizetype k = m_n - 1; k >= 0; --k) {
            if (m_lines[k].kind != LineKind::VChar)
                continue;
            const qsizetype j = m_nextNonBlank[size_t(k)];
            m_verticalRun[size_t(k)] = 1 + (j < m_n && m_lines[j].kind == LineKind::VChar ? m_verticalRun[size_t(j)] : 0);
        }
    }

    QList<Unit> run();

private:
    const Line &at(qsizetype k) const { return m_lines[k]; }
    qsizetype next(qsizetype k) const { return m_nextNonBlank[size_t(k)]; }
    bool isVerticalStart(qsizetype k) const
    {
        return m_lines[k].kind == LineKind::VChar && m_verticalRun[size_t(k)] >= 3;
    }
    bool isTextLike(qsizetype k) const
    {
        return k < m_n && (m_lines[k].kind == LineKind::Text || (m_lines[k].kind == LineKind::VChar && !isVerticalStart(k)));
    }
    bool blankBefore(qsizetype k) const { return k == 0 || m_lines[k - 1].kind == LineKind::Blank; }
    bool blankAfter(qsizetype k) const { return k + 1 >= m_n || m_lines[k + 1].kind == LineKind::Blank; }

    bool isLabelCandidate(qsizetype k) const;
    bool isWrappedMarkedLine(qsizetype k) const;
    qsizetype wrappedBylineEnd(qsizetype k) const;
    double columnAhead(qsizetype k) const;
    double columnAround(qsizetype k) const;
    bool isTitleStart(qsizetype k) const;
    bool isSubheadLine(qsizetype k) const;
    bool captionAhead(qsizetype k) const;
    qsizetype paragraph(qsizetype start, QList<Unit> &out);
    void emitTitle(qsizetype k, QList<Unit> &out);

    const QList<Line> &m_lines;
    const qsizetype m_n;
    bool m_indentMode = false;
    std::vector<qsizetype> m_nextNonBlank;
    std::vector<int> m_verticalRun;
    // The last unit emitted, for title continuation.
    UnitKind m_lastKind = UnitKind::Header;
    double m_lastParagraphColumn = 0;
    bool m_lastParagraphClosed = false;
    bool m_lastParagraphTerminated = false; // its text ends a sentence
    qsizetype m_lastTitleLine = -1;
    double m_lastTitleWidth = 0;
};

bool Grouper::isLabelCandidate(qsizetype k) const
{
    const Line &l = at(k);
    if (l.kind != LineKind::Text || l.terminated)
        return false;
    const qsizetype visible = textflow::visibleLength(l.text);
    const bool spacedLabel = l.spaced && visible <= 8 && allHan(l.text);
    const bool indentedLabel = l.indented && !m_indentMode && visible <= 10 && allHan(l.text)
                               && !l.text.contains(u' ');
    if (!spacedLabel && !indentedLabel)
        return false;
    const qsizetype j = next(k);
    return j >= m_n || j > k + 1 || !isTextLike(j);
}

// A marked line (■…) that runs on into the next line, as wide as it: a bulleted paragraph, not a label.
bool Grouper::isWrappedMarkedLine(qsizetype k) const
{
    const qsizetype j = k + 1;
    return j < m_n && isTextLike(j) && !at(k).spaced && at(k).width >= at(j).width - 1.5;
}

// A parenthesised dateline or attribution broken over two lines, sometimes with a column break between
// them: （新华社北京2月25日电  记者李斌、安蓓、孔祥 / 鑫、李鲲）. Returns the line that closes it, or -1.
qsizetype Grouper::wrappedBylineEnd(qsizetype k) const
{
    const QStringView text = at(k).text;
    if (!(text.startsWith(u'（') || text.startsWith(u'(')) || text.contains(u'）') || text.contains(u')'))
        return -1;
    const qsizetype j = next(k);
    if (j >= m_n || j > k + 2 || at(j).kind != LineKind::Text)
        return -1;
    const QStringView rest = at(j).text;
    const qsizetype close = qMax(rest.indexOf(u'）'), rest.indexOf(u')'));
    if (close != rest.size() - 1 || rest.contains(u'（') || rest.contains(u'('))
        return -1;
    const bylines::LineByline joined = bylines::parseLine(text.toString() + rest.toString());
    return joined.kind == bylines::LineKind::Dateline || joined.kind == bylines::LineKind::Attribution ? j : -1;
}

// The column width of the text that follows line k: the median of its wrapped (unterminated) lines.
double Grouper::columnAhead(qsizetype k) const
{
    std::vector<double> open;
    int total = 0;
    for (qsizetype j = next(k); j < m_n && total < 6; j = next(j)) {
        if (!isTextLike(j))
            break;
        ++total;
        if (!at(j).terminated)
            open.push_back(at(j).width);
        else if (blankAfter(j))
            break; // the paragraph ends here; what follows may be set in another column
    }
    if (open.size() >= 2)
        return median(open);
    if (open.size() == 1 && total >= 2)
        return open.front();
    return -1;
}

// The column width around line k, from wrapped lines of the same text block. Stray single characters
// (the tail of a vertical headline) and justification-spaced lines (their width counts the stretch, not
// the column) say nothing about it.
double Grouper::columnAround(qsizetype k) const
{
    std::vector<double> open;
    double widest = at(k).spaced ? 0 : at(k).width;
    const auto measures = [&](qsizetype j) { return at(j).kind != LineKind::VChar && !at(j).spaced; };
    int seen = 0;
    for (qsizetype j = k - 1; j >= 0 && seen < 5; --j) {
        if (at(j).kind == LineKind::Blank)
            continue;
        if (!isTextLike(j) && at(j).kind != LineKind::Opener)
            break;
        if (!measures(j))
            continue;
        ++seen;
        widest = qMax(widest, at(j).width);
        if (!at(j).terminated)
            open.push_back(at(j).width);
    }
    seen = 0;
    for (qsizetype j = next(k); j < m_n && seen < 5; j = next(j)) {
        if (!isTextLike(j))
            break;
        if (!measures(j))
            continue;
        ++seen;
        widest = qMax(widest, at(j).width);
        if (!at(j).terminated)
            open.push_back(at(j).width);
        else if (blankAfter(j))
            break; // a paragraph end: what follows may be a title or another piece
    }
    return open.empty() ? widest : median(open);
}

// The text starting at line k runs into a photo credit before its first sentence end.
bool Grouper::captionAhead(qsizetype k) const
{
    int seen = 0;
    for (qsizetype j = k; j < m_n && seen < 12; j = next(j), ++seen) {
        if (at(j).kind == LineKind::Byline)
            return at(j).byline.kind == bylines::LineKind::Credit;
        if (!isTextLike(j))
            return false;
        if (at(j).terminated)
            return at(j).credited || (blankAfter(j) && next(j) < m_n && at(next(j)).kind == LineKind::Byline
                                      && at(next(j)).byline.kind == bylines::LineKind::Credit);
    }
    return false;
}


bool Grouper::isTitleStart(qsizetype k) const
{
    const Line &l = at(k);
    if (l.terminated || l.spaced || (m_indentMode && l.paragraphIndent))
        return false;
    // (A wrapped title's second line may close the parenthesis its first line opened.)
    if (!titleblock::couldBeTitleLine(l.text) && !(m_lastKind == UnitKind::Title && m_lastTitleLine == k - 1))
        return false;
    // Titles never stop on a clause mark; a line that does was wrapped.
    switch (textflow::lastSignificant(l.text)) {
    case u'，': case u'、': case u'；': case u'：': case u',': case u';': case u':':
        return false;
    case u'—':
        // A kicker may end with a dash; a sentence broken at its dash holds clause marks before it.
        if (l.text.contains(u'，'))
            return false;
        break;
    default:
        break;
    }
    const qsizetype j = next(k);
    if (j >= m_n || !isTextLike(j))
        return true;
    // Right after a finished paragraph, a line that closes on a column tag in parentheses (（人民论坛）,
    // （钟声）): papers tag headlines so, and running text wrapped there would have to end the line exactly
    // on the parenthesis with no sentence end before it.
    if (m_lastKind == UnitKind::Paragraph && m_lastParagraphTerminated && endsOnColumnTag(l.text))
        return true;
    const bool isolated = j > k + 1;
    // The next line opens with one character and a clause mark (践，赢得…): a word broken at the line
    // end, so this line is running text.
    if (!isolated && at(j).text.size() >= 2 && textflow::isHan(at(j).text[0].unicode())) {
        const QChar mark = at(j).text[1];
        if (mark == u'，' || mark == u'、' || mark == u'；' || mark == u'。')
            return false;
    }
    if (m_lastKind == UnitKind::Title || m_lastKind == UnitKind::Vertical) {
        const bool adjacent = m_lastTitleLine == k - 1;
        // A wrapped headline: the next line of the same box, no wider than the first.
        if (adjacent && isolated && l.width <= m_lastTitleWidth + 1.5)
            return true;
        // Kicker, headline, subtitle set apart by blank lines; a clause (，) followed by more text is a
        // caption or paragraph broken at a column end instead.
        if (!adjacent && isolated && !l.text.contains(u'，'))
            return true;
    }
    // A subtitle (——访…) right below.
    if (at(j).text.startsWith(QStringLiteral("——")) || at(j).text.startsWith(QStringLiteral("—")))
        return true;
    // ...and the subtitle itself, right below a title line and set apart from what follows.
    if (l.text.startsWith(QStringLiteral("——")) && m_lastKind == UnitKind::Title && m_lastTitleLine == k - 1 && isolated)
        return true;
    // The next block is a lone title line standing before the next piece: this line is one too.
    if (isolated && !at(j).terminated) {
        const qsizetype after = next(j);
        if (after > j + 1 && (after >= m_n || !isTextLike(after)))
            return true;
    }
    // Two short lines boxed together: the second is too narrow to be a wrapped line of the text that
    // follows the column break, yet does not end a sentence. A two-line headline.
    const char32_t nextEnd = textflow::lastSignificant(at(j).text);
    // A sentence broken at its dash (…一幅 / …徐徐铺展——) holds a clause mark before the dash; a kicker
    // ending with a dash does not.
    const bool dashAfterClause = nextEnd == u'—' && (l.text.contains(u'，') || at(j).text.contains(u'，'));
    if (!isolated && !at(j).terminated && !at(j).spaced && blankAfter(j) && nextEnd != u'：' && nextEnd != u':'
        && !dashAfterClause) {
        const double following = columnAhead(j);
        const double previous = m_lastKind == UnitKind::Paragraph && !m_lastParagraphClosed ? m_lastParagraphColumn : -1;
        // ...unless both lines fill the column of the text just above: that text goes on.
        const bool continuesAbove = previous > 0 && l.width >= previous - 3.5 && l.width <= previous + 1.0
                                    && at(j).width >= previous - 1.5;
        // The text after the break opens indented: a new paragraph, so the two lines ended something.
        const qsizetype after = next(j);
        const bool opensIndented = after < m_n && isTextLike(after) && !at(after).spaced
                                   && at(after).width <= following - 1.5 && at(j).width <= following - 0.5;
        if (following > 0 && (at(j).width < following - 1.5 || opensIndented) && l.width < following + 1.0
            && !continuesAbove)
            return true;
    }
    // Directly on top of the last line of a short paragraph, and not narrower than it; or of a caption's
    // last line with its credit.
    if (!isolated && at(j).terminated && blankAfter(j) && (l.width + 3.0 >= at(j).width || at(j).credited))
        return false;
    const auto fits = [&](double column) {
        // The first line of a paragraph fills its column less a two-character indent.
        return column > 0 && l.width >= column - 3.5 && l.width <= column + 1.0;
    };
    const double ahead = columnAhead(k);
    // Alone above a photo caption: captions do not break their first line off, so this is the title
    // of what came before.
    if (isolated && captionAhead(j) && !l.text.contains(u'，'))
        return true;
    if (!isolated && blankAfter(j) && !at(j).terminated && next(j) < m_n && captionAhead(next(j)))
        return true;
    // Set apart below a finished body (its last sentence ended, or a byline or jump line closed it) and
    // narrower than that body's column: a paragraph's first line would fill the column less its indent.
    const bool afterFinished = m_lastKind == UnitKind::Byline
                               || (m_lastKind == UnitKind::Paragraph && m_lastParagraphTerminated);
    if (isolated && afterFinished && m_lastParagraphColumn > 0
        && l.width < m_lastParagraphColumn - kIndentEms - kTitleNarrowerEms)
        return true;
    if (fits(ahead))
        return false;
    // Inside an article body, a line that fits the body's column continues it, unless it stands alone
    // above text set in another column.
    if (m_lastKind == UnitKind::Paragraph && !m_lastParagraphClosed && fits(m_lastParagraphColumn))
        return isolated && ahead > 0;
    return true;
}

// An enumerated subhead (一、…) or part marker (核心阅读) narrower than the text below it stands on its
// own line: the assembler keeps it in the body as a paragraph of its own.
bool Grouper::isSubheadLine(qsizetype k) const
{
    const Line &l = at(k);
    if (l.terminated || !(titleblock::isEnumeratedHeading(l.text) || titleblock::isSectionMarker(l.text)))
        return false;
    const double ahead = columnAhead(k);
    return ahead < 0 || l.width < ahead - 1.5;
}

qsizetype Grouper::paragraph(qsizetype start, QList<Unit> &out)
{
    Unit unit;
    unit.kind = UnitKind::Paragraph;
    unit.firstLine = at(start).source;
    unit.blankBefore = blankBefore(start);
    unit.opener = at(start).opener;
    std::vector<double> open;
    double widest = 0;
    qsizetype p = start;
    // Whether the text so far ends a sentence: judged on the joined text, since a dateline or
    // attribution may wrap (（新华社北 / 京4月8日电）).
    bool runTerminated = false;
    bool runCredited = false;
    qsizetype above = -1; // the line taken before p
    const auto take = [&](qsizetype k) {
        above = unit.lineCount > 0 ? p : -1;
        textflow::appendLine(unit.text, at(k).text, at(k).spaced ? 1 : 0);
        ++unit.lineCount;
        widest = qMax(widest, at(k).width);
        if (!at(k).terminated && at(k).kind != LineKind::Byline)
            open.push_back(at(k).width);
        p = k;
        runTerminated = at(k).terminated;
        runCredited = at(k).credited;
        if (!runTerminated && unit.lineCount > 1) {
            bool attributed = false;
            runTerminated = lineTerminated(QStringView(unit.text).right(80), &runCredited, &attributed);
        }
    };
    take(start);
    while (true) {
        const qsizetype j = next(p);
        if (j >= m_n)
            break;
        const Line &nl = at(j);
        const Line &pl = at(p);
        const bool blankBetween = j > p + 1;
        if (nl.kind == LineKind::Byline) {
            const bylines::LineKind bk = nl.byline.kind;
            const bool tail = bk == bylines::LineKind::Credit || bk == bylines::LineKind::Attribution
                              || bk == bylines::LineKind::Agency || bk == bylines::LineKind::Dateline;
            if (!runTerminated && tail) {
                take(j);
                continue;
            }
            break;
        }
        if (!isTextLike(j) || wrappedBylineEnd(j) > j)
            break;
        if (m_indentMode) {
            if (nl.paragraphIndent || (runTerminated && blankBetween))
                break;
            take(j);
            continue;
        }
        if (runTerminated) {
            if (blankBetween || nl.creditNote || opensEnumeratedItem(nl.text))
                break;
            const double column = columnAround(p);
            const double effective = pl.width + (p == start ? kIndentEms : 0.0) + leadingRunWidth(nl.text);
            // A first line's indent is printed two ems or more wide, so it measures less surely. Past it,
            // a sentence-ending line a whole em short counts as a paragraph end: the gold and the corpus
            // count paragraphs as the source writes them, and there such a line closes one.
            const bool shortLine = p == start ? effective < column - kShortLineEms : effective <= column - kShortLineEms;
            if (!pl.spaced && shortLine)
                break;
            // Full or nearly full, but the next line is indented (shorter than the column without
            // ending anything): a new paragraph whose blank line the column break displaced. A line
            // that merely wraps mid-paragraph fills the column.
            const Line &after = at(j);
            if (!after.terminated && !after.spaced && after.width <= column - 1.5)
                break;
            take(j);
            continue;
        }
        if (blankBetween && textflow::lastSignificant(pl.text) == u'：')
            break;
        // A line well short of the column that stops on no clause mark ends a block that has no end
        // punctuation: an inline subhead (小标题) wrapped over two lines. Running text fills its lines.
        // Mid-sentence, only the parenthesised form: a wrapped name list may go on with 九、吴十.
        if (!endsOnClauseMark(pl.text) && opensEnumeratedItem(nl.text)
            && (nl.text.startsWith(u'（') || nl.text.startsWith(u'(')))
            break;
        // (Not a block's first line: its indent is printed at no fixed width.)
        // (The column is measured last: most wrapped lines are as wide as the next one.)
        if (p != start && !pl.spaced && pl.width <= nl.width - kShortOpenLineEms && !endsOnClauseMark(pl.text)
            && pl.width + leadingRunWidth(nl.text) <= nl.width - kShortOpenLineEms) {
            // Short against the column and against the lines above and below, which run at full width:
            // text set around a picture narrows for several lines in a row.
            const double effective = pl.width + leadingRunWidth(nl.text);
            const double column = columnAround(p);
            const auto full = [&](const Line &l) { return l.width > column - kShortOpenLineEms; };
            const bool aboveFull = above >= 0 && (at(above).spaced || full(at(above)));
            const bool belowFull = full(nl) && effective <= nl.width - kShortOpenLineEms;
            if (effective <= column - kShortOpenLineEms && aboveFull && belowFull)
                break;
        }
        take(j);
    }
    const qsizetype after = next(p);
    const bool hardEnd = after >= m_n || !isTextLike(after);
    if (hardEnd && !runTerminated && unit.opener == Opener::None && unit.lineCount <= 3 && widest <= 30) {
        // Wrapped lines that never end a sentence and stop where a new piece starts: a title box.
        for (qsizetype k = start; k <= p; k = next(k))
            emitTitle(k, out);
        return p + 1;
    }
    // The closing line of a paragraph is short whatever the column.
    if (open.size() >= 2 && !at(p).terminated && at(p).kind != LineKind::Byline)
        open.pop_back();
    unit.lastLine = at(p).source;
    unit.blankAfter = blankAfter(p);
    unit.credited = runCredited || (at(p).kind == LineKind::Byline && at(p).byline.kind == bylines::LineKind::Credit);
    unit.width = widest;
    unit.column = open.size() >= 2 ? median(open) : widest;
    out << unit;
    m_lastKind = UnitKind::Paragraph;
    // A one-line paragraph says nothing about the column; keep the body's.
    if (open.size() >= 2 || unit.lineCount >= 3)
        m_lastParagraphColumn = unit.column;
    m_lastParagraphTerminated = runTerminated;
    // Signed or credited: the piece is over, nothing below continues it.
    m_lastParagraphClosed = at(p).attributed || runCredited || at(p).kind == LineKind::Byline
                            || bylines::parseTrailer(QStringView(unit.text).right(80)).cut >= 0;
    return p + 1;
}

void Grouper::emitTitle(qsizetype k, QList<Unit> &out)
{
    const Line &l = at(k);
    Unit u;
    u.kind = UnitKind::Title;
    u.text = l.text.toString();
    u.firstLine = u.lastLine = l.source;
    u.lineCount = 1;
    u.width = l.width;
    u.blankBefore = blankBefore(k);
    u.blankAfter = blankAfter(k);
    out << u;
    m_lastKind = UnitKind::Title;
    m_lastTitleLine = k;
    m_lastTitleWidth = l.width;
}

QList<Unit> Grouper::run()
{
    QList<Unit> units;
    qsizetype i = 0;
    while (i < m_n) {
        const Line &l = at(i);
        switch (l.kind) {
        case LineKind::Blank:
            ++i;
            continue;
        case LineKind::Header: {
            Unit u;
            u.kind = UnitKind::Header;
            u.header = l.header;
            u.firstLine = u.lastLine = l.source;
            units << u;
            m_lastKind = UnitKind::Header;
            ++i;
            continue;
        }
        case LineKind::Label: {
            if (isWrappedMarkedLine(i)) {
                i = paragraph(i, units);
                continue;
            }
            Unit u;
            u.kind = UnitKind::Label;
            u.text = l.text.toString();
            u.firstLine = u.lastLine = l.source;
            units << u;
            m_lastKind = UnitKind::Label;
            ++i;
            continue;
        }
        case LineKind::Byline: {
            Unit u;
            u.kind = UnitKind::Byline;
            u.byline = l.byline;
            u.text = l.text.toString();
            u.firstLine = u.lastLine = l.source;
            units << u;
            m_lastKind = UnitKind::Byline;
            ++i;
            continue;
        }
        case LineKind::Opener:
            i = paragraph(i, units);
            continue;
        case LineKind::VChar:
            if (isVerticalStart(i)) {
                Unit u;
                u.kind = UnitKind::Vertical;
                u.firstLine = l.source;
                u.blankBefore = blankBefore(i);
                QString column;
                qsizetype k = i;
                for (; k < m_n && (at(k).kind == LineKind::VChar || at(k).kind == LineKind::Blank); ++k) {
                    if (at(k).kind == LineKind::Blank) {
                        if (!column.isEmpty())
                            u.columns << column;
                        column.clear();
                        continue;
                    }
                    column += at(k).text.toString();
                    u.lastLine = at(k).source;
                    ++u.lineCount;
                }
                if (!column.isEmpty())
                    u.columns << column;
                units << u;
                m_lastKind = UnitKind::Vertical;
                m_lastTitleLine = -1;
                i = k;
                continue;
            }
            break;
        case LineKind::Text:
            break;
        }
        // Text (or a stray single character).
        if (const qsizetype end = wrappedBylineEnd(i); end > i) {
            Unit u;
            u.kind = UnitKind::Byline;
            u.text = l.text.toString() + at(end).text.toString();
            u.byline = bylines::parseLine(u.text);
            u.firstLine = l.source;
            u.lastLine = at(end).source;
            units << u;
            m_lastKind = UnitKind::Byline;
            i = end + 1;
            continue;
        }
        if (isLabelCandidate(i)) {
            Unit u;
            u.kind = UnitKind::Label;
            u.text = l.text.toString();
            u.firstLine = u.lastLine = l.source;
            units << u;
            m_lastKind = UnitKind::Label;
            ++i;
            continue;
        }
        if (isTitleStart(i) || isSubheadLine(i)) {
            emitTitle(i, units);
            ++i;
            continue;
        }
        i = paragraph(i, units);
    }
    return units;
}

// Assembly of units into pages and articles.
class Assembler
{
public:
    explicit Assembler(const QList<Unit> &units) : m_units(units) {}
    QList<Page> run();

private:
    enum class State { Body, Titled, Closed };
    struct Piece
    {
        Article article;
        State state = State::Body;
        Opener opener = Opener::None;
        bool brief = false;
        bool photoCredit = false;
        bool commentary = false;
        bool wire = false;
        bool staffByline = false;
        bool sealed = false; // a label followed: no more title lines
        bool titleAmbiguous = false; // its title sat between two bodies and its wording did not decide
        QList<titleblock::TitleGroup> title;
        QList<titleblock::TitleGroup> preTitle;
        QString labelBefore;
        double column = 0;
        // A single title line that sat directly on top of the next paragraph may be an inline subhead.
        bool subheadCandidate = false;
        QString subheadText;
        double subheadWidth = 0;
        int bodyLines = 0;
    };

    void startPage();
    void finishPage();
    void startPiece(const Unit &u);
    void finishPiece();
    static void judge(Piece &piece);
    void addParagraph(const Unit &u);
    void addTitle(const Unit &u);
    void addByline(const Unit &u);
    void addLabel(const Unit &u);
    bool isolatedTitleLike(qsizetype index) const;
    bool isInlineSubhead(qsizetype index) const;
    bool isLabelInBody(qsizetype index) const;
    bool isSubheadBetweenParagraphs(qsizetype index) const;
    bool titlesLead(qsizetype from, qsizetype to) const;
    bool titleGoesToNext(qsizetype index, bool pageLead, bool *ambiguous) const;

    const QList<Unit> &m_units;
    bool m_titlesLead = false; // this page prints headlines above their bodies
    bool m_pendingAmbiguous = false; // the title waiting for the next piece was placed by habit
    QString m_pendingFrom;           // 上接第N版 printed before the next piece
    bool m_runToNext = false;  // a title line of the current run of titles went to the next piece
    bool m_lastSubhead = false; // the last unit was an unfinished subhead taken into the body
    QList<Page> m_pages;
    bool m_pageOpen = false;
    bool m_pageHasHeader = false;
    std::optional<Piece> m_piece;
    // Waiting for the next piece.
    QList<titleblock::TitleGroup> m_preTitle;
    bylines::Credits m_pendingCredits;
    bool m_pendingWire = false;
    bool m_pendingCommentary = false;
    QStringList m_pendingLabels;
    QStringList m_pageLabels; // labels not given to any piece, for a commentary without kicker
    // The column label given to the last finished piece and the opener it came with, so that a run of
    // 本报讯 items under one label all carry it.
    QString m_runColumn;
    Opener m_runOpener = Opener::None;
};

void Assembler::startPage()
{
    m_pages << Page();
    m_pageOpen = true;
    m_pageHasHeader = false;
    m_pageLabels.clear();
    m_runColumn.clear();
}

void Assembler::finishPage()
{
    finishPiece();
    if (!m_pageOpen)
        return;
    Page &page = m_pages.last();
    // A commentary whose column label stands apart from it (the page's name column, 示范区强音).
    for (Article &a : page.articles) {
        if (a.kind == ArticleKind::Commentary && a.kicker.isEmpty() && !m_pageLabels.isEmpty()) {
            a.kicker = m_pageLabels.takeFirst();
        }
    }
    m_pendingLabels.clear();
    m_preTitle.clear();
}

void Assembler::startPiece(const Unit &u)
{
    finishPiece();
    if (!m_pageOpen)
        startPage();
    Piece piece;
    piece.opener = u.opener;
    piece.article.firstSourceLine = u.firstLine;
    piece.article.lastSourceLine = u.lastLine;
    m_pendingCredits.mergeInto(piece.article);
    piece.staffByline = !m_pendingCredits.isEmpty();
    piece.wire = m_pendingWire;
    piece.commentary = m_pendingCommentary;
    m_pendingCredits = {};
    m_pendingWire = false;
    m_pendingCommentary = false;
    piece.titleAmbiguous = m_pendingAmbiguous;
    m_pendingAmbiguous = false;
    piece.article.continuedFrom = m_pendingFrom;
    m_pendingFrom.clear();
    piece.preTitle = m_preTitle;
    m_preTitle.clear();
    if (!m_pendingLabels.isEmpty()) {
        if (piece.preTitle.isEmpty()) {
            piece.labelBefore = m_pendingLabels.last();
            piece.article.column = piece.labelBefore;
            m_pendingLabels.removeLast();
        }
        m_pageLabels << m_pendingLabels;
        m_pendingLabels.clear();
    } else if (!m_runColumn.isEmpty() && u.opener == m_runOpener && u.opener != Opener::None) {
        piece.article.column = m_runColumn;
    }
    m_piece = piece;
}

void Assembler::finishPiece()
{
    if (!m_piece)
        return;
    Piece piece = std::move(*m_piece);
    m_piece.reset();
    Article &a = piece.article;
    // A unit of stray marks cleans to nothing; it is no paragraph.
    a.paragraphs.removeIf([](const QString &p) { return p.trimmed().isEmpty(); });
    if (a.paragraphs.isEmpty()) {
        // Nothing to read: its title lines wait for whatever follows.
        m_preTitle << piece.preTitle << piece.title;
        return;
    }
    QList<titleblock::TitleGroup> groups = piece.title;
    if (groups.isEmpty()) {
        groups = piece.preTitle;
    } else if (!piece.preTitle.isEmpty() && a.column.isEmpty()) {
        a.column = titleblock::composeTitle(piece.preTitle).headline;
    }
    const titleblock::TitleParts parts = titleblock::composeTitle(groups);
    a.kicker = parts.kicker;
    a.headline = parts.headline;
    a.subheadline = parts.subheadline;
    if (piece.brief)
        a.kind = ArticleKind::Brief;
    else if (piece.photoCredit && piece.opener != Opener::Local && piece.opener != Opener::Wire
             && piece.opener != Opener::Again && !piece.staffByline && !piece.commentary)
        a.kind = ArticleKind::Photo;
    else if (piece.wire)
        a.kind = ArticleKind::Wire;
    else if (piece.commentary)
        a.kind = ArticleKind::Commentary;
    else
        a.kind = ArticleKind::Article;
    if (a.kind == ArticleKind::Photo && !piece.labelBefore.isEmpty() && a.column == piece.labelBefore) {
        // A label above a photo rarely names it (新华时评 over a wire photo); keep it for the page.
        a.column.clear();
        m_pageLabels << piece.labelBefore;
    }
    if (a.kind == ArticleKind::Commentary && a.kicker.isEmpty() && !piece.labelBefore.isEmpty()) {
        a.kicker = piece.labelBefore;
        if (a.column == piece.labelBefore)
            a.column.clear();
    }
    judge(piece);
    if (!a.column.isEmpty() && piece.opener != Opener::None) {
        m_runColumn = a.column;
        m_runOpener = piece.opener;
    } else {
        m_runColumn.clear();
        m_runOpener = Opener::None;
    }
    m_pages.last().articles << a;
}

// What each doubt costs the piece's confidence. A start with no dateline or byline is the commonest
// guess and often right (commentaries, features), so it costs least; a piece with no title at all or a
// title that repeats none of its text was most likely cut in the wrong place.
constexpr double kDoubtNoOpener = 0.85;
constexpr double kDoubtAmbiguousTitle = 0.75;
constexpr double kDoubtNoTitle = 0.6;
constexpr double kDoubtUnrelatedTitle = 0.7;
constexpr double kDoubtFragment = 0.6;
// A body shorter than this (characters) is a fragment unless it is a photo caption or a brief.
constexpr qsizetype kFragmentChars = 40;
// How much of a lead is compared with a title: the first paragraph or two, where the headline's words are.
constexpr qsizetype kLeadChars = 240;

void Assembler::judge(Piece &piece)
{
    Article &a = piece.article;
    double confidence = 1.0;
    const auto doubt = [&](double cost, const QString &reason) {
        confidence *= cost;
        a.doubts << reason;
    };
    const bool signedPiece = !a.reporters.isEmpty() || !a.correspondents.isEmpty() || !a.authors.isEmpty()
                             || !a.photographers.isEmpty();
    if (piece.opener == Opener::None && !signedPiece && a.kind != ArticleKind::Photo)
        doubt(kDoubtNoOpener, QStringLiteral("start guessed: no dateline"));
    if (a.headline.isEmpty())
        doubt(kDoubtNoTitle, QStringLiteral("no headline found"));
    else if (titleblock::leadOverlap(a.kicker + a.headline + a.subheadline,
                                       QStringView(a.paragraphs.constFirst()).left(kLeadChars)) == 0
             && a.kind != ArticleKind::Commentary)
        doubt(kDoubtUnrelatedTitle, QStringLiteral("headline shares no words with the text"));
    if (piece.titleAmbiguous)
        doubt(kDoubtAmbiguousTitle, QStringLiteral("headline placement ambiguous"));
    qsizetype chars = 0;
    for (const QString &p : std::as_const(a.paragraphs))
        chars += p.size();
    if (chars < kFragmentChars && a.kind != ArticleKind::Photo && a.kind != ArticleKind::Brief)
        doubt(kDoubtFragment, QStringLiteral("very short: may be a fragment of another piece"));
    a.confidence = confidence;
}

void Assembler::addParagraph(const Unit &u)
{
    const bylines::Lead lead = bylines::parseLead(u.text);
    bool fresh = false;
    switch (lead.opener) {
    case Opener::Local:
    case Opener::Wire:
    case Opener::Brief:
    case Opener::Arrow:
        fresh = true;
        break;
    case Opener::Again:
        // A second dispatch under the same headline: it continues the piece until a title closed it.
        fresh = !(m_piece && !m_piece->article.paragraphs.isEmpty() && m_piece->state != State::Titled);
        break;
    case Opener::None:
        if (!m_piece) {
            fresh = true;
        } else if (m_piece->subheadCandidate && !u.blankBefore && m_piece->bodyLines > 0
                   && (qAbs(u.column - m_piece->column) <= qMax(2.0, m_piece->column * 0.15)
                       || qAbs(u.width - m_piece->column) <= qMax(1.5, m_piece->column * 0.1))
                   && m_piece->subheadWidth < m_piece->column - 1.0) {
            // The "title" was an inline subhead of this same piece: same column, no gap below it.
            m_piece->article.paragraphs << textflow::cleanText(m_piece->subheadText);
            m_piece->title.clear();
            m_piece->state = State::Body;
            m_piece->subheadCandidate = false;
        } else if (m_piece->state != State::Body) {
            fresh = true;
        } else {
            // A photo caption set in another column right after an article that has no title yet.
            const bylines::Trailer t = bylines::parseTrailer(u.text);
            if (t.credit && (m_piece->opener != Opener::None
                             || (m_piece->column > 0 && qAbs(u.column - m_piece->column) > m_piece->column * 0.25)))
                fresh = true;
        }
        break;
    }
    if (fresh)
        startPiece(u);
    Piece &piece = *m_piece;
    piece.subheadCandidate = false;
    Article &a = piece.article;
    if (piece.bodyLines == 0 && lead.opener != Opener::None)
        piece.opener = lead.opener;
    if (lead.opener == Opener::Brief)
        piece.brief = true;
    if (lead.opener == Opener::Wire)
        piece.wire = true;
    lead.credits.mergeInto(a);

    QString body = lead.keep + u.text.mid(lead.consumed);
    const bylines::Trailer trailer = bylines::parseTrailer(body);
    if (trailer.cut >= 0) {
        // The credit stays in the text as printed (a reader quotes the caption with it); its names
        // also go to the byline fields.
        trailer.credits.mergeInto(a);
        if (trailer.credit)
            piece.photoCredit = true;
        if (!trailer.dateline.isEmpty())
            piece.wire = true;
        piece.state = State::Closed;
    }
    QString clean = trailer.cut >= 0 ? textflow::cleanText(QStringView(body).left(trailer.cut)) + trailerText(QStringView(body).mid(trailer.cut))
                                     : textflow::cleanText(body);
    // Arrows point at the photo; they are not part of the caption.
    while (!clean.isEmpty() && textflow::isArrow(clean.front().unicode()))
        clean.remove(0, 1);
    while (!clean.isEmpty() && textflow::isArrow(clean.back().unicode()))
        clean.chop(1);
    clean = clean.trimmed();
    if (!clean.isEmpty())
        a.paragraphs << clean;
    a.lastSourceLine = u.lastLine;
    const int before = piece.bodyLines;
    piece.bodyLines += u.lineCount;
    piece.column = before == 0 ? u.column : (piece.column * before + u.column * u.lineCount) / piece.bodyLines;
}

void Assembler::addTitle(const Unit &u)
{
    if (m_titlesLead && m_piece && !m_piece->article.paragraphs.isEmpty())
        finishPiece(); // the title opens the next piece
    titleblock::TitleGroup group;
    if (u.kind == UnitKind::Vertical) {
        // Each printed column is its own group.
        QList<titleblock::TitleGroup> columns;
        for (const QString &c : u.columns) {
            titleblock::TitleGroup g;
            g.vertical = true;
            g.lines << c;
            columns << g;
        }
        if (m_piece && !m_piece->article.paragraphs.isEmpty() && !m_piece->sealed && !m_titlesLead) {
            m_piece->title << columns;
            m_piece->state = State::Titled;
            m_piece->subheadCandidate = false;
            m_piece->article.lastSourceLine = u.lastLine;
        } else {
            m_preTitle << columns;
        }
        return;
    }
    if (m_piece && !m_piece->article.paragraphs.isEmpty() && !m_piece->sealed && !m_titlesLead) {
        Piece &piece = *m_piece;
        const bool firstTitleLine = piece.state != State::Titled;
        if (firstTitleLine || u.blankBefore || piece.title.isEmpty() || piece.title.last().vertical) {
            group.lines << u.text;
            piece.title << group;
        } else {
            piece.title.last().lines << u.text;
        }
        piece.subheadCandidate = firstTitleLine && !u.blankAfter;
        piece.subheadText = u.text;
        piece.subheadWidth = u.width;
        piece.state = State::Titled;
        piece.article.lastSourceLine = u.lastLine;
        return;
    }
    if (!u.blankBefore && !m_preTitle.isEmpty() && !m_preTitle.last().vertical)
        m_preTitle.last().lines << u.text;
    else {
        group.lines << u.text;
        m_preTitle << group;
    }
}

void Assembler::addByline(const Unit &u)
{
    const bylines::LineByline &b = u.byline;
    const bool hasBody = m_piece && !m_piece->article.paragraphs.isEmpty();
    switch (b.kind) {
    case bylines::LineKind::Staff:
        if (hasBody && m_piece->state == State::Body) {
            // Printed under the body (本报记者 杜 玲 整理): it closes this piece.
            b.credits.mergeInto(m_piece->article);
            m_piece->staffByline = true;
            m_piece->wire = m_piece->wire || b.wire;
            m_piece->state = State::Closed;
        } else {
            finishPiece();
            m_pendingCredits.merge(b.credits);
            m_pendingWire = m_pendingWire || b.wire;
        }
        break;
    case bylines::LineKind::Author:
        if (hasBody) {
            b.credits.mergeInto(m_piece->article);
            m_piece->commentary = true;
            if (m_piece->state == State::Body)
                m_piece->state = State::Closed;
        } else {
            m_pendingCredits.merge(b.credits);
            m_pendingCommentary = true;
        }
        break;
    case bylines::LineKind::Attribution:
        if (hasBody) {
            m_piece->article.paragraphs.last() += trailerText(u.text);
            b.credits.mergeInto(m_piece->article);
            if (m_piece->state == State::Body)
                m_piece->state = State::Closed;
        }
        break;
    case bylines::LineKind::Credit:
        if (hasBody) {
            // A credit on a line of its own is printed as a paragraph of the caption.
            m_piece->article.paragraphs << trailerText(u.text);
            b.credits.mergeInto(m_piece->article);
            m_piece->photoCredit = true;
            if (m_piece->state == State::Body)
                m_piece->state = State::Closed;
        } else {
            m_pendingCredits.merge(b.credits);
        }
        break;
    case bylines::LineKind::Dateline:
        if (hasBody) {
            // A wire credit under a finished text (（新华社北京2月19日电）) is a paragraph of its own, as
            // the source prints it and the gold counts it; one that ends an unfinished line belongs to it.
            QString &last = m_piece->article.paragraphs.last();
            if (textflow::endsSentence(last))
                m_piece->article.paragraphs << textflow::squashSpaces(u.text);
            else
                last += textflow::squashSpaces(u.text);
            b.credits.mergeInto(m_piece->article);
            m_piece->wire = true;
            if (m_piece->state == State::Body)
                m_piece->state = State::Closed;
        }
        break;
    case bylines::LineKind::Jump:
        if (b.onward && hasBody)
            m_piece->article.continuedOn = b.jump;
        else if (!b.onward && hasBody && m_piece->article.continuedFrom.isEmpty() && m_piece->bodyLines <= 0)
            m_piece->article.continuedFrom = b.jump;
        else if (!b.onward)
            m_pendingFrom = b.jump;
        break;
    case bylines::LineKind::Agency:
    case bylines::LineKind::None:
        break;
    }
}

void Assembler::addLabel(const Unit &u)
{
    QString label = titleblock::titleText(u.text);
    // The marker printed with a label (■新华时评, 【一周动态】) is not part of its name.
    while (!label.isEmpty() && (label.front() == u'■' || label.front() == u'【' || label.front() == u'□'))
        label.remove(0, 1);
    while (!label.isEmpty() && label.back() == u'】')
        label.chop(1);
    label = label.trimmed();
    if (label.isEmpty())
        return;
    if (m_piece && !m_piece->article.paragraphs.isEmpty())
        m_piece->sealed = true;
    // A label printed after a run of briefs names them (百字新闻 below its ● items).
    const bool afterBriefs = m_piece && m_piece->brief;
    if (afterBriefs) {
        finishPiece();
        QList<Article> &articles = m_pages.last().articles;
        for (qsizetype k = articles.size() - 1; k >= 0 && articles[k].kind == ArticleKind::Brief; --k)
            if (articles[k].column.isEmpty())
                articles[k].column = label;
        return;
    }
    m_pendingLabels << label;
}

// With headlines above bodies: a single title line sitting directly on a paragraph set in the current
// piece's column is a subhead inside that piece.
bool Assembler::isInlineSubhead(qsizetype index) const
{
    const Unit &u = m_units[index];
    if (u.kind != UnitKind::Title || u.blankAfter || !m_piece || m_piece->state != State::Body
        || m_piece->article.paragraphs.isEmpty() || index + 1 >= m_units.size())
        return false;
    const Unit &n = m_units[index + 1];
    return n.kind == UnitKind::Paragraph && n.opener == Opener::None && !n.blankBefore
           && (qAbs(n.column - m_piece->column) <= 2.0 || qAbs(n.width - m_piece->column) <= 1.5)
           && u.width < m_piece->column - 1.0;
}

// A label line inside a running body, with more of the same text below it, is a subhead: column labels
// stand above a piece's title or at its very start, not between two of its paragraphs.
bool Assembler::isLabelInBody(qsizetype index) const
{
    if (!m_piece || m_piece->state != State::Body || m_piece->article.paragraphs.isEmpty() || m_piece->brief
        || index + 1 >= m_units.size())
        return false;
    const Unit &n = m_units[index + 1];
    return n.kind == UnitKind::Paragraph && n.opener == Opener::None && !n.credited
           && (m_piece->column <= 0 || qAbs(n.column - m_piece->column) <= qMax(2.0, m_piece->column * 0.15));
}

// How far (in ems, or as a share of the column) two paragraphs' columns may differ and still be one
// text: extraction measures a column from its wrapped lines, which hanging punctuation lengthens.
constexpr double kSameColumnEms = 1.0;
constexpr double kSameColumnShare = 0.08;
// A subhead breaks a long text; a piece of only a paragraph or two is more likely a short item whose
// headline this is.
constexpr int kMinParagraphsBeforeSubhead = 3;

// With headlines below their bodies, a single title line between two paragraphs set in the same
// column is a subhead of that text: pieces next to each other rarely share a column width exactly,
// while the parts of one text always do. The text below must go on (no dateline, no photo credit).
bool Assembler::isSubheadBetweenParagraphs(qsizetype index) const
{
    const Unit &u = m_units[index];
    if (u.kind != UnitKind::Title || !m_piece || m_piece->state != State::Body || m_piece->sealed
        || m_piece->article.paragraphs.size() < kMinParagraphsBeforeSubhead || m_piece->column <= 0
        || u.width >= m_piece->column + kSameColumnEms || index + 1 >= m_units.size())
        return false;
    const Unit &n = m_units[index + 1];
    if (n.kind != UnitKind::Paragraph || n.opener != Opener::None || n.credited || n.lineCount < 2)
        return false;
    const double tolerance = qMax(kSameColumnEms, m_piece->column * kSameColumnShare);
    return qAbs(n.column - m_piece->column) <= tolerance;
}

// A one-line paragraph set apart from a finished piece and followed by the start of another one reads
// as a title even when it ends with 。！？ (警惕养老诈骗，守好养老钱！).
bool Assembler::isolatedTitleLike(qsizetype index) const
{
    const Unit &u = m_units[index];
    if (u.kind != UnitKind::Paragraph || u.lineCount != 1 || u.opener != Opener::None || !u.blankBefore
        || u.width > 30)
        return false;
    if (!m_piece || m_piece->article.paragraphs.isEmpty())
        return false;
    if (m_piece->state == State::Body) {
        // Still in the body: only an exclamation or question right before the next piece (or the end)
        // reads as its missing title; a closing sentence ends with 。.
        const char32_t last = textflow::lastSignificant(u.text);
        if (last != u'！' && last != u'？' && last != u'!' && last != u'?')
            return false;
        if (index + 1 < m_units.size()) {
            const Unit &n = m_units[index + 1];
            const bool opens = (n.kind == UnitKind::Paragraph && (n.opener != Opener::None || n.credited))
                               || (n.kind == UnitKind::Byline && n.byline.kind == bylines::LineKind::Staff)
                               || n.kind == UnitKind::Header;
            // Set apart from the text above, right before the next piece.
            return opens;
        }
        return u.blankAfter;
    }
    if (index + 1 >= m_units.size())
        return true;
    const Unit &n = m_units[index + 1];
    switch (n.kind) {
    case UnitKind::Paragraph:
        return n.opener != Opener::None;
    case UnitKind::Byline:
        return n.byline.kind == bylines::LineKind::Staff || n.byline.kind == bylines::LineKind::Author;
    case UnitKind::Label:
    case UnitKind::Header:
    case UnitKind::Title:
    case UnitKind::Vertical:
        return true;
    }
    return false;
}

// Headlines follow their bodies in this extraction, but a page laid out the other way round shows it
// at both ends: it opens with a title over a body and closes with a body that no title follows.
bool Assembler::titlesLead(qsizetype from, qsizetype to) const
{
    const auto skippable = [](const Unit &u) {
        return u.kind == UnitKind::Header || u.kind == UnitKind::Label || u.kind == UnitKind::Byline;
    };
    qsizetype first = from;
    // An untitled photo may open the page either way.
    while (first < to && (skippable(m_units[first]) || (m_units[first].kind == UnitKind::Paragraph && m_units[first].credited)))
        ++first;
    if (first >= to || (m_units[first].kind != UnitKind::Title && m_units[first].kind != UnitKind::Vertical))
        return false;
    qsizetype afterTitles = first;
    while (afterTitles < to && (m_units[afterTitles].kind == UnitKind::Title
                                || m_units[afterTitles].kind == UnitKind::Vertical || skippable(m_units[afterTitles])))
        ++afterTitles;
    if (afterTitles >= to || m_units[afterTitles].kind != UnitKind::Paragraph)
        return false;
    qsizetype last = to - 1;
    while (last > afterTitles && skippable(m_units[last]))
        --last;
    // A last one-line exclamation might itself be a title; a plain closing sentence or a signed one is not.
    const Unit &end = m_units[last];
    return end.kind == UnitKind::Paragraph
           && (end.lineCount >= 2 || end.width > 30 || last < to - 1
               || textflow::lastSignificant(end.text) == u'。');
}

// How much more of a title's wording one body must repeat than the other before the wording, not the
// page's habit, decides where the title goes. Headlines share most character pairs with their own lead
// (often over half) and a few common ones (发展, 工作) with any other, so a fifth is a clear difference.
constexpr double kTitleOverlapMargin = 0.2;
// A title over a body that repeats a third of its character pairs in the lead is that body's headline;
// column labels (一周动态) repeat none.
constexpr double kHeadedFromAbove = 0.34;

// A title between two bodies: the one before it (headline printed after its text) or the one after it
// (headline printed above)? Pages mix both; the title's wording says which body it heads.
bool Assembler::titleGoesToNext(qsizetype index, bool pageLead, bool *ambiguous) const
{
    *ambiguous = false;
    if (m_runToNext)
        return true; // a title stack stays together: the kicker went down, so do the lines below it
    if (!m_piece || m_piece->article.paragraphs.isEmpty() || m_piece->sealed)
        return pageLead;
    // A vertical headline after a horizontal one that already closed the text above: a title stack does
    // not change direction, so the vertical one stands beside the text that follows (a photo caption).
    if (m_units[index].kind == UnitKind::Vertical && m_piece->state == State::Titled && !m_piece->title.isEmpty()
        && !m_piece->title.last().vertical && index + 1 < m_units.size()
        && m_units[index + 1].kind != UnitKind::Header)
        return true;
    // One title stack per piece: a piece that was headed from above takes no second one below.
    if (!m_piece->preTitle.isEmpty()) {
        // ...when what stood above was its headline (it repeats the lead's words), not a column label.
        QString above;
        for (const titleblock::TitleGroup &g : std::as_const(m_piece->preTitle))
            above += g.lines.join(QString());
        if (titleblock::leadOverlap(above, QStringView(m_piece->article.paragraphs.constFirst()).left(kLeadChars))
            >= kHeadedFromAbove)
            return true;
    }
    qsizetype next = index;
    while (next < m_units.size() && (m_units[next].kind == UnitKind::Title || m_units[next].kind == UnitKind::Vertical
                                     || m_units[next].kind == UnitKind::Byline))
        ++next;
    if (next >= m_units.size() || m_units[next].kind != UnitKind::Paragraph)
        return pageLead;
    const Unit &u = m_units[index];
    const QString title = u.kind == UnitKind::Vertical ? u.columns.join(QString()) : u.text;
    QString before;
    for (const QString &p : std::as_const(m_piece->article.paragraphs)) {
        before += p;
        if (before.size() >= kLeadChars)
            break;
    }
    QString after;
    for (qsizetype j = next; j < m_units.size() && m_units[j].kind == UnitKind::Paragraph && after.size() < kLeadChars; ++j)
        after += m_units[j].text;
    const double toPrevious = titleblock::leadOverlap(title, QStringView(before).left(kLeadChars));
    const double toNext = titleblock::leadOverlap(title, QStringView(after).left(kLeadChars));
    if (toNext >= toPrevious + kTitleOverlapMargin)
        return true;
    if (toPrevious >= toNext + kTitleOverlapMargin)
        return false;
    *ambiguous = true;
    return pageLead;
}

QList<Page> Assembler::run()
{
    // Decide the title order page by page (a run of running-head lines starts a page).
    std::vector<char> leadMode(size_t(m_units.size()) + 1, 0);
    for (qsizetype from = 0; from < m_units.size();) {
        qsizetype to = from;
        while (to < m_units.size() && m_units[to].kind == UnitKind::Header)
            ++to;
        while (to < m_units.size() && m_units[to].kind != UnitKind::Header)
            ++to;
        const bool lead = titlesLead(from, to);
        for (qsizetype k = from; k < to; ++k)
            leadMode[size_t(k)] = lead;
        from = to;
    }
    for (qsizetype k = 0; k < m_units.size(); ++k) {
        const Unit &u = m_units[k];
        m_titlesLead = leadMode[size_t(k)];
        if (u.kind != UnitKind::Title && u.kind != UnitKind::Vertical) {
            m_runToNext = false;
            m_lastSubhead = false;
        }
        switch (u.kind) {
        case UnitKind::Header: {
            finishPiece();
            const bool reuse = m_pageOpen && m_pages.last().articles.isEmpty();
            if (!reuse) {
                finishPage();
                startPage();
            }
            Page &page = m_pages.last();
            m_pageHasHeader = true;
            if (u.header.kind == pageheader::LineKind::PageLabel) {
                if (!page.date.isValid())
                    page.date = u.header.date;
                if (page.label.isEmpty())
                    page.label = u.header.label;
                if (!u.header.section.isEmpty() && !page.section.split(QStringLiteral("、")).contains(u.header.section))
                    page.section = page.section.isEmpty() ? u.header.section
                                                          : page.section + QStringLiteral("、") + u.header.section;
            }
            break;
        }
        case UnitKind::Label:
            if (isLabelInBody(k)) {
                // A spaced or marked subhead between two paragraphs of the same text.
                Unit p = u;
                p.kind = UnitKind::Paragraph;
                p.text = textflow::squashSpaces(u.text);
                p.blankBefore = false;
                p.column = m_piece->column;
                addParagraph(p);
            } else {
                addLabel(u);
            }
            break;
        case UnitKind::Title:
        case UnitKind::Vertical: {
            if (u.kind == UnitKind::Title && m_lastSubhead && !u.blankBefore && m_piece
                && !m_piece->article.paragraphs.isEmpty()) {
                // The second line of a wrapped subhead.
                m_piece->article.paragraphs.last() += textflow::cleanText(u.text);
                break;
            }
            m_lastSubhead = false;
            if (u.kind == UnitKind::Title
                && (titleblock::isEnumeratedHeading(u.text) || titleblock::isSectionMarker(u.text)
                    || titleblock::isQuoteAttribution(u.text))) {
                m_lastSubhead = !textflow::endsSentence(u.text);
                // A subhead (三、…) or a part marker (核心阅读) is body text, whatever its length.
                Unit p = u;
                p.kind = UnitKind::Paragraph;
                p.blankBefore = false;
                if (m_piece)
                    p.column = m_piece->column;
                addParagraph(p);
                m_runToNext = false;
                break;
            }
            if (!m_titlesLead && isSubheadBetweenParagraphs(k)) {
                Unit p = u;
                p.kind = UnitKind::Paragraph;
                p.blankBefore = false;
                p.column = m_piece->column;
                addParagraph(p);
                m_runToNext = false;
                break;
            }
            bool ambiguous = false;
            m_titlesLead = titleGoesToNext(k, m_titlesLead, &ambiguous);
            m_runToNext = m_titlesLead;
            if (ambiguous && m_titlesLead)
                m_pendingAmbiguous = true;
            else if (ambiguous && m_piece)
                m_piece->titleAmbiguous = true;
            if (m_titlesLead && isInlineSubhead(k)) {
                Unit p = u;
                p.kind = UnitKind::Paragraph;
                p.column = m_piece->column;
                addParagraph(p);
            } else {
                addTitle(u);
            }
            break;
        }
        case UnitKind::Byline:
            addByline(u);
            break;
        case UnitKind::Paragraph:
            if (isolatedTitleLike(k)) {
                Unit t = u;
                t.kind = UnitKind::Title;
                addTitle(t);
            } else {
                addParagraph(u);
            }
            break;
        }
    }
    finishPage();
    if (m_pages.isEmpty())
        m_pages << Page();
    // A running head printed below its page's text (nothing follows it) names the page above it.
    if (m_pages.size() >= 2 && m_pages.last().articles.isEmpty()) {
        Page &previous = m_pages[m_pages.size() - 2];
        const Page &last = m_pages.last();
        if (!previous.date.isValid() && previous.label.isEmpty() && previous.section.isEmpty()) {
            previous.date = last.date;
            previous.label = last.label;
            previous.section = last.section;
            m_pages.removeLast();
        }
    }
    // Pages that ended up holding nothing (a header repeated at the end) are noise.
    QList<Page> pages;
    for (const Page &p : std::as_const(m_pages))
        if (!p.articles.isEmpty() || p.date.isValid() || !p.label.isEmpty())
            pages << p;
    if (pages.isEmpty())
        pages << Page();
    return pages;
}

// Page numbers, the paper's name and section names read as furniture only beside a running head; a
// blank line between them is allowed (kMaxFurnitureGap), since extractors set the header block apart.
constexpr int kMaxFurnitureGap = 1;

void promoteFurniture(QList<Line> &lines)
{
    const auto promote = [&](qsizetype k, qsizetype neighbour) {
        Line &l = lines[k];
        if (l.kind == LineKind::Header || l.kind == LineKind::Blank || lines[neighbour].kind != LineKind::Header
            || !pageheader::isFurnitureCandidate(l.text))
            return;
        l.kind = LineKind::Header;
        l.header = {};
        l.header.kind = pageheader::LineKind::Masthead;
    };
    // Forward then backward, so a run of furniture lines chains onto the running head at either end.
    qsizetype last = -1;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (lines[k].kind == LineKind::Blank)
            continue;
        if (last >= 0 && k - last - 1 <= kMaxFurnitureGap)
            promote(k, last);
        last = k;
    }
    last = -1;
    for (qsizetype k = lines.size() - 1; k >= 0; --k) {
        if (lines[k].kind == LineKind::Blank)
            continue;
        if (last >= 0 && last - k - 1 <= kMaxFurnitureGap)
            promote(k, last);
        last = k;
    }
}

} // namespace

Line classifyLine(QStringView raw, int source)
{
    Line line;
    line.source = source;
    line.text = raw.trimmed();
    if (line.text.isEmpty()) {
        line.kind = LineKind::Blank;
        return line;
    }
    line.indented = textflow::isSpace(raw.front().unicode());
    line.paragraphIndent = raw.front() == u'\x3000' || raw.startsWith(QStringLiteral("  "));
    line.width = displayWidth(line.text);
    line.spaced = textflow::isJustificationSpaced(line.text);
    line.terminated = lineTerminated(line.text, &line.credited, &line.attributed);
    // 制图：某某 closes the text above it like a signature.
    if (line.text.size() <= 40 && titleblock::isCreditNote(line.text)) {
        line.creditNote = true;
        line.terminated = true;
    }
    const qsizetype visible = line.text.size() <= 64 ? textflow::visibleLength(line.text) : 64;
    if (line.text.size() <= 100) {
        line.header = pageheader::parseLine(line.text);
        if (line.header.kind != pageheader::LineKind::None) {
            line.kind = LineKind::Header;
            return line;
        }
    }
    const bylines::Lead lead = bylines::parseLead(line.text);
    if (lead.opener != Opener::None) {
        line.kind = LineKind::Opener;
        line.opener = lead.opener;
        return line;
    }
    if (visible <= 40) {
        line.byline = bylines::parseLine(line.text);
        if (line.byline.kind != bylines::LineKind::None) {
            line.kind = LineKind::Byline;
            return line;
        }
    }
    if (visible == 1) {
        line.kind = LineKind::VChar;
        return line;
    }
    const QChar first = line.text.front();
    const bool marked = first == u'■' || (first == u'【' && line.text.back() == u'】');
    if (marked && visible <= 14 && !line.terminated) {
        line.kind = LineKind::Label;
        return line;
    }
    line.kind = LineKind::Text;
    return line;
}

QList<Unit> groupLines(const QList<Line> &lines)
{
    return Grouper(lines).run();
}

QList<Page> assemble(const QList<Unit> &units)
{
    return Assembler(units).run();
}

QList<Page> reconstruct(QStringView text)
{
    QList<Line> lines;
    lines.reserve(text.count(u'\n') + 1);
    int source = 0;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype to = text.indexOf(u'\n', from);
        if (to < 0)
            to = text.size();
        lines << classifyLine(text.mid(from, to - from), source++);
        from = to + 1;
    }
    promoteFurniture(lines);
    const QList<Unit> units = groupLines(lines);
    return assemble(units);
}

} // namespace kanbao::rawlayout
