#pragma once

#include "libraryreader.h"

#include <QCalendarWidget>
#include <QMap>

namespace kanbao {

// A month calendar of the library's issues: issue days are tinted and show their article count, days
// with more than one issue (editions, papers) carry a badge with the number of issues, and a day
// missing inside a run of issues is hatched so gaps in an archive stand out. A day whose date was guessed
// at import is outlined in dashes, its number in italics with a question mark.
class IssueCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    // Two issues at most this many days apart belong to one run; days missing between them are gaps.
    // A week covers weeklies and papers that skip Sundays without hatching the holidays between runs.
    static constexpr int MaxRunGapDays = 7;

    explicit IssueCalendar(QWidget *parent = nullptr);

    void setReader(LibraryReader *reader);
    // Re-reads the shown month (after an import).
    void reload();

    QList<IssueInfo> issuesOn(QDate date) const { return m_issues.value(date); }
    bool isGap(QDate date) const;

    // Moves to the nearest month before/after the shown one that has issues; false when there is none.
    bool showPreviousIssueMonth();
    bool showNextIssueMonth();
    bool hasPreviousIssueMonth() const;
    bool hasNextIssueMonth() const;

signals:
    // The shown month's issues were (re)loaded.
    void issuesLoaded();

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;

private:
    void loadMonth(int year, int month);

    LibraryReader *m_reader = nullptr;
    QMap<QDate, QList<IssueInfo>> m_issues; // the shown month plus a margin either side for gap detection
    QDate m_loadedFirst;
    QDate m_loadedLast;
};

} // namespace kanbao
