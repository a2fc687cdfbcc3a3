#pragma once

#include "notes/noteseditor.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace kanbao {

class ArticleView;

// The tags of the article being read, as chips in its colour above the headline; a click asks for every
// article with that tag (the window runs the search `tag:NAME`). Hidden when the article has no tag.
// Follows tagging, renaming and recolouring done anywhere.
class TagChipBar : public QWidget
{
    Q_OBJECT

public:
    explicit TagChipBar(ArticleView *view);

    void setEditor(NotesEditor *editor);
    // Reads the tags of the article the view shows again.
    void refresh();

    QList<QToolButton *> chips() const { return m_chips; }
    QStringList tagNames() const;

    // The search that lists every article with `tagName` (quoted when the name has a space or a quote).
    static QString tagQuery(const QString &tagName);

Q_SIGNALS:
    void tagClicked(const QString &tagName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<ArticleView> m_view;
    QPointer<NotesEditor> m_editor;
    QHBoxLayout *m_layout = nullptr;
    QList<QToolButton *> m_chips;
};

} // namespace kanbao
