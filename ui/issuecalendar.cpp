#include "issuecalendar.h"

#include <QPainter>
#include <QTableView>

#include <algorithm>

namespace kanbao {

namespace {

// The import wizard's colour for guessed dates.
const QColor GuessedColor(0xb4, 0x53, 0x09);

} // namespace

IssueCalendar::IssueCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("issueCalendar"));
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setGridVisible(false);
    setMinimumSize(300, 250);
    connect(this, &QCalendarWidget::currentPageChanged, this, &IssueCalendar::loadMonth);
}

void IssueCalendar::setReader(LibraryReader *reader)
{
    m_reader = reader;
    reload();
}

void IssueCalendar::reload()
{
    loadMonth(yearShown(), monthShown());
}

void IssueCalendar::loadMonth(int year, int month)
{
    m_issues.clear();
    const QDate first(year, month, 1);
    // The grid shows up to two weeks of the neighbouring months; a further run gap either side decides
    // whether the edge days are gaps.
    m_loadedFirst = first.addDays(-14 - MaxRunGapDays);
    m_loadedLast = first.addMonths(1).addDays(14 + MaxRunGapDays);
    if (m_reader) {
        const QList<IssueInfo> issues = m_reader->issuesBetween(m_loadedFirst, m_loadedLast);
        for (const IssueInfo &issue : issues)
            m_issues[issue.date].append(issue);
    }
    updateCells();
    emit issuesLoaded();
}

bool IssueCalendar::isGap(QDate date) const
{
    if (m_issues.contains(date) || m_issues.isEmpty())
        return false;
    auto after = m_issues.lowerBound(date);
    if (after == m_issues.constEnd() || after == m_issues.constBegin())
        return false;
    auto before = std::prev(after);
    return before.key().daysTo(after.key()) <= MaxRunGapDays;
}

bool IssueCalendar::hasPreviousIssueMonth() const
{
    return m_reader && m_reader->previousIssueDate(QDate(yearShown(), monthShown(), 1)).has_value();
}

bool IssueCalendar::hasNextIssueMonth() const
{
    const QDate last = QDate(yearShown(), monthShown(), 1).addMonths(1).addDays(-1);
    return m_reader && m_reader->nextIssueDate(last).has_value();
}

bool IssueCalendar::showPreviousIssueMonth()
{
    if (!m_reader)
        return false;
    const std::optional<QDate> date = m_reader->previousIssueDate(QDate(yearShown(), monthShown(), 1));
    if (!date)
        return false;
    setCurrentPage(date->year(), date->month());
    return true;
}

bool IssueCalendar::showNextIssueMonth()
{
    if (!m_reader)
        return false;
    const QDate last = QDate(yearShown(), monthShown(), 1).addMonths(1).addDays(-1);
    const std::optional<QDate> date = m_reader->nextIssueDate(last);
    if (!date)
        return false;
    setCurrentPage(date->year(), date->month());
    return true;
}

void IssueCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    const QPalette pal = palette();
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    const bool selected = date == selectedDate();
    const auto it = m_issues.constFind(date);
    const bool hasIssue = it != m_issues.constEnd();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = rect.adjusted(1, 1, -1, -1);
    if (hasIssue) {
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(inMonth ? 60 : 25);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(cell, 4, 4);
    } else if (isGap(date)) {
        QColor hatch = pal.color(QPalette::Mid);
        hatch.setAlpha(inMonth ? 160 : 70);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
        painter->drawRect(cell);
    }
    // A day whose issues' date was only guessed at import: outlined in dashes and its number in italics with
    // a question mark, until the date is confirmed or corrected (Edit ▸ Page Metadata).
    const bool guessed = hasIssue && std::any_of(it->cbegin(), it->cend(), [](const IssueInfo &issue) {
                             return issue.dateGuessed;
                         });
    if (guessed) {
        QPen dashes(GuessedColor, 1.5, Qt::DashLine);
        painter->setPen(dashes);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4);
    }
    if (selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4);
    }

    QColor textColor = pal.color(QPalette::Text);
    if (!inMonth)
        textColor = pal.color(QPalette::Disabled, QPalette::Text);
    QFont dayFont = font();
    dayFont.setBold(hasIssue);
    dayFont.setItalic(guessed);
    painter->setFont(dayFont);
    // On the selected day's highlight the orange would not read.
    painter->setPen(guessed && inMonth ? (selected ? pal.color(QPalette::HighlightedText) : GuessedColor) : textColor);
    const QRect inner = cell.adjusted(3, 1, -3, -1);
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                      guessed ? QString::number(date.day()) + QLatin1Char('?') : QString::number(date.day()));
    painter->setPen(textColor);

    if (hasIssue) {
        int articles = 0;
        for (const IssueInfo &issue : *it)
            articles += issue.articleCount;
        QFont small = font();
        small.setPointSizeF(qMax(6.0, font().pointSizeF() * 0.75));
        painter->setFont(small);
        painter->drawText(inner, Qt::AlignRight | Qt::AlignBottom, QString::number(articles));
        if (it->size() > 1) {
            // Several issues that day: a badge with how many, so editions are told apart at a glance.
            const QString badge = QString::number(it->size());
            const int d = QFontMetrics(small).height();
            const QRect badgeRect(inner.right() - d + 1, inner.top(), d, d);
            painter->setPen(Qt::NoPen);
            painter->setBrush(pal.color(QPalette::Highlight));
            painter->drawEllipse(badgeRect);
            painter->setPen(pal.color(QPalette::HighlightedText));
            painter->drawText(badgeRect, Qt::AlignCenter, badge);
        }
    }
    painter->restore();
}

} // namespace kanbao
