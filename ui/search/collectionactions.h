#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace kanbao {

class DialogProvider;
class NotesStore;

// "Add to Collection" in the article menus (search results, issue contents, an entity's articles, the
// article pane): the library's collections, and New Collection… to name one. Collections are the
// library module's (library/searchlists.h); a collection is then a search scope (collection:NAME) and an
// export scope (kanbao-cli collection export, Export Search Results as References…).
class CollectionActions : public QObject
{
    Q_OBJECT

public:
    CollectionActions(DialogProvider *dialogs, QWidget *window);

    // The library's read-write connection (the notes store's); null while no library is open.
    void setStore(NotesStore *store, bool readOnly);
    // Adds an "Add to Collection" submenu for `articleIds` to `menu`.
    void fillMenu(QMenu *menu, const QList<qint64> &articleIds);
    // Adds the articles to the collection `name`, creating it when there is none of that name.
    bool addToCollection(const QString &name, const QList<qint64> &articleIds);
    // Asks for a name, then adds.
    bool addToNewCollection(const QList<qint64> &articleIds);

signals:
    void message(const QString &text);

private:
    DialogProvider *m_dialogs;
    QWidget *m_window;
    QPointer<NotesStore> m_store;
    bool m_readOnly = false;
};

} // namespace kanbao
