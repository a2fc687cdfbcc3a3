#include "reconstruct/textflow.h"

#include <QStringList>

namespace kanbao::textflow {

namespace {

// Walks the code points of a string view; surrogate pairs become one code point, lone surrogates pass
// through as themselves so that broken input never stops the walk.
struct CodePoints
{
    QStringView s;
    qsizetype i = 0;
    bool next(char32_t &c, qsizetype *start = nullptr)
    {
        if (i >= s.size())
            return false;
        if (start)
            *start = i;
        const char16_t u = s[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(u, s[i + 1].unicode());
            i += 2;
        } else {
            c = u;
            ++i;
        }
        return true;
    }
};

char32_t lastCodePoint(QStringView s, qsizetype *start)
{
    qsizetype i = s.size() - 1;
    if (i < 0)
        return 0;
    const char16_t u = s[i].unicode();
    if (QChar::isLowSurrogate(u) && i > 0 && QChar::isHighSurrogate(s[i - 1].unicode())) {
        *start = i - 1;
        return QChar::surrogateToUcs4(s[i - 1].unicode(), u);
    }
    *start = i;
    return u;
}

bool isInvisible(char32_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return false;
    if (c >= 0x2E80 && c < 0xFE00)
        return false; // the common case: ideographs and CJK punctuation
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD
           || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

bool isCloser(char32_t c)
{
    switch (c) {
    case u'”': case u'’': case u'」': case u'』': case u'）': case u')': case u'】': case u'》':
    case u'〉': case u']': case u'"': case u'\'': case u'﹄': case u'﹂': case u'〕':
        return true;
    default:
        return false;
    }
}

// Vertical presentation forms (used by vertical headlines) and their horizontal equivalents. The
// mainland convention prints “” as ﹃﹄ and ‘’ as ﹁﹂; readers compare them as double quotes.
char32_t horizontalForm(char32_t c)
{
    if (c < 0xFE10 || c > 0xFE4F)
        return c;
    switch (c) {
    case 0xFE43: case 0xFE41: return u'“';
    case 0xFE44: case 0xFE42: return u'”';
    case 0xFE35: return u'（';
    case 0xFE36: return u'）';
    case 0xFE3D: return u'《';
    case 0xFE3E: return u'》';
    case 0xFE3F: return u'〈';
    case 0xFE40: return u'〉';
    case 0xFE39: return u'〔';
    case 0xFE3A: return u'〕';
    case 0xFE3B: return u'【';
    case 0xFE3C: return u'】';
    case 0xFE10: return u'，';
    case 0xFE11: return u'、';
    case 0xFE12: return u'。';
    case 0xFE13: return u'：';
    case 0xFE14: return u'；';
    case 0xFE15: return u'！';
    case 0xFE16: return u'？';
    case 0xFE19: return u'…';
    case 0xFE31: case 0xFE32: return u'—';
    default: return c;
    }
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

bool isAsciiLetter(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

} // namespace


bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F)
           || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

bool isArrow(char32_t c)
{
    return (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2B00 && c <= 0x2B2F) || (c >= 0x27A0 && c <= 0x27BF)
           || c == 0x25B2 || c == 0x25B6 || c == 0x25BC || c == 0x25C0;
}


double displayWidth(QStringView line)
{
    double width = 0;
    bool pendingSpace = false;
    bool seenVisible = false;
    CodePoints it{line};
    char32_t c;
    while (it.next(c)) {
        if (isSpace(c)) {
            pendingSpace = seenVisible;
            continue;
        }
        if (isInvisible(c))
            continue;
        if (pendingSpace)
            width += 0.5;
        pendingSpace = false;
        seenVisible = true;
        width += isWide(c) ? 1.0 : 0.5;
    }
    return width;
}

qsizetype visibleLength(QStringView text)
{
    qsizetype n = 0;
    CodePoints it{text};
    char32_t c;
    while (it.next(c))
        if (!isSpace(c) && !isInvisible(c))
            ++n;
    return n;
}

bool isJustificationSpaced(QStringView line)
{
    int tokens = 0;
    int singleWide = 0;
    int tokenLength = 0;
    char32_t tokenChar = 0;
    const auto finish = [&] {
        if (tokenLength == 0)
            return;
        ++tokens;
        if (tokenLength == 1 && isWide(tokenChar))
            ++singleWide;
        tokenLength = 0;
    };
    CodePoints it{line};
    char32_t c;
    while (it.next(c)) {
        if (isSpace(c)) {
            finish();
            continue;
        }
        ++tokenLength;
        tokenChar = c;
    }
    finish();
    return tokens >= 3 && singleWide * 10 >= tokens * 6;
}

char32_t lastSignificant(QStringView text)
{
    QStringView s = text;
    while (!s.isEmpty()) {
        qsizetype start = 0;
        const char32_t c = lastCodePoint(s, &start);
        if (isSpace(c) || isInvisible(c) || isCloser(c)) {
            s = s.left(start);
            continue;
        }
        return c;
    }
    return 0;
}

bool endsSentence(QStringView text)
{
    switch (lastSignificant(text)) {
    case u'。': case u'！': case u'？': case u'!': case u'?': case u'…': case u'﹒': case u'｡': case 0xFE12:
    case 0xFE15: case 0xFE16:
        return true;
    default:
        return false;
    }
}

void appendLine(QString &paragraph, QStringView line, int spaced)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    QString squeezed;
    if (spaced < 0 ? isJustificationSpaced(line) : spaced > 0) {
        // The spacing only filled the column; dropping it keeps Latin/digit pairs apart by cleanText later.
        squeezed.reserve(line.size());
        for (QChar ch : line)
            if (!isSpace(ch.unicode()))
                squeezed.append(ch);
        line = squeezed;
    }
    if (!paragraph.isEmpty()) {
        qsizetype start = 0;
        const char32_t a = lastCodePoint(paragraph, &start);
        CodePoints it{line};
        char32_t b = 0;
        it.next(b);
        const bool letters = isAsciiLetter(a) && isAsciiLetter(b);
        const bool mixed = (isAsciiLetter(a) && isAsciiDigit(b)) || (isAsciiDigit(a) && isAsciiLetter(b));
        if (letters || mixed)
            paragraph.append(QLatin1Char(' '));
    }
    paragraph.append(line);
}

QString cleanText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    char32_t previous = 0;
    CodePoints it{text};
    char32_t c;
    while (it.next(c)) {
        if (isSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (isInvisible(c))
            continue;
        c = horizontalForm(c);
        if (pendingSpace && previous != 0 && !isWide(previous) && !isWide(c))
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        appendCodePoint(out, c);
        previous = c;
    }
    return out;
}

QString cleanTitle(QStringView text)
{
    if (isJustificationSpaced(text))
        return squashSpaces(text);
    // Split on whitespace, clean every phrase, then decide per gap whether the space was a deliberate
    // phrase break (two multi-character phrases) or noise around punctuation and Latin runs.
    QStringList phrases;
    QString current;
    CodePoints it{text};
    char32_t c;
    while (it.next(c)) {
        if (isSpace(c)) {
            if (!current.isEmpty())
                phrases << current;
            current.clear();
            continue;
        }
        appendCodePoint(current, c);
    }
    if (!current.isEmpty())
        phrases << current;
    QString out;
    for (qsizetype k = 0; k < phrases.size(); ++k) {
        const QString phrase = cleanText(phrases[k]);
        if (phrase.isEmpty())
            continue;
        if (!out.isEmpty()) {
            qsizetype start = 0;
            const char32_t a = lastCodePoint(out, &start);
            CodePoints first{phrase};
            char32_t b = 0;
            first.next(b);
            const bool narrowPair = !isWide(a) && !isWide(b);
            const bool phraseBreak = visibleLength(phrases[k - 1]) >= 2 && visibleLength(phrases[k]) >= 2
                                     && (isHan(a) || a == u'”' || a == u'》') && (isHan(b) || b == u'“' || b == u'《');
            if (narrowPair || phraseBreak)
                out.append(QLatin1Char(' '));
        }
        out.append(phrase);
    }
    return out;
}

QString squashSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    CodePoints it{text};
    char32_t c;
    while (it.next(c)) {
        if (isSpace(c) || isInvisible(c))
            continue;
        appendCodePoint(out, horizontalForm(c));
    }
    return out;
}

} // namespace kanbao::textflow
