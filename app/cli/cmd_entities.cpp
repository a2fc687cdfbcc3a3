#include "cli/cli.h"
#include "cli/librarycommandline.h"

#include "entities/entitystore.h"
#include "library/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

int entitiesCommand(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("entities");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the people, organizations and places of a library with their mention counts and the dates they "
           "were first and last mentioned. Merges, renames and ignored names decided in the application apply."));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           tr("The library file (default: %1).").arg(Library::defaultPath()),
                                           QStringLiteral("L"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption typeOption(QStringLiteral("type"), tr("Only entities of type T: person, organization or place."),
                                        QStringLiteral("T"));
    const QCommandLineOption containsOption(QStringLiteral("contains"), tr("Only names containing TEXT."),
                                            QStringLiteral("TEXT"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N entities (default: all)."),
                                         QStringLiteral("N"));
    const QCommandLineOption noJournalistsOption(QStringLiteral("no-journalists"),
                                                 tr("Leave out byline mentions (reporters, photographers)."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Write the list as CSV to FILE instead."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption variantsOption(QStringLiteral("variants"),
                                            tr("List likely duplicates (names one character apart) instead."));
    parser.addOptions({libraryOption, jsonOption, typeOption, containsOption, limitOption, noJournalistsOption,
                       csvOption, variantsOption});
    if (!parser.parse(arguments)) {
        reportError(io, name, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << commandHelpText(parser, QStringLiteral("entities"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        reportError(io, name, tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }

    EntityFilter filter;
    if (parser.isSet(typeOption)) {
        filter.type = entityTypeFromName(parser.value(typeOption).trimmed().toLower());
        if (!filter.type) {
            reportError(io, name, tr("--type: expected person, organization or place, not %1").arg(parser.value(typeOption)));
            return UsageError;
        }
    }
    filter.contains = parser.value(containsOption);
    filter.includeJournalists = !parser.isSet(noJournalistsOption);
    if (parser.isSet(limitOption)) {
        bool ok = false;
        filter.limit = parser.value(limitOption).toInt(&ok);
        if (!ok || filter.limit <= 0) {
            reportError(io, name, tr("--limit: not a positive number: %1").arg(parser.value(limitOption)));
            return UsageError;
        }
    }

    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption) : Library::defaultPath();
    LibraryOpenOptions options;
    options.create = false;
    options.readOnlyWhenNotWritable = true;
    Library library;
    if (!library.open(path, options)) {
        if (library.error() == LibraryError::NotFound)
            reportError(io, name, tr("no library at %1; import page files first: kanbao-cli import --library %2 PATH...")
                                      .arg(QDir::toNativeSeparators(path), path));
        else
            reportError(io, name, library.errorString());
        return LibraryFailed;
    }
    EntityStore store(library);
    // Names the user added are looked for in articles imported since the last look.
    if (!store.refresh()) {
        reportError(io, name, store.lastError());
        return LibraryFailed;
    }

    if (parser.isSet(variantsOption)) {
        const QList<VariantSuggestion> variants = store.suggestVariants(filter.type, filter.limit < 0 ? 50 : filter.limit);
        if (!store.lastError().isEmpty()) {
            reportError(io, name, store.lastError());
            return LibraryFailed;
        }
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const VariantSuggestion &v : variants)
                array.append(QJsonObject{{QStringLiteral("name"), v.rarer.name},
                                         {QStringLiteral("likely"), v.commoner.name},
                                         {QStringLiteral("type"), entityTypeName(v.rarer.type)},
                                         {QStringLiteral("count"), v.rarerMentions},
                                         {QStringLiteral("likely_count"), v.commonerMentions},
                                         {QStringLiteral("shared_companions"), v.sharedCoMentions},
                                         {QStringLiteral("shared_offices"), v.sharedOffices},
                                         {QStringLiteral("score"), v.score}});
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("variants"), array}}).toJson(QJsonDocument::Indented);
        } else {
            for (const VariantSuggestion &v : variants)
                io.out << v.rarer.name << " (" << v.rarerMentions << ") -> " << v.commoner.name << " ("
                       << v.commonerMentions << ")  " << entityTypeName(v.rarer.type) << "\n";
        }
        return Success;
    }

    if (parser.isSet(csvOption)) {
        if (!store.exportCsv(parser.value(csvOption), filter)) {
            reportError(io, name, store.lastError());
            return InputFailed;
        }
        return Success;
    }

    const QList<EntitySummary> list = store.entities(filter);
    if (!store.lastError().isEmpty()) {
        reportError(io, name, store.lastError());
        return LibraryFailed;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const EntitySummary &s : list) {
            QJsonObject o{{QStringLiteral("name"), s.key.name},
                          {QStringLiteral("type"), entityTypeName(s.key.type)},
                          {QStringLiteral("count"), s.mentions},
                          {QStringLiteral("articles"), s.articles},
                          {QStringLiteral("first"), dateOrNull(s.first)},
                          {QStringLiteral("last"), dateOrNull(s.last)}};
            if (!s.aliases.isEmpty())
                o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(s.aliases));
            array.append(o);
        }
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("entities"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const EntitySummary &s : list) {
        io.out << s.key.name << "\t" << entityTypeName(s.key.type) << "\t" << s.mentions << "\t"
               << s.first.toString(Qt::ISODate) << "\t" << s.last.toString(Qt::ISODate) << "\n";
    }
    return Success;
}

} // namespace kanbao::cli
