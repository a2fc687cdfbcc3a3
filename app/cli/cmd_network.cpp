// kanbao-cli network: who appears with whom, as an edge list.
#include "cli/cli.h"
#include "cli/librarycommandline.h"
#include "entities/entitystore.h"
#include "library/library.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kanbao::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::cli", text);
}

} // namespace

int networkCommand(const QStringList &arguments, Io &io)
{
    LibraryCommandLine command(
        QStringLiteral("network"),
        tr("List the people who appear together in articles, one pair a row with the number of shared "
           "articles: the co-appearance network, as an edge list for network tools."));
    QCommandLineParser &parser = command.parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Only articles dated on or after DATE."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Only articles dated on or before DATE."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption minOption(QStringLiteral("min"),
                                       tr("Only pairs named together in at least N articles (default 1)."),
                                       QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       tr("Print the edge list as CSV (Source,Target,Weight,first,last)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOptions({fromOption, toOption, minOption, csvOption, jsonOption});
    if (const int exit = command.parse(arguments, io); exit >= 0)
        return exit;
    const QString &name = command.name;
    if (!parser.positionalArguments().isEmpty()) {
        reportError(io, name, tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    if (parser.isSet(csvOption) && parser.isSet(jsonOption)) {
        reportError(io, name, tr("--csv and --json cannot be used together"));
        return UsageError;
    }
    QDate from, to;
    for (const auto &[option, date] : {std::pair{&fromOption, &from}, std::pair{&toOption, &to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option).trimmed(), Qt::ISODate);
        if (!date->isValid()) {
            reportError(io, name,
                        tr("--%1 needs a date as YYYY-MM-DD, not \"%2\"")
                            .arg(option->names().constFirst(), parser.value(*option)));
            return UsageError;
        }
    }
    if (from.isValid() && to.isValid() && from > to) {
        reportError(
            io, name,
            tr("--from %1 is after --to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        return UsageError;
    }
    bool minOk = false;
    const int minArticles = parser.value(minOption).toInt(&minOk);
    if (!minOk || minArticles < 1) {
        reportError(io, name,
                    tr("--min needs a whole number of at least 1, not \"%1\"").arg(parser.value(minOption)));
        return UsageError;
    }

    Library library;
    if (!command.open(library, io, false))
        return LibraryFailed;
    EntityStore store(library);
    const QList<CoAppearance> edges = store.coAppearances(from, to, minArticles);
    if (!store.lastError().isEmpty()) {
        reportError(io, name, store.lastError());
        return LibraryFailed;
    }
    if (parser.isSet(csvOption)) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EntityStore::exportEdgeCsv(&buffer, edges);
        io.out << QString::fromUtf8(buffer.data());
        return Success;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const CoAppearance &e : edges)
            array.append(QJsonObject{{QStringLiteral("source"), e.source},
                                     {QStringLiteral("target"), e.target},
                                     {QStringLiteral("articles"), e.articles},
                                     {QStringLiteral("first"), dateOrNull(e.first)},
                                     {QStringLiteral("last"), dateOrNull(e.last)}});
        io.out
            << QJsonDocument(QJsonObject{{QStringLiteral("edges"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const CoAppearance &e : edges)
        io.out << e.source << "\t" << e.target << "\t" << e.articles << "\t" << e.first.toString(Qt::ISODate)
               << "\t" << e.last.toString(Qt::ISODate) << "\n";
    return Success;
}

} // namespace kanbao::cli
