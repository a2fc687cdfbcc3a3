#include "library/storedfiles.h"

#include "library/library.h"
#include "text/contenthash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

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

QString PageFileLocation::problem() const
{
    switch (state) {
    case Stored:
    case Linked:
        return {};
    case Missing:
        return tr("The linked file %1 was moved or deleted.").arg(QDir::toNativeSeparators(path));
    case Changed:
        return tr("The linked file %1 changed since it was imported: its pages no longer match the articles.")
            .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

QString StoredFiles::hashFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    ContentHash hash;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0) {
            if (error)
                *error = tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return {};
        }
        if (read == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), read));
    }
    return hash.hex();
}

PageFileLocation StoredFiles::locate(const QString &sourcePath, const QString &contentHash) const
{
    const QString copy = find(contentHash, QFileInfo(sourcePath).suffix());
    if (!copy.isEmpty())
        return {PageFileLocation::Stored, copy};
    if (!QFileInfo(sourcePath).isFile())
        return {PageFileLocation::Missing, sourcePath};
    if (hashFile(sourcePath) != contentHash)
        return {PageFileLocation::Changed, sourcePath};
    return {PageFileLocation::Linked, sourcePath};
}

QList<LinkedFileProblem> StoredFiles::checkLinks(Library &library, const QStringList &suffixes) const
{
    QList<LinkedFileProblem> problems;
    QSqlQuery q(library.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source_path, content_hash, COUNT(*) FROM pages GROUP BY source_path, content_hash"
                               " ORDER BY source_path"))) {
        library.describe(q.lastError());
        return {};
    }
    while (q.next()) {
        const QString path = q.value(0).toString();
        const QString suffix = QFileInfo(path).suffix();
        if (!suffixes.contains(suffix, Qt::CaseInsensitive))
            continue;
        LinkedFileProblem problem;
        problem.contentHash = q.value(1).toString();
        problem.pages = q.value(2).toInt();
        problem.location = locate(path, problem.contentHash);
        if (!problem.location.isAvailable())
            problems.append(problem);
    }
    return problems;
}

bool StoredFiles::relink(Library &library, const QString &oldPathOrId, const QString &newPath, QString *error,
                         QString *relinked) const
{
    // Which file: a path as stored (or as given relative to here), else a page or article id.
    QSqlQuery q(library.database());
    QString oldPath;
    QString hash;
    const auto lookUp = [&](const QString &sql, const QVariant &value) {
        q.prepare(sql);
        q.addBindValue(value);
        if (q.exec() && q.next()) {
            oldPath = q.value(0).toString();
            hash = q.value(1).toString();
        }
    };
    const QString pathSql = QStringLiteral("SELECT source_path, content_hash FROM pages WHERE source_path = ? LIMIT 1");
    lookUp(pathSql, oldPathOrId);
    if (oldPath.isEmpty())
        lookUp(pathSql, QFileInfo(oldPathOrId).absoluteFilePath());
    bool isNumber = false;
    QString idText = oldPathOrId;
    const bool page = idText.startsWith(QLatin1String("page:"));
    if (page || idText.startsWith(QLatin1String("article:")))
        idText = idText.mid(idText.indexOf(QLatin1Char(':')) + 1);
    const qint64 id = idText.toLongLong(&isNumber);
    if (oldPath.isEmpty() && isNumber)
        lookUp(page ? QStringLiteral("SELECT source_path, content_hash FROM pages WHERE id = ?")
                    : QStringLiteral("SELECT p.source_path, p.content_hash FROM articles a JOIN pages p"
                                     " ON p.id = a.page_id WHERE a.id = ?"),
               id);
    if (oldPath.isEmpty()) {
        *error = tr("%1: no page of the library was imported from this file (nor is it a page or article id)")
                     .arg(oldPathOrId);
        return false;
    }
    const QString target = QFileInfo(newPath).absoluteFilePath();
    QString readError;
    const QString newHash = hashFile(target, &readError);
    if (newHash.isEmpty()) {
        *error = readError;
        return false;
    }
    if (newHash != hash) {
        *error = tr("%1 is not the file imported from %2: its content differs. Import it again to replace the "
                    "pages with what it holds now.")
                     .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(oldPath));
        return false;
    }
    if (relinked)
        *relinked = oldPath;
    if (target == oldPath)
        return true;
    if (!library.beginWrite()) {
        *error = library.errorString();
        return false;
    }
    QSqlQuery update(library.database());
    update.prepare(QStringLiteral("UPDATE pages SET source_path = ? WHERE source_path = ?"));
    update.addBindValue(target);
    update.addBindValue(oldPath);
    if (!update.exec()) {
        const QString reason = update.lastError().text();
        library.rollback();
        *error = tr("%1: cannot link the pages of %2 to it: %3")
                     .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(oldPath), reason);
        return false;
    }
    if (!library.commit()) {
        *error = library.errorString();
        return false;
    }
    return true;
}

} // namespace kanbao
