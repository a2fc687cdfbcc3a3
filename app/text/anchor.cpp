#include "text/anchor.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <cstdlib>

namespace kanbao {

namespace {

int commonPrefixLength(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return int(i);
}

int commonSuffixLength(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[a.size() - 1 - i] == b[b.size() - 1 - i])
        ++i;
    return int(i);
}

// Shared character bigrams (as a multiset): context that was edited a little still agrees on most of its
// bigrams, where the strict adjacency count drops to zero at the first changed character.
int sharedBigrams(QStringView a, QStringView b)
{
    if (a.size() < 2 || b.size() < 2)
        return 0;
    QHash<quint32, int> counts;
    for (qsizetype i = 0; i + 1 < a.size(); ++i)
        ++counts[(quint32(a[i].unicode()) << 16) | a[i + 1].unicode()];
    int shared = 0;
    for (qsizetype i = 0; i + 1 < b.size(); ++i) {
        auto it = counts.find((quint32(b[i].unicode()) << 16) | b[i + 1].unicode());
        if (it != counts.end() && it.value() > 0) {
            --it.value();
            ++shared;
        }
    }
    return shared;
}

struct Candidate
{
    qsizetype position; // in the searched text
    double score;
};

// Scores every occurrence of `quote` in `text` by its context; `oldPosition` (in `text` coordinates,
// -1 if unknown) only breaks near-ties: agreement of one context character outweighs any distance.
std::optional<qsizetype> bestOccurrence(QStringView text, QStringView quote, QStringView prefix,
                                        QStringView suffix, qsizetype oldPosition)
{
    if (quote.isEmpty())
        return std::nullopt;
    std::optional<Candidate> best;
    const double span = std::max<double>(1.0, double(text.size()));
    for (qsizetype pos = text.indexOf(quote); pos >= 0; pos = text.indexOf(quote, pos + 1)) {
        const qsizetype after = pos + quote.size();
        const QStringView before = text.mid(std::max<qsizetype>(0, pos - prefix.size()),
                                            std::min(pos, prefix.size()));
        const QStringView following = text.mid(after, std::min(text.size() - after, suffix.size()));
        double score = commonSuffixLength(prefix, before) + commonPrefixLength(suffix, following)
                       + 0.5 * (sharedBigrams(prefix, before) + sharedBigrams(suffix, following));
        if (oldPosition >= 0)
            score -= 0.5 * double(std::abs(pos - oldPosition)) / span;
        if (!best || score > best->score)
            best = Candidate{pos, score};
    }
    if (!best)
        return std::nullopt;
    return best->position;
}

// Text with whitespace removed, and for each kept character its offset in the original.
struct Squeezed
{
    QString text;
    QList<qsizetype> origin;
};

Squeezed squeeze(QStringView s)
{
    Squeezed out;
    out.text.reserve(s.size());
    out.origin.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isSpace())
            continue;
        out.text.append(s[i]);
        out.origin.append(i);
    }
    return out;
}

QString withoutSpaces(QStringView s)
{
    return squeeze(s).text;
}

} // namespace

AnchorQuote makeAnchor(const QString &body, TextSpan span, int context)
{
    const int size = int(body.size());
    int start = std::clamp(span.start, 0, size);
    int end = std::clamp(span.end, start, size);
    // Never cut a surrogate pair in half: the stored quote must be valid text.
    if (start > 0 && start < size && body[start].isLowSurrogate())
        --start;
    if (end > 0 && end < size && body[end].isLowSurrogate())
        ++end;
    context = std::max(0, context);

    int prefixStart = std::max(0, start - context);
    if (prefixStart > 0 && body[prefixStart].isLowSurrogate())
        ++prefixStart;
    int suffixEnd = std::min(size, end + context);
    if (suffixEnd > end && suffixEnd < size && body[suffixEnd].isLowSurrogate())
        --suffixEnd;

    AnchorQuote anchor;
    anchor.quote = body.mid(start, end - start);
    anchor.prefix = body.mid(prefixStart, start - prefixStart);
    anchor.suffix = body.mid(end, suffixEnd - end);
    anchor.start = start;
    return anchor;
}

std::optional<TextSpan> reanchor(const AnchorQuote &anchor, const QString &newBody)
{
    const QString &quote = anchor.quote;
    if (quote.isEmpty())
        return std::nullopt;

    // 1. Still where it was, with its context around it: the common case of an unchanged article.
    if (anchor.start >= 0 && anchor.start + quote.size() <= newBody.size()
        && QStringView(newBody).mid(anchor.start, quote.size()) == quote) {
        const qsizetype after = anchor.start + quote.size();
        const bool prefixAgrees = QStringView(newBody).left(anchor.start).endsWith(anchor.prefix);
        const bool suffixAgrees = QStringView(newBody).mid(after).startsWith(anchor.suffix);
        if (prefixAgrees && suffixAgrees)
            return TextSpan{anchor.start, int(after)};
    }

    // 2. The quote verbatim, wherever its context agrees best.
    if (const auto pos = bestOccurrence(newBody, quote, anchor.prefix, anchor.suffix, anchor.start))
        return TextSpan{int(*pos), int(*pos + quote.size())};

    // 3. Whitespace changed (re-flowed lines, spaces between CJK characters added or dropped).
    const Squeezed body = squeeze(newBody);
    const QString squeezedQuote = withoutSpaces(quote);
    if (squeezedQuote.isEmpty())
        return std::nullopt;
    qsizetype oldSqueezed = -1;
    if (anchor.start >= 0) {
        oldSqueezed = std::lower_bound(body.origin.begin(), body.origin.end(), qsizetype(anchor.start))
                      - body.origin.begin();
    }
    const auto pos = bestOccurrence(body.text, squeezedQuote, withoutSpaces(anchor.prefix),
                                    withoutSpaces(anchor.suffix), oldSqueezed);
    if (!pos)
        return std::nullopt;
    const qsizetype first = body.origin.at(*pos);
    const qsizetype last = body.origin.at(*pos + squeezedQuote.size() - 1);
    return TextSpan{int(first), int(last + 1)};
}

} // namespace kanbao
