#pragma once

// Running kanbao-cli in-process for the CLI tests: the exit code and what it printed.

#include "cli/cli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace kanbao::testing {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    cli::Io io{out, err};
    r.code = cli::run(QStringList{QStringLiteral("kanbao-cli")} + args, io);
    out.flush();
    err.flush();
    return r;
}

} // namespace kanbao::testing
