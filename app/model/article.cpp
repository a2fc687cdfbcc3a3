#include "model/article.h"

#include <array>
#include <utility>

namespace kanbao {

namespace {

constexpr std::array<std::pair<ArticleKind, const char *>, 5> kindNames{{
    {ArticleKind::Article, "article"},
    {ArticleKind::Photo, "photo"},
    {ArticleKind::Commentary, "commentary"},
    {ArticleKind::Brief, "brief"},
    {ArticleKind::Wire, "wire"},
}};

constexpr std::array<std::pair<EntityType, const char *>, 3> entityNames{{
    {EntityType::Person, "person"},
    {EntityType::Organization, "organization"},
    {EntityType::Place, "place"},
}};

} // namespace

QString articleKindName(ArticleKind kind)
{
    for (const auto &[k, name] : kindNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return QStringLiteral("article");
}

std::optional<ArticleKind> articleKindFromName(QStringView name)
{
    for (const auto &[k, n] : kindNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QString entityTypeName(EntityType type)
{
    for (const auto &[t, name] : entityNames)
        if (t == type)
            return QString::fromLatin1(name);
    return QStringLiteral("person");
}

std::optional<EntityType> entityTypeFromName(QStringView name)
{
    for (const auto &[t, n] : entityNames)
        if (name == QLatin1String(n))
            return t;
    return std::nullopt;
}

} // namespace kanbao
