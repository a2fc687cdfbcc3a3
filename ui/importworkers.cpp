#include "importworkers.h"

#include "reconstruct/pagefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace kanbao {

static QStringList pageFilesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.TXT")}, QDir::Files,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

ScanWorker::ScanWorker(QObject *parent)
    : QObject(parent)
{
}

void ScanWorker::scan(const QString &folder, const QString &libraryPath)
{
    Q_UNUSED(libraryPath);
    m_cancel = false;
    const QDir dir(folder);
    if (!dir.exists() || !dir.isReadable()) {
        emit finished(QCoreApplication::translate("kanbao::ImportWizard",
                                                  "The folder %1 cannot be read. Check that it exists and that you "
                                                  "may open it.")
                          .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const QStringList files = pageFilesIn(folder);
    emit progress(0, int(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        if (m_cancel)
            break;
        const QString &path = files.at(i);
        ScannedFile scanned;
        scanned.path = path;
        scanned.displayName = dir.relativeFilePath(path);
        const PageFile page = readPageFile(path, nullptr);
        if (!page.ok()) {
            scanned.error = page.error;
        } else {
            scanned.encoding = page.encoding;
            for (const Page &p : page.pages)
                scanned.articleCount += int(p.articles.size());
            if (!page.pages.isEmpty()) {
                const Page &first = page.pages.first();
                scanned.date = first.date;
                scanned.pageLabel = first.label;
                scanned.section = first.section;
            }
            scanned.dateGuessed = !scanned.date.isValid();
        }
        emit fileScanned(scanned);
        emit progress(i + 1, int(files.size()));
    }
    emit finished(QString());
}

ImportWorker::ImportWorker(QObject *parent)
    : QObject(parent)
{
}

void ImportWorker::import(const QString &libraryPath, const QList<ScannedFile> &files)
{
    Q_UNUSED(libraryPath);
    m_cancel = false;
    for (int i = 0; i < files.size(); ++i) {
        if (m_cancel) {
            for (int j = i; j < files.size(); ++j)
                emit fileDone({files.at(j).path, ImportOutcome::Skipped, QString()});
            emit finished(true, QString());
            return;
        }
        emit progress(i, int(files.size()), QFileInfo(files.at(i).path).fileName());
        emit fileDone({files.at(i).path, ImportOutcome::Failed,
                       QCoreApplication::translate("kanbao::ImportWizard", "This build has no library store yet.")});
    }
    emit progress(int(files.size()), int(files.size()), QString());
    emit finished(false, QString());
}

} // namespace kanbao
