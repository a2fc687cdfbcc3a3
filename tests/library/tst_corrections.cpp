// The reader's corrections of a page (issue 13): each layout and page correction on a stored page, and what
// follows it (search, entity mentions, issue contents, annotations, tags); corrections applied again when the
// file is imported again, those whose text is gone kept and listed; bad input leaving the library unchanged.
#include "import/importer.h"
#include "library/corrections.h"
#include "library/librarystore.h"
#include "library/search.h"
#include "librarytesthelpers.h"
#include "text/anchor.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace kanbao;
using namespace kanbao::testing;

namespace {

const QString HeadlineA = QStringLiteral("温县召开经济工作会议");
const QString HeadlineB = QStringLiteral("武陟县部署春耕生产");
const QString HeadlineC = QStringLiteral("家具城开业");
// The start of a second article glued to the first (as raw columns often are), from its dateline on.
const QString GluedStart = QStringLiteral("3月3日，孟州市举办春季招聘会");
const QString GluedPerson = QStringLiteral("李明远");
const QString GluedQuote = QStringLiteral("吸引求职者五千多人");

QString markdownArticle(const QString &headline, const QStringList &paragraphs)
{
    return QStringLiteral("# ") + headline + QStringLiteral("\n\n") +
           paragraphs.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n");
}

// A page of three pieces; `variant` changes a sentence of the second (a changed file), `withGlued` false
// drops the glued article (a changed file where a split no longer applies).
QByteArray pageBytes(int variant = 0, bool withGlued = true)
{
    QStringList a{QStringLiteral("本报讯 3月4日，温县召开全县经济工作会议，县委书记王建国出席并讲话。"),
                  QStringLiteral("会议要求，各乡镇要抓好项目建设，确保全年目标完成。")};
    if (withGlued)
        a << GluedStart + QStringLiteral("，市长") + GluedPerson + QStringLiteral("到场察看。")
          << QStringLiteral("招聘会共提供岗位两千余个，") + GluedQuote + QStringLiteral("。");
    const QString b =
        variant == 0 ? QStringLiteral("本报讯 武陟县近日部署春耕生产工作，副县长赵红梅参加会议。")
                     : QStringLiteral(
                           "本报讯 武陟县近日部署春耕生产工作，副县长赵红梅和有关部门负责人参加会议并讲话。");
    return (markdownArticle(HeadlineA, a) +
            markdownArticle(HeadlineB, {b, QStringLiteral("会上，各乡镇汇报了春耕准备情况。")}) +
            markdownArticle(HeadlineC, {QStringLiteral("某某家具城开业大酬宾，欢迎惠顾，电话12345678。")}))
        .toUtf8();
}

qint64 articleWithHeadline(Library &library, const QString &headline)
{
    return scalar(library, QStringLiteral("SELECT id FROM articles WHERE headline = ?"), {headline})
        .toLongLong();
}

QList<qint64> ftsHits(Library &library, const QString &word)
{
    QSqlQuery q(library.database());
    q.prepare(QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid"));
    q.addBindValue(QStringLiteral("\"%1\"").arg(word));
    QList<qint64> ids;
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// What the search box finds for `query`: the article ids, in id order.
QList<qint64> searchHits(Library &library, const QString &query)
{
    SearchRequest request;
    request.query = query;
    request.limit = 100;
    QSqlDatabase db = library.database();
    const SearchResults results = search(db, request);
    if (!results.error.isEmpty())
        qWarning("%s", qPrintable(results.error));
    QList<qint64> ids;
    for (const SearchHit &hit : results.hits)
        ids << hit.articleId;
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The article holding a mention of `name`, and whether the stored paragraph/offset point at the name.
std::pair<qint64, bool> mentionOf(Library &library, const QString &name)
{
    QSqlQuery q(library.database());
    q.prepare(QStringLiteral(
        "SELECT m.article_id, m.paragraph, m.start_offset, a.body FROM mentions m JOIN entities e"
        " ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id WHERE e.name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return {0, false};
    const QStringList paragraphs = q.value(3).toString().split(QLatin1Char('\n'));
    const int paragraph = q.value(1).toInt();
    const bool pointsAtName = paragraph >= 0 && paragraph < paragraphs.size() &&
                              paragraphs.at(paragraph).mid(q.value(2).toInt(), name.size()) == name;
    return {q.value(0).toLongLong(), pointsAtName};
}

// Everything a page's readers see of it, to compare before and after a refused correction.
QString snapshot(Library &library)
{
    QSqlQuery q(library.database());
    q.exec(QStringLiteral("SELECT a.id, a.page_id, a.seq, a.headline, a.kicker, a.hidden, a.body,"
                          " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),"
                          " (SELECT group_concat(start_offset) FROM annotations n WHERE n.article_id = a.id)"
                          " FROM articles a ORDER BY a.id"));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    rows << QString::number(count(library, QStringLiteral("corrections")))
         << QString::number(count(library, QStringLiteral("issues")));
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void splitFollowsSearchEntitiesAndNotes();
    void mergeFollowsSearchEntitiesAndTags();
    void headlineAndKicker_data();
    void headlineAndKicker();
    void notArticleIsHiddenNotDeleted();
    void paperAndDateMoveThePage();
    void undoAndRedoRestoreThePage_data();
    void undoAndRedoRestoreThePage();
    void badInputLeavesLibraryUnchanged_data();
    void badInputLeavesLibraryUnchanged();
    void reimportUnchangedKeepsCorrections();
    void reimportChangedFileAppliesThemAgain();
    void reimportWithoutTheTextListsNoLongerApplies();
    void applyLayoutCorrectionOnModel();

    void mergePreviousKeepsThePreviousId();
    void takeLineAsHeading_data();
    void takeLineAsHeading();
    void moveFollowsSearchEntitiesAndNotes();
    void bylineFollowsSearchAndEntities();
    void parseBylineText_data();
    void parseBylineText();
    void reimportAppliesNewKindsAgain();
    void mergesAndMovesPassOverHiddenItems();

private:
    void importPage(const QByteArray &bytes, ImportSummary *summary = nullptr);
    qint64 addHighlight(qint64 articleId, const QString &quote);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QString m_pagePath;
};

void TestCorrections::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pagePath = m_dir->filePath(QStringLiteral("焦作日报/2024/03/05/A02.md"));
    m_library = std::make_unique<Library>();
    QVERIFY(m_library->open(m_dir->filePath(QStringLiteral("lib.kanbao"))));
    importPage(pageBytes());
    QCOMPARE(count(*m_library, QStringLiteral("articles")), 3);
}

void TestCorrections::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestCorrections::importPage(const QByteArray &bytes, ImportSummary *summary)
{
    QVERIFY(writeFile(m_pagePath, bytes));
    Importer importer(*m_library);
    const ImportSummary s = importer.importPaths({m_pagePath});
    QVERIFY2(s.failed.isEmpty(), qPrintable(s.failed.isEmpty() ? QString() : s.failed.first().error));
    if (summary)
        *summary = s;
}

qint64 TestCorrections::addHighlight(qint64 articleId, const QString &quote)
{
    const QString body =
        scalar(*m_library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {articleId}).toString();
    const int start = int(body.indexOf(quote));
    if (start < 0)
        return 0;
    const AnchorQuote anchor = makeAnchor(body, {start, start + int(quote.size())});
    if (!exec(*m_library,
              QStringLiteral(
                  "INSERT INTO annotations(article_id, kind, start_offset, end_offset, quote, prefix, suffix,"
                  " note, created_at, modified_at) VALUES(?, 'highlight', ?, ?, ?, ?, ?, '核实', 'now', "
                  "'now')"),
              {articleId, start, start + int(quote.size()), anchor.quote, anchor.prefix, anchor.suffix}))
        return 0;
    return scalar(*m_library, QStringLiteral("SELECT max(id) FROM annotations")).toLongLong();
}

void TestCorrections::splitFollowsSearchEntitiesAndNotes()
{
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    QVERIFY(a > 0);
    QCOMPARE(ftsHits(library, QStringLiteral("招聘会")), QList<qint64>{a});
    QCOMPARE(mentionOf(library, GluedPerson).first, a); // the extractor found the mayor in A
    const qint64 note = addHighlight(a, GluedQuote);
    QVERIFY(note > 0);
    const qint64 articleNote = addHighlight(a, QStringLiteral("县委书记王建国"));
    QVERIFY(articleNote > 0);

    CorrectionsStore store(library);
    // A phrase in the middle of the glued paragraph: the split is before that paragraph.
    const std::optional<CorrectionChange> change =
        store.correctArticle(a, CorrectionKind::SplitBefore, QStringLiteral("孟州市举办春季招聘会"));
    QVERIFY2(change, qPrintable(store.errorString()));
    QCOMPARE(change->after.articleIds.size(), 4);
    QCOMPARE(change->after.articleIds.first(), a); // the first part keeps the id
    const qint64 b = change->after.articleIds.at(1);
    QVERIFY(b > a);
    const QString bodyA =
        scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {a}).toString();
    const QString bodyB =
        scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {b}).toString();
    QVERIFY(!bodyA.contains(QStringLiteral("孟州")));
    QVERIFY(bodyB.startsWith(GluedStart));
    QCOMPARE(scalar(library, QStringLiteral("SELECT seq FROM articles WHERE id = ?"), {b}).toInt(), 1);

    // Search, entities and notes follow the text.
    QCOMPARE(ftsHits(library, QStringLiteral("招聘会")), QList<qint64>{b});
    QCOMPARE(ftsHits(library, QStringLiteral("王建国")), QList<qint64>{a});
    const auto [mentionArticle, pointsAtName] = mentionOf(library, GluedPerson);
    QCOMPARE(mentionArticle, b);
    QVERIFY(pointsAtName);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note})
                 .toLongLong(),
             b);
    const int start =
        scalar(library, QStringLiteral("SELECT start_offset FROM annotations WHERE id = ?"), {note}).toInt();
    QCOMPARE(bodyB.mid(start, GluedQuote.size()), GluedQuote);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {articleNote})
                 .toLongLong(),
             a);
    QCOMPARE(count(library, QStringLiteral("annotations"), QStringLiteral("article_id IS NULL")), 0);

    // The issue's contents list the new article.
    LibraryStore reader(library);
    const qint64 pageId = change->after.pageId;
    QCOMPARE(reader.articlesOfPage(pageId).size(), 4);
    QCOMPARE(reader.issues().first().articles, 4);
    QCOMPARE(checkConsistency(library), QString());

    const QList<Correction> listed = store.corrections();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().kind, CorrectionKind::SplitBefore);
    QCOMPARE(listed.first().state, CorrectionState::Applied);
    QCOMPARE(listed.first().pageId, pageId);
}

void TestCorrections::mergeFollowsSearchEntitiesAndTags()
{
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    const qint64 b = articleWithHeadline(library, HeadlineB);
    QCOMPARE(mentionOf(library, QStringLiteral("赵红梅")).first, b);
    QVERIFY(exec(library, QStringLiteral("INSERT INTO tags(name, created_at) VALUES('春耕', 'now')")));
    QVERIFY(exec(library,
                 QStringLiteral("INSERT INTO article_tags(article_id, tag_id) SELECT ?, id FROM tags"), {b}));
    const qint64 note = addHighlight(b, QStringLiteral("部署春耕生产工作"));
    QVERIFY(note > 0);

    CorrectionsStore store(library);
    const std::optional<CorrectionChange> change = store.correctArticle(a, CorrectionKind::MergeNext);
    QVERIFY2(change, qPrintable(store.errorString()));
    QCOMPARE(change->after.articleIds, (QList<qint64>{a, articleWithHeadline(library, HeadlineC)}));
    QCOMPARE(count(library, QStringLiteral("articles"), QStringLiteral("id = ?"), {b}), 0);
    const QString body =
        scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {a}).toString();
    QVERIFY(body.contains(HeadlineB + QLatin1Char('\n'))); // the second one's headline is kept as a line
    QCOMPARE(ftsHits(library, QStringLiteral("春耕")), QList<qint64>{a});
    const auto [mentionArticle, pointsAtName] = mentionOf(library, QStringLiteral("赵红梅"));
    QCOMPARE(mentionArticle, a);
    QVERIFY(pointsAtName);
    QCOMPARE(count(library, QStringLiteral("article_tags"), QStringLiteral("article_id = ?"), {a}), 1);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note})
                 .toLongLong(),
             a);
    QCOMPARE(checkConsistency(library), QString());

    // The page's last article has no next one.
    const qint64 last = articleWithHeadline(library, HeadlineC);
    QVERIFY(!store.correctArticle(last, CorrectionKind::MergeNext));
    QCOMPARE(store.error(), CorrectionsStore::Error::BadInput);
}

void TestCorrections::headlineAndKicker_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("column");
    QTest::newRow("headline") << int(CorrectionKind::Headline) << QStringLiteral("headline");
    QTest::newRow("kicker") << int(CorrectionKind::Kicker) << QStringLiteral("kicker");
    QTest::newRow("subheadline") << int(CorrectionKind::Subheadline) << QStringLiteral("subheadline");
}

void TestCorrections::headlineAndKicker()
{
    QFETCH(int, kind);
    QFETCH(QString, column);
    Library &library = *m_library;
    const qint64 b = articleWithHeadline(library, HeadlineB);
    const QString text = QStringLiteral("春耕备耕全面展开");
    CorrectionsStore store(library);
    QVERIFY2(store.correctArticle(b, CorrectionKind(kind), text), qPrintable(store.errorString()));
    QCOMPARE(
        scalar(library, QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(column), {b}).toString(),
        text);
    // The headline is indexed; the kicker is not (as at import).
    QCOMPARE(ftsHits(library, QStringLiteral("备耕")).contains(b), kind == int(CorrectionKind::Headline));
    QCOMPARE(checkConsistency(library), QString());
}

void TestCorrections::notArticleIsHiddenNotDeleted()
{
    Library &library = *m_library;
    const qint64 c = articleWithHeadline(library, HeadlineC);
    QCOMPARE(ftsHits(library, QStringLiteral("家具城")), QList<qint64>{c});
    CorrectionsStore store(library);
    const std::optional<CorrectionChange> change = store.correctArticle(c, CorrectionKind::NotArticle);
    QVERIFY2(change, qPrintable(store.errorString()));
    QCOMPARE(count(library, QStringLiteral("articles"), QStringLiteral("id = ? AND hidden = 1"), {c}), 1);
    QVERIFY(ftsHits(library, QStringLiteral("家具城")).isEmpty());
    LibraryStore reader(library);
    QCOMPARE(reader.articlesOfPage(change->after.pageId).size(), 2);
    QCOMPARE(reader.issues().first().articles, 2);
    QVERIFY(reader.article(c)->article.hidden); // still there, to be restored
    QCOMPARE(checkConsistency(library), QString());

    QVERIFY(store.undo(*change));
    QCOMPARE(ftsHits(library, QStringLiteral("家具城")), QList<qint64>{c});
    QCOMPARE(reader.articlesOfPage(change->after.pageId).size(), 3);
    QCOMPARE(store.corrections().size(), 0);
}

void TestCorrections::paperAndDateMoveThePage()
{
    Library &library = *m_library;
    LibraryStore reader(library);
    const qint64 a = articleWithHeadline(library, HeadlineA);
    const qint64 pageId = reader.article(a)->pageId;
    CorrectionsStore store(library);
    const std::optional<CorrectionChange> paper =
        store.correctPage(pageId, CorrectionKind::Paper, QStringLiteral("孟州日报"));
    QVERIFY2(paper, qPrintable(store.errorString()));
    QCOMPARE(reader.article(a)->paper, QStringLiteral("孟州日报"));
    QCOMPARE(reader.papers().size(), 1); // the old paper had no other issue: gone from the calendar
    const std::optional<CorrectionChange> date =
        store.correctPage(pageId, CorrectionKind::Date, QStringLiteral("2024-03-06"));
    QVERIFY2(date, qPrintable(store.errorString()));
    QCOMPARE(reader.article(a)->date, QDate(2024, 3, 6));
    QVERIFY(!reader.article(a)->dateGuessed);
    QCOMPARE(reader.issues().size(), 1);
    QCOMPARE(reader.issues().first().date, QDate(2024, 3, 6));
    QCOMPARE(reader.issues().first().articles, 3);

    QVERIFY(store.undo(*date));
    QVERIFY(store.undo(*paper));
    QCOMPARE(reader.article(a)->paper, QStringLiteral("焦作日报"));
    QCOMPARE(reader.article(a)->date, QDate(2024, 3, 5));
    QCOMPARE(reader.papers().size(), 1);
    QCOMPARE(count(library, QStringLiteral("issues")), 1);
}

void TestCorrections::undoAndRedoRestoreThePage_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("target"); // the headline of the article corrected; empty: A
    QTest::newRow("split-before") << int(CorrectionKind::SplitBefore) << GluedStart << QString();
    QTest::newRow("merge-previous") << int(CorrectionKind::MergePrevious) << QString() << HeadlineB;
    QTest::newRow("subheadline") << int(CorrectionKind::Subheadline) << QStringLiteral("新副题") << QString();
    QTest::newRow("line-as-headline")
        << int(CorrectionKind::LineAsHeadline) << QStringLiteral("会议要求，各乡镇") << QString();
    QTest::newRow("line-as-kicker") << int(CorrectionKind::LineAsKicker) << QStringLiteral("会议要求")
                                    << QString();
    QTest::newRow("byline") << int(CorrectionKind::Byline) << QStringLiteral("记者 张三、李四；通讯员 王五")
                            << HeadlineB;
    QTest::newRow("move-to-next") << int(CorrectionKind::MoveToNext) << GluedQuote << QString();
    QTest::newRow("move-to-previous")
        << int(CorrectionKind::MoveToPrevious) << QStringLiteral("武陟县近日") << HeadlineB;
    QTest::newRow("merge-next") << int(CorrectionKind::MergeNext) << QString() << QString();
    QTest::newRow("headline") << int(CorrectionKind::Headline) << QStringLiteral("新标题") << QString();
    QTest::newRow("kicker") << int(CorrectionKind::Kicker) << QStringLiteral("新引题") << QString();
    QTest::newRow("not-article") << int(CorrectionKind::NotArticle) << QString() << QString();
    QTest::newRow("paper") << int(CorrectionKind::Paper) << QStringLiteral("孟州日报") << QString();
    QTest::newRow("date") << int(CorrectionKind::Date) << QStringLiteral("2024-03-01") << QString();
}

void TestCorrections::undoAndRedoRestoreThePage()
{
    QFETCH(int, kind);
    QFETCH(QString, argument);
    QFETCH(QString, target);
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, target.isEmpty() ? HeadlineA : target);
    QVERIFY(addHighlight(articleWithHeadline(library, HeadlineA), GluedQuote) > 0);
    QVERIFY(addHighlight(articleWithHeadline(library, HeadlineB), QStringLiteral("赵红梅")) > 0);
    const QString before = snapshot(library);
    CorrectionsStore store(library);
    const CorrectionKind k = CorrectionKind(kind);
    const std::optional<CorrectionChange> change =
        isPageCorrection(k) ? store.correctPage(*store.pageOfArticle(a), k, argument)
                            : store.correctArticle(a, k, argument);
    QVERIFY2(change, qPrintable(store.errorString()));
    const QString after = snapshot(library);
    QVERIFY(after != before);

    QVERIFY2(store.undo(*change), qPrintable(store.errorString()));
    QCOMPARE(snapshot(library), before);
    QCOMPARE(checkConsistency(library), QString());
    QVERIFY2(store.redo(*change), qPrintable(store.errorString()));
    QCOMPARE(snapshot(library), after); // the same ids, the same places
    QCOMPARE(checkConsistency(library), QString());
    QVERIFY(store.undo(*change));
    QCOMPARE(snapshot(library), before);
}

void TestCorrections::badInputLeavesLibraryUnchanged_data()
{
    QTest::addColumn<qint64>("target"); // 0: article A, -1: its page, -2: article B, -3: article C
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("argument");
    QTest::newRow("unknown article") << qint64(999) << int(CorrectionKind::Headline)
                                     << QStringLiteral("标题");
    QTest::newRow("unknown page") << qint64(999) << int(CorrectionKind::Paper) << QStringLiteral("某报");
    QTest::newRow("phrase not found")
        << qint64(0) << int(CorrectionKind::SplitBefore) << QStringLiteral("不存在的句子");
    QTest::newRow("split at the start")
        << qint64(0) << int(CorrectionKind::SplitBefore) << QStringLiteral("3月4日，温县召开");
    QTest::newRow("empty headline") << qint64(0) << int(CorrectionKind::Headline) << QStringLiteral("  ");
    QTest::newRow("bad date") << qint64(-1) << int(CorrectionKind::Date) << QStringLiteral("2024-02-30");
    QTest::newRow("same paper") << qint64(-1) << int(CorrectionKind::Paper) << QStringLiteral("焦作日报");
    QTest::newRow("page kind on article")
        << qint64(0) << int(CorrectionKind::Paper) << QStringLiteral("某报");
    QTest::newRow("merge-previous of the first")
        << qint64(0) << int(CorrectionKind::MergePrevious) << QString();
    QTest::newRow("move-to-previous out of the first")
        << qint64(0) << int(CorrectionKind::MoveToPrevious) << QStringLiteral("会议要求");
    QTest::newRow("move an only paragraph")
        << qint64(-3) << int(CorrectionKind::MoveToPrevious) << QStringLiteral("欢迎惠顾");
    QTest::newRow("move-to-next out of the last")
        << qint64(-3) << int(CorrectionKind::MoveToNext) << QStringLiteral("欢迎惠顾");
    QTest::newRow("line-as-headline not found")
        << qint64(0) << int(CorrectionKind::LineAsHeadline) << QStringLiteral("不存在的句子");
    QTest::newRow("line-as-kicker of an only line")
        << qint64(-3) << int(CorrectionKind::LineAsKicker) << QStringLiteral("欢迎惠顾");
    QTest::newRow("byline not names")
        << qint64(0) << int(CorrectionKind::Byline) << QStringLiteral("记者 张三123");
    QTest::newRow("byline role without names")
        << qint64(0) << int(CorrectionKind::Byline) << QStringLiteral("记者 张三；通讯员");
    QTest::newRow("same byline") << qint64(0) << int(CorrectionKind::Byline) << QString();
}

void TestCorrections::badInputLeavesLibraryUnchanged()
{
    QFETCH(qint64, target);
    QFETCH(int, kind);
    QFETCH(QString, argument);
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    CorrectionsStore store(library);
    const qint64 pageId = *store.pageOfArticle(a);
    const QString before = snapshot(library);
    const CorrectionKind k = CorrectionKind(kind);
    const bool onPage = isPageCorrection(k) && target != 0;
    const qint64 id = target > 0     ? target
                      : target == -1 ? pageId
                      : target == -2 ? articleWithHeadline(library, HeadlineB)
                      : target == -3 ? articleWithHeadline(library, HeadlineC)
                                     : a;
    const std::optional<CorrectionChange> change =
        onPage ? store.correctPage(id, k, argument) : store.correctArticle(id, k, argument);
    QVERIFY(!change);
    QCOMPARE(store.error(), CorrectionsStore::Error::BadInput);
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(snapshot(library), before);
}

void TestCorrections::reimportUnchangedKeepsCorrections()
{
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    CorrectionsStore store(library);
    QVERIFY(store.correctArticle(a, CorrectionKind::SplitBefore, GluedStart));
    const QString after = snapshot(library);
    ImportSummary summary;
    importPage(pageBytes(), &summary);
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(snapshot(library), after);
    QCOMPARE(store.corrections().first().state, CorrectionState::Applied);
}

void TestCorrections::reimportChangedFileAppliesThemAgain()
{
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    const qint64 note = addHighlight(a, GluedQuote);
    CorrectionsStore store(library);
    QVERIFY(store.correctArticle(a, CorrectionKind::SplitBefore, GluedStart));
    QVERIFY(store.correctArticle(articleWithHeadline(library, HeadlineC), CorrectionKind::NotArticle));
    QVERIFY(store.correctArticle(articleWithHeadline(library, HeadlineB), CorrectionKind::Kicker,
                                 QStringLiteral("农业")));
    QVERIFY(store.correctPage(*store.pageOfArticle(a), CorrectionKind::Paper, QStringLiteral("孟州日报")));

    ImportSummary summary;
    importPage(pageBytes(1), &summary);
    QCOMPARE(summary.replaced, 1);
    QCOMPARE(count(library, QStringLiteral("articles")), 4);
    QCOMPARE(count(library, QStringLiteral("articles"), QStringLiteral("hidden = 1")), 1);
    QCOMPARE(count(library, QStringLiteral("articles"), QStringLiteral("kicker = '农业'")), 1);
    const qint64 glued = scalar(library, QStringLiteral("SELECT id FROM articles WHERE body LIKE ?"),
                                {GluedStart + QLatin1Char('%')})
                             .toLongLong();
    QVERIFY(glued > 0);
    QCOMPARE(ftsHits(library, QStringLiteral("招聘会")), QList<qint64>{glued});
    QCOMPARE(mentionOf(library, GluedPerson).first, glued);
    QVERIFY(ftsHits(library, QStringLiteral("家具城")).isEmpty());
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note})
                 .toLongLong(),
             glued);
    LibraryStore reader(library);
    QCOMPARE(reader.papers().size(), 1);
    QCOMPARE(reader.papers().first().name, QStringLiteral("孟州日报"));
    const QList<Correction> listed = store.corrections();
    QCOMPARE(listed.size(), 4);
    for (const Correction &c : listed)
        QCOMPARE(c.state, CorrectionState::Applied);
    QCOMPARE(checkConsistency(library), QString());
}

void TestCorrections::reimportWithoutTheTextListsNoLongerApplies()
{
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    CorrectionsStore store(library);
    QVERIFY(store.correctArticle(a, CorrectionKind::SplitBefore, GluedStart));
    QVERIFY(store.correctArticle(articleWithHeadline(library, HeadlineB), CorrectionKind::Headline,
                                 QStringLiteral("春耕")));
    importPage(pageBytes(0, false));
    QCOMPARE(count(library, QStringLiteral("articles")), 3);
    const QList<Correction> listed = store.corrections();
    QCOMPARE(listed.size(), 2); // kept, never dropped
    QCOMPARE(listed.at(0).state, CorrectionState::NoLongerApplies);
    QCOMPARE(listed.at(1).state, CorrectionState::Applied);
    QCOMPARE(count(library, QStringLiteral("articles"), QStringLiteral("headline = '春耕'")), 1);

    // The text back: the split applies again.
    importPage(pageBytes(1, true));
    QCOMPARE(count(library, QStringLiteral("articles")), 4);
    QCOMPARE(store.corrections().at(0).state, CorrectionState::Applied);
}

void TestCorrections::applyLayoutCorrectionOnModel()
{
    // The same function the writer uses, on a model page: a split inside the first paragraph (a glued line)
    // moves the mentions after it with their offsets.
    Article article;
    article.paragraphs = {QStringLiteral("甲乙丙。本报讯 丁戊己庚。"), QStringLiteral("辛壬癸。")};
    EntityMention before;
    before.text = QStringLiteral("乙");
    before.paragraph = 0;
    before.offset = 1;
    EntityMention after;
    after.text = QStringLiteral("戊");
    after.paragraph = 0;
    after.offset = 9;
    EntityMention later;
    later.text = QStringLiteral("壬");
    later.paragraph = 1;
    later.offset = 1;
    article.entities = {before, after, later};
    QList<Article> articles{article};
    const QString text = pageArticleText(articles);
    Correction c;
    c.kind = CorrectionKind::SplitBefore;
    const int start = int(text.indexOf(QStringLiteral("本报讯")));
    c.anchor = makeAnchor(text, {start, start + 3});
    const LayoutChange change = applyLayoutCorrection(articles, c);
    QCOMPARE(change.outcome, LayoutChange::Applied);
    QCOMPARE(change.insertedAt, 1);
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0).paragraphs, QStringList{QStringLiteral("甲乙丙。")});
    QCOMPARE(articles.at(1).paragraphs.first(), QStringLiteral("本报讯 丁戊己庚。"));
    // The anchor text gains only the line break of the cut paragraph.
    QCOMPARE(pageArticleText(articles).remove(QLatin1Char('\n')), QString(text).remove(QLatin1Char('\n')));
    QCOMPARE(articles.at(0).entities.size(), 1);
    QCOMPARE(articles.at(1).entities.size(), 2);
    QCOMPARE(articles.at(1)
                 .paragraphs.at(articles.at(1).entities.at(0).paragraph)
                 .mid(articles.at(1).entities.at(0).offset, 1),
             QStringLiteral("戊"));
    QCOMPARE(articles.at(1).entities.at(1).paragraph, 1);
    // Applied again (a re-import already cut there): nothing to do.
    QCOMPARE(applyLayoutCorrection(articles, c).outcome, LayoutChange::AlreadySo);

    Correction merge;
    merge.kind = CorrectionKind::MergeNext;
    merge.anchor = makeAnchor(text, {0, 3});
    QCOMPARE(applyLayoutCorrection(articles, merge).removedAt, 1);
    QCOMPARE(articles.size(), 1);
    QCOMPARE(articles.first().paragraphs.size(), 3);
    QCOMPARE(articles.first().entities.at(2).paragraph, 2);
    QCOMPARE(applyLayoutCorrection(articles, merge).outcome, LayoutChange::NoNextArticle);
    Correction gone = c;
    gone.anchor.quote = QStringLiteral("不在这里");
    QCOMPARE(applyLayoutCorrection(articles, gone).outcome, LayoutChange::NotFound);
}

void TestCorrections::mergePreviousKeepsThePreviousId()
{
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    const qint64 b = articleWithHeadline(library, HeadlineB);
    const qint64 note = addHighlight(b, QStringLiteral("部署春耕生产工作"));
    QVERIFY(note > 0);
    CorrectionsStore store(library);
    const std::optional<CorrectionChange> change = store.correctArticle(b, CorrectionKind::MergePrevious);
    QVERIFY2(change, qPrintable(store.errorString()));
    QCOMPARE(change->after.articleIds, (QList<qint64>{a, articleWithHeadline(library, HeadlineC)}));
    QCOMPARE(change->after.articleIds.at(change->article), a); // the first keeps its id
    QCOMPARE(count(library, QStringLiteral("articles"), QStringLiteral("id = ?"), {b}), 0);
    QCOMPARE(searchHits(library, QStringLiteral("春耕")), QList<qint64>{a});
    const auto [mentionArticle, pointsAtName] = mentionOf(library, QStringLiteral("赵红梅"));
    QCOMPARE(mentionArticle, a);
    QVERIFY(pointsAtName);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note})
                 .toLongLong(),
             a);
    QCOMPARE(LibraryStore(library).issues().first().articles, 2);
    QCOMPARE(checkConsistency(library), QString());
    QVERIFY(store.undo(*change));
    QCOMPARE(searchHits(library, QStringLiteral("春耕")), QList<qint64>{b});
    QVERIFY(store.redo(*change));
    QCOMPARE(searchHits(library, QStringLiteral("春耕")), QList<qint64>{a});
}

void TestCorrections::takeLineAsHeading_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("swapped"); // the old heading took the line's place in the body
    QTest::newRow("line-as-kicker") << int(CorrectionKind::LineAsKicker) << QStringLiteral("kicker") << false;
    QTest::newRow("line-as-headline")
        << int(CorrectionKind::LineAsHeadline) << QStringLiteral("headline") << true;
    QTest::newRow("line-as-subheadline")
        << int(CorrectionKind::LineAsSubheadline) << QStringLiteral("subheadline") << false;
}

void TestCorrections::takeLineAsHeading()
{
    QFETCH(int, kind);
    QFETCH(QString, column);
    QFETCH(bool, swapped);
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    const QString line = QStringLiteral("会议要求，各乡镇要抓好项目建设，确保全年目标完成。");
    CorrectionsStore store(library);
    const std::optional<CorrectionChange> change =
        store.correctArticle(a, CorrectionKind(kind), QStringLiteral("各乡镇要抓好"));
    QVERIFY2(change, qPrintable(store.errorString()));
    QCOMPARE(
        scalar(library, QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(column), {a}).toString(),
        line);
    const QStringList body = scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {a})
                                 .toString()
                                 .split(QLatin1Char('\n'));
    QVERIFY(!body.contains(line));
    QCOMPARE(body.size(), swapped ? 4 : 3);
    if (swapped)
        QCOMPARE(body.at(1), HeadlineA); // the body sentence taken for a headline is back in the body
    // Mentions after the line still point at their names.
    const auto [person, pointsAtName] = mentionOf(library, GluedPerson);
    QCOMPARE(person, a);
    QVERIFY(pointsAtName);
    QCOMPARE(checkConsistency(library), QString());
    // Taken already: asking again says so.
    QVERIFY(!store.correctArticle(a, CorrectionKind(kind), QStringLiteral("各乡镇要抓好")));
    QCOMPARE(store.error(), CorrectionsStore::Error::BadInput);
}

void TestCorrections::moveFollowsSearchEntitiesAndNotes()
{
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    const qint64 b = articleWithHeadline(library, HeadlineB);
    const qint64 note = addHighlight(a, GluedQuote);
    QVERIFY(note > 0);
    QCOMPARE(searchHits(library, QStringLiteral("岗位")), QList<qint64>{a});
    CorrectionsStore store(library);
    // The glued piece's two paragraphs, last first, go to the start of the next article.
    const std::optional<CorrectionChange> last =
        store.correctArticle(a, CorrectionKind::MoveToNext, QStringLiteral("招聘会共提供岗位"));
    QVERIFY2(last, qPrintable(store.errorString()));
    QVERIFY2(store.correctArticle(a, CorrectionKind::MoveToNext, GluedStart),
             qPrintable(store.errorString()));
    const QString bodyB =
        scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {b}).toString();
    QVERIFY2(bodyB.startsWith(GluedStart), qPrintable(bodyB));
    QCOMPARE(bodyB.split(QLatin1Char('\n')).size(), 4);
    QCOMPARE(searchHits(library, QStringLiteral("岗位")), QList<qint64>{b});
    QCOMPARE(searchHits(library, QStringLiteral("招聘会")), QList<qint64>{b});
    QCOMPARE(searchHits(library, QStringLiteral("person:") + GluedPerson), QList<qint64>{b});
    for (const QString &name : {GluedPerson, QStringLiteral("赵红梅")}) {
        const auto [article, pointsAtName] = mentionOf(library, name);
        QCOMPARE(article, b);
        QVERIFY2(pointsAtName, qPrintable(name));
    }
    const auto [wang, wangPoints] = mentionOf(library, QStringLiteral("王建国"));
    QCOMPARE(wang, a);
    QVERIFY(wangPoints);
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note})
                 .toLongLong(),
             b);

    // And B's own paragraph back to the end of A.
    QVERIFY2(store.correctArticle(b, CorrectionKind::MoveToPrevious, QStringLiteral("武陟县近日")),
             qPrintable(store.errorString()));
    const auto [zhao, zhaoPoints] = mentionOf(library, QStringLiteral("赵红梅"));
    QCOMPARE(zhao, a);
    QVERIFY(zhaoPoints);
    QCOMPARE(searchHits(library, QStringLiteral("person:赵红梅")), QList<qint64>{a});
    QCOMPARE(searchHits(library, QStringLiteral("春耕生产工作")), QList<qint64>{a});
    QCOMPARE(checkConsistency(library), QString());
    QCOMPARE(store.corrections().size(), 3);
}

void TestCorrections::bylineFollowsSearchAndEntities()
{
    Library &library = *m_library;
    const qint64 b = articleWithHeadline(library, HeadlineB);
    CorrectionsStore store(library);
    const std::optional<CorrectionChange> first =
        store.correctArticle(b, CorrectionKind::Byline, QStringLiteral("记者张三、李四; 通讯员 王五"));
    QVERIFY2(first, qPrintable(store.errorString()));
    QCOMPARE(first->correction.argument, QStringLiteral("记者 张三、李四；通讯员 王五")); // kept as read
    LibraryStore reader(library);
    const Article stored = reader.article(b)->article;
    QCOMPARE(stored.reporters, (QStringList{QStringLiteral("张三"), QStringLiteral("李四")}));
    QCOMPARE(stored.correspondents, QStringList{QStringLiteral("王五")});
    QCOMPARE(searchHits(library, QStringLiteral("byline:王五")), QList<qint64>{b});
    QCOMPARE(searchHits(library, QStringLiteral("person:王五")), QList<qint64>{b});
    QCOMPARE(count(library, QStringLiteral("mentions m JOIN entities e ON e.id = m.entity_id"),
                   QStringLiteral("e.name = '李四' AND m.role = 'journalist' AND m.article_id = ?"), {b}),
             1);
    // The body's mentions stay.
    QCOMPARE(mentionOf(library, QStringLiteral("赵红梅")).first, b);

    const std::optional<CorrectionChange> second =
        store.correctArticle(b, CorrectionKind::Byline, QStringLiteral("记者 张三"));
    QVERIFY2(second, qPrintable(store.errorString()));
    QVERIFY(searchHits(library, QStringLiteral("byline:王五")).isEmpty());
    QVERIFY(searchHits(library, QStringLiteral("person:王五")).isEmpty());
    QCOMPARE(searchHits(library, QStringLiteral("person:张三")), QList<qint64>{b});
    QCOMPARE(checkConsistency(library), QString());
    QVERIFY(store.undo(*second));
    QCOMPARE(searchHits(library, QStringLiteral("person:王五")), QList<qint64>{b});
    QVERIFY(store.undo(*first));
    QVERIFY(searchHits(library, QStringLiteral("person:张三")).isEmpty());
    QCOMPARE(count(library, QStringLiteral("mentions"), QStringLiteral("role = 'journalist'")), 0);
}

void TestCorrections::parseBylineText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty with `ok` false: refused
    QTest::addColumn<bool>("ok");
    QTest::newRow("roles") << QStringLiteral("记者 张三、李四；通讯员 王五")
                           << QStringLiteral("记者 张三、李四；通讯员 王五") << true;
    QTest::newRow("glued role, ascii separators") << QStringLiteral("本报记者张三,李四;通讯员 王五")
                                                  << QStringLiteral("记者 张三、李四；通讯员 王五") << true;
    QTest::newRow("unlabelled names are authors")
        << QStringLiteral("赵六 钱七") << QStringLiteral("作者 赵六、钱七") << true;
    QTest::newRow("photographer, roles in any order")
        << QStringLiteral("摄影记者 孙八\n记者 周九") << QStringLiteral("记者 周九；摄影 孙八") << true;
    QTest::newRow("single-character role needs a space")
        << QStringLiteral("摄 孙八；摄小明") << QStringLiteral("作者 摄小明；摄影 孙八") << true;
    QTest::newRow("foreign name") << QStringLiteral("作者 阿依古丽·买买提")
                                  << QStringLiteral("作者 阿依古丽·买买提") << true;
    QTest::newRow("empty: no byline") << QStringLiteral("  ") << QString() << true;
    QTest::newRow("digits") << QStringLiteral("记者 张三1") << QString() << false;
    QTest::newRow("a sentence") << QStringLiteral("记者 张三说，会议很成功。") << QString() << false;
    QTest::newRow("role naming nobody") << QStringLiteral("通讯员") << QString() << false;
}

void TestCorrections::parseBylineText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, ok);
    QString error;
    const std::optional<BylineNames> names = kanbao::parseBylineText(text, &error);
    QCOMPARE(bool(names), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(bylineText(*names), canonical);
    // The canonical form reads back to the same names.
    QCOMPARE(kanbao::parseBylineText(canonical), names);
}

void TestCorrections::reimportAppliesNewKindsAgain()
{
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    const qint64 note = addHighlight(a, GluedQuote);
    CorrectionsStore store(library);
    QVERIFY(store.correctArticle(a, CorrectionKind::MoveToNext, QStringLiteral("招聘会共提供岗位")));
    QVERIFY(store.correctArticle(a, CorrectionKind::LineAsSubheadline, QStringLiteral("各乡镇要抓好")));
    const qint64 b = articleWithHeadline(library, HeadlineB);
    QVERIFY(store.correctArticle(b, CorrectionKind::Byline, QStringLiteral("记者 张三；通讯员 王五")));
    QVERIFY(store.correctArticle(articleWithHeadline(library, HeadlineC), CorrectionKind::MergePrevious));
    QVERIFY(store.correctArticle(b, CorrectionKind::Subheadline, QStringLiteral("备耕忙")));
    const auto pageRows = [&library] {
        QSqlQuery q(library.database());
        q.exec(QStringLiteral("SELECT coalesce(kicker,''), coalesce(headline,''), coalesce(subheadline,''),"
                              " reporters, correspondents, hidden, body FROM articles ORDER BY seq"));
        QStringList rows;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields << q.value(i).toString();
            rows << fields.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QStringList corrected = pageRows();
    QCOMPARE(corrected.size(), 2);

    // The same file again, then a changed one: the same cut, byline and headings.
    ImportSummary summary;
    importPage(pageBytes(), &summary);
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(pageRows(), corrected);
    importPage(pageBytes(1), &summary);
    QCOMPARE(summary.replaced, 1);
    QStringList expected = corrected;
    expected[1].replace(QStringLiteral("副县长赵红梅参加会议。"),
                        QStringLiteral("副县长赵红梅和有关部门负责人参加会议并讲话。"));
    QCOMPARE(pageRows(), expected);
    for (const Correction &c : store.corrections())
        QCOMPARE(c.state, CorrectionState::Applied);
    const qint64 newB = articleWithHeadline(library, HeadlineB);
    QCOMPARE(searchHits(library, QStringLiteral("岗位")), QList<qint64>{newB});
    QCOMPARE(searchHits(library, QStringLiteral("person:王五")), QList<qint64>{newB});
    QCOMPARE(searchHits(library, QStringLiteral("家具城")), QList<qint64>{newB});
    QCOMPARE(scalar(library, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?"), {note})
                 .toLongLong(),
             newB);
    QCOMPARE(checkConsistency(library), QString());
}

void TestCorrections::mergesAndMovesPassOverHiddenItems()
{
    // An advertisement between two parts of a piece, marked as no article: the parts are neighbours.
    Library &library = *m_library;
    const qint64 a = articleWithHeadline(library, HeadlineA);
    const qint64 b = articleWithHeadline(library, HeadlineB);
    const qint64 c = articleWithHeadline(library, HeadlineC);
    CorrectionsStore store(library);
    QVERIFY(store.correctArticle(b, CorrectionKind::NotArticle));
    const std::optional<CorrectionChange> move =
        store.correctArticle(a, CorrectionKind::MoveToNext, QStringLiteral("招聘会共提供岗位"));
    QVERIFY2(move, qPrintable(store.errorString()));
    QVERIFY(scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {c})
                .toString()
                .startsWith(QStringLiteral("招聘会共提供岗位")));
    QVERIFY(!scalar(library, QStringLiteral("SELECT body FROM articles WHERE id = ?"), {b})
                 .toString()
                 .contains(QStringLiteral("招聘会")));
    const std::optional<CorrectionChange> merge = store.correctArticle(c, CorrectionKind::MergePrevious);
    QVERIFY2(merge, qPrintable(store.errorString()));
    QCOMPARE(merge->after.articleIds, (QList<qint64>{a, b}));
    QCOMPARE(count(library, QStringLiteral("articles"), QStringLiteral("id = ? AND hidden = 1"), {b}), 1);
    QCOMPARE(searchHits(library, QStringLiteral("家具城")), QList<qint64>{a});
    QVERIFY(searchHits(library, QStringLiteral("赵红梅")).isEmpty()); // still hidden
    // Nothing the reader sees after A now: no next article to merge.
    QVERIFY(!store.correctArticle(a, CorrectionKind::MergeNext));
    QCOMPARE(store.error(), CorrectionsStore::Error::BadInput);
    QCOMPARE(checkConsistency(library), QString());
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
