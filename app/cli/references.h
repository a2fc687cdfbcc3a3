#pragma once

#include "cli/cli.h"

#include <QList>
#include <QSqlDatabase>

namespace kanbao {
enum class CitationStyle;
}

namespace kanbao::cli {

// Prints the references of `articleIds` (in that order) in `style` on io.out, or into `outputPath` when
// given: what `cite`, `search --cite` and `collection export --format ris|bibtex|csl-json` share. An id
// that names no article is an error naming it (UsageError), before anything is printed.
int printReferences(QSqlDatabase db, const QList<qint64> &articleIds, CitationStyle style, Io &io,
                    const QString &command, const QString &outputPath = {});

// "gbt7714, chicago, ris, bibtex or csl-json", for messages and help.
QString citationStyleList();

} // namespace kanbao::cli
