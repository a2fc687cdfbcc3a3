#include "notes/notesbrowsermodel.h"

#include "notes/annotationlistmodel.h"
#include "notes/noteroles.h"
#include "notes/notesstore.h"

#include <QFileInfo>
#include <QSet>

namespace kanbao {

NotesBrowserModel::NotesBrowserModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NotesBrowserModel::refresh);
}

void NotesBrowserModel::setStore(NotesStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &NotesStore::annotationsChanged, this, &NotesBrowserModel::scheduleRefresh);
        connect(m_store, &NotesStore::articleTagsChanged, this, &NotesBrowserModel::scheduleRefresh);
        connect(m_store, &NotesStore::tagsChanged, this, &NotesBrowserModel::scheduleRefresh);
    }
    refresh();
}

void NotesBrowserModel::setQuery(const NotesQuery &query)
{
    m_query = query;
    refresh();
}

void NotesBrowserModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void NotesBrowserModel::refresh()
{
    m_refreshTimer.stop();
    m_notifying = true;
    beginResetModel();
    m_records.clear();
    m_loaded = 0;
    m_articleCount = 0;
    m_error.clear();
    if (m_store) {
        if (std::optional<QList<NoteRecord>> records = m_store->queryNotes(m_query)) {
            m_records = std::move(*records);
            QSet<qint64> articles;
            for (const NoteRecord &r : std::as_const(m_records)) {
                if (!r.annotation.isOrphan())
                    articles.insert(r.annotation.articleId);
            }
            m_articleCount = int(articles.size());
        } else {
            m_error = m_store->errorString();
        }
    }
    m_loaded = qMin<int>(BatchSize, int(m_records.size()));
    endResetModel();
    m_notifying = false;
    Q_EMIT refreshed();
}

QModelIndex NotesBrowserModel::indexOfAnnotation(qint64 id)
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).annotation.id != id)
            continue;
        while (row >= m_loaded && canFetchMore({}))
            fetchMore({});
        return index(row, 0);
    }
    return {};
}

int NotesBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

bool NotesBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded < m_records.size();
}

void NotesBrowserModel::fetchMore(const QModelIndex &parent)
{
    // Not while the signals of the last change are still being delivered: a listener asking for more
    // then would nest one change in another. Views ask again once they lay out.
    if (!canFetchMore(parent) || m_notifying)
        return;
    const int more = qMin<int>(BatchSize, int(m_records.size()) - m_loaded);
    m_notifying = true;
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
    m_notifying = false;
}

QString NotesBrowserModel::citationText(const NoteRecord &record)
{
    const ArticleCitation &c = record.citation;
    if (record.annotation.isOrphan()) {
        const QString file = QFileInfo(record.annotation.sourcePath).fileName();
        const QString headline = record.annotation.articleHeadline;
        if (file.isEmpty())
            return headline;
        return headline.isEmpty() ? file : QStringLiteral("%1 — %2").arg(file, headline);
    }
    const QString place = c.placeText();
    const QString headline = c.headline.isEmpty() ? c.kicker : c.headline;
    if (place.isEmpty())
        return headline;
    return headline.isEmpty() ? place : QStringLiteral("%1 — %2").arg(place, headline);
}

QVariant NotesBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteRecord &r = m_records.at(index.row());
    const Annotation &a = r.annotation;
    switch (role) {
    case Qt::ToolTipRole:
        return citationText(r);
    case CitationRole:
        return citationText(r);
    case TagNamesRole: {
        QStringList names;
        for (const Tag &t : r.articleTags)
            names << t.name;
        return names;
    }
    case TagColorsRole: {
        QStringList colors;
        for (const Tag &t : r.articleTags)
            colors << t.color;
        return colors;
    }
    default:
        return annotationRoleData(a, role);
    }
}

} // namespace kanbao
