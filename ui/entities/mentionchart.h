#pragma once

#include "entities/entitystore.h"

#include <QWidget>

namespace kanbao {

// Mentions per month as bars, months without a mention drawn as gaps so the time axis stays true.
class MentionChart : public QWidget
{
    Q_OBJECT

public:
    explicit MentionChart(QWidget *parent = nullptr);

    // `periods`: months (first day) with their counts, oldest first, as EntityStore::mentionsOverTime gives.
    void setPeriods(const QList<EntityPeriod> &periods);
    // One entry per month from the first to the last, zero where nothing was said (what the bars show).
    QList<EntityPeriod> months() const { return m_months; }
    int total() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<EntityPeriod> m_months;
};

} // namespace kanbao
