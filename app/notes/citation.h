#pragma once

#include "notes/notestypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kanbao {

// How an article is cited: two reference styles a reader pastes into a text, and three exchange formats a
// reference manager (Zotero, EndNote, JabRef, citeproc) imports as newspaper articles. The GUI (Copy
// citation, Export references, notes exports) and `kanbao-cli cite` share this one formatter.
enum class CitationStyle
{
    GbT7714, // GB/T 7714-2015 newspaper: 作者. 题名[N]. 报纸名, YYYY-MM-DD(版次).
    Chicago, // Chicago notes-bibliography, newspaper article, English
    Ris,     // RIS, TY  - NEWS
    BibTeX,  // @article with entrysubtype = {newspaper} (biblatex; what Zotero's importer reads)
    CslJson, // CSL-JSON, type article-newspaper
};

// The styles in menu order, and their names on the command line and in settings ("gbt7714", "chicago",
// "ris", "bibtex", "csl-json").
QList<CitationStyle> citationStyles();
QString citationStyleName(CitationStyle style);
std::optional<CitationStyle> citationStyleFromName(QStringView name);
// For menus: "GB/T 7714-2015", "Chicago", "RIS", "BibTeX", "CSL-JSON" (translated where a language has its
// own).
QString citationStyleLabel(CitationStyle style);
// RIS, BibTeX and CSL-JSON are files for a reference manager, not text to paste.
bool isReferenceFileStyle(CitationStyle style);
// "ris", "bib", "json" for the files; "txt" for the text styles.
QString citationFileSuffix(CitationStyle style);

// The people a citation names as authors: the byline's authors and reporters, then its correspondents,
// each once, in the printed order. Photographers are not authors of the text.
QStringList citationAuthors(const ArticleCitation &article);

// One article as a single line in a text style (GB/T 7714 or Chicago). For a file style, the article's
// record as the file would hold it (several lines).
QString formatCitation(const ArticleCitation &article, CitationStyle style);

// Every article as one text: lines for the text styles, a whole importable file for RIS, BibTeX
// (unique keys) and CSL-JSON (one array).
QString formatReferences(const QList<ArticleCitation> &articles, CitationStyle style);

} // namespace kanbao
