#include "reconstruct/pageheader.h"

#include "reconstruct/textflow.h"

#include <QRegularExpression>
#include <QStringList>

namespace kanbao::pageheader {

namespace {

bool isMasthead(QStringView line)
{
    if (line.size() < 5 || line.size() > 40)
        return false;
    int letters = 0;
    int words = 0;
    bool inWord = false;
    for (QChar c : line) {
        const char16_t u = c.unicode();
        if (u >= 'A' && u <= 'Z') {
            ++letters;
            if (!inWord)
                ++words;
            inWord = true;
        } else if (u == ' ' || u == '.' || u == '&' || u == '\'' || u == '-') {
            inWord = false;
        } else {
            return false;
        }
    }
    return letters >= 5 && (words >= 2 || letters >= 8);
}

int deskRoleCount(const QString &line)
{
    static const QRegularExpression roles(QStringLiteral(
        "(?:新闻热线|热线|责任编辑|责编|编辑|校对|组版|美编|版式设计|版面设计|版式|制版|照排|审读|签发|统筹)[\\s\\x{3000}]*[：:]"));
    int n = 0;
    QRegularExpressionMatchIterator it = roles.globalMatch(line);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

HeaderLine parseLine(QStringView lineView)
{
    HeaderLine header;
    const QStringView line = lineView.trimmed();
    if (line.isEmpty() || line.size() > 100)
        return header;
    if (isMasthead(line)) {
        header.kind = LineKind::Masthead;
        return header;
    }
    // Cheap gates first: this runs on every line of every page.
    const bool colon = line.contains(u'：') || line.contains(u':');
    const bool year = line.contains(u'年');
    if (!colon && !year)
        return header;
    const QString s = line.toString();
    if (colon && deskRoleCount(s) >= 2) {
        header.kind = LineKind::Credits;
        return header;
    }
    // One desk role and a name or two (责任编辑：王 伟): page furniture of every paper. Bare 版式/制图
    // are left out: papers print them as the credit of a graphic inside an article.
    static const QRegularExpression oneRole(QStringLiteral(
        "^(?:责任编辑|本版编辑|责编|编辑|校对|组版|美编|版式设计|版面设计|审读|签发|本版统筹)[\\s\\x{3000}]*[：:]"
        "[\\s\\x{3000}]*[\\x{4e00}-\\x{9fff}][\\x{4e00}-\\x{9fff}\\s\\x{3000}、]{0,14}$"));
    if (colon && oneRole.match(s).hasMatch()) {
        header.kind = LineKind::Credits;
        return header;
    }
    if (s.size() > 80 || !year)
        return header;
    static const QRegularExpression dateRx(QStringLiteral(
        "(\\d{4})[\\s\\x{3000}]*年[\\s\\x{3000}]*(\\d{1,2})[\\s\\x{3000}]*月[\\s\\x{3000}]*(\\d{1,2})[\\s\\x{3000}]*日"));
    static const QRegularExpression weekdayRx(QStringLiteral("星期[一二三四五六日天]|周[一二三四五六日]"));
    static const QRegularExpression labelRx(QStringLiteral(
        "(?<![A-Za-z0-9])([A-Z]{1,2}[0-9]{1,2})(?![0-9A-Za-z])|第[\\s\\x{3000}]*([0-9一二三四五六七八九十]{1,3})[\\s\\x{3000}]*版"));
    const QRegularExpressionMatch date = dateRx.match(s);
    if (!date.hasMatch())
        return header;
    const QRegularExpressionMatch label = labelRx.match(s);
    const bool separated = s.contains(u'│') || s.contains(u'|') || s.contains(u'｜');
    const bool weekday = weekdayRx.match(s).hasMatch();
    // A page code stands apart (A08│, │B03 …); glued to words it is part of a sentence.
    bool labelApart = false;
    if (label.hasMatch()) {
        const qsizetype before = label.capturedStart() - 1;
        const qsizetype after = label.capturedEnd();
        const auto apart = [&](qsizetype i) {
            if (i < 0 || i >= s.size())
                return true;
            const QChar c = s[i];
            return textflow::isSpace(c.unicode()) || c == u'│' || c == u'|' || c == u'｜' || c == u'■';
        };
        labelApart = apart(before) && apart(after);
    }
    // A date line with its weekday and no clause marks (2019年2月12日　星期二): the dateline of a page.
    // Article text that names a weekday is a clause inside a sentence.
    static const QRegularExpression clauseMarks(QStringLiteral("[，。；、！？,;]"));
    const bool bareDateLine = weekday && !clauseMarks.match(s).hasMatch();
    if (!labelApart && !(weekday && separated) && !bareDateLine)
        return header;
    // A sentence of article text may hold a date; a running head holds little else.
    QString rest = s;
    rest.remove(dateRx);
    rest.remove(weekdayRx);
    rest.remove(labelRx);
    static const QRegularExpression separators(QStringLiteral("[│|｜■◆\\s\\x{3000}]+"));
    const QStringList tokens = rest.split(separators, Qt::SkipEmptyParts);
    static const QRegularExpression desk(QStringLiteral("编辑|校对|热线|组版|美编|责编|版式|报$|^农历"));
    for (const QString &t : tokens) {
        bool han = !t.isEmpty();
        for (QChar c : t)
            if (!textflow::isHan(c.unicode()))
                han = false;
        if (han && t.size() >= 2 && t.size() <= 10 && !desk.match(t).hasMatch()) {
            header.section = t;
            break;
        }
    }
    // Anything long left over means prose, not a running head.
    int leftover = 0;
    for (const QString &t : tokens)
        if (t != header.section)
            leftover += int(t.size());
    if (leftover > 16)
        return HeaderLine{};
    header.kind = LineKind::PageLabel;
    header.date = QDate(date.captured(1).toInt(), date.captured(2).toInt(), date.captured(3).toInt());
    if (label.hasMatch())
        header.label = label.captured(1).isEmpty() ? label.captured() : label.captured(1);
    if (!header.label.isEmpty() && header.label.startsWith(u'第'))
        header.label = textflow::squashSpaces(header.label);
    return header;
}

bool isFurnitureCandidate(QStringView lineView)
{
    const QStringView line = lineView.trimmed();
    if (line.isEmpty() || line.size() > 16)
        return false;
    // A page number alone.
    static const QRegularExpression pageNumber(QStringLiteral("^[0-9]{1,3}$"));
    // The paper's name (…日报, …晚报, …报), alone or with a section (人民日报·要闻).
    static const QRegularExpression paperName(QStringLiteral(
        "^[\\x{4e00}-\\x{9fff}]{1,6}报(?:[·•・\\s\\x{3000}|│]+[\\x{4e00}-\\x{9fff}]{2,6})?$"));
    // A page number with the section name (02 国际), or 第N版 with or without it.
    static const QRegularExpression numberedSection(QStringLiteral(
        "^(?:[0-9]{1,3}|[A-Z][0-9]{1,2}|第[\\s\\x{3000}]*[0-9一二三四五六七八九十]{1,3}[\\s\\x{3000}]*版)"
        "(?:[\\s\\x{3000}|│·]+[\\x{4e00}-\\x{9fff}]{2,6})?$"));
    const QString s = line.toString();
    return pageNumber.match(s).hasMatch() || paperName.match(s).hasMatch() || numberedSection.match(s).hasMatch();
}

} // namespace kanbao::pageheader
