#pragma once

#include "reconstruct/article.h"

namespace kanbao {

// Finds people, organizations and places in an article and fills Article::entities. Thread-safe after
// construction; build one and share it.
class EntityExtractor
{
public:
    EntityExtractor();

    void annotate(Article &article) const;
};

} // namespace kanbao
