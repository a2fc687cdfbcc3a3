#include "search/collectionactions.h"

#include "dialogprovider.h"
#include "library/searchlists.h"
#include "notes/notesstore.h"

#include <QAction>
#include <QMenu>

namespace kanbao {

CollectionActions::CollectionActions(DialogProvider *dialogs, QWidget *window)
    : QObject(window)
    , m_dialogs(dialogs)
    , m_window(window)
{
}

void CollectionActions::setStore(NotesStore *store, bool readOnly)
{
    m_store = store;
    m_readOnly = readOnly;
}

void CollectionActions::fillMenu(QMenu *menu, const QList<qint64> &articleIds)
{
    if (!m_store || articleIds.isEmpty())
        return;
    QMenu *add = menu->addMenu(tr("Add to &Collection"));
    add->setObjectName(QStringLiteral("addToCollectionMenu"));
    add->setEnabled(!m_readOnly);
    Collections collections(m_store->database());
    for (const Collection &c : collections.list()) {
        QAction *action = add->addAction(tr("%1 (%n article(s))", nullptr, c.articles).arg(c.name));
        const QString name = c.name;
        connect(action, &QAction::triggered, this,
                [this, name, articleIds] { addToCollection(name, articleIds); });
    }
    if (!add->isEmpty())
        add->addSeparator();
    QAction *fresh = add->addAction(tr("&New Collection…"));
    connect(fresh, &QAction::triggered, this, [this, articleIds] { addToNewCollection(articleIds); });
}

bool CollectionActions::addToCollection(const QString &name, const QList<qint64> &articleIds)
{
    if (!m_store)
        return false;
    Collections collections(m_store->database());
    std::optional<Collection> found = collections.byName(name);
    if (!found) {
        if (!collections.create(name)) {
            m_dialogs->warning(m_window, tr("Add to Collection"), collections.error());
            return false;
        }
        found = collections.byName(name);
    }
    if (!found || !collections.add(found->id, articleIds)) {
        m_dialogs->warning(m_window, tr("Add to Collection"), collections.error());
        return false;
    }
    emit message(tr("%n article(s) added to the collection %1", nullptr, int(articleIds.size())).arg(name));
    return true;
}

bool CollectionActions::addToNewCollection(const QList<qint64> &articleIds)
{
    const QString name =
        m_dialogs->getText(m_window, tr("New Collection"), tr("Name of the collection:")).trimmed();
    if (name.isEmpty())
        return false;
    return addToCollection(name, articleIds);
}

} // namespace kanbao
