#pragma once

#include "model/article.h"

namespace kanbao {

class Lexicon;

// Finds people, organizations and places in an article and fills Article::entities. Thread-safe after
// construction; build one and share it.
//
// Rule-based, tuned to the Chinese local press: a name is a surname and one or two characters, and it is
// only taken where the context says a name stands there — after an office (党工委书记吕某), a role noun
// (市民, 志愿者, 种植户) or a byline word (记者), inside a list of names (区领导甲、乙、丙出席), or
// before a speech or action verb (某某强调). Names confirmed once are then found everywhere in the
// article. Organizations and places are found by their suffixes (有限公司, 局, 街道; 县, 镇, 村).
class EntityExtractor
{
public:
    EntityExtractor();

    // `paperCity` (焦作 for 焦作日报, see officenames::cityOfPaper) completes bodies named by their level
    // alone (市委 → 焦作市委); empty when the paper is not known.
    void annotate(Article &article, const QString &paperCity = {}) const;

    // Entities of one piece of text taken as a single paragraph (tests, previews).
    QList<EntityMention> extract(const QString &paragraph) const;

private:
    const Lexicon &m_lexicon;
};

} // namespace kanbao
