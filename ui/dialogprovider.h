#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace kanbao {

// Every modal question the UI asks goes through here, so tests can answer them without a user and the
// offscreen platform never blocks on a dialog.
class DialogProvider
{
public:
    virtual ~DialogProvider() = default;

    virtual QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) = 0;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir) = 0;
    virtual QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter) = 0;
    virtual QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter) = 0;
    // One line of text (a name); empty when cancelled. QInputDialog unless a provider answers itself.
    virtual QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text = {});
};

// The real thing: QMessageBox and QFileDialog.
class WidgetDialogProvider : public DialogProvider
{
public:
    QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir) override;
    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override;
    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                            const QString &filter) override;
};

} // namespace kanbao
