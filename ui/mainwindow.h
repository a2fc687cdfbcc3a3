#pragma once

#include "libraryreader.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QStackedWidget;
class QToolButton;
class QTreeView;
class QPushButton;
class QDockWidget;
class QActionGroup;

namespace kanbao {

class ArticleListModel;
class BackgroundReader;
class ArticleView;
class DialogProvider;
class SearchOverview;
class SearchAsYouType;
class CitationController;
class CollectionActions;
class CollectionsPanel;
class SavedSearchModel;
class ConcordanceView;
class EntityModel;
class ImportWizard;
class NotesController;
class CorrectionsController;
class PageMetadataController;
class IssueCalendar;
class IssueContentsModel;
class FacsimileDock;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens a library for reading; on failure returns null and sets *error to a message for the user.
    using ReaderFactory =
        std::function<std::unique_ptr<LibraryReader>(const QString &path, bool create, QString *error)>;

    // `dialogs` answers every question the window asks (null: real message boxes and file dialogs).
    explicit MainWindow(DialogProvider *dialogs = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setReaderFactory(ReaderFactory factory);

    // Opens `path` (creating it when `create`), or, when empty, the last library used or the default one.
    // Errors are reported in a dialog; returns false then.
    bool openLibrary(const QString &path, bool create = true);
    void closeLibrary();
    QString libraryPath() const { return m_libraryPath; }
    LibraryReader *reader() const { return m_reader.get(); }

    // Restores geometry, docks, font size and recent libraries; saves them on close.
    void restoreSettings();
    void saveSettings() const;

    // Navigation, also used by tests.
    void showDate(QDate date);               // selects the day and opens its first issue
    void openIssue(qint64 issueId);
    void openArticle(qint64 articleId, const QString &highlightQuery = {});
    void search(const QString &query);
    void showEntityArticles(qint64 entityId, const QString &name);
    ImportWizard *openImportWizard(const QString &folder = {});
    // Tags, highlights and notes: their docks, menus, dialogs and undo stack (ui/notes/).
    NotesController *notes() const { return m_notes; }
    // The page image beside the article (ui/facsimile/).
    FacsimileDock *facsimile() const { return m_facsimile; }
    CorrectionsController *corrections() const { return m_corrections; }
    PageMetadataController *pageMetadata() const { return m_pageMetadata; }

    qint64 currentIssueId() const { return m_currentIssue.id; }
    qint64 currentArticleId() const;

    // Where the bundled sample archive is: the installed share dir, else the source tree.
    static QString samplesDirectory();

    IssueCalendar *calendar() const { return m_calendar; }
    IssueContentsModel *contentsModel() const { return m_contentsModel; }
    QTreeView *contentsView() const { return m_contentsView; }
    ArticleView *articleView() const { return m_articleView; }
    EntityModel *entityModel() const { return m_entityModel; }
    QTreeView *entityView() const { return m_entityView; }
    ArticleListModel *entityArticlesModel() const { return m_entityArticlesModel; }
    QListView *entityArticlesView() const { return m_entityArticlesView; }
    ArticleListModel *searchModel() const { return m_searchModel; }
    QListView *searchResultsView() const { return m_searchView; }
    QLineEdit *searchField() const { return m_searchField; }
    // Facets, hits over time, sort and the concordance (ui/search/).
    SearchOverview *searchOverview() const { return m_searchOverview; }
    // The overview (count, facets, histogram) of the query shown is still being read in the background.
    bool isSearchOverviewPending() const { return m_searchOverviewPending; }
    ConcordanceView *concordanceView() const { return m_concordanceView; }
    QDockWidget *concordanceDock() const { return m_concordanceDock; }
    void showConcordance();
    SavedSearchModel *savedSearchModel() const { return m_savedSearchModel; }
    QListView *savedSearchView() const { return m_savedSearchView; }
    void refreshSavedSearches();
    // Collections: the sidebar (open, rename, delete, export) and Add to Collection (ui/search/).
    CollectionActions *collectionActions() const { return m_collections; }
    CollectionsPanel *collectionsPanel() const { return m_collectionsPanel; }
    QDockWidget *collectionsDock() const { return m_collectionsDock; }
    QAction *action(const QString &objectName) const;

public slots:
    void nextArticle();
    void previousArticle();
    void nextIssue();
    void previousIssue();
    void copyWithCitation();
    void importSamples();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void updateRecentMenu();
    void addRecentLibrary(const QString &path);
    void updateActions();
    void updateWindowTitle();
    void showLibraryState();
    void onDateActivated(QDate date);
    void onIssueChosen(int comboIndex);
    void onContentsCurrentChanged(const QModelIndex &current);
    void selectContentsRow(const QModelIndex &index);
    void updateSearchStatus();
    void updateEntityArticlesLabel();
    void updateJournalistsBox();
    void onEntityActivated(const QModelIndex &index);
    void onArticleListActivated(const QModelIndex &index);
    void stepArticle(int step);
    void stepIssue(int step);
    void newLibrary();
    void chooseLibrary();
    void chooseImportFolder();
    void setLanguage(const QString &code);
    void changeFontSize(int delta);
    void afterImport();
    void fillIssueChooser(QDate date);
    static QString issueTitle(const IssueInfo &issue);

    std::unique_ptr<DialogProvider> m_ownedDialogs;
    DialogProvider *m_dialogs = nullptr;
    ReaderFactory m_readerFactory;
    std::unique_ptr<LibraryReader> m_reader;
    QString m_libraryPath;
    IssueInfo m_currentIssue;
    // The same library on a thread of its own, for the long lists (mentions, search result pages).
    std::unique_ptr<BackgroundReader> m_background;
    QString m_searchQuery; // the query of the search results shown
    QString m_searchError; // why it found nothing, when the query was bad
    bool m_followingArticle = false; // the contents follow an article opened elsewhere: do not reopen it
    QString m_entityName;

    // Widgets.
    QStackedWidget *m_centre = nullptr;
    QWidget *m_emptyPanel = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_importSamplesButton = nullptr;
    QPushButton *m_importFolderButton = nullptr;
    ArticleView *m_articleView = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    QDockWidget *m_entitiesDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    IssueCalendar *m_calendar = nullptr;
    QToolButton *m_previousMonthButton = nullptr;
    QToolButton *m_nextMonthButton = nullptr;
    QComboBox *m_issueChooser = nullptr;
    QLabel *m_issueTitle = nullptr;
    IssueContentsModel *m_contentsModel = nullptr;
    QTreeView *m_contentsView = nullptr;
    EntityModel *m_entityModel = nullptr;
    QTreeView *m_entityView = nullptr;
    QCheckBox *m_showJournalistsBox = nullptr;
    QLabel *m_entityArticlesLabel = nullptr;
    ArticleListModel *m_entityArticlesModel = nullptr;
    QListView *m_entityArticlesView = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_searchStatus = nullptr;
    ArticleListModel *m_searchModel = nullptr;
    QListView *m_searchView = nullptr;
    SearchOverview *m_searchOverview = nullptr;
    SearchAsYouType *m_searchAsYouType = nullptr; // debounced search, stale results greyed
    QDockWidget *m_concordanceDock = nullptr;
    ConcordanceView *m_concordanceView = nullptr;
    int m_searchTotal = -1; // exact count of the results shown (-1: unknown)
    bool m_searchTotalIsLowerBound = false;
    bool m_searchOverviewPending = false;
    // Bumped by every overview request: the worker skips requests superseded while queued, and answers
    // for an older request are dropped when they arrive.
    std::shared_ptr<std::atomic<quint64>> m_overviewGeneration = std::make_shared<std::atomic<quint64>>(0);
    void refreshSearchOverview();
    SavedSearchModel *m_savedSearchModel = nullptr;
    QListView *m_savedSearchView = nullptr;
    QDockWidget *m_savedSearchDock = nullptr;
    QLabel *m_statusLibrary = nullptr;
    QPointer<ImportWizard> m_wizard;
    NotesController *m_notes = nullptr;
    FacsimileDock *m_facsimile = nullptr;
    CorrectionsController *m_corrections = nullptr;
    PageMetadataController *m_pageMetadata = nullptr;

    // Menus and actions.
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_newLibraryAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importSamplesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyCitationAction = nullptr;
    CitationController *m_citations = nullptr; // Citation style, Copy Citation, Export References
    CollectionActions *m_collections = nullptr; // Add to Collection in the article menus
    CollectionsPanel *m_collectionsPanel = nullptr;
    QDockWidget *m_collectionsDock = nullptr;
    void installCitations();
    QAction *m_findAction = nullptr;
    QAction *m_largerAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_resetSizeAction = nullptr;
    QAction *m_officesTimelineAction = nullptr;
    QAction *m_nextArticleAction = nullptr;
    QAction *m_previousArticleAction = nullptr;
    QAction *m_nextIssueAction = nullptr;
    QAction *m_previousIssueAction = nullptr;
    QAction *m_nextMonthAction = nullptr;
    QAction *m_previousMonthAction = nullptr;
    QAction *m_latestIssueAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
};

} // namespace kanbao
