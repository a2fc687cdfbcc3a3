#include "cli/cli.h"

#include "kanbao_version.h"

#include <QCoreApplication>

#include <array>
#include <cstdio>

namespace kanbao::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &, Io &);
};

const std::array<Command, 20> &commands()
{
    static const std::array<Command, 20> table{{
        {"reconstruct", QT_TRANSLATE_NOOP("kanbao::cli", "Reconstruct articles from page text files"),
         &reconstructCommand},
        {"import", QT_TRANSLATE_NOOP("kanbao::cli", "Import archive folders or page files into a library"),
         &importCommand},
        {"issues", QT_TRANSLATE_NOOP("kanbao::cli", "List the issues in a library"), &issuesCommand},
        {"search", QT_TRANSLATE_NOOP("kanbao::cli", "Full-text search of a library"), &searchCommand},
        {"show", QT_TRANSLATE_NOOP("kanbao::cli", "Show one article of a library"), &showCommand},
        {"entities", QT_TRANSLATE_NOOP("kanbao::cli", "List people, organizations and places"),
         &entitiesCommand},
        {"offices", QT_TRANSLATE_NOOP("kanbao::cli", "List who held which office, from when to when"),
         &officesCommand},
        {"network", QT_TRANSLATE_NOOP("kanbao::cli", "List who appears with whom, as an edge list"),
         &networkCommand},
        {"tag", QT_TRANSLATE_NOOP("kanbao::cli", "Tag an article"), &tagCommand},
        {"annotate", QT_TRANSLATE_NOOP("kanbao::cli", "Highlight a quote in an article, with a note"),
         &annotateCommand},
        {"export-notes", QT_TRANSLATE_NOOP("kanbao::cli", "Export notes to PDF, Markdown or CSV"),
         &exportNotesCommand},
        {"check", QT_TRANSLATE_NOOP("kanbao::cli", "Check a library for damage"), &checkCommand},
        {"relink", QT_TRANSLATE_NOOP("kanbao::cli", "Locate a linked PDF that was moved"), &relinkCommand},
        {"repair", QT_TRANSLATE_NOOP("kanbao::cli", "Repair a damaged library, or recover its rows into a new file"),
         &repairCommand},
        {"saved-search", QT_TRANSLATE_NOOP("kanbao::cli", "Saved searches and their new hits"), &savedSearchCommand},
        {"collection", QT_TRANSLATE_NOOP("kanbao::cli", "Named sets of articles; export their full text"),
         &collectionCommand},
        {"cite", QT_TRANSLATE_NOOP("kanbao::cli", "References to articles: GB/T 7714, Chicago, RIS, BibTeX, CSL-JSON"),
         &citeCommand},
        {"correct", QT_TRANSLATE_NOOP("kanbao::cli", "Correct how a page was cut into articles, its paper or date"),
         &correctCommand},
        {"corrections", QT_TRANSLATE_NOOP("kanbao::cli", "List the corrections and whether they still apply"),
         &correctionsCommand},
        {"imports", QT_TRANSLATE_NOOP("kanbao::cli", "List the imports, to correct the pages of one (correct --import)"),
         &importsCommand},
    }};
    return table;
}

QString usage()
{
    QString text = QCoreApplication::translate("kanbao::cli", "Usage: kanbao-cli COMMAND [OPTIONS] [ARGS]\n\n"
                                                              "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name), -14)
                    .arg(QCoreApplication::translate("kanbao::cli", c.summary));
    text += QCoreApplication::translate("kanbao::cli",
                                        "\nRun 'kanbao-cli COMMAND --help' for a command's options.\n"
                                        "Options: --help, --version\n");
    return text;
}

} // namespace

QString commandHelpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    QString firstLine = text.left(lineEnd);
    const QString program = QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty()
                                ? QCoreApplication::arguments().constFirst()
                                : QStringLiteral("<executable_name>");
    const qsizetype at = firstLine.indexOf(program);
    const QString named = QStringLiteral("kanbao-cli ") + command;
    if (at >= 0 && !program.isEmpty())
        firstLine.replace(at, program.size(), named);
    return firstLine + text.mid(lineEnd);
}

void reportError(Io &io, const QString &what, const QString &reason)
{
    io.err << "kanbao-cli: " << what << ": " << reason << Qt::endl;
}

int run(const QStringList &arguments, Io &io)
{
    if (arguments.size() < 2) {
        io.err << usage();
        return UsageError;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        io.out << usage();
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << "kanbao-cli " << KANBAO_VERSION_STRING << Qt::endl;
        return Success;
    }
    for (const Command &c : commands()) {
        if (first == QLatin1String(c.name))
            return c.run(arguments.mid(1), io);
    }
    reportError(io, first, QCoreApplication::translate("kanbao::cli", "unknown command"));
    io.err << usage();
    return UsageError;
}

int runFromCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    Io io{out, err};
    const int code = run(arguments, io);
    out.flush();
    err.flush();
    return code;
}

} // namespace kanbao::cli
