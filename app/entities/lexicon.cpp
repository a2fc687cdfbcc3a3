#include "entities/lexicon.h"

#include <QFile>
#include <QHash>

#include <algorithm>

// Resources of a static library must be registered by name from code that is surely linked in.
static void initLexiconResources()
{
    Q_INIT_RESOURCE(kanbao_lexicon);
}

namespace kanbao {

WordSet::WordSet()
    : m_ownMasks(2 * 65536, 0)
    , m_masks(m_ownMasks.data())
{
}

void WordSet::shareMasks(std::uint8_t *base, int stride)
{
    m_ownMasks = {};
    m_masks = base;
    m_stride = std::size_t(stride);
}

WordSet::Packed WordSet::pack(QStringView word)
{
    Packed p;
    for (qsizetype i = 0; i < word.size() && i < 8; ++i) {
        const std::uint64_t unit = word[i].unicode();
        if (i < 4)
            p.low |= unit << (16 * i);
        else
            p.high |= unit << (16 * (i - 4));
    }
    return p;
}

std::size_t WordSet::slotHash(const Packed &p)
{
    std::uint64_t h = p.low * 0x9E3779B97F4A7C15ull ^ (p.high + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    return std::size_t(h);
}

bool WordSet::findPacked(const Packed &p) const
{
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t i = slotHash(p) & mask;; i = (i + 1) & mask) {
        if (m_table[i] == p)
            return true;
        if (m_table[i].low == 0)
            return false;
    }
}

void WordSet::insertPacked(const Packed &p)
{
    if ((m_packedCount + 1) * 2 > m_table.size()) {
        std::vector<Packed> old(m_table.size() * 2);
        old.swap(m_table);
        m_packedCount = 0;
        for (const Packed &q : old) {
            if (q.low != 0)
                insertPacked(q);
        }
    }
    const std::size_t mask = m_table.size() - 1;
    std::size_t i = slotHash(p) & mask;
    while (m_table[i].low != 0 && !(m_table[i] == p))
        i = (i + 1) & mask;
    if (m_table[i].low == 0) {
        m_table[i] = p;
        ++m_packedCount;
    }
}

bool WordSet::lookup(QStringView word) const
{
    // A packed word never holds a zero unit, so the length is implied by the packing.
    if (word.size() <= 8)
        return findPacked(pack(word));
    return m_words.count(view(word)) > 0;
}

void WordSet::add(const QString &word)
{
    // Words longer than 31 characters cannot be represented in the length masks; none is that long.
    if (word.isEmpty() || word.size() > 31 || word.contains(QChar(0)) || lookup(word))
        return;
    if (word.size() <= 8) {
        insertPacked(pack(word));
    } else {
        m_storage.append(word);
        // QString data never moves once stored (the list holds shared, unmodified strings), so the view
        // stays valid for the lifetime of the set.
        m_words.insert(view(m_storage.constLast()));
    }
    m_masks[std::size_t(word.front().unicode()) * m_stride] |= lengthBit(word.size());
    m_masks[std::size_t(word.back().unicode()) * m_stride + 1] |= lengthBit(word.size());
    m_maxLength = std::max(m_maxLength, int(word.size()));
}

bool WordSet::contains(QStringView word) const
{
    if (word.isEmpty() || word.size() > m_maxLength)
        return false;
    const std::uint8_t bit = lengthBit(word.size());
    if (!(startLengths(word.front()) & bit) || !(endLengths(word.back()) & bit))
        return false;
    return lookup(word);
}

template<typename F>
int WordSet::forEachLength(std::uint8_t m, qsizetype room, F &&tryLength) const
{
    if (m & 1u) {
        for (qsizetype len = std::min<qsizetype>(m_maxLength, room); len >= 8; --len) {
            if (tryLength(int(len)))
                return int(len);
        }
    }
    for (int len = 7; len >= 1; --len) {
        if ((m & (1u << len)) && len <= room && tryLength(len))
            return len;
    }
    return 0;
}

int WordSet::longestEndingAt(QStringView text, qsizetype end) const
{
    if (end <= 0 || end > text.size())
        return 0;
    const std::uint8_t m = endLengths(text[end - 1]);
    if (m == 0)
        return 0;
    return forEachLength(m, end, [&](int len) {
        const QStringView w = text.mid(end - len, len);
        return (startLengths(w.front()) & lengthBit(len)) && lookup(w);
    });
}

int WordSet::longestStartingAt(QStringView text, qsizetype start) const
{
    if (start < 0 || start >= text.size())
        return 0;
    const std::uint8_t m = startLengths(text[start]);
    if (m == 0)
        return 0;
    return forEachLength(m, text.size() - start, [&](int len) {
        const QStringView w = text.mid(start, len);
        return (endLengths(w.back()) & lengthBit(len)) && lookup(w);
    });
}

namespace {

QString readResource(const QString &name)
{
    QFile file(QStringLiteral(":/kanbao/lexicon/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Entries of a generated list: one a line, the first tab-separated field, "#" lines skipped.
template<typename F>
void forEachEntry(const QString &text, F &&f)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        f(fields);
    }
}

void fillSet(WordSet &set, const QString &text)
{
    forEachEntry(text, [&](const QStringList &fields) { set.add(fields.first()); });
}

} // namespace

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    initLexiconResources();
    WordSet *const sets[] = {&compoundSurnames, &commonWords, &places, &organizations, &stopwords, &commonNouns,
                             &affixWords, &titles, &titlePrefixes, &roles, &journalistRoles, &after, &afterWeak,
                             &before, &listEnd, &leaders, &officeUnits, &orgSuffixes, &placeSuffixes, &determiners,
                             &phraseBreaks};
    const int stride = 2 * int(std::size(sets));
    m_maskArena.assign(std::size_t(65536) * std::size_t(stride), 0);
    for (std::size_t k = 0; k < std::size(sets); ++k)
        sets[k]->shareMasks(m_maskArena.data() + 2 * k, stride);
    const QString surnames = readResource(QStringLiteral("surnames.tsv"));
    forEachEntry(surnames, [&](const QStringList &fields) {
        const QString &name = fields.first();
        const int tier = fields.value(1).toInt();
        if (name.size() == 1)
            m_surnameTier[name.front().unicode()] = std::uint8_t(tier);
        else if (name.size() == 2)
            compoundSurnames.add(name);
    });
    forEachEntry(readResource(QStringLiteral("given_chars.tsv")), [&](const QStringList &fields) {
        if (fields.first().size() == 1)
            m_givenCount[fields.first().front().unicode()] = std::uint16_t(std::min(fields.value(1).toInt(), 65535));
    });
    fillSet(commonWords, readResource(QStringLiteral("common_words.txt")));
    fillSet(places, readResource(QStringLiteral("places.txt")));
    fillSet(organizations, readResource(QStringLiteral("organizations.txt")));
    fillSet(stopwords, readResource(QStringLiteral("stopwords.txt")));
    fillSet(commonNouns, readResource(QStringLiteral("common_nouns.txt")));
    fillSet(affixWords, readResource(QStringLiteral("affix_words.txt")));
    const QString rules = readResource(QStringLiteral("rules.txt"));
    loadRules(rules);
    loaded = !surnames.isEmpty() && !rules.isEmpty();
}

void Lexicon::loadRules(const QString &text)
{
    const QHash<QString, WordSet *> sections{
        {QStringLiteral("titles"), &titles},
        {QStringLiteral("title_prefixes"), &titlePrefixes},
        {QStringLiteral("roles"), &roles},
        {QStringLiteral("journalist_roles"), &journalistRoles},
        {QStringLiteral("after"), &after},
        {QStringLiteral("after_weak"), &afterWeak},
        {QStringLiteral("before"), &before},
        {QStringLiteral("list_end"), &listEnd},
        {QStringLiteral("leaders"), &leaders},
        {QStringLiteral("office_units"), &officeUnits},
        {QStringLiteral("org_suffixes"), &orgSuffixes},
        {QStringLiteral("place_suffixes"), &placeSuffixes},
        {QStringLiteral("determiners"), &determiners},
        {QStringLiteral("phrase_breaks"), &phraseBreaks},
    };
    WordSet *current = nullptr;
    std::array<bool, 65536> *currentChars = nullptr;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            const QString name = line.mid(1, line.size() - 2);
            current = sections.value(name, nullptr);
            currentChars = name == QLatin1String("stop_chars") ? &m_stopChar
                         : name == QLatin1String("not_given")  ? &m_notGiven
                                                               : nullptr;
            continue;
        }
        if (current)
            current->add(line);
        else if (currentChars && line.size() == 1)
            (*currentChars)[line.front().unicode()] = true;
    }
}

} // namespace kanbao
