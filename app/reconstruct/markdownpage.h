#pragma once

#include "model/article.h"

#include <QStringView>

namespace kanbao::markdownpage {

// Pages already cleaned into Markdown: headings (#…####) are headlines printed above their bodies.
bool looksLikeMarkdown(QStringView text);

// Removes inline Markdown (**bold**, *emphasis*, `code`, links, images) from one line.
QString stripInline(QStringView line);

// One article per heading; a heading with nothing under it names the section of the deeper headings
// that follow (### 高新区动态 above #### items), or is the column label of a piece that so far holds only
// its byline (## headline, □author, ### 高新区强音, body). Paragraphs that end without terminal
// punctuation were split at a column break and are joined with the next one.
QList<Page> reconstruct(QStringView text);

} // namespace kanbao::markdownpage
