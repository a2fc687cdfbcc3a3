#include "backgroundreader.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>

namespace kanbao {

BackgroundReader::BackgroundReader(Opener opener, const QString &path)
    : m_opener(std::move(opener))
    , m_path(path)
{
    m_thread.setObjectName(QStringLiteral("kanbao-background-reader"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    m_stopping = true;
    // A deep result page or a common name's articles can take seconds on a big library: stop it rather
    // than wait for it (its rows would go nowhere). One interrupt is not enough: a job of several
    // statements (the search overview: count, facets, histogram) starts its next statement after the
    // interrupted one, so keep interrupting until the worker has dropped its reader.
    QSemaphore readerDropped;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &readerDropped] {
            {
                const QMutexLocker lock(&m_interruptMutex);
                m_interrupt = {};
            }
            m_reader.reset();
            readerDropped.release();
        },
        Qt::QueuedConnection);
    do {
        const QMutexLocker lock(&m_interruptMutex);
        if (m_interrupt)
            m_interrupt();
    } while (!readerDropped.tryAcquire(1, 5));
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundReader::run(QObject *context, Job job, Done done)
{
    auto rows = std::make_shared<QList<ArticleRef>>();
    runTask(
        context,
        [job = std::move(job), rows](LibraryReader *reader) {
            if (reader)
                *rows = job(*reader);
        },
        [done = std::move(done), rows] { done(*rows); });
}

void BackgroundReader::runTask(QObject *context, std::function<void(LibraryReader *reader)> work,
                               std::function<void()> done)
{
    // QPointer is checked on the receiving thread only, where `context` lives and may be deleted.
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, receiver, work = std::move(work), done = std::move(done)] {
            if (m_stopping)
                return;
            if (!m_reader && !m_openFailed && m_opener) {
                QString error;
                m_reader = m_opener(m_path, false, &error);
                m_openFailed = !m_reader;
                if (m_reader) {
                    const QMutexLocker lock(&m_interruptMutex);
                    m_interrupt = m_reader->interrupter();
                }
            }
            work(m_reader.get());
            if (m_stopping)
                return; // interrupted on the way out: the result may be cut short
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [receiver, done] {
                    if (receiver)
                        done();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace kanbao
