#pragma once

#include <QStringList>
#include <QCommandLineParser>
#include <QTextStream>

namespace kanbao::cli {

// Where a command writes. Tests point these at strings.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

// Exit codes shared by every command.
enum ExitCode : int {
    Success = 0,
    InputFailed = 1, // some input could not be processed; the rest was
    UsageError = 2,
    LibraryFailed = 3, // the library could not be opened or written
    LibraryDamaged = 4, // check found damage; repair could not recover everything
};

// arguments[0] is the program name, arguments[1] the command.
int run(const QStringList &arguments, Io &io);
int runFromCommandLine(const QStringList &arguments);

// One function per command; `arguments` starts with the command name.
int reconstructCommand(const QStringList &arguments, Io &io);
int importCommand(const QStringList &arguments, Io &io);
int issuesCommand(const QStringList &arguments, Io &io);
int searchCommand(const QStringList &arguments, Io &io);
int showCommand(const QStringList &arguments, Io &io);
int entitiesCommand(const QStringList &arguments, Io &io);
int officesCommand(const QStringList &arguments, Io &io);
int networkCommand(const QStringList &arguments, Io &io);
int tagCommand(const QStringList &arguments, Io &io);
int annotateCommand(const QStringList &arguments, Io &io);
int exportNotesCommand(const QStringList &arguments, Io &io);
int checkCommand(const QStringList &arguments, Io &io);
int relinkCommand(const QStringList &arguments, Io &io);
int repairCommand(const QStringList &arguments, Io &io);
int savedSearchCommand(const QStringList &arguments, Io &io);
int collectionCommand(const QStringList &arguments, Io &io);
int citeCommand(const QStringList &arguments, Io &io);
int correctCommand(const QStringList &arguments, Io &io);
int correctionsCommand(const QStringList &arguments, Io &io);
int importsCommand(const QStringList &arguments, Io &io);

// The parser's help with a usage line naming the command ("Usage: kanbao-cli search [options] QUERY"):
// QCommandLineParser itself names the binary by its full path and knows nothing of sub-commands.
QString commandHelpText(const QCommandLineParser &parser, const QString &command);

// Prints "kanbao-cli: <what>: <reason>" on io.err.
void reportError(Io &io, const QString &what, const QString &reason);

} // namespace kanbao::cli
