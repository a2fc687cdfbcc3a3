#include "mainwindow.h"

#include "kanbao_version.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(KANBAO_APPLICATION_NAME));
    QApplication::setApplicationVersion(QStringLiteral(KANBAO_VERSION_STRING));
    QApplication::setOrganizationDomain(QStringLiteral(KANBAO_ORGANIZATION_DOMAIN));
    kanbao::MainWindow window;
    window.show();
    return app.exec();
}
