#pragma once

#include "model/article.h"

#include "fuzztarget.h"

#include <QCoreApplication>

namespace kanbao::fuzz {

inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "kanbao-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the process
}

// What every reconstruction must give whatever the input: entity mentions that point at their own text
// inside their paragraph, source lines in order.
inline void checkPages(const QList<Page> &pages)
{
    for (const Page &page : pages) {
        for (const Article &article : page.articles) {
            KANBAO_FUZZ_CHECK(article.firstSourceLine <= article.lastSourceLine || article.firstSourceLine < 0);
            // No paragraph holds a line break of any kind (offsets would disagree between readers).
            for (const QString &paragraph : article.paragraphs) {
                KANBAO_FUZZ_CHECK(!paragraph.contains(QLatin1Char('\n')));
                KANBAO_FUZZ_CHECK(!paragraph.contains(QChar(0x2028)) && !paragraph.contains(QChar(0x2029)));
            }
            for (const EntityMention &m : article.entities) {
                if (m.paragraph < 0)
                    continue;
                KANBAO_FUZZ_CHECK(m.paragraph < article.paragraphs.size());
                const QString &paragraph = article.paragraphs.at(m.paragraph);
                KANBAO_FUZZ_CHECK(m.offset >= 0 && m.offset + m.text.size() <= paragraph.size());
                // The mention is the paragraph's text from its offset with whitespace skipped (PDF text
                // breaks names apart: 高 亢), and starts on a non-space character.
                KANBAO_FUZZ_CHECK(!paragraph.at(m.offset).isSpace());
                QString seen;
                for (qsizetype i = m.offset; i < paragraph.size() && seen.size() < m.text.size(); ++i) {
                    if (!paragraph.at(i).isSpace())
                        seen.append(paragraph.at(i));
                }
                KANBAO_FUZZ_CHECK(seen == m.text);
            }
        }
    }
}

} // namespace kanbao::fuzz
