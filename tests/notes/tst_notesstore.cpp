#include "notes/notesstore.h"
#include "notestestlibrary.h"

#include <QStandardPaths>
#include <QTest>

using namespace kanbao;
using namespace kanbao::test;

class TestNotesStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tagsWithCounts();
    void tagValidation_data();
    void tagValidation();
    void restoreTagMergesIntoSameName();
    void annotationOfVanishedArticleBecomesOrphan();
    void query_data();
    void query();
    void queryOrder();

private:
    qint64 highlight(int article, const QString &quote, const QString &color, const QString &note);

    std::unique_ptr<NotesTestLibrary> m_lib;
    std::unique_ptr<NotesStore> m_store;
    QList<qint64> m_articles;
    qint64 m_orphanArticle = 0;
};

void TestNotesStore::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_lib = std::make_unique<NotesTestLibrary>();
    QVERIFY(m_lib->create());
    m_articles = m_lib->addSamples();
    SampleArticle gone;
    gone.headline = QStringLiteral("将被替换的稿件");
    gone.body = QStringLiteral("这篇稿件会在重新导入时被替换，批注成为孤立批注。");
    gone.seq = 5;
    m_orphanArticle = m_lib->addArticle(gone);
    m_store = std::make_unique<NotesStore>(m_lib->library());

    const qint64 safety = m_store->createTag(QStringLiteral("安全生产"), QStringLiteral("#ef4444")).value_or(0);
    const qint64 farm = m_store->createTag(QStringLiteral("农业"), QStringLiteral("green")).value_or(0);
    const qint64 weather = m_store->createTag(QStringLiteral("天气")).value_or(0);
    QVERIFY(safety && farm && weather);
    QVERIFY(m_store->assignTags({m_articles[0]}, {safety}));
    QVERIFY(m_store->assignTags({m_articles[0], m_articles[1]}, {farm}));

    QVERIFY(highlight(0, QStringLiteral("压实责任"), QStringLiteral("yellow"), QStringLiteral("责任制")));
    QVERIFY(highlight(0, QStringLiteral("安全生产工作会议"), QStringLiteral("green"), QString()));
    QVERIFY(highlight(1, QStringLiteral("铁棍山药"), QStringLiteral("yellow"), QStringLiteral("Iron yam, a local product")));
    QVERIFY(highlight(2, QStringLiteral("普降中雪"), QStringLiteral("blue"), QStringLiteral("降雪与责任无关")));
    const auto note = m_store->makeArticleNote(m_articles[1], QStringLiteral("整篇关于农业"));
    QVERIFY(note && m_store->insertAnnotation(*note));
    QVERIFY(highlight(-1, QStringLiteral("孤立批注"), QStringLiteral("pink"), QStringLiteral("原文已改")));
    // The article goes (a re-import replaced it): its annotation stays, as an orphan.
    QSqlQuery q(m_lib->database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(m_orphanArticle)));
}

void TestNotesStore::cleanup()
{
    m_store.reset();
    m_lib.reset();
}

qint64 TestNotesStore::highlight(int article, const QString &quote, const QString &color, const QString &note)
{
    const qint64 id = article < 0 ? m_orphanArticle : m_articles[article];
    const QString body = m_store->articleBody(id).value_or(QString());
    const int start = int(body.indexOf(quote));
    if (start < 0)
        return 0;
    const auto a = m_store->makeHighlight(id, {start, start + int(quote.size())}, color, note);
    return a ? m_store->insertAnnotation(*a).value_or(0) : 0;
}

void TestNotesStore::tagsWithCounts()
{
    const QList<Tag> tags = m_store->tags();
    QCOMPARE(tags.size(), 3);
    QHash<QString, int> counts;
    for (const Tag &t : tags)
        counts.insert(t.name, t.articleCount);
    QCOMPARE(counts.value(QStringLiteral("安全生产")), 1);
    QCOMPARE(counts.value(QStringLiteral("农业")), 2);
    QCOMPARE(counts.value(QStringLiteral("天气")), 0);
    QCOMPARE(m_store->tagByName(QStringLiteral("农业"))->color, QStringLiteral("#008000"));
    QCOMPARE(m_store->tagByName(QStringLiteral("天气"))->color, NotesStore::defaultTagColor());
    const QList<Tag> ofFirst = m_store->tagsOfArticle(m_articles[0]);
    QCOMPARE(ofFirst.size(), 2);
    QVERIFY(m_store->tagsOfArticle(m_articles[2]).isEmpty());
}

void TestNotesStore::tagValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("color");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << QStringLiteral("人物") << QStringLiteral("#aabbcc") << true;
    QTest::newRow("trimmed") << QStringLiteral("  人物  ") << QString() << true;
    QTest::newRow("empty name") << QStringLiteral("   ") << QString() << false;
    QTest::newRow("duplicate") << QStringLiteral("农业") << QString() << false;
    QTest::newRow("duplicate after trim") << QStringLiteral(" 农业 ") << QString() << false;
    QTest::newRow("bad color") << QStringLiteral("人物") << QStringLiteral("not-a-color") << false;
}

void TestNotesStore::tagValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, color);
    QFETCH(bool, ok);
    const std::optional<qint64> id = m_store->createTag(name, color);
    QCOMPARE(id.has_value(), ok);
    if (ok)
        QCOMPARE(m_store->tag(*id)->name, name.trimmed());
    else
        QVERIFY(!m_store->errorString().isEmpty());
}

void TestNotesStore::restoreTagMergesIntoSameName()
{
    const qint64 farm = m_store->tagByName(QStringLiteral("农业"))->id;
    const auto deleted = m_store->deleteTag(farm);
    QVERIFY(deleted);
    QCOMPARE(deleted->articleIds.size(), 2);
    const qint64 again = m_store->createTag(QStringLiteral("农业")).value();
    QVERIFY(m_store->assignTags({m_articles[2]}, {again}));
    QCOMPARE(m_store->restoreTag(*deleted), again);
    QCOMPARE(m_store->tag(again)->articleCount, 3);
}

void TestNotesStore::annotationOfVanishedArticleBecomesOrphan()
{
    Annotation a = m_store->makeArticleNote(m_articles[2], QStringLiteral("x")).value();
    QSqlQuery q(m_lib->database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(m_articles[2])));
    const qint64 id = m_store->insertAnnotation(a).value_or(0);
    QVERIFY(id);
    QVERIFY(m_store->annotation(id)->isOrphan());
    QCOMPARE(m_store->annotation(id)->articleHeadline, QStringLiteral("太行山区迎来降雪"));
}

void TestNotesStore::query_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("colors");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("createdDate");
    QTest::addColumn<int>("orphans"); // 0 exclude, 1 include, 2 only
    QTest::addColumn<QStringList>("expected"); // quotes (or notes for article notes), any order

    const QStringList all{QStringLiteral("压实责任"), QStringLiteral("安全生产工作会议"), QStringLiteral("铁棍山药"),
                          QStringLiteral("普降中雪"), QStringLiteral("整篇关于农业"), QStringLiteral("孤立批注")};
    QTest::newRow("everything") << QString() << QStringList() << QStringList() << QDate() << QDate() << false << 1
                                << all;
    QTest::newRow("no orphans") << QString() << QStringList() << QStringList() << QDate() << QDate() << false << 0
                                << all.mid(0, 5);
    QTest::newRow("orphans only") << QString() << QStringList() << QStringList() << QDate() << QDate() << false << 2
                                  << QStringList{QStringLiteral("孤立批注")};
    QTest::newRow("text in quote or note") << QStringLiteral("责任") << QStringList() << QStringList() << QDate()
                                           << QDate() << false << 1
                                           << QStringList{QStringLiteral("压实责任"), QStringLiteral("普降中雪")};
    QTest::newRow("latin text, any case") << QStringLiteral("IRON") << QStringList() << QStringList() << QDate()
                                          << QDate() << false << 1 << QStringList{QStringLiteral("铁棍山药")};
    QTest::newRow("tag") << QString() << QStringList{QStringLiteral("安全生产")} << QStringList() << QDate() << QDate()
                         << false << 1 << all.mid(0, 2);
    QTest::newRow("either tag") << QString() << QStringList{QStringLiteral("安全生产"), QStringLiteral("农业")}
                                << QStringList() << QDate() << QDate() << false << 1 << all.mid(0, 3) + all.mid(4, 1);
    QTest::newRow("color") << QString() << QStringList() << QStringList{QStringLiteral("yellow")} << QDate() << QDate()
                           << false << 1
                           << QStringList{QStringLiteral("压实责任"), QStringLiteral("铁棍山药"),
                                          QStringLiteral("整篇关于农业")};
    QTest::newRow("issue dates") << QString() << QStringList() << QStringList() << QDate(2024, 1, 1)
                                 << QDate(2024, 1, 31) << false << 1 << QStringList{QStringLiteral("普降中雪")};
    QTest::newRow("created today") << QString() << QStringList() << QStringList() << QDate::currentDate().addDays(-1)
                                   << QDate::currentDate().addDays(1) << true << 1 << all;
    QTest::newRow("created long ago") << QString() << QStringList() << QStringList() << QDate(2000, 1, 1)
                                      << QDate(2000, 12, 31) << true << 1 << QStringList();
    QTest::newRow("tag and text") << QStringLiteral("会议") << QStringList{QStringLiteral("农业")} << QStringList()
                                  << QDate() << QDate() << false << 1 << QStringList{QStringLiteral("安全生产工作会议")};
}

void TestNotesStore::query()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, colors);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, createdDate);
    QFETCH(int, orphans);
    QFETCH(QStringList, expected);

    NotesQuery q;
    q.text = text;
    q.tags = tags;
    q.colors = colors;
    q.from = from;
    q.to = to;
    q.dateField = createdDate ? NotesQuery::DateField::CreatedDate : NotesQuery::DateField::IssueDate;
    q.includeOrphans = orphans >= 1;
    q.orphansOnly = orphans == 2;
    const auto records = m_store->queryNotes(q);
    QVERIFY2(records, qPrintable(m_store->errorString()));
    QStringList got;
    for (const NoteRecord &r : *records)
        got << (r.annotation.kind == AnnotationKind::Note ? r.annotation.note : r.annotation.quote);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestNotesStore::queryOrder()
{
    const auto records = m_store->queryNotes({});
    QVERIFY(records);
    QCOMPARE(records->size(), 6);
    // By issue date, then page order; per article the note first, then text order; orphans last.
    QCOMPARE(records->at(0).annotation.quote, QStringLiteral("安全生产工作会议"));
    QCOMPARE(records->at(1).annotation.quote, QStringLiteral("压实责任"));
    QCOMPARE(records->at(2).annotation.note, QStringLiteral("整篇关于农业"));
    QCOMPARE(records->at(3).annotation.quote, QStringLiteral("铁棍山药"));
    QCOMPARE(records->at(4).annotation.quote, QStringLiteral("普降中雪"));
    QVERIFY(records->at(5).annotation.isOrphan());
    QCOMPARE(records->at(5).citation.headline, QStringLiteral("将被替换的稿件"));
    QCOMPARE(records->at(0).citation.paper, QStringLiteral("焦作日报"));
    QCOMPARE(records->at(0).citation.reporters, QStringList{QStringLiteral("李明")});
    QCOMPARE(records->at(0).articleTags.size(), 2);
}

QTEST_GUILESS_MAIN(TestNotesStore)
#include "tst_notesstore.moc"
