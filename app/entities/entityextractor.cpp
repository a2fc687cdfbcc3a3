#include "entities/entityextractor.h"

#include "entities/lexicon.h"
#include "entities/officenames.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace kanbao {

namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isOpenParen(QChar c)
{
    return c == QChar(0xFF08) || c == QLatin1Char('(');
}

bool isCloseParen(QChar c)
{
    return c == QChar(0xFF09) || c == QLatin1Char(')');
}

const QString &journalistRole()
{
    static const QString role = QStringLiteral("journalist");
    return role;
}

// A paragraph with its whitespace taken out: PDF text breaks names apart (高 亢), and every rule reads
// the text without it. origin maps a character back to the paragraph.
struct CompactText
{
    QString text;
    std::vector<int> origin;

    explicit CompactText(const QString &paragraph)
    {
        text.reserve(paragraph.size());
        origin.reserve(size_t(paragraph.size()));
        for (qsizetype i = 0; i < paragraph.size(); ++i) {
            const char16_t u = paragraph[i].unicode();
            // Han text is never space: skip the Unicode table for it.
            if ((u < 0x3400 || u > 0x9FFF) && paragraph[i].isSpace())
                continue;
            text.append(paragraph[i]);
            origin.push_back(int(i));
        }
    }
};

// A word of two or more characters ending at `pos` (学习, 出席) ends a name read leftwards only when a name
// begins right after it: a place, a level (市, 县), a known body, 中国/中共. Inside a body's name the same word
// is part of it (党史学习教育第七巡回指导组, 中国银行焦作分行, 资产管理有限公司).
bool wordEndsPhrase(const Lexicon &lex, QStringView s, int pos)
{
    if (pos >= s.size())
        return true;
    static const QString levels = QStringLiteral("省市县区州镇乡村");
    static const QStringList starts{QStringLiteral("中国"), QStringLiteral("中共"), QStringLiteral("国家"),
                                    QStringLiteral("全国"), QStringLiteral("中央"), QStringLiteral("国务")};
    if (levels.contains(s[pos]) || lex.places.longestStartingAt(s, pos) >= 2
        || lex.organizations.longestStartingAt(s, pos) >= 2)
        return true;
    const QStringView two = s.mid(pos, 2);
    for (const QString &start : starts) {
        if (two == start)
            return true;
    }
    return false;
}

struct Span
{
    int start = 0;
    int length = 0;
    EntityType type = EntityType::Person;
    QString role;
    QList<EntityOffice> offices;

    int end() const { return start + length; }
};

enum class NameContext {
    Strong, // after an office or a byline word: any surname will do
    Role,   // after a role noun (市民, 作家): any but the function-word surnames (和, 于)
    List,   // an item of a list of names
    Weak,   // only a verb after it says it is a name: common surnames, name-like characters, no word
};

// Person rules for one paragraph.
class PersonScan
{
public:
    PersonScan(const Lexicon &lexicon, QStringView text)
        : lex(lexicon), s(text), n(int(text.size())), taken(size_t(text.size()), false)
    {
    }

    // Names the context marks plainly: national leaders, names after titles, roles and byline words.
    void findMarkedNames()
    {
        findLeaders();
        findCuedNames();
    }

    // Names known only by a verb after them, away from the organizations and places found meanwhile.
    void findVerbCuedNames(const std::vector<Span> &others)
    {
        for (const Span &o : others) {
            for (int i = o.start; i < o.end(); ++i)
                taken[size_t(i)] = true;
        }
        findVerbCuedNames();
    }

    std::vector<Span> spans;

private:
    const Lexicon &lex;
    QStringView s;
    int n;
    std::vector<bool> taken;

    bool isFree(int start, int length) const
    {
        for (int i = start; i < start + length; ++i) {
            if (taken[size_t(i)])
                return false;
        }
        return true;
    }

    void add(Span span)
    {
        for (int i = span.start; i < span.end(); ++i)
            taken[size_t(i)] = true;
        spans.push_back(std::move(span));
    }

    // Does a name ending at `end` stop there? Punctuation, the end, a verb or a following title say so.
    bool boundaryAfter(int end) const { return strongBoundaryAfter(end) || lex.afterWeak.longestStartingAt(s, end) > 0; }

    // The same without the one-character words (在, 正, 家) that may also be the last character of a name.
    bool strongBoundaryAfter(int end) const
    {
        if (end >= n || !isHan(s[end]))
            return true;
        return lex.after.longestStartingAt(s, end) > 0 || lex.listEnd.longestStartingAt(s, end) > 0
            || lex.titles.longestStartingAt(s, end) > 0 || lex.journalistRoles.longestStartingAt(s, end) > 0;
    }

    // Can a name begin at `start` even with no title before it?
    bool boundaryBefore(int start) const
    {
        if (start <= 0 || !isHan(s[start - 1]))
            return true;
        return lex.before.longestEndingAt(s, start) > 0 || lex.roles.longestEndingAt(s, start) > 0
            || lex.titles.longestEndingAt(s, start) > 0;
    }

    int surnameLength(int start, NameContext context) const
    {
        if (start + 1 < n && lex.isCompoundSurname(s.mid(start, 2)))
            return 2;
        const int tier = lex.surnameTier(s[start]);
        if (tier == 0 || ((context == NameContext::Weak || context == NameContext::Role) && tier > 2))
            return 0;
        return 1;
    }

    bool validName(int start, int length, int surname, NameContext context) const
    {
        const int given = length - surname;
        if (given < 1 || given > 2 || start + length > n)
            return false;
        for (int i = start; i < start + length; ++i) {
            if (!isHan(s[i]))
                return false;
        }
        for (int i = start + surname; i < start + length; ++i) {
            if (lex.isNotGiven(s[i]) || (context == NameContext::Weak && lex.givenNameCount(s[i]) == 0))
                return false;
        }
        const QStringView candidate = s.mid(start, length);
        if (lex.leaders.contains(candidate))
            return true;
        if (lex.commonWords.contains(candidate) || lex.places.contains(candidate)
            || lex.organizations.contains(candidate) || lex.stopwords.contains(candidate))
            return false;
        const QStringView givenPart = s.mid(start + surname, given);
        const bool rareSurname = surname == 1 && lex.surnameTier(s[start]) > 1;
        if (given == 2 && (context == NameContext::Weak || rareSurname)
            && (lex.commonWords.contains(givenPart) || lex.stopwords.contains(givenPart)))
            return false;
        if (context == NameContext::Weak && length == 3 && surname == 1 && lex.commonWords.contains(s.mid(start, 2)))
            return false;
        return true;
    }

    // Length of the name starting at `start`, judged by what follows it; 0 when none fits.
    int nameLengthAt(int start, NameContext context) const
    {
        if (start >= n)
            return 0;
        const bool compound = start + 1 < n && lex.isCompoundSurname(s.mid(start, 2));
        for (const int surname : {compound ? 2 : 0, 1}) {
            if (surname == 0 || (surname == 1 && lex.surnameTier(s[start]) == 0))
                continue;
            if (surname == 1 && (context == NameContext::Weak || context == NameContext::Role)
                && lex.surnameTier(s[start]) > 2)
                continue;
            for (int length = surname + 1; length <= surname + 2; ++length) {
                if (start + length > n)
                    break;
                if (!boundaryAfter(start + length) || !validName(start, length, surname, context))
                    continue;
                // 陈永正）: a one-character cue after two characters may be the name's own third one.
                const int longer = length + 1;
                if (length == surname + 1 && !strongBoundaryAfter(start + length) && start + longer <= n
                    && strongBoundaryAfter(start + longer) && validName(start, longer, surname, context))
                    return longer;
                return length;
            }
        }
        if (context == NameContext::Strong || context == NameContext::Role) {
            if (const int length = nameBeforeWordAt(start, context))
                return length;
        }
        if (context == NameContext::Strong)
            return unlistedSurnameNameAt(start);
        return 0;
    }

    // 村民李某某高兴地说: after a title or a role the name may run straight into an ordinary word; the name
    // ends where a known word begins.
    int nameBeforeWordAt(int start, NameContext context) const
    {
        const bool compound = start + 1 < n && lex.isCompoundSurname(s.mid(start, 2));
        const int surname = compound ? 2 : 1;
        if (!compound && surnameLength(start, context) == 0)
            return 0;
        for (int length = surname + 1; length <= surname + 2 && start + length < n; ++length) {
            const int end = start + length;
            const bool wordFollows = lex.stopwords.longestStartingAt(s, end) >= 2
                || lex.commonNouns.longestStartingAt(s, end) >= 2 || lex.commonWords.longestStartingAt(s, end) >= 2;
            if (wordFollows && validName(start, length, surname, context))
                return length;
        }
        return 0;
    }

    // 主任官某某，/ 主任官某某出席: right after a title a three-character name closed by punctuation or by a
    // word of two or more characters that follows names (出席, 主持, 强调) is taken even when its surname
    // is missing from the list, as long as nothing in it reads like an ordinary word.
    int unlistedSurnameNameAt(int start) const
    {
        const int length = 3;
        const int end = start + length;
        if (end > n)
            return 0;
        if (end < n && isHan(s[end]) && lex.after.longestStartingAt(s, end) < 2 && lex.listEnd.longestStartingAt(s, end) < 2)
            return 0;
        for (int i = start; i < start + length; ++i) {
            if (!isHan(s[i]) || lex.isNotGiven(s[i]) || lex.isStopChar(s[i]) || (i > start && lex.givenNameCount(s[i]) == 0))
                return 0;
        }
        const QStringView word = s.mid(start, length);
        for (const QStringView part : {word, word.left(2), word.right(2)}) {
            if (lex.commonWords.contains(part) || lex.commonNouns.contains(part) || lex.stopwords.contains(part)
                || lex.places.contains(part) || lex.organizations.contains(part) || lex.affixWords.contains(part))
                return 0;
        }
        return length;
    }

    // The longest name ending at `end` whose start is a plausible name start.
    std::pair<int, int> nameEndingAt(int end, NameContext context) const
    {
        for (const int length : {3, 2, 4}) {
            const int start = end - length;
            if (start < 0)
                continue;
            const int surname = surnameLength(start, context);
            if (surname == 0)
                continue;
            if (validName(start, length, surname, context) && boundaryBefore(start) && isFree(start, length))
                return {start, length};
            // A compound surname reading failed: try the single surname.
            if (surname == 2 && lex.surnameTier(s[start]) > 0 && validName(start, length, 1, context)
                && boundaryBefore(start) && isFree(start, length))
                return {start, length};
        }
        return {-1, 0};
    }

    void addName(int start, int length, QString role = {}, QList<EntityOffice> offices = {})
    {
        Span span;
        span.start = start;
        span.length = length;
        span.type = EntityType::Person;
        span.role = std::move(role);
        span.offices = std::move(offices);
        const QString listRole = span.role;
        add(std::move(span));
        extendListForward(start + length, listRole);
        extendListBackward(start, listRole);
    }

    // 甲、乙、丙出席: the names after one already found. Journalists listed together (记者甲、乙) are all
    // journalists.
    void extendListForward(int end, const QString &role)
    {
        while (end < n && s[end] == QChar(0x3001)) {
            const int start = end + 1;
            const int length = nameLengthAt(start, NameContext::List);
            if (length == 0 || !isFree(start, length))
                return;
            Span span;
            span.start = start;
            span.length = length;
            span.role = role;
            add(std::move(span));
            end = start + length;
        }
    }

    // 甲、乙、丙出席 found from 丙: the names before it.
    void extendListBackward(int start, const QString &role)
    {
        while (start > 0 && s[start - 1] == QChar(0x3001)) {
            const auto [nameStart, length] = nameEndingAt(start - 1, NameContext::List);
            if (length == 0)
                return;
            Span span;
            span.start = nameStart;
            span.length = length;
            span.role = role;
            add(std::move(span));
            start = nameStart;
        }
    }

    void findLeaders()
    {
        for (int i = 0; i < n; ++i) {
            const int length = lex.leaders.longestStartingAt(s, i);
            if (length > 0 && isFree(i, length)) {
                addName(i, length, {}, officeChainBefore(i));
                i += length - 1;
            }
        }
    }

    // Where a name phrase (the body an office belongs to) begins when read leftwards from `end`.
    int phraseStart(int end, int maxLength) const
    {
        int pos = end;
        while (pos > 0 && end - pos < maxLength) {
            const QChar c = s[pos - 1];
            if (isCloseParen(c)) {
                int open = pos - 2;
                while (open >= 0 && pos - open <= 12 && !isOpenParen(s[open]) && !isCloseParen(s[open]))
                    --open;
                if (open < 0 || !isOpenParen(s[open]))
                    break;
                pos = open;
                continue;
            }
            if (joinsBodyName(pos - 1, end)) {
                --pos;
                continue;
            }
            if (!isHan(c) || lex.isStopChar(c) || taken[size_t(pos - 1)])
                break;
            if (lex.phraseBreaks.longestEndingAt(s, pos) > 0)
                break;
            if (const int word = lex.stopwords.longestEndingAt(s, pos); word >= 2) {
                if (pos == end || wordEndsPhrase(lex, s, pos))
                    break;
                pos -= word;
                continue;
            }
            --pos;
        }
        return pos;
    }

    // 文化广电和旅游局, 住房和城乡建设局, 人力资源和社会保障局: 和 joins two fields inside one bureau's name.
    // Not after a body, a title or a name of its own (市委和市政府, 书记和市长): there it joins two.
    bool joinsBodyName(int at, int end) const
    {
        if (s[at] != QChar(0x548C) || at < 2 || end - at < 3 || taken[size_t(at - 1)]) // 和
            return false;
        if (!isHan(s[at - 1]) || lex.isStopChar(s[at - 1]) || !isHan(s[at - 2]) || lex.isStopChar(s[at - 2]))
            return false;
        return lex.officeUnits.longestEndingAt(s, at) == 0 && lex.titles.longestEndingAt(s, at) == 0
            && lex.orgSuffixes.longestEndingAt(s, at) == 0 && lex.placeSuffixes.longestEndingAt(s, at) == 0
            && !QStringLiteral("省市县区州镇乡村").contains(s[at - 1]);
    }

    // Where the title ending at `end` begins, with its prefixes (常务副, 第一); `end` when no title ends there.
    int titleStartBefore(int end) const
    {
        const int title = end > 0 ? lex.titles.longestEndingAt(s, end) : 0;
        if (title == 0)
            return end;
        int titleStart = end - title;
        for (int guard = 0; guard < 3; ++guard) {
            const int prefix = lex.titlePrefixes.longestEndingAt(s, titleStart);
            if (prefix == 0)
                break;
            titleStart -= prefix;
        }
        return titleStart;
    }

    static bool isAdminLevel(QChar c) { return QStringLiteral("省市县区州镇乡村").contains(c); }

    // The area an organization belongs to: 孟州市委 → 孟州市, 温县县委 → 温县, 红星美凯龙集团党委 → 红星美凯龙集团.
    QString areaOf(const QString &organization) const
    {
        const int unit = lex.officeUnits.longestEndingAt(organization, organization.size());
        QString area = organization.left(organization.size() - unit);
        const QString unitText = organization.right(unit);
        if (!unitText.isEmpty() && isAdminLevel(unitText.front()) && !area.endsWith(unitText.front()))
            area += unitText.front();
        return area;
    }

    // Every office of a title chain written before a name (市政协副主席、高新区（示范区）党工委书记某某, 集团党委书记、
    // 总裁某某): the titles joined by 、 read right to left, each with the body it names. A title that names no
    // body of its own (总裁, 市长) or only a bare unit (管委会主任) takes the area of the title before it, as the
    // chain implies; a chain that starts with a bare unit (党工委副书记、…) is completed from the article later.
    QList<EntityOffice> officeChainBefore(int nameStart) const
    {
        struct Segment
        {
            int orgStart;
            int titleStart;
            int end;
        };
        std::vector<Segment> segments;
        int end = nameStart;
        for (int guard = 0; guard < 8; ++guard) {
            const int titleStart = titleStartBefore(end);
            if (titleStart == end)
                break;
            int orgStart = phraseStart(titleStart, 24);
            // 该街道党工委书记: the anaphor stays with the unit, to be resolved from the article.
            if (orgStart > 0 && orgStart < titleStart && s[orgStart - 1] == QChar(0x8BE5)) // 该
                --orgStart;
            // 该区区长, 该县县委书记: the anaphor is a word of its own (该区) that ends the phrase read leftwards.
            if (orgStart == titleStart) {
                const int det = lex.determiners.longestEndingAt(s, titleStart);
                if (det >= 2 && s[titleStart - det] == QChar(0x8BE5)) // 该
                    orgStart = titleStart - det;
            }
            segments.insert(segments.begin(), Segment{orgStart, titleStart, end});
            if (orgStart < 2 || s[orgStart - 1] != QChar(0x3001)) // 、
                break;
            end = orgStart - 1;
        }
        QList<EntityOffice> offices;
        QString previousArea;
        bool havePrevious = false;
        for (const Segment &segment : segments) {
            QString organization = s.mid(segment.orgStart, segment.titleStart - segment.orgStart).toString();
            const QString titleText = s.mid(segment.titleStart, segment.end - segment.titleStart).toString();
            const int unit = lex.officeUnits.longestEndingAt(organization, organization.size());
            EntityOffice office;
            office.office = organization.right(unit) + titleText;
            // 村党支部书记: the body named inside the title (党支部) belongs to the organization.
            const int titleUnit = lex.officeUnits.longestStartingAt(titleText, 0);
            if (!organization.isEmpty() && titleUnit > 0 && titleUnit < titleText.size())
                organization += titleText.left(titleUnit);

            if (havePrevious && organization.isEmpty()) {
                // 总裁 after 红星美凯龙集团党委书记; 市长 after 孟州市委副书记 (the title's level names the body).
                organization = previousArea;
                int level = 0;
                while (level < titleText.size() && lex.titlePrefixes.longestStartingAt(titleText, level) > 0)
                    level += lex.titlePrefixes.longestStartingAt(titleText, level);
                if (level < titleText.size() && isAdminLevel(titleText[level]) && titleText.size() - level == 2
                    && !organization.endsWith(titleText[level]))
                    organization += titleText[level];
            } else if (havePrevious && unit > 0 && unit == organization.size()) {
                organization = previousArea + organization;
            }
            office.organization = organization;
            office.writtenOrganization = organization;
            if (!organization.isEmpty()) {
                previousArea = areaOf(organization);
                havePrevious = true;
            }
            offices << office;
        }
        return offices;
    }

    // 书记吕某, 市民张某, 记者王某: a name right after a title, a role or a byline word.
    void findCuedNames()
    {
        for (int j = 1; j < n; ++j) {
            if (taken[size_t(j)] || !isHan(s[j]))
                continue;
            const bool surname = lex.surnameTier(s[j]) != 0 || (j + 1 < n && lex.isCompoundSurname(s.mid(j, 2)));
            const int journalist = lex.journalistRoles.longestEndingAt(s, j);
            const int title = journalist ? 0 : lex.titles.longestEndingAt(s, j);
            const int role = journalist || title || !surname ? 0 : lex.roles.longestEndingAt(s, j);
            // Without a listed surname only an office or a byline word may introduce a name.
            if (!(surname ? journalist || title || role : journalist || title))
                continue;
            const int length = nameLengthAt(j, role ? NameContext::Role : NameContext::Strong);
            if (length == 0 || !isFree(j, length))
                continue;
            if (journalist) {
                addName(j, length, journalistRole());
            } else if (title) {
                addName(j, length, {}, officeChainBefore(j));
            } else {
                addName(j, length);
            }
            j += length - 1;
        }
    }

    // 某某强调, 某某摄, 由某某等: a name known only by the word after it.
    void findVerbCuedNames()
    {
        for (int e = 2; e < n; ++e) {
            // Cheap tests first: a name of two to four characters needs a surname two to four back.
            if (!isHan(s[e - 1]) || taken[size_t(e - 1)]
                || !(lex.surnameTier(s[e - 2]) || (e >= 3 && lex.surnameTier(s[e - 3]))
                     || (e >= 4 && lex.isCompoundSurname(s.mid(e - 4, 2)))))
                continue;
            const bool photographer = s[e] == QChar(0x6444) && (e + 1 >= n || !isHan(s[e + 1])); // 摄
            const bool strongCue = photographer || lex.after.longestStartingAt(s, e) > 0;
            if (!strongCue && lex.afterWeak.longestStartingAt(s, e) == 0)
                continue;
            auto [start, length] = nameEndingAt(e, photographer ? NameContext::List : NameContext::Weak);
            // After a one-character cue (在, 等) only a preposition before the name (由, 像) will do.
            if (length > 0 && !strongCue && lex.before.longestEndingAt(s, start) == 0)
                length = 0;
            if (length > 0)
                addName(start, length, photographer ? journalistRole() : QString());
        }
    }
};

// Organizations and places for one paragraph, around the people already found.
class OrgPlaceScan
{
public:
    OrgPlaceScan(const Lexicon &lexicon, QStringView text, const std::vector<Span> &people)
        : lex(lexicon), s(text), n(int(text.size())), person(size_t(text.size()), false)
    {
        for (const Span &p : people) {
            for (int i = p.start; i < p.end(); ++i)
                person[size_t(i)] = true;
        }
    }

    std::vector<Span> run()
    {
        std::vector<Span> found;
        std::vector<Span> orgs = organizations();
        std::vector<Span> places = placeNames();
        keepLongest(orgs, found);
        keepLongest(places, found);
        return found;
    }

private:
    const Lexicon &lex;
    QStringView s;
    int n;
    std::vector<bool> person;

    bool isAdminChar(QChar c) const
    {
        static const QString admin = QStringLiteral("省市县区州镇乡村");
        return admin.contains(c);
    }

    bool isOneCharPlaceSuffix(QChar c) const { return isAdminChar(c); }

    // Does a title of two or more characters end at `pos` (主任|), not inside a body's word (委员|会)?
    bool titleEndsAt(int pos) const
    {
        const int title = pos > 0 ? lex.titles.longestEndingAt(s, pos) : 0;
        if (title < 2)
            return false;
        for (int k = pos - title; k < pos; ++k) {
            if (lex.orgSuffixes.longestStartingAt(s, k) > pos - k)
                return false;
        }
        return true;
    }

    // Where the name ending at `end` begins, or -1 when it runs on past maxLength without a break (then
    // the real start is unknown and a guess would cut a word: 获评示范村).
    int phraseStart(int end, int maxLength, bool stopAtPlaceSuffix) const
    {
        int pos = end;
        bool stopped = false;
        while (pos > 0 && end - pos < maxLength) {
            const QChar c = s[pos - 1];
            if (isCloseParen(c)) {
                int open = pos - 2;
                while (open >= 0 && pos - open <= 12 && !isOpenParen(s[open]) && !isCloseParen(s[open]))
                    --open;
                if (open < 0 || !isOpenParen(s[open])) {
                    stopped = true;
                    break;
                }
                pos = open;
                continue;
            }
            if (!isHan(c) || lex.isStopChar(c) || person[size_t(pos - 1)]
                || (stopAtPlaceSuffix && (isOneCharPlaceSuffix(c) || lex.placeSuffixes.longestEndingAt(s, pos) > 0))
                || titleEndsAt(pos) || lex.phraseBreaks.longestEndingAt(s, pos) > 0) {
                stopped = true;
                break;
            }
            if (const int word = lex.stopwords.longestEndingAt(s, pos); word >= 2) {
                if (stopAtPlaceSuffix || pos == end || wordEndsPhrase(lex, s, pos)) {
                    stopped = true;
                    break;
                }
                pos -= word;
                continue;
            }
            --pos;
        }
        if (!stopped && pos > 0)
            return -1;
        // Never start on a dangling parenthesis, a counter after a number (5家企业) or a determiner (该公司).
        while (pos < end && (isCloseParen(s[pos]) || isOpenParen(s[pos])))
            ++pos;
        if (pos > 0 && s[pos - 1].isDigit()) {
            static const QString counters = QStringLiteral("家个余名位批项年月日号届次多所座度");
            while (pos < end && counters.contains(s[pos]))
                ++pos;
        }
        const int det = lex.determiners.longestStartingAt(s, pos);
        if (det > 0 && pos + det <= end)
            pos += det;
        return pos;
    }

    bool freeOfPeople(int start, int end) const
    {
        for (int i = start; i < end; ++i) {
            if (person[size_t(i)])
                return false;
        }
        return true;
    }

    static Span make(int start, int end, EntityType type)
    {
        Span span;
        span.start = start;
        span.length = end - start;
        span.type = type;
        return span;
    }

    std::vector<Span> organizations() const
    {
        std::vector<Span> out;
        for (int e = 2; e <= n; ++e) {
            const int suffix = lex.orgSuffixes.longestEndingAt(s, e);
            if (suffix == 0)
                continue;
            // 局面, 部分: the suffix character starts another word.
            if (suffix == 1 && e < n && lex.affixWords.contains(s.mid(e - 1, 2)))
                continue;
            const int suffixStart = e - suffix;
            const int start = phraseStart(suffixStart, 18, false);
            if (start < 0)
                continue;
            const int prefix = suffixStart - start;
            if (prefix == 0 || !freeOfPeople(start, e))
                continue;
            const QStringView whole = s.mid(start, e - start);
            const bool known = lex.organizations.contains(whole);
            // 主任某某工作部署: right after a title stands a person's name, not a body.
            if (!known && titleEndsAt(start))
                continue;
            if (prefix == 1 && !(suffix >= 2 && isAdminChar(s[start])) && !known)
                continue;
            if (suffix == 1 && !known) {
                // 开好局, 干部: a bare one-character suffix needs a body named by a place or a level. 政局 reads
                // as a word, but not at the end of a known body (县民政局).
                const int knownTail = lex.organizations.longestEndingAt(s, e);
                const bool tailKnown = knownTail >= 3 && knownTail < e - start;
                if (prefix < 2 || (!tailKnown && lex.affixWords.contains(s.mid(e - 2, 2))))
                    continue;
                if (!isAdminChar(s[start]) && lex.places.longestStartingAt(s, start) == 0
                    && s.mid(start, 2) != QStringLiteral("国家") && s.mid(start, 2) != QStringLiteral("中央"))
                    continue;
            }
            if (lex.determiners.contains(s.mid(start, prefix)))
                continue;
            out.push_back(make(start, e, EntityType::Organization));
        }
        for (int i = 0; i < n; ++i) {
            const int length = lex.organizations.longestStartingAt(s, i);
            if (length >= 3 && nameStartsAt(i) && nameEndsAt(i + length) && freeOfPeople(i, i + length))
                out.push_back(make(i, i + length, EntityType::Organization));
        }
        return out;
    }

    // A name from the lexicon starts a word only after a break (清政府 in 理清政府 does not).
    bool nameStartsAt(int i) const
    {
        if (i <= 0 || !isHan(s[i - 1]) || lex.isStopChar(s[i - 1]) || person[size_t(i - 1)])
            return true;
        return lex.stopwords.longestEndingAt(s, i) >= 2 || lex.before.longestEndingAt(s, i) > 0
            || lex.placeSuffixes.longestEndingAt(s, i) > 0 || isAdminChar(s[i - 1]);
    }

    // A name from the lexicon stands alone only if the next word does not continue it (联席会 in 联席会议).
    bool nameEndsAt(int e) const
    {
        if (e >= n || !isHan(s[e]) || lex.isStopChar(s[e]))
            return true;
        return lex.after.longestStartingAt(s, e) > 0 || lex.titles.longestStartingAt(s, e) > 0
            || lex.journalistRoles.longestStartingAt(s, e) > 0 || lex.orgSuffixes.longestStartingAt(s, e) > 0
            || lex.stopwords.longestStartingAt(s, e) > 0;
    }

    bool placeEndsAt(int e) const
    {
        // 市民, 县委, 村民: a one-character suffix that begins the next word does not end a place.
        return !(e < n && isOneCharPlaceSuffix(s[e - 1]) && lex.affixWords.contains(s.mid(e - 1, 2)));
    }

    std::vector<Span> placeNames() const
    {
        std::vector<Span> out;
        for (int e = 2; e <= n; ++e) {
            const int suffix = lex.placeSuffixes.longestEndingAt(s, e);
            if (suffix == 0 || !placeEndsAt(e))
                continue;
            const int suffixStart = e - suffix;
            const int start = phraseStart(suffixStart, 4, true);
            if (start < 0)
                continue;
            const int prefix = suffixStart - start;
            if (prefix == 0 || !freeOfPeople(start, e))
                continue;
            const QStringView whole = s.mid(start, e - start);
            const bool known = lex.places.contains(whole);
            if (prefix == 1 && !known && s[e - 1] != QChar(0x53BF)) // 县: 温县, 滑县
                continue;
            // 各分包区, 各责任区: after 各 or 每 stands a kind of area, not the name of one.
            if (!known && start > 0 && (s[start - 1] == QChar(0x5404) || s[start - 1] == QChar(0x6BCF))) // 各 每
                continue;
            if (suffix == 1 && !known && lex.affixWords.contains(s.mid(e - 2, 2)))
                continue;
            // 专业村, 重点县: a common noun is not the name of a place.
            if (suffix == 1 && !known && prefix == 2 && lex.commonNouns.contains(s.mid(start, 2)))
                continue;
            // 商业区, 责任区: before 区, 市 or 省 the name must be a known place or an unknown word of its own.
            if (suffix == 1 && !known && !lex.places.contains(s.mid(start, prefix))
                && QStringLiteral("区市省").contains(s[e - 1])) {
                const QStringView body = s.mid(start, prefix);
                if (prefix != 2 || lex.commonNouns.contains(body) || lex.stopwords.contains(body)
                    || lex.commonWords.contains(body) || !nameStartsAt(start))
                    continue;
            }
            if (lex.determiners.contains(whole) || lex.determiners.contains(s.mid(start, prefix)))
                continue;
            out.push_back(make(start, e, EntityType::Place));
        }
        for (int i = 0; i < n; ++i) {
            int length = lex.places.longestStartingAt(s, i);
            if (length < 2 || person[size_t(i)] || !nameStartsAt(i))
                continue;
            // 各乡镇, 全县, 各乡: a determiner before a level names no place, though word lists carry them.
            const auto determinerPhrase = [&](int len) {
                if (lex.determiners.contains(s.mid(i, len)))
                    return true;
                const int det = lex.determiners.longestStartingAt(s, i);
                return det > 0 && det < len
                    && (lex.placeSuffixes.contains(s.mid(i + det, len - det))
                        || lex.determiners.contains(s.mid(i + det, len - det)));
            };
            for (; length >= 2; --length) {
                if (determinerPhrase(length))
                    continue;
                if (lex.places.contains(s.mid(i, length)) && placeEndsAt(i + length) && freeOfPeople(i, i + length)) {
                    out.push_back(make(i, i + length, EntityType::Place));
                    break;
                }
            }
        }
        return out;
    }

    // Longest spans first; a span overlapping one of the same type already kept is dropped.
    static void keepLongest(std::vector<Span> &candidates, std::vector<Span> &kept)
    {
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Span &a, const Span &b) { return a.length > b.length; });
        const size_t before = kept.size();
        for (Span &c : candidates) {
            bool overlaps = false;
            for (size_t k = before; k < kept.size() && !overlaps; ++k)
                overlaps = c.start < kept[k].end() && kept[k].start < c.end();
            if (!overlaps)
                kept.push_back(std::move(c));
        }
    }
};

QString squashed(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

EntityExtractor::EntityExtractor()
    : m_lexicon(Lexicon::instance())
{
}

QList<EntityMention> EntityExtractor::extract(const QString &paragraph) const
{
    Article article;
    article.paragraphs << paragraph;
    annotate(article);
    return article.entities;
}

void EntityExtractor::annotate(Article &article, const QString &paperCity) const
{
    article.entities.clear();
    QSet<QString> bylineNames;
    for (const QStringList *names : {&article.reporters, &article.correspondents, &article.authors,
                                     &article.photographers}) {
        for (const QString &name : *names) {
            const QString clean = squashed(name);
            if (clean.isEmpty() || bylineNames.contains(clean))
                continue;
            bylineNames.insert(clean);
            EntityMention m;
            m.text = clean;
            m.type = EntityType::Person;
            m.role = journalistRole();
            article.entities << m;
        }
    }

    std::vector<CompactText> texts;
    std::vector<std::vector<Span>> people;
    std::vector<std::vector<Span>> others;
    texts.reserve(size_t(article.paragraphs.size()));
    for (const QString &paragraph : std::as_const(article.paragraphs)) {
        texts.emplace_back(paragraph);
        PersonScan scan(m_lexicon, texts.back().text);
        scan.findMarkedNames();
        others.push_back(OrgPlaceScan(m_lexicon, texts.back().text, scan.spans).run());
        scan.findVerbCuedNames(others.back());
        people.push_back(std::move(scan.spans));
    }

    // A name confirmed anywhere in the article is a name wherever else it stands (某某强调 after 书记某某).
    // Longer names first, so that 李小琳 is not taken as 李小.
    QStringList confirmed;
    QSet<QString> journalists = bylineNames;
    for (size_t p = 0; p < texts.size(); ++p) {
        for (const Span &span : people[p]) {
            const QString name = texts[p].text.mid(span.start, span.length);
            if (!confirmed.contains(name))
                confirmed << name;
            if (span.role == journalistRole())
                journalists.insert(name);
        }
    }
    for (const QString &name : std::as_const(bylineNames)) {
        if (name.size() >= 2 && name.size() <= 4 && !confirmed.contains(name))
            confirmed << name;
    }
    std::stable_sort(confirmed.begin(), confirmed.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (size_t p = 0; p < texts.size() && !confirmed.isEmpty(); ++p) {
        const QString &s = texts[p].text;
        std::vector<bool> taken(size_t(s.size()), false);
        for (const std::vector<Span> *spans : {&people[p], &others[p]}) {
            for (const Span &span : *spans) {
                for (int i = span.start; i < span.end(); ++i)
                    taken[size_t(i)] = true;
            }
        }
        for (const QString &name : std::as_const(confirmed)) {
            for (qsizetype at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                const int start = int(at);
                const int length = int(name.size());
                bool free = true;
                for (int k = start; k < start + length && free; ++k)
                    free = !taken[size_t(k)];
                if (!free)
                    continue;
                Span span;
                span.start = start;
                span.length = length;
                people[p].push_back(span);
                for (int k = start; k < start + length; ++k)
                    taken[size_t(k)] = true;
            }
        }
    }

    for (size_t p = 0; p < texts.size(); ++p) {
        const CompactText &t = texts[p];
        std::vector<Span> spans = std::move(people[p]);
        spans.insert(spans.end(), std::make_move_iterator(others[p].begin()), std::make_move_iterator(others[p].end()));
        std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        for (Span &span : spans) {
            EntityMention m;
            m.text = t.text.mid(span.start, span.length);
            m.type = span.type;
            m.paragraph = int(p);
            m.offset = t.origin[size_t(span.start)];
            m.role = span.role;
            if (m.type == EntityType::Person && journalists.contains(m.text))
                m.role = journalistRole();
            m.offices = std::move(span.offices);
            article.entities << m;
        }
    }
    // The headline names the area or body a local report is about (山阳区召开…会议), which a bare 区委 in
    // its body refers to.
    QStringList headlineUnits;
    for (const QString *title : {&article.kicker, &article.headline, &article.subheadline}) {
        const CompactText compact(*title);
        if (compact.text.isEmpty())
            continue;
        std::vector<Span> units = OrgPlaceScan(m_lexicon, compact.text, {}).run();
        std::stable_sort(units.begin(), units.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        for (const Span &unit : units)
            headlineUnits << compact.text.mid(unit.start, unit.length);
    }
    officenames::resolveArticleOffices(article, paperCity, headlineUnits);
}

} // namespace kanbao
