#include "storereader.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace kanbao {

std::unique_ptr<LibraryReader> openStoreReader(const QString &path, bool create, QString *error)
{
    Q_UNUSED(path);
    Q_UNUSED(create);
    if (error)
        *error = QCoreApplication::translate("kanbao::MainWindow", "This build has no library store yet.");
    return nullptr;
}

QString defaultLibraryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.kanbao");
}

} // namespace kanbao
