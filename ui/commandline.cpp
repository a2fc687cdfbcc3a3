#include "commandline.h"

#include <QCoreApplication>

namespace kanbao {

QCommandLineOption libraryCommandLineOption()
{
    return QCommandLineOption(QStringLiteral("library"),
                              QCoreApplication::translate("main", "Open the library at <path>."),
                              QCoreApplication::translate("main", "path"));
}

void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Read and annotate archives of Chinese local newspapers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(libraryCommandLineOption());
}

} // namespace kanbao
