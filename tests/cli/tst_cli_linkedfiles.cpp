// Stored vs linked PDF files (issue 11): `import --link-files` keeps no copy; `check` reports a linked file
// that was moved or changed with the command that locates it; `relink` points the pages to the moved file
// and refuses a file whose content is not what was imported; importing a moved file again finds its pages by
// their content and moves them with it instead of storing them twice.
#include "clitesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao::testing;

class TestCliLinkedFiles : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString &name) { return QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/") + name; }

    QTemporaryDir m_dir;
    QString m_library;
    QString m_pdf;

    QJsonArray linkedFiles()
    {
        const CliRun check = runCli(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--library"), m_library});
        [&] {
            QCOMPARE(check.code, 0);
        }();
        return check.json().value(QStringLiteral("linked_files")).toArray();
    }

    // Pages and articles over all issues of the library (each test page names its own paper).
    static std::pair<int, int> counts(const QString &library)
    {
        const CliRun r = runCli({QStringLiteral("issues"), QStringLiteral("--json"), QStringLiteral("--library"), library});
        int pages = 0;
        int articles = 0;
        for (const QJsonValue &issue : r.json().value(QStringLiteral("issues")).toArray()) {
            pages += issue[QStringLiteral("pages")].toInt();
            articles += issue[QStringLiteral("articles")].toInt();
        }
        return {pages, articles};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("archive")));
        m_pdf = m_dir.filePath(QStringLiteral("archive/page.pdf"));
        QVERIFY(QFile::copy(data(QStringLiteral("tuned/cairo_20190203-04.pdf")), m_pdf));
        m_library = m_dir.filePath(QStringLiteral("linked.kanbao"));
    }

    void importKeepsOnlyALink()
    {
        const CliRun r =
            runCli({QStringLiteral("import"), QStringLiteral("--link-files"), QStringLiteral("--library"),
                    m_library, m_dir.filePath(QStringLiteral("archive"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("linked files"))));
        QCOMPARE(linkedFiles().size(), 0);

        // The default keeps a copy, named by the content's SHA-256.
        const QString stored = m_dir.filePath(QStringLiteral("stored.kanbao"));
        const CliRun s = runCli({QStringLiteral("import"), QStringLiteral("--library"), stored,
                                 m_dir.filePath(QStringLiteral("archive"))});
        QCOMPARE(s.code, 0);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("stored files"))).entryList(QDir::Files).size(), 1);
    }

    void movedFileIsReportedAndRelinked()
    {
        const QString moved = m_dir.filePath(QStringLiteral("moved.pdf"));
        QVERIFY(QFile::rename(m_pdf, moved));
        QJsonArray problems = linkedFiles();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first()[QStringLiteral("state")].toString(), QStringLiteral("missing"));
        QCOMPARE(problems.first()[QStringLiteral("path")].toString(), m_pdf);
        QVERIFY(problems.first()[QStringLiteral("pages")].toInt() >= 1);
        const CliRun text = runCli({QStringLiteral("check"), QStringLiteral("--library"), m_library});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("kanbao-cli relink")), qPrintable(text.out));

        // Another PDF is not the file that was imported.
        const CliRun wrong = runCli({QStringLiteral("relink"), QStringLiteral("--library"), m_library, m_pdf,
                                     data(QStringLiteral("tuned/cairo_20190201-01.pdf"))});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("content differs")), qPrintable(wrong.err));
        QCOMPARE(linkedFiles().size(), 1);

        const CliRun unknown = runCli({QStringLiteral("relink"), QStringLiteral("--library"), m_library,
                                       m_dir.filePath(QStringLiteral("never.pdf")), moved});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("never.pdf")));

        const CliRun ok =
            runCli({QStringLiteral("relink"), QStringLiteral("--library"), m_library, m_pdf, moved});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(linkedFiles().size(), 0);
        m_pdf = moved;
    }

    void relinkByArticleId()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
        QVERIFY(QFile::rename(m_pdf, again));
        QCOMPARE(linkedFiles().size(), 1);
        const CliRun ok = runCli(
            {QStringLiteral("relink"), QStringLiteral("--library"), m_library, QStringLiteral("1"), again});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(linkedFiles().size(), 0);
        m_pdf = again;
    }

    void reimportOfMovedFileKeepsItsPages_data()
    {
        QTest::addColumn<bool>("link");
        QTest::addColumn<bool>("keepOriginal"); // copied, not moved: a file of its own
        QTest::newRow("linked, moved") << true << false;
        QTest::newRow("stored copy, moved") << false << false;
        QTest::newRow("linked, copied") << true << true;
    }

    void reimportOfMovedFileKeepsItsPages()
    {
        QFETCH(bool, link);
        QFETCH(bool, keepOriginal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString library = dir.filePath(QStringLiteral("moves.kanbao"));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("before")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("after")));
        // Two pages of one issue (the day is in the name); one of them moves to another folder and name.
        const QString first = dir.filePath(QStringLiteral("before/20190203-04.pdf"));
        const QString second = dir.filePath(QStringLiteral("before/20190203-01.pdf"));
        QVERIFY(QFile::copy(data(QStringLiteral("tuned/cairo_20190203-04.pdf")), first));
        QVERIFY(QFile::copy(data(QStringLiteral("tuned/cairo_20190201-01.pdf")), second));
        QStringList importArgs{QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--library"), library};
        if (link)
            importArgs << QStringLiteral("--link-files");
        const CliRun imported = runCli(importArgs + QStringList{dir.filePath(QStringLiteral("before"))});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 2);
        const std::pair<int, int> before = counts(library);
        QCOMPARE(before.first, 2);
        QVERIFY(before.second > 2);

        const QString moved = dir.filePath(QStringLiteral("after/renamed 20190203-04.pdf"));
        QVERIFY(keepOriginal ? QFile::copy(first, moved) : QFile::rename(first, moved));
        const CliRun again = runCli(importArgs + QStringList{dir.filePath(QStringLiteral("after"))});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        const QJsonObject summary = again.json();
        const QJsonArray movedFiles = summary.value(QStringLiteral("moved")).toArray();
        if (keepOriginal) {
            // The original is still where it was imported from: the copy is imported as a file of its own.
            QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 1);
            QCOMPARE(movedFiles.size(), 0);
            QCOMPARE(counts(library).first, 3);
            return;
        }
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("pages")).toInt(), 0);
        QCOMPARE(movedFiles.size(), 1);
        QCOMPARE(movedFiles.first()[QStringLiteral("path")].toString(), moved);
        QCOMPARE(movedFiles.first()[QStringLiteral("from")].toString(), first);
        QCOMPARE(counts(library), before);
        // The link follows the file: nothing is missing any more.
        const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--library"), library});
        QCOMPARE(check.code, 0);
        QCOMPARE(check.json().value(QStringLiteral("linked_files")).toArray().size(), 0);
        // A third import of both folders changes nothing.
        const CliRun third = runCli(importArgs + QStringList{dir.filePath(QStringLiteral("before")),
                                                             dir.filePath(QStringLiteral("after"))});
        QVERIFY2(third.code == 0, qPrintable(third.err));
        QCOMPARE(third.json().value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(third.json().value(QStringLiteral("pages")).toInt(), 0);
        QCOMPARE(counts(library), before);
    }

    void changedFileIsReported()
    {
        QFile file(m_pdf);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n% appended after the import\n");
        file.close();
        const QJsonArray problems = linkedFiles();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first()[QStringLiteral("state")].toString(), QStringLiteral("changed"));
    }
};

QTEST_GUILESS_MAIN(TestCliLinkedFiles)
#include "tst_cli_linkedfiles.moc"
