// Shared by the reconstruction rule tests: pages as compact text, so a whole expected page reads as one
// literal and a failure shows every field that differs.
#pragma once

#include "model/article.h"

#include <QStringList>

#include <initializer_list>

namespace kanbao::testing {

inline QString joinLines(std::initializer_list<const char16_t *> lines)
{
    QStringList out;
    for (const char16_t *l : lines)
        out << QString::fromUtf16(l);
    return out.join(QLatin1Char('\n'));
}

enum class PageHeads { Omit, Include };

// One line per article ("kind|kicker|headline|subheadline|R:…|C:…|A:…|P:…|col:…") followed by its
// paragraphs, each on a line starting with "  ". With PageHeads::Include, pages that state a header open
// with "@date label section".
inline QString describePages(const QList<Page> &pages, PageHeads heads = PageHeads::Include)
{
    QStringList out;
    for (const Page &p : pages) {
        if (heads == PageHeads::Include && (p.date.isValid() || !p.label.isEmpty() || !p.section.isEmpty()))
            out << QStringLiteral("@%1 %2 %3").arg(p.date.toString(Qt::ISODate), p.label, p.section);
        for (const Article &a : p.articles) {
            QStringList head{articleKindName(a.kind), a.kicker, a.headline, a.subheadline};
            const auto names = [&](const char *tag, const QStringList &list) {
                if (!list.isEmpty())
                    head << QString::fromLatin1(tag) + list.join(QLatin1Char(','));
            };
            names("R:", a.reporters);
            names("C:", a.correspondents);
            names("A:", a.authors);
            names("P:", a.photographers);
            if (!a.column.isEmpty())
                head << QStringLiteral("col:") + a.column;
            out << head.join(QLatin1Char('|'));
            for (const QString &para : a.paragraphs)
                out << QStringLiteral("  ") + para;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace kanbao::testing
