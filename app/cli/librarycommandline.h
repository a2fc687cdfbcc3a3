#pragma once

#include "cli/cli.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>

class QDate;

namespace kanbao {
class Library;
}

namespace kanbao::cli {

// The parse shared by the commands that work on an existing library (notes, saved searches,
// collections): --library and --help; a command adds its own options to `parser`.
struct LibraryCommandLine
{
    QString name;
    QCommandLineParser parser;
    QCommandLineOption libraryOption;

    LibraryCommandLine(const QString &command, const QString &description);

    // -1 to carry on, or the exit code to return now.
    int parse(const QStringList &arguments, Io &io);
    int usage(Io &io, const QString &problem);
    // Never creates a library: writing into an empty new one would only hide a mistyped path.
    bool open(Library &library, Io &io, bool write);
};

// A date in JSON output: ISO 8601, or null when the date is unknown.
QJsonValue dateOrNull(const QDate &date);

} // namespace kanbao::cli
