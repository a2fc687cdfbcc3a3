#pragma once

#include "entities/entitystore.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace kanbao {

class ArticleListModel;
class DialogProvider;
class EntityListModel;
class Library;
class MentionChart;

// The entity index of a library in a window of its own: every person, organization and place with its
// counts and dates; for the one chosen, its mentions per month, the articles, the people named with it
// and the offices it held; the likely duplicates to merge; and the user's corrections (rename, merge,
// split, ignore, add) and their undoing. Opens its own connection to the library (the window's reader
// is read-only).
class EntityWindow : public QWidget
{
    Q_OBJECT

public:
    explicit EntityWindow(DialogProvider *dialogs, QWidget *parent = nullptr);
    ~EntityWindow() override;

    // Opens the library read-write (read-only when the file cannot be written). False with *error set
    // to a message naming the file.
    bool openLibrary(const QString &path, QString *error = nullptr);
    // A window on `path` showing `key`, deleted when closed; null (after a warning) when the library
    // cannot be opened.
    static EntityWindow *open(const QString &path, const EntityKey &key, DialogProvider *dialogs, QWidget *parent);

    void showEntity(const EntityKey &key);
    EntityKey currentEntity() const { return m_current; }
    // The list as filtered now, as CSV.
    bool exportCsv(const QString &path);

    // The corrections, on the entity shown; false (with a warning) when refused.
    bool renameCurrent(const QString &newName);
    bool mergeCurrentInto(const QString &name);
    bool splitSelectedArticles(const QString &newName);
    bool ignoreCurrent();
    bool addName(const QString &name, EntityType type);
    // The row of the likely-duplicates list: merge the rarer name into the commoner, or keep them apart.
    bool mergeSuggestion(int row);
    bool rejectSuggestion(int row);
    // The row of the decisions list: taken back.
    bool undoDecision(int row);

    EntityListModel *listModel() const { return m_listModel; }
    QTableView *listView() const { return m_listView; }
    MentionChart *chart() const { return m_chart; }
    ArticleListModel *articlesModel() const { return m_articlesModel; }
    QListView *articlesView() const { return m_articlesView; }
    QTreeWidget *companionsView() const { return m_companions; }
    QTreeWidget *officesView() const { return m_offices; }
    // Filled when its tab is first shown (finding variants takes a while on a large library).
    QTreeWidget *variantsView() const { return m_variants; }
    QTreeWidget *decisionsView() const { return m_decisions; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *headerLabel() const { return m_header; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QCheckBox *journalistsFilter() const { return m_journalistsFilter; }

signals:
    void articleActivated(qint64 articleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadList();
    void reloadVariants();
    void invalidateVariants();
    void reloadDecisions();
    void fillDetails();
    void onListCurrentChanged(const QModelIndex &current);
    void chooseCsvFile();
    bool decided(bool ok);
    bool refuse(const QString &why);
    EntityFilter currentFilter() const;
    QString editedName() const;

    DialogProvider *m_dialogs;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<EntityStore> m_store;
    EntityKey m_current;
    QList<VariantSuggestion> m_suggestions;
    bool m_variantsStale = true;
    QList<EntityDecision> m_decisionList;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QCheckBox *m_journalistsFilter = nullptr;
    EntityListModel *m_listModel = nullptr;
    QTableView *m_listView = nullptr;
    QLineEdit *m_addName = nullptr;
    QComboBox *m_addType = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_header = nullptr;
    MentionChart *m_chart = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    ArticleListModel *m_articlesModel = nullptr;
    QListView *m_articlesView = nullptr;
    QTreeWidget *m_companions = nullptr;
    QTreeWidget *m_offices = nullptr;
    QLineEdit *m_otherName = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_splitButton = nullptr;
    QPushButton *m_ignoreButton = nullptr;
    QTreeWidget *m_variants = nullptr;
    QLabel *m_variantsHint = nullptr;
    QPushButton *m_mergeVariantButton = nullptr;
    QPushButton *m_distinctButton = nullptr;
    QTreeWidget *m_decisions = nullptr;
    QPushButton *m_undoButton = nullptr;
};

} // namespace kanbao
