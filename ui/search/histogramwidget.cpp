#include "search/histogramwidget.h"

#include <QHash>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace kanbao {

HistogramWidget::HistogramWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("searchHistogram"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

namespace {

// The periods between the first and the last one with hits get a bar too (of zero): on a time axis a gap
// is information, and the bars keep their width per period.
QList<HistogramBin> withEmptyPeriods(const QList<HistogramBin> &bins)
{
    if (bins.size() < 2)
        return bins;
    const qsizetype length = bins.first().period.size();
    const auto dateOf = [length](const QString &period) {
        if (length == 4)
            return QDate(period.toInt(), 1, 1);
        if (length == 7)
            return QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
        return QDate::fromString(period, Qt::ISODate);
    };
    const QDate first = dateOf(bins.first().period), last = dateOf(bins.last().period);
    if (!first.isValid() || !last.isValid() || first.daysTo(last) > 4000 * (length == 10 ? 1 : 31))
        return bins;
    QHash<QString, HistogramBin> byPeriod;
    for (const HistogramBin &bin : bins)
        byPeriod.insert(bin.period, bin);
    QList<HistogramBin> filled;
    for (QDate d = first; d <= last;) {
        const QString period = d.toString(QStringLiteral("yyyy-MM-dd")).left(length);
        filled.append(byPeriod.value(period, HistogramBin{period, 0, 0}));
        d = length == 4 ? d.addYears(1) : length == 7 ? d.addMonths(1) : d.addDays(1);
    }
    return filled;
}

} // namespace

void HistogramWidget::setBins(const QList<HistogramBin> &bins)
{
    m_bins = withEmptyPeriods(bins);
    m_dragFrom = m_dragTo = -1;
    update();
}

void HistogramWidget::setPerIssue(bool perIssue)
{
    m_perIssue = perIssue;
    update();
}

QSize HistogramWidget::sizeHint() const
{
    return {300, fontMetrics().height() * 5};
}

QSize HistogramWidget::minimumSizeHint() const
{
    return {100, fontMetrics().height() * 4};
}

double HistogramWidget::valueOf(const HistogramBin &bin) const
{
    if (!m_perIssue)
        return bin.count;
    return bin.issues > 0 ? double(bin.count) / bin.issues : 0.0;
}

QRect HistogramWidget::plotArea() const
{
    const int label = fontMetrics().height();
    return rect().adjusted(2, 2, -2, -label - 2);
}

QRect HistogramWidget::barRect(int bar) const
{
    if (bar < 0 || bar >= m_bins.size())
        return {};
    const QRect area = plotArea();
    double most = 0;
    for (const HistogramBin &bin : m_bins)
        most = std::max(most, valueOf(bin));
    const double width = double(area.width()) / double(m_bins.size());
    const int left = area.left() + int(bar * width);
    const int right = area.left() + int((bar + 1) * width) - (width >= 4 ? 1 : 0);
    const double value = valueOf(m_bins.at(bar));
    const int height = most > 0 && value > 0 ? std::max(1, int(area.height() * value / most)) : 0;
    return QRect(QPoint(left, area.bottom() - height + 1), QPoint(std::max(left, right - 1), area.bottom()));
}

int HistogramWidget::barAt(QPoint point) const
{
    const QRect area = plotArea();
    if (m_bins.isEmpty() || point.x() < area.left() || point.x() > area.right())
        return -1;
    const int bar = int(double(point.x() - area.left()) * double(m_bins.size()) / double(area.width()));
    return std::clamp(bar, 0, int(m_bins.size()) - 1);
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_bins.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No hits over time to show"));
        return;
    }
    const QColor bar = palette().color(QPalette::Highlight);
    if (m_dragFrom >= 0 && m_dragTo >= 0 && m_dragTo != m_dragFrom) {
        // The span being dragged over, behind the bars.
        const QRect area = plotArea();
        const QRect from = barRect(std::min(m_dragFrom, m_dragTo));
        const QRect to = barRect(std::max(m_dragFrom, m_dragTo));
        QColor shade = bar;
        shade.setAlpha(60);
        painter.fillRect(QRect(QPoint(from.left(), area.top()), QPoint(to.right(), area.bottom())), shade);
    }
    for (int k = 0; k < m_bins.size(); ++k)
        painter.fillRect(barRect(k), bar);
    // The first and last periods under the axis, so the span reads at a glance.
    painter.setPen(palette().color(QPalette::Text));
    const QRect labels(rect().left() + 2, plotArea().bottom() + 2, width() - 4, fontMetrics().height());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, m_bins.first().period);
    if (m_bins.size() > 1)
        painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, m_bins.last().period);
}

void HistogramWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = m_dragTo = barAt(event->position().toPoint());
        update();
    }
    QWidget::mousePressEvent(event);
}

void HistogramWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom >= 0 && (event->buttons() & Qt::LeftButton)) {
        // Beyond either end the span stops at the first or last bar.
        const QRect area = plotArea();
        const QPoint at(std::clamp(event->position().toPoint().x(), area.left(), area.right()), area.center().y());
        const int bar = barAt(at);
        if (bar >= 0 && bar != m_dragTo) {
            m_dragTo = bar;
            update();
        }
    }
    QWidget::mouseMoveEvent(event);
}

void HistogramWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragFrom >= 0) {
        const int from = std::min(m_dragFrom, m_dragTo);
        const int to = std::max(m_dragFrom, m_dragTo);
        m_dragFrom = m_dragTo = -1;
        update();
        if (from == to && m_bins.at(from).count > 0)
            emit periodClicked(m_bins.at(from).period);
        else if (from != to)
            emit periodRangeSelected(m_bins.at(from).period, m_bins.at(to).period);
    }
    QWidget::mouseReleaseEvent(event);
}

bool HistogramWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar >= 0) {
            const HistogramBin &bin = m_bins.at(bar);
            QToolTip::showText(help->globalPos(),
                               tr("%1: %n article(s)", nullptr, bin.count).arg(bin.period) + QLatin1Char('\n') +
                                   tr("%n issue(s) in the library", nullptr, bin.issues) + QLatin1Char('\n') +
                                   tr("Click to show only this period, drag to show a span"),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace kanbao
