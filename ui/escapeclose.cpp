#include "escapeclose.h"

#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace kanbao {

void closeOnEscape(QWidget *widget)
{
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_Escape), widget);
    shortcut->setObjectName(QStringLiteral("closeOnEscape"));
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, widget, &QWidget::close);
}

} // namespace kanbao
