#include "text/chinesevariants.h"

#include <QHash>
#include <QMutex>
#include <memory>
#include <mutex>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <vector>

namespace kanbao {

namespace {

// The ideograph blocks whose traditional forms ICU folds: CJK Unified Ideographs, Extension A, and the
// compatibility ideographs. Extensions B and later hold almost no characters of modern newspapers.
constexpr char32_t FoldFirst = 0x3400;
constexpr char32_t FoldLast = 0xFAFF;

const std::vector<char16_t> &foldTable()
{
    static std::vector<char16_t> table;
    static std::once_flag once;
    std::call_once(once, [] {
        table.resize(size_t(FoldLast - FoldFirst + 1));
        for (char32_t c = FoldFirst; c <= FoldLast; ++c)
            table[size_t(c - FoldFirst)] = char16_t(c);
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> toSimplified(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !toSimplified)
            return; // no ICU data: search still works, without folding
        // One string of every character is transliterated at once (a call per character costs ~50x more);
        // the mapping is per character, so when the length is unchanged position k is character k.
        icu::UnicodeString all;
        for (char32_t c = FoldFirst; c <= FoldLast; ++c)
            all.append(UChar32(c));
        const int32_t length = all.length();
        toSimplified->transliterate(all);
        if (all.length() == length) {
            for (int32_t k = 0; k < length; ++k) {
                const char16_t folded = all.charAt(k);
                if (!QChar::isSurrogate(folded))
                    table[size_t(k)] = folded;
            }
            return;
        }
        // Some character became several: fold character by character, keeping only 1:1 mappings.
        for (char32_t c = FoldFirst; c <= FoldLast; ++c) {
            icu::UnicodeString one{UChar32(c)};
            toSimplified->transliterate(one);
            if (one.length() == 1 && !QChar::isSurrogate(one.charAt(0)))
                table[size_t(c - FoldFirst)] = one.charAt(0);
        }
    });
    return table;
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

icu::UnicodeString toIcu(const QString &s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

// Lower case, tone marks dropped, ü → v, only a–z kept.
QString pinyinSkeleton(const QString &latin)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    QString decomposed = latin.toLower();
    if (U_SUCCESS(status) && nfd) {
        icu::UnicodeString out = nfd->normalize(toIcu(decomposed), status);
        if (U_SUCCESS(status))
            decomposed = fromIcu(out);
    }
    QString key;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c == u'u' && i + 1 < decomposed.size() && decomposed.at(i + 1) == QChar(0x0308)) {
            key += u'v';
            ++i;
        } else if (c >= u'a' && c <= u'z') {
            key += c;
        }
    }
    return key;
}

} // namespace

char32_t foldChineseVariant(char32_t codePoint)
{
    if (codePoint < FoldFirst || codePoint > FoldLast)
        return codePoint;
    return foldTable()[size_t(codePoint - FoldFirst)];
}

QString foldChineseVariants(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (!c.isSurrogate())
            c = QChar(char16_t(foldChineseVariant(c.unicode())));
    }
    return out;
}

QStringList pinyinKeys(const QString &name)
{
    bool hasIdeograph = false;
    for (QChar c : name)
        hasIdeograph = hasIdeograph || (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF);
    if (!hasIdeograph)
        return {};
    // Han-Latin instances are expensive to create (~100 ms) and not thread-safe: one, behind a lock,
    // with the keys of names already seen kept.
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> toLatin;
    static QHash<QString, QStringList> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    if (!toLatin) {
        UErrorCode status = U_ZERO_ERROR;
        toLatin.reset(icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            toLatin.reset();
        if (!toLatin)
            return {};
    }
    icu::UnicodeString text = toIcu(foldChineseVariants(name));
    toLatin->transliterate(text);
    const QString key = pinyinSkeleton(fromIcu(text));
    QStringList keys;
    if (!key.isEmpty()) {
        keys << key;
        QString withU = key;
        withU.replace(u'v', u'u');
        if (withU != key)
            keys << withU;
    }
    if (cache.size() > 100000)
        cache.clear();
    cache.insert(name, keys);
    return keys;
}

QString typedPinyinKey(const QString &typed)
{
    bool latin = false;
    for (QChar c : typed) {
        if (c.unicode() >= 0x2E80)
            return {}; // ideographs or other scripts: not pinyin
        latin = latin || c.isLetter();
    }
    return latin ? pinyinSkeleton(typed) : QString();
}

} // namespace kanbao
