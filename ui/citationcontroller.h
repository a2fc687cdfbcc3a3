#pragma once

#include "notes/citation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemView;
class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace kanbao {

class DialogProvider;
class NotesStore;
struct ArticleDetail;

// Citations in the main window: the citation style the reader chose (Edit ▸ Citation Style, kept in
// QSettings), Copy Citation in that style, and Export References… (RIS, BibTeX, CSL-JSON for Zotero and
// the like) for the selected articles or every result of the current search. Formatting is the notes
// module's (notes/citation.h), the same kanbao-cli cite prints.
class CitationController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *StyleKey = "citation/style";

    CitationController(DialogProvider *dialogs, QWidget *window);

    // Edit ▸ Copy Citation and Edit ▸ Citation Style ▸ … after `editAfter`; File ▸ Export References… and
    // Export Search Results as References… before `fileBefore` (appended when null).
    void install(QMenu *fileMenu, QMenu *editMenu, QAction *editAfter, QAction *fileBefore);
    // Where citations are read from (the library's notes store); null while no library is open.
    void setStore(NotesStore *store);
    // The articles the user means: selected in a list, else the open one.
    void setSelection(std::function<QList<qint64>()> selection);
    // Every result of the search shown, in its order; empty when there is none.
    void setSearchResults(std::function<QList<qint64>()> results);
    // Copy Citation and Export References… in the context menu of an article list.
    void addContextMenu(QAbstractItemView *view, int idRole);
    // The same actions, for a menu someone else builds (the article pane's).
    void fillContextMenu(QMenu *menu);

    // The text style (GB/T 7714 or Chicago) used to copy citations and in notes exports.
    static CitationStyle chosenStyle();
    static void setChosenStyle(CitationStyle style);
    // What an open article's citation holds, for one that is not read from the store.
    static ArticleCitation citationOf(const ArticleDetail &article);

    // The references of the articles in the chosen style, one per line; empty when none can be read.
    QString citationText(const QList<qint64> &articleIds) const;
    bool copyCitation(const QList<qint64> &articleIds);
    // Asks where to write, then writes the references; the format follows the file's suffix (.ris,
    // .bib, .json; RIS when it has none of them).
    bool exportReferences(const QList<qint64> &articleIds);

    QAction *copyCitationAction() const { return m_copy; }
    QAction *exportReferencesAction() const { return m_export; }
    QAction *exportResultsAction() const { return m_exportResults; }
    QMenu *styleMenu() const { return m_styleMenu; }

signals:
    void message(const QString &text);
    // An article list's context menu is being filled for these articles: others add their actions.
    void articleMenuAboutToShow(QMenu *menu, const QList<qint64> &articleIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    QList<ArticleCitation> citations(const QList<qint64> &articleIds, QString *error) const;

    DialogProvider *m_dialogs;
    QWidget *m_window;
    QPointer<NotesStore> m_store;
    std::function<QList<qint64>()> m_selection;
    std::function<QList<qint64>()> m_results;
    QAction *m_copy = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportResults = nullptr;
    QMenu *m_styleMenu = nullptr;
    QActionGroup *m_styleGroup = nullptr;
};

} // namespace kanbao
