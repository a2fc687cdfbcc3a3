#include "importrate.h"

#include <cmath>

namespace kanbao {

void ImportRate::start(const QList<int> &pagesPerFile)
{
    m_cumulative.clear();
    m_pagesTotal = 0;
    for (const int pages : pagesPerFile) {
        m_pagesTotal += qMax(1, pages);
        m_cumulative.append(m_pagesTotal);
    }
    m_pagesDone = 0;
    m_elapsedMs = 0;
}

void ImportRate::update(int filesDone, qint64 elapsedMs)
{
    filesDone = qBound(0, filesDone, int(m_cumulative.size()));
    m_pagesDone = filesDone == 0 ? 0 : m_cumulative.at(filesDone - 1);
    m_elapsedMs = elapsedMs;
}

std::optional<double> ImportRate::pagesPerSecond() const
{
    if (m_elapsedMs < 1000 || m_pagesDone == 0)
        return std::nullopt;
    return m_pagesDone * 1000.0 / double(m_elapsedMs);
}

std::optional<qint64> ImportRate::secondsLeft() const
{
    const std::optional<double> rate = pagesPerSecond();
    if (!rate)
        return std::nullopt;
    return qint64(std::ceil((m_pagesTotal - m_pagesDone) / *rate));
}

QString ImportRate::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString ImportRate::text() const
{
    const std::optional<double> rate = pagesPerSecond();
    const std::optional<qint64> left = secondsLeft();
    if (!rate || !left)
        return QString();
    const QString pace = tr("%1 pages/s").arg(*rate < 10 ? QString::number(*rate, 'f', 1) : QString::number(qRound(*rate)));
    return tr("%1, about %2 left").arg(pace, durationText(*left));
}

} // namespace kanbao
