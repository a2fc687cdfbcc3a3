#pragma once

#include "scantablemodel.h"

#include <QObject>

#include <atomic>

namespace kanbao {

// Reads every page file under a folder on a worker thread: decodes, reconstructs and asks the library
// what importing it would do. The GUI thread only receives rows.
class ScanWorker : public QObject
{
    Q_OBJECT

public:
    explicit ScanWorker(QObject *parent = nullptr);
    // Called from the GUI thread: rearm() before queuing a scan, so a cancel() right after is not lost.
    void rearm() { m_cancel = false; }
    void cancel() { m_cancel = true; }

public slots:
    void scan(const QString &folder, const QString &libraryPath);

signals:
    void progress(int done, int total);
    void fileScanned(const kanbao::ScannedFile &file);
    void finished(const QString &error);

private:
    std::atomic_bool m_cancel{false};
};

// Imports the scanned files into the library on a worker thread with its own database connection.
// Each file is committed on its own, so cancelling keeps what was imported before.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    explicit ImportWorker(QObject *parent = nullptr);
    void rearm() { m_cancel = false; }
    // Set from the GUI thread before queuing an import: link to PDFs instead of copying them.
    void setLinkFiles(bool link) { m_linkFiles = link; }
    void cancel() { m_cancel = true; }

public slots:
    // `sources`: the folders the files were found in, recorded as what the import was given.
    void import(const QString &libraryPath, const QList<kanbao::ScannedFile> &files, const QStringList &sources);

signals:
    void progress(int done, int total, const QString &currentFile);
    void fileDone(const kanbao::ImportOutcome &outcome);
    void finished(bool cancelled, const QString &error);

private:
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_linkFiles{false};
};

} // namespace kanbao

Q_DECLARE_METATYPE(kanbao::ScannedFile)
Q_DECLARE_METATYPE(kanbao::ImportOutcome)
