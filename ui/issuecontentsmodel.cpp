#include "issuecontentsmodel.h"

#include <QCoreApplication>

namespace kanbao {

// Article rows carry their page's row + 1 as internal id; page rows carry 0.
static constexpr quintptr TopLevel = 0;

IssueContentsModel::IssueContentsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void IssueContentsModel::setReader(LibraryReader *reader)
{
    beginResetModel();
    m_reader = reader;
    m_issueId = 0;
    m_pages.clear();
    endResetModel();
}

void IssueContentsModel::setIssue(qint64 issueId)
{
    beginResetModel();
    m_issueId = issueId;
    m_pages.clear();
    if (m_reader && issueId > 0) {
        const QList<PageInfo> pages = m_reader->pagesOfIssue(issueId);
        for (const PageInfo &page : pages)
            m_pages.append(PageNode{page, false, {}});
    }
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
}

QModelIndex IssueContentsModel::indexOfArticle(qint64 articleId) const
{
    for (int p = 0; p < m_pages.size(); ++p) {
        const auto &articles = m_pages.at(p).articles;
        for (int a = 0; a < articles.size(); ++a) {
            if (articles.at(a).id == articleId)
                return createIndex(a, 0, quintptr(p + 1));
        }
    }
    return {};
}

QModelIndex IssueContentsModel::firstArticle()
{
    for (int p = 0; p < m_pages.size(); ++p) {
        const QModelIndex pageIndex = index(p, 0);
        if (canFetchMore(pageIndex))
            fetchMore(pageIndex);
        if (!m_pages.at(p).articles.isEmpty())
            return index(0, 0, pageIndex);
    }
    return {};
}

QModelIndex IssueContentsModel::neighbourArticle(const QModelIndex &from, int step)
{
    if (!from.isValid())
        return step >= 0 ? firstArticle() : QModelIndex();
    int page = 0;
    int row = 0;
    if (from.internalId() == TopLevel) {
        page = from.row();
        row = step > 0 ? -1 : 0; // from a page row, +1 lands on its first article
    } else {
        page = int(from.internalId()) - 1;
        row = from.row();
    }
    const int direction = step >= 0 ? 1 : -1;
    int remaining = step >= 0 ? step : -step;
    while (remaining > 0) {
        row += direction;
        while (page >= 0 && page < m_pages.size()) {
            const QModelIndex pageIndex = index(page, 0);
            if (canFetchMore(pageIndex))
                fetchMore(pageIndex);
            const int count = int(m_pages.at(page).articles.size());
            if (row >= 0 && row < count)
                break;
            page += direction;
            if (page < 0 || page >= m_pages.size())
                return {};
            const QModelIndex next = index(page, 0);
            if (canFetchMore(next))
                fetchMore(next);
            row = direction > 0 ? 0 : int(m_pages.at(page).articles.size()) - 1;
        }
        if (page < 0 || page >= m_pages.size())
            return {};
        --remaining;
    }
    return index(row, 0, index(page, 0));
}

QModelIndex IssueContentsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_pages.size() ? createIndex(row, 0, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_pages.size())
        return {};
    if (row >= m_pages.at(parent.row()).articles.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex IssueContentsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, TopLevel);
}

int IssueContentsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_pages.size());
    if (parent.column() != 0 || parent.internalId() != TopLevel)
        return 0;
    return int(m_pages.at(parent.row()).articles.size());
}

int IssueContentsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool IssueContentsModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_pages.isEmpty();
    if (parent.column() != 0 || parent.internalId() != TopLevel)
        return false;
    const PageNode &node = m_pages.at(parent.row());
    return node.fetched ? !node.articles.isEmpty() : node.page.articleCount > 0;
}

bool IssueContentsModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() == 0 && parent.internalId() == TopLevel
        && !m_pages.at(parent.row()).fetched && m_reader && !m_announcingReset;
}

void IssueContentsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    PageNode &node = m_pages[parent.row()];
    node.fetched = true;
    const QList<ArticleSummary> articles = m_reader->articlesOfPage(node.page.id);
    if (articles.isEmpty()) {
        // The count the page promised may have been wrong (library changed underneath): say so.
        emit dataChanged(parent, parent);
        return;
    }
    beginInsertRows(parent, 0, int(articles.size()) - 1);
    node.articles = articles;
    endInsertRows();
}

QString IssueContentsModel::kindLabel(const QString &kindName)
{
    if (kindName == QLatin1String("photo"))
        return QCoreApplication::translate("kanbao::IssueContentsModel", "Photo");
    if (kindName == QLatin1String("commentary"))
        return QCoreApplication::translate("kanbao::IssueContentsModel", "Commentary");
    if (kindName == QLatin1String("brief"))
        return QCoreApplication::translate("kanbao::IssueContentsModel", "Brief");
    if (kindName == QLatin1String("wire"))
        return QCoreApplication::translate("kanbao::IssueContentsModel", "Wire");
    return QCoreApplication::translate("kanbao::IssueContentsModel", "Article");
}

QString IssueContentsModel::articleTitle(const ArticleSummary &article)
{
    if (!article.headline.isEmpty())
        return article.headline;
    // No headline (photos, briefs): the kind and the opening words tell the pieces apart.
    QString opening = article.firstLine.left(24);
    if (article.firstLine.size() > 24)
        opening += QChar(0x2026);
    if (opening.isEmpty())
        return QCoreApplication::translate("kanbao::IssueContentsModel", "[%1]").arg(kindLabel(article.kind));
    return QCoreApplication::translate("kanbao::IssueContentsModel", "[%1] %2").arg(kindLabel(article.kind), opening);
}

QVariant IssueContentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TopLevel) {
        const PageNode &node = m_pages.at(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            QString label = node.page.label.isEmpty()
                ? tr("Page %1").arg(index.row() + 1)
                : tr("Page %1").arg(node.page.label);
            if (!node.page.section.isEmpty())
                label += QStringLiteral(" · ") + node.page.section;
            return tr("%1 (%n article(s))", nullptr, node.page.articleCount).arg(label);
        }
        case Qt::ToolTipRole:
            return node.page.sourcePath;
        case PageIdRole:
            return node.page.id;
        case IsPageRole:
            return true;
        case ArticleIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const int page = int(index.internalId()) - 1;
    const ArticleSummary &article = m_pages.at(page).articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return articleTitle(article);
    case Qt::ToolTipRole: {
        QString tip = article.headline.isEmpty() ? article.firstLine : article.headline;
        if (!article.kicker.isEmpty())
            tip = article.kicker + QLatin1Char('\n') + tip;
        return tip;
    }
    case ArticleIdRole:
        return article.id;
    case PageIdRole:
        return m_pages.at(page).page.id;
    case IsPageRole:
        return false;
    case KindRole:
        return article.kind;
    default:
        return {};
    }
}

Qt::ItemFlags IssueContentsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != TopLevel)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant IssueContentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Pages and articles");
    return {};
}

} // namespace kanbao
