#pragma once

#include "notes/notesstore.h"
#include "notes/notestypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace kanbao {



// Every note in the library that matches a NotesQuery, in the store's order (issue date, page, article,
// text order; orphans last). The query runs on the library at once, but rows reach the view a batch at a
// time as it scrolls, so a library with tens of thousands of notes opens the browser instantly. Any
// change in the store re-runs the query (coalesced, so an import or a macro of edits costs one).
class NotesBrowserModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int BatchSize = 200;

    explicit NotesBrowserModel(QObject *parent = nullptr);

    void setStore(NotesStore *store);
    void setQuery(const NotesQuery &query);
    const NotesQuery &query() const { return m_query; }

    // Runs the query now (the store-change refresh is deferred to the event loop).
    void refresh();
    int totalCount() const { return int(m_records.size()); } // all matches, loaded into the view or not
    int articleCount() const { return m_articleCount; }
    QString errorString() const { return m_error; }
    const NoteRecord &record(int row) const { return m_records.at(row); }
    QModelIndex indexOfAnnotation(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString citationText(const NoteRecord &record);

Q_SIGNALS:
    void refreshed();

private:
    void scheduleRefresh();

    QPointer<NotesStore> m_store;
    NotesQuery m_query;
    QList<NoteRecord> m_records;
    int m_loaded = 0;
    int m_articleCount = 0;
    bool m_notifying = false;
    QString m_error;
    QTimer m_refreshTimer;
};

} // namespace kanbao
