#include "formats/pageformat.h"

namespace kanbao {

QStringList PageFormat::nameFilters(const QStringList &suffixes)
{
    QStringList filters;
    for (const QString &suffix : suffixes) {
        filters.append(QStringLiteral("*.") + suffix.toLower());
        // QDir name filters are case-sensitive on Linux: A03.TXT too.
        filters.append(QStringLiteral("*.") + suffix.toUpper());
    }
    return filters;
}

QStringList PageFormat::nameFilters() const
{
    return nameFilters(suffixes());
}

} // namespace kanbao
