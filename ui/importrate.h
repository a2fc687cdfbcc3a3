#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kanbao {

// The import's pace for its progress line: pages a second so far and the time left at that pace. Files are
// weighed by their pages (a file of eight pages takes about eight times one of one), so the estimate holds
// when file sizes vary. Times are passed in (milliseconds since the import started) so it can be tested.
class ImportRate
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::ImportRate)

public:
    // One entry a file to import, in import order: its pages (at least 1).
    void start(const QList<int> &pagesPerFile);
    void update(int filesDone, qint64 elapsedMs);

    int pagesDone() const { return m_pagesDone; }
    int pagesTotal() const { return m_pagesTotal; }
    // Unknown until a second has passed and a page is done: a first guess would jump about.
    std::optional<double> pagesPerSecond() const;
    std::optional<qint64> secondsLeft() const;

    // "12.5 pages/s, about 2 min 10 s left"; empty while unknown.
    QString text() const;
    static QString durationText(qint64 seconds);

private:
    QList<int> m_cumulative;
    int m_pagesTotal = 0;
    int m_pagesDone = 0;
    qint64 m_elapsedMs = 0;
};

} // namespace kanbao
