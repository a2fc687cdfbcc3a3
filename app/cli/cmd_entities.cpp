#include "cli/cli.h"

#include <QCoreApplication>

namespace kanbao::cli {

// The entity commands arrive with the entity index; until then they say so.
static int notYet(const QStringList &arguments, Io &io)
{
    reportError(io, arguments.value(0), QCoreApplication::translate("kanbao::cli", "not available in this build yet"));
    return UsageError;
}


int entitiesCommand(const QStringList &arguments, Io &io) { return notYet(arguments, io); }

} // namespace kanbao::cli
