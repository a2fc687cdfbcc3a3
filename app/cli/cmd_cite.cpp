// kanbao-cli cite: references to articles in GB/T 7714, Chicago, or as RIS, BibTeX or CSL-JSON for a
// reference manager. The formatting is the notes module's, the same the GUI copies and exports.
#include "cli/cli.h"
#include "cli/librarycommandline.h"
#include "cli/references.h"
#include "library/library.h"
#include "notes/citation.h"
#include "notes/notesstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace kanbao::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::cli", text);
}

} // namespace

QString citationStyleList()
{
    QStringList names;
    for (const CitationStyle style : citationStyles())
        names << citationStyleName(style);
    const QString last = names.takeLast();
    return tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

int printReferences(QSqlDatabase db, const QList<qint64> &articleIds, CitationStyle style, Io &io,
                    const QString &command, const QString &outputPath)
{
    NotesStore store(db);
    QList<ArticleCitation> citations;
    citations.reserve(articleIds.size());
    for (const qint64 id : articleIds) {
        std::optional<ArticleCitation> citation = store.citation(id);
        if (!citation) {
            if (!store.errorString().isEmpty()) {
                reportError(io, command, store.errorString());
                return LibraryFailed;
            }
            reportError(io, command, tr("there is no article %1 in the library").arg(id));
            return UsageError;
        }
        citations << *citation;
    }
    const QString text = formatReferences(citations, style);
    if (outputPath.isEmpty()) {
        io.out << text;
        io.out.flush();
        return Success;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        reportError(io, command,
                    tr("cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
        return InputFailed;
    }
    return Success;
}

int citeCommand(const QStringList &arguments, Io &io)
{
    LibraryCommandLine command(
        QStringLiteral("cite"),
        tr("References to articles: GB/T 7714-2015 or Chicago, one per line, or a RIS, "
           "BibTeX or CSL-JSON file a reference manager (Zotero) imports as newspaper "
           "articles."));
    const QCommandLineOption styleOption(QStringLiteral("style"),
                                         tr("gbt7714 (default), chicago, ris, bibtex or csl-json."),
                                         QStringLiteral("STYLE"), QStringLiteral("gbt7714"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), tr("Write to FILE, not to standard output."), QStringLiteral("FILE"));
    command.parser.addOptions({styleOption, outputOption});
    command.parser.addPositionalArgument(
        QStringLiteral("ID"), tr("Article ids (kanbao-cli search prints them)."), QStringLiteral("ID..."));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    const std::optional<CitationStyle> style = citationStyleFromName(command.parser.value(styleOption));
    if (!style)
        return command.usage(
            io, tr("--style: not %1: %2").arg(citationStyleList(), command.parser.value(styleOption)));
    const QStringList positional = command.parser.positionalArguments();
    if (positional.isEmpty())
        return command.usage(io, tr("no article ids given"));
    QList<qint64> ids;
    for (const QString &text : positional) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return command.usage(io, tr("\"%1\" is not an article id").arg(text));
        if (!ids.contains(id)) // a reference list names each work once
            ids << id;
    }
    Library library;
    if (!command.open(library, io, false))
        return LibraryFailed;
    return printReferences(library.database(), ids, *style, io, command.name,
                           command.parser.isSet(outputOption) ? command.parser.value(outputOption)
                                                              : QString());
}

} // namespace kanbao::cli
