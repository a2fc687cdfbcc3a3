#pragma once

#include "library/search.h"

#include <QWidget>

namespace kanbao {

// Hits over time: a bar per period (year, month or day) of the matching articles, optionally divided by
// the issues of that period in the library (so gaps in an archive do not read as silence). Clicking a
// bar asks to filter the search to its period; dragging across bars, to the periods from the first to
// the last of them.
class HistogramWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HistogramWidget(QWidget *parent = nullptr);

    void setBins(const QList<HistogramBin> &bins);
    const QList<HistogramBin> &bins() const { return m_bins; }
    void setPerIssue(bool perIssue);
    bool perIssue() const { return m_perIssue; }

    // The bar under a point of the widget, or -1.
    int barAt(QPoint point) const;
    QRect barRect(int bar) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void periodClicked(const QString &period);
    // A drag across bars: the first and last period of the span, in time order.
    void periodRangeSelected(const QString &first, const QString &last);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    double valueOf(const HistogramBin &bin) const;
    QRect plotArea() const;

    QList<HistogramBin> m_bins;
    bool m_perIssue = false;
    int m_dragFrom = -1; // the bar a press started on, while the button is down
    int m_dragTo = -1;
};

} // namespace kanbao
