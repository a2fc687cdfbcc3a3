// Tags in the GUI: the quick picker (Ctrl+T) on several articles, the tag manager, the tags panel.

#include "articlelistmodel.h"
#include "notes/noteseditor.h"
#include "notes/notesstore.h"
#include "notes/tagmanagerdialog.h"
#include "notes/tagpickerdialog.h"
#include "notes/tagspanel.h"
#include "notes/taglistmodel.h"
#include "notestestlibrary.h"
#include "tst_notesfakes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace kanbao;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks cannot type Chinese: commit it through the input method, as an IME does.
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QStringList tagNames(NotesStore &store, qint64 articleId)
{
    QStringList names;
    for (const Tag &t : store.tagsOfArticle(articleId))
        names << t.name;
    names.sort();
    return names;
}

} // namespace

class TestNotesTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pickerShowsPartialStateForSeveralArticles();
    void pickerAssignsTypedAndCheckedTagsToTwoArticles();
    void pickerEnterOnExistingNameChecksIt_data();
    void pickerEnterOnExistingNameChecksIt();
    void pickerRemovesUncheckedTag();
    void managerCreatesRenamesRecolorsDeletes();
    void managerAsksBeforeDeletingUsedTag();
    void tagsPanelListsArticlesOfTag();
    void tagModelPassesTester();

private:
    std::unique_ptr<test::NotesTestLibrary> m_library;
    QList<qint64> m_articles;
    std::unique_ptr<NotesStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<NotesEditor> m_editor;
};

void TestNotesTags::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNotesTags::init()
{
    m_library = std::make_unique<test::NotesTestLibrary>();
    QVERIFY(m_library->create());
    m_articles = m_library->addSamples();
    QCOMPARE(m_articles.size(), 3);
    m_store = std::make_unique<NotesStore>(m_library->database());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<NotesEditor>(m_store.get(), m_stack.get());
}

void TestNotesTags::cleanup()
{
    m_stack->clear();
    m_editor.reset();
    m_stack.reset();
    m_store.reset();
    m_library.reset();
}

void TestNotesTags::pickerShowsPartialStateForSeveralArticles()
{
    const qint64 safety = *m_editor->createTag(QStringLiteral("安全生产"));
    const qint64 farming = *m_editor->createTag(QStringLiteral("农业"));
    QVERIFY(m_editor->assignTags({m_articles.at(0), m_articles.at(1)}, {safety}));
    QVERIFY(m_editor->assignTags({m_articles.at(1)}, {farming}));
    TagPickerDialog picker(m_editor.get(), {m_articles.at(0), m_articles.at(1)});
    const auto states = picker.model()->checkStates();
    QCOMPARE(states.value(safety), Qt::Checked);
    QCOMPARE(states.value(farming), Qt::PartiallyChecked);
    // OK without a change changes nothing.
    const int steps = m_stack->count();
    QVERIFY(picker.apply());
    QCOMPARE(m_stack->count(), steps);
    QCOMPARE(tagNames(*m_store, m_articles.at(0)), QStringList{QStringLiteral("安全生产")});
}

void TestNotesTags::pickerAssignsTypedAndCheckedTagsToTwoArticles()
{
    const qint64 safety = *m_editor->createTag(QStringLiteral("安全生产"));
    QVERIFY(m_editor->assignTags({m_articles.at(0)}, {safety}));
    const QList<qint64> chosen{m_articles.at(0), m_articles.at(1)};
    TagPickerDialog picker(m_editor.get(), chosen);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));

    // A new name typed (through the input method: it is Chinese) and Enter: the tag is created and checked.
    picker.nameField()->setFocus();
    typeText(picker.nameField(), QStringLiteral("会议"));
    QCOMPARE(picker.nameField()->text(), QStringLiteral("会议"));
    QTest::keyClick(picker.nameField(), Qt::Key_Return);
    QVERIFY(picker.isVisible()); // Enter with a name takes the name, not OK
    QVERIFY(picker.nameField()->text().isEmpty());
    const std::optional<Tag> meeting = m_store->tagByName(QStringLiteral("会议"));
    QVERIFY(meeting);
    QCOMPARE(picker.model()->checkStates().value(meeting->id), Qt::Checked);

    // The partly carried tag: a click on its box settles it for both.
    const QModelIndex safetyRow = picker.model()->indexOfTag(safety);
    QCOMPARE(safetyRow.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY(picker.model()->setData(safetyRow, int(Qt::Checked), Qt::CheckStateRole));

    // Enter in the empty field is OK.
    QTest::keyClick(picker.nameField(), Qt::Key_Return);
    QVERIFY(!picker.isVisible());
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    const QStringList both{QStringLiteral("会议"), QStringLiteral("安全生产")};
    QStringList expected = both;
    expected.sort();
    QCOMPARE(tagNames(*m_store, m_articles.at(0)), expected);
    QCOMPARE(tagNames(*m_store, m_articles.at(1)), expected);
    QCOMPARE(m_store->tags().size(), 2);
    for (const Tag &t : m_store->tags())
        QCOMPARE(t.articleCount, 2);

    // One undo takes back the tagging (the tag created along the way stays, its own step).
    m_stack->undo();
    QCOMPARE(tagNames(*m_store, m_articles.at(0)), QStringList{QStringLiteral("安全生产")});
    QCOMPARE(tagNames(*m_store, m_articles.at(1)), QStringList());
    QVERIFY(m_store->tagByName(QStringLiteral("会议")));
}

void TestNotesTags::pickerEnterOnExistingNameChecksIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("exact") << QStringLiteral("Economy");
    QTest::newRow("other-case") << QStringLiteral("economy");
    QTest::newRow("spaces") << QStringLiteral("  Economy ");
}

void TestNotesTags::pickerEnterOnExistingNameChecksIt()
{
    QFETCH(QString, typed);
    const qint64 economy = *m_editor->createTag(QStringLiteral("Economy"));
    TagPickerDialog picker(m_editor.get(), {m_articles.at(2)}, QStringLiteral("太行山区迎来降雪"));
    QCOMPARE(picker.commitName(typed), economy);
    QCOMPARE(m_store->tags().size(), 1); // no duplicate created
    QVERIFY(picker.apply());
    QCOMPARE(tagNames(*m_store, m_articles.at(2)), QStringList{QStringLiteral("Economy")});
}

void TestNotesTags::pickerRemovesUncheckedTag()
{
    const qint64 safety = *m_editor->createTag(QStringLiteral("安全生产"));
    QVERIFY(m_editor->assignTags({m_articles.at(0), m_articles.at(1)}, {safety}));
    TagPickerDialog picker(m_editor.get(), {m_articles.at(0), m_articles.at(1)});
    picker.setChecked(safety, false);
    QVERIFY(picker.apply());
    QVERIFY(m_store->tagsOfArticle(m_articles.at(0)).isEmpty());
    QVERIFY(m_store->tagsOfArticle(m_articles.at(1)).isEmpty());
    m_stack->undo();
    QCOMPARE(m_store->tagsOfArticle(m_articles.at(1)).size(), 1);
}

void TestNotesTags::managerCreatesRenamesRecolorsDeletes()
{
    test::ScriptedDialogs dialogs;
    TagManagerDialog manager(m_editor.get(), &dialogs);
    QCOMPARE(manager.model()->rowCount(), 0);
    const std::optional<qint64> id = manager.newTag(QStringLiteral("民生"));
    QVERIFY(id);
    QCOMPARE(manager.model()->rowCount(), 1);
    QCOMPARE(manager.currentTag(), *id);

    // Rename in place, through the model (what the view's editor does).
    QVERIFY(manager.model()->setData(manager.model()->indexOfTag(*id), QStringLiteral("民生新闻")));
    QCOMPARE(m_store->tag(*id)->name, QStringLiteral("民生新闻"));
    QCOMPARE(manager.currentTag(), *id); // still chosen after the list reloaded
    const QString firstColor = m_store->tag(*id)->color;
    QVERIFY(manager.recolorCurrent(QColor(0xef4444)));
    QCOMPARE(m_store->tag(*id)->color, QStringLiteral("#ef4444"));

    // A duplicate name is refused with a message, and nothing changes.
    QVERIFY(manager.newTag(QStringLiteral("天气")));
    manager.selectTag(*id);
    QVERIFY(!manager.renameCurrent(QStringLiteral("天气")));
    QCOMPARE(dialogs.warnings.size(), 1);
    QCOMPARE(m_store->tag(*id)->name, QStringLiteral("民生新闻"));

    // An unused tag goes without a question.
    manager.selectTag(*id);
    QVERIFY(manager.deleteCurrent());
    QVERIFY(dialogs.questions.isEmpty());
    QVERIFY(!m_store->tag(*id));
    QCOMPARE(manager.model()->rowCount(), 1);

    // Every step undoes: delete, recolor, rename, in that order.
    m_stack->undo(); // the deletion
    m_stack->undo(); // "天气" created
    QCOMPARE(m_store->tag(*id)->name, QStringLiteral("民生新闻"));
    m_stack->undo(); // recolor
    QCOMPARE(m_store->tag(*id)->color, firstColor);
    m_stack->undo(); // rename
    QCOMPARE(m_store->tag(*id)->name, QStringLiteral("民生"));
}

void TestNotesTags::managerAsksBeforeDeletingUsedTag()
{
    const qint64 safety = *m_editor->createTag(QStringLiteral("安全生产"));
    QVERIFY(m_editor->assignTags({m_articles.at(0), m_articles.at(1)}, {safety}));
    test::ScriptedDialogs dialogs;
    dialogs.answer = QMessageBox::Cancel;
    TagManagerDialog manager(m_editor.get(), &dialogs);
    manager.selectTag(safety);
    QCOMPARE(manager.model()->index(0, TagListModel::CountColumn).data().toInt(), 2);
    QVERIFY(!manager.deleteCurrent());
    QCOMPARE(dialogs.questions.size(), 1);
    QVERIFY(dialogs.questions.first().contains(QStringLiteral("安全生产")));
    QVERIFY(m_store->tag(safety));
    dialogs.answer = QMessageBox::Yes;
    QVERIFY(manager.deleteCurrent());
    QVERIFY(!m_store->tag(safety));
    m_stack->undo();
    QCOMPARE(m_store->tagsOfArticle(m_articles.at(1)).size(), 1); // the assignments come back too
}

void TestNotesTags::tagsPanelListsArticlesOfTag()
{
    const qint64 weather = *m_editor->createTag(QStringLiteral("天气"));
    const qint64 safety = *m_editor->createTag(QStringLiteral("安全生产"));
    QVERIFY(m_editor->assignTags({m_articles.at(0), m_articles.at(2)}, {weather}));
    QVERIFY(m_editor->assignTags({m_articles.at(0)}, {safety}));
    TagsPanel panel;
    panel.setEditor(m_editor.get());
    QCOMPARE(panel.tagModel()->rowCount(), 2);
    // Sorted by pinyin: 安 (an) before 天 (tian).
    QCOMPARE(panel.tagModel()->index(0, 0).data().toString(), QStringLiteral("安全生产"));
    QCOMPARE(panel.tagModel()->index(1, TagListModel::CountColumn).data().toInt(), 2);
    panel.showTag(weather);
    QCOMPARE(panel.articleModel()->rowCount(), 2);
    // Newest issue first.
    QCOMPARE(panel.articleModel()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), m_articles.at(2));
    QSignalSpy open(&panel, &TagsPanel::openArticleRequested);
    emit panel.articleView()->activated(panel.articleModel()->index(1, 0));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), m_articles.at(0));
    // Untagging elsewhere updates the list and the count.
    QVERIFY(m_editor->removeTags({m_articles.at(2)}, {weather}));
    QCOMPARE(panel.articleModel()->rowCount(), 1);
    QCOMPARE(panel.currentTag(), weather);
    QCOMPARE(panel.tagModel()->indexOfTag(weather, TagListModel::CountColumn).data().toInt(), 1);
}

void TestNotesTags::tagModelPassesTester()
{
    TagListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEditor(m_editor.get());
    QVERIFY(m_editor->createTag(QStringLiteral("经济")));
    QVERIFY(m_editor->createTag(QStringLiteral("Alpha")));
    QCOMPARE(model.rowCount(), 2);
    model.setCheckable(true);
    QVERIFY(model.setData(model.index(0, 0), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    m_stack->undo();
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestNotesTags)
#include "tst_notestags.moc"
