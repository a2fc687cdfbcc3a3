// kanbao-cli network: who appears with whom, as an edge list.
#include "cli/cli.h"
#include "entities/entitystore.h"
#include "library/library.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kanbao::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::cli", text);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int networkCommand(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("network");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the people who appear together in articles, one pair a row with the number of shared "
           "articles: the co-appearance network, as an edge list for network tools."));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           tr("The library file (default: %1).").arg(Library::defaultPath()),
                                           QStringLiteral("L"));
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
    parser.addOptions({libraryOption, fromOption, toOption, minOption, csvOption, jsonOption});
    if (!parser.parse(arguments)) {
        reportError(io, name, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << commandHelpText(parser, name);
        return Success;
    }
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

    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption) : Library::defaultPath();
    LibraryOpenOptions options;
    options.create = false;
    options.readOnlyWhenNotWritable = true;
    Library library;
    if (!library.open(path, options)) {
        if (library.error() == LibraryError::NotFound)
            reportError(
                io, name,
                tr("no library at %1; import page files first: kanbao-cli import --library %2 PATH...")
                    .arg(QDir::toNativeSeparators(path), path));
        else
            reportError(io, name, library.errorString());
        return LibraryFailed;
    }
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
