#include "reconstruct/bylines.h"

#include "reconstruct/textflow.h"

#include <QRegularExpression>

namespace kanbao::bylines {

namespace {

using textflow::isHan;
using textflow::isSpace;

// Role words of this press. The outlet prefix (本报, 新华社…) and the grade (见习, 特约…) are part of
// the role, not of the name that follows.
const QRegularExpression &roleWord()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:本报|新华社|中新社|\\p{Han}{2,8}?(?:日报|晚报|报社|电视台|融媒体中心|新闻中心))?"
        "(?:特约|见习|首席|实习|全媒体|融媒体|融媒)?(记者|通讯员|实习生|评论员)"));
    return re;
}

// Words that close a staff byline without being names: 整理 (compiled by), 报道, 摄 ….
const QRegularExpression &actionWord()
{
    static const QRegularExpression re(QStringLiteral(
        "[\\s\\x{3000}]+(?:整理|报道|采写|撰文|撰稿|执笔|编译|综合|文/图|图/文|文／图|文|图|摄影|摄)$"));
    return re;
}

bool isNameChar(char32_t c)
{
    return isHan(c) || c == u'·' || c == u'•' || c == u'・';
}

bool looksLikeName(const QString &token)
{
    const QList<uint> ucs = token.toUcs4();
    if (ucs.isEmpty())
        return false;
    bool dotted = false;
    for (uint c : ucs) {
        if (!isNameChar(c))
            return false;
        if (!isHan(c))
            dotted = true;
    }
    const qsizetype n = ucs.size();
    if (dotted ? (n < 3 || n > 12) : (n < 2 || n > 4))
        return false;
    static const QStringList notNames{QStringLiteral("记者"), QStringLiteral("通讯员"), QStringLiteral("本报"),
                                      QStringLiteral("新华社"), QStringLiteral("实习生")};
    for (const QString &w : notNames)
        if (token.contains(w))
            return false;
    return true;
}

QStringList *listFor(Credits *c, Target t)
{
    switch (t) {
    case Target::Reporters: return &c->reporters;
    case Target::Correspondents: return &c->correspondents;
    case Target::Authors: return &c->authors;
    case Target::Photographers: return &c->photographers;
    }
    return &c->authors;
}

void appendUnique(QStringList &list, const QStringList &names)
{
    for (const QString &n : names)
        if (!list.contains(n))
            list << n;
}

bool isSentenceEndOrCloser(char32_t c)
{
    switch (c) {
    case u'。': case u'！': case u'？': case u'!': case u'?': case u'…': case u'”': case u'’': case u'」':
    case u'』': case u'）': case u')': case u'；':
        return true;
    default:
        return false;
    }
}

QStringView trimView(QStringView s)
{
    while (!s.isEmpty() && isSpace(s.front().unicode()))
        s = s.mid(1);
    while (!s.isEmpty() && isSpace(s.back().unicode()))
        s.chop(1);
    return s;
}

} // namespace

void Credits::mergeInto(Article &article) const
{
    appendUnique(article.reporters, reporters);
    appendUnique(article.correspondents, correspondents);
    appendUnique(article.authors, authors);
    appendUnique(article.photographers, photographers);
}

void Credits::merge(const Credits &other)
{
    appendUnique(reporters, other.reporters);
    appendUnique(correspondents, other.correspondents);
    appendUnique(authors, other.authors);
    appendUnique(photographers, other.photographers);
}

bool splitNames(QStringView text, QStringList *names)
{
    // Tokens separated by list punctuation or spaces; single characters in a row were one name set
    // with justification spacing.
    QStringList tokens;
    QString current;
    bool currentSingleRun = false; // current holds merged single-character tokens
    QStringList raw;
    QString token;
    const auto flushToken = [&] {
        if (!token.isEmpty())
            raw << token;
        token.clear();
    };
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (isSpace(u) || u == u'、' || u == u'，' || u == u',' || u == u'；' || u == u';' || u == u'/'
            || u == u'／') {
            flushToken();
            continue;
        }
        token.append(ch);
    }
    flushToken();
    for (const QString &t : raw) {
        const bool single = t.toUcs4().size() == 1;
        if (single && currentSingleRun) {
            current += t;
            continue;
        }
        if (!current.isEmpty())
            tokens << current;
        current = t;
        currentSingleRun = single;
    }
    if (!current.isEmpty())
        tokens << current;
    // A lone character left over was spaced away from the rest of its name ("何 二三").
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].toUcs4().size() != 1 || tokens.size() < 2)
            continue;
        if (i + 1 < tokens.size()) {
            tokens[i + 1].prepend(tokens[i]);
        } else {
            tokens[i - 1].append(tokens[i]);
        }
        tokens.removeAt(i);
        --i;
    }
    if (tokens.isEmpty())
        return false;
    for (const QString &t : std::as_const(tokens))
        if (!looksLikeName(t))
            return false;
    if (names)
        *names << tokens;
    return true;
}

bool parseRoles(QStringView text, const RoleMap &map, Credits *out)
{
    QString s = trimView(text).toString();
    const QRegularExpressionMatch action = actionWord().match(s);
    if (action.hasMatch())
        s.truncate(action.capturedStart());
    if (s.isEmpty() || s.size() > 80)
        return false;
    Credits found;
    Target target = map.unlabelled;
    qsizetype from = 0;
    bool anyName = false;
    const auto take = [&](QStringView segment) {
        segment = trimView(segment);
        if (segment.isEmpty())
            return true;
        QStringList names;
        if (!splitNames(segment, &names))
            return false;
        appendUnique(*listFor(&found, target), names);
        anyName = true;
        return true;
    };
    QRegularExpressionMatchIterator it = roleWord().globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!take(QStringView(s).mid(from, m.capturedStart() - from)))
            return false;
        const QString role = m.captured(1);
        if (role == QStringLiteral("通讯员"))
            target = map.correspondent;
        else if (role == QStringLiteral("评论员"))
            target = Target::Authors;
        else
            target = map.reporter;
        from = m.capturedEnd();
    }
    if (!take(QStringView(s).mid(from)))
        return false;
    if (!anyName)
        return false;
    if (out)
        out->merge(found);
    return true;
}

Lead parseLead(QStringView paragraph)
{
    Lead lead;
    qsizetype start = 0;
    while (start < paragraph.size() && isSpace(paragraph[start].unicode()))
        ++start;
    if (start >= paragraph.size())
        return lead;
    const char16_t first = paragraph[start].unicode();
    if (first == u'●' || first == u'◆' || first == u'★' || first == u'☆' || first == u'○' || first == u'◎') {
        lead.opener = Opener::Brief;
        lead.consumed = start + 1;
        while (lead.consumed < paragraph.size() && isSpace(paragraph[lead.consumed].unicode()))
            ++lead.consumed;
        return lead;
    }
    if (textflow::isArrow(first) || (QChar::isHighSurrogate(first) && start + 1 < paragraph.size()
                                      && textflow::isArrow(QChar::surrogateToUcs4(first, paragraph[start + 1].unicode())))) {
        lead.opener = Opener::Arrow;
        lead.consumed = start + (QChar::isHighSurrogate(first) ? 2 : 1);
        return lead;
    }
    // Every opener below starts with one of these characters; most lines start with none of them.
    if (first != u'本' && first != u'又' && first != u'新' && first != u'中' && first != u'据' && first != u'人')
        return lead;
    // Only the head of the paragraph matters; bounding it keeps the regexes cheap on huge inputs.
    const QString head = paragraph.mid(start, 120).toString();
    // 本报讯, 本报郑州讯, and the dated form 本报北京10月17日电: the paper's own dispatch.
    static const QRegularExpression local(QStringLiteral(
        "^(?:本报(?:\\p{Han}{0,6}?)讯|本报(?:\\p{Han}{1,8}?)?[\\s\\x{3000}]*[0-9０-９]{1,2}[\\s\\x{3000}]*月"
        "[\\s\\x{3000}]*[0-9０-９]{1,2}[\\s\\x{3000}]*日[\\s\\x{3000}]*电|又讯)"));
    static const QRegularExpression wire(QStringLiteral(
        "^((?:新华社|中新社|据新华社|人民日报)(?:\\p{Han}{1,8}?)?[\\s\\x{3000}]*"
        "(?:[0-9０-９]{1,2}[\\s\\x{3000}]*月[\\s\\x{3000}]*[0-9０-９]{1,2}[\\s\\x{3000}]*日)?[\\s\\x{3000}]*电)"));
    static const QRegularExpression paren(QStringLiteral(
        "^[\\s\\x{3000}]*[（(]([^（）()]{0,60})[）)]"));
    qsizetype consumed = 0;
    RoleMap map;
    if (const QRegularExpressionMatch m = local.match(head); m.hasMatch()) {
        lead.opener = m.captured().startsWith(QStringLiteral("又")) ? Opener::Again : Opener::Local;
        consumed = m.capturedEnd();
        map.unlabelled = Target::Authors;
    } else if (const QRegularExpressionMatch w = wire.match(head); w.hasMatch()) {
        lead.opener = Opener::Wire;
        lead.keep = w.captured(1);
        consumed = w.capturedEnd();
        map.unlabelled = Target::Reporters;
    } else {
        return lead;
    }
    const QRegularExpressionMatch p = paren.match(QStringView(head).mid(consumed));
    if (p.hasMatch()) {
        Credits credits;
        if (parseRoles(p.captured(1), map, &credits)) {
            lead.credits = credits;
            consumed += p.capturedEnd();
        }
    }
    lead.consumed = start + consumed;
    return lead;
}

LineByline parseLine(QStringView lineView)
{
    LineByline result;
    const QStringView line = trimView(lineView);
    if (line.isEmpty() || line.size() > 60)
        return result;
    if (line.size() <= 16 && (line.contains(u'转') || line.contains(u'接')) && line.contains(u'版')) {
        // Jump lines of every paper: （下转第3版）, 上接第一版, (转第A2版).
        static const QRegularExpression jumpRx(QStringLiteral(
            "^[（(]?[\\s\\x{3000}]*(下转|转|上接|接)[\\s\\x{3000}]*(第?[\\s\\x{3000}]*[0-9A-Z一二三四五六七八九十]{1,3}"
            "[\\s\\x{3000}]*版)[\\s\\x{3000}]*[）)]?$"));
        const QRegularExpressionMatch m = jumpRx.match(line.toString());
        if (m.hasMatch()) {
            result.kind = LineKind::Jump;
            result.jump = textflow::squashSpaces(m.captured(2));
            if (!result.jump.startsWith(u'第'))
                result.jump.prepend(u'第');
            result.onward = m.captured(1).endsWith(u'转');
            return result;
        }
    }
    // Gates: each byline form has a tell-tale first or last character or a role word.
    const QChar first = line.front();
    const QChar last = line.back();
    const bool bracketed = first == u'（' || first == u'(';
    const bool square = first == u'□';
    const bool credited = last == u'摄' || last == u'影' || last == u'）' || last == u')';
    const bool roled = line.contains(QStringLiteral("记者")) || line.contains(QStringLiteral("通讯员"))
                       || line.contains(QStringLiteral("评论员"));
    const bool written = first == u'文' || first == u'撰' || first == u'图';
    if (!bracketed && !square && !credited && !roled && !written)
        return result;
    const QString s = line.toString();
    static const QRegularExpression dateline(QStringLiteral(
        "^[（(](?:新华社|中新社|据新华社|人民日报|据)[^（）()]{0,24}电[）)]$"));
    static const QRegularExpression agency(QStringLiteral("^[（(](?:新华社|中新社)(?:发|供图|稿)?[）)]$"));
    static const QRegularExpression attribution(QStringLiteral("^[（(]([^（）()]{1,30})[）)]$"));
    static const QRegularExpression author(QStringLiteral("^□[\\s\\x{3000}]*(.{1,30})$"));
    static const QRegularExpression credit(QStringLiteral(
        "^(.{1,50}?)[\\s\\x{3000}]*摄影?(?:报道)?[\\s\\x{3000}]*(?:[（(][^（）()]{1,16}[）)])?$"));
    static const QRegularExpression agencyCredit(QStringLiteral(
        "^(?:新华社|中新社)发[\\s\\x{3000}]*[（(](.{1,40}?)[\\s\\x{3000}]*摄影?[）)]$"));
    static const QRegularExpression staffStart(QStringLiteral(
        "^(?:本报|新华社|中新社|\\p{Han}{2,8}?(?:日报|晚报|报社|电视台|融媒体中心|新闻中心))?(?:特约|见习|首席|实习|全媒体|融媒体|融媒)?(?:记者|通讯员|评论员)"));
    static const QRegularExpression writer(QStringLiteral(
        "^(?:(?:文/图|文／图|图/文|图／文|撰文)[\\s\\x{3000}]*[/／:：]?|文[\\s\\x{3000}]*[/／:：])"
        "[\\s\\x{3000}]*(.{2,24})$"));
    const bool wireName = s.contains(QStringLiteral("新华社")) || s.contains(QStringLiteral("中新社"));
    if (dateline.match(s).hasMatch()) {
        result.kind = LineKind::Dateline;
        result.wire = true;
        return result;
    }
    // A dateline with its reporters in one parenthesis at the end of a wire story:
    // （新华社北京2月25日电  记者李斌、安蓓）.
    static const QRegularExpression datelineCredits(QStringLiteral(
        "^[（(](?:新华社|中新社|据新华社|人民日报|据)[^（）()]{0,24}?电[\\s\\x{3000}]+([^（）()]{2,80})[）)]$"));
    if (const QRegularExpressionMatch m = datelineCredits.match(s); m.hasMatch()) {
        RoleMap map{Target::Reporters, Target::Reporters, Target::Correspondents};
        if (parseRoles(m.captured(1), map, &result.credits)) {
            result.kind = LineKind::Dateline;
            result.wire = true;
        }
        return result;
    }
    if (agency.match(s).hasMatch()) {
        result.kind = LineKind::Agency;
        result.wire = true;
        return result;
    }
    if (const QRegularExpressionMatch m = agencyCredit.match(s); m.hasMatch()) {
        RoleMap map{Target::Photographers, Target::Photographers, Target::Photographers};
        if (parseRoles(m.captured(1), map, &result.credits)) {
            result.kind = LineKind::Credit;
            result.wire = true;
        }
        return result;
    }
    if (const QRegularExpressionMatch m = attribution.match(s); m.hasMatch()) {
        RoleMap map;
        map.unlabelled = Target::Authors;
        if (parseRoles(m.captured(1), map, &result.credits)) {
            result.kind = LineKind::Attribution;
            return result;
        }
        return result;
    }
    if (const QRegularExpressionMatch m = author.match(s); m.hasMatch()) {
        RoleMap map{Target::Authors, Target::Authors, Target::Correspondents};
        if (parseRoles(m.captured(1), map, &result.credits)) {
            result.kind = LineKind::Author;
            result.wire = wireName;
        }
        return result;
    }
    if (const QRegularExpressionMatch m = credit.match(s); m.hasMatch()) {
        RoleMap map{Target::Photographers, Target::Photographers, Target::Photographers};
        if (parseRoles(m.captured(1), map, &result.credits)) {
            result.kind = LineKind::Credit;
            result.wire = wireName;
        }
        return result;
    }
    if (staffStart.match(s).hasMatch()) {
        RoleMap map{Target::Authors, Target::Authors, Target::Correspondents};
        if (parseRoles(s, map, &result.credits)) {
            result.kind = LineKind::Staff;
            result.wire = wireName;
        }
        return result;
    }
    if (const QRegularExpressionMatch m = writer.match(s); m.hasMatch()) {
        RoleMap map{Target::Authors, Target::Authors, Target::Correspondents};
        if (parseRoles(m.captured(1), map, &result.credits))
            result.kind = LineKind::Staff;
    }
    return result;
}

Trailer parseTrailer(QStringView paragraph)
{
    Trailer trailer;
    // Trailers are short; looking at the last stretch only keeps this linear on pathological input.
    const qsizetype window = qMin<qsizetype>(paragraph.size(), 160);
    const qsizetype offset = paragraph.size() - window;
    QString tail = paragraph.right(window).toString();
    static const QRegularExpression agencyTail(QStringLiteral(
        "[\\s\\x{3000}]*[（(][^（）()]{1,16}[）)][\\s\\x{3000}]*$"));
    static const QRegularExpression creditTail(QStringLiteral("摄影?(?:报道)?[\\s\\x{3000}]*$"));
    static const QRegularExpression agencyCreditTail(QStringLiteral(
        "(?:新华社|中新社)发[\\s\\x{3000}]*[（(]([^（）()]{1,40}?)[\\s\\x{3000}]*摄影?[）)][\\s\\x{3000}]*$"));
    static const QRegularExpression attributionTail(QStringLiteral(
        "[（(]([^（）()]{1,30})[）)][\\s\\x{3000}]*$"));
    static const QRegularExpression datelineTail(QStringLiteral(
        "[（(](?:新华社|中新社|据新华社|据)[^（）()]{0,24}电[）)][\\s\\x{3000}]*$"));
    bool sawAgency = false;
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        if (const QRegularExpressionMatch m = agencyTail.match(tail); m.hasMatch()) {
            // Only a credit tail when a credit precedes it.
            const QString before = tail.left(m.capturedStart());
            if (creditTail.match(before).hasMatch()) {
                tail = before;
                sawAgency = true;
                changed = true;
            }
        }
        if (const QRegularExpressionMatch m = agencyCreditTail.match(tail); m.hasMatch()) {
            Credits credits;
            RoleMap map{Target::Photographers, Target::Photographers, Target::Photographers};
            if (parseRoles(m.captured(1), map, &credits)) {
                trailer.credits.merge(credits);
                trailer.credit = true;
                tail.truncate(m.capturedStart());
                changed = true;
            }
        }
        if (const QRegularExpressionMatch m = creditTail.match(tail); m.hasMatch()) {
            const qsizetype end = m.capturedStart();
            qsizetype begin = end;
            while (begin > 0 && end - begin < 40) {
                const QChar c = tail[begin - 1];
                if (isSentenceEndOrCloser(c.unicode()) || c == u'，')
                    break;
                --begin;
            }
            QStringView segment = QStringView(tail).mid(begin, end - begin);
            Credits credits;
            RoleMap map{Target::Photographers, Target::Photographers, Target::Photographers};
            bool ok = parseRoles(segment, map, &credits);
            if (!ok) {
                // Caption text and credit without punctuation between: try the last space-separated words.
                qsizetype cut = segment.size();
                while (cut > 0) {
                    qsizetype space = cut - 1;
                    while (space > 0 && !isSpace(segment[space - 1].unicode()))
                        --space;
                    if (space <= 0)
                        break;
                    Credits attempt;
                    if (parseRoles(segment.mid(space), map, &attempt)) {
                        credits = attempt;
                        begin += space;
                        ok = true;
                    }
                    cut = space - 1;
                    while (cut > 0 && isSpace(segment[cut - 1].unicode()))
                        --cut;
                }
            }
            if (ok) {
                trailer.credits.merge(credits);
                trailer.credit = true;
                tail.truncate(begin);
                changed = true;
            }
        }
        if (const QRegularExpressionMatch m = datelineTail.match(tail); m.hasMatch()) {
            trailer.dateline = textflow::squashSpaces(m.captured().trimmed());
            tail.truncate(m.capturedStart());
            changed = true;
        }
        if (const QRegularExpressionMatch m = attributionTail.match(tail); m.hasMatch()) {
            const QStringView before = trimView(QStringView(tail).left(m.capturedStart()));
            const bool standalone = before.isEmpty() && offset == 0;
            const bool afterSentence = !before.isEmpty() && isSentenceEndOrCloser(before.back().unicode());
            Credits credits;
            RoleMap map;
            map.unlabelled = Target::Authors;
            if ((standalone || afterSentence) && parseRoles(m.captured(1), map, &credits)) {
                trailer.credits.merge(credits);
                trailer.attribution = true;
                tail.truncate(m.capturedStart());
                changed = true;
            }
        }
        if (!changed)
            break;
        while (!tail.isEmpty() && isSpace(tail.back().unicode()))
            tail.chop(1);
    }
    Q_UNUSED(sawAgency);
    if (trailer.credit || trailer.attribution || !trailer.dateline.isEmpty())
        trailer.cut = offset + tail.size();
    return trailer;
}

} // namespace kanbao::bylines
