// Collections in the main window: articles from the search results go into a new collection through the
// results' context menu; the Collections sidebar lists it with its count, opens it (its articles in the
// results list), renames and deletes it (both undone with Edit ▸ Undo), exports it as full text and as
// references, and Edit ▸ Add to Collection adds the selection. On the sample library; a screenshot of the
// window with the collection open lands in build/screenshots.
#include "articlelistmodel.h"
#include "language.h"
#include "library/searchlists.h"
#include "mainwindow.h"
#include "notes/notescontroller.h"
#include "notes/notesstore.h"
#include "articleview.h"
#include "search/collectionactions.h"
#include "search/collectionmodel.h"
#include "search/collectionspanel.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kanbao;

namespace {

// Names collections as a user would type them.
class NamingDialogs : public test::ScriptedDialogs
{
public:
    QString textAnswer;
    QString getText(QWidget *, const QString &, const QString &, const QString &) override { return textAnswer; }
};

QAction *actionNamed(QMenu *menu, const char *name)
{
    for (QAction *action : menu->actions())
        if (action->objectName() == QLatin1String(name))
            return action;
    return nullptr;
}

} // namespace

class TestCollections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    NamingDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_chosen;

    CollectionModel *model() const { return m_window->collectionActions()->model(); }
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        QAbstractItemModel *results = m_window->searchResultsView()->model();
        for (int row = 0; row < results->rowCount(); ++row)
            ids << results->index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
        return ids;
    }
    QList<qint64> members(const QString &name) const
    {
        Collections collections(m_window->notes()->store()->database());
        const std::optional<Collection> found = collections.byName(name);
        return found ? collections.articles(found->id) : QList<qint64>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("Kanbao-tst_collections"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
        QSettings().clear();
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
        const QString error = test::importSamples(m_library);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(&m_dialogs);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openLibrary(m_library, false));
        QVERIFY(m_window->collectionsPanel());
        QVERIFY(m_window->collectionsDock());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    // From the search results' context menu into a new collection, which the sidebar then lists and opens.
    void addSearchResultsToANewCollectionAndOpenIt()
    {
        QCOMPARE(model()->rowCount(), 0);
        m_window->search(QStringLiteral("焦作"));
        QListView *view = m_window->searchResultsView();
        QTRY_VERIFY(view->model()->rowCount() > 3);
        view->selectionModel()->clearSelection();
        for (int row : {0, 2, 3}) {
            view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select);
            m_chosen << view->model()->index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
        }
        emit view->customContextMenuRequested(view->visualRect(view->model()->index(2, 0)).center());
        const QList<QMenu *> menus = view->findChildren<QMenu *>(QStringLiteral("addToCollectionMenu"));
        QVERIFY(!menus.isEmpty());
        QMenu *add = menus.last();
        m_dialogs.textAnswer = QStringLiteral("水利研究");
        add->actions().constLast()->trigger(); // New Collection…
        for (QMenu *menu : view->findChildren<QMenu *>(QStringLiteral("articleListContextMenu")))
            menu->close();
        QVERIFY2(m_dialogs.warnings.isEmpty(), qPrintable(m_dialogs.warnings.join(QLatin1Char('\n'))));

        // The sidebar lists it with its count.
        QCOMPARE(model()->rowCount(), 1);
        const QModelIndex index = model()->index(0, 0);
        QCOMPARE(index.data(CollectionModel::NameRole).toString(), QStringLiteral("水利研究"));
        QCOMPARE(index.data(CollectionModel::CountRole).toInt(), 3);
        QCOMPARE(index.data().toString(), QStringLiteral("水利研究 (3)"));

        // A click opens it: exactly its articles in the results list.
        m_window->collectionsDock()->show();
        m_window->collectionsDock()->raise();
        QListView *collections = m_window->collectionsPanel()->view();
        QTest::mouseClick(collections->viewport(), Qt::LeftButton, {}, collections->visualRect(index).center());
        QCOMPARE(m_window->searchField()->text(), QStringLiteral("collection:\"水利研究\""));
        QTRY_COMPARE(view->model()->rowCount(), 3);
        const QList<qint64> shown = shownIds();
        QCOMPARE(QSet<qint64>(shown.cbegin(), shown.cend()), QSet<qint64>(m_chosen.cbegin(), m_chosen.cend()));

        const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/collections_open.png")));
        QMenu *menu = m_window->collectionsPanel()->menuFor(0);
        QVERIFY(menu);
        menu->popup(collections->viewport()->mapToGlobal(collections->visualRect(index).center()));
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->grab().save(dir + QStringLiteral("/collections_menu.png")));
        menu->close();
    }

    // Adding to an existing collection, then undoing it, takes away only the articles that were new to it.
    void addToExistingAndUndo()
    {
        QListView *view = m_window->searchResultsView();
        m_window->search(QStringLiteral("焦作"));
        QTRY_VERIFY(view->model()->rowCount() > 4);
        const qint64 fresh = view->model()->index(4, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
        QVERIFY(!m_chosen.contains(fresh));
        QUndoStack *stack = m_window->notes()->undoStack();
        QVERIFY(m_window->collectionActions()->addToCollection(QStringLiteral("水利研究"), {m_chosen.first(), fresh}));
        QCOMPARE(members(QStringLiteral("水利研究")).size(), 4);
        QCOMPARE(model()->index(0, 0).data(CollectionModel::CountRole).toInt(), 4);
        QVERIFY(stack->undoText().contains(QStringLiteral("水利研究")));
        stack->undo();
        QCOMPARE(members(QStringLiteral("水利研究")).size(), 3);
        QVERIFY(members(QStringLiteral("水利研究")).contains(m_chosen.first())); // it was a member before
        QCOMPARE(model()->index(0, 0).data(CollectionModel::CountRole).toInt(), 3);
        stack->redo();
        QCOMPARE(members(QStringLiteral("水利研究")).size(), 4);
        stack->undo();
    }

    void renameAndUndo()
    {
        QUndoStack *stack = m_window->notes()->undoStack();
        QMenu *menu = m_window->collectionsPanel()->menuFor(0);
        m_dialogs.textAnswer = QStringLiteral("水利");
        actionNamed(menu, "renameCollectionAction")->trigger();
        delete menu;
        QCOMPARE(model()->index(0, 0).data(CollectionModel::NameRole).toString(), QStringLiteral("水利"));
        QCOMPARE(members(QStringLiteral("水利")).size(), 3);
        stack->undo();
        QCOMPARE(model()->index(0, 0).data(CollectionModel::NameRole).toString(), QStringLiteral("水利研究"));
        stack->redo();
        QCOMPARE(model()->index(0, 0).data(CollectionModel::NameRole).toString(), QStringLiteral("水利"));
        // A name another collection has is refused with a message, and nothing changes.
        QVERIFY(m_window->collectionActions()->addToCollection(QStringLiteral("另一个"), {m_chosen.first()}));
        QCOMPARE(model()->rowCount(), 2);
        const int row = model()->rowOf(QStringLiteral("另一个"));
        menu = m_window->collectionsPanel()->menuFor(row);
        m_dialogs.warnings.clear();
        actionNamed(menu, "renameCollectionAction")->trigger();
        delete menu;
        QCOMPARE(m_dialogs.warnings.size(), 1);
        QVERIFY(m_dialogs.warnings.first().contains(QStringLiteral("水利")));
        QVERIFY(model()->rowOf(QStringLiteral("另一个")) >= 0);
        m_dialogs.warnings.clear();
    }

    void deleteAsksAndUndoBringsItBack()
    {
        QUndoStack *stack = m_window->notes()->undoStack();
        const int row = model()->rowOf(QStringLiteral("水利"));
        QVERIFY(row >= 0);
        // Cancelled: nothing happens.
        m_dialogs.questionAnswer = QMessageBox::Cancel;
        QMenu *menu = m_window->collectionsPanel()->menuFor(row);
        actionNamed(menu, "deleteCollectionAction")->trigger();
        QCOMPARE(m_dialogs.questions.size(), 1);
        QVERIFY(model()->rowOf(QStringLiteral("水利")) >= 0);
        // Confirmed: gone, and undo brings it back with its articles.
        m_dialogs.questionAnswer = QMessageBox::Yes;
        actionNamed(menu, "deleteCollectionAction")->trigger();
        delete menu;
        QCOMPARE(model()->rowOf(QStringLiteral("水利")), -1);
        QVERIFY(members(QStringLiteral("水利")).isEmpty());
        stack->undo();
        QVERIFY(model()->rowOf(QStringLiteral("水利")) >= 0);
        const QList<qint64> back = members(QStringLiteral("水利"));
        QCOMPARE(QSet<qint64>(back.cbegin(), back.cend()), QSet<qint64>(m_chosen.cbegin(), m_chosen.cend()));
        QVERIFY(m_dialogs.warnings.isEmpty());
    }

    void exportsFullTextAndReferences_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("jsonl") << QStringLiteral("water.jsonl");
        QTest::newRow("csv") << QStringLiteral("water.csv");
        QTest::newRow("ris") << QStringLiteral("water.ris");
        QTest::newRow("bibtex") << QStringLiteral("water.bib");
    }
    void exportsFullTextAndReferences()
    {
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        m_dialogs.saveFileAnswer = path;
        const int row = model()->rowOf(QStringLiteral("水利"));
        QMenu *menu = m_window->collectionsPanel()->menuFor(row);
        const bool text = file.endsWith(QLatin1String(".jsonl")) || file.endsWith(QLatin1String(".csv"));
        actionNamed(menu, text ? "exportCollectionTextAction" : "exportCollectionReferencesAction")->trigger();
        delete menu;
        QVERIFY2(m_dialogs.warnings.isEmpty(), qPrintable(m_dialogs.warnings.join(QLatin1Char('\n'))));
        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray bytes = out.readAll();
        if (file.endsWith(QLatin1String(".jsonl"))) {
            const QList<QByteArray> lines = bytes.trimmed().split('\n');
            QCOMPARE(lines.size(), 3);
            QSet<qint64> ids;
            for (const QByteArray &line : lines) {
                QJsonParseError error;
                const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
                QCOMPARE(error.error, QJsonParseError::NoError);
                QVERIFY(!o.value(QStringLiteral("body")).toString().isEmpty());
                ids.insert(o.value(QStringLiteral("id")).toInteger());
            }
            QCOMPARE(ids, QSet<qint64>(m_chosen.cbegin(), m_chosen.cend()));
        } else if (file.endsWith(QLatin1String(".csv"))) {
            QVERIFY(bytes.startsWith("id,date,paper,page,headline,byline,body\n"));
            for (qint64 id : m_chosen)
                QVERIFY(bytes.contains("\n" + QByteArray::number(id) + ","));
        } else if (file.endsWith(QLatin1String(".ris"))) {
            QCOMPARE(bytes.count("TY  - "), 3);
            QCOMPARE(bytes.count("ER  -"), 3);
        } else {
            QCOMPARE(bytes.count("@article{"), qsizetype(3));
        }
    }

    // Edit ▸ Add to Collection adds the open article when no list has the focus.
    void editMenuAddsTheOpenArticle()
    {
        m_window->articleView()->setFocus();
        const qint64 open = m_window->currentArticleId();
        QVERIFY(open != 0);
        QMenu *edit = m_window->collectionActions()->editMenu();
        QVERIFY(edit);
        emit edit->aboutToShow();
        QAction *target = nullptr;
        for (QAction *action : edit->actions())
            if (action->text().startsWith(QStringLiteral("另一个")))
                target = action;
        QVERIFY(target);
        target->trigger();
        QVERIFY(members(QStringLiteral("另一个")).contains(open));
        QVERIFY(m_dialogs.warnings.isEmpty());
    }
};

QTEST_MAIN(TestCollections)
#include "tst_collections.moc"
