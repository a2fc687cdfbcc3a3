#include "cli/cli.h"

#include <QCoreApplication>

namespace kanbao::cli {

// The notes commands arrive with annotations; until then they say so.
static int notYet(const QStringList &arguments, Io &io)
{
    reportError(io, arguments.value(0), QCoreApplication::translate("kanbao::cli", "not available in this build yet"));
    return UsageError;
}


int tagCommand(const QStringList &arguments, Io &io) { return notYet(arguments, io); }
int annotateCommand(const QStringList &arguments, Io &io) { return notYet(arguments, io); }
int exportNotesCommand(const QStringList &arguments, Io &io) { return notYet(arguments, io); }

} // namespace kanbao::cli
