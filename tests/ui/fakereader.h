#pragma once

// An in-memory LibraryReader for tests that need shapes the samples do not have: editions, gaps, runs
// over months, hundreds of thousands of rows.

#include "libraryreader.h"

#include <QMap>

namespace kanbao::test {

class FakeReader : public LibraryReader
{
public:
    struct Issue
    {
        IssueInfo info;
        QList<PageInfo> pages;
    };

    // Adds an issue with `pages` pages of `articlesPerPage` articles each; returns its id.
    qint64 addIssue(QDate date, const QString &edition = {}, int pages = 2, int articlesPerPage = 3)
    {
        Issue issue;
        issue.info.id = ++m_nextIssue;
        issue.info.paper = QStringLiteral("焦作日报");
        issue.info.date = date;
        issue.info.edition = edition;
        for (int p = 0; p < pages; ++p) {
            PageInfo page;
            page.id = ++m_nextPage;
            page.label = QStringLiteral("A%1").arg(p + 1, 2, 10, QLatin1Char('0'));
            page.articleCount = articlesPerPage;
            issue.pages.append(page);
            QList<ArticleSummary> articles;
            for (int a = 0; a < articlesPerPage; ++a) {
                ArticleSummary s;
                s.id = ++m_nextArticle;
                s.seq = a;
                s.kind = QStringLiteral("article");
                s.headline = QStringLiteral("标题 %1").arg(s.id);
                articles.append(s);
                m_articleIssue.insert(s.id, issue.info.id);
            }
            m_articles.insert(page.id, articles);
        }
        issue.info.articleCount = pages * articlesPerPage;
        m_issues.insert(issue.info.id, issue);
        return issue.info.id;
    }

    QList<ArticleRef> refs; // what articlesMentioning() and search() page through
    int fetches = 0;        // calls that read rows, to check lazy loading

    QList<IssueInfo> issuesBetween(QDate first, QDate last) override
    {
        QList<IssueInfo> result;
        for (const Issue &issue : std::as_const(m_issues)) {
            if (issue.info.date >= first && issue.info.date <= last)
                result.append(issue.info);
        }
        std::sort(result.begin(), result.end(), [](const IssueInfo &a, const IssueInfo &b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
        return result;
    }
    std::optional<QDate> nextIssueDate(QDate after) override
    {
        std::optional<QDate> best;
        for (const Issue &issue : std::as_const(m_issues)) {
            if (issue.info.date > after && (!best || issue.info.date < *best))
                best = issue.info.date;
        }
        return best;
    }
    std::optional<QDate> previousIssueDate(QDate before) override
    {
        std::optional<QDate> best;
        for (const Issue &issue : std::as_const(m_issues)) {
            if (issue.info.date < before && (!best || issue.info.date > *best))
                best = issue.info.date;
        }
        return best;
    }
    std::optional<QDate> latestIssueDate() override { return previousIssueDate(QDate(9999, 1, 1)); }
    qint64 articleCount() override { return m_articleIssue.size(); }
    std::optional<IssueInfo> issue(qint64 issueId) override
    {
        if (!m_issues.contains(issueId))
            return std::nullopt;
        return m_issues.value(issueId).info;
    }
    QList<PageInfo> pagesOfIssue(qint64 issueId) override { return m_issues.value(issueId).pages; }
    QList<ArticleSummary> articlesOfPage(qint64 pageId) override
    {
        ++fetches;
        return m_articles.value(pageId);
    }
    std::optional<ArticleDetail> article(qint64 articleId) override
    {
        if (!m_articleIssue.contains(articleId))
            return std::nullopt;
        ArticleDetail d;
        d.id = articleId;
        d.issueId = m_articleIssue.value(articleId);
        d.headline = QStringLiteral("标题 %1").arg(articleId);
        d.body = QStringLiteral("正文第一段。\n正文第二段。");
        d.date = m_issues.value(d.issueId).info.date;
        d.paper = m_issues.value(d.issueId).info.paper;
        return d;
    }
    QList<EntityInfo> entitiesOfArticle(qint64) override { return {}; }
    QList<ArticleRef> articlesMentioning(qint64, int offset, int limit) override { return page(offset, limit); }
    QList<ArticleRef> search(const QString &, int offset, int limit) override { return page(offset, limit); }
    QList<QPair<int, int>> findHits(const QString &, const QString &) override { return {}; }
    QString errorString() const override { return {}; }
    bool isReadOnly() const override { return readOnly; }
    bool readOnly = false;

private:
    QList<ArticleRef> page(int offset, int limit)
    {
        ++fetches;
        return refs.mid(offset, limit);
    }

    QMap<qint64, Issue> m_issues;
    QHash<qint64, QList<ArticleSummary>> m_articles;
    QHash<qint64, qint64> m_articleIssue;
    qint64 m_nextIssue = 0;
    qint64 m_nextPage = 0;
    qint64 m_nextArticle = 0;
};

} // namespace kanbao::test
