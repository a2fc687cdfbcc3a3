#include "backgroundreader.h"

#include <QCoreApplication>
#include <QPointer>

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
    QMetaObject::invokeMethod(m_worker, [this] { m_reader.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundReader::run(QObject *context, Job job, Done done)
{
    // QPointer is checked on the receiving thread only, where `context` lives and may be deleted.
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, receiver, job = std::move(job), done = std::move(done)] {
            if (m_stopping)
                return;
            if (!m_reader && !m_openFailed && m_opener) {
                QString error;
                m_reader = m_opener(m_path, false, &error);
                m_openFailed = !m_reader;
            }
            QList<ArticleRef> rows;
            if (m_reader)
                rows = job(*m_reader);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [receiver, done, rows] {
                    if (receiver)
                        done(rows);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace kanbao
