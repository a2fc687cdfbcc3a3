#include "reconstruct/titleblock.h"

#include "reconstruct/textflow.h"

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

} // namespace kanbao::titleblock
