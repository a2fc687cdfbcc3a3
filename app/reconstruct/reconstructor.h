#pragma once

#include "reconstruct/article.h"

namespace kanbao {

// Turns the text of one or several newspaper pages (raw PDF extraction or cleaned Markdown) into pages
// and their articles in reading order. Stateless and thread-safe.
class Reconstructor
{
public:
    QList<Page> reconstruct(const QString &text) const;
};

} // namespace kanbao
