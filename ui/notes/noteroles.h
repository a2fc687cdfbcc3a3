#pragma once

#include <Qt>

namespace kanbao {

// The roles every notes model (the annotations of one article, the library-wide notes browser) answers,
// so one delegate paints both and views can be tested the same way.
enum NoteRole {
    AnnotationIdRole = Qt::UserRole + 1, // qint64
    NoteArticleIdRole,                   // qint64; 0 for an orphan
    NoteKindRole,                        // int(AnnotationKind)
    ColorNameRole,                       // "yellow"...; the stored name
    QuoteRole,                           // the highlighted text; empty for article notes
    NoteTextRole,                        // the note
    StartOffsetRole,                     // int; -1 for notes and orphans
    EndOffsetRole,                       // int
    IsOrphanRole,                        // bool
    CreatedRole,                         // QDateTime (UTC)
    ModifiedRole,                        // QDateTime (UTC)
    CitationRole,                        // "焦作日报 · 2023-12-03 · A08 — headline"; empty in per-article lists
    TagNamesRole,                        // QStringList: the article's tags
    TagColorsRole,                       // QStringList: their colors, same order
    AnnotationRole,                      // QVariant<Annotation>
    ParagraphRole,                       // int: 1-based paragraph of the article a highlight starts in; 0 if unknown
};

} // namespace kanbao
