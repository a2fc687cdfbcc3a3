#include "model/pagejson.h"

#include <QJsonArray>

namespace kanbao {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

} // namespace

QJsonObject articleToJson(const Article &article)
{
    QJsonArray entities;
    for (const EntityMention &m : article.entities) {
        QJsonObject e{{QStringLiteral("text"), m.text}, {QStringLiteral("type"), entityTypeName(m.type)}};
        if (!m.role.isEmpty())
            e.insert(QStringLiteral("role"), m.role);
        if (!m.office.isEmpty())
            e.insert(QStringLiteral("office"), m.office);
        if (!m.officeOrganization.isEmpty())
            e.insert(QStringLiteral("office_organization"), m.officeOrganization);
        if (!m.offices.isEmpty()) {
            QJsonArray offices;
            for (const EntityOffice &office : m.offices) {
                QJsonObject o{{QStringLiteral("office"), office.office},
                              {QStringLiteral("organization"), office.organization}};
                if (!office.writtenOrganization.isEmpty() && office.writtenOrganization != office.organization)
                    o.insert(QStringLiteral("written_organization"), office.writtenOrganization);
                offices.append(o);
            }
            e.insert(QStringLiteral("offices"), offices);
        }
        if (m.paragraph >= 0) {
            e.insert(QStringLiteral("paragraph"), m.paragraph);
            e.insert(QStringLiteral("offset"), m.offset);
        }
        entities.append(e);
    }
    QJsonObject o{
        {QStringLiteral("kind"), articleKindName(article.kind)},
        {QStringLiteral("kicker"), stringOrNull(article.kicker)},
        {QStringLiteral("headline"), stringOrNull(article.headline)},
        {QStringLiteral("subheadline"), stringOrNull(article.subheadline)},
        {QStringLiteral("reporters"), QJsonArray::fromStringList(article.reporters)},
        {QStringLiteral("correspondents"), QJsonArray::fromStringList(article.correspondents)},
        {QStringLiteral("authors"), QJsonArray::fromStringList(article.authors)},
        {QStringLiteral("photographers"), QJsonArray::fromStringList(article.photographers)},
        {QStringLiteral("paragraphs"), QJsonArray::fromStringList(article.paragraphs)},
        {QStringLiteral("entities"), entities},
    };
    if (!article.column.isEmpty())
        o.insert(QStringLiteral("column"), article.column);
    if (article.confidence >= 0) {
        o.insert(QStringLiteral("confidence"), qRound(article.confidence * 100) / 100.0);
        o.insert(QStringLiteral("doubts"), QJsonArray::fromStringList(article.doubts));
    }
    if (!article.continuedOn.isEmpty())
        o.insert(QStringLiteral("continued_on"), article.continuedOn);
    if (!article.continuedFrom.isEmpty())
        o.insert(QStringLiteral("continued_from"), article.continuedFrom);
    if (!article.region.isEmpty()) {
        const QRectF &r = article.region;
        o.insert(QStringLiteral("region"), QJsonArray{qRound(r.x() * 10) / 10.0, qRound(r.y() * 10) / 10.0,
                                                      qRound(r.width() * 10) / 10.0, qRound(r.height() * 10) / 10.0});
    }
    return o;
}

Article articleFromJson(const QJsonObject &o)
{
    Article a;
    a.kind = articleKindFromName(o.value(QStringLiteral("kind")).toString()).value_or(ArticleKind::Article);
    a.kicker = o.value(QStringLiteral("kicker")).toString();
    a.headline = o.value(QStringLiteral("headline")).toString();
    a.subheadline = o.value(QStringLiteral("subheadline")).toString();
    a.reporters = toStringList(o.value(QStringLiteral("reporters")));
    a.correspondents = toStringList(o.value(QStringLiteral("correspondents")));
    a.authors = toStringList(o.value(QStringLiteral("authors")));
    a.photographers = toStringList(o.value(QStringLiteral("photographers")));
    a.paragraphs = toStringList(o.value(QStringLiteral("paragraphs")));
    a.column = o.value(QStringLiteral("column")).toString();
    a.confidence = o.value(QStringLiteral("confidence")).toDouble(-1);
    a.doubts = toStringList(o.value(QStringLiteral("doubts")));
    a.continuedOn = o.value(QStringLiteral("continued_on")).toString();
    a.continuedFrom = o.value(QStringLiteral("continued_from")).toString();
    const QJsonArray region = o.value(QStringLiteral("region")).toArray();
    if (region.size() == 4)
        a.region = QRectF(region[0].toDouble(), region[1].toDouble(), region[2].toDouble(), region[3].toDouble());
    const QJsonArray entities = o.value(QStringLiteral("entities")).toArray();
    for (const QJsonValue &v : entities) {
        const QJsonObject e = v.toObject();
        EntityMention m;
        m.text = e.value(QStringLiteral("text")).toString();
        m.type = entityTypeFromName(e.value(QStringLiteral("type")).toString()).value_or(EntityType::Person);
        m.role = e.value(QStringLiteral("role")).toString();
        m.office = e.value(QStringLiteral("office")).toString();
        m.officeOrganization = e.value(QStringLiteral("office_organization")).toString();
        const QJsonArray offices = e.value(QStringLiteral("offices")).toArray();
        for (const QJsonValue &ov : offices) {
            const QJsonObject o = ov.toObject();
            EntityOffice office;
            office.office = o.value(QStringLiteral("office")).toString();
            office.organization = o.value(QStringLiteral("organization")).toString();
            office.writtenOrganization = o.value(QStringLiteral("written_organization")).toString(office.organization);
            m.offices.append(office);
        }
        m.paragraph = e.value(QStringLiteral("paragraph")).toInt(-1);
        m.offset = e.value(QStringLiteral("offset")).toInt(-1);
        a.entities.append(m);
    }
    return a;
}

QJsonObject pageToJson(const Page &page)
{
    QJsonArray articles;
    for (const Article &a : page.articles)
        articles.append(articleToJson(a));
    QJsonObject o{
        {QStringLiteral("source"), page.source},
        {QStringLiteral("encoding"), page.encoding},
        {QStringLiteral("date"), page.date.isValid() ? QJsonValue(page.date.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("page"), stringOrNull(page.label)},
        {QStringLiteral("section"), stringOrNull(page.section)},
        {QStringLiteral("articles"), articles},
    };
    if (!page.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(page.warnings));
    return o;
}

} // namespace kanbao
