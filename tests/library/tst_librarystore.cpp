// The read API the GUI and the CLI use: months, issues, calendar days, pages and articles of an issue,
// an article with every field, entities and the articles mentioning them.
#include "librarytesthelpers.h"

#include "entities/entityextractor.h"
#include "import/importer.h"
#include "library/librarystore.h"
#include "library/librarywriter.h"
#include "import/pagefile.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

Article makeArticle(const QString &headline, const QStringList &paragraphs, const QList<EntityMention> &entities = {})
{
    Article a;
    a.headline = headline;
    a.paragraphs = paragraphs;
    a.entities = entities;
    return a;
}

EntityMention person(const QString &name, int paragraph, int offset)
{
    EntityMention m;
    m.text = name;
    m.type = EntityType::Person;
    m.paragraph = paragraph;
    m.offset = offset;
    return m;
}

} // namespace

class TestLibraryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsPapersMonthsAndIssues();
    void listsIssueDays();
    void navigatesDates();
    void ordersPagesAndArticles();
    void returnsArticleWithEveryField();
    void articleMatchesReconstruction();
    void listsEntitiesAndMentions();
    void missingThingsAreEmptyNotErrors();

private:
    bool write(const QString &path, const QString &paper, const QDate &date, const QString &label,
               const QList<Article> &articles, const QString &edition = QString(), bool guessed = false);

    QTemporaryDir *m_dir = nullptr;
    Library *m_library = nullptr;
};

void TestLibraryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestLibraryStore::write(const QString &path, const QString &paper, const QDate &date, const QString &label,
                             const QList<Article> &articles, const QString &edition, bool guessed)
{
    ParsedPageFile file;
    file.sourcePath = m_dir->filePath(path);
    file.contentHash = path;
    file.encoding = QStringLiteral("UTF-8");
    file.text = path;
    Page page;
    page.articles = articles;
    file.pages = {page};
    file.placements = {{paper, date, guessed, edition, label, QStringLiteral("要闻")}};
    LibraryWriter writer(*m_library);
    return writer.writeFile(file).has_value();
}

void TestLibraryStore::init()
{
    m_dir = new QTemporaryDir;
    m_library = new Library;
    QVERIFY(m_library->open(m_dir->filePath(QStringLiteral("lib.kanbao"))));
    const QList<EntityMention> lv{person(QStringLiteral("吕沛"), 0, 0)};
    QVERIFY(write(QStringLiteral("a/A10.txt"), QStringLiteral("焦作日报"), QDate(2024, 4, 9), QStringLiteral("A10"),
                  {makeArticle(QStringLiteral("十版头条"), {QStringLiteral("吕沛调研。")}, lv)}));
    QVERIFY(write(QStringLiteral("a/A02.txt"), QStringLiteral("焦作日报"), QDate(2024, 4, 9), QStringLiteral("A02"),
                  {makeArticle(QStringLiteral("二版头条"), {QStringLiteral("第一段"), QStringLiteral("第二段")}),
                   makeArticle(QString(), {QStringLiteral("没有标题的简讯，内容较长。")})}));
    QVERIFY(write(QStringLiteral("a/B01.txt"), QStringLiteral("焦作日报"), QDate(2024, 4, 9), QStringLiteral("B01"),
                  {makeArticle(QStringLiteral("晚版"), {QStringLiteral("吕沛再次调研。")}, lv)}, QStringLiteral("晚版")));
    QVERIFY(write(QStringLiteral("b/A01.txt"), QStringLiteral("焦作日报"), QDate(2024, 3, 1), QStringLiteral("A01"),
                  {makeArticle(QStringLiteral("三月"), {QStringLiteral("吕沛三月。")}, lv)}));
    QVERIFY(write(QStringLiteral("c/A01.txt"), QStringLiteral("河南日报"), QDate(2024, 4, 20), QStringLiteral("A01"),
                  {makeArticle(QStringLiteral("省报"), {QStringLiteral("省里的事。")})}, QString(), true));
}

void TestLibraryStore::cleanup()
{
    delete m_library;
    delete m_dir;
}

void TestLibraryStore::listsPapersMonthsAndIssues()
{
    LibraryStore store(*m_library);
    const QList<PaperInfo> papers = store.papers();
    QCOMPARE(papers.size(), 2);
    QCOMPARE(papers.at(0).name, QStringLiteral("河南日报"));
    QCOMPARE(papers.at(1).issues, 3);

    const QList<MonthSummary> months = store.months();
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(0).year, 2024);
    QCOMPARE(months.at(0).month, 4);
    QCOMPARE(months.at(0).issues, 3);
    QCOMPARE(months.at(0).articles, 5);
    QCOMPARE(months.at(1).month, 3);
    QCOMPARE(store.months(papers.at(0).id).size(), 1);
    QCOMPARE(store.months(papers.at(0).id).first().articles, 1);

    const QList<IssueSummary> issues = store.issues();
    QCOMPARE(issues.size(), 4);
    QCOMPARE(issues.first().date, QDate(2024, 4, 20)); // newest first
    QVERIFY(issues.first().dateGuessed);
    const QList<IssueSummary> april9 = store.issues(QDate(2024, 4, 9), QDate(2024, 4, 9));
    QCOMPARE(april9.size(), 2);
    QCOMPARE(april9.at(0).edition, QString());
    QCOMPARE(april9.at(0).pages, 2);
    QCOMPARE(april9.at(0).articles, 3);
    QCOMPARE(april9.at(1).edition, QStringLiteral("晚版"));
    const QList<IssueSummary> oldest = store.issues({}, {}, 0, LibraryStore::Order::OldestFirst);
    QCOMPARE(oldest.first().date, QDate(2024, 3, 1));
    QCOMPARE(store.issue(april9.at(1).id)->articles, 1);
}

void TestLibraryStore::listsIssueDays()
{
    LibraryStore store(*m_library);
    const QList<IssueDay> days = store.issueDays(2024, 4);
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).date, QDate(2024, 4, 9));
    QCOMPARE(days.at(0).editions, 2);
    QCOMPARE(days.at(0).pages, 3);
    QCOMPARE(days.at(0).articles, 4);
    QVERIFY(!days.at(0).dateGuessed);
    QCOMPARE(days.at(1).paper, QStringLiteral("河南日报"));
    QVERIFY(days.at(1).dateGuessed);
    QVERIFY(store.issueDays(2024, 13).isEmpty());
}

void TestLibraryStore::navigatesDates()
{
    LibraryStore store(*m_library);
    QCOMPARE(store.latestIssueDate(), std::optional<QDate>(QDate(2024, 4, 20)));
    QCOMPARE(store.nextIssueDate(QDate(2024, 3, 1)), std::optional<QDate>(QDate(2024, 4, 9)));
    QCOMPARE(store.previousIssueDate(QDate(2024, 4, 9)), std::optional<QDate>(QDate(2024, 3, 1)));
    QCOMPARE(store.previousIssueDate(QDate(2024, 3, 1)), std::nullopt);
    QCOMPARE(store.nextIssueDate(QDate(2024, 4, 20)), std::nullopt);
}

void TestLibraryStore::ordersPagesAndArticles()
{
    LibraryStore store(*m_library);
    const IssueSummary issue = store.issues(QDate(2024, 4, 9), QDate(2024, 4, 9)).first();
    const QList<PageSummary> pages = store.pagesOfIssue(issue.id);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).label, QStringLiteral("A02")); // A02 before A10, not by text
    QCOMPARE(pages.at(1).label, QStringLiteral("A10"));
    QCOMPARE(pages.at(0).section, QStringLiteral("要闻"));
    QCOMPARE(pages.at(0).articles.size(), 2);
    QCOMPARE(pages.at(0).articles.at(0).headline, QStringLiteral("二版头条"));
    QCOMPARE(pages.at(0).articles.at(0).seq, 0);
    QCOMPARE(pages.at(0).articles.at(1).headline, QString());
    QCOMPARE(pages.at(0).articles.at(1).firstLine, QStringLiteral("没有标题的简讯，内容较长。"));
    QCOMPARE(pages.at(0).articles.at(0).bodyLength, int(QStringLiteral("第一段\n第二段").size()));
    QCOMPARE(store.articlesOfPage(pages.at(1).id).size(), 1);
}

void TestLibraryStore::returnsArticleWithEveryField()
{
    Article a = makeArticle(QStringLiteral("标题"), {QStringLiteral("甲段"), QStringLiteral("乙段：吕沛说。")},
                            {person(QStringLiteral("吕沛"), 1, 3)});
    a.kind = ArticleKind::Commentary;
    a.kicker = QStringLiteral("引题");
    a.subheadline = QStringLiteral("副题");
    a.reporters = {QStringLiteral("赵根志"), QStringLiteral("郭树勋")};
    a.correspondents = {QStringLiteral("王某")};
    a.authors = {QStringLiteral("李某")};
    a.photographers = {QStringLiteral("陈君清")};
    a.column = QStringLiteral("政务简报");
    EntityMention journalist = person(QStringLiteral("赵根志"), -1, -1);
    journalist.role = QStringLiteral("journalist");
    EntityMention official = person(QStringLiteral("官卫红"), 0, 0);
    official.office = QStringLiteral("管委会主任");
    official.officeOrganization = QStringLiteral("高新区管委会");
    a.entities << journalist << official;
    QVERIFY(write(QStringLiteral("d/A01.txt"), QStringLiteral("焦作日报"), QDate(2024, 5, 1), QStringLiteral("A01"), {a}));

    LibraryStore store(*m_library);
    const qint64 id = scalar(*m_library, QStringLiteral("SELECT id FROM articles WHERE headline = '标题'")).toLongLong();
    const std::optional<StoredArticle> stored = store.article(id);
    QVERIFY(stored);
    QCOMPARE(stored->id, id);
    QCOMPARE(stored->paper, QStringLiteral("焦作日报"));
    QCOMPARE(stored->date, QDate(2024, 5, 1));
    QCOMPARE(stored->pageLabel, QStringLiteral("A01"));
    QCOMPARE(stored->section, QStringLiteral("要闻"));
    QCOMPARE(stored->seq, 0);
    QCOMPARE(stored->sourcePath, m_dir->filePath(QStringLiteral("d/A01.txt")));
    const Article &b = stored->article;
    QCOMPARE(b.kind, a.kind);
    QCOMPARE(b.kicker, a.kicker);
    QCOMPARE(b.headline, a.headline);
    QCOMPARE(b.subheadline, a.subheadline);
    QCOMPARE(b.reporters, a.reporters);
    QCOMPARE(b.correspondents, a.correspondents);
    QCOMPARE(b.authors, a.authors);
    QCOMPARE(b.photographers, a.photographers);
    QCOMPARE(b.column, a.column);
    QCOMPARE(b.paragraphs, a.paragraphs);
    QCOMPARE(b.entities, a.entities);
}

// What the importer stores reads back as the engine made it.
void TestLibraryStore::articleMatchesReconstruction()
{
    const QString path = samplePath(QStringLiteral("003"));
    Importer importer(*m_library);
    QCOMPARE(importer.importPaths({path}).imported, 1);
    const EntityExtractor extractor;
    const PageFile file = readPageFile(path, &extractor);
    QList<Article> expected;
    for (const Page &p : file.pages)
        expected += p.articles;
    QVERIFY(!expected.isEmpty());

    LibraryStore store(*m_library);
    QSqlQuery q(m_library->database());
    QVERIFY(q.exec(QStringLiteral("SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id"
                                  " ORDER BY p.source_index, a.seq")));
    QList<qint64> ids;
    while (q.next()) {
        if (scalar(*m_library, QStringLiteral("SELECT p.source_path FROM pages p JOIN articles a ON a.page_id = p.id"
                                              " WHERE a.id = ?"),
                   {q.value(0)})
                .toString()
            == QFileInfo(path).canonicalFilePath())
            ids << q.value(0).toLongLong();
    }
    QCOMPARE(ids.size(), expected.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const std::optional<StoredArticle> stored = store.article(ids.at(i));
        QVERIFY(stored);
        const Article &a = expected.at(i);
        const Article &b = stored->article;
        QCOMPARE(b.headline, a.headline);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.reporters, a.reporters);
        QCOMPARE(b.paragraphs, a.paragraphs);
        QCOMPARE(b.entities, a.entities);
    }
}

void TestLibraryStore::listsEntitiesAndMentions()
{
    LibraryStore store(*m_library);
    const QList<EntityRecord> found = store.findEntities(QStringLiteral("吕"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, QStringLiteral("吕沛"));
    QCOMPARE(found.first().mentions, 3);
    QCOMPARE(store.findEntities(QStringLiteral("%")).size(), 0); // LIKE wildcards are literal

    const QList<MentionHit> hits = store.articlesMentioning(found.first().id);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.first().date, QDate(2024, 4, 9));
    QCOMPARE(hits.last().date, QDate(2024, 3, 1));
    const QList<MentionHit> april = store.articlesMentioning(found.first().id, QDate(2024, 4, 1), QDate(2024, 4, 30));
    QCOMPARE(april.size(), 2);
    const QList<MentionHit> paged =
        store.articlesMentioning(found.first().id, {}, {}, LibraryStore::Order::OldestFirst, 1, 1);
    QCOMPARE(paged.size(), 1);
    QCOMPARE(paged.first().date, QDate(2024, 4, 9));

    const QList<EntityRecord> ofArticle = store.entitiesOfArticle(hits.last().articleId);
    QCOMPARE(ofArticle.size(), 1);
    QCOMPARE(ofArticle.first().mentions, 1);
}

void TestLibraryStore::missingThingsAreEmptyNotErrors()
{
    LibraryStore store(*m_library);
    m_library->clearError();
    QVERIFY(!store.article(999999));
    QVERIFY(!store.issue(999999));
    QVERIFY(store.pagesOfIssue(999999).isEmpty());
    QVERIFY(store.entitiesOfArticle(999999).isEmpty());
    QVERIFY(store.pageText(999999).isEmpty());
    QCOMPARE(m_library->error(), LibraryError::None);
}

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
