#pragma once

#include "libraryreader.h"

#include <QAbstractListModel>

#include <functional>

namespace kanbao {

// A list of articles (search results, the articles that mention an entity) read from the library a page
// at a time as the view scrolls, so a list of a hundred thousand hits costs no more than its first page.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1, // qint64
        DateRole,                         // QDate
        PaperRole,
        PageLabelRole,
        HeadlineRole,
        SnippetRole, // plain text with SnippetMarkOpen/End marks
        HtmlRole,    // the row as rich text: a title line and the snippet with hits in bold
    };

    // Returns rows [offset, offset + limit); fewer means the end.
    using Fetcher = std::function<QList<ArticleRef>(int offset, int limit)>;
    // Starts reading rows [offset, offset + limit) elsewhere (BackgroundReader) and calls `deliver` with
    // them on the GUI thread later.
    using Deliver = std::function<void(const QList<ArticleRef> &rows)>;
    using LaterFetcher = std::function<void(int offset, int limit, Deliver deliver)>;
    enum class FirstBatch { Now, Later };

    explicit ArticleListModel(QObject *parent = nullptr);

    // Without `later` every batch is read at once. With it, the batches after the first (or all of them,
    // FirstBatch::Later) are read in the background: the list grows when they arrive. `firstBatchSize`
    // (when > 0) is the size of the first batch only: a screenful read at once, the rest in the background.
    void setFetcher(Fetcher fetcher, int batchSize = 100, LaterFetcher later = {}, FirstBatch first = FirstBatch::Now,
                    int firstBatchSize = 0);
    void clear();
    bool atEnd() const { return m_atEnd; }
    bool isFetching() const { return m_fetching; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString snippetToHtml(const QString &snippet);
    static QString titleLine(const ArticleRef &ref);

signals:
    // A batch read in the background arrived (possibly empty: the end).
    void batchArrived();

private:
    void append(const QList<ArticleRef> &more, int asked);

    Fetcher m_fetcher;
    LaterFetcher m_later;
    bool m_firstLater = false;
    bool m_fetching = false;
    // Which setFetcher() a background batch was asked for; batches of an older list are dropped.
    quint64 m_generation = 0;
    QList<ArticleRef> m_rows;
    int m_batchSize = 100;
    int m_firstBatchSize = 0; // 0: m_batchSize
    bool m_atEnd = true;
    // While a reset or an insertion is being announced, listeners (views, QAbstractItemModelTester) that
    // ask for more rows must wait: a second insertion nested in the first would be announced against a
    // row count that is already stale.
    bool m_announcingChange = false;
};

} // namespace kanbao
