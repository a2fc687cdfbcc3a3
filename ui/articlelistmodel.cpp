#include "articlelistmodel.h"

#include "issuecontentsmodel.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace kanbao {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ArticleListModel::setFetcher(Fetcher fetcher, int batchSize, LaterFetcher later, FirstBatch first,
                                  int firstBatchSize)
{
    beginResetModel();
    m_fetcher = std::move(fetcher);
    m_later = std::move(later);
    m_firstLater = first == FirstBatch::Later && m_later;
    m_batchSize = qMax(1, batchSize);
    m_firstBatchSize = qMax(0, firstBatchSize);
    m_rows.clear();
    m_atEnd = !m_fetcher && !m_later;
    m_fetching = false;
    ++m_generation;
    m_announcingChange = true;
    endResetModel();
    m_announcingChange = false;
    // The first page at once: views only ask for more when they have something to show.
    if (canFetchMore({}))
        fetchMore({});
}

void ArticleListModel::clear()
{
    setFetcher({});
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcingChange && !m_fetching;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const bool later = m_later && (m_firstLater || !m_rows.isEmpty() || !m_fetcher);
    const int size = m_rows.isEmpty() && m_firstBatchSize > 0 ? m_firstBatchSize : m_batchSize;
    if (later) {
        m_fetching = true;
        const quint64 generation = m_generation;
        m_later(int(m_rows.size()), size, [this, generation, size](const QList<ArticleRef> &rows) {
            if (generation != m_generation)
                return; // the list was replaced meanwhile
            m_fetching = false;
            append(rows, size);
            emit batchArrived();
        });
        return;
    }
    const QScopedValueRollback<bool> announcing(m_announcingChange, true);
    append(m_fetcher(int(m_rows.size()), size), size);
}

void ArticleListModel::append(const QList<ArticleRef> &more, int asked)
{
    if (more.size() < asked)
        m_atEnd = true;
    if (more.isEmpty())
        return;
    const QScopedValueRollback<bool> announcing(m_announcingChange, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QString ArticleListModel::snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(SnippetMarkOpen, QStringLiteral("<b>"));
    html.replace(SnippetMarkClose, QStringLiteral("</b>"));
    return html;
}

QString ArticleListModel::titleLine(const ArticleRef &ref)
{
    const QString headline = ref.headline.isEmpty() ? tr("(no headline)") : ref.headline;
    QStringList where;
    if (ref.date.isValid())
        where << ref.date.toString(Qt::ISODate);
    if (!ref.paper.isEmpty())
        where << ref.paper;
    if (!ref.pageLabel.isEmpty())
        where << ref.pageLabel;
    return tr("%1 — %2").arg(where.join(QStringLiteral(" · ")), headline);
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleRef &ref = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return titleLine(ref);
    case Qt::ToolTipRole: {
        QString text = ref.snippet;
        text.remove(SnippetMarkOpen);
        text.remove(SnippetMarkClose);
        return text.isEmpty() ? ref.headline : text;
    }
    case ArticleIdRole:
        return ref.articleId;
    case DateRole:
        return ref.date;
    case PaperRole:
        return ref.paper;
    case PageLabelRole:
        return ref.pageLabel;
    case HeadlineRole:
        return ref.headline;
    case SnippetRole:
        return ref.snippet;
    case HtmlRole: {
        QString html = QStringLiteral("<div>%1</div>").arg(titleLine(ref).toHtmlEscaped());
        if (!ref.snippet.isEmpty())
            html += QStringLiteral("<div>%1</div>").arg(snippetToHtml(ref.snippet));
        return html;
    }
    default:
        return {};
    }
}

} // namespace kanbao
