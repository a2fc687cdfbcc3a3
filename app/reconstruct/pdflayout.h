#pragma once

#include "model/article.h"
#include "model/sourcedocument.h"

namespace kanbao::pdflayout {

// Articles of newspaper pages from their layout (a PDF's words with boxes, see formats/pdfformat.h):
//  - the body type is the size most characters are set in; lines clearly larger are titles;
//  - title lines stacked together form a title block: the largest type is the headline, smaller lines
//    above it the kicker (引题), below it the subheadline (副题);
//  - a vertical headline is a run of rotated lines or of single characters stacked in one column;
//  - body lines form column segments (a band of x positions with even leading);
//  - each segment belongs to the nearest title block above it that shares its columns (or the vertical
//    headline beside it); segments with no title form untitled pieces;
//  - within a piece, segments read column by column (left to right, top to bottom), a paragraph starts at
//    an indented line or after a short line that ends a sentence;
//  - running heads and feet (date, page label, desk credits) are page furniture; they give the page its
//    date and label (or the file name does).
// Bylines, datelines and kinds follow the rules every format shares (bylines.h). Pages with no text layer
// come back with no articles and a warning. A document without geometry is read as raw page text.
QList<Page> reconstruct(const SourceDocument &doc);

// The warning given to a page without text (a scan).
QString noTextLayerWarning();

} // namespace kanbao::pdflayout
