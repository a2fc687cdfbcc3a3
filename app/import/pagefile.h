#pragma once

#include "model/article.h"
#include "model/sourcedocument.h"

namespace kanbao {

class EntityExtractor;

// One page file read from disk through the page formats (formats/pageformats.h), reconstructed and (when
// an extractor is given) with entities: the pipeline the importer, the CLI and the wizard's preview share.
struct PageFile
{
    QString path;
    QString encoding;
    QString text; // decoded text, line endings normalised
    QList<Page> pages;
    QString error; // why the file could not be read; empty on success

    bool ok() const { return error.isEmpty(); }
};

// `nativePath`: the file name's bytes when they are not what QFile::encodeName(path) gives (a name that
// is not UTF-8, as the archive walk found it).
PageFile readPageFile(const QString &path, const EntityExtractor *extractor, const QByteArray &nativePath = {});

// Pages of a document a page format read, with entities when an extractor is given.
QList<Page> reconstructDocument(const SourceDocument &doc, const EntityExtractor *extractor);

// The same for text already in memory (the import wizard's preview, tests, benchmarks).
QList<Page> reconstructText(const QString &text, const QString &source, const QString &encoding,
                            const EntityExtractor *extractor);

} // namespace kanbao
