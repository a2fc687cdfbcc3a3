#include "entities/officenames.h"

#include "entities/lexicon.h"

#include <algorithm>

namespace kanbao::officenames {

namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

bool isCloseParen(QChar c)
{
    return c == QChar(0xFF09) || c == QLatin1Char(')');
}

bool isAdminLevel(QChar c)
{
    return QStringLiteral("省市县区州镇乡").contains(c);
}

// A（B）rest where A and B name the same area: B is an alias written in brackets. The two are put in one
// order (the smaller first) so that either way of writing gives one unit.
QString orderBracketAlias(const QString &org)
{
    const qsizetype open =
        org.indexOf(QChar(0xFF08)) >= 0 ? org.indexOf(QChar(0xFF08)) : org.indexOf(QLatin1Char('('));
    if (open < 2)
        return org;
    qsizetype close = open + 1;
    while (close < org.size() && !isCloseParen(org[close]))
        ++close;
    if (close >= org.size() || close - open - 1 < 2)
        return org;
    const QString first = org.left(open);
    const QString second = org.mid(open + 1, close - open - 1);
    const QString rest = org.mid(close + 1);
    // Only two names of one kind (both areas 区, both 县 ...): 某公司（集团） is no alias pair.
    if (first.back() != second.back() || !isHan(first.back()))
        return org;
    const QString &a = std::min(first, second);
    const QString &b = std::max(first, second);
    return a + QChar(0xFF08) + b + QChar(0xFF09) + rest;
}

// The part of an organization before its unit (焦作市委 → 焦作市), "" for a bare unit.
QString areaOf(const QString &org, int *unitLength = nullptr)
{
    const Lexicon &lex = Lexicon::instance();
    const int unit = lex.officeUnits.longestEndingAt(org, org.size());
    if (unitLength)
        *unitLength = unit;
    QString area = org.left(org.size() - unit);
    // 山阳区委 → 山阳区: the level the unit names belongs to the area.
    if (unit > 0 && !area.isEmpty() && isAdminLevel(org[org.size() - unit]) &&
        !area.endsWith(org[org.size() - unit]))
        area += org[org.size() - unit];
    return area;
}

// The area written right before `unit` inside a longer name: 山阳区委常委会 → 山阳 for 区委, 高新区管委会
// 主任会议 → 高新区 for 管委会. Empty when the unit is not there or stands at the start.
QString areaNamedBefore(const QString &name, const QString &unit)
{
    const qsizetype at = name.indexOf(unit);
    if (at < 2 || at > 8 || name.size() == unit.size())
        return {};
    for (qsizetype i = 0; i < at; ++i) {
        if (!isHan(name[i]) && name[i] != QChar(0xFF08) && name[i] != QChar(0xFF09))
            return {};
    }
    // 社区委员会 holds 区委 but names no 区: the level must not end a word with the character before it.
    if (isAdminLevel(unit.front()) && Lexicon::instance().affixWords.contains(name.mid(at - 1, 2)))
        return {};
    return name.left(at);
}

int unitOf(const QString &org)
{
    return Lexicon::instance().officeUnits.longestEndingAt(org, org.size());
}

// Is `later` the next item of a list that `earlier` opens (甲主任张某、乙主席李某), in one sentence?
bool followsInList(const Article &article, const EntityMention &earlier, const EntityMention &later)
{
    if (earlier.paragraph < 0 || earlier.paragraph >= article.paragraphs.size() ||
        later.offset <= earlier.offset)
        return false;
    const QString &text = article.paragraphs.at(earlier.paragraph);
    qsizetype at = earlier.offset;
    // The mention's text has no whitespace; the paragraph may (PDF text breaks names apart).
    for (qsizetype matched = 0; at < text.size() && matched < earlier.text.size(); ++at) {
        if (!text[at].isSpace())
            ++matched;
    }
    while (at < later.offset && text[at].isSpace())
        ++at;
    if (at >= later.offset || text[at] != QChar(0x3001)) // 、
        return false;
    static const QString sentenceBreaks = QStringLiteral("，。；：！？,;");
    for (qsizetype i = at; i < later.offset; ++i) {
        if (sentenceBreaks.contains(text[i]))
            return false;
    }
    return true;
}

struct Unit
{
    QString name;
    bool isArea = false; // a place (山阳区), not a body
};

} // namespace

QString canonicalOrganization(const QString &written, const QString &paperCity)
{
    QString org = written;
    org.remove(QChar(0x3000));
    org = orderBracketAlias(org);
    if (paperCity.isEmpty() || org.isEmpty())
        return org;
    // 市委, 市政协, 市人大常委会, 市: a body named by its level alone is the paper's city's. A level other
    // than the city's (县委 in a city paper) names a county the text does not name: left as written.
    const QChar level = paperCity.back();
    const bool cityIsCounty = level == QChar(0x53BF); // 县
    const QChar bodyLevel = org.front();
    if (bodyLevel == QChar(0x5E02) && !cityIsCounty) { // 市
        const QString city = level == QChar(0x5E02) ? paperCity : paperCity + QChar(0x5E02);
        return city + org.mid(1);
    }
    if (bodyLevel == QChar(0x53BF) && cityIsCounty) // 县: 温县县委
        return paperCity + org;
    return org;
}

QString cityOfPaper(const QString &paperName)
{
    static const QStringList endings{QStringLiteral("日报"), QStringLiteral("晚报"), QStringLiteral("都市报"),
                                     QStringLiteral("时报"), QStringLiteral("报")};
    QString name = paperName.trimmed();
    for (const QString &ending : endings) {
        if (name.endsWith(ending)) {
            name.chop(ending.size());
            break;
        }
    }
    if (name.size() < 2)
        return {};
    const Lexicon &lex = Lexicon::instance();
    if (lex.places.contains(name))
        return name;
    if (name.size() >= 2 && (isAdminLevel(name.back())) && lex.places.contains(name.left(name.size() - 1)))
        return name;
    if (lex.places.contains(name + QChar(0x5E02)))
        return name;
    // A city missing from the word lists (焦作): a two-character name that is no ordinary word (人民, 经济,
    // 光明 are).
    bool han = true;
    for (const QChar c : std::as_const(name))
        han = han && isHan(c);
    if (han && name.size() == 2 && !lex.stopwords.contains(name) && !lex.commonNouns.contains(name) &&
        !lex.organizations.contains(name))
        return name;
    return {};
}

void resolveArticleOffices(Article &article, const QString &paperCity, const QStringList &headlineUnits)
{
    const Lexicon &lex = Lexicon::instance();
    // Units named so far, in reading order: organizations and places as mentions, and the organizations of
    // offices already resolved.
    std::vector<Unit> seen;
    QStringList fullNames;
    for (const EntityMention &m : std::as_const(article.entities)) {
        if (m.type == EntityType::Organization)
            fullNames << m.text;
    }
    auto nearestEndingWith = [&](const QString &kind) -> QString {
        for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
            if (it->name.endsWith(kind) && it->name.size() > kind.size())
                return it->name;
        }
        return {};
    };

    // The previous person of the paragraph and the areas of the bodies of its offices: 孟州市人大常委会主任
    // 刘继承、市政协主席郑小标 lists the heads of one city's bodies, so the bare 市 is 孟州市.
    const EntityMention *previousPerson = nullptr;
    QStringList previousAreas;
    for (const QString &unitName : headlineUnits)
        seen.push_back(Unit{unitName, !unitName.isEmpty() && isAdminLevel(unitName.back())});

    for (EntityMention &m : article.entities) {
        if (m.type != EntityType::Person) {
            seen.push_back(Unit{m.text, m.type == EntityType::Place});
            continue;
        }
        if (m.role == QLatin1String("journalist"))
            continue;
        const bool listedAfterPrevious = previousPerson && previousPerson->paragraph == m.paragraph &&
                                         followsInList(article, *previousPerson, m);
        if (listedAfterPrevious && !m.offices.isEmpty()) {
            EntityOffice &first = m.offices.first();
            const QString org = first.organization;
            if (org.size() >= 2 && isAdminLevel(org.front()) && unitOf(org) >= org.size() - 1) {
                for (const QString &area : std::as_const(previousAreas)) {
                    if (area.size() > 1 && area.endsWith(org.front())) {
                        first.organization = area + org.mid(1);
                        if (first.writtenOrganization.isEmpty())
                            first.writtenOrganization = org;
                        break;
                    }
                }
            }
        }
        previousPerson = &m;
        previousAreas.clear();
        QString chainArea;
        for (EntityOffice &office : m.offices) {
            QString org = office.organization;
            int unit = 0;
            const QString area = areaOf(org, &unit);
            // 该街道党工委, 该公司: the nearest earlier unit of that kind.
            if (org.size() >= 2 && org[0] == QChar(0x8BE5)) { // 该
                const QString kindAndRest = org.mid(1);
                const QString kind = areaOf(kindAndRest);
                if (!kind.isEmpty()) {
                    const QString target = nearestEndingWith(kind);
                    QString rest = kindAndRest.mid(kind.size());
                    // 该区区委: the 区 of the unit is the area's own (山阳区 + 区委 → 山阳区委).
                    if (!rest.isEmpty() && isAdminLevel(rest.front()) && target.endsWith(rest.front()))
                        rest.remove(0, 1);
                    if (!target.isEmpty())
                        org = target + rest;
                }
            } else if (!org.isEmpty() && unit == org.size()) {
                // A bare unit: the area of the chain so far, else of the nearest earlier office of that unit.
                if (!chainArea.isEmpty()) {
                    org = chainArea + org;
                } else {
                    bool found = false;
                    for (auto it = seen.rbegin(); it != seen.rend() && !found; ++it) {
                        if (it->name.endsWith(org) && it->name.size() > org.size()) {
                            org = it->name;
                            found = true;
                        } else if (const QString area = areaNamedBefore(it->name, org); !area.isEmpty()) {
                            // 山阳区委常委会暨…会议召开 names the 区委 of a later 区委书记.
                            org = area + org;
                            found = true;
                        }
                    }
                    // 区委书记 in a report on 山阳区: a unit named by its level (区委, 县委) is that of the
                    // nearest earlier area of the level.
                    if (!found && isAdminLevel(org.front())) {
                        for (auto it = seen.rbegin(); it != seen.rend() && !found; ++it) {
                            if (it->isArea && it->name.endsWith(org.front()) && it->name.size() > 1) {
                                org = it->name + org.mid(1);
                                found = true;
                            }
                        }
                    }
                }
            } else if (org.size() == 1 && isAdminLevel(org.front())) {
                // 区长 after 区委副书记 in that report: the chain's area when it has the level.
                if (chainArea.endsWith(org.front()))
                    org = chainArea;
            } else if (unit == 0 && !area.isEmpty()) {
                // 天宝桓祥公司 after 焦作天宝桓祥机械科技有限公司: the short name of a body named in full.
                const int suffix = lex.orgSuffixes.longestEndingAt(org, org.size());
                const QString stem = org.left(org.size() - suffix);
                if (suffix > 0 && stem.size() >= 2) {
                    for (const QString &full : std::as_const(fullNames)) {
                        if (full.size() > org.size() && full.endsWith(org.right(suffix)) &&
                            full.contains(stem)) {
                            org = full;
                            break;
                        }
                    }
                }
            }
            int resolvedUnit = 0;
            const QString resolvedArea = areaOf(org, &resolvedUnit);
            if (!resolvedArea.isEmpty())
                chainArea = resolvedArea;
            office.organization = canonicalOrganization(org, paperCity);
            if (office.writtenOrganization.isEmpty())
                office.writtenOrganization = org;
            if (!org.isEmpty())
                seen.push_back(Unit{org, false});
            if (!resolvedArea.isEmpty())
                previousAreas << resolvedArea;
        }
        if (!m.offices.isEmpty()) {
            m.office = m.offices.constLast().office;
            m.officeOrganization = m.offices.constLast().organization;
        }
    }
}

} // namespace kanbao::officenames
