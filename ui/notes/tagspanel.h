#pragma once

#include "notes/noteseditor.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTreeView;

namespace kanbao {

class ArticleListModel;
class TagListModel;

// The tags with their counts and, for the tag chosen, the articles that carry it (newest issue first),
// to open one. The way to read everything filed under one subject.
class TagsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TagsPanel(QWidget *parent = nullptr);

    void setEditor(NotesEditor *editor);

    TagListModel *tagModel() const { return m_tags; }
    QTreeView *tagView() const { return m_tagView; }
    ArticleListModel *articleModel() const { return m_articles; }
    QListView *articleView() const { return m_articleView; }

    void showTag(qint64 tagId);
    qint64 currentTag() const { return m_tagId; }

Q_SIGNALS:
    void openArticleRequested(qint64 articleId);
    void manageTagsRequested();
    void showNotesOfTagRequested(const QString &tagName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadArticles();

    QPointer<NotesEditor> m_editor;
    TagListModel *m_tags = nullptr;
    ArticleListModel *m_articles = nullptr;
    QTreeView *m_tagView = nullptr;
    QListView *m_articleView = nullptr;
    QLabel *m_articlesLabel = nullptr;
    QPushButton *m_manageButton = nullptr;
    QPushButton *m_notesButton = nullptr;
    qint64 m_tagId = 0;
    qint64 m_keep = 0;
};

} // namespace kanbao
