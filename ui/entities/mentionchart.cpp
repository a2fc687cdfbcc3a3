#include "entities/mentionchart.h"

#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace kanbao {

MentionChart::MentionChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MentionChart::setPeriods(const QList<EntityPeriod> &periods)
{
    m_months.clear();
    if (!periods.isEmpty()) {
        const QDate first(periods.constFirst().period.year(), periods.constFirst().period.month(), 1);
        const QDate last(periods.constLast().period.year(), periods.constLast().period.month(), 1);
        qsizetype next = 0;
        // A bounded axis: a wrong date (year 1900 beside 2024) must not make a million empty months.
        constexpr int MaxMonths = 12 * 200;
        for (QDate month = first; month <= last && m_months.size() < MaxMonths; month = month.addMonths(1)) {
            EntityPeriod p{month, 0, 0};
            while (next < periods.size() && QDate(periods[next].period.year(), periods[next].period.month(), 1) == month) {
                p.mentions += periods[next].mentions;
                p.articles += periods[next].articles;
                ++next;
            }
            m_months.append(p);
        }
    }
    setToolTip(m_months.isEmpty()
                   ? QString()
                   : tr("%n mention(s) from %1 to %2", nullptr, total())
                         .arg(QLocale().toString(m_months.constFirst().period, QStringLiteral("yyyy-MM")),
                              QLocale().toString(m_months.constLast().period, QStringLiteral("yyyy-MM"))));
    update();
}

int MentionChart::total() const
{
    int sum = 0;
    for (const EntityPeriod &p : m_months)
        sum += p.mentions;
    return sum;
}

QSize MentionChart::sizeHint() const
{
    return {360, fontMetrics().height() * 7};
}

QSize MentionChart::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 5};
}

void MentionChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const int labelHeight = fm.height();
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("0000")) + 6, labelHeight / 2, -6,
                                       -labelHeight - 4);
    if (m_months.isEmpty() || plot.width() < 10 || plot.height() < 10) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No mentions"));
        return;
    }
    int peak = 1;
    for (const EntityPeriod &p : m_months)
        peak = std::max(peak, p.mentions);

    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(0, plot.top() - labelHeight / 2, plot.left() - 4, labelHeight), Qt::AlignRight | Qt::AlignVCenter,
                     QString::number(peak));
    painter.drawText(QRect(0, plot.bottom() - labelHeight / 2, plot.left() - 4, labelHeight),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));

    const double slot = double(plot.width()) / m_months.size();
    const double barWidth = std::max(1.0, slot * 0.8);
    const QColor bar = palette().color(QPalette::Highlight);
    // Label every n-th month so the labels do not overlap.
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("0000-00")) + 8;
    const int every = std::max(1, int(std::ceil(labelWidth / std::max(1.0, slot))));
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const EntityPeriod &p = m_months[i];
        const double x = plot.left() + i * slot + (slot - barWidth) / 2;
        const double h = double(plot.height()) * p.mentions / peak;
        if (p.mentions > 0)
            painter.fillRect(QRectF(x, plot.bottom() - h, barWidth, h), bar);
        if (i % every == 0) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRectF(plot.left() + i * slot - labelWidth / 2.0 + slot / 2, plot.bottom() + 2, labelWidth,
                                    labelHeight),
                             Qt::AlignHCenter | Qt::AlignTop, p.period.toString(QStringLiteral("yyyy-MM")));
        }
    }
}

} // namespace kanbao
