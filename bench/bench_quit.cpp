// Quitting the main window on a big library (issue 16: "quitting takes 1.5 s"; bar: 300 ms on 500,000
// articles). Each round opens the library, does what a reader does before quitting — reads an article,
// searches, scrolls the results (pages fetched in the background), lists a name's articles (background) —
// and then quits at once, with the background reads possibly still running. Timed: close() (the close
// event, settings and session saved), closing the library (both connections, the background thread
// joined) and the window's teardown.
//
//   bench_quit LIBRARY [--query 高新] [--rounds 5]
//
// Runs on QT_QPA_PLATFORM=offscreen. Prints "name: value" lines and PASS/FAIL (worst round <= 300 ms);
// exit status 1 when the bar is missed. scripts/bench-library.sh builds a 500,000-article library
// (/tmp/kanbao-bench/big-500000.kanbao); a small one: kanbao-cli import resources/samples into a new file.
#include "articlelistmodel.h"
#include "entitymodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTreeView>

#include <algorithm>

using namespace kanbao;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A reader's minute before quitting; leaves background reads queued or running.
void readABit(MainWindow *window, const QString &query)
{
    window->nextArticle();
    window->search(query);
    QListView *results = window->searchResultsView();
    results->verticalScrollBar()->setValue(results->verticalScrollBar()->maximum()); // the next page, in the background
    QCoreApplication::processEvents();
    EntityModel *entities = window->entityModel();
    for (int g = 0; g < entities->rowCount(); ++g) {
        const QModelIndex group = entities->index(g, 0);
        if (entities->rowCount(group) > 0) {
            emit window->entityView()->clicked(entities->index(0, 0, group)); // its articles, in the background
            break;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kanbao-bench-quit"));
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings and recent libraries alone

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"), QStringLiteral("The library to open."));
    const QCommandLineOption queryOption(QStringLiteral("query"), QStringLiteral("Search query."), QStringLiteral("q"),
                                         QStringLiteral("高新"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Times to open and quit."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({queryOption, roundsOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !QFileInfo::exists(parser.positionalArguments().constFirst())) {
        QTextStream(stderr) << "bench_quit: give an existing library file\n";
        return 2;
    }
    const QString library = parser.positionalArguments().constFirst();
    const QString query = parser.value(queryOption);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    QList<double> totals;
    qint64 articles = 0;
    for (int round = 0; round < rounds; ++round) {
        auto *window = new MainWindow;
        window->resize(1400, 900);
        window->show();
        if (!window->openLibrary(library, false))
            return 2;
        articles = window->reader()->articleCount();
        readABit(window, query);

        QElapsedTimer timer;
        timer.start();
        window->close();
        const double closeMs = msSince(timer);
        window->closeLibrary();
        const double libraryMs = msSince(timer) - closeMs;
        delete window;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const double totalMs = msSince(timer);
        totals << totalMs;
        out << "round " << round + 1 << ": quit ms " << QString::number(totalMs, 'f', 1) << " (close event "
            << QString::number(closeMs, 'f', 1) << ", library closed " << QString::number(libraryMs, 'f', 1)
            << ", teardown " << QString::number(totalMs - closeMs - libraryMs, 'f', 1) << ")\n";
        out.flush();
    }
    std::sort(totals.begin(), totals.end());
    const double worst = totals.last();
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
                                                           : QStringLiteral("?");
    out << "articles in library: " << articles << '\n'
        << "quit ms median: " << QString::number(totals.at(totals.size() / 2), 'f', 1) << '\n'
        << "load average: " << load << " on " << QThread::idealThreadCount() << " cores\n\n"
        << (worst <= 300 ? "PASS" : "FAIL") << "  quit " << QString::number(worst, 'f', 0) << " ms at worst of "
        << rounds << " (bar <= 300 ms) on " << articles << " articles\n";
    return worst <= 300 ? 0 : 1;
}
