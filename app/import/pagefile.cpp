#include "import/pagefile.h"

#include "entities/entityextractor.h"
#include "formats/pageformats.h"
#include "text/textdecoder.h"

#include <QFile>

namespace kanbao {

QList<Page> reconstructDocument(const SourceDocument &doc, const EntityExtractor *extractor)
{
    QList<Page> pages = PageFormats::instance().reconstruct(doc);
    // What the format could read only in part concerns every page of the file.
    for (Page &page : pages)
        page.warnings = doc.warnings + page.warnings;
    if (extractor) {
        for (Page &page : pages)
            for (Article &article : page.articles)
                extractor->annotate(article);
    }
    return pages;
}

QList<Page> reconstructText(const QString &text, const QString &source, const QString &encoding,
                            const EntityExtractor *extractor)
{
    return reconstructDocument(PageFormats::instance().fromText(text, source, encoding), extractor);
}

PageFile readPageFile(const QString &path, const EntityExtractor *extractor, const QByteArray &nativePath)
{
    PageFile file;
    file.path = path;
    SourceDocument doc;
    QByteArray bytes;
    if (!TextDecoder::readBytes(nativePath.isEmpty() ? QFile::encodeName(path) : nativePath, &bytes, &file.error)
        || !PageFormats::instance().read(path, bytes, &doc, &file.error))
        return file;
    file.encoding = doc.encoding;
    file.pages = reconstructDocument(doc, extractor);
    file.text = std::move(doc.text);
    return file;
}

} // namespace kanbao
