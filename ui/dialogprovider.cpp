#include "dialogprovider.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

namespace kanbao {

QString DialogProvider::getText(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, text);
}

QMessageBox::StandardButton WidgetDialogProvider::question(QWidget *parent, const QString &title,
                                                           const QString &text,
                                                           QMessageBox::StandardButtons buttons,
                                                           QMessageBox::StandardButton defaultButton)
{
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void WidgetDialogProvider::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void WidgetDialogProvider::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

QString WidgetDialogProvider::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

QString WidgetDialogProvider::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                              const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString WidgetDialogProvider::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                              const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

} // namespace kanbao
