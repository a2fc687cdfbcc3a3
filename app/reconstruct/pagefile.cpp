#include "reconstruct/pagefile.h"

#include "entities/entityextractor.h"
#include "reconstruct/reconstructor.h"
#include "text/textdecoder.h"

namespace kanbao {

QList<Page> reconstructText(const QString &text, const QString &source, const QString &encoding,
                            const EntityExtractor *extractor)
{
    QList<Page> pages = Reconstructor().reconstruct(text);
    for (Page &page : pages) {
        page.source = source;
        page.encoding = encoding;
        if (extractor) {
            for (Article &article : page.articles)
                extractor->annotate(article);
        }
    }
    return pages;
}

PageFile readPageFile(const QString &path, const EntityExtractor *extractor)
{
    PageFile file;
    file.path = path;
    DecodedText decoded;
    if (!TextDecoder::readFile(path, &decoded, &file.error))
        return file;
    file.encoding = decoded.encoding;
    file.text = std::move(decoded.text);
    file.pages = reconstructText(file.text, path, file.encoding, extractor);
    return file;
}

} // namespace kanbao
