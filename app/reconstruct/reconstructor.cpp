#include "reconstruct/reconstructor.h"

#include "reconstruct/markdownpage.h"
#include "reconstruct/rawlayout.h"

namespace kanbao {

QList<Page> Reconstructor::reconstruct(const QString &text) const
{
    // Cleaned pages put headlines above their bodies as Markdown headings; raw PDF text prints them
    // after. The two need different readers.
    if (markdownpage::looksLikeMarkdown(text))
        return markdownpage::reconstruct(text);
    return rawlayout::reconstruct(text);
}

} // namespace kanbao
