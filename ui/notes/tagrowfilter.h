#pragma once

#include "notes/noteseditor.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;

namespace kanbao {

// A "Tag:" chooser over a list of articles (search results, the articles that mention a name): rows
// whose article does not carry the tag are hidden, without touching the list's model, so the list
// keeps its own behaviour (paging, activation). Follows tagging done elsewhere.
class TagRowFilter : public QWidget
{
    Q_OBJECT

public:
    // `idRole`: the role of the article id in the view's model.
    TagRowFilter(QListView *view, int idRole, QWidget *parent = nullptr);

    void setEditor(NotesEditor *editor);
    void setTag(qint64 tagId); // 0: every article
    qint64 tag() const { return m_tagId; }
    int visibleRows() const;
    QComboBox *chooser() const { return m_combo; }

    // Puts a filter above `view` in the layout that holds it; returns it (null if there is no layout).
    static TagRowFilter *installAbove(QListView *view, int idRole);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void reloadTagged();
    void apply();

    QPointer<QListView> m_view;
    int m_idRole;
    QPointer<NotesEditor> m_editor;
    qint64 m_tagId = 0;
    QSet<qint64> m_tagged;
    QComboBox *m_combo = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_count = nullptr;
    bool m_filling = false;
};

} // namespace kanbao
