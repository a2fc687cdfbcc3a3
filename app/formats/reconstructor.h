#pragma once

#include "model/article.h"

namespace kanbao {

// Pages and articles from text already in memory, by the rules of the page format PageFormats detects in
// it (Markdown or raw text). Stateless and thread-safe.
class Reconstructor
{
public:
    QList<Page> reconstruct(const QString &text) const;
};

} // namespace kanbao
