#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kanbao {

// A set of short words looked up by QStringView without allocating: the views point into the strings the
// set keeps. Lookups of every length at a position stay cheap because most positions are rejected by
// the per-character filters before the hash is touched.
class WordSet
{
public:
    WordSet();
    WordSet(const WordSet &) = delete;
    WordSet &operator=(const WordSet &) = delete;

    // Keep the length masks in a table shared with other sets (`stride` bytes a character, this set's two
    // at `base`): the sets a scan consults at one position then share a cache line. Before any add().
    void shareMasks(std::uint8_t *base, int stride);
    void add(const QString &word);
    bool contains(QStringView word) const;
    // Length of the longest word of this set that ends at `end` (exclusive) in `text`, 0 if none.
    int longestEndingAt(QStringView text, qsizetype end) const;
    // Length of the longest word of this set that starts at `start` in `text`, 0 if none.
    int longestStartingAt(QStringView text, qsizetype start) const;
    int maxLength() const { return m_maxLength; }
    bool isEmpty() const { return m_maxLength == 0; }

private:
    static std::u16string_view view(QStringView v)
    {
        return std::u16string_view(reinterpret_cast<const char16_t *>(v.utf16()), size_t(v.size()));
    }

    // Words of up to eight UTF-16 units (nearly all) live packed in an open-addressing table of two
    // integers each: a lookup is two multiplications and usually one cache line. Longer ones use m_words.
    struct Packed
    {
        std::uint64_t low = 0;
        std::uint64_t high = 0;
        bool operator==(const Packed &) const = default;
    };
    static Packed pack(QStringView word);
    static std::size_t slotHash(const Packed &p);
    bool findPacked(const Packed &p) const;
    void insertPacked(const Packed &p);
    bool lookup(QStringView word) const;

    std::vector<Packed> m_table = std::vector<Packed>(16);
    std::size_t m_packedCount = 0;
    // Bit n (1..7) set: some word of n characters starts (ends) with this character; bit 0: some longer
    // word does. Most positions of a text fail these masks and never reach the hash; one byte per character
    // keeps the masks of every set in cache.
    std::uint8_t startLengths(QChar c) const { return m_masks[std::size_t(c.unicode()) * m_stride]; }
    std::uint8_t endLengths(QChar c) const { return m_masks[std::size_t(c.unicode()) * m_stride + 1]; }
    static std::uint8_t lengthBit(qsizetype length) { return std::uint8_t(length < 8 ? 1u << length : 1u); }
    // Lengths to try, longest first, for a character with mask `m` (long words by the slow path).
    template<typename F>
    int forEachLength(std::uint8_t m, qsizetype room, F &&tryLength) const;

    QStringList m_storage;
    std::unordered_set<std::u16string_view> m_words;
    std::vector<std::uint8_t> m_ownMasks;
    std::uint8_t *m_masks = nullptr;
    std::size_t m_stride = 2;
    int m_maxLength = 0;
};

// The word lists the entity extractor reads: generated ones derived from jieba's dictionary by
// scripts/build_lexicon.py and the hand-written cue words of resources/lexicon/rules.txt, all embedded in
// the binary as Qt resources. Loaded once; read-only and shared by every thread afterwards.
class Lexicon
{
public:
    static const Lexicon &instance();

    // 0 = not a surname, 1 = common, 2 = rare, 3 = also a common function word (于, 和).
    int surnameTier(QChar c) const { return m_surnameTier[c.unicode()]; }
    bool isCompoundSurname(QStringView twoChars) const { return compoundSurnames.contains(twoChars); }
    int givenNameCount(QChar c) const { return m_givenCount[c.unicode()]; }
    bool isStopChar(QChar c) const { return m_stopChar[c.unicode()]; }
    bool isNotGiven(QChar c) const { return m_notGiven[c.unicode()]; }

    WordSet compoundSurnames;
    WordSet commonWords;   // frequent words that begin with a surname character but are not names
    WordSet places;        // place names and stems
    WordSet organizations; // organization names
    WordSet stopwords;     // verbs, adverbs, pronouns ...: a name phrase never runs across them
    WordSet commonNouns;   // 商业, 责任: nouns that do not name a place before 区
    WordSet affixWords;    // 城市, 干部, 市民: words around one-character suffixes that are not entities
    WordSet titles;
    WordSet titlePrefixes;
    WordSet roles;
    WordSet journalistRoles;
    WordSet after;
    WordSet afterWeak;
    WordSet before;
    WordSet listEnd;
    WordSet leaders;
    WordSet officeUnits;
    WordSet orgSuffixes;
    WordSet placeSuffixes;
    WordSet determiners;
    WordSet phraseBreaks; // 目前, 会上, 现任: words of time and sequence that end a body's name read leftwards
    // Whether the lists could be read (they are compiled in, so only a broken build fails).
    bool loaded = false;

private:
    Lexicon();
    void loadRules(const QString &text);

    std::vector<std::uint8_t> m_maskArena;
    std::array<std::uint8_t, 65536> m_surnameTier{};
    std::array<std::uint16_t, 65536> m_givenCount{};
    std::array<bool, 65536> m_stopChar{};
    std::array<bool, 65536> m_notGiven{};
};

} // namespace kanbao
