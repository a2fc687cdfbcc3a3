// kanbao-cli saved-search and collection: the researcher's saved searches (with their new hits since last
// opened) and named sets of articles, exported as full text for analysis.
#include "cli/cli.h"
#include "cli/librarycommandline.h"
#include "cli/references.h"

#include "library/library.h"
#include "library/query.h"
#include "library/searchlists.h"
#include "notes/citation.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kanbao::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kanbao::cli", text, disambiguation, n);
}

// Saved searches and collections: a library command with --json.
struct ListsCommandLine : LibraryCommandLine
{
    QCommandLineOption jsonOption{QStringLiteral("json"), tr("Print JSON instead of text.")};

    ListsCommandLine(const QString &command, const QString &description) : LibraryCommandLine(command, description)
    {
        parser.addOption(jsonOption);
    }
};

} // namespace

int savedSearchCommand(const QStringList &arguments, Io &io)
{
    ListsCommandLine command(QStringLiteral("saved-search"),
                             tr("Saved searches: list (with the new hits since each was last opened), add NAME QUERY, "
                                "open NAME (marks its hits as seen), delete NAME."));
    command.parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add, open or delete."));
    command.parser.addPositionalArgument(QStringLiteral("NAME"), tr("The saved search."), QStringLiteral("[NAME]"));
    command.parser.addPositionalArgument(QStringLiteral("QUERY"), tr("With add: the query."), QStringLiteral("[QUERY...]"));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    const QStringList positional = command.parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    if (action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("open") &&
        action != QLatin1String("delete"))
        return command.usage(io, tr("not an action: %1").arg(action));
    if (action != QLatin1String("list") && positional.size() < 2)
        return command.usage(io, tr("%1 needs the name of a saved search").arg(action));
    const QString query = positional.mid(2).join(QLatin1Char(' '));
    if (action == QLatin1String("add")) {
        if (query.trimmed().isEmpty())
            return command.usage(io, tr("add needs a query"));
        if (const ParsedQuery parsed = parseQuery(query); !parsed.ok()) {
            reportError(io, command.name, tr("the query cannot be understood"));
            io.err << describeQueryError(query, parsed) << Qt::endl;
            return UsageError;
        }
    }
    Library library;
    if (!command.open(library, io, action != QLatin1String("list")))
        return LibraryFailed;
    SavedSearches saved(library.database());
    if (action == QLatin1String("list")) {
        const QList<SavedSearch> all = saved.list();
        if (!saved.error().isEmpty()) {
            reportError(io, command.name, saved.error());
            return LibraryFailed;
        }
        if (command.parser.isSet(command.jsonOption)) {
            QJsonArray array;
            for (const SavedSearch &s : all)
                array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                         {QStringLiteral("query"), s.query},
                                         {QStringLiteral("total"), s.total},
                                         {QStringLiteral("new"), s.newHits},
                                         {QStringLiteral("last_opened"), s.lastOpened.toString(Qt::ISODate)}});
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("saved_searches"), array}}).toJson();
            return Success;
        }
        for (const SavedSearch &s : all)
            io.out << s.name << "  " << s.query << "  " << tr("%n article(s)", nullptr, s.total) << ", "
                   << tr("%n new", nullptr, s.newHits) << '\n';
        io.out.flush();
        return Success;
    }
    const QString name = positional.at(1);
    if (action == QLatin1String("add")) {
        if (!saved.save(name, query)) {
            reportError(io, command.name, saved.error());
            return LibraryFailed;
        }
        return Success;
    }
    const std::optional<SavedSearch> found = saved.byName(name);
    if (!found) {
        reportError(io, command.name, tr("there is no saved search named \"%1\"").arg(name));
        return InputFailed;
    }
    if (action == QLatin1String("delete"))
        return saved.remove(found->id) ? Success : (reportError(io, command.name, saved.error()), int(LibraryFailed));
    // open: the results, as search prints them, and its hits are seen from now on.
    QStringList searchArguments{QStringLiteral("search"), QStringLiteral("--library"), library.path()};
    if (command.parser.isSet(command.jsonOption))
        searchArguments << QStringLiteral("--json");
    searchArguments << found->query;
    if (!saved.markOpened(found->id)) {
        reportError(io, command.name, saved.error());
        return LibraryFailed;
    }
    return searchCommand(searchArguments, io);
}

int collectionCommand(const QStringList &arguments, Io &io)
{
    ListsCommandLine command(QStringLiteral("collection"),
                             tr("Collections, named sets of articles: list, add NAME ID..., remove NAME ID..., show "
                                "NAME, export NAME, delete NAME. A collection is also a search filter: "
                                "collection:NAME."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("With export: csv (default) or jsonl, the articles' full text; or ris, bibtex or "
                                             "csl-json, their references."),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("With export: write to FILE, not to standard output."),
                                          QStringLiteral("FILE"));
    command.parser.addOptions({formatOption, outputOption});
    command.parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, add, remove, show, export or delete."));
    command.parser.addPositionalArgument(QStringLiteral("NAME"), tr("The collection."), QStringLiteral("[NAME]"));
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Article ids (add, remove)."), QStringLiteral("[ID...]"));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    const QStringList positional = command.parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const QStringList actions{QStringLiteral("list"), QStringLiteral("add"),    QStringLiteral("remove"),
                              QStringLiteral("show"), QStringLiteral("export"), QStringLiteral("delete")};
    if (!actions.contains(action))
        return command.usage(io, tr("not an action: %1").arg(action));
    if (action != QLatin1String("list") && positional.size() < 2)
        return command.usage(io, tr("%1 needs the name of a collection").arg(action));
    QList<qint64> ids;
    for (const QString &text : positional.mid(2)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return command.usage(io, tr("\"%1\" is not an article id").arg(text));
        ids << id;
    }
    if ((action == QLatin1String("add") || action == QLatin1String("remove")) && ids.isEmpty())
        return command.usage(io, tr("%1 needs article ids").arg(action));
    const QString format = command.parser.value(formatOption);
    const std::optional<CitationStyle> referenceStyle = citationStyleFromName(format);
    if (format != QLatin1String("csv") && format != QLatin1String("jsonl") &&
        !(referenceStyle && isReferenceFileStyle(*referenceStyle)))
        return command.usage(io, tr("--format: not csv, jsonl, ris, bibtex or csl-json: %1").arg(format));

    const bool writes = action == QLatin1String("add") || action == QLatin1String("remove") ||
                        action == QLatin1String("delete");
    Library library;
    if (!command.open(library, io, writes))
        return LibraryFailed;
    Collections collections(library.database());
    if (action == QLatin1String("list")) {
        const QList<Collection> all = collections.list();
        if (!collections.error().isEmpty()) {
            reportError(io, command.name, collections.error());
            return LibraryFailed;
        }
        if (command.parser.isSet(command.jsonOption)) {
            QJsonArray array;
            for (const Collection &c : all)
                array.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("articles"), c.articles}});
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("collections"), array}}).toJson();
            return Success;
        }
        for (const Collection &c : all)
            io.out << c.name << "  " << tr("%n article(s)", nullptr, c.articles) << '\n';
        io.out.flush();
        return Success;
    }
    const QString name = positional.at(1);
    std::optional<Collection> found = collections.byName(name);
    if (!found && action == QLatin1String("add")) {
        if (!collections.create(name)) {
            reportError(io, command.name, collections.error());
            return LibraryFailed;
        }
        found = collections.byName(name);
    }
    if (!found) {
        reportError(io, command.name, tr("there is no collection named \"%1\"").arg(name));
        return InputFailed;
    }
    if (action == QLatin1String("add")) {
        if (!collections.add(found->id, ids)) {
            reportError(io, command.name, collections.error());
            return InputFailed;
        }
        return Success;
    }
    if (action == QLatin1String("remove"))
        return collections.removeArticles(found->id, ids) ? Success
                                                          : (reportError(io, command.name, collections.error()),
                                                             int(LibraryFailed));
    if (action == QLatin1String("delete"))
        return collections.remove(found->id) ? Success
                                             : (reportError(io, command.name, collections.error()), int(LibraryFailed));
    const QList<qint64> members = collections.articles(found->id);
    if (action == QLatin1String("show")) {
        QStringList searchArguments{QStringLiteral("search"), QStringLiteral("--library"), library.path(),
                                    QStringLiteral("--sort"), QStringLiteral("oldest"), QStringLiteral("--limit"),
                                    QString::number(std::max<qsizetype>(1, members.size()))};
        if (command.parser.isSet(command.jsonOption))
            searchArguments << QStringLiteral("--json");
        searchArguments << QStringLiteral("collection:\"%1\"").arg(found->name);
        return searchCommand(searchArguments, io);
    }
    // export
    if (referenceStyle)
        return printReferences(library.database(), members, *referenceStyle, io, command.name,
                               command.parser.isSet(outputOption) ? command.parser.value(outputOption) : QString());
    QString error;
    QSqlDatabase db = library.database();
    const TextExportFormat textFormat =
        format == QLatin1String("jsonl") ? TextExportFormat::JsonLines : TextExportFormat::Csv;
    if (command.parser.isSet(outputOption)) {
        QFile file(command.parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            reportError(io, command.name, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return InputFailed;
        }
        if (!exportArticleTexts(db, members, textFormat, &file, &error)) {
            reportError(io, command.name, error);
            return LibraryFailed;
        }
        return Success;
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!exportArticleTexts(db, members, textFormat, &buffer, &error)) {
            reportError(io, command.name, error);
            return LibraryFailed;
        }
    }
    io.out << QString::fromUtf8(bytes);
    io.out.flush();
    return Success;
}

} // namespace kanbao::cli
