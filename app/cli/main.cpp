#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return kanbao::cli::runFromCommandLine(app.arguments());
}
