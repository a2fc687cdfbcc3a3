#include "library/librarystore.h"

#include "library/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kanbao {

namespace {

QStringList stringList(const QVariant &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

// A03 < A10 < B01; labels without digits after those with.
std::pair<QString, int> labelKey(const QString &label)
{
    static const QRegularExpression re(QStringLiteral("^(\\D*)(\\d+)"));
    const QRegularExpressionMatch m = re.match(label);
    if (!m.hasMatch())
        return {label.isEmpty() ? QStringLiteral("\uffff") : label, 0};
    return {m.captured(1), m.captured(2).toInt()};
}

// Binds in order and runs; on failure records a message naming the library.
struct Query
{
    Library &library;
    QSqlQuery q;

    Query(Library &l, const QString &sql, const QVariantList &values = {}) : library(l), q(l.database())
    {
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            library.describe(q.lastError());
            ok = false;
            return;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
        if (!ok)
            library.describe(q.lastError());
    }
    bool next() { return ok && q.next(); }
    QVariant value(int i) const { return q.value(i); }

    bool ok = true;
};

QString dateFilter(const QDate &from, const QDate &to, qint64 paperId, QVariantList *values, const QString &prefix)
{
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND %1date >= ?").arg(prefix);
        values->append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND %1date <= ?").arg(prefix);
        values->append(to.toString(Qt::ISODate));
    }
    if (paperId > 0) {
        sql += QStringLiteral(" AND %1paper_id = ?").arg(prefix);
        values->append(paperId);
    }
    return sql;
}

} // namespace

LibraryStore::LibraryStore(Library &library) : m_library(library) {}

QString LibraryStore::lastError() const
{
    return m_library.errorString();
}

QList<PaperInfo> LibraryStore::papers()
{
    QList<PaperInfo> list;
    Query q(m_library, QStringLiteral("SELECT p.id, p.name, count(i.id) FROM papers p LEFT JOIN issues i"
                                      " ON i.paper_id = p.id GROUP BY p.id ORDER BY p.name"));
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

QList<MonthSummary> LibraryStore::months(qint64 paperId)
{
    QList<MonthSummary> list;
    QVariantList values;
    const QString filter = dateFilter({}, {}, paperId, &values, QStringLiteral("i."));
    Query q(m_library,
            QStringLiteral("SELECT substr(i.date, 1, 7) AS month, count(DISTINCT i.id),"
                           " (SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues j"
                           "  ON j.id = p.issue_id WHERE a.hidden = 0 AND substr(j.date, 1, 7) = substr(i.date, 1, 7)%1)"
                           " FROM issues i WHERE 1%2 GROUP BY month ORDER BY month DESC")
                .arg(paperId > 0 ? QStringLiteral(" AND j.paper_id = %1").arg(paperId) : QString(), filter),
            values);
    while (q.next()) {
        const QString month = q.value(0).toString();
        list.append({month.left(4).toInt(), month.mid(5, 2).toInt(), q.value(1).toInt(), q.value(2).toInt()});
    }
    return list;
}

static const char issueColumns[] =
    "SELECT i.id, i.paper_id, pp.name, i.date, i.edition, i.date_guessed,"
    " (SELECT count(*) FROM pages p WHERE p.issue_id = i.id),"
    " (SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.issue_id = i.id AND a.hidden = 0)"
    " FROM issues i JOIN papers pp ON pp.id = i.paper_id";

static IssueSummary issueFrom(const Query &q)
{
    IssueSummary s;
    s.id = q.value(0).toLongLong();
    s.paperId = q.value(1).toLongLong();
    s.paper = q.value(2).toString();
    s.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.edition = q.value(4).toString();
    s.dateGuessed = q.value(5).toInt() != 0;
    s.pages = q.value(6).toInt();
    s.articles = q.value(7).toInt();
    return s;
}

QList<IssueSummary> LibraryStore::issues(const QDate &from, const QDate &to, qint64 paperId, Order order)
{
    QList<IssueSummary> list;
    QVariantList values;
    const QString filter = dateFilter(from, to, paperId, &values, QStringLiteral("i."));
    Query q(m_library,
            QLatin1String(issueColumns) + QStringLiteral(" WHERE 1") + filter
                + (order == Order::NewestFirst ? QStringLiteral(" ORDER BY i.date DESC, pp.name, i.edition")
                                               : QStringLiteral(" ORDER BY i.date, pp.name, i.edition")),
            values);
    while (q.next())
        list.append(issueFrom(q));
    return list;
}

static std::optional<QDate> firstDate(Library &library, const QString &sql, const QVariantList &values)
{
    Query q(library, sql, values);
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<QDate> LibraryStore::nextIssueDate(const QDate &after, qint64 paperId)
{
    QVariantList values{after.toString(Qt::ISODate)};
    const QString filter = dateFilter({}, {}, paperId, &values, QString());
    return firstDate(m_library, QStringLiteral("SELECT min(date) FROM issues WHERE date > ?") + filter, values);
}

std::optional<QDate> LibraryStore::previousIssueDate(const QDate &before, qint64 paperId)
{
    QVariantList values{before.toString(Qt::ISODate)};
    const QString filter = dateFilter({}, {}, paperId, &values, QString());
    return firstDate(m_library, QStringLiteral("SELECT max(date) FROM issues WHERE date < ?") + filter, values);
}

std::optional<QDate> LibraryStore::latestIssueDate(qint64 paperId)
{
    QVariantList values;
    const QString filter = dateFilter({}, {}, paperId, &values, QString());
    return firstDate(m_library, QStringLiteral("SELECT max(date) FROM issues WHERE 1") + filter, values);
}

std::optional<IssueSummary> LibraryStore::issue(qint64 issueId)
{
    Query q(m_library, QLatin1String(issueColumns) + QStringLiteral(" WHERE i.id = ?"), {issueId});
    if (q.next())
        return issueFrom(q);
    return std::nullopt;
}

QList<IssueDay> LibraryStore::issueDays(int year, int month, qint64 paperId)
{
    QList<IssueDay> days;
    const QDate first(year, month, 1);
    if (!first.isValid())
        return days;
    const QList<IssueSummary> list = issues(first, first.addMonths(1).addDays(-1), paperId);
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (days.isEmpty() || days.last().date != it->date || days.last().paperId != it->paperId)
            days.append({it->date, it->paperId, it->paper, 0, 0, 0, false});
        IssueDay &day = days.last();
        ++day.editions;
        day.pages += it->pages;
        day.articles += it->articles;
        day.dateGuessed = day.dateGuessed || it->dateGuessed;
    }
    return days;
}

QList<ArticleRow> LibraryStore::articlesOfPage(qint64 pageId)
{
    QList<ArticleRow> list;
    Query q(m_library,
            QStringLiteral("SELECT id, page_id, seq, kind, kicker, headline, length(body), substr(body, 1, 60)"
                           " FROM articles WHERE page_id = ? AND hidden = 0 ORDER BY seq"),
            {pageId});
    while (q.next()) {
        ArticleRow a;
        a.id = q.value(0).toLongLong();
        a.pageId = q.value(1).toLongLong();
        a.seq = q.value(2).toInt();
        a.kind = articleKindFromName(q.value(3).toString()).value_or(ArticleKind::Article);
        a.kicker = q.value(4).toString();
        a.headline = q.value(5).toString();
        a.bodyLength = q.value(6).toInt();
        a.firstLine = q.value(7).toString().section(QLatin1Char('\n'), 0, 0);
        list.append(a);
    }
    return list;
}

QList<PageSummary> LibraryStore::pagesOfIssue(qint64 issueId)
{
    QList<PageSummary> pages;
    {
        Query q(m_library,
                QStringLiteral("SELECT id, issue_id, label, section, source_path, source_index, encoding, imported_at,"
                               " warning FROM pages WHERE issue_id = ?"),
                {issueId});
        while (q.next()) {
            PageSummary p;
            p.id = q.value(0).toLongLong();
            p.issueId = q.value(1).toLongLong();
            p.label = q.value(2).toString();
            p.section = q.value(3).toString();
            p.sourcePath = q.value(4).toString();
            p.sourceIndex = q.value(5).toInt();
            p.encoding = q.value(6).toString();
            p.importedAt = q.value(7).toString();
            p.warning = q.value(8).toString();
            pages.append(p);
        }
        if (!q.ok)
            return {};
    }
    std::stable_sort(pages.begin(), pages.end(), [](const PageSummary &a, const PageSummary &b) {
        const auto ka = labelKey(a.label);
        const auto kb = labelKey(b.label);
        if (ka != kb)
            return ka < kb;
        return std::tie(a.sourcePath, a.sourceIndex) < std::tie(b.sourcePath, b.sourceIndex);
    });
    for (PageSummary &p : pages)
        p.articles = articlesOfPage(p.id);
    return pages;
}

std::optional<StoredArticle> LibraryStore::article(qint64 articleId)
{
    Query q(m_library,
            QStringLiteral("SELECT a.id, a.page_id, p.issue_id, i.paper_id, pp.name, i.date, i.edition, i.date_guessed,"
                           " p.label, p.section, p.source_path, a.seq, a.kind, a.kicker, a.headline, a.subheadline,"
                           " a.reporters, a.correspondents, a.authors, a.photographers, a.column_label, a.body,"
                           " p.warning, p.source_index, p.content_hash, a.hidden FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id"
                           " JOIN papers pp ON pp.id = i.paper_id WHERE a.id = ?"),
            {articleId});
    if (!q.next())
        return std::nullopt;
    StoredArticle s;
    s.id = q.value(0).toLongLong();
    s.pageId = q.value(1).toLongLong();
    s.issueId = q.value(2).toLongLong();
    s.paperId = q.value(3).toLongLong();
    s.paper = q.value(4).toString();
    s.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.edition = q.value(6).toString();
    s.dateGuessed = q.value(7).toInt() != 0;
    s.pageLabel = q.value(8).toString();
    s.section = q.value(9).toString();
    s.sourcePath = q.value(10).toString();
    s.seq = q.value(11).toInt();
    s.pageWarning = q.value(22).toString();
    s.sourceIndex = q.value(23).toInt();
    s.contentHash = q.value(24).toString();
    Article &a = s.article;
    a.kind = articleKindFromName(q.value(12).toString()).value_or(ArticleKind::Article);
    a.kicker = q.value(13).toString();
    a.headline = q.value(14).toString();
    a.subheadline = q.value(15).toString();
    a.reporters = stringList(q.value(16));
    a.correspondents = stringList(q.value(17));
    a.authors = stringList(q.value(18));
    a.photographers = stringList(q.value(19));
    a.column = q.value(20).toString();
    a.hidden = q.value(25).toInt() != 0;
    const QString body = q.value(21).toString();
    if (!body.isEmpty())
        a.paragraphs = body.split(QLatin1Char('\n'));

    Query m(m_library,
            QStringLiteral("SELECT e.name, e.type, m.paragraph, m.start_offset, m.role, m.office, m.office_organization,"
                           " m.id FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.id"),
            {articleId});
    while (m.next()) {
        EntityMention e;
        e.text = m.value(0).toString();
        e.type = entityTypeFromName(m.value(1).toString()).value_or(EntityType::Person);
        e.paragraph = m.value(2).toInt();
        e.offset = m.value(3).toInt();
        e.role = m.value(4).toString();
        e.office = m.value(5).toString();
        e.officeOrganization = m.value(6).toString();
        if (!e.office.isEmpty()) {
            Query o(m_library,
                    QStringLiteral("SELECT office, organization, written_organization FROM mention_offices"
                                   " WHERE mention_id = ? ORDER BY seq"),
                    {m.value(7)});
            while (o.next())
                e.offices.append(EntityOffice{o.value(0).toString(), o.value(1).toString(), o.value(2).toString()});
        }
        a.entities.append(e);
    }
    if (!m.ok)
        return std::nullopt;
    return s;
}

QString LibraryStore::pageText(qint64 pageId)
{
    Query q(m_library, QStringLiteral("SELECT raw_text FROM pages WHERE id = ?"), {pageId});
    if (!q.next())
        return QString();
    return QString::fromUtf8(qUncompress(q.value(0).toByteArray()));
}

QList<EntityRecord> LibraryStore::entitiesOfArticle(qint64 articleId)
{
    QList<EntityRecord> list;
    Query q(m_library,
            QStringLiteral("SELECT e.id, e.name, e.type, count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id"
                           " WHERE m.article_id = ? GROUP BY e.id ORDER BY min(m.id)"),
            {articleId});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(),
                     entityTypeFromName(q.value(2).toString()).value_or(EntityType::Person), q.value(3).toInt()});
    return list;
}

QList<EntityRecord> LibraryStore::findEntities(const QString &text, int limit)
{
    QList<EntityRecord> list;
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    Query q(m_library,
            QStringLiteral("SELECT e.id, e.name, e.type, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n"
                           " FROM entities e WHERE e.name LIKE ? ESCAPE '\\' ORDER BY n DESC, e.name LIMIT ?"),
            {QStringLiteral("%") + pattern + QStringLiteral("%"), limit});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(),
                     entityTypeFromName(q.value(2).toString()).value_or(EntityType::Person), q.value(3).toInt()});
    return list;
}

QList<MentionHit> LibraryStore::articlesMentioning(qint64 entityId, const QDate &from, const QDate &to, Order order,
                                                  int offset, int limit)
{
    QList<MentionHit> list;
    QVariantList values{entityId};
    const QString filter = dateFilter(from, to, 0, &values, QStringLiteral("i."));
    Query q(m_library,
            QStringLiteral("SELECT a.id, a.headline, pp.name, i.date, p.label, count(*) FROM mentions m"
                           " JOIN articles a ON a.id = m.article_id JOIN pages p ON p.id = a.page_id"
                           " JOIN issues i ON i.id = p.issue_id JOIN papers pp ON pp.id = i.paper_id"
                           " WHERE m.entity_id = ?%1 GROUP BY a.id ORDER BY i.date %2, p.label, a.seq LIMIT ? OFFSET ?")
                .arg(filter, order == Order::NewestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")),
            values + QVariantList{limit, std::max(0, offset)});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(), q.value(5).toInt()});
    return list;
}

int LibraryStore::articleCount()
{
    Query q(m_library, QStringLiteral("SELECT count(*) FROM articles"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace kanbao
