// Stored vs linked PDF files (issue 11): `import --link-files` keeps no copy; `check` reports a linked file
// that was moved or changed with the command that locates it; `relink` points the pages to the moved file
// and refuses a file whose content is not what was imported.
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
