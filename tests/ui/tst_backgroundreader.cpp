// Issue 16: quitting took 1.5 s on a big library. Closing the background reader does not wait for what
// it was asked to read: queued jobs are dropped and the one running is interrupted.
#include "backgroundreader.h"
#include "fakereader.h"
#include "storereader.h"
#include "uitesthelpers.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace kanbao;

namespace {

// A reader whose interrupter raises a flag the long job below watches, as sqlite3_interrupt stops a
// statement.
class InterruptibleReader : public test::FakeReader
{
public:
    explicit InterruptibleReader(std::atomic_bool *interrupted)
        : m_interrupted(interrupted)
    {
    }
    std::function<void()> interrupter() override
    {
        std::atomic_bool *flag = m_interrupted;
        return [flag] { *flag = true; };
    }

private:
    std::atomic_bool *m_interrupted;
};

} // namespace

class TestBackgroundReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closingInterruptsTheRunningJobAndDropsTheQueue();
    void storeReaderInterrupterLeavesAnIdleConnectionUsable();
    void anyResultRunsOnTheWorkerAndArrivesOnTheGuiThread();
};

// The overview's jobs return other things than rows: the job runs on the worker thread, the result
// arrives on the GUI thread, and not at all once its context is gone.
void TestBackgroundReader::anyResultRunsOnTheWorkerAndArrivesOnTheGuiThread()
{
    BackgroundReader background(
        [](const QString &, bool, QString *) -> std::unique_ptr<LibraryReader> {
            return std::make_unique<test::FakeReader>();
        },
        QStringLiteral("fake.kanbao"));
    QObject context;
    std::atomic<QThread *> jobThread = nullptr;
    QThread *doneThread = nullptr;
    int answer = 0;
    background.run<int>(
        &context,
        [&jobThread](LibraryReader &) {
            jobThread = QThread::currentThread();
            return 42;
        },
        [&](const int &result) {
            doneThread = QThread::currentThread();
            answer = result;
        });
    QTRY_COMPARE(answer, 42);
    QVERIFY(jobThread.load() != nullptr);
    QVERIFY(jobThread.load() != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
    int late = 0;
    {
        QObject gone;
        background.run<int>(
            &gone, [](LibraryReader &) { return 7; }, [&late](const int &result) { late = result; });
    }
    background.run<int>(
        &context, [](LibraryReader &) { return 1; }, [&answer](const int &result) { answer = result; });
    QTRY_COMPARE(answer, 1);
    QCOMPARE(late, 0);
}

void TestBackgroundReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackgroundReader::closingInterruptsTheRunningJobAndDropsTheQueue()
{
    std::atomic_bool interrupted = false;
    std::atomic_bool started = false;
    std::atomic_int ran = 0;
    int delivered = 0;
    QObject context;
    auto background = std::make_unique<BackgroundReader>(
        [&interrupted](const QString &, bool, QString *) -> std::unique_ptr<LibraryReader> {
            return std::make_unique<InterruptibleReader>(&interrupted);
        },
        QStringLiteral("fake.kanbao"));
    // A read that would take 20 s unless interrupted, then three more behind it.
    background->run(
        &context,
        [&](LibraryReader &) {
            ++ran;
            started = true;
            QElapsedTimer timer;
            timer.start();
            while (!interrupted && timer.elapsed() < 20000)
                QThread::msleep(1);
            return QList<ArticleRef>{};
        },
        [&delivered](const QList<ArticleRef> &) { ++delivered; });
    for (int i = 0; i < 3; ++i)
        background->run(
            &context,
            [&ran](LibraryReader &) {
                ++ran;
                return QList<ArticleRef>{};
            },
            [&delivered](const QList<ArticleRef> &) { ++delivered; });
    QTRY_VERIFY(started);

    QElapsedTimer closing;
    closing.start();
    background.reset();
    QVERIFY2(closing.elapsed() < 1000, qPrintable(QString::number(closing.elapsed())));
    QVERIFY(interrupted);
    QCOMPARE(ran.load(), 1); // the queued reads never ran
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0); // nor did the cut-short rows go anywhere
}

void TestBackgroundReader::storeReaderInterrupterLeavesAnIdleConnectionUsable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString openError;
    std::unique_ptr<LibraryReader> reader = openStoreReader(path, false, &openError);
    QVERIFY2(reader, qPrintable(openError));
    const qint64 articles = reader->articleCount();
    QVERIFY(articles > 0);
    const std::function<void()> interrupt = reader->interrupter();
    QVERIFY(interrupt);
    interrupt(); // nothing running: no effect on what comes after
    QCOMPARE(reader->articleCount(), articles);
    QVERIFY(!reader->search(QStringLiteral("焦作"), 0, 10).isEmpty());
}

QTEST_MAIN(TestBackgroundReader)
#include "tst_backgroundreader.moc"
