#pragma once

#include "dialogprovider.h"

#include <memory>

namespace kanbao {

// Wraps the file dialogs so they open in the folder last used: where the caller has no particular place
// to propose (the home folder, nothing, or a bare file name), the last folder a file or folder was chosen
// in is proposed instead. Kept in QSettings, so it holds across runs. Message boxes pass through.
class RememberingDialogProvider : public DialogProvider
{
public:
    explicit RememberingDialogProvider(std::unique_ptr<DialogProvider> inner);

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

    // The folder last chosen in (empty: none yet, or it has gone).
    static QString lastFolder();
    // What to open a dialog on, given what the caller proposes.
    static QString proposal(const QString &dir);

private:
    static void remember(const QString &folder);

    std::unique_ptr<DialogProvider> m_inner;
};

} // namespace kanbao
