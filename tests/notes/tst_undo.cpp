#include "notes/noteseditor.h"
#include "notes/notesstore.h"
#include "notestestlibrary.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace kanbao;
using namespace kanbao::test;

namespace {

enum class Edit {
    CreateTag,
    RenameTag,
    RecolorTag,
    DeleteTag,
    AssignOne,
    AssignMany,
    RemoveTags,
    AddHighlight,
    EditHighlightNote,
    RecolorHighlight,
    DeleteHighlight,
    AddArticleNote,
    EditArticleNote,
    DeleteArticleNote,
};

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestNotesUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void undoRedo_data();
    void undoRedo();
    void deleteTagRestoresAssignments();
    void deleteAnnotationKeepsId();
    void failedEditStaysOffTheStack();
    void noteEditsMerge();
    void signalsTellViewsToRefresh();

private:
    // Everything the notes own, as text, with ids; modified_at is left out because a redo stamps a new one.
    QString snapshot() const;

    std::unique_ptr<NotesTestLibrary> m_lib;
    std::unique_ptr<NotesStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<NotesEditor> m_editor;
    QList<qint64> m_articles;
    qint64 m_tagSafety = 0;
    qint64 m_tagFarm = 0;
    qint64 m_highlight = 0;
    qint64 m_articleNote = 0;
};

void TestNotesUndo::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_lib = std::make_unique<NotesTestLibrary>();
    QVERIFY(m_lib->create());
    m_articles = m_lib->addSamples();
    QCOMPARE(m_articles.size(), 3);
    m_store = std::make_unique<NotesStore>(m_lib->library());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<NotesEditor>(m_store.get(), m_stack.get());

    // A library with some notes in it already, made without the undo stack.
    m_tagSafety = m_store->createTag(QStringLiteral("安全生产"), QStringLiteral("#ef4444")).value_or(0);
    m_tagFarm = m_store->createTag(QStringLiteral("农业")).value_or(0);
    QVERIFY(m_tagSafety && m_tagFarm);
    QVERIFY(m_store->assignTags({m_articles[0]}, {m_tagSafety}));
    QVERIFY(m_store->assignTags({m_articles[1]}, {m_tagFarm}));
    const QString body = m_store->articleBody(m_articles[0]).value_or(QString());
    const int start = int(body.indexOf(QStringLiteral("压实责任")));
    QVERIFY(start > 0);
    const auto h = m_store->makeHighlight(m_articles[0], {start, start + 4}, QStringLiteral("yellow"),
                                          QStringLiteral("责任落实的提法"));
    QVERIFY(h);
    m_highlight = m_store->insertAnnotation(*h).value_or(0);
    const auto n = m_store->makeArticleNote(m_articles[1], QStringLiteral("山药产业的背景"));
    QVERIFY(n);
    m_articleNote = m_store->insertAnnotation(*n).value_or(0);
    QVERIFY2(m_highlight && m_articleNote, qPrintable(m_store->errorString()));
}

void TestNotesUndo::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_store.reset();
    m_lib.reset();
}

QString TestNotesUndo::snapshot() const
{
    QStringList lines;
    QSqlQuery q(m_lib->database());
    auto dump = [&](const QString &sql) {
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            lines << fields.join(QLatin1Char('|'));
        }
        lines << QStringLiteral("--");
    };
    dump(QStringLiteral("SELECT id, name, color, created_at FROM tags ORDER BY id"));
    dump(QStringLiteral("SELECT article_id, tag_id FROM article_tags ORDER BY 1, 2"));
    dump(QStringLiteral("SELECT id, article_id, kind, start_offset, end_offset, quote, prefix, suffix, color, note, "
                        "source_path, article_seq, article_headline, created_at FROM annotations ORDER BY id"));
    return lines.join(QLatin1Char('\n'));
}

void TestNotesUndo::undoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("create tag") << Edit::CreateTag;
    QTest::newRow("rename tag") << Edit::RenameTag;
    QTest::newRow("recolor tag") << Edit::RecolorTag;
    QTest::newRow("delete tag") << Edit::DeleteTag;
    QTest::newRow("assign one") << Edit::AssignOne;
    QTest::newRow("assign many") << Edit::AssignMany;
    QTest::newRow("remove tags") << Edit::RemoveTags;
    QTest::newRow("add highlight") << Edit::AddHighlight;
    QTest::newRow("edit highlight note") << Edit::EditHighlightNote;
    QTest::newRow("recolor highlight") << Edit::RecolorHighlight;
    QTest::newRow("delete highlight") << Edit::DeleteHighlight;
    QTest::newRow("add article note") << Edit::AddArticleNote;
    QTest::newRow("edit article note") << Edit::EditArticleNote;
    QTest::newRow("delete article note") << Edit::DeleteArticleNote;
}

void TestNotesUndo::undoRedo()
{
    QFETCH(Edit, edit);
    const QString before = snapshot();
    bool ok = false;
    switch (edit) {
    case Edit::CreateTag:
        ok = m_editor->createTag(QStringLiteral("人物"), QStringLiteral("green")).has_value();
        break;
    case Edit::RenameTag:
        ok = m_editor->renameTag(m_tagSafety, QStringLiteral("安全"));
        break;
    case Edit::RecolorTag:
        ok = m_editor->recolorTag(m_tagFarm, QStringLiteral("#10b981"));
        break;
    case Edit::DeleteTag:
        ok = m_editor->deleteTag(m_tagSafety);
        break;
    case Edit::AssignOne:
        ok = m_editor->assignTags({m_articles[2]}, {m_tagSafety});
        break;
    case Edit::AssignMany:
        // Article 0 already has 安全生产: undo must leave that assignment alone.
        ok = m_editor->assignTags(m_articles, {m_tagSafety, m_tagFarm});
        break;
    case Edit::RemoveTags:
        ok = m_editor->removeTags(m_articles, {m_tagSafety, m_tagFarm});
        break;
    case Edit::AddHighlight: {
        const QString body = m_store->articleBody(m_articles[2]).value_or(QString());
        const int start = int(body.indexOf(QStringLiteral("普降中雪")));
        ok = m_editor->addHighlight(m_articles[2], {start, start + 4}, QStringLiteral("blue"), QStringLiteral("降雪"))
                 .has_value();
        break;
    }
    case Edit::EditHighlightNote:
        ok = m_editor->editNote(m_highlight, QStringLiteral("改写后的批注"));
        break;
    case Edit::RecolorHighlight:
        ok = m_editor->recolorHighlight(m_highlight, QStringLiteral("pink"));
        break;
    case Edit::DeleteHighlight:
        ok = m_editor->deleteAnnotation(m_highlight);
        break;
    case Edit::AddArticleNote:
        ok = m_editor->addArticleNote(m_articles[2], QStringLiteral("与气象局数据对照")).has_value();
        break;
    case Edit::EditArticleNote:
        ok = m_editor->editNote(m_articleNote, QStringLiteral("另见 2023 年报道"));
        break;
    case Edit::DeleteArticleNote:
        ok = m_editor->deleteAnnotation(m_articleNote);
        break;
    }
    QVERIFY2(ok, qPrintable(m_editor->errorString()));
    QCOMPARE(m_stack->count(), 1);
    const QString after = snapshot();
    QVERIFY2(after != before, "the edit changed nothing in the library");

    m_stack->undo();
    QCOMPARE(snapshot(), before);
    m_stack->redo();
    QCOMPARE(snapshot(), after);
    m_stack->undo();
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_stack->count(), 1); // nothing failed and dropped out
}

void TestNotesUndo::deleteTagRestoresAssignments()
{
    QVERIFY(m_editor->assignTags(m_articles, {m_tagSafety}));
    QCOMPARE(m_store->articlesWithTag(m_tagSafety), m_articles);
    QVERIFY(m_editor->deleteTag(m_tagSafety));
    QVERIFY(!m_store->tag(m_tagSafety));
    QCOMPARE(m_lib->count(QStringLiteral("SELECT COUNT(*) FROM article_tags WHERE tag_id = %1").arg(m_tagSafety)), 0);
    m_stack->undo();
    const std::optional<Tag> back = m_store->tag(m_tagSafety);
    QVERIFY(back);
    QCOMPARE(back->name, QStringLiteral("安全生产"));
    QCOMPARE(back->color, QStringLiteral("#ef4444"));
    QCOMPARE(back->articleCount, 3);
    QCOMPARE(m_store->articlesWithTag(m_tagSafety), m_articles);
    // Undo both: the assignments made by the first command go, the one from before stays.
    m_stack->undo();
    QCOMPARE(m_store->articlesWithTag(m_tagSafety), QList<qint64>{m_articles[0]});
}

void TestNotesUndo::deleteAnnotationKeepsId()
{
    const Annotation original = m_store->annotation(m_highlight).value();
    QVERIFY(m_editor->deleteAnnotation(m_highlight));
    QVERIFY(!m_store->annotation(m_highlight));
    QVERIFY(m_store->annotationsOfArticle(m_articles[0]).isEmpty());
    m_stack->undo();
    const std::optional<Annotation> back = m_store->annotation(m_highlight);
    QVERIFY(back);
    QCOMPARE(*back, original);
}

void TestNotesUndo::failedEditStaysOffTheStack()
{
    QVERIFY(!m_editor->createTag(QStringLiteral("安全生产")));
    QVERIFY(m_editor->errorString().contains(QStringLiteral("安全生产")));
    QVERIFY(!m_editor->renameTag(m_tagFarm, QStringLiteral("安全生产")));
    QVERIFY(!m_editor->deleteTag(9999));
    QVERIFY(!m_editor->recolorHighlight(m_highlight, QStringLiteral("chartreuse-ish")));
    QVERIFY(!m_editor->addHighlight(m_articles[0], {5, 2}));
    QVERIFY(!m_editor->addHighlight(424242, {0, 2}));
    QVERIFY(!m_editor->editNote(424242, QStringLiteral("x")));
    QVERIFY(!m_editor->assignTags({424242}, {m_tagFarm}));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_store->tags().size(), 2);
}

void TestNotesUndo::noteEditsMerge()
{
    const QString original = m_store->annotation(m_highlight)->note;
    QVERIFY(m_editor->editNote(m_highlight, QStringLiteral("责")));
    QVERIFY(m_editor->editNote(m_highlight, QStringLiteral("责任")));
    QVERIFY(m_editor->editNote(m_highlight, QStringLiteral("责任田")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_store->annotation(m_highlight)->note, QStringLiteral("责任田"));
    m_stack->undo();
    QCOMPARE(m_store->annotation(m_highlight)->note, original);
    // An edit of another annotation is its own step.
    QVERIFY(m_editor->editNote(m_highlight, QStringLiteral("甲")));
    QVERIFY(m_editor->editNote(m_articleNote, QStringLiteral("乙")));
    QCOMPARE(m_stack->count(), 2);
}

void TestNotesUndo::signalsTellViewsToRefresh()
{
    QSignalSpy tags(m_store.get(), &NotesStore::tagsChanged);
    QSignalSpy articleTags(m_store.get(), &NotesStore::articleTagsChanged);
    QSignalSpy annotations(m_store.get(), &NotesStore::annotationsChanged);

    QVERIFY(m_editor->assignTags({m_articles[2]}, {m_tagFarm}));
    QCOMPARE(articleTags.count(), 1);
    QCOMPARE(articleTags.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{m_articles[2]});
    QVERIFY(tags.count() >= 1); // counts changed
    m_stack->undo();
    QCOMPARE(articleTags.count(), 1);

    QVERIFY(m_editor->recolorHighlight(m_highlight, QStringLiteral("green")));
    QCOMPARE(annotations.count(), 1);
    QCOMPARE(annotations.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{m_articles[0]});
    m_stack->undo();
    QCOMPARE(annotations.count(), 1);
}

QTEST_GUILESS_MAIN(TestNotesUndo)
#include "tst_undo.moc"
