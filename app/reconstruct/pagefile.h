#pragma once

#include "reconstruct/article.h"

namespace kanbao {

class EntityExtractor;

// One page file read from disk: decoded, reconstructed and (when an extractor is given) with entities.
struct PageFile
{
    QString path;
    QString encoding;
    QString text; // decoded text, line endings normalised
    QList<Page> pages;
    QString error; // why the file could not be read; empty on success

    bool ok() const { return error.isEmpty(); }
};

PageFile readPageFile(const QString &path, const EntityExtractor *extractor);

// The same for text already in memory (the import wizard's preview, tests).
QList<Page> reconstructText(const QString &text, const QString &source, const QString &encoding,
                            const EntityExtractor *extractor);

} // namespace kanbao
