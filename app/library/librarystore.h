#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kanbao {

class Library;

struct PaperInfo
{
    qint64 id = 0;
    QString name;
    int issues = 0;
};

// One calendar month that has issues, for a year/month tree.
struct MonthSummary
{
    int year = 0;
    int month = 0;
    int issues = 0;
    int articles = 0;
};

struct IssueSummary
{
    qint64 id = 0;
    qint64 paperId = 0;
    QString paper;
    QDate date;
    QString edition;
    bool dateGuessed = false;
    int pages = 0;
    int articles = 0;
};

// One day of a month view: all editions of one paper on that date.
struct IssueDay
{
    QDate date;
    qint64 paperId = 0;
    QString paper;
    int editions = 0;
    int pages = 0;
    int articles = 0;
    bool dateGuessed = false; // any of the editions
};

struct ArticleRow
{
    qint64 id = 0;
    qint64 pageId = 0;
    int seq = 0;
    ArticleKind kind = ArticleKind::Article;
    QString kicker;
    QString headline;
    int bodyLength = 0; // UTF-16 units
    QString firstLine;  // the start of the body (up to 60 characters), for pieces without a headline
};

struct PageSummary
{
    qint64 id = 0;
    qint64 issueId = 0;
    QString label;
    QString section;
    QString sourcePath;
    int sourceIndex = 0;
    QString encoding;
    QString importedAt;
    QString warning; // the page was read only in part (invalid bytes replaced); empty normally
    QList<ArticleRow> articles; // filled by pagesOfIssue(), in reading order
};

// An article with everything the library knows about where it stands.
struct StoredArticle
{
    qint64 id = 0;
    qint64 pageId = 0;
    qint64 issueId = 0;
    qint64 paperId = 0;
    QString paper;
    QDate date;
    QString edition;
    bool dateGuessed = false;
    QString pageLabel;
    QString section;
    QString sourcePath;
    QString pageWarning; // the page was read only in part (invalid bytes replaced); empty normally
    int seq = 0;
    int sourceIndex = 0; // the page's index in its file (a PDF's page), for the page image
    QString contentHash; // of the file, to find its stored copy or check a linked one (library/storedfiles.h)
    Article article; // all reconstruction fields; paragraphs split from the stored body, entities from mentions
};

struct EntityRecord
{
    qint64 id = 0;
    QString name;
    EntityType type = EntityType::Person;
    int mentions = 0; // in the article (entitiesOfArticle) or the whole library (findEntities)
};

struct MentionHit
{
    qint64 articleId = 0;
    QString headline;
    QString paper;
    QDate date;
    QString pageLabel;
    int mentions = 0; // times the entity is mentioned in that article
};

// Read access to a library for the GUI and the CLI: no SQL outside the library module. Every call
// runs on the library's connection (so on its thread); on error it returns an empty result and
// lastError()/Library::errorString() says why, naming the file.
class LibraryStore
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::LibraryStore)

public:
    explicit LibraryStore(Library &library);

    QList<PaperInfo> papers();
    // Months with issues, newest first; paperId 0 = every paper.
    QList<MonthSummary> months(qint64 paperId = 0);
    enum class Order { NewestFirst, OldestFirst };
    // Issues with page and article counts within [from, to] (invalid = open), by date, then paper and
    // edition.
    QList<IssueSummary> issues(const QDate &from = QDate(), const QDate &to = QDate(), qint64 paperId = 0,
                               Order order = Order::NewestFirst);
    // Calendar navigation: the nearest date with an issue after / before a date, the newest one.
    std::optional<QDate> nextIssueDate(const QDate &after, qint64 paperId = 0);
    std::optional<QDate> previousIssueDate(const QDate &before, qint64 paperId = 0);
    std::optional<QDate> latestIssueDate(qint64 paperId = 0);
    // The days of a month that have issues, with edition and article counts.
    QList<IssueDay> issueDays(int year, int month, qint64 paperId = 0);
    std::optional<IssueSummary> issue(qint64 issueId);
    // Pages of an issue in label order, each with its articles in reading order.
    QList<PageSummary> pagesOfIssue(qint64 issueId);
    QList<ArticleRow> articlesOfPage(qint64 pageId);
    std::optional<StoredArticle> article(qint64 articleId);
    // The page's text as imported (for a "source" view); empty on error.
    QString pageText(qint64 pageId);

    QList<EntityRecord> entitiesOfArticle(qint64 articleId);
    // Entities whose name contains `text` (all when empty), most mentioned first.
    QList<EntityRecord> findEntities(const QString &text = QString(), int limit = 100);
    // Articles mentioning an entity within [from, to] (invalid = open), paged for long lists
    // (limit < 0: all).
    QList<MentionHit> articlesMentioning(qint64 entityId, const QDate &from = QDate(), const QDate &to = QDate(),
                                         Order order = Order::NewestFirst, int offset = 0, int limit = -1);

    int articleCount();
    QString lastError() const;

private:
    Library &m_library;
};

} // namespace kanbao
