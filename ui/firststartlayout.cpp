#include "firststartlayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>

namespace kanbao {

bool FirstStartLayout::shouldMaximise(const QSize &available)
{
    return available.width() <= 1440 || available.height() <= 900;
}

QRect FirstStartLayout::windowGeometry(const QRect &available)
{
    if (shouldMaximise(available.size()))
        return available;
    const QSize size(std::min(1800, int(available.width() * 0.9)), std::min(1150, int(available.height() * 0.92)));
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.center());
    return geometry;
}

void FirstStartLayout::sizeDocks(QMainWindow *window, int width)
{
    // The panels share what the article leaves, 40 % at most; a panel cannot go below what its contents
    // need (the calendar's), so the other side gives way.
    const int sides = int(width * (1.0 - MinArticleShare)) - 24;
    QList<QDockWidget *> left;
    QList<QDockWidget *> right;
    int leftMinimum = 0;
    int rightMinimum = 0;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->parentWidget() != window || dock->isFloating() || dock->isHidden())
            continue;
        const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
        const int minimum = dock->minimumSizeHint().width();
        if (area == Qt::LeftDockWidgetArea) {
            left << dock;
            leftMinimum = std::max(leftMinimum, minimum);
        } else if (area == Qt::RightDockWidgetArea) {
            right << dock;
            rightMinimum = std::max(rightMinimum, minimum);
        }
    }
    const int leftWidth = std::max({int(sides * 0.48), leftMinimum, 200});
    const int rightWidth = std::max({sides - leftWidth, rightMinimum, 200});
    QList<QDockWidget *> docks = left + right;
    QList<int> widths;
    for (QDockWidget *dock : std::as_const(docks))
        widths << (left.contains(dock) ? leftWidth : rightWidth);
    window->resizeDocks(docks, widths, Qt::Horizontal);
}

bool FirstStartLayout::rightPanelsFit(QMainWindow *window, int width)
{
    int leftMinimum = 0;
    int rightMinimum = 0;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->parentWidget() != window || dock->isFloating() || dock->isHidden())
            continue;
        const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
        int &minimum = area == Qt::LeftDockWidgetArea ? leftMinimum : rightMinimum;
        if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
            minimum = std::max(minimum, std::max(dock->minimumSizeHint().width(), 200));
    }
    return leftMinimum + rightMinimum + 24 <= int(width * (1.0 - MinArticleShare));
}

void FirstStartLayout::apply(QMainWindow *window, const QRect &available)
{
    const QRect geometry = windowGeometry(available);
    window->setGeometry(geometry);
    if (shouldMaximise(available.size()))
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
    // On a small screen both side areas cannot fit beside a 60 % article: the right-hand panels (entities,
    // search, notes) start closed; View and Ctrl+F bring them back, and the choice is saved from then on.
    if (!rightPanelsFit(window, geometry.width())) {
        for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
            if (dock->parentWidget() == window && window->dockWidgetArea(dock) == Qt::RightDockWidgetArea)
                dock->hide();
        }
    }
    sizeDocks(window, geometry.width());
    // QMainWindow settles its dock areas when first shown: size them again then, to the real width.
    // and put the calendar in front of the saved searches tabbed with it (an empty list on a first start).
    QTimer::singleShot(0, window, [window] {
        sizeDocks(window, window->width());
        if (auto *issues = window->findChild<QDockWidget *>(QStringLiteral("issuesDock")))
            issues->raise();
    });
}

} // namespace kanbao
