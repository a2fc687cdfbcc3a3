#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemView;
class QGraphicsOpacityEffect;
class QLabel;
class QLineEdit;
class QTimer;

namespace kanbao {

// Runs the search while the reader types, once the typing pauses, and never lets the results shown pass
// for the results of another query: while the field's text differs from the query the results belong to,
// the list is greyed and a line above it says whose results they are and that Enter searches now.
//
// A pause of DebounceMs runs the query, except a lone Latin letter or digit (nearly every article matches;
// it is usually the start of a word) and a query whose quotes or field are left open (`"高新`, `tag:`):
// those wait for more typing or for Enter. One or two Chinese characters are a real query and run.
class SearchAsYouType : public QObject
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;

    // `results` is greyed while stale; `staleLabel` is shown above it then (both are the caller's).
    SearchAsYouType(QLineEdit *field, QAbstractItemView *results, QLabel *staleLabel, QObject *parent = nullptr);

    // The query the results shown belong to (what the window ran last; empty: no results).
    void setShownQuery(const QString &query);
    QString shownQuery() const { return m_shown; }

    // The field says something else than the results: they are greyed and labelled.
    bool isStale() const { return m_stale; }
    bool isPending() const;

    // Whether a pause in typing runs `text` (Enter always does).
    static bool worthSearchingWhileTyping(const QString &text);

    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Run this query now (the debounce elapsed, or Enter was pressed).
    void searchRequested(const QString &query);

private:
    void onEdited();
    void onTimeout();
    void updateState();

    QPointer<QLineEdit> m_field;
    QPointer<QAbstractItemView> m_results;
    QPointer<QLabel> m_label;
    const QObject *m_labelObject = nullptr; // identity only, never dereferenced
    QGraphicsOpacityEffect *m_fade = nullptr;
    QTimer *m_timer = nullptr;
    QString m_shown;
    bool m_stale = false;
};

} // namespace kanbao
