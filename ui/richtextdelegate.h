#pragma once

#include <QStyledItemDelegate>

namespace kanbao {

// Paints an item's rich text (a title line and a snippet with hits in bold) from one model role.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RichTextDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace kanbao
