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
    // The panels share what the article leaves: 40 % at most, a little more to the calendar side.
    const int sides = int(width * (1.0 - MinArticleShare)) - 24;
    const int left = std::clamp(int(sides * 0.48), 200, 340);
    const int right = std::clamp(sides - left, 200, 360);
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->parentWidget() != window || dock->isFloating())
            continue;
        const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
        if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea) {
            docks << dock;
            widths << (area == Qt::LeftDockWidgetArea ? left : right);
        }
    }
    window->resizeDocks(docks, widths, Qt::Horizontal);
}

void FirstStartLayout::apply(QMainWindow *window, const QRect &available)
{
    const QRect geometry = windowGeometry(available);
    window->setGeometry(geometry);
    if (shouldMaximise(available.size()))
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
    sizeDocks(window, geometry.width());
    // QMainWindow settles its dock areas when first shown: size them again then, to the real width.
    QTimer::singleShot(0, window, [window] { sizeDocks(window, window->width()); });
}

} // namespace kanbao
