#include "reconstruct/titleblock.h"

#include "reconstruct/textflow.h"

#include <QRegularExpression>

#include <limits>

namespace kanbao::titleblock {

namespace {

bool opensWithDash(const QString &line)
{
    return line.startsWith(QStringLiteral("—")) || line.startsWith(QStringLiteral("——"))
           || line.startsWith(QStringLiteral("--")) || line.startsWith(QStringLiteral("─"));
}

QString joinLines(const QStringList &lines)
{
    QString out;
    for (const QString &l : lines) {
        if (l.isEmpty())
            continue;
        if (!out.isEmpty()) {
            // Wrapped title lines join directly, except two Latin words.
            const QChar a = out.back();
            const QChar b = l.front();
            if (a.unicode() < 0x80 && b.unicode() < 0x80 && a.isLetterOrNumber() && b.isLetterOrNumber())
                out += QLatin1Char(' ');
        }
        out += l;
    }
    return out;
}

QString joinGroups(const QList<TitleGroup> &groups, qsizetype from, qsizetype to)
{
    QStringList parts;
    for (qsizetype i = from; i < to; ++i)
        parts << joinLines(groups[i].lines);
    parts.removeAll(QString());
    // Separate groups were set apart in print; vertical columns are one phrase read top to bottom.
    bool vertical = true;
    for (qsizetype i = from; i < to; ++i)
        vertical = vertical && groups[i].vertical;
    return parts.join(vertical ? QString() : QStringLiteral(" "));
}

} // namespace

QString titleText(const QString &line)
{
    return textflow::cleanTitle(line);
}

TitleParts composeTitle(const QList<TitleGroup> &input)
{
    TitleParts parts;
    QList<TitleGroup> groups;
    for (const TitleGroup &g : input) {
        TitleGroup clean;
        clean.vertical = g.vertical;
        for (const QString &l : g.lines) {
            const QString t = titleText(l);
            if (!t.isEmpty())
                clean.lines << t;
        }
        if (!clean.lines.isEmpty())
            groups << clean;
    }
    if (groups.isEmpty())
        return parts;

    // The subheadline: from the first line opening with a dash to the end of the block.
    qsizetype subGroup = -1;
    qsizetype subLine = -1;
    for (qsizetype g = 0; g < groups.size() && subGroup < 0; ++g)
        for (qsizetype l = 0; l < groups[g].lines.size(); ++l)
            if (opensWithDash(groups[g].lines[l]) && (g > 0 || l > 0)) {
                subGroup = g;
                subLine = l;
                break;
            }
    if (subGroup >= 0) {
        QStringList sub = groups[subGroup].lines.mid(subLine);
        for (qsizetype g = subGroup + 1; g < groups.size(); ++g)
            sub << groups[g].lines;
        parts.subheadline = joinLines(sub);
        groups[subGroup].lines = groups[subGroup].lines.mid(0, subLine);
        groups = groups.mid(0, subGroup + 1);
        if (groups.last().lines.isEmpty())
            groups.removeLast();
    }
    if (groups.isEmpty())
        return parts;

    bool allVertical = true;
    for (const TitleGroup &g : std::as_const(groups))
        allVertical = allVertical && g.vertical;

    qsizetype headlineFrom = groups.size() - 1;
    if (allVertical) {
        headlineFrom = 0;
        if (groups.size() >= 3) {
            // Leading columns longer than every later column are the kicker.
            for (qsizetype split = 1; split + 2 <= groups.size(); ++split) {
                qsizetype shortestBefore = std::numeric_limits<qsizetype>::max();
                qsizetype longestAfter = 0;
                for (qsizetype i = 0; i < split; ++i)
                    shortestBefore = qMin(shortestBefore, joinLines(groups[i].lines).size());
                for (qsizetype i = split; i < groups.size(); ++i)
                    longestAfter = qMax(longestAfter, joinLines(groups[i].lines).size());
                if (shortestBefore > longestAfter + 1) {
                    headlineFrom = split;
                    break;
                }
            }
        }
    }
    parts.kicker = joinGroups(groups, 0, headlineFrom);
    parts.headline = joinGroups(groups, headlineFrom, groups.size());
    if (parts.headline.isEmpty()) {
        parts.headline = parts.kicker;
        parts.kicker.clear();
    }
    return parts;
}

double leadOverlap(QStringView title, QStringView text)
{
    int pairs = 0;
    int found = 0;
    QChar previous;
    for (QChar c : title) {
        if (!textflow::isHan(c.unicode())) {
            previous = QChar();
            continue;
        }
        if (!previous.isNull()) {
            ++pairs;
            const QChar pair[2] = {previous, c};
            if (text.indexOf(QStringView(pair, 2)) >= 0)
                ++found;
        }
        previous = c;
    }
    return pairs == 0 ? 0.0 : double(found) / pairs;
}

bool isEnumeratedHeading(QStringView lineView)
{
    const QStringView line = lineView.trimmed();
    if (line.size() < 3)
        return false;
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    qsizetype i = 0;
    if (line.front() == u'（' || line.front() == u'(') {
        i = 1;
        const qsizetype from = i;
        while (i < line.size() && (numerals.contains(line[i]) || line[i].isDigit()))
            ++i;
        return i > from && i < line.size() && (line[i] == u'）' || line[i] == u')');
    }
    if (line.front() == u'第')
        i = 1;
    const qsizetype from = i;
    while (i < line.size() && (numerals.contains(line[i]) || (i - from < 2 && line[i].isDigit())))
        ++i;
    if (i == from || i >= line.size())
        return false;
    const QChar mark = line[i];
    if (from == 1) // 第四，第二部分 …: an ordinal opening a heading
        return mark == u'，' || mark == u'、' || mark == u'是';
    return mark == u'、' || (mark == u'.' && line[from].isDigit()) || mark == u'．';
}

bool isCreditNote(QStringView lineView)
{
    // 制图：某某, 数据来源：某局, 图片来源：… — the roles papers print under a graphic or a table. A
    // speaker before a colon (外交部：…) heads a headline instead, so only these roles count.
    static const QRegularExpression note(QStringLiteral(
        "^(?:制图|绘图|图表|图表制作|设计|版式设计|漫画|插图|数据来源|资料来源|图片来源|来源|摄影|视频|图|文)[\\s\\x{3000}]*[：:]"));
    return note.match(textflow::squashSpaces(lineView.trimmed())).hasMatch();
}

bool couldBeTitleLine(QStringView lineView)
{
    const QStringView line = lineView.trimmed();
    if (isCreditNote(line))
        return false;
    int open = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'（' || c == u'(')
            ++open;
        else if (c == u'）' || c == u')') {
            if (open == 0)
                return false;
            --open;
        } else if ((c == u'。' || c == u'；') && i + 1 < line.size()) {
            // A sentence ends inside the line: running text. (。” and 。） at the very end are
            // judged by the caller's end-of-sentence test.)
            const QChar n = line[i + 1];
            if (n != u'”' && n != u'’' && n != u'）')
                return false;
        }
    }
    return true;
}

// The longest name a quotation is attributed to on its own line (a person or 编者); a subtitle after a
// dash (——访某某) runs longer.
constexpr qsizetype kMaxAttributionChars = 5;

bool isQuoteAttribution(QStringView lineView)
{
    QStringView line = lineView.trimmed();
    if (!line.startsWith(u'—'))
        return false;
    while (!line.isEmpty() && line.front() == u'—')
        line = line.mid(1);
    line = line.trimmed();
    if (line.isEmpty() || line.size() > kMaxAttributionChars)
        return false;
    for (QChar c : line)
        if (!textflow::isHan(c.unicode()))
            return false;
    return !line.startsWith(u'访') && !line.startsWith(u'记');
}

bool isSectionMarker(QStringView lineView)
{
    static const QStringList markers = {QStringLiteral("核心阅读"), QStringLiteral("编者按"), QStringLiteral("阅读提示"),
                                        QStringLiteral("编者的话"), QStringLiteral("背景链接"), QStringLiteral("相关链接"),
                                        QStringLiteral("延伸阅读"), QStringLiteral("链接")};
    QString line = textflow::squashSpaces(lineView.trimmed());
    while (!line.isEmpty() && (line.back() == u'：' || line.back() == u':'))
        line.chop(1);
    return markers.contains(line);
}

} // namespace kanbao::titleblock
