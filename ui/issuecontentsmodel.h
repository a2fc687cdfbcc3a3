#pragma once

#include "libraryreader.h"

#include <QAbstractItemModel>

namespace kanbao {

// The pages of one issue, each with its articles in reading order. A page's articles are read from the
// library only when the view asks for them (expanding the page, or navigating into it).
class IssueContentsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, // qint64; 0 on page rows
        PageIdRole,                       // qint64, on both kinds of rows
        IsPageRole,                       // bool
        KindRole,                         // article kind name
    };

    explicit IssueContentsModel(QObject *parent = nullptr);

    void setReader(LibraryReader *reader);
    // Shows the issue's pages (0 clears).
    void setIssue(qint64 issueId);
    qint64 issueId() const { return m_issueId; }

    QModelIndex indexOfArticle(qint64 articleId) const;
    // The article `step` places after (or, negative, before) `from` in reading order across pages,
    // loading pages as needed; invalid past either end. From a page row, the page's first article.
    QModelIndex neighbourArticle(const QModelIndex &from, int step);
    QModelIndex firstArticle();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString articleTitle(const ArticleSummary &article);
    static QString kindLabel(const QString &kindName);

private:
    struct PageNode
    {
        PageInfo page;
        bool fetched = false;
        QList<ArticleSummary> articles;
    };

    LibraryReader *m_reader = nullptr;
    qint64 m_issueId = 0;
    QList<PageNode> m_pages;
    // True while the reset is announced: listeners that ask for more rows then must wait for the next
    // turn, or the rows would be inserted inside the reset.
    bool m_announcingReset = false;
};

} // namespace kanbao
