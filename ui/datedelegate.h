#pragma once

#include <QStyledItemDelegate>

namespace kanbao {

// Edits a date as yyyy-MM-dd with a calendar popup: archives reach back decades, so the locale's
// two-digit years would be ambiguous.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace kanbao
