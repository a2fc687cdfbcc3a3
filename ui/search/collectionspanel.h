#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QListView;
class QMenu;

namespace kanbao {

class CollectionActions;

// The Collections sidebar: every collection of the library with its number of articles. A click lists the
// collection's articles (through openRequested, as the search collection:NAME); the context menu opens,
// renames, deletes (undoably) and exports one, as full text (CSV, JSON Lines) or as references (RIS,
// BibTeX, CSL-JSON through exportReferencesRequested).
class CollectionsPanel : public QWidget
{
    Q_OBJECT

public:
    CollectionsPanel(CollectionActions *actions, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // The context menu for the collection in `row`, as the view shows it (for tests and screenshots).
    QMenu *menuFor(int row);

signals:
    void openRequested(const QString &query);
    void exportReferencesRequested(const QList<qint64> &articleIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHint();

    CollectionActions *m_actions;
    QListView *m_view;
    QLabel *m_hint;
};

} // namespace kanbao
