#include "mainwindow.h"

#include "corrections/correctionscontroller.h"
#include "corrections/pagemetadatacontroller.h"
#include "timelinewindow.h"

#include "firststartlayout.h"
#include "handbookwindow.h"

#include "articlelistmodel.h"
#include "articleview.h"
#include "citationcontroller.h"
#include "backgroundreader.h"
#include "dialogprovider.h"
#include "entitymodel.h"
#include "entities/entitywindow.h"
#include "importwizard.h"
#include "issuecalendar.h"
#include "issuecontentsmodel.h"
#include "language.h"
#include "rememberingdialogs.h"
#include "richtextdelegate.h"
#include "sessionstate.h"
#include "storereader.h"
#include "search/savedsearchmodel.h"
#include "search/searchasyoutype.h"
#include "search/collectionactions.h"
#include "search/collectionspanel.h"
#include "search/searchoverview.h"
#include "formats/pageformats.h"
#include "notes/articlehighlighter.h"
#include "notes/notescontroller.h"
#include "facsimile/facsimiledock.h"

#include "kanbao_version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QScreen>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace kanbao {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString FontSizeKey = QStringLiteral("reader/fontSize");
const QString RecentKey = QStringLiteral("library/recent");
const QString LastLibraryKey = QStringLiteral("library/last");
const QString LanguageKey = QStringLiteral("ui/language");
const QString ShowJournalistsKey = QStringLiteral("sidebar/showJournalists");
constexpr int MaxRecent = 8;
} // namespace

MainWindow::MainWindow(DialogProvider *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs)
    , m_readerFactory(&openStoreReader)
{
    if (!m_dialogs) {
        m_ownedDialogs = std::make_unique<RememberingDialogProvider>(std::make_unique<WidgetDialogProvider>());
        m_dialogs = m_ownedDialogs.get();
    }
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // Tabs of docks stacked at the sides run vertically: four titles side by side in a 400-pixel dock were cut
    // to "People, Organizat…" and "Se…"; stacked, each has the height it needs.
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::VerticalTabs);

    m_centre = new QStackedWidget(this);
    m_articleView = new ArticleView(m_centre);
    m_centre->addWidget(m_articleView);

    // Shown instead of the reading pane while the library is empty: the way in is an import.
    m_emptyPanel = new QWidget(m_centre);
    m_emptyPanel->setObjectName(QStringLiteral("emptyLibraryPanel"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPanel);
    emptyLayout->addStretch(2);
    m_emptyTitle = new QLabel(m_emptyPanel);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(m_emptyPanel);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_importSamplesButton = new QPushButton(m_emptyPanel);
    m_importSamplesButton->setObjectName(QStringLiteral("importSamplesButton"));
    m_importFolderButton = new QPushButton(m_emptyPanel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_importSamplesButton);
    buttons->addWidget(m_importFolderButton);
    buttons->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(16);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(3);
    m_centre->addWidget(m_emptyPanel);
    setCentralWidget(m_centre);
    connect(m_importSamplesButton, &QPushButton::clicked, this, &MainWindow::importSamples);
    connect(m_importFolderButton, &QPushButton::clicked, this, &MainWindow::chooseImportFolder);

    createDocks();
    createActions();
    createMenus();

    m_notes = new NotesController(m_articleView, m_dialogs, this);
    m_notes->install(m_fileMenu, m_editMenu, m_viewMenu, m_viewMenu);
    m_notes->setArticleLists({{m_contentsView, IssueContentsModel::ArticleIdRole},
                              {m_searchView, ArticleListModel::ArticleIdRole},
                              {m_entityArticlesView, ArticleListModel::ArticleIdRole}});
    m_notes->addTagFilter(m_searchView, ArticleListModel::ArticleIdRole);
    m_notes->addTagFilter(m_entityArticlesView, ArticleListModel::ArticleIdRole);
    connect(m_notes, &NotesController::openArticleRequested, this, [this](qint64 id) { openArticle(id); });
    m_facsimile = new FacsimileDock(this, m_dialogs, m_notes->highlighter());
    m_viewMenu->insertAction(m_officesTimelineAction, m_facsimile->toggleAction());
    connect(m_facsimile, &FacsimileDock::articleRequested, this,
            [this](qint64 id) { openArticle(id, m_articleView->highlightQuery()); });
    connect(m_notes, &NotesController::tagSearchRequested, this, &MainWindow::search);
    installCitations();
    m_corrections = new CorrectionsController(m_articleView, m_notes, this);
    m_corrections->install(m_viewMenu);
    connect(m_corrections, &CorrectionsController::pageCorrected, this, [this](qint64 id) {
        m_currentIssue = {}; // its contents and counts changed: read again
        m_calendar->reload();
        showLibraryState(); // the library's article count in the status bar
        openArticle(id);
    });
    connect(m_corrections, &CorrectionsController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_corrections->setDialogs(m_dialogs);
    connect(m_corrections, &CorrectionsController::articleRequested, this, [this](qint64 id) { openArticle(id); });
    connect(m_citations, &CitationController::articleMenuAboutToShow, m_corrections,
            &CorrectionsController::fillArticleListMenu);
    m_pageMetadata = new PageMetadataController(m_articleView, m_notes, this);
    m_pageMetadata->install(m_editMenu);
    connect(m_pageMetadata, &PageMetadataController::pagesCorrected, this, [this] {
        // Pages moved to other issues or papers: the calendar, the issue and the article header read again.
        const qint64 shown = currentArticleId();
        m_currentIssue = {};
        m_calendar->reload();
        showLibraryState();
        if (shown)
            openArticle(shown);
        updateActions();
    });
    connect(m_pageMetadata, &PageMetadataController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    m_statusLibrary = new QLabel(this);
    m_statusLibrary->setObjectName(QStringLiteral("statusLibrary"));
    statusBar()->addPermanentWidget(m_statusLibrary);

    connect(m_articleView, &ArticleView::fontSizeChanged, this, [](int points) {
        QSettings().setValue(FontSizeKey, points);
    });

    retranslate();
    updateActions();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::setReaderFactory(ReaderFactory factory)
{
    m_readerFactory = std::move(factory);
}

void MainWindow::createDocks()
{
    // Issues: month navigation, the calendar, a chooser for days with several issues, the contents.
    auto *issuesWidget = new QWidget(this);
    auto *issuesLayout = new QVBoxLayout(issuesWidget);
    issuesLayout->setContentsMargins(6, 6, 6, 6);
    auto *monthRow = new QHBoxLayout;
    m_previousMonthButton = new QToolButton(issuesWidget);
    m_previousMonthButton->setObjectName(QStringLiteral("previousIssueMonthButton"));
    m_previousMonthButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_nextMonthButton = new QToolButton(issuesWidget);
    m_nextMonthButton->setObjectName(QStringLiteral("nextIssueMonthButton"));
    m_nextMonthButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    monthRow->addWidget(m_previousMonthButton);
    monthRow->addStretch();
    monthRow->addWidget(m_nextMonthButton);
    issuesLayout->addLayout(monthRow);
    m_calendar = new IssueCalendar(issuesWidget);
    issuesLayout->addWidget(m_calendar);
    m_issueChooser = new QComboBox(issuesWidget);
    m_issueChooser->setObjectName(QStringLiteral("issueChooser"));
    issuesLayout->addWidget(m_issueChooser);
    m_issueTitle = new QLabel(issuesWidget);
    m_issueTitle->setObjectName(QStringLiteral("issueTitle"));
    QFont issueFont = m_issueTitle->font();
    issueFont.setBold(true);
    m_issueTitle->setFont(issueFont);
    m_issueTitle->setWordWrap(true);
    issuesLayout->addWidget(m_issueTitle);
    m_contentsModel = new IssueContentsModel(this);
    m_contentsView = new QTreeView(issuesWidget);
    m_contentsView->setObjectName(QStringLiteral("contentsView"));
    m_contentsView->setModel(m_contentsModel);
    m_contentsView->setHeaderHidden(true);
    m_contentsView->setUniformRowHeights(true);
    m_contentsView->setExpandsOnDoubleClick(true);
    issuesLayout->addWidget(m_contentsView, 1);

    m_issuesDock = new QDockWidget(this);
    m_issuesDock->setObjectName(QStringLiteral("issuesDock"));
    m_issuesDock->setWidget(issuesWidget);
    m_issuesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                              | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_issuesDock);

    connect(m_calendar, &QCalendarWidget::clicked, this, &MainWindow::onDateActivated);
    connect(m_calendar, &QCalendarWidget::activated, this, &MainWindow::onDateActivated);
    connect(m_calendar, &IssueCalendar::issuesLoaded, this, &MainWindow::updateActions);
    connect(m_previousMonthButton, &QToolButton::clicked, m_calendar, &IssueCalendar::showPreviousIssueMonth);
    connect(m_nextMonthButton, &QToolButton::clicked, m_calendar, &IssueCalendar::showNextIssueMonth);
    connect(m_issueChooser, &QComboBox::activated, this, &MainWindow::onIssueChosen);
    connect(m_contentsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onContentsCurrentChanged);

    // Entities of the current article, and the articles that mention the one clicked.
    auto *entitiesWidget = new QWidget(this);
    auto *entitiesLayout = new QVBoxLayout(entitiesWidget);
    entitiesLayout->setContentsMargins(6, 6, 6, 6);
    m_entityModel = new EntityModel(this);
    m_entityView = new QTreeView(entitiesWidget);
    m_entityView->setObjectName(QStringLiteral("entityView"));
    m_entityView->setModel(m_entityModel);
    m_entityView->setHeaderHidden(true);
    m_entityView->setUniformRowHeights(true);
    // Reporters are named in nearly every byline: among the people an article is about they would
    // outnumber its subjects, so they stay hidden until asked for (as in the entity window and the CLI).
    m_showJournalistsBox = new QCheckBox(entitiesWidget);
    m_showJournalistsBox->setObjectName(QStringLiteral("showJournalists"));
    m_showJournalistsBox->setChecked(QSettings().value(ShowJournalistsKey, false).toBool());
    m_entityModel->setShowJournalists(m_showJournalistsBox->isChecked());
    connect(m_showJournalistsBox, &QCheckBox::toggled, this, [this](bool show) {
        m_entityModel->setShowJournalists(show);
        m_entityView->expandAll();
        QSettings().setValue(ShowJournalistsKey, show);
        updateJournalistsBox();
    });
    entitiesLayout->addWidget(m_showJournalistsBox);
    entitiesLayout->addWidget(m_entityView, 3);
    m_entityArticlesLabel = new QLabel(entitiesWidget);
    m_entityArticlesLabel->setWordWrap(true);
    entitiesLayout->addWidget(m_entityArticlesLabel);
    m_entityArticlesModel = new ArticleListModel(this);
    m_entityArticlesView = new QListView(entitiesWidget);
    m_entityArticlesView->setObjectName(QStringLiteral("entityArticlesView"));
    m_entityArticlesView->setModel(m_entityArticlesModel);
    connect(m_entityArticlesModel, &ArticleListModel::batchArrived, this, &MainWindow::updateEntityArticlesLabel);
    m_entityArticlesView->setUniformItemSizes(true);
    entitiesLayout->addWidget(m_entityArticlesView, 2);
    m_entitiesDock = new QDockWidget(this);
    m_entitiesDock->setObjectName(QStringLiteral("entitiesDock"));
    m_entitiesDock->setWidget(entitiesWidget);
    addDockWidget(Qt::RightDockWidgetArea, m_entitiesDock);
    connect(m_entityView, &QTreeView::clicked, this, &MainWindow::onEntityActivated);
    connect(m_entityView, &QTreeView::activated, this, &MainWindow::onEntityActivated);
    // A double click opens the entity's own window (ui/entities/): its mentions over time, offices, companions.
    connect(m_entityView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(EntityModel::IsGroupRole).toBool() || m_libraryPath.isEmpty())
            return;
        const EntityKey key{index.data(EntityModel::NameRole).toString(),
                            EntityType(index.data(EntityModel::EntityTypeRole).toInt())};
        if (EntityWindow *window = EntityWindow::open(m_libraryPath, key, m_dialogs, this))
            connect(window, &EntityWindow::articleActivated, this, [this](qint64 id) { openArticle(id); });
    });
    connect(m_entityArticlesView, &QListView::clicked, this, &MainWindow::onArticleListActivated);
    connect(m_entityArticlesView, &QListView::activated, this, &MainWindow::onArticleListActivated);

    // Search: the field and the results, hits in bold.
    auto *searchWidget = new QWidget(this);
    auto *searchLayout = new QVBoxLayout(searchWidget);
    searchLayout->setContentsMargins(6, 6, 6, 6);
    m_searchField = new QLineEdit(searchWidget);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setClearButtonEnabled(true);
    searchLayout->addWidget(m_searchField);
    m_searchStatus = new QLabel(searchWidget);
    searchLayout->addWidget(m_searchStatus);
    m_searchModel = new ArticleListModel(this);
    m_searchView = new QListView(searchWidget);
    m_searchView->setObjectName(QStringLiteral("searchResultsView"));
    m_searchView->setModel(m_searchModel);
    connect(m_searchModel, &ArticleListModel::batchArrived, this, &MainWindow::updateSearchStatus);
    m_searchView->setItemDelegate(new RichTextDelegate(ArticleListModel::HtmlRole, m_searchView));
    m_searchView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_searchView->setWordWrap(true);
    m_searchView->setResizeMode(QListView::Adjust);
    // Rows of wrapped rich text differ in height and each costs a text layout to measure: lay them out a
    // few dozen per turn of the event loop, or a long result list (or a resize) freezes the window.
    m_searchView->setLayoutMode(QListView::Batched);
    m_searchView->setBatchSize(40);
    // Sort, hits over time and facets above the results, the split between them movable.
    m_searchOverview = new SearchOverview(searchWidget);
    auto *searchSplitter = new QSplitter(Qt::Vertical, searchWidget);
    searchSplitter->setObjectName(QStringLiteral("searchSplitter"));
    searchSplitter->addWidget(m_searchOverview);
    // The results in a box of their own: the notes' tag filter installs itself above the list in its layout.
    auto *resultsBox = new QWidget(searchSplitter);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_searchView);
    searchSplitter->addWidget(resultsBox);
    searchSplitter->setStretchFactor(0, 1);
    searchSplitter->setStretchFactor(1, 2);
    searchLayout->addWidget(searchSplitter, 1);
    auto *staleLabel = new QLabel(searchWidget);
    searchLayout->insertWidget(searchLayout->indexOf(m_searchStatus) + 1, staleLabel);
    m_searchAsYouType = new SearchAsYouType(m_searchField, m_searchView, staleLabel, this);
    m_searchDock = new QDockWidget(this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(searchWidget);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    // A tab next to the entities rather than a slice under them: the results get the window's height.
    tabifyDockWidget(m_entitiesDock, m_searchDock);
    m_entitiesDock->raise();
    connect(m_searchOverview, &SearchOverview::filterRequested, this,
            [this](const QString &filter) { search(SearchOverview::refine(m_searchQuery, filter)); });
    connect(m_searchOverview, &SearchOverview::sortChanged, this, [this] {
        if (!m_searchQuery.isEmpty())
            search(m_searchQuery);
    });
    connect(m_searchOverview, &SearchOverview::unitChanged, this, &MainWindow::refreshSearchOverview);
    connect(m_searchOverview, &SearchOverview::concordanceRequested, this, &MainWindow::showConcordance);
    m_concordanceView = new ConcordanceView(m_dialogs, this);
    m_concordanceDock = new QDockWidget(this);
    m_concordanceDock->setObjectName(QStringLiteral("concordanceDock"));
    m_concordanceDock->setWidget(m_concordanceView);
    addDockWidget(Qt::BottomDockWidgetArea, m_concordanceDock);
    m_concordanceDock->hide();
    connect(m_concordanceView, &ConcordanceView::contextChanged, this, &MainWindow::showConcordance);
    connect(m_concordanceView, &ConcordanceView::articleActivated, this,
            [this](qint64 id, const QString &query) { openArticle(id, query); });
    // Saved searches, beside the issues: a click runs one and counts its hits as seen.
    m_savedSearchModel = new SavedSearchModel(this);
    m_savedSearchView = new QListView(this);
    m_savedSearchView->setObjectName(QStringLiteral("savedSearchView"));
    m_savedSearchView->setModel(m_savedSearchModel);
    m_savedSearchDock = new QDockWidget(this);
    m_savedSearchDock->setObjectName(QStringLiteral("savedSearchDock"));
    m_savedSearchDock->setWidget(m_savedSearchView);
    addDockWidget(Qt::LeftDockWidgetArea, m_savedSearchDock);
    tabifyDockWidget(m_issuesDock, m_savedSearchDock);
    m_issuesDock->raise();
    connect(m_savedSearchView, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!m_reader || !index.isValid())
            return;
        m_reader->markSearchOpened(index.data(SavedSearchModel::IdRole).toLongLong());
        search(index.data(SavedSearchModel::QueryRole).toString());
        refreshSavedSearches();
    });
    connect(m_searchOverview, &SearchOverview::saveRequested, this, [this] {
        if (!m_reader || m_searchQuery.isEmpty())
            return;
        if (!m_reader->saveSearch(m_searchQuery, m_searchQuery))
            m_dialogs->warning(this, tr("Save search"), m_reader->errorString());
        refreshSavedSearches();
        m_savedSearchDock->show();
    });
    connect(m_searchAsYouType, &SearchAsYouType::searchRequested, this, [this](const QString &query) { search(query); });
    connect(m_searchView, &QListView::clicked, this, &MainWindow::onArticleListActivated);
    connect(m_searchView, &QListView::activated, this, &MainWindow::onArticleListActivated);

    resizeDocks({m_issuesDock, m_entitiesDock}, {330, 300}, Qt::Horizontal);
}

static QAction *makeAction(QObject *parent, const char *objectName)
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

void MainWindow::createActions()
{
    m_newLibraryAction = makeAction(this, "newLibraryAction");
    m_newLibraryAction->setShortcut(QKeySequence::New);
    connect(m_newLibraryAction, &QAction::triggered, this, &MainWindow::newLibrary);
    m_openLibraryAction = makeAction(this, "openLibraryAction");
    m_openLibraryAction->setShortcut(QKeySequence::Open);
    connect(m_openLibraryAction, &QAction::triggered, this, &MainWindow::chooseLibrary);
    m_importAction = makeAction(this, "importAction");
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImportFolder);
    m_importSamplesAction = makeAction(this, "importSamplesAction");
    connect(m_importSamplesAction, &QAction::triggered, this, &MainWindow::importSamples);
    m_quitAction = makeAction(this, "quitAction");
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = makeAction(this, "clearRecentAction");
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(RecentKey);
        updateRecentMenu();
    });

    m_copyCitationAction = makeAction(this, "copyCitationAction");
    m_copyCitationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyCitationAction, &QAction::triggered, this, &MainWindow::copyWithCitation);
    m_findAction = makeAction(this, "findAction");
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    m_largerAction = makeAction(this, "largerTextAction");
    m_largerAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(m_largerAction, &QAction::triggered, this, [this] { changeFontSize(+1); });
    m_smallerAction = makeAction(this, "smallerTextAction");
    m_smallerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_smallerAction, &QAction::triggered, this, [this] { changeFontSize(-1); });
    m_resetSizeAction = makeAction(this, "resetTextSizeAction");
    m_resetSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_resetSizeAction, &QAction::triggered, this,
            [this] { m_articleView->setFontSize(ArticleView::DefaultFontSize); });

    // Single letters first, so the menus show the key readers of long runs use most.
    m_nextArticleAction = makeAction(this, "nextArticleAction");
    m_nextArticleAction->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)});
    connect(m_nextArticleAction, &QAction::triggered, this, &MainWindow::nextArticle);
    m_previousArticleAction = makeAction(this, "previousArticleAction");
    m_previousArticleAction->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)});
    connect(m_previousArticleAction, &QAction::triggered, this, &MainWindow::previousArticle);
    m_nextIssueAction = makeAction(this, "nextIssueAction");
    m_nextIssueAction->setShortcuts({QKeySequence(Qt::Key_N), QKeySequence(Qt::ALT | Qt::Key_Right)});
    connect(m_nextIssueAction, &QAction::triggered, this, &MainWindow::nextIssue);
    m_previousIssueAction = makeAction(this, "previousIssueAction");
    m_previousIssueAction->setShortcuts({QKeySequence(Qt::Key_P), QKeySequence(Qt::ALT | Qt::Key_Left)});
    connect(m_previousIssueAction, &QAction::triggered, this, &MainWindow::previousIssue);
    m_nextMonthAction = makeAction(this, "nextIssueMonthAction");
    m_nextMonthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right));
    connect(m_nextMonthAction, &QAction::triggered, m_calendar, &IssueCalendar::showNextIssueMonth);
    m_previousMonthAction = makeAction(this, "previousIssueMonthAction");
    m_previousMonthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left));
    connect(m_previousMonthAction, &QAction::triggered, m_calendar, &IssueCalendar::showPreviousIssueMonth);
    m_latestIssueAction = makeAction(this, "latestIssueAction");
    m_latestIssueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    connect(m_latestIssueAction, &QAction::triggered, this, [this] {
        if (m_reader) {
            if (const auto latest = m_reader->latestIssueDate())
                showDate(*latest);
        }
    });

    m_aboutAction = makeAction(this, "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        m_dialogs->information(this, tr("About Kanbao"),
                               tr("Kanbao %1\nRead and annotate archives of Chinese local newspapers.")
                                   .arg(QStringLiteral(KANBAO_VERSION_STRING)));
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QString chosen = QSettings().value(LanguageKey).toString();
    for (const QString &code : Language::codes()) {
        auto *action = new QAction(m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setChecked(code == chosen);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    // The shortcuts of the navigation actions must work wherever focus is in the window.
    addActions({m_nextArticleAction, m_previousArticleAction, m_nextIssueAction, m_previousIssueAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newLibraryAction);
    m_fileMenu->addAction(m_openLibraryAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_importSamplesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyCitationAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_largerAction);
    m_viewMenu->addAction(m_smallerAction);
    m_viewMenu->addAction(m_resetSizeAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_issuesDock->toggleViewAction());
    m_viewMenu->addAction(m_entitiesDock->toggleViewAction());
    m_viewMenu->addAction(m_searchDock->toggleViewAction());
    // Careers over time, in a window of its own (timelinewindow.h).
    m_officesTimelineAction = new QAction(this);
    m_officesTimelineAction->setObjectName(QStringLiteral("officesTimelineAction"));
    connect(m_officesTimelineAction, &QAction::triggered, this, [this] {
        if (TimelineWindow *window = TimelineWindow::open(m_libraryPath, m_dialogs, this))
            connect(window, &TimelineWindow::articleActivated, this, [this](qint64 id) { openArticle(id); });
    });
    m_viewMenu->addAction(m_officesTimelineAction);
    m_viewMenu->addAction(m_concordanceDock->toggleViewAction());
    m_viewMenu->addAction(m_savedSearchDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_nextArticleAction);
    m_goMenu->addAction(m_previousArticleAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_nextIssueAction);
    m_goMenu->addAction(m_previousIssueAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_nextMonthAction);
    m_goMenu->addAction(m_previousMonthAction);
    m_goMenu->addAction(m_latestIssueAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    new HelpActions(this, m_helpMenu); // Handbook and Keyboard Shortcuts, above About

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_importAction);
    toolbar->addSeparator();
    toolbar->addAction(m_previousIssueAction);
    toolbar->addAction(m_nextIssueAction);
    toolbar->addSeparator();
    toolbar->addAction(m_previousArticleAction);
    toolbar->addAction(m_nextArticleAction);
    toolbar->addSeparator();
    toolbar->addAction(m_copyCitationAction);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Recent &Libraries"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newLibraryAction->setText(tr("&New Library…"));
    m_openLibraryAction->setText(tr("&Open Library…"));
    m_importAction->setText(tr("&Import Archive Folder…"));
    m_importSamplesAction->setText(tr("Import &Sample Archive"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_copyCitationAction->setText(tr("&Copy Article with Citation"));
    m_findAction->setText(tr("&Find…"));
    m_largerAction->setText(tr("&Larger Text"));
    m_officesTimelineAction->setText(tr("&Offices over Time…"));
    m_smallerAction->setText(tr("&Smaller Text"));
    m_resetSizeAction->setText(tr("&Default Text Size"));
    m_nextArticleAction->setText(tr("&Next Article"));
    m_previousArticleAction->setText(tr("&Previous Article"));
    m_nextIssueAction->setText(tr("Next &Issue"));
    m_previousIssueAction->setText(tr("Previous I&ssue"));
    m_nextMonthAction->setText(tr("Next &Month with Issues"));
    m_previousMonthAction->setText(tr("Previous M&onth with Issues"));
    m_latestIssueAction->setText(tr("&Latest Issue"));
    m_aboutAction->setText(tr("&About Kanbao"));
    for (QAction *action : m_languageGroup->actions())
        action->setText(Language::displayName(action->data().toString()));

    m_issuesDock->setWindowTitle(tr("Issues"));
    m_entitiesDock->setWindowTitle(tr("People, Organizations, Places"));
    m_showJournalistsBox->setToolTip(tr("Also list the reporters and photographers named in the article's byline"));
    updateJournalistsBox();
    m_searchDock->setWindowTitle(tr("Search"));
    m_concordanceDock->setWindowTitle(tr("Concordance"));
    m_savedSearchDock->setWindowTitle(tr("Saved Searches"));
    if (m_collectionsDock)
        m_collectionsDock->setWindowTitle(tr("Collections"));
    if (m_collections)
        m_collections->retranslate();
    m_previousMonthButton->setText(tr("◀ Previous month with issues"));
    m_previousMonthButton->setToolTip(m_previousMonthAction->shortcut().toString(QKeySequence::NativeText));
    m_nextMonthButton->setText(tr("Next month with issues ▶"));
    m_nextMonthButton->setToolTip(m_nextMonthAction->shortcut().toString(QKeySequence::NativeText));
    m_searchField->setPlaceholderText(tr("Search the library (Ctrl+F)"));
    m_emptyTitle->setText(tr("This library is empty"));
    m_emptyText->setText(tr("Import a folder of newspaper page text files to start reading. "
                            "Kanbao comes with a small sample archive of four pages to try it out."));
    m_importSamplesButton->setText(tr("Import Sample Archive"));
    m_importFolderButton->setText(tr("Import Archive Folder…"));
    updateEntityArticlesLabel();
    m_entityModel->retranslate();
    m_calendar->setLocale(QLocale());
    updateRecentMenu();
    updateWindowTitle();
    showLibraryState();
    updateSearchStatus();
    if (m_currentIssue.id) {
        fillIssueChooser(m_currentIssue.date);
        m_issueTitle->setText(issueTitle(m_currentIssue));
    }
    // The article's metadata line and the empty pane's hint are in the UI language too.
    if (m_articleView->article() && m_reader)
        openArticle(m_articleView->article()->id, m_articleView->highlightQuery());
    else if (!m_articleView->article())
        m_articleView->clearArticle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::updateWindowTitle()
{
    if (m_libraryPath.isEmpty())
        setWindowTitle(tr("Kanbao"));
    else
        setWindowTitle(tr("%1 — Kanbao").arg(QFileInfo(m_libraryPath).completeBaseName()));
}

void MainWindow::showLibraryState()
{
    const qint64 articles = m_reader ? m_reader->articleCount() : 0;
    const bool empty = m_reader && articles == 0;
    m_centre->setCurrentWidget(empty ? m_emptyPanel : static_cast<QWidget *>(m_articleView));
    m_importSamplesButton->setVisible(!samplesDirectory().isEmpty());
    if (!m_reader)
        m_statusLibrary->setText(tr("No library open"));
    else
        m_statusLibrary->setText(tr("%1 — %n article(s)", nullptr, int(qMin<qint64>(articles, INT_MAX)))
                                     .arg(QDir::toNativeSeparators(m_libraryPath))
                                 + (m_reader->isReadOnly() ? QStringLiteral(" — ") + tr("read-only") : QString()));
    m_statusLibrary->setToolTip(m_reader && m_reader->isReadOnly()
                                    ? tr("This library's file or folder cannot be written: you can read, search and "
                                         "export, but not import, tag or annotate.")
                                    : QString());
}

void MainWindow::updateActions()
{
    const bool open = m_reader != nullptr;
    const bool hasArticle = m_articleView->article().has_value();
    const bool writable = open && !m_reader->isReadOnly();
    m_importAction->setEnabled(writable);
    m_importSamplesAction->setEnabled(writable && !samplesDirectory().isEmpty());
    m_copyCitationAction->setEnabled(hasArticle);
    m_nextArticleAction->setEnabled(m_currentIssue.id != 0);
    m_previousArticleAction->setEnabled(m_currentIssue.id != 0);
    m_nextIssueAction->setEnabled(open);
    m_previousIssueAction->setEnabled(open);
    m_latestIssueAction->setEnabled(open);
    const bool previousMonth = open && m_calendar->hasPreviousIssueMonth();
    const bool nextMonth = open && m_calendar->hasNextIssueMonth();
    m_previousMonthAction->setEnabled(previousMonth);
    m_previousMonthButton->setEnabled(previousMonth);
    m_nextMonthAction->setEnabled(nextMonth);
    m_nextMonthButton->setEnabled(nextMonth);
}

QString MainWindow::samplesDirectory()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../" KANBAO_SAMPLES_INSTALL_SUBDIR));
    for (const QString &candidate : {installed, QStringLiteral(KANBAO_SAMPLES_SOURCE_DIR)}) {
        const QDir dir(candidate);
        if (dir.exists() && !dir.entryList(PageFormats::instance().nameFilters(), QDir::Files).isEmpty())
            return dir.canonicalPath();
    }
    return {};
}

bool MainWindow::openLibrary(const QString &requestedPath, bool create)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString last = QSettings().value(LastLibraryKey).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultLibraryPath();
        create = true;
    }
    path = QFileInfo(path).absoluteFilePath();
    QString error;
    std::unique_ptr<LibraryReader> reader = m_readerFactory ? m_readerFactory(path, create, &error) : nullptr;
    if (!reader) {
        m_dialogs->warning(this, tr("Cannot open library"),
                           tr("The library %1 could not be opened.\n\n%2\n\nChoose another library with "
                              "File ▸ Open Library, or create a new one with File ▸ New Library.")
                               .arg(QDir::toNativeSeparators(path),
                                    error.isEmpty() ? tr("No reason was given.") : error));
        return false;
    }
    closeLibrary();
    m_reader = std::move(reader);
    m_libraryPath = path;
    m_background = std::make_unique<BackgroundReader>(m_readerFactory, path);
    QSettings().setValue(LastLibraryKey, path);
    addRecentLibrary(path);
    if (!m_notes->openLibrary(path))
        statusBar()->showMessage(tr("Highlights and notes are not available: %1").arg(m_notes->errorString()));
    m_citations->setStore(m_notes->store());
    m_collections->setStore(m_notes->store(), m_reader->isReadOnly());
    m_contentsModel->setReader(m_reader.get());
    m_calendar->setReader(m_reader.get());
    LibraryReader *current = m_reader.get();
    m_articleView->setHitFinder(
        [current](const QString &query, const QString &text) { return current->findHits(query, text); });
    m_facsimile->setLibrary(path, m_reader.get());
    updateWindowTitle();
    showLibraryState();
    if (m_reader->isReadOnly())
        statusBar()->showMessage(tr("%1 is read-only: reading, searching and exporting work; importing, tags and "
                                    "notes are off.")
                                     .arg(QDir::toNativeSeparators(path)));
    if (!SessionState::reopen(this)) { // the article last read here, scrolled as it was
        if (const auto latest = m_reader->latestIssueDate())
            showDate(*latest);
    }
    updateActions();
    refreshSavedSearches();
    return true;
}

void MainWindow::closeLibrary()
{
    SessionState::remember(this);
    m_currentIssue = {};
    m_searchQuery.clear();
    m_entityName.clear();
    m_contentsModel->setReader(nullptr);
    m_calendar->setReader(nullptr);
    m_entityModel->clear();
    m_entityArticlesModel->clear();
    m_searchModel->clear();
    m_savedSearchModel->setSearches({});
    m_issueChooser->clear();
    m_issueChooser->hide();
    m_issueTitle->clear();
    m_articleView->clearArticle();
    m_articleView->setHitFinder({});
    m_citations->setStore(nullptr);
    m_collections->setStore(nullptr, true);
    m_notes->closeLibrary();
    m_facsimile->setLibrary({}, nullptr);
    m_background.reset();
    m_reader.reset();
    m_libraryPath.clear();
    retranslate();
    updateActions();
}

void MainWindow::addRecentLibrary(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openLibrary(path, false); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::newLibrary()
{
    QString path = m_dialogs->getSaveFileName(this, tr("New Library"), QDir::homePath(),
                                              tr("Kanbao libraries (*.kanbao)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kanbao");
    if (QFileInfo::exists(path)) {
        m_dialogs->warning(this, tr("Cannot create library"),
                           tr("%1 already exists. Open it with File ▸ Open Library, or choose another name.")
                               .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openLibrary(path, true);
}

void MainWindow::chooseLibrary()
{
    const QString path = m_dialogs->getOpenFileName(this, tr("Open Library"), QFileInfo(m_libraryPath).absolutePath(),
                                                    tr("Kanbao libraries (*.kanbao);;All files (*)"));
    if (!path.isEmpty())
        openLibrary(path, false);
}

void MainWindow::updateJournalistsBox()
{
    const int hidden = m_entityModel->hiddenJournalists();
    m_showJournalistsBox->setText(hidden > 0 ? tr("Show journalists (%n)", nullptr, hidden) : tr("Show journalists"));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    if (!restored) {
        const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
        if (screen)
            FirstStartLayout::apply(this, screen->availableGeometry());
    }
    m_articleView->setFontSize(settings.value(FontSizeKey, ArticleView::DefaultFontSize).toInt());
    updateRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(FontSizeKey, m_articleView->fontSize());
    SessionState::remember(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_wizard && m_wizard->isImporting()) {
        const auto answer = m_dialogs->question(
            this, tr("Import in progress"),
            tr("An import is running. Stop it and quit? Files imported so far stay in the library."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_wizard->cancelImport();
        m_wizard->waitForImport();
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(LanguageKey, code);
    Language::apply(code);
    // QApplication only posts LanguageChange to the windows; retranslating here as well makes the menus
    // right by the time the user looks at them (and the later event finds nothing left to change).
    retranslate();
}

void MainWindow::changeFontSize(int delta)
{
    m_articleView->setFontSize(m_articleView->fontSize() + delta);
}

void MainWindow::showDate(QDate date)
{
    m_calendar->setSelectedDate(date); // also turns the calendar to the date's month
    onDateActivated(date);
}

void MainWindow::fillIssueChooser(QDate date)
{
    const QList<IssueInfo> issues = m_calendar->issuesOn(date);
    m_issueChooser->clear();
    for (const IssueInfo &issue : issues) {
        QString text = issue.paper;
        if (!issue.edition.isEmpty())
            text += QStringLiteral(" · ") + issue.edition;
        text = tr("%1 (%n article(s))", nullptr, issue.articleCount).arg(text);
        m_issueChooser->addItem(text, issue.id);
        if (issue.id == m_currentIssue.id)
            m_issueChooser->setCurrentIndex(m_issueChooser->count() - 1);
    }
    // One issue that day needs no choice; several (editions, papers) do.
    m_issueChooser->setVisible(issues.size() > 1);
}

void MainWindow::onDateActivated(QDate date)
{
    const QList<IssueInfo> issues = m_calendar->issuesOn(date);
    if (issues.isEmpty()) {
        statusBar()->showMessage(m_calendar->isGap(date) ? tr("No issue on %1: a gap in the archive")
                                                                .arg(QLocale().toString(date, QLocale::LongFormat))
                                                          : tr("No issue on %1").arg(QLocale().toString(date, QLocale::LongFormat)),
                                 4000);
        return;
    }
    openIssue(issues.first().id);
}

void MainWindow::onIssueChosen(int comboIndex)
{
    if (comboIndex >= 0)
        openIssue(m_issueChooser->itemData(comboIndex).toLongLong());
}

void MainWindow::openIssue(qint64 issueId)
{
    if (!m_reader)
        return;
    const std::optional<IssueInfo> issue = m_reader->issue(issueId);
    if (!issue) {
        m_articleView->clearArticle(tr("The issue could not be read: %1").arg(m_reader->errorString()));
        return;
    }
    m_currentIssue = *issue;
    if (issue->date.isValid() && m_calendar->selectedDate() != issue->date)
        m_calendar->setSelectedDate(issue->date);
    m_contentsModel->setIssue(issueId);
    m_contentsView->expandAll();
    fillIssueChooser(issue->date);
    m_issueTitle->setText(issueTitle(*issue));
    const QModelIndex first = m_contentsModel->firstArticle();
    if (first.isValid()) {
        selectContentsRow(first);
    } else {
        m_articleView->clearArticle(tr("This issue has no articles."));
        m_entityModel->clear();
    }
    updateActions();
}

QString MainWindow::issueTitle(const IssueInfo &issue)
{
    QString title = issue.paper;
    if (issue.date.isValid())
        title += QStringLiteral(" ") + QLocale().toString(issue.date, QLocale::LongFormat);
    if (!issue.edition.isEmpty())
        title += QStringLiteral(" · ") + issue.edition;
    if (issue.dateGuessed)
        title += tr(" (date guessed)");
    return title;
}

qint64 MainWindow::currentArticleId() const
{
    return m_articleView->article() ? m_articleView->article()->id : 0;
}

void MainWindow::selectContentsRow(const QModelIndex &index)
{
    // The contents allow several rows selected (tagging many articles at once), but moving to an article
    // selects that one alone whatever modifier keys happen to be held.
    m_contentsView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
    m_contentsView->scrollTo(index);
}

void MainWindow::onContentsCurrentChanged(const QModelIndex &current)
{
    if (m_followingArticle || !current.isValid() || current.data(IssueContentsModel::IsPageRole).toBool())
        return;
    const qint64 id = current.data(IssueContentsModel::ArticleIdRole).toLongLong();
    if (id != currentArticleId())
        openArticle(id);
}

void MainWindow::openArticle(qint64 articleId, const QString &highlightQuery)
{
    if (!m_reader)
        return;
    const std::optional<ArticleDetail> article = m_reader->article(articleId);
    if (!article) {
        m_articleView->clearArticle(tr("The article could not be read: %1").arg(m_reader->errorString()));
        return;
    }
    m_articleView->showArticle(*article, highlightQuery);
    m_notes->articleShown();
    m_facsimile->showArticle(*article, highlightQuery);
    m_entityModel->setEntities(m_reader->entitiesOfArticle(articleId));
    updateJournalistsBox();
    m_entityView->expandAll();
    // Follow the article into its issue so J/K continue from there.
    if (article->issueId != m_currentIssue.id) {
        if (const std::optional<IssueInfo> issue = m_reader->issue(article->issueId)) {
            m_currentIssue = *issue;
            if (issue->date.isValid())
                m_calendar->setSelectedDate(issue->date);
            m_contentsModel->setIssue(issue->id);
            m_contentsView->expandAll();
            fillIssueChooser(issue->date);
            m_issueTitle->setText(issueTitle(*issue));
        }
    }
    const QModelIndex index = m_contentsModel->indexOfArticle(articleId);
    if (index.isValid() && m_contentsView->currentIndex() != index) {
        const QScopedValueRollback<bool> following(m_followingArticle, true);
        selectContentsRow(index);
    }
    updateActions();
}

void MainWindow::stepArticle(int step)
{
    const QModelIndex next = m_contentsModel->neighbourArticle(m_contentsView->currentIndex(), step);
    if (next.isValid()) {
        selectContentsRow(next);
    } else {
        statusBar()->showMessage(step > 0 ? tr("Last article of the issue") : tr("First article of the issue"), 3000);
    }
}

void MainWindow::nextArticle() { stepArticle(+1); }
void MainWindow::previousArticle() { stepArticle(-1); }
void MainWindow::nextIssue() { stepIssue(+1); }
void MainWindow::previousIssue() { stepIssue(-1); }

void MainWindow::stepIssue(int step)
{
    if (!m_reader)
        return;
    if (!m_currentIssue.date.isValid()) {
        if (const auto latest = m_reader->latestIssueDate())
            showDate(*latest);
        return;
    }
    // Editions of the same day come first, then the nearest issue day.
    const QDate date = m_currentIssue.date;
    QList<IssueInfo> sameDay = m_reader->issuesBetween(date, date);
    int position = -1;
    for (int i = 0; i < sameDay.size(); ++i) {
        if (sameDay.at(i).id == m_currentIssue.id)
            position = i;
    }
    const int target = position + step;
    if (position >= 0 && target >= 0 && target < sameDay.size()) {
        m_calendar->setSelectedDate(date);
        openIssue(sameDay.at(target).id);
        return;
    }
    const std::optional<QDate> other = step > 0 ? m_reader->nextIssueDate(date) : m_reader->previousIssueDate(date);
    if (!other) {
        statusBar()->showMessage(step > 0 ? tr("This is the latest issue") : tr("This is the earliest issue"), 3000);
        return;
    }
    m_calendar->setSelectedDate(*other);
    const QList<IssueInfo> issues = m_calendar->issuesOn(*other);
    if (!issues.isEmpty())
        openIssue(step > 0 ? issues.first().id : issues.last().id);
}

void MainWindow::copyWithCitation()
{
    if (!m_articleView->article())
        return;
    const ArticleDetail &article = *m_articleView->article();
    QApplication::clipboard()->setText(ArticleView::citationText(
        article,
        formatCitation(CitationController::citationOf(article), CitationController::chosenStyle())));
    statusBar()->showMessage(tr("Article copied with its citation"), 3000);
}

void MainWindow::installCitations()
{
    m_citations = new CitationController(m_dialogs, this);
    m_citations->install(m_fileMenu, m_editMenu, m_copyCitationAction, m_quitAction);
    m_citations->setSelection([this] { return m_notes->selectedArticles(); });
    m_citations->setSearchResults([this] {
        QList<qint64> ids;
        if (!m_reader || m_searchQuery.isEmpty())
            return ids;
        for (const ArticleRef &ref : m_reader->searchSorted(m_searchQuery, m_searchOverview->sort(), 0, 100000))
            ids << ref.articleId;
        return ids;
    });
    m_citations->addContextMenu(m_searchView, ArticleListModel::ArticleIdRole);
    m_citations->addContextMenu(m_contentsView, IssueContentsModel::ArticleIdRole);
    m_citations->addContextMenu(m_entityArticlesView, ArticleListModel::ArticleIdRole);
    connect(m_notes->highlighter(), &ArticleHighlighter::contextMenuAboutToShow, m_citations,
            [this](QMenu *menu) { m_citations->fillContextMenu(menu); });
    connect(m_citations, &CitationController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_collections = new CollectionActions(m_dialogs, this);
    connect(m_citations, &CitationController::articleMenuAboutToShow, m_collections, &CollectionActions::fillMenu);
    connect(m_notes->highlighter(), &ArticleHighlighter::contextMenuAboutToShow, m_collections, [this](QMenu *menu) {
        if (const qint64 id = currentArticleId())
            m_collections->fillMenu(menu, {id});
    });
    connect(m_collections, &CollectionActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    // Edits of collections are undone with the notes' (Edit ▸ Undo), and the Edit menu adds the selection.
    m_collections->setUndoStack(m_notes->undoStack());
    m_collections->install(m_editMenu, [this] { return m_notes->selectedArticles(); });
    // The Collections sidebar, beside the issues and the saved searches.
    m_collectionsPanel = new CollectionsPanel(m_collections, this);
    m_collectionsDock = new QDockWidget(this);
    m_collectionsDock->setObjectName(QStringLiteral("collectionsDock"));
    m_collectionsDock->setWidget(m_collectionsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_collectionsDock);
    tabifyDockWidget(m_savedSearchDock, m_collectionsDock);
    m_issuesDock->raise();
    m_viewMenu->insertAction(m_savedSearchDock->toggleViewAction(), m_collectionsDock->toggleViewAction());
    connect(m_collectionsPanel, &CollectionsPanel::openRequested, this, [this](const QString &query) {
        search(query);
    });
    connect(m_collectionsPanel, &CollectionsPanel::exportReferencesRequested, m_citations,
            &CitationController::exportReferences);
    // A list scoped to a collection follows its edits (an article added, the collection renamed or undone).
    connect(m_collections, &CollectionActions::changed, this, [this] {
        if (m_searchQuery.contains(QLatin1String("collection:")))
            search(m_searchQuery);
    });
}

void MainWindow::search(const QString &query)
{
    if (m_searchField->text() != query)
        m_searchField->setText(query);
    const QString trimmed = query.trimmed();
    if (!m_reader || trimmed.isEmpty()) {
        m_searchModel->clear();
        m_searchQuery.clear();
        m_searchTotal = -1;
        m_searchOverview->clear();
        updateSearchStatus();
        m_searchAsYouType->setShownQuery({});
        return;
    }
    LibraryReader *reader = m_reader.get();
    // The first page at once (it is what the user waits for, and fast); the pages after it are ranked
    // again from the start, which on a big library can take longer than a frame: in the background.
    BackgroundReader *background = m_background.get();
    ArticleListModel *model = m_searchModel;
    const SearchSort sort = m_searchOverview->sort();
    // The first batch is what the list shows (a screenful: every row read costs its body and snippet);
    // batches of 50 after it.
    const int rowHeight = std::max(1, 2 * m_searchView->fontMetrics().lineSpacing());
    const int screenful = std::clamp(m_searchView->viewport()->height() / rowHeight + 1, SearchFirstPage, 50);
    m_searchModel->setFetcher(
        [reader, trimmed, sort](int offset, int limit) { return reader->searchSorted(trimmed, sort, offset, limit); },
        50,
        [background, model, trimmed, sort](int offset, int limit, ArticleListModel::Deliver deliver) {
            background->run(
                model,
                [trimmed, sort, offset, limit](LibraryReader &r) { return r.searchSorted(trimmed, sort, offset, limit); },
                std::move(deliver));
        },
        ArticleListModel::FirstBatch::Now, screenful);
    m_searchQuery = trimmed;
    m_searchAsYouType->setShownQuery(trimmed);
    m_searchError = reader->errorString();
    refreshSearchOverview();
    updateSearchStatus();
    m_searchDock->show();
    m_searchDock->raise();
}

void MainWindow::updateEntityArticlesLabel()
{
    if (m_entityName.isEmpty())
        m_entityArticlesLabel->setText(tr("Click a name to list every article that mentions it."));
    else if (m_entityArticlesModel->isFetching() && m_entityArticlesModel->rowCount() == 0)
        m_entityArticlesLabel->setText(tr("Articles mentioning %1: reading the library…").arg(m_entityName));
    else
        m_entityArticlesLabel->setText(tr("Articles mentioning %1:").arg(m_entityName));
}

void MainWindow::updateSearchStatus()
{
    if (m_searchQuery.isEmpty()) {
        m_searchStatus->clear();
    } else if (m_searchModel->rowCount() == 0) {
        m_searchStatus->setText(m_searchError.isEmpty() ? tr("No articles match “%1”.").arg(m_searchQuery)
                                                        : m_searchError);
    } else if (m_searchTotal >= 0) {
        m_searchStatus->setText(m_searchTotalIsLowerBound
                                    ? tr("More than %n articles match", nullptr, m_searchTotal)
                                    : tr("%n article(s) match", nullptr, m_searchTotal));
    } else {
        m_searchStatus->setText(m_searchModel->atEnd()
                                    ? tr("%n article(s) match", nullptr, m_searchModel->rowCount())
                                    : tr("More than %n articles match", nullptr, m_searchModel->rowCount()));
    }
}

void MainWindow::refreshSearchOverview()
{
    const quint64 generation = ++*m_overviewGeneration;
    if (!m_reader || m_searchQuery.isEmpty()) {
        m_searchOverview->clear();
        m_searchOverview->setEnabled(true);
        m_searchTotal = -1;
        m_searchOverviewPending = false;
        return;
    }
    // Counting and grouping every match of a common word takes long on a big library: on the background
    // reader's thread, so typing never waits for it. Until it arrives the previous overview stays, greyed
    // and unclickable (its facets belong to another query).
    const QString query = m_searchQuery;
    const HistogramUnit unit = m_searchOverview->unit();
    m_searchTotal = -1;
    m_searchOverviewPending = true;
    m_searchOverview->setEnabled(false);
    const auto show = [this, generation](const LibraryReader::SearchOverviewData &overview) {
        if (generation != *m_overviewGeneration)
            return; // a newer query's overview is on its way
        m_searchOverviewPending = false;
        m_searchOverview->setEnabled(true);
        m_searchTotal = overview.total;
        m_searchTotalIsLowerBound = overview.totalIsLowerBound;
        m_searchOverview->setResults(overview.facets, overview.histogram);
        updateSearchStatus();
    };
    if (!m_background) {
        show(m_reader->searchOverview(query, unit));
        return;
    }
    const std::shared_ptr<std::atomic<quint64>> latest = m_overviewGeneration;
    m_background->run<LibraryReader::SearchOverviewData>(
        this,
        [latest, generation, query, unit](LibraryReader &reader) {
            if (*latest != generation)
                return LibraryReader::SearchOverviewData{}; // superseded while queued: dropped on arrival
            return reader.searchOverview(query, unit);
        },
        show);
}

void MainWindow::refreshSavedSearches()
{
    m_savedSearchModel->setSearches(m_reader ? m_reader->savedSearches() : QList<SavedSearch>());
    // A restored layout may have left the saved searches in front of the calendar they share a tab with;
    // an empty list there hides the calendar for nothing.
    if (m_savedSearchModel->rowCount() == 0 && tabifiedDockWidgets(m_issuesDock).contains(m_savedSearchDock))
        m_issuesDock->raise();
}

void MainWindow::showConcordance()
{
    if (!m_reader || m_searchQuery.isEmpty())
        return;
    m_concordanceView->setLines(m_searchQuery, m_reader->concordance(m_searchQuery, m_searchOverview->sort(),
                                                                      m_concordanceView->context()));
    m_concordanceDock->show();
    m_concordanceDock->raise();
}

void MainWindow::onArticleListActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(ArticleListModel::ArticleIdRole).toLongLong();
    const bool fromSearch = index.model() == m_searchModel;
    // The entity's name is searched as a phrase, so only it is highlighted, not its characters apart.
    openArticle(id, fromSearch ? m_searchQuery : QStringLiteral("\"%1\"").arg(m_entityName));
}

void MainWindow::onEntityActivated(const QModelIndex &index)
{
    if (!index.isValid() || index.data(EntityModel::IsGroupRole).toBool())
        return;
    showEntityArticles(index.data(EntityModel::EntityIdRole).toLongLong(), index.data(EntityModel::NameRole).toString());
}

void MainWindow::showEntityArticles(qint64 entityId, const QString &name)
{
    if (!m_reader)
        return;
    m_entityName = name;
    // Every mention of a common name, sorted by date, takes long on a big library: read in the
    // background from the first page on; the list fills in when it arrives.
    LibraryReader *reader = m_reader.get();
    BackgroundReader *background = m_background.get();
    ArticleListModel *model = m_entityArticlesModel;
    m_entityArticlesModel->setFetcher(
        [reader, entityId](int offset, int limit) { return reader->articlesMentioning(entityId, offset, limit); }, 100,
        [background, model, entityId](int offset, int limit, ArticleListModel::Deliver deliver) {
            background->run(
                model,
                [entityId, offset, limit](LibraryReader &r) { return r.articlesMentioning(entityId, offset, limit); },
                std::move(deliver));
        },
        ArticleListModel::FirstBatch::Later);
    updateEntityArticlesLabel();
    m_entitiesDock->show();
}

void MainWindow::chooseImportFolder()
{
    const QString folder = m_dialogs->getExistingDirectory(this, tr("Import Archive Folder"), QDir::homePath());
    if (!folder.isEmpty())
        openImportWizard(folder);
}

void MainWindow::importSamples()
{
    const QString samples = samplesDirectory();
    if (samples.isEmpty()) {
        m_dialogs->warning(this, tr("No sample archive"),
                           tr("The sample archive was not found next to the program. Reinstall Kanbao, or "
                              "import a folder of your own with File ▸ Import Archive Folder."));
        return;
    }
    openImportWizard(samples);
}

ImportWizard *MainWindow::openImportWizard(const QString &folder)
{
    if (!m_reader) {
        m_dialogs->warning(this, tr("No library open"),
                           tr("Open or create a library first (File ▸ Open Library or File ▸ New Library)."));
        return nullptr;
    }
    if (m_reader->isReadOnly()) {
        m_dialogs->warning(this, tr("The library is read-only"),
                           tr("%1 cannot be written (its file or folder is read-only), so nothing can be imported "
                              "into it. Make it writable, or create a new library with File ▸ New Library.")
                               .arg(QDir::toNativeSeparators(m_libraryPath)));
        return nullptr;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(m_libraryPath, m_dialogs, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::importFinished, this, &MainWindow::afterImport);
    if (!folder.isEmpty())
        m_wizard->setFolder(folder);
    m_wizard->show();
    return m_wizard;
}

void MainWindow::afterImport()
{
    // The reader's connection sees the worker's commits; the views only need to re-read.
    m_calendar->reload();
    showLibraryState();
    if (!m_currentIssue.id) {
        if (const auto latest = m_reader->latestIssueDate())
            showDate(*latest);
    } else {
        openIssue(m_currentIssue.id);
    }
    updateActions();
    refreshSavedSearches(); // their new hits
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) {
            event->acceptProposedAction();
            openImportWizard(url.toLocalFile());
            return;
        }
    }
}

} // namespace kanbao
