#include "formats/pageformat.h"

#include <QCoreApplication>

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

bool PageFormat::readPage(const QString &path, const QByteArray &bytes, int index, SourceDocument *doc,
                          QString *error) const
{
    if (!read(path, bytes, doc, error))
        return false;
    if (index < 0 || index >= doc->pages.size()) {
        *error = QCoreApplication::translate("kanbao::PageFormats", "the file has no page %1").arg(index + 1);
        return false;
    }
    const SourcePage page = doc->pages.at(index);
    doc->pages = {page};
    return true;
}

} // namespace kanbao
