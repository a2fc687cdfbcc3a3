#include "language.h"
#include "mainwindow.h"

#include "kanbao_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(KANBAO_APPLICATION_NAME));
    QApplication::setApplicationVersion(QStringLiteral(KANBAO_VERSION_STRING));
    QApplication::setOrganizationDomain(QStringLiteral(KANBAO_ORGANIZATION_DOMAIN));
    kanbao::Language::apply(QSettings().value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Read and annotate archives of Chinese local newspapers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           QCoreApplication::translate("main", "Open the library at <path>."),
                                           QCoreApplication::translate("main", "path"));
    parser.addOption(libraryOption);
    parser.process(app);

    kanbao::MainWindow window;
    window.restoreSettings();
    window.show();
    window.openLibrary(parser.value(libraryOption));
    return app.exec();
}
