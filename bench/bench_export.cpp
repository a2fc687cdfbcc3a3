// Notes export speed: 1,000 highlights with notes (on articles reconstructed from the bundled samples)
// exported to PDF, Markdown and CSV. Target: PDF in <= 10 s.
//   bench_export [ANNOTATIONS] [OUT_DIR]
#include "notes/notesexporter.h"
#include "notes/notesstore.h"
#include "notestestlibrary.h"
#include "import/pagefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kanbao;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir tmp;
    const QString outDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();

    test::NotesTestLibrary lib;
    if (!lib.create()) {
        out << "cannot create the library" << Qt::endl;
        return 1;
    }
    // Articles: every bundled sample page, reconstructed; repeated on later dates until there are enough.
    QList<Article> articles;
    const QDir samples(QStringLiteral(KANBAO_SAMPLES_DIR));
    const QStringList files = samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const PageFile page = readPageFile(samples.filePath(name), nullptr);
        for (const Page &p : page.pages) {
            for (const Article &a : p.articles) {
                if (a.bodyText().size() >= 120)
                    articles << a;
            }
        }
    }
    if (articles.isEmpty()) {
        out << "no articles in " << samples.path() << Qt::endl;
        return 1;
    }

    NotesStore store(lib.library());
    QSqlQuery(lib.database()).exec(QStringLiteral("BEGIN"));
    int made = 0;
    int articleCount = 0;
    for (int round = 0; made < wanted; ++round) {
        for (int i = 0; i < articles.size() && made < wanted; ++i) {
            const Article &a = articles[i];
            test::SampleArticle s;
            s.date = QDate(2023, 1, 1).addDays(round).toString(Qt::ISODate);
            s.sourcePath = QStringLiteral("/archive/bench/%1/%2.txt").arg(round).arg(i);
            s.seq = i;
            s.headline = a.headline;
            s.body = a.bodyText();
            s.reporters = a.reporters;
            s.correspondents = a.correspondents;
            const qint64 id = lib.addArticle(s);
            ++articleCount;
            // Four highlights an article: sentences spread over the body, each with a note.
            const int len = int(s.body.size());
            for (int k = 0; k < 4 && made < wanted; ++k) {
                const int start = len * k / 4;
                const int end = std::min(len, start + 24 + (made * 7) % 40);
                const QString note = QStringLiteral("批注 %1：%2").arg(made).arg(s.body.mid(end, 30));
                const auto h = store.makeHighlight(id, {start, end}, highlightColorNames().at(made % 6), note);
                if (!h || !store.insertAnnotation(*h)) {
                    out << "cannot store an annotation: " << store.errorString() << Qt::endl;
                    return 1;
                }
                ++made;
            }
        }
    }
    QSqlQuery(lib.database()).exec(QStringLiteral("COMMIT"));
    out << made << " annotations on " << articleCount << " articles" << Qt::endl;

    NotesExporter exporter(&store);
    const struct
    {
        NotesExportFormat format;
        const char *name;
    } formats[] = {{NotesExportFormat::Pdf, "pdf"}, {NotesExportFormat::Markdown, "md"}, {NotesExportFormat::Csv, "csv"}};
    int status = 0;
    for (const auto &f : formats) {
        const QString path = QDir(outDir).filePath(QStringLiteral("notes.%1").arg(QLatin1String(f.name)));
        QElapsedTimer timer;
        timer.start();
        if (!exporter.exportNotes(f.format, path, {})) {
            out << f.name << ": " << exporter.errorString() << Qt::endl;
            return 1;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        out << f.name << ": " << QString::number(seconds, 'f', 2) << " s, " << exporter.exportedNotes() << " notes, "
            << QFileInfo(path).size() / 1024 << " KiB";
        if (f.format == NotesExportFormat::Pdf) {
            out << ", " << exporter.pageCount() << " pages";
            if (made >= 1000 && seconds > 10.0) {
                out << " — OVER the 10 s budget";
                status = 2;
            }
        }
        out << Qt::endl;
    }
    return status;
}
