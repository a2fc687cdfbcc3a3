#include "datedelegate.h"

#include <QDateEdit>

namespace kanbao {

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QDateEdit(parent);
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    editor->setCalendarPopup(true);
    editor->setMinimumDate(QDate(1800, 1, 1));
    editor->setMaximumDate(QDate(2200, 12, 31));
    return editor;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *dateEdit = qobject_cast<QDateEdit *>(editor))
        dateEdit->setDate(index.data(Qt::EditRole).toDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *dateEdit = qobject_cast<QDateEdit *>(editor)) {
        dateEdit->interpretText();
        model->setData(index, dateEdit->date(), Qt::EditRole);
    }
}

} // namespace kanbao
