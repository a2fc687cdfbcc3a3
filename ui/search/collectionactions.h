#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QUndoStack;
class QWidget;

namespace kanbao {

class CollectionModel;
class DialogProvider;
class NotesStore;

// Collections in the main window: "Add to Collection" in the article menus (search results, issue
// contents, an entity's articles, the article pane) and in Edit ▸ Add to Collection for the selected
// articles; the collections with their counts (model(), shown by CollectionsPanel); rename, delete and
// export of one. Collections are the library module's (library/searchlists.h); a collection is also a
// search scope (collection:NAME). Every change is a command on the notes' undo stack (Edit ▸ Undo).
class CollectionActions : public QObject
{
    Q_OBJECT

public:
    CollectionActions(DialogProvider *dialogs, QWidget *window);

    // The library's read-write connection (the notes store's); null while no library is open.
    void setStore(NotesStore *store, bool readOnly);
    // Where the edits go (the notes' stack); without one they are made at once, not undoable.
    void setUndoStack(QUndoStack *stack);
    // Edit ▸ Add to Collection, for the articles `selection` gives (the selected ones, else the open one).
    void install(QMenu *editMenu, std::function<QList<qint64>()> selection);
    void retranslate();

    CollectionModel *model() const { return m_model; }
    // Reads the collections and their counts again.
    void refresh();

    // Adds an "Add to Collection" submenu for `articleIds` to `menu`.
    void fillMenu(QMenu *menu, const QList<qint64> &articleIds);
    // Adds the articles to the collection `name`, creating it when there is none of that name.
    bool addToCollection(const QString &name, const QList<qint64> &articleIds);
    // Asks for a name, then adds.
    bool addToNewCollection(const QList<qint64> &articleIds);
    // Asks for a new name.
    bool renameCollection(qint64 collectionId);
    // Asks first; the deletion can be undone.
    bool deleteCollection(qint64 collectionId);
    // Asks where to write, then writes the articles' full text: CSV, or JSON Lines for a .jsonl file.
    bool exportText(qint64 collectionId);
    // The collection's articles, oldest issue first.
    QList<qint64> articles(qint64 collectionId);
    // The query that lists the collection's articles.
    static QString queryFor(const QString &name);
    QMenu *editMenu() const { return m_editMenu; }
    // A read-only library: collections are listed and exported, not changed.
    bool isReadOnly() const;

signals:
    void message(const QString &text);
    // The collections changed (an edit, its undo or redo): lists scoped to one may be out of date.
    void changed();

private:
    bool push(class CollectionCommand *command, const QString &title);
    QString nameOf(qint64 collectionId) const;

    DialogProvider *m_dialogs;
    QWidget *m_window;
    QPointer<NotesStore> m_store;
    QPointer<QUndoStack> m_stack;
    CollectionModel *m_model;
    QMenu *m_editMenu = nullptr;
    bool m_readOnly = false;
};

} // namespace kanbao
