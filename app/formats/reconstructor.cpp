#include "formats/reconstructor.h"

#include "formats/pageformats.h"

namespace kanbao {

QList<Page> Reconstructor::reconstruct(const QString &text) const
{
    const PageFormats &formats = PageFormats::instance();
    return formats.reconstruct(formats.fromText(text, QString(), QString()));
}

} // namespace kanbao
