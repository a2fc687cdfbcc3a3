#include "notes/citation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kanbao {

namespace {

// lupdate files a tr() outside a class under the namespace ("kanbao"), not the context translated
// here; QT_TRANSLATE_NOOP names the context for both.
QString citationText(const char *text)
{
    return QCoreApplication::translate("kanbao::citation", text);
}

// Reference fields are single lines: a headline laid out over two lines or with spaced-out characters
// (两 会 特 刊 is printed that way, not written) is one title.
QString oneLine(const QString &text)
{
    return text.simplified();
}

// The title a reference gives: the headline, else the subheadline or kicker (a piece printed under a
// running title only). Empty when the article has none of them.
QString titleOf(const ArticleCitation &article)
{
    for (const QString &candidate : {article.headline, article.subheadline, article.kicker}) {
        const QString title = oneLine(candidate);
        if (!title.isEmpty())
            return title;
    }
    return {};
}

// A sentence end already in the text (题名。, "Smith J.") must not be doubled by the style's own period.
QString withoutClosingPeriod(QString text)
{
    while (!text.isEmpty() && (text.endsWith(u'.') || text.endsWith(u'。') || text.endsWith(u'．')))
        text.chop(1);
    return text.trimmed();
}

bool endsWithOwnMark(const QString &text)
{
    static const QString marks = QStringLiteral("?!？！");
    return !text.isEmpty() && marks.contains(text.back());
}

bool isLatinName(const QString &name)
{
    for (const QChar c : name) {
        if (c.unicode() > 0x024F)
            return false;
    }
    return name.contains(u' ');
}

// GB/T 7714 版次: the page number as printed, without 第…版 around it or leading zeros ("第03版", "03" → "3";
// "A02" stays: the letter names the section of a paper printed in several).
QString gbPage(const QString &label)
{
    QString page = oneLine(label);
    if (page.startsWith(u'第') && page.endsWith(u'版'))
        page = page.mid(1, page.size() - 2).trimmed();
    bool numeric = false;
    const int number = page.toInt(&numeric);
    if (numeric && number > 0)
        return QString::number(number);
    return page;
}

QString gbt7714(const ArticleCitation &article)
{
    QStringList parts;
    QStringList authors = citationAuthors(article);
    // 8.1.2: more than three responsible persons: the first three, then ", 等".
    if (authors.size() > 3) {
        authors = authors.mid(0, 3);
        authors << QStringLiteral("等");
    }
    if (!authors.isEmpty())
        parts << withoutClosingPeriod(authors.join(QStringLiteral(", ")));
    QString title = withoutClosingPeriod(titleOf(article));
    if (title.isEmpty())
        title = citationText(QT_TRANSLATE_NOOP("kanbao::citation", "[untitled]"));
    parts << title + QStringLiteral("[N]");
    QString issue;
    if (article.date.isValid()) {
        issue = article.date.toString(Qt::ISODate);
        const QString page = gbPage(article.pageLabel);
        if (!page.isEmpty())
            issue += QStringLiteral("(%1)").arg(page);
    }
    const QString paper = withoutClosingPeriod(oneLine(article.paper));
    if (!paper.isEmpty() && !issue.isEmpty())
        parts << paper + QStringLiteral(", ") + issue;
    else if (!paper.isEmpty() || !issue.isEmpty())
        parts << paper + issue;
    return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

// Chicago lists a Western name inverted only as the first of a bibliography entry; Chinese names are
// written family name first already and stay as they are.
QString chicagoName(const QString &name, bool first)
{
    if (!first || !isLatinName(name))
        return name;
    const qsizetype space = name.lastIndexOf(u' ');
    return name.mid(space + 1) + QStringLiteral(", ") + name.left(space);
}

QString chicago(const ArticleCitation &article)
{
    QStringList names = citationAuthors(article);
    // 14.76: up to ten authors are all listed; more than ten, the first seven and "et al."
    const bool etAl = names.size() > 10;
    if (etAl)
        names = names.mid(0, 7);
    for (int i = 0; i < names.size(); ++i)
        names[i] = chicagoName(names[i], i == 0);
    QString authors;
    if (etAl)
        authors = names.join(QStringLiteral(", ")) + QStringLiteral(", et al");
    else if (names.size() == 1)
        authors = names.constFirst();
    else if (names.size() == 2)
        authors = names.join(QStringLiteral(" and "));
    else if (names.size() > 2)
        authors = names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(", and ") +
                  names.last();

    QStringList sentences;
    if (!authors.isEmpty())
        sentences << withoutClosingPeriod(authors) + QLatin1Char('.');
    const QString title = withoutClosingPeriod(titleOf(article));
    if (title.isEmpty())
        sentences << citationText(QT_TRANSLATE_NOOP("kanbao::citation", "[untitled]")) + QLatin1Char('.');
    else
        sentences << QStringLiteral("“%1%2”").arg(title,
                                                  endsWithOwnMark(title) ? QString() : QStringLiteral("."));
    QStringList where;
    if (!oneLine(article.paper).isEmpty())
        where << withoutClosingPeriod(oneLine(article.paper));
    if (article.date.isValid())
        where << QLocale(QLocale::English, QLocale::UnitedStates)
                     .toString(article.date, QStringLiteral("MMMM d, yyyy"));
    if (!oneLine(article.pageLabel).isEmpty())
        where << oneLine(article.pageLabel);
    if (!where.isEmpty())
        sentences << where.join(QStringLiteral(", ")) + QLatin1Char('.');
    return sentences.join(QLatin1Char(' '));
}

// RIS: "XX  - value" lines; a value is one line.
QString ris(const ArticleCitation &article)
{
    QString out;
    auto line = [&out](const char *tag, const QString &value) {
        const QString v = oneLine(value);
        if (!v.isEmpty())
            out += QLatin1String(tag) + QStringLiteral("  - ") + v + QStringLiteral("\n");
    };
    out += QStringLiteral("TY  - NEWS\n");
    for (const QString &name : citationAuthors(article))
        line("AU", name);
    line("TI", titleOf(article));
    line("T2", article.paper);
    if (article.date.isValid()) {
        line("DA", article.date.toString(QStringLiteral("yyyy/MM/dd/")));
        line("PY", QString::number(article.date.year()));
    }
    line("SP", article.pageLabel);
    line("SE", article.section);
    line("ET", article.edition);
    line("LA", QStringLiteral("zh"));
    out += QStringLiteral("ER  - \n");
    return out;
}

// A value inside BibTeX braces, with the characters TeX gives a meaning spelled out. Braces are written as
// commands, not \{ \}: BibTeX counts an escaped brace as a group too, and a title with one unmatched
// bracket would swallow the rest of the file.
QString bibtexEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : oneLine(text)) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case u'{':
            out += QStringLiteral("\\textbraceleft{}");
            break;
        case u'}':
            out += QStringLiteral("\\textbraceright{}");
            break;
        case u'~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case u'^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        case u'%':
        case u'&':
        case u'$':
        case u'#':
        case u'_':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString bibtexKey(const ArticleCitation &article)
{
    QString key = QStringLiteral("kanbao");
    if (article.date.isValid())
        key += article.date.toString(QStringLiteral("yyyyMMdd"));
    if (article.articleId > 0)
        key += QStringLiteral("_%1").arg(article.articleId);
    return key;
}

QString bibtex(const ArticleCitation &article, const QString &key)
{
    QStringList fields;
    auto field = [&fields](const char *name, const QString &value) {
        if (!value.isEmpty())
            fields << QStringLiteral("  %1 = {%2}").arg(QLatin1String(name), value);
    };
    field("entrysubtype", QStringLiteral("newspaper"));
    // Each name in its own braces: a Chinese name is one unit, not "First Last" to be split.
    QStringList names;
    for (const QString &name : citationAuthors(article))
        names << (isLatinName(name) ? bibtexEscape(name) : QStringLiteral("{%1}").arg(bibtexEscape(name)));
    field("author", names.join(QStringLiteral(" and ")));
    const QString title = titleOf(article);
    if (!title.isEmpty())
        field("title", QStringLiteral("{%1}").arg(bibtexEscape(title))); // keep the case of Latin words
    field("journal", bibtexEscape(article.paper));
    if (article.date.isValid()) {
        field("date", article.date.toString(Qt::ISODate));
        field("year", QString::number(article.date.year()));
        field("month", QString::number(article.date.month()));
    }
    field("pages", bibtexEscape(article.pageLabel));
    field("section", bibtexEscape(article.section));
    field("edition", bibtexEscape(article.edition));
    field("langid", QStringLiteral("chinese"));
    return QStringLiteral("@article{%1,\n%2\n}\n").arg(key, fields.join(QStringLiteral(",\n")));
}

QJsonObject cslName(const QString &name)
{
    if (isLatinName(name)) {
        const qsizetype space = name.lastIndexOf(u' ');
        return QJsonObject{{QStringLiteral("family"), name.mid(space + 1)},
                           {QStringLiteral("given"), name.left(space)}};
    }
    return QJsonObject{{QStringLiteral("literal"), name}};
}

QJsonObject cslJson(const ArticleCitation &article, const QString &id)
{
    QJsonObject item{{QStringLiteral("id"), id},
                     {QStringLiteral("type"), QStringLiteral("article-newspaper")}};
    auto set = [&item](const char *name, const QString &value) {
        const QString v = oneLine(value);
        if (!v.isEmpty())
            item.insert(QLatin1String(name), v);
    };
    set("title", titleOf(article));
    set("container-title", article.paper);
    set("page", article.pageLabel);
    set("section", article.section);
    set("edition", article.edition);
    set("language", QStringLiteral("zh"));
    if (article.date.isValid())
        item.insert(QStringLiteral("issued"),
                    QJsonObject{{QStringLiteral("date-parts"),
                                 QJsonArray{QJsonArray{article.date.year(), article.date.month(),
                                                       article.date.day()}}}});
    QJsonArray authors;
    for (const QString &name : citationAuthors(article))
        authors.append(cslName(name));
    if (!authors.isEmpty())
        item.insert(QStringLiteral("author"), authors);
    return item;
}

// Keys and ids are unique within one file: the same article given twice, or two articles without id,
// get _2, _3, ... appended.
QStringList uniqueKeys(const QList<ArticleCitation> &articles)
{
    QStringList keys;
    QHash<QString, int> seen;
    for (const ArticleCitation &a : articles) {
        const QString base = bibtexKey(a);
        const int n = seen.value(base, 0);
        seen.insert(base, n + 1);
        QString key = n > 0 ? base + QStringLiteral("_%1").arg(n + 1) : base;
        while (keys.contains(key))
            key += QLatin1Char('x');
        keys << key;
    }
    return keys;
}

} // namespace

QList<CitationStyle> citationStyles()
{
    return {CitationStyle::GbT7714, CitationStyle::Chicago, CitationStyle::Ris, CitationStyle::BibTeX,
            CitationStyle::CslJson};
}

QString citationStyleName(CitationStyle style)
{
    switch (style) {
    case CitationStyle::GbT7714:
        return QStringLiteral("gbt7714");
    case CitationStyle::Chicago:
        return QStringLiteral("chicago");
    case CitationStyle::Ris:
        return QStringLiteral("ris");
    case CitationStyle::BibTeX:
        return QStringLiteral("bibtex");
    case CitationStyle::CslJson:
        return QStringLiteral("csl-json");
    }
    return {};
}

std::optional<CitationStyle> citationStyleFromName(QStringView name)
{
    for (const CitationStyle style : citationStyles()) {
        if (name.compare(citationStyleName(style), Qt::CaseInsensitive) == 0)
            return style;
    }
    return std::nullopt;
}

QString citationStyleLabel(CitationStyle style)
{
    switch (style) {
    case CitationStyle::GbT7714:
        return citationText(QT_TRANSLATE_NOOP("kanbao::citation", "GB/T 7714-2015"));
    case CitationStyle::Chicago:
        return citationText(QT_TRANSLATE_NOOP("kanbao::citation", "Chicago"));
    case CitationStyle::Ris:
        return citationText(QT_TRANSLATE_NOOP("kanbao::citation", "RIS"));
    case CitationStyle::BibTeX:
        return citationText(QT_TRANSLATE_NOOP("kanbao::citation", "BibTeX"));
    case CitationStyle::CslJson:
        return citationText(QT_TRANSLATE_NOOP("kanbao::citation", "CSL-JSON"));
    }
    return {};
}

bool isReferenceFileStyle(CitationStyle style)
{
    return style == CitationStyle::Ris || style == CitationStyle::BibTeX || style == CitationStyle::CslJson;
}

QString citationFileSuffix(CitationStyle style)
{
    switch (style) {
    case CitationStyle::Ris:
        return QStringLiteral("ris");
    case CitationStyle::BibTeX:
        return QStringLiteral("bib");
    case CitationStyle::CslJson:
        return QStringLiteral("json");
    case CitationStyle::GbT7714:
    case CitationStyle::Chicago:
        break;
    }
    return QStringLiteral("txt");
}

QStringList citationAuthors(const ArticleCitation &article)
{
    QStringList names;
    for (const QStringList *list : {&article.authors, &article.reporters, &article.correspondents}) {
        for (const QString &name : *list) {
            const QString clean = oneLine(name);
            if (!clean.isEmpty() && !names.contains(clean))
                names << clean;
        }
    }
    return names;
}

QString formatCitation(const ArticleCitation &article, CitationStyle style)
{
    switch (style) {
    case CitationStyle::GbT7714:
        return gbt7714(article);
    case CitationStyle::Chicago:
        return chicago(article);
    case CitationStyle::Ris:
        return ris(article);
    case CitationStyle::BibTeX:
        return bibtex(article, bibtexKey(article));
    case CitationStyle::CslJson:
        return QString::fromUtf8(
            QJsonDocument(cslJson(article, bibtexKey(article))).toJson(QJsonDocument::Indented));
    }
    return {};
}

QString formatReferences(const QList<ArticleCitation> &articles, CitationStyle style)
{
    QString out;
    switch (style) {
    case CitationStyle::GbT7714:
    case CitationStyle::Chicago:
        for (const ArticleCitation &a : articles)
            out += formatCitation(a, style) + QLatin1Char('\n');
        return out;
    case CitationStyle::Ris:
        for (const ArticleCitation &a : articles)
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + ris(a);
        return out;
    case CitationStyle::BibTeX: {
        const QStringList keys = uniqueKeys(articles);
        for (int i = 0; i < articles.size(); ++i)
            out += (i > 0 ? QStringLiteral("\n") : QString()) + bibtex(articles.at(i), keys.at(i));
        return out;
    }
    case CitationStyle::CslJson: {
        const QStringList keys = uniqueKeys(articles);
        QJsonArray items;
        for (int i = 0; i < articles.size(); ++i)
            items.append(cslJson(articles.at(i), keys.at(i)));
        return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
    }
    }
    return out;
}

} // namespace kanbao
