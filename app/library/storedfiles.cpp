#include "library/storedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kanbao {

StoredFiles::StoredFiles(const QString &libraryPath)
{
    if (libraryPath.isEmpty() || libraryPath == QLatin1String(":memory:"))
        return;
    const QFileInfo library(libraryPath);
    m_folder = library.absoluteDir().filePath(library.completeBaseName() + QStringLiteral(" files"));
}

QString StoredFiles::copyPath(const QString &contentHash, const QString &suffix) const
{
    if (m_folder.isEmpty() || contentHash.isEmpty())
        return {};
    return QDir(m_folder).filePath(contentHash + QLatin1Char('.') + suffix.toLower());
}

QString StoredFiles::find(const QString &contentHash, const QString &suffix) const
{
    const QString path = copyPath(contentHash, suffix);
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

bool StoredFiles::keep(const QString &sourcePath, const QByteArray &bytes, const QString &contentHash,
                       QString *error) const
{
    const QString target = copyPath(contentHash, QFileInfo(sourcePath).suffix());
    if (target.isEmpty())
        return true; // nowhere to keep copies (an in-memory library): nothing to do
    if (QFileInfo(target).size() > 0)
        return true;
    if (!QDir().mkpath(m_folder)) {
        *error = tr("%1: cannot create the folder for the library's copies").arg(m_folder);
        return false;
    }
    QSaveFile copy(target);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.commit()) {
        *error = tr("%1: the copy in %2 could not be written: %3").arg(sourcePath, m_folder, copy.errorString());
        return false;
    }
    return true;
}

} // namespace kanbao
