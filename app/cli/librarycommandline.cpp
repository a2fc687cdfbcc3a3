#include "cli/librarycommandline.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>

namespace kanbao::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::cli", text);
}

} // namespace

LibraryCommandLine::LibraryCommandLine(const QString &command, const QString &description)
    : name(command)
    , libraryOption(QStringLiteral("library"), tr("The library file (default: %1).").arg(Library::defaultPath()),
                    QStringLiteral("L"))
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(libraryOption);
}

int LibraryCommandLine::parse(const QStringList &arguments, Io &io)
{
    if (!parser.parse(arguments)) {
        reportError(io, name, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << commandHelpText(parser, name);
        return Success;
    }
    return -1;
}

int LibraryCommandLine::usage(Io &io, const QString &problem)
{
    reportError(io, name, problem);
    io.err << commandHelpText(parser, name);
    return UsageError;
}

bool LibraryCommandLine::open(Library &library, Io &io, bool write)
{
    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption) : Library::defaultPath();
    LibraryOpenOptions options;
    options.create = false;
    options.readOnlyWhenNotWritable = !write;
    if (library.open(path, options))
        return true;
    if (library.error() == LibraryError::NotFound)
        reportError(io, name,
                    tr("no library at %1; import page files first: kanbao-cli import --library %2 PATH...")
                        .arg(QDir::toNativeSeparators(path), path));
    else
        reportError(io, name, library.errorString());
    return false;
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace kanbao::cli
