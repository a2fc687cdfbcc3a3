#pragma once

#include "library/search.h"

#include <QWidget>

namespace kanbao {

// Hits over time: a bar per period (year, month or day) of the matching articles, optionally divided by
// the issues of that period in the library (so gaps in an archive do not read as silence). Clicking a
// bar asks to filter the search to its period.
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

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    double valueOf(const HistogramBin &bin) const;
    QRect plotArea() const;

    QList<HistogramBin> m_bins;
    bool m_perIssue = false;
};

} // namespace kanbao
