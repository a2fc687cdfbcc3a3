#include "search/collectionspanel.h"

#include "search/collectionactions.h"
#include "search/collectionmodel.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace kanbao {

CollectionsPanel::CollectionsPanel(CollectionActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_view(new QListView(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("collectionsPanel"));
    m_view->setObjectName(QStringLiteral("collectionView"));
    m_view->setModel(actions->model());
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("collectionsHint"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    const auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            emit openRequested(CollectionActions::queryFor(index.data(CollectionModel::NameRole).toString()));
    };
    connect(m_view, &QListView::clicked, this, open);
    connect(m_view, &QListView::activated, this, open);
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        if (QMenu *menu = menuFor(index.row()))
            menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(actions->model(), &QAbstractItemModel::modelReset, this, &CollectionsPanel::updateHint);
    retranslate();
}

QMenu *CollectionsPanel::menuFor(int row)
{
    const QModelIndex index = m_view->model()->index(row, 0);
    if (!index.isValid())
        return nullptr;
    const qint64 id = index.data(CollectionModel::IdRole).toLongLong();
    const QString name = index.data(CollectionModel::NameRole).toString();
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("collectionContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = menu->addAction(tr("&Open"));
    open->setObjectName(QStringLiteral("openCollectionAction"));
    connect(open, &QAction::triggered, this, [this, name] { emit openRequested(CollectionActions::queryFor(name)); });
    menu->addSeparator();
    QAction *rename = menu->addAction(tr("&Rename…"));
    rename->setObjectName(QStringLiteral("renameCollectionAction"));
    connect(rename, &QAction::triggered, m_actions, [this, id] { m_actions->renameCollection(id); });
    QAction *remove = menu->addAction(tr("&Delete…"));
    remove->setObjectName(QStringLiteral("deleteCollectionAction"));
    connect(remove, &QAction::triggered, m_actions, [this, id] { m_actions->deleteCollection(id); });
    menu->addSeparator();
    QAction *text = menu->addAction(tr("Export Full &Text (CSV, JSON Lines)…"));
    text->setObjectName(QStringLiteral("exportCollectionTextAction"));
    connect(text, &QAction::triggered, m_actions, [this, id] { m_actions->exportText(id); });
    QAction *references = menu->addAction(tr("Export Re&ferences (RIS, BibTeX, CSL-JSON)…"));
    references->setObjectName(QStringLiteral("exportCollectionReferencesAction"));
    connect(references, &QAction::triggered, this,
            [this, id] { emit exportReferencesRequested(m_actions->articles(id)); });
    rename->setEnabled(!m_actions->isReadOnly());
    remove->setEnabled(!m_actions->isReadOnly());
    const bool empty = index.data(CollectionModel::CountRole).toInt() == 0;
    text->setEnabled(!empty);
    references->setEnabled(!empty);
    return menu;
}

void CollectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CollectionsPanel::retranslate()
{
    updateHint();
}

void CollectionsPanel::updateHint()
{
    m_hint->setText(m_view->model()->rowCount() == 0
                        ? tr("No collections yet. Right-click articles in a list or the article pane and "
                             "choose Add to Collection.")
                        : tr("Click a collection to list its articles; right-click to rename, delete or export it."));
}

} // namespace kanbao
