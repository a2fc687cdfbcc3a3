#pragma once

#include <QColor>
#include <QIcon>
#include <QWidget>

class QToolButton;

namespace kanbao {

// A round swatch of `color` (a tag color or a highlight shade) for menus, lists and buttons.
QIcon colorDotIcon(const QColor &color, int size = 14);

// A few tag colors that read well as small dots on light and dark backgrounds.
QList<QColor> tagColorPresets();

// A row of round buttons, one per highlight color, that emits the color's stored name when clicked.
// The current color (when set) is drawn with a ring.
class HighlightColorBar : public QWidget
{
    Q_OBJECT

public:
    explicit HighlightColorBar(QWidget *parent = nullptr);

    void setCurrentColor(const QString &name); // empty: none marked
    QString currentColor() const { return m_current; }
    QToolButton *button(const QString &name) const;

Q_SIGNALS:
    void colorChosen(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateIcons();

    QList<QToolButton *> m_buttons;
    QString m_current;
};

} // namespace kanbao
