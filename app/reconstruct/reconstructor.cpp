#include "reconstruct/reconstructor.h"

#include "reconstruct/markdownpage.h"
#include "reconstruct/rawlayout.h"
#include "text/textdecoder.h"

namespace kanbao {

QList<Page> Reconstructor::reconstruct(const QString &input) const
{
    // Text from files is normalised by the decoder; text given in memory (previews, tests) is here, so
    // that no paragraph holds a line separator some readers break at and others do not.
    const QString text = TextDecoder::normaliseLineEndings(input);
    // Cleaned pages put headlines above their bodies as Markdown headings; raw PDF text prints them
    // after. The two need different readers.
    if (markdownpage::looksLikeMarkdown(text))
        return markdownpage::reconstruct(text);
    return rawlayout::reconstruct(text);
}

} // namespace kanbao
