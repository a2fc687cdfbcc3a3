#include "cli/cli.h"

#include <QCoreApplication>

namespace kanbao::cli {

// The library commands arrive with the library; until then they say so.
static int notYet(const QStringList &arguments, Io &io)
{
    reportError(io, arguments.value(0), QCoreApplication::translate("kanbao::cli", "not available in this build yet"));
    return UsageError;
}

int importCommand(const QStringList &arguments, Io &io) { return notYet(arguments, io); }
int issuesCommand(const QStringList &arguments, Io &io) { return notYet(arguments, io); }
int searchCommand(const QStringList &arguments, Io &io) { return notYet(arguments, io); }
int showCommand(const QStringList &arguments, Io &io) { return notYet(arguments, io); }

} // namespace kanbao::cli
