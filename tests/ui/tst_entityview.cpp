// The entity window on a library imported from the bundled samples: its lists agree with the entity
// store, its corrections reach the store, its CSV export writes the list; and a screenshot.
#include "articlelistmodel.h"
#include "entities/entitylistmodel.h"
#include "entities/entitywindow.h"
#include "entities/mentionchart.h"
#include "entitymodel.h"
#include "mainwindow.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QCheckBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace kanbao;

namespace {

const EntityKey lvPei{QStringLiteral("吕沛"), EntityType::Person};
const EntityKey gongWeihong{QStringLiteral("宫卫红"), EntityType::Person};
const EntityKey guanWeihong{QStringLiteral("官卫红"), EntityType::Person};

QStringList column(const QTreeWidget *tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(c);
    return out;
}

QStringList listedNames(EntityListModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->index(r, 0).data(EntityListModel::NameRole).toString();
    return names;
}

} // namespace

class TestEntityView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listMatchesStore_data();
    void listMatchesStore();
    void detailsOfOnePerson();
    void screenshot();
    void openingAnArticle();
    void mergeSuggestedVariant();
    void splitAndIgnore();
    void exportsCsv();
    void missingLibraryWarns();
    void listModelLoadsInBatches_data();
    void listModelLoadsInBatches();
    void openedFromTheMainWindow();
    void mainWindowSidebarFollowsDecisions_data();
    void mainWindowSidebarFollowsDecisions();

private:
    QTemporaryDir m_dir;
    QString m_samplesLibrary; // imported once, copied for each test
    QString m_path;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<EntityWindow> m_window;
    std::unique_ptr<Library> m_library; // a second connection, to check what the window did
    std::unique_ptr<EntityStore> m_store;
};

void TestEntityView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_samplesLibrary = m_dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(m_samplesLibrary);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEntityView::init()
{
    static int round = 0;
    m_path = m_dir.filePath(QStringLiteral("library%1.kanbao").arg(++round));
    // A library is one file once its WAL is checkpointed (on close).
    QVERIFY(QFile::copy(m_samplesLibrary, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<EntityWindow>(m_dialogs.get());
    QString error;
    QVERIFY2(m_window->openLibrary(m_path, &error), qPrintable(error));
    m_library = std::make_unique<Library>();
    QVERIFY(m_library->open(m_path));
    m_store = std::make_unique<EntityStore>(*m_library);
}

void TestEntityView::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_library.reset();
}

void TestEntityView::listMatchesStore_data()
{
    QTest::addColumn<int>("typeRow"); // in the type filter: 0 all, then person, organization, place
    QTest::addColumn<QString>("contains");
    QTest::addColumn<bool>("journalists");
    QTest::newRow("all") << 0 << QString() << false;
    QTest::newRow("people") << 1 << QString() << false;
    QTest::newRow("people and journalists") << 1 << QString() << true;
    QTest::newRow("organizations") << 2 << QString() << false;
    QTest::newRow("places") << 3 << QString() << false;
    QTest::newRow("people named 卫") << 1 << QStringLiteral("卫") << false;
}

void TestEntityView::listMatchesStore()
{
    QFETCH(int, typeRow);
    QFETCH(QString, contains);
    QFETCH(bool, journalists);
    QComboBox *types = m_window->typeFilter();
    QVERIFY(types);
    types->setCurrentIndex(typeRow);
    m_window->filterField()->setText(contains);
    m_window->journalistsFilter()->setChecked(journalists);
    QAbstractItemModelTester tester(m_window->listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    EntityFilter filter;
    filter.contains = contains;
    filter.includeJournalists = journalists;
    if (typeRow > 0)
        filter.type = EntityType(typeRow - 1);
    QStringList expected;
    for (const EntitySummary &s : m_store->entities(filter))
        expected << s.key.name;
    QVERIFY(!expected.isEmpty());
    const QStringList listed = listedNames(m_window->listModel());
    QCOMPARE(listed, expected);
    // A reporter of the samples' bylines is listed only when journalists are asked for.
    if (typeRow == 1 && contains.isEmpty())
        QCOMPARE(listed.contains(QStringLiteral("郭树勋")), journalists);
    EntityListModel *model = m_window->listModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (filter.type)
            QCOMPARE(model->index(r, 0).data(EntityListModel::TypeRole).toInt(), int(*filter.type));
        QVERIFY(model->index(r, EntityListModel::FirstColumn).data().toString()
                <= model->index(r, EntityListModel::LastColumn).data().toString());
    }
}

void TestEntityView::detailsOfOnePerson()
{
    m_window->showEntity(lvPei);
    const std::optional<EntitySummary> lv = m_store->entity(lvPei);
    QVERIFY(lv);
    QVERIFY(m_window->headerLabel()->text().contains(lvPei.name));
    QVERIFY(m_window->headerLabel()->text().contains(lv->first.toString(Qt::ISODate)));
    // The listed row is the one shown.
    QCOMPARE(m_window->listModel()->keyAt(m_window->listView()->currentIndex().row()), lvPei);

    // Mentions over time: every mention in some month, months consecutive.
    QCOMPARE(m_window->chart()->total(), lv->mentions);
    const QList<EntityPeriod> months = m_window->chart()->months();
    QVERIFY(!months.isEmpty());
    for (qsizetype i = 1; i < months.size(); ++i)
        QCOMPARE(months[i].period, months[i - 1].period.addMonths(1));

    // The articles, oldest first, as the store lists them.
    ArticleListModel *articles = m_window->articlesModel();
    while (articles->canFetchMore({}))
        articles->fetchMore({});
    const QList<EntityArticle> stored = m_store->articles(lvPei);
    QCOMPARE(articles->rowCount(), int(stored.size()));
    for (int r = 0; r < articles->rowCount(); ++r)
        QCOMPARE(articles->index(r).data(ArticleListModel::ArticleIdRole).toLongLong(), stored[r].articleId);

    // People named with him, and his offices.
    const QStringList companions = column(m_window->companionsView(), 0);
    QVERIFY(companions.contains(gongWeihong.name));
    QVERIFY(!companions.contains(lvPei.name));
    QCOMPARE(companions.size(), int(m_store->coMentioned(lvPei, EntityType::Person, 50).size()));
    const QStringList offices = column(m_window->officesView(), 0);
    QCOMPARE(offices.size(), int(m_store->offices(lvPei).size()));
    QVERIFY(offices.contains(QStringLiteral("党工委书记")));

    // A companion opens in turn.
    QTreeWidgetItem *gong = m_window->companionsView()->findItems(gongWeihong.name, Qt::MatchExactly).value(0);
    QVERIFY(gong);
    emit m_window->companionsView()->itemActivated(gong, 0);
    QCOMPARE(m_window->currentEntity(), gongWeihong);
}

void TestEntityView::screenshot()
{
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showEntity(lvPei);
    QCoreApplication::processEvents();
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir + QStringLiteral("/entityview.png")));
    // The offices timeline tab.
    auto *detailTabs = qobject_cast<QTabWidget *>(m_window->officesView()->parentWidget()->parentWidget());
    QVERIFY(detailTabs);
    detailTabs->setCurrentWidget(m_window->officesView());
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/entityview_offices.png")));
    m_window->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/entityview_variants.png")));
}

void TestEntityView::openingAnArticle()
{
    m_window->showEntity(lvPei);
    QSignalSpy opened(m_window.get(), &EntityWindow::articleActivated);
    const QModelIndex first = m_window->articlesModel()->index(0);
    QVERIFY(first.isValid());
    emit m_window->articlesView()->activated(first);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), first.data(ArticleListModel::ArticleIdRole).toLongLong());
}

void TestEntityView::mergeSuggestedVariant()
{
    // 宫卫红 and 官卫红: one person, one character misread; whichever is rarer is offered for merging.
    QTreeWidget *variants = m_window->variantsView();
    QCOMPARE(variants->topLevelItemCount(), 0); // not computed until looked at
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->tabs()->setCurrentIndex(1);
    const QStringList rarer = column(variants, 0);
    int row = int(rarer.indexOf(guanWeihong.name));
    EntityKey from = guanWeihong, into = gongWeihong;
    if (row < 0) {
        row = int(rarer.indexOf(gongWeihong.name));
        std::swap(from, into);
    }
    QVERIFY2(row >= 0, qPrintable(rarer.join(QLatin1Char(','))));
    QCOMPARE(variants->topLevelItem(row)->text(2), into.name);
    const int both = m_store->entity(gongWeihong)->mentions + m_store->entity(guanWeihong)->mentions;

    variants->setCurrentItem(variants->topLevelItem(row));
    auto *merge = m_window->findChildren<QPushButton *>().value(0);
    for (QPushButton *b : m_window->findChildren<QPushButton *>()) {
        if (b->text() == EntityWindow::tr("Merge"))
            merge = b;
    }
    QTest::mouseClick(merge, Qt::LeftButton);
    QVERIFY2(m_dialogs->warnings.isEmpty(), qPrintable(m_dialogs->warnings.join(QLatin1Char('\n'))));
    QVERIFY2(!column(variants, 0).contains(from.name), qPrintable(column(variants, 0).join(QLatin1Char(',')) + QStringLiteral(" / ") + from.name));
    QCOMPARE(m_store->entity(into)->mentions, both);
    QVERIFY(!m_store->entity(from));
    QVERIFY(!listedNames(m_window->listModel()).contains(from.name));
    QCOMPARE(m_window->currentEntity(), into);
    QVERIFY(m_window->headerLabel()->text().contains(from.name)); // "also written"

    // Refusing the other suggestions keeps them apart.
    const int left = variants->topLevelItemCount();
    if (left > 0) {
        QVERIFY(m_window->rejectSuggestion(0));
        QCOMPARE(variants->topLevelItemCount(), left - 1);
    }
}

void TestEntityView::splitAndIgnore()
{
    m_window->showEntity(lvPei);
    const std::optional<EntitySummary> before = m_store->entity(lvPei);
    QVERIFY(before && before->articles >= 2);
    QListView *articles = m_window->articlesView();
    articles->setCurrentIndex(m_window->articlesModel()->index(0));
    const qint64 firstId = m_window->articlesModel()->index(0).data(ArticleListModel::ArticleIdRole).toLongLong();
    const EntityKey other{QStringLiteral("吕沛（另一人）"), EntityType::Person};

    QVERIFY(!m_window->splitSelectedArticles(QString())); // no name: refused, nothing stored
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QCOMPARE(m_store->entity(lvPei)->mentions, before->mentions);

    QVERIFY(m_window->splitSelectedArticles(other.name));
    QCOMPARE(m_store->articles(other).value(0).articleId, firstId);
    QCOMPARE(m_store->entity(lvPei)->articles, before->articles - 1);

    m_window->showEntity(other);
    QVERIFY(m_window->ignoreCurrent());
    QVERIFY(!m_store->entity(other));
    QVERIFY(!listedNames(m_window->listModel()).contains(other.name));

    // Both decisions are listed; taking them back (newest first) restores the entity as it was.
    QTreeWidget *decisions = m_window->decisionsView();
    QCOMPARE(decisions->topLevelItemCount(), 2);
    const auto rowOf = [&](const QString &kind) {
        for (int r = 0; r < decisions->topLevelItemCount(); ++r) {
            if (decisions->topLevelItem(r)->text(0) == kind)
                return r;
        }
        return -1;
    };
    QVERIFY(m_window->undoDecision(rowOf(EntityWindow::tr("Ignored"))));
    QVERIFY(listedNames(m_window->listModel()).contains(other.name));
    QVERIFY(m_window->undoDecision(rowOf(EntityWindow::tr("Split off as"))));
    QCOMPARE(decisions->topLevelItemCount(), 0);
    QCOMPARE(m_store->entity(lvPei)->mentions, before->mentions);
    QVERIFY(!m_store->entity(other));
    QVERIFY(!m_window->undoDecision(0)); // nothing left: refused with a message
    QCOMPARE(m_dialogs->warnings.size(), 2);
}

void TestEntityView::exportsCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("entities.csv"));
    m_dialogs->saveFileAnswer = path;
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("exportEntitiesButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(m_dialogs->warnings.isEmpty(), qPrintable(m_dialogs->warnings.join(QLatin1Char('\n'))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // What the list shows is exported: journalists only when the filter asks for them.
    EntityFilter shown;
    shown.includeJournalists = m_window->journalistsFilter()->isChecked();
    QCOMPARE(lines.size(), int(m_store->entities(shown).size()) + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("name,type,mentions")));

    // An unwritable place: a warning naming it, no crash.
    m_dialogs->saveFileAnswer = m_dir.filePath(QStringLiteral("no/such/folder/entities.csv"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY(m_dialogs->warnings.first().contains(QStringLiteral("no/such/folder")));
}

void TestEntityView::missingLibraryWarns()
{
    QVERIFY(!EntityWindow::open(m_dir.filePath(QStringLiteral("missing.kanbao")), lvPei, m_dialogs.get(), nullptr));
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY(m_dialogs->warnings.first().contains(QStringLiteral("missing.kanbao")));
}

void TestEntityView::openedFromTheMainWindow()
{
    m_window.reset();
    MainWindow main(m_dialogs.get());
    QVERIFY(main.openLibrary(m_path, false));
    // An article that names him: the sidebar lists its entities; a double click opens his window.
    const qint64 articleId = m_store->articles(lvPei).value(0).articleId;
    QVERIFY(articleId != 0);
    main.openArticle(articleId);
    EntityModel *entities = main.entityModel();
    QModelIndex lv;
    for (int g = 0; g < entities->rowCount() && !lv.isValid(); ++g) {
        const QModelIndex group = entities->index(g, 0);
        for (int r = 0; r < entities->rowCount(group); ++r) {
            if (entities->index(r, 0, group).data(EntityModel::NameRole).toString() == lvPei.name)
                lv = entities->index(r, 0, group);
        }
    }
    QVERIFY(lv.isValid());
    emit main.entityView()->doubleClicked(lv);
    auto *window = main.findChild<EntityWindow *>();
    QVERIFY(window);
    QCOMPARE(window->currentEntity(), lvPei);
    QVERIFY(window->isVisible());

    // An article chosen there opens in the main window.
    const QModelIndex last = window->articlesModel()->index(window->articlesModel()->rowCount() - 1);
    emit window->articlesView()->activated(last);
    QCOMPARE(main.currentArticleId(), last.data(ArticleListModel::ArticleIdRole).toLongLong());
    QVERIFY(m_dialogs->warnings.isEmpty());
}

void TestEntityView::mainWindowSidebarFollowsDecisions_data()
{
    QTest::addColumn<bool>("merge"); // 官卫红 merged into 宫卫红; otherwise 官卫红 ignored
    QTest::newRow("merged misreading") << true;
    QTest::newRow("ignored name") << false;
}

void TestEntityView::mainWindowSidebarFollowsDecisions()
{
    QFETCH(bool, merge);
    m_window.reset();
    const QList<EntityArticle> guan = m_store->articles(guanWeihong);
    QVERIFY(!guan.isEmpty());
    const qint64 articleId = guan.first().articleId;
    int mentionsHere = guan.first().mentions;
    QSet<qint64> either;
    for (const EntityArticle &a : guan)
        either.insert(a.articleId);
    for (const EntityArticle &a : m_store->articles(gongWeihong)) {
        either.insert(a.articleId);
        if (a.articleId == articleId)
            mentionsHere += a.mentions;
    }
    QVERIFY2(merge ? m_store->merge(guanWeihong, gongWeihong) : m_store->ignore(guanWeihong),
             qPrintable(m_store->lastError()));

    MainWindow main(m_dialogs.get());
    QVERIFY(main.openLibrary(m_path, false));
    main.openArticle(articleId);
    EntityModel *entities = main.entityModel();
    QStringList names;
    QModelIndex gong;
    for (int g = 0; g < entities->rowCount(); ++g) {
        const QModelIndex group = entities->index(g, 0);
        for (int r = 0; r < entities->rowCount(group); ++r) {
            const QModelIndex entity = entities->index(r, 0, group);
            names << entity.data(EntityModel::NameRole).toString();
            if (names.last() == gongWeihong.name)
                gong = entity;
        }
    }
    QVERIFY(!names.isEmpty());
    QVERIFY2(!names.contains(guanWeihong.name), qPrintable(names.join(QLatin1Char(','))));
    if (!merge)
        return;
    QCOMPARE(names.count(gongWeihong.name), 1);
    QCOMPARE(gong.data(EntityModel::MentionsRole).toInt(), mentionsHere);

    // A click lists the articles of both spellings, oldest first.
    emit main.entityView()->clicked(gong);
    ArticleListModel *articles = main.entityArticlesModel();
    QTRY_COMPARE(articles->rowCount(), int(either.size()));
    QSet<qint64> listed;
    for (int r = 0; r < articles->rowCount(); ++r) {
        listed.insert(articles->index(r, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
        if (r > 0)
            QVERIFY(articles->index(r - 1, 0).data(ArticleListModel::DateRole).toDate()
                    <= articles->index(r, 0).data(ArticleListModel::DateRole).toDate());
    }
    QCOMPARE(listed, either);
    QVERIFY(m_dialogs->warnings.isEmpty());
}

void TestEntityView::listModelLoadsInBatches_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("batch");
    QTest::newRow("empty") << 0 << 7;
    QTest::newRow("less than a batch") << 5 << 7;
    QTest::newRow("exactly two batches") << 14 << 7;
    QTest::newRow("many batches") << 100 << 7;
}

void TestEntityView::listModelLoadsInBatches()
{
    QFETCH(int, total);
    QFETCH(int, batch);
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int calls = 0;
    model.setFetcher(
        [&](int offset, int limit) {
            ++calls;
            QList<EntitySummary> rows;
            for (int i = offset; i < std::min(total, offset + limit); ++i) {
                EntitySummary s;
                s.key = {QStringLiteral("名%1").arg(i), EntityType(i % 3)};
                s.mentions = total - i;
                rows << s;
            }
            return rows;
        },
        batch);
    QCOMPARE(model.rowCount(), std::min(total, batch));
    QCOMPARE(listedNames(&model).size(), total);
    QCOMPARE(calls, total / batch + 1);
    QVERIFY(!model.canFetchMore({}));
    if (total > 0) {
        QCOMPARE(model.index(total - 1, EntityListModel::NameColumn).data().toString(), QStringLiteral("名%1").arg(total - 1));
        QCOMPARE(model.index(total - 1, EntityListModel::MentionsColumn).data().toInt(), 1);
        QCOMPARE(model.rowOf(model.keyAt(total - 1)), total - 1);
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestEntityView)
#include "tst_entityview.moc"
