// Raw PDF-text reconstruction with entity extraction: any UTF-8 text gives pages whose entity mentions
// point at their own words.
#include "fuzzcommon.h"

#include "entities/entityextractor.h"
#include "text/textdecoder.h"
#include "reconstruct/rawlayout.h"

namespace {
const kanbao::EntityExtractor *extractor = nullptr;
}

void kanbaoFuzzInit()
{
    kanbao::fuzz::ensureApplication();
    extractor = new kanbao::EntityExtractor();
}

int kanbaoFuzzOne(const uint8_t *data, size_t size)
{
    // As every text reaches the readers: through the decoder's (or the Reconstructor's) line-end rule.
    const QString text = kanbao::TextDecoder::normaliseLineEndings(
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    QList<kanbao::Page> pages = kanbao::rawlayout::reconstruct(text);
    for (kanbao::Page &page : pages)
        for (kanbao::Article &article : page.articles)
            extractor->annotate(article);
    kanbao::fuzz::checkPages(pages);
    return 0;
}
