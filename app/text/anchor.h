#pragma once

#include <QString>

#include <optional>

namespace kanbao {

// A half-open range [start, end) of UTF-16 code units in an article body.
struct TextSpan
{
    int start = 0;
    int end = 0;

    int length() const { return end - start; }
    bool operator==(const TextSpan &) const = default;
};

// What is stored with a highlight so it can be found again after the article text changes (a re-import
// with a better reconstruction, a corrected OCR line): the quoted text, some context either side, and
// where it was.
struct AnchorQuote
{
    QString quote;
    QString prefix;
    QString suffix;
    int start = -1; // old UTF-16 offset of the quote, -1 if unknown
};

// Captures `span` of `body` with up to `context` code units either side. The span is clamped to the
// body; context never splits a surrogate pair.
AnchorQuote makeAnchor(const QString &body, TextSpan span, int context = 32);

// Finds the quote again in `newBody`:
//   1. the exact quote at its old position, when its context still agrees there;
//   2. otherwise every occurrence of the quote, scored by how well the text around it agrees with the
//      stored prefix/suffix, and (as a tie-breaker) by the distance to the old position;
//   3. if the quote no longer occurs verbatim, the same search ignoring whitespace (re-flowed
//      paragraphs, spaces removed or added by a new reconstruction);
//   4. otherwise nullopt: the annotation is an orphan.
std::optional<TextSpan> reanchor(const AnchorQuote &anchor, const QString &newBody);

} // namespace kanbao
