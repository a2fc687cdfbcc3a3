#include "cli/cli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace kanbao;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    cli::Io io{out, err};
    r.code = cli::run(QStringList{QStringLiteral("kanbao-cli")} + args, io);
    out.flush();
    err.flush();
    return r;
}

QString samplePath(const char *name)
{
    return QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).filePath(QString::fromLatin1(name));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray encode(const char *codepage, const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(codepage, &status);
    QByteArray out(text.size() * 4 + 8, Qt::Uninitialized);
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(conv);
    out.truncate(U_SUCCESS(status) ? n : 0);
    return out;
}

QJsonArray articlesOf(const QString &json)
{
    QJsonArray all;
    const QJsonArray pages = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("pages")).toArray();
    for (const QJsonValue &p : pages)
        for (const QJsonValue &a : p.toObject().value(QStringLiteral("articles")).toArray())
            all.append(a);
    return all;
}

} // namespace

class TestCliReconstruct : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("kanbao-cli ")));
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("reconstruct")));
        const CliRun cmdHelp = runCli({QStringLiteral("reconstruct"), QStringLiteral("--help")});
        QCOMPARE(cmdHelp.code, 0);
        QVERIFY(cmdHelp.out.contains(QLatin1String("--json")));
        QCOMPARE(runCli({QStringLiteral("no-such-command")}).code, int(cli::UsageError));
        QCOMPARE(runCli({QStringLiteral("reconstruct")}).code, int(cli::UsageError));
    }

    void jsonShape()
    {
        const CliRun r = runCli({QStringLiteral("reconstruct"), QStringLiteral("--json"),
                                 samplePath("003_d414a8ee10d38a41.txt")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray pages = root.value(QStringLiteral("pages")).toArray();
        QVERIFY(!pages.isEmpty());
        for (const QJsonValue &pv : pages) {
            const QJsonObject page = pv.toObject();
            for (const char *key : {"source", "encoding", "date", "page", "section", "articles"})
                QVERIFY2(page.contains(QLatin1String(key)), key);
            QCOMPARE(page.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        }
        const QJsonArray articles = articlesOf(r.out);
        QVERIFY(articles.size() >= 10);
        for (const QJsonValue &av : articles) {
            const QJsonObject a = av.toObject();
            for (const char *key : {"kind", "kicker", "headline", "subheadline", "reporters", "correspondents",
                                    "authors", "photographers", "paragraphs", "entities"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            QVERIFY(a.value(QStringLiteral("paragraphs")).isArray());
            const QString kind = a.value(QStringLiteral("kind")).toString();
            QVERIFY2(QStringList({QStringLiteral("article"), QStringLiteral("photo"), QStringLiteral("commentary"),
                                  QStringLiteral("brief"), QStringLiteral("wire")})
                         .contains(kind),
                     qPrintable(kind));
            for (const QJsonValue &p : a.value(QStringLiteral("paragraphs")).toArray())
                QVERIFY2(!p.toString().contains(QLatin1Char('\n')), qPrintable(p.toString()));
        }
    }

    // The same page in every supported encoding and line-ending style reconstructs to the same articles.
    void encodings_data()
    {
        QTest::addColumn<QString>("codepage");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<QString>("expectedEncoding");
        QTest::newRow("utf8-crlf") << QStringLiteral("UTF-8") << true << QStringLiteral("UTF-8");
        QTest::newRow("utf8-bom") << QStringLiteral("UTF-8-BOM") << false << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("utf16le-bom") << QStringLiteral("UTF-16LE-BOM") << true << QStringLiteral("UTF-16LE");
        QTest::newRow("utf16be-bom") << QStringLiteral("UTF-16BE-BOM") << false << QStringLiteral("UTF-16BE");
        QTest::newRow("gb18030") << QStringLiteral("GB18030") << false << QStringLiteral("GB18030");
        QTest::newRow("gb18030-crlf") << QStringLiteral("GB18030") << true << QStringLiteral("GB18030");
    }
    void encodings()
    {
        QFETCH(QString, codepage);
        QFETCH(bool, crlf);
        QFETCH(QString, expectedEncoding);
        const QString source = samplePath("000_71a6f582861dd56c.txt");
        const CliRun reference = runCli({QStringLiteral("reconstruct"), QStringLiteral("--json"), source});
        QCOMPARE(reference.code, 0);

        QString text = QString::fromUtf8(readAll(source));
        if (crlf)
            text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        QByteArray bytes;
        if (codepage == QLatin1String("UTF-8"))
            bytes = text.toUtf8();
        else if (codepage == QLatin1String("UTF-8-BOM"))
            bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        else if (codepage == QLatin1String("UTF-16LE-BOM"))
            bytes = QByteArray("\xFF\xFE", 2) + encode("UTF-16LE", text);
        else if (codepage == QLatin1String("UTF-16BE-BOM"))
            bytes = QByteArray("\xFE\xFF", 2) + encode("UTF-16BE", text);
        else
            bytes = encode(codepage.toLatin1().constData(), text);
        QVERIFY(!bytes.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.txt"));
        QVERIFY(writeFile(path, bytes));

        const CliRun r = runCli({QStringLiteral("reconstruct"), QStringLiteral("--json"), path});
        QCOMPARE(r.code, 0);
        const QJsonArray pages =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("pages")).toArray();
        QVERIFY(!pages.isEmpty());
        QCOMPARE(pages.first().toObject().value(QStringLiteral("encoding")).toString(), expectedEncoding);
        QCOMPARE(articlesOf(r.out), articlesOf(reference.out));
    }

    // Each bad input gets one line on stderr naming the file and the reason; the good file is still done.
    void badInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QStringLiteral("empty");
        QTest::newRow("binary") << QStringLiteral("binary.txt") << QStringLiteral("binary");
        QTest::newRow("not-text") << QStringLiteral("latin1.txt") << QStringLiteral("encoding");
        QTest::newRow("missing") << QStringLiteral("missing.txt") << QStringLiteral("no such file");
        QTest::newRow("directory") << QStringLiteral("folder") << QStringLiteral("directory");
        QTest::newRow("huge") << QStringLiteral("huge.txt") << QStringLiteral("too large");
    }
    void badInputs()
    {
        QFETCH(QString, name);
        QFETCH(QString, reasonPart);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("empty.txt")), QByteArray()));
        QByteArray binary;
        for (int i = 0; i < 8192; ++i)
            binary.append(char((i * 2654435761u) >> 24));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("binary.txt")), binary));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("latin1.txt")),
                          QByteArray("Zeitung f\xFCr M\xFCnchen, \xE9t\xE9 \xFF\xFE\xFD\x80\x81 caf\xE9")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        {
            // 200 MB, sparse: refused by size before anything is read.
            QFile huge(dir.filePath(QStringLiteral("huge.txt")));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(200LL * 1024 * 1024));
        }
        const QString bad = dir.filePath(name);
        const QString good = samplePath("000_71a6f582861dd56c.txt");
        const CliRun r = runCli({QStringLiteral("reconstruct"), QStringLiteral("--json"), bad, good});
        QCOMPARE(r.code, int(cli::InputFailed));
        const QStringList errLines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.first().contains(bad), qPrintable(errLines.first()));
        QVERIFY2(errLines.first().contains(reasonPart), qPrintable(errLines.first()));
        // The good file of the same call was still processed.
        QVERIFY(articlesOf(r.out).size() >= 10);
    }

    void readableOutput()
    {
        const CliRun r = runCli({QStringLiteral("reconstruct"), samplePath("002_223f8a6ac594ec44.txt")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("=== ")));
        QVERIFY(r.out.contains(QStringLiteral("高新区党政联席会议召开")));
    }
};

QTEST_GUILESS_MAIN(TestCliReconstruct)
#include "tst_cli_reconstruct.moc"
