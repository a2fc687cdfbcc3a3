#include "rememberingdialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kanbao {

namespace {
const QString LastFolderKey = QStringLiteral("dialogs/lastFolder");
} // namespace

RememberingDialogProvider::RememberingDialogProvider(std::unique_ptr<DialogProvider> inner)
    : m_inner(std::move(inner))
{
}

QMessageBox::StandardButton RememberingDialogProvider::question(QWidget *parent, const QString &title,
                                                                const QString &text,
                                                                QMessageBox::StandardButtons buttons,
                                                                QMessageBox::StandardButton defaultButton)
{
    return m_inner->question(parent, title, text, buttons, defaultButton);
}

void RememberingDialogProvider::warning(QWidget *parent, const QString &title, const QString &text)
{
    m_inner->warning(parent, title, text);
}

void RememberingDialogProvider::information(QWidget *parent, const QString &title, const QString &text)
{
    m_inner->information(parent, title, text);
}

QString RememberingDialogProvider::lastFolder()
{
    const QString folder = QSettings().value(LastFolderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QString();
}

void RememberingDialogProvider::remember(const QString &folder)
{
    if (!folder.isEmpty())
        QSettings().setValue(LastFolderKey, QDir::cleanPath(folder));
}

QString RememberingDialogProvider::proposal(const QString &dir)
{
    const QString last = lastFolder();
    if (last.isEmpty())
        return dir;
    if (dir.isEmpty() || QDir::cleanPath(dir) == QDir::cleanPath(QDir::homePath()))
        return last;
    // "offices.csv": a name to save under, with no folder of its own.
    const QFileInfo info(dir);
    if (info.isRelative() && !dir.contains(u'/'))
        return QDir(last).filePath(dir);
    return dir;
}

QString RememberingDialogProvider::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    const QString chosen = m_inner->getExistingDirectory(parent, caption, proposal(dir));
    if (!chosen.isEmpty())
        remember(chosen);
    return chosen;
}

QString RememberingDialogProvider::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                                   const QString &filter)
{
    const QString chosen = m_inner->getOpenFileName(parent, caption, proposal(dir), filter);
    if (!chosen.isEmpty())
        remember(QFileInfo(chosen).absolutePath());
    return chosen;
}

QString RememberingDialogProvider::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                                   const QString &filter)
{
    const QString chosen = m_inner->getSaveFileName(parent, caption, proposal(dir), filter);
    if (!chosen.isEmpty())
        remember(QFileInfo(chosen).absolutePath());
    return chosen;
}

} // namespace kanbao
