#include "entities/entityextractor.h"

namespace kanbao {

EntityExtractor::EntityExtractor() = default;

// Placeholder until the entity engine lands: byline names are journalists.
void EntityExtractor::annotate(Article &article) const
{
    article.entities.clear();
    for (const QStringList *names : {&article.reporters, &article.correspondents, &article.photographers}) {
        for (const QString &name : *names) {
            EntityMention m;
            m.text = name;
            m.type = EntityType::Person;
            m.role = QStringLiteral("journalist");
            article.entities << m;
        }
    }
}

} // namespace kanbao
