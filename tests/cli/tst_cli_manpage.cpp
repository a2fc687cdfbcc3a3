// `man kanbao-cli` against `kanbao-cli COMMAND --help`: every command the CLI lists, and every option a command's
// help prints, is documented in the man page; every usage line names its command, not the binary's path.
#include "cli/cli.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

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

// The commands the top-level usage lists ("  name   summary" lines after "Commands:").
QStringList listedCommands()
{
    const QString usage = runCli({QStringLiteral("--help")}).out;
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*)\\s"), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(usage); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

QString manPage()
{
    QFile f(QStringLiteral(KANBAO_MAN_PAGE));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // roff escapes the dashes of options; the reader sees plain ones.
    return QString::fromUtf8(f.readAll()).replace(QLatin1String("\\-"), QLatin1String("-"));
}

} // namespace

class TestCliManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandHelpIsDocumented_data();
    void commandHelpIsDocumented();
    void usageErrorNamesTheCommand();

private:
    QString m_man;
};

void TestCliManPage::initTestCase()
{
    m_man = manPage();
    QVERIFY2(!m_man.isEmpty(), KANBAO_MAN_PAGE);
    QVERIFY(listedCommands().size() >= 11);
}

void TestCliManPage::commandHelpIsDocumented_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &name : listedCommands())
        QTest::newRow(qPrintable(name)) << name;
}

void TestCliManPage::commandHelpIsDocumented()
{
    QFETCH(QString, command);
    const CliRun help = runCli({command, QStringLiteral("--help")});
    QCOMPARE(help.code, 0);

    const QString firstLine = help.out.section(u'\n', 0, 0);
    QVERIFY2(firstLine.startsWith(QStringLiteral("Usage: kanbao-cli %1 ").arg(command)), qPrintable(firstLine));
    QVERIFY2(!firstLine.contains(u'/'), qPrintable(firstLine));

    // The command has its own entry in COMMANDS; its options are documented there or under OPTIONS.
    const qsizetype entryStart = m_man.indexOf(QStringLiteral("\n.BR %1 ").arg(command));
    QVERIFY2(entryStart >= 0, qPrintable(command));
    static const QRegularExpression nextEntry(QStringLiteral("\n\\.(TP|SH)\\b"));
    const qsizetype entryEnd = m_man.indexOf(nextEntry, entryStart + 1);
    const QString entry = m_man.mid(entryStart, entryEnd < 0 ? -1 : entryEnd - entryStart);
    const qsizetype optionsStart = m_man.indexOf(QStringLiteral("\n.SH OPTIONS"));
    QVERIFY(optionsStart >= 0);
    const qsizetype optionsEnd = m_man.indexOf(QStringLiteral("\n.SH "), optionsStart + 1);
    const QString common = m_man.mid(optionsStart, optionsEnd - optionsStart);

    // Every long option of the help, in the man page.
    static const QRegularExpression optionLine(QStringLiteral("^\\s+(?:-\\w, )?--([a-z][a-z-]*)"),
                                               QRegularExpression::MultilineOption);
    int options = 0;
    for (auto it = optionLine.globalMatch(help.out); it.hasNext();) {
        const QString option = QStringLiteral("--") + it.next().captured(1);
        ++options;
        QVERIFY2(entry.contains(option) || common.contains(option),
                 qPrintable(command + u' ' + option + QStringLiteral(" is not in the man page")));
    }
    QVERIFY(options >= 1); // at least --help, so the parse above is not vacuous
}

void TestCliManPage::usageErrorNamesTheCommand()
{
    // search without a query: the usage on stderr names the command too.
    const CliRun r = runCli({QStringLiteral("search"), QStringLiteral("--library"), QStringLiteral("/nonexistent/x")});
    QCOMPARE(r.code, int(cli::UsageError));
    QVERIFY2(r.err.contains(QStringLiteral("Usage: kanbao-cli search ")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliManPage)
#include "tst_cli_manpage.moc"
