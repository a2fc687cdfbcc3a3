#include "model/mentionextent.h"

namespace kanbao {

int mentionExtent(const Article &article, const EntityMention &mention)
{
    if (mention.paragraph < 0 || mention.paragraph >= article.paragraphs.size() || mention.offset < 0)
        return int(mention.text.size());
    const QString &paragraph = article.paragraphs.at(mention.paragraph);
    qsizetype i = mention.offset;
    qsizetype seen = 0;
    while (i < paragraph.size() && seen < mention.text.size()) {
        if (!paragraph.at(i).isSpace())
            ++seen;
        ++i;
    }
    return int(i - mention.offset);
}

} // namespace kanbao
