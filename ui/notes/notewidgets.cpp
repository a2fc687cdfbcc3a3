#include "notes/notewidgets.h"

#include "notes/notestypes.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace kanbao {

QIcon colorDotIcon(const QColor &color, int size)
{
    // Drawn at twice the size so the dot stays round on high-density screens.
    const int scale = 2;
    QPixmap pixmap(size * scale, size * scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), scale));
    painter.setBrush(color);
    const qreal inset = scale * 1.5;
    painter.drawEllipse(QRectF(inset, inset, pixmap.width() - 2 * inset, pixmap.height() - 2 * inset));
    painter.end();
    pixmap.setDevicePixelRatio(scale);
    return QIcon(pixmap);
}

QList<QColor> tagColorPresets()
{
    return {QColor(0x3b82f6), QColor(0x10b981), QColor(0xf59e0b), QColor(0xef4444), QColor(0x8b5cf6),
            QColor(0xec4899), QColor(0x14b8a6), QColor(0x64748b), QColor(0x84cc16), QColor(0xa16207)};
}

HighlightColorBar::HighlightColorBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const QString &name : highlightColorNames()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("highlightColor_") + name);
        button->setAutoRaise(true);
        button->setIconSize(QSize(18, 18));
        button->setProperty("colorName", name);
        connect(button, &QToolButton::clicked, this, [this, name] { Q_EMIT colorChosen(name); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addStretch();
    updateIcons();
    retranslate();
}

QToolButton *HighlightColorBar::button(const QString &name) const
{
    for (QToolButton *button : m_buttons) {
        if (button->property("colorName").toString() == name)
            return button;
    }
    return nullptr;
}

void HighlightColorBar::setCurrentColor(const QString &name)
{
    if (m_current == name)
        return;
    m_current = name;
    updateIcons();
}

void HighlightColorBar::updateIcons()
{
    for (QToolButton *button : std::as_const(m_buttons)) {
        const QString name = button->property("colorName").toString();
        const QColor color = highlightColor(name);
        if (name != m_current) {
            button->setIcon(colorDotIcon(color, 18));
            continue;
        }
        // The current color: the dot inside a dark ring.
        const int scale = 2;
        QPixmap pixmap(18 * scale, 18 * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1.6 * scale));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(1.2 * scale, 1.2 * scale, pixmap.width() - 2.4 * scale, pixmap.height() - 2.4 * scale));
        painter.setPen(QPen(color.darker(140), scale));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(4 * scale, 4 * scale, pixmap.width() - 8 * scale, pixmap.height() - 8 * scale));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        button->setIcon(QIcon(pixmap));
    }
}

void HighlightColorBar::retranslate()
{
    for (QToolButton *button : std::as_const(m_buttons))
        button->setToolTip(highlightColorLabel(button->property("colorName").toString()));
}

void HighlightColorBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

} // namespace kanbao
