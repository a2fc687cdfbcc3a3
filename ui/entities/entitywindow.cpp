#include "entities/entitywindow.h"

#include "escapeclose.h"

#include "articlelistmodel.h"
#include "dialogprovider.h"
#include "entities/entitylistmodel.h"
#include "entities/mentionchart.h"
#include "library/library.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kanbao {

namespace {

// Rows of the small lists remember what they stand for.
constexpr int KeyNameRole = Qt::UserRole + 1;
constexpr int KeyTypeRole = Qt::UserRole + 2;

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

EntityWindow::EntityWindow(DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("entityWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    closeOnEscape(this);

    m_tabs = new QTabWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_tabs);

    // The index: filter, list, add and export.
    auto *indexPage = new QWidget(m_tabs);
    auto *splitter = new QSplitter(Qt::Horizontal, indexPage);
    auto *indexLayout = new QVBoxLayout(indexPage);
    indexLayout->setContentsMargins(0, 0, 0, 0);
    indexLayout->addWidget(splitter);

    auto *listPanel = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(4, 4, 4, 4);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(listPanel);
    m_filter->setClearButtonEnabled(true);
    m_typeFilter = new QComboBox(listPanel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_typeFilter);
    // Bylines name reporters on nearly every article: they would lead every people list, so they are
    // hidden until asked for (as `kanbao-cli entities --no-journalists` does).
    m_journalistsFilter = new QCheckBox(listPanel);
    m_journalistsFilter->setObjectName(QStringLiteral("showJournalists"));
    m_journalistsFilter->setChecked(false);
    filterRow->addWidget(m_journalistsFilter);
    listLayout->addLayout(filterRow);
    m_listModel = new EntityListModel(this);
    m_listView = new QTableView(listPanel);
    m_listView->setObjectName(QStringLiteral("entityIndexView"));
    m_listView->setModel(m_listModel);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 6);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    m_listView->horizontalHeader()->setStretchLastSection(false);
    m_listView->setWordWrap(false);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    listLayout->addWidget(m_listView, 1);
    auto *addRow = new QHBoxLayout;
    m_addName = new QLineEdit(listPanel);
    m_addType = new QComboBox(listPanel);
    m_addButton = new QPushButton(listPanel);
    addRow->addWidget(m_addName, 1);
    addRow->addWidget(m_addType);
    addRow->addWidget(m_addButton);
    listLayout->addLayout(addRow);
    m_exportButton = new QPushButton(listPanel);
    m_exportButton->setObjectName(QStringLiteral("exportEntitiesButton"));
    listLayout->addWidget(m_exportButton, 0, Qt::AlignLeft);

    // The entity chosen.
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(4, 4, 4, 4);
    m_header = new QLabel(detail);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_header);
    m_chart = new MentionChart(detail);
    m_chart->setObjectName(QStringLiteral("mentionChart"));
    detailLayout->addWidget(m_chart);
    m_detailTabs = new QTabWidget(detail);
    m_articlesModel = new ArticleListModel(this);
    m_articlesView = new QListView(m_detailTabs);
    m_articlesView->setObjectName(QStringLiteral("entityArticles"));
    m_articlesView->setModel(m_articlesModel);
    m_articlesView->setUniformItemSizes(true);
    m_articlesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_detailTabs->addTab(m_articlesView, QString());
    m_companions = new QTreeWidget(m_detailTabs);
    m_companions->setObjectName(QStringLiteral("entityCompanions"));
    m_companions->setRootIsDecorated(false);
    m_companions->setColumnCount(2);
    m_detailTabs->addTab(m_companions, QString());
    m_offices = new QTreeWidget(m_detailTabs);
    m_offices->setObjectName(QStringLiteral("entityOffices"));
    m_offices->setRootIsDecorated(false);
    m_offices->setColumnCount(5);
    m_detailTabs->addTab(m_offices, QString());
    detailLayout->addWidget(m_detailTabs, 1);
    auto *editRow = new QHBoxLayout;
    m_otherName = new QLineEdit(detail);
    m_renameButton = new QPushButton(detail);
    m_mergeButton = new QPushButton(detail);
    m_splitButton = new QPushButton(detail);
    m_ignoreButton = new QPushButton(detail);
    editRow->addWidget(m_otherName, 1);
    for (QPushButton *b : {m_renameButton, m_mergeButton, m_splitButton, m_ignoreButton})
        editRow->addWidget(b);
    detailLayout->addLayout(editRow);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 520});
    m_tabs->addTab(indexPage, QString());

    // Likely duplicates.
    auto *variantsPage = new QWidget(m_tabs);
    auto *variantsLayout = new QVBoxLayout(variantsPage);
    m_variantsHint = new QLabel(variantsPage);
    m_variantsHint->setWordWrap(true);
    variantsLayout->addWidget(m_variantsHint);
    m_variants = new QTreeWidget(variantsPage);
    m_variants->setObjectName(QStringLiteral("entityVariants"));
    m_variants->setRootIsDecorated(false);
    m_variants->setColumnCount(6);
    variantsLayout->addWidget(m_variants, 1);
    auto *variantButtons = new QHBoxLayout;
    m_mergeVariantButton = new QPushButton(variantsPage);
    m_distinctButton = new QPushButton(variantsPage);
    variantButtons->addWidget(m_mergeVariantButton);
    variantButtons->addWidget(m_distinctButton);
    variantButtons->addStretch(1);
    variantsLayout->addLayout(variantButtons);
    m_tabs->addTab(variantsPage, QString());

    // The decisions in force, each one can be taken back.
    auto *decisionsPage = new QWidget(m_tabs);
    auto *decisionsLayout = new QVBoxLayout(decisionsPage);
    m_decisions = new QTreeWidget(decisionsPage);
    m_decisions->setObjectName(QStringLiteral("entityDecisions"));
    m_decisions->setRootIsDecorated(false);
    m_decisions->setColumnCount(4);
    decisionsLayout->addWidget(m_decisions, 1);
    m_undoButton = new QPushButton(decisionsPage);
    decisionsLayout->addWidget(m_undoButton, 0, Qt::AlignLeft);
    m_tabs->addTab(decisionsPage, QString());

    for (QComboBox *box : {m_typeFilter, m_addType}) {
        if (box == m_typeFilter)
            box->addItem(QString(), -1);
        for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Place})
            box->addItem(QString(), int(t));
    }
    retranslate();

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_variantsStale)
            reloadVariants();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &EntityWindow::reloadList);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &EntityWindow::reloadList);
    connect(m_journalistsFilter, &QCheckBox::toggled, this, &EntityWindow::reloadList);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EntityWindow::onListCurrentChanged);
    connect(m_articlesView, &QListView::activated, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(ArticleListModel::ArticleIdRole).toLongLong());
    });
    connect(m_companions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        showEntity({item->data(0, KeyNameRole).toString(), EntityType(item->data(0, KeyTypeRole).toInt())});
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (addName(m_addName->text(), EntityType(m_addType->currentData().toInt())))
            m_addName->clear();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &EntityWindow::chooseCsvFile);
    connect(m_renameButton, &QPushButton::clicked, this, [this] { renameCurrent(editedName()); });
    connect(m_mergeButton, &QPushButton::clicked, this, [this] { mergeCurrentInto(editedName()); });
    connect(m_splitButton, &QPushButton::clicked, this, [this] { splitSelectedArticles(editedName()); });
    connect(m_ignoreButton, &QPushButton::clicked, this, &EntityWindow::ignoreCurrent);
    connect(m_mergeVariantButton, &QPushButton::clicked, this,
            [this] { mergeSuggestion(m_variants->indexOfTopLevelItem(m_variants->currentItem())); });
    connect(m_distinctButton, &QPushButton::clicked, this,
            [this] { rejectSuggestion(m_variants->indexOfTopLevelItem(m_variants->currentItem())); });
    connect(m_undoButton, &QPushButton::clicked, this,
            [this] { undoDecision(m_decisions->indexOfTopLevelItem(m_decisions->currentItem())); });
    connect(m_variants, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_tabs->setCurrentIndex(0);
        showEntity({item->data(0, KeyNameRole).toString(), EntityType(item->data(0, KeyTypeRole).toInt())});
    });
    resize(1000, 680);
}

EntityWindow::~EntityWindow()
{
    // The models' fetchers hold the store: let them go before it.
    m_articlesModel->clear();
    m_listModel->clear();
}

bool EntityWindow::openLibrary(const QString &path, QString *error)
{
    m_articlesModel->clear();
    m_listModel->clear();
    m_store.reset();
    m_library = std::make_unique<Library>();
    LibraryOpenOptions options;
    options.create = false;
    options.readOnlyWhenNotWritable = true;
    if (!m_library->open(path, options)) {
        if (error)
            *error = m_library->errorString();
        m_library.reset();
        return false;
    }
    m_store = std::make_unique<EntityStore>(*m_library);
    m_store->refresh(); // names added since the last import; a failure only delays them
    const bool writable = !m_library->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_addName, m_addType, m_addButton, m_otherName, m_renameButton,
                                                       m_mergeButton, m_splitButton, m_ignoreButton,
                                                       m_mergeVariantButton, m_distinctButton, m_undoButton})
        w->setEnabled(writable);
    setWindowTitle(tr("People, Organizations, Places — %1").arg(QFileInfo(path).completeBaseName()));
    reloadList();
    invalidateVariants();
    reloadDecisions();
    return true;
}

void EntityWindow::reloadDecisions()
{
    m_decisions->clear();
    m_decisionList = m_store ? m_store->decisions() : QList<EntityDecision>{};
    for (const EntityDecision &d : std::as_const(m_decisionList)) {
        auto *item = new QTreeWidgetItem(m_decisions);
        switch (d.kind) {
        case EntityDecision::Merge:
            item->setText(0, tr("Merged into"));
            break;
        case EntityDecision::Ignore:
            item->setText(0, tr("Ignored"));
            break;
        case EntityDecision::Split:
            item->setText(0, tr("Split off as"));
            break;
        case EntityDecision::Add:
            item->setText(0, tr("Added"));
            break;
        case EntityDecision::Distinct:
            item->setText(0, tr("Not the same as"));
            break;
        }
        item->setText(1, d.entity.name + QStringLiteral(" (") + EntityListModel::typeLabel(d.entity.type)
                             + QLatin1Char(')'));
        item->setText(2, d.target.name);
        item->setText(3, d.kind == EntityDecision::Split
                             ? tr("%1, article %2").arg(QDir::toNativeSeparators(d.sourcePath)).arg(d.articleSeq + 1)
                             : QString());
    }
    for (int c = 0; c < m_decisions->columnCount(); ++c)
        m_decisions->resizeColumnToContents(c);
}

bool EntityWindow::undoDecision(int row)
{
    if (!m_store || row < 0 || row >= m_decisionList.size())
        return refuse(tr("Choose a decision in the list first."));
    return decided(m_store->undo(m_decisionList.at(row)));
}

void EntityWindow::invalidateVariants()
{
    // Finding variants compares the contexts of hundreds of names (seconds on a large library): only
    // when the list is looked at, and again after a decision only if it is in view.
    m_variantsStale = true;
    m_variants->clear();
    m_suggestions.clear();
    if (m_tabs->currentIndex() == 1)
        reloadVariants();
}

EntityWindow *EntityWindow::open(const QString &path, const EntityKey &key, DialogProvider *dialogs, QWidget *parent)
{
    auto *window = new EntityWindow(dialogs, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!window->openLibrary(path, &error)) {
        dialogs->warning(parent, tr("Entities"), error);
        delete window;
        return nullptr;
    }
    if (!key.name.isEmpty())
        window->showEntity(key);
    window->show();
    window->raise();
    return window;
}

void EntityWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillDetails();
        invalidateVariants();
        reloadDecisions();
    }
    QWidget::changeEvent(event);
}

void EntityWindow::retranslate()
{
    m_tabs->setTabText(0, tr("Index"));
    m_tabs->setTabText(1, tr("Likely Duplicates"));
    m_filter->setPlaceholderText(tr("Filter names"));
    m_journalistsFilter->setText(tr("Journalists"));
    m_journalistsFilter->setToolTip(tr("Also list the reporters and photographers named in bylines"));
    m_typeFilter->setItemText(0, tr("All types"));
    for (QComboBox *box : {m_typeFilter, m_addType}) {
        const int first = box == m_typeFilter ? 1 : 0;
        box->setItemText(first, tr("People"));
        box->setItemText(first + 1, tr("Organizations"));
        box->setItemText(first + 2, tr("Places"));
    }
    m_addName->setPlaceholderText(tr("A name the papers use that is missing"));
    m_addButton->setText(tr("Add"));
    m_exportButton->setText(tr("Export to CSV…"));
    m_detailTabs->setTabText(0, tr("Articles"));
    m_detailTabs->setTabText(1, tr("Appears With"));
    m_detailTabs->setTabText(2, tr("Offices"));
    m_companions->setHeaderLabels({tr("Name"), tr("Articles together")});
    m_offices->setHeaderLabels({tr("Office"), tr("Organization"), tr("From"), tr("To"), tr("Mentions")});
    m_otherName->setPlaceholderText(tr("New or other name"));
    m_renameButton->setText(tr("Rename"));
    m_renameButton->setToolTip(tr("Call this entity by the name typed (its other names follow)."));
    m_mergeButton->setText(tr("Merge Into"));
    m_mergeButton->setToolTip(tr("This name is another way of writing the entity typed: count its mentions there."));
    m_splitButton->setText(tr("Split Off"));
    m_splitButton->setToolTip(tr("The selected articles are about someone else of the same name: give their "
                                 "mentions the name typed."));
    m_ignoreButton->setText(tr("Ignore"));
    m_ignoreButton->setToolTip(tr("Not an entity: leave it out of every list, also after later imports."));
    m_variantsHint->setText(tr("Names one character apart that appear with the same people or offices: often one "
                               "name misread or mistyped. Merge the rarer into the commoner, or keep them apart."));
    m_variants->setHeaderLabels({tr("Name"), tr("Mentions"), tr("Likely the same as"), tr("Mentions"),
                                 tr("Shared companions"), tr("Shared offices")});
    m_mergeVariantButton->setText(tr("Merge"));
    m_distinctButton->setText(tr("Not the Same"));
    m_tabs->setTabText(2, tr("Decisions"));
    m_decisions->setHeaderLabels({tr("Decision"), tr("Name"), tr("Other name"), tr("Where")});
    m_undoButton->setText(tr("Undo Decision"));
}

EntityFilter EntityWindow::currentFilter() const
{
    EntityFilter filter;
    filter.contains = m_filter->text().trimmed();
    filter.includeJournalists = m_journalistsFilter->isChecked();
    const int type = m_typeFilter->currentData().toInt();
    if (type >= 0)
        filter.type = EntityType(type);
    return filter;
}

QString EntityWindow::editedName() const
{
    return m_otherName->text().trimmed();
}

void EntityWindow::reloadList()
{
    if (!m_store) {
        m_listModel->clear();
        return;
    }
    EntityStore *store = m_store.get();
    const EntityFilter base = currentFilter();
    // Large batches: a batch costs a pass over the mentions whatever its size (1.3 s for 345,000 mentions).
    m_listModel->setFetcher(
        [store, base](int offset, int limit) {
            EntityFilter filter = base;
            filter.offset = offset;
            filter.limit = limit;
            return store->entities(filter);
        },
        2000);
    const int row = m_listModel->rowOf(m_current);
    if (row >= 0)
        m_listView->selectRow(row);
}

void EntityWindow::reloadVariants()
{
    m_variants->clear();
    m_variantsStale = false;
    if (!m_store)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    m_suggestions = m_store->suggestVariants();
    for (const VariantSuggestion &v : std::as_const(m_suggestions)) {
        auto *item = new QTreeWidgetItem(m_variants);
        item->setText(0, v.rarer.name);
        item->setData(0, KeyNameRole, v.rarer.name);
        item->setData(0, KeyTypeRole, int(v.rarer.type));
        item->setText(1, QString::number(v.rarerMentions));
        item->setText(2, v.commoner.name);
        item->setText(3, QString::number(v.commonerMentions));
        item->setText(4, QString::number(v.sharedCoMentions));
        item->setText(5, QString::number(v.sharedOffices));
        item->setToolTip(0, EntityListModel::typeLabel(v.rarer.type));
    }
    if (m_variants->topLevelItemCount() > 0)
        m_variants->setCurrentItem(m_variants->topLevelItem(0));
    for (int c = 0; c < m_variants->columnCount(); ++c)
        m_variants->resizeColumnToContents(c);
}

void EntityWindow::onListCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const EntityKey key = m_listModel->keyAt(current.row());
    if (key == m_current && !m_header->text().isEmpty())
        return;
    m_current = key;
    fillDetails();
}

void EntityWindow::showEntity(const EntityKey &key)
{
    m_current = key;
    // Select it when it is in the list loaded so far (filters permitting); the details show regardless.
    // No loading further to find it: every batch of the list is a pass over all mentions.
    const int row = m_listModel->rowOf(key);
    if (row >= 0) {
        const QSignalBlocker block(m_listView->selectionModel());
        m_listView->selectRow(row);
        m_listView->scrollTo(m_listModel->index(row, 0));
    }
    fillDetails();
}

void EntityWindow::fillDetails()
{
    m_companions->clear();
    m_offices->clear();
    m_articlesModel->clear();
    m_chart->setPeriods({});
    const bool chosen = m_store && !m_current.name.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_renameButton, m_mergeButton, m_splitButton, m_ignoreButton})
        w->setEnabled(chosen && !m_library->isReadOnly());
    if (!chosen) {
        m_header->setText(tr("Choose a name in the list."));
        return;
    }
    const std::optional<EntitySummary> summary = m_store->entity(m_current);
    if (!summary) {
        m_header->setText(tr("%1 is not mentioned in this library (or is ignored).").arg(m_current.name));
        return;
    }
    QString header = tr("%1 (%2): %n mention(s)", nullptr, summary->mentions)
                         .arg(m_current.name, EntityListModel::typeLabel(m_current.type));
    header += QLatin1Char(' ') + tr("in %n article(s), %1 to %2", nullptr, summary->articles)
                                     .arg(dateText(summary->first), dateText(summary->last));
    if (!summary->aliases.isEmpty())
        header += QLatin1Char('\n') + tr("Also written: %1").arg(QLocale().createSeparatedList(summary->aliases));
    m_header->setText(header);

    m_chart->setPeriods(m_store->mentionsOverTime(m_current, EntityStore::Granularity::Month));

    EntityStore *store = m_store.get();
    const EntityKey key = m_current;
    m_articlesModel->setFetcher(
        [store, key](int offset, int limit) {
            QList<ArticleRef> refs;
            for (const EntityArticle &a : store->articles(key, QDate(), QDate(), false, limit, offset)) {
                ArticleRef ref;
                ref.articleId = a.articleId;
                ref.paper = a.paper;
                ref.date = a.date;
                ref.pageLabel = a.pageLabel;
                ref.headline = a.headline;
                refs << ref;
            }
            return refs;
        },
        100);

    for (const CoMention &c : m_store->coMentioned(m_current, EntityType::Person, 50)) {
        auto *item = new QTreeWidgetItem(m_companions);
        item->setText(0, c.key.name);
        item->setData(0, KeyNameRole, c.key.name);
        item->setData(0, KeyTypeRole, int(c.key.type));
        item->setText(1, QString::number(c.sharedArticles));
    }
    for (const OfficeSpan &o : m_store->offices(m_current)) {
        auto *item = new QTreeWidgetItem(m_offices);
        item->setText(0, o.office);
        item->setText(1, o.organization);
        item->setText(2, dateText(o.first));
        item->setText(3, dateText(o.last));
        item->setText(4, QString::number(o.mentions));
    }
    for (QTreeWidget *tree : {m_companions, m_offices}) {
        for (int c = 0; c < tree->columnCount(); ++c)
            tree->resizeColumnToContents(c);
    }
}

bool EntityWindow::exportCsv(const QString &path)
{
    if (!m_store)
        return false;
    if (m_store->exportCsv(path, currentFilter()))
        return true;
    m_dialogs->warning(this, tr("Export Entities"), m_store->lastError());
    return false;
}

void EntityWindow::chooseCsvFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_dialogs->getSaveFileName(this, tr("Export Entities"),
                                                    QDir(dir).filePath(tr("entities") + QStringLiteral(".csv")),
                                                    tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool EntityWindow::decided(bool ok)
{
    if (!ok)
        return refuse(m_store->lastError());
    m_otherName->clear();
    reloadList();
    invalidateVariants();
    reloadDecisions();
    fillDetails();
    return true;
}

bool EntityWindow::refuse(const QString &why)
{
    m_dialogs->warning(this, tr("Entities"), why);
    return false;
}

bool EntityWindow::renameCurrent(const QString &newName)
{
    if (!m_store || m_current.name.isEmpty())
        return refuse(tr("Choose a name in the list first."));
    if (newName.trimmed().isEmpty())
        return refuse(tr("Type the new name first."));
    const bool ok = m_store->rename(m_current, newName);
    if (ok)
        m_current.name = newName.trimmed();
    return decided(ok);
}

bool EntityWindow::mergeCurrentInto(const QString &name)
{
    if (!m_store || m_current.name.isEmpty())
        return refuse(tr("Choose a name in the list first."));
    if (name.trimmed().isEmpty())
        return refuse(tr("Type the name to merge into first."));
    const EntityKey into{name.trimmed(), m_current.type};
    const bool ok = m_store->merge(m_current, into);
    if (ok)
        m_current = into;
    return decided(ok);
}

bool EntityWindow::splitSelectedArticles(const QString &newName)
{
    if (!m_store || m_current.name.isEmpty())
        return refuse(tr("Choose a name in the list first."));
    QList<qint64> ids;
    for (const QModelIndex &index : m_articlesView->selectionModel()->selectedIndexes())
        ids << index.data(ArticleListModel::ArticleIdRole).toLongLong();
    if (ids.isEmpty())
        return refuse(tr("Select the articles about the other entity first."));
    return decided(m_store->split(m_current, ids, newName));
}

bool EntityWindow::ignoreCurrent()
{
    if (!m_store || m_current.name.isEmpty())
        return refuse(tr("Choose a name in the list first."));
    const bool ok = m_store->ignore(m_current);
    if (ok)
        m_current = {};
    return decided(ok);
}

bool EntityWindow::addName(const QString &name, EntityType type)
{
    if (!m_store)
        return refuse(tr("No library is open."));
    const EntityKey key{name.trimmed(), type};
    const bool ok = m_store->add(key);
    if (ok)
        m_current = key;
    return decided(ok);
}

bool EntityWindow::mergeSuggestion(int row)
{
    if (!m_store || row < 0 || row >= m_suggestions.size())
        return false;
    const VariantSuggestion v = m_suggestions.at(row);
    const bool ok = m_store->merge(v.rarer, v.commoner);
    if (ok)
        m_current = v.commoner;
    return decided(ok);
}

bool EntityWindow::rejectSuggestion(int row)
{
    if (!m_store || row < 0 || row >= m_suggestions.size())
        return false;
    const VariantSuggestion v = m_suggestions.at(row);
    return decided(m_store->markDistinct(v.rarer, v.commoner));
}

} // namespace kanbao
