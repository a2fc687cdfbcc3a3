// Reconstruction throughput on one core: every bundled sample, repeated until enough bytes went through.
#include "entities/entityextractor.h"
#include "import/pagefile.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

using namespace kanbao;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(KANBAO_SAMPLES_DIR);
    const double targetMb = argc > 2 ? QString::fromLocal8Bit(argv[2]).toDouble() : 20.0;
    QList<DecodedText> texts;
    qint64 bytesPerRound = 0;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        DecodedText t;
        QString error;
        if (!TextDecoder::readFile(QDir(dir).filePath(name), &t, &error)) {
            out << name << ": " << error << Qt::endl;
            return 1;
        }
        bytesPerRound += t.text.toUtf8().size();
        texts << t;
    }
    if (texts.isEmpty()) {
        out << "no samples in " << dir << Qt::endl;
        return 1;
    }
    const EntityExtractor extractor;
    for (const bool withEntities : {false, true}) {
        qint64 bytes = 0;
        qsizetype articles = 0;
        QElapsedTimer timer;
        timer.start();
        while (bytes < qint64(targetMb * 1024 * 1024)) {
            for (const DecodedText &t : texts) {
                const QList<Page> pages = reconstructText(t.text, QString(), t.encoding,
                                                          withEntities ? &extractor : nullptr);
                for (const Page &p : pages)
                    articles += p.articles.size();
            }
            bytes += bytesPerRound;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        out << (withEntities ? "reconstruct+entities" : "reconstruct") << ": "
            << QString::number(bytes / 1048576.0 / seconds, 'f', 2) << " MB/s of raw UTF-8 text ("
            << bytes << " bytes, " << articles << " articles, " << QString::number(seconds, 'f', 2) << " s)"
            << Qt::endl;
    }
    return 0;
}
