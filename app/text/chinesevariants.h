#pragma once

#include <QString>
#include <QStringList>

namespace kanbao {

// Traditional and simplified Chinese written alike for search: 呂 → 吕, 發 → 发, 臺 → 台. Built once from
// ICU's "Traditional-Simplified" transliterator (the CLDR data, not a hand-written table), one code point
// to one code point, so offsets into the original text stay valid and highlights land on the characters
// as printed. Characters ICU maps to more or fewer than one character are left as they are.
char32_t foldChineseVariant(char32_t codePoint);

// The text with every character folded as above (same length in UTF-16 code units).
QString foldChineseVariants(const QString &text);

// Toneless pinyin keys of a Chinese name for matching typed pinyin, through ICU "Han-Latin": 吕沛 gives
// {"lvpei", "lupei"} (ü typed as v, or as u as many keyboards do). Empty for a name without ideographs.
QStringList pinyinKeys(const QString &name);

// What a user typed as pinyin ("Lǚ Pèi", "lv pei", "lupei", "lü-pei") as a key comparable with
// pinyinKeys(): lower case, tone marks and digits dropped, ü as v, spaces and punctuation removed. Empty
// when the text is not Latin letters (so it is not pinyin).
QString typedPinyinKey(const QString &typed);

} // namespace kanbao
