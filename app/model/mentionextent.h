#pragma once

#include "model/article.h"

namespace kanbao {

// A mention's extent in its paragraph, in UTF-16 units. The extractor reads text with whitespace taken
// out (PDF text breaks names apart: 高 亢), so the stretch can be longer than the mention's own text.
int mentionExtent(const Article &article, const EntityMention &mention);

} // namespace kanbao
