// PDF pages: any bytes given to the PDF reader either are refused with a reason or give pages whose
// lines have sane geometry, and reconstruct into pages with well-formed articles.
#include "fuzzcommon.h"

#include "formats/pageformats.h"

#include <cmath>

void kanbaoFuzzInit()
{
    kanbao::fuzz::ensureApplication();
}

int kanbaoFuzzOne(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const kanbao::PageFormat *pdf = kanbao::PageFormats::instance().format(QStringLiteral("pdf"));
    KANBAO_FUZZ_CHECK(pdf);
    kanbao::SourceDocument doc;
    QString error;
    if (!pdf->read(QStringLiteral("fuzz.pdf"), bytes, &doc, &error)) {
        KANBAO_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    KANBAO_FUZZ_CHECK(!doc.pages.isEmpty());
    for (const kanbao::SourcePage &page : std::as_const(doc.pages))
        for (const kanbao::SourceLine &line : page.lines) {
            KANBAO_FUZZ_CHECK(std::isfinite(line.box.x()) && std::isfinite(line.box.y()));
            KANBAO_FUZZ_CHECK(std::isfinite(line.fontSize) && line.fontSize >= 0);
            KANBAO_FUZZ_CHECK(!line.words.isEmpty());
        }
    const QList<kanbao::Page> pages = pdf->reconstruct(doc);
    KANBAO_FUZZ_CHECK(pages.size() == doc.pages.size());
    kanbao::fuzz::checkPages(pages);
    return 0;
}
