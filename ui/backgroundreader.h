#pragma once

#include "libraryreader.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace kanbao {

// Reads a library on a thread of its own, through a connection of its own, so that the slow reads of a
// big library (every article that mentions a common name, result pages deep in a search) never block
// the window. Jobs run one at a time in the order given.
class BackgroundReader
{
public:
    using Opener = std::function<std::unique_ptr<LibraryReader>(const QString &path, bool create, QString *error)>;
    using Job = std::function<QList<ArticleRef>(LibraryReader &reader)>;
    using Done = std::function<void(const QList<ArticleRef> &rows)>;

    // The library is opened on the worker thread at the first job (connections belong to their thread).
    BackgroundReader(Opener opener, const QString &path);
    // Drops the jobs still queued, waits for the one in progress, closes the connection on its thread:
    // quitting never waits for result pages nobody will look at.
    ~BackgroundReader();
    BackgroundReader(const BackgroundReader &) = delete;
    BackgroundReader &operator=(const BackgroundReader &) = delete;

    // Runs `job` on the worker, then `done` with its rows on the GUI thread, unless `context` is gone
    // by then. When the library cannot be opened there, `done` gets no rows.
    void run(QObject *context, Job job, Done done);

    // The same for any result: `job` on the worker (not called when the library cannot be opened there:
    // `done` then gets a default Result), `done` on the GUI thread unless `context` is gone.
    template <typename Result>
    void run(QObject *context, std::function<Result(LibraryReader &reader)> job,
             std::function<void(const Result &result)> done)
    {
        auto result = std::make_shared<Result>();
        runTask(
            context,
            [job = std::move(job), result](LibraryReader *reader) {
                if (reader)
                    *result = job(*reader);
            },
            [done = std::move(done), result] { done(*result); });
    }

private:
    void runTask(QObject *context, std::function<void(LibraryReader *reader)> work, std::function<void()> done);

    Opener m_opener;
    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr;                // lives on m_thread
    std::unique_ptr<LibraryReader> m_reader;    // created, used and destroyed on m_thread only
    bool m_openFailed = false;                  // m_thread only
    std::atomic_bool m_stopping = false;        // set by the destructor: queued jobs are skipped
    QMutex m_interruptMutex;
    std::function<void()> m_interrupt;          // stops the running job's query; guarded by the mutex
};

} // namespace kanbao
