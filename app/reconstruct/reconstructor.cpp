#include "reconstruct/reconstructor.h"

#include <QRegularExpression>

namespace kanbao {

// Placeholder until the reconstruction engine lands: blank-line separated blocks become paragraphs of
// one article per page.
QList<Page> Reconstructor::reconstruct(const QString &text) const
{
    Page page;
    Article article;
    const QStringList blocks = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        QString joined = block;
        joined.remove(QLatin1Char('\n'));
        joined = joined.trimmed();
        if (!joined.isEmpty())
            article.paragraphs << joined;
    }
    if (!article.paragraphs.isEmpty())
        page.articles << article;
    return {page};
}

} // namespace kanbao
