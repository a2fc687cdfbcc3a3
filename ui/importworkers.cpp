#include "importworkers.h"

#include "import/importer.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace kanbao {

ScanWorker::ScanWorker(QObject *parent)
    : QObject(parent)
{
}

void ScanWorker::scan(const QString &folder, const QString &libraryPath)
{
    const QFileInfo info(folder);
    const QDir dir(folder);
    if (!info.isDir() || !info.isReadable() || !dir.isReadable()) {
        emit finished(QCoreApplication::translate("kanbao::ImportWizard",
                                                  "The folder %1 cannot be read. Check that it exists and that you "
                                                  "may open it, then choose it again.")
                          .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    // This thread's own connection: the GUI thread's may not be used here.
    Library library;
    LibraryOpenOptions options;
    options.readOnly = true;
    if (!library.open(libraryPath, options)) {
        emit finished(library.errorString());
        return;
    }
    Importer importer(library);
    ImportControl control;
    control.cancel = &m_cancel;
    control.progress = [this](const ImportProgress &p) { emit progress(p.done, p.total); };
    const QList<ImportFilePlan> plans = importer.scan({folder}, control);
    for (const ImportFilePlan &plan : plans) {
        ScannedFile file;
        file.plan = plan;
        file.displayName = QDir::toNativeSeparators(dir.relativeFilePath(plan.path));
        emit fileScanned(file);
    }
    emit finished(m_cancel ? QCoreApplication::translate("kanbao::ImportWizard", "The scan was stopped.") : QString());
}

ImportWorker::ImportWorker(QObject *parent)
    : QObject(parent)
{
}

static ImportOutcome::Kind outcomeKind(ImportProgress::Outcome outcome)
{
    switch (outcome) {
    case ImportProgress::Imported:
        return ImportOutcome::Imported;
    case ImportProgress::Unchanged:
        return ImportOutcome::Unchanged;
    case ImportProgress::Replaced:
        return ImportOutcome::Replaced;
    case ImportProgress::Failed:
    case ImportProgress::Scanned:
        break;
    }
    return ImportOutcome::Failed;
}

void ImportWorker::import(const QString &libraryPath, const QList<ScannedFile> &files, const QStringList &sources)
{
    Library library;
    if (!library.open(libraryPath)) {
        for (const ScannedFile &file : files)
            emit fileDone({file.path(), ImportOutcome::Skipped, QString()});
        emit finished(false, library.errorString());
        return;
    }
    QList<ImportFilePlan> plans;
    for (const ScannedFile &file : files)
        plans.append(file.plan);
    QSet<QString> reported;
    const int total = int(plans.size());
    emit progress(0, total, plans.isEmpty() ? QString() : QFileInfo(plans.first().path).fileName());
    Importer importer(library);
    importer.setLinkFiles(m_linkFiles);
    importer.setImportSources(sources);
    ImportControl control;
    control.cancel = &m_cancel;
    control.progress = [&](const ImportProgress &p) {
        if (p.outcome == ImportProgress::Scanned)
            return;
        reported.insert(p.path);
        emit fileDone({p.path, outcomeKind(p.outcome), p.error});
        const QString next = p.done < total ? QFileInfo(plans.at(p.done).path).fileName() : QString();
        emit progress(p.done, total, next);
    };
    const ImportSummary summary = importer.importPlan(plans, control);
    // Files the importer never reached (stopped, or the library failed) are listed as not imported.
    for (const ImportFilePlan &plan : std::as_const(plans)) {
        if (!reported.contains(plan.path))
            emit fileDone({plan.path, ImportOutcome::Skipped, QString()});
    }
    for (const ImportFailure &failure : summary.failed) {
        if (!reported.contains(failure.path))
            emit fileDone({failure.path, ImportOutcome::Failed, failure.error});
    }
    emit progress(total, total, QString());
    emit finished(summary.cancelled, summary.libraryError);
}

} // namespace kanbao
