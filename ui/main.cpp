#include "commandline.h"
#include "language.h"
#include "mainwindow.h"

#include "kanbao_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral(KANBAO_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(KANBAO_VERSION_STRING));
    QCoreApplication::setOrganizationDomain(QStringLiteral(KANBAO_ORGANIZATION_DOMAIN));
}

// A QApplication aborts where there is no display, yet --version and --help must answer there too
// (scripts, package checks, a terminal over ssh).
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        kanbao::Language::apply(QSettings().value(QStringLiteral("ui/language")).toString());
        QCommandLineParser parser;
        kanbao::describeCommandLine(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    kanbao::Language::apply(QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    kanbao::describeCommandLine(parser);
    parser.process(app);

    kanbao::MainWindow window;
    window.restoreSettings();
    window.show();
    window.openLibrary(parser.value(kanbao::libraryCommandLineOption()));
    return app.exec();
}
