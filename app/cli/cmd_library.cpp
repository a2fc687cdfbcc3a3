#include "cli/cli.h"
#include "cli/references.h"

#include "formats/pageformats.h"
#include "import/importer.h"
#include "library/library.h"
#include "library/librarycheck.h"
#include "library/librarystore.h"
#include "library/query.h"
#include "library/search.h"
#include "library/searchlists.h"
#include "library/storedfiles.h"
#include "model/pagejson.h"
#include "notes/citation.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <optional>

namespace kanbao::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kanbao::cli", text, disambiguation, n);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

void printJson(Io &io, const QJsonObject &object)
{
    io.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The options every library command shares, and the parse of the command line.
struct LibraryCommand
{
    QString name;
    QCommandLineParser parser;
    QCommandLineOption libraryOption{QStringLiteral("library"),
                                     tr("The library file (default: %1).").arg(Library::defaultPath()),
                                     QStringLiteral("L")};
    QCommandLineOption jsonOption{QStringLiteral("json"), tr("Print JSON instead of text.")};

    explicit LibraryCommand(const QString &command, const QString &description) : name(command)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOption(libraryOption);
        parser.addOption(jsonOption);
    }

    // Returns -1 to carry on, or the exit code to return now.
    int parse(const QStringList &arguments, Io &io)
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

    bool json() const { return parser.isSet(jsonOption); }

    QString libraryPath() const
    {
        return parser.isSet(libraryOption) ? parser.value(libraryOption) : Library::defaultPath();
    }

    // Opens the library to read it: never creates one, and falls back to read-only for a file we
    // may not write (a library on a read-only share can still be searched).
    bool openForReading(Library &library, Io &io) const
    {
        const QString path = libraryPath();
        LibraryOpenOptions options;
        options.create = false;
        options.readOnlyWhenNotWritable = true;
        if (library.open(path, options))
            return true;
        if (library.error() == LibraryError::NotFound)
            reportError(io, name, tr("no library at %1; import page files first: kanbao-cli import --library %2 PATH...")
                                      .arg(QDir::toNativeSeparators(path), path));
        else
            reportError(io, name, library.errorString());
        return false;
    }
};

QString outcomeWord(ImportProgress::Outcome outcome)
{
    switch (outcome) {
    case ImportProgress::Imported:
        return tr("imported");
    case ImportProgress::Unchanged:
        return tr("unchanged");
    case ImportProgress::Replaced:
        return tr("replaced");
    case ImportProgress::Failed:
        return tr("FAILED");
    case ImportProgress::Scanned:
        return tr("scanned");
    }
    return QString();
}

QDate parseDateOption(const QString &text, bool *ok)
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    *ok = d.isValid();
    return d;
}

// The suffixes of the formats whose originals the library keeps (PDF): those files can be linked.
QStringList keptSuffixes()
{
    QStringList suffixes;
    for (const PageFormat *format : PageFormats::instance().formats())
        if (format->keepsOriginal())
            suffixes += format->suffixes();
    return suffixes;
}

} // namespace

int relinkCommand(const QStringList &arguments, Io &io)
{
    LibraryCommand command(QStringLiteral("relink"),
                           tr("Locate a linked file that was moved: point the pages imported from OLD (a path "
                              "as kanbao-cli check lists it, or an article id) to NEWPATH, which must hold the "
                              "same content as was imported."));
    command.parser.addPositionalArgument(QStringLiteral("OLD"), tr("The file's old path, or an article id."));
    command.parser.addPositionalArgument(QStringLiteral("NEWPATH"), tr("Where the file is now."));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    const QStringList args = command.parser.positionalArguments();
    if (args.size() != 2) {
        reportError(io, command.name, tr("give the old path (or an article id) and the new path"));
        io.err << commandHelpText(command.parser, command.name);
        return UsageError;
    }
    Library library;
    LibraryOpenOptions options;
    options.create = false;
    if (!library.open(command.libraryPath(), options)) {
        reportError(io, command.name, library.errorString());
        return LibraryFailed;
    }
    QString error;
    QString oldPath;
    if (!StoredFiles(library.path()).relink(library, args.at(0), args.at(1), &error, &oldPath)) {
        reportError(io, command.name, error);
        return InputFailed;
    }
    const QString target = QFileInfo(args.at(1)).absoluteFilePath();
    if (command.json())
        printJson(io, QJsonObject{{QStringLiteral("old"), oldPath}, {QStringLiteral("new"), target}});
    else
        io.out << tr("%1 is now linked to %2")
                      .arg(QDir::toNativeSeparators(oldPath), QDir::toNativeSeparators(target))
               << Qt::endl;
    return Success;
}

int importCommand(const QStringList &arguments, Io &io)
{
    LibraryCommand command(QStringLiteral("import"),
                           tr("Import page files (%1; folders recursively) into a library. Files already "
                              "imported and unchanged are skipped; changed files replace their articles.")
                               .arg(PageFormats::instance().suffixText()));
    command.parser.addPositionalArgument(QStringLiteral("PATH"), tr("Archive folders or page files."),
                                         QStringLiteral("PATH..."));
    const QCommandLineOption linkOption(QStringLiteral("link-files"),
                                        tr("Keep a link to each PDF where it is instead of a copy beside the "
                                           "library (a moved or changed file then needs kanbao-cli relink)."));
    command.parser.addOption(linkOption);
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    const QStringList paths = command.parser.positionalArguments();
    if (paths.isEmpty()) {
        reportError(io, command.name, tr("no files or folders given"));
        io.err << commandHelpText(command.parser, command.name);
        return UsageError;
    }

    Library library;
    if (!library.open(command.libraryPath())) {
        reportError(io, command.name, library.errorString());
        return LibraryFailed;
    }
    Importer importer(library);
    importer.setLinkFiles(command.parser.isSet(linkOption));
    ImportControl control;
    control.progress = [&io](const ImportProgress &p) {
        io.err << QStringLiteral("[%1/%2] ").arg(p.done).arg(p.total) << outcomeWord(p.outcome) << ' '
               << QDir::toNativeSeparators(p.path);
        if (!p.error.isEmpty())
            io.err << ": " << p.error;
        io.err << Qt::endl;
    };
    const ImportSummary summary = importer.importPaths(paths, control);
    if (summary.libraryDamaged) {
        reportError(io, command.name, summary.libraryError);
        return LibraryDamaged;
    }

    if (command.json()) {
        const auto list = [](const QList<ImportFailure> &files, const QString &key) {
            QJsonArray array;
            for (const ImportFailure &f : files)
                array.append(QJsonObject{{QStringLiteral("path"), f.path}, {key, f.error}});
            return array;
        };
        printJson(io, QJsonObject{{QStringLiteral("imported"), summary.imported},
                                  {QStringLiteral("unchanged"), summary.unchanged},
                                  {QStringLiteral("replaced"), summary.replaced},
                                  {QStringLiteral("failed"), list(summary.failed, QStringLiteral("error"))},
                                  {QStringLiteral("skipped"), list(summary.skipped, QStringLiteral("reason"))},
                                  {QStringLiteral("warnings"), list(summary.warnings, QStringLiteral("warning"))},
                                  {QStringLiteral("pages"), summary.pages},
                                  {QStringLiteral("articles"), summary.articles},
                                  {QStringLiteral("annotations_reanchored"), summary.annotationsReanchored},
                                  {QStringLiteral("annotations_orphaned"), summary.annotationsOrphaned},
                                  {QStringLiteral("moved"), list(summary.moved, QStringLiteral("from"))}});
    } else {
        io.out << tr("%1 imported, %2 unchanged, %3 replaced, %4 skipped, %5 failed (%6 pages, %7 articles written)")
                      .arg(summary.imported)
                      .arg(summary.unchanged)
                      .arg(summary.replaced)
                      .arg(summary.skipped.size())
                      .arg(summary.failed.size())
                      .arg(summary.pages)
                      .arg(summary.articles)
               << Qt::endl;
        for (const ImportFailure &f : summary.warnings)
            io.out << "  " << tr("note:") << ' ' << QDir::toNativeSeparators(f.path) << ": " << f.error << Qt::endl;
        for (const ImportFailure &f : summary.moved)
            io.out << "  " << tr("moved:") << ' ' << QDir::toNativeSeparators(f.path) << ' '
                   << tr("(imported before from %1; its pages follow it)").arg(QDir::toNativeSeparators(f.error))
                   << Qt::endl;
        for (const ImportFailure &f : summary.skipped)
            io.out << "  " << tr("skipped:") << ' ' << QDir::toNativeSeparators(f.path) << ": " << f.error << Qt::endl;
        if (summary.annotationsReanchored || summary.annotationsOrphaned)
            io.out << tr("annotations: %1 moved to the new text, %2 kept as orphans (their text is gone)")
                          .arg(summary.annotationsReanchored)
                          .arg(summary.annotationsOrphaned)
                   << Qt::endl;
        for (const ImportFailure &f : summary.failed)
            io.out << "  " << tr("failed:") << ' ' << QDir::toNativeSeparators(f.path) << ": " << f.error << Qt::endl;
    }
    if (summary.tagsDropped)
        reportError(io, command.name,
                    tr("%1 tags were on articles that no longer exist after re-import").arg(summary.tagsDropped));
    for (const ImportFailure &f : summary.copyFailed)
        reportError(io, command.name, tr("imported without a stored copy: %1").arg(f.error));
    if (!summary.libraryError.isEmpty()) {
        reportError(io, command.name, summary.libraryError);
        return LibraryFailed;
    }
    return summary.failed.isEmpty() ? Success : InputFailed;
}

int issuesCommand(const QStringList &arguments, Io &io)
{
    LibraryCommand command(QStringLiteral("issues"), tr("List the issues in a library, oldest first."));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    Library library;
    if (!command.openForReading(library, io))
        return LibraryFailed;
    LibraryStore store(library);
    library.clearError();
    const QList<IssueSummary> issues = store.issues({}, {}, 0, LibraryStore::Order::OldestFirst);
    if (library.error() != LibraryError::None) {
        reportError(io, command.name, library.errorString());
        return LibraryFailed;
    }
    if (command.json()) {
        QJsonArray array;
        for (const IssueSummary &i : issues) {
            QJsonObject o{{QStringLiteral("paper"), i.paper},
                          {QStringLiteral("date"), i.date.toString(Qt::ISODate)},
                          {QStringLiteral("date_guessed"), i.dateGuessed},
                          {QStringLiteral("pages"), i.pages},
                          {QStringLiteral("articles"), i.articles}};
            if (!i.edition.isEmpty())
                o.insert(QStringLiteral("edition"), i.edition);
            array.append(o);
        }
        printJson(io, QJsonObject{{QStringLiteral("issues"), array}});
        return Success;
    }
    if (issues.isEmpty())
        io.out << tr("The library %1 holds no issues.").arg(QDir::toNativeSeparators(library.path())) << Qt::endl;
    for (const IssueSummary &i : issues) {
        io.out << i.date.toString(Qt::ISODate) << (i.dateGuessed ? QStringLiteral("?") : QStringLiteral(" ")) << "  "
               << i.paper;
        if (!i.edition.isEmpty())
            io.out << " (" << i.edition << ")";
        io.out << "  " << tr("pages: %1, articles: %2").arg(i.pages).arg(i.articles) << Qt::endl;
    }
    if (std::any_of(issues.cbegin(), issues.cend(), [](const IssueSummary &i) { return i.dateGuessed; }))
        io.out << tr("? = date guessed from the text or the file time") << Qt::endl;
    return Success;
}

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonArray facetJson(const QList<FacetValue> &values)
{
    QJsonArray array;
    for (const FacetValue &v : values)
        array.append(QJsonObject{{QStringLiteral("value"), v.value}, {QStringLiteral("count"), v.count}});
    return array;
}

// Prints a query error with a caret under the place it is about; usage error (2), as for a bad option.
int queryError(Io &io, const QString &command, const QString &query, const QString &message, int position)
{
    ParsedQuery parsed;
    parsed.error = message;
    parsed.errorPosition = position;
    reportError(io, command, tr("the query cannot be understood"));
    io.err << describeQueryError(query, parsed) << Qt::endl;
    return UsageError;
}

} // namespace

int searchCommand(const QStringList &arguments, Io &io)
{
    LibraryCommand command(QStringLiteral("search"), tr("Full-text search of a library's articles."));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Issues dated on or after D (YYYY-MM-DD)."),
                                        QStringLiteral("D"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Issues dated on or before D (YYYY-MM-DD)."),
                                      QStringLiteral("D"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("Only articles tagged T (repeat for several)."),
                                       QStringLiteral("T"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("At most N results (default 50; with --kwic, N articles, default 1000)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption offsetOption(QStringLiteral("offset"), tr("Skip the first N results."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        tr("Order of the results: relevance (default), newest or oldest."),
                                        QStringLiteral("ORDER"), QStringLiteral("relevance"));
    const QCommandLineOption facetsOption(QStringLiteral("facets"),
                                          tr("Also count the matches by paper, year, page, section, person and tag."));
    const QCommandLineOption histogramOption(QStringLiteral("histogram"),
                                             tr("Also count the matches per year, month or day."),
                                             QStringLiteral("UNIT"));
    const QCommandLineOption kwicOption(QStringLiteral("kwic"),
                                        tr("Print every hit as a concordance line with N characters of context "
                                           "on each side, instead of the results."),
                                        QStringLiteral("N"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("With --kwic: print CSV."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          tr("Print the full text of every result (up to --limit, default all) as "
                                             "csv or jsonl, for text analysis."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption citeOption(QStringLiteral("cite"),
                                        tr("Print the references of every result (up to --limit, default all) in "
                                           "STYLE: gbt7714, chicago, ris, bibtex or csl-json."),
                                        QStringLiteral("STYLE"));
    command.parser.addOptions({fromOption, toOption, tagOption, limitOption, offsetOption, sortOption, facetsOption,
                               histogramOption, kwicOption, csvOption, exportOption, citeOption});
    command.parser.addPositionalArgument(
        QStringLiteral("QUERY"), tr("Words to find (all of them); \"a phrase\", OR, NOT, -excluded, NEAR/n, "
                                    "field:value (see the manual)."));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;

    SearchRequest request;
    request.query = command.parser.positionalArguments().join(QLatin1Char(' '));
    bool ok = true;
    if (command.parser.isSet(fromOption)) {
        request.from = parseDateOption(command.parser.value(fromOption), &ok);
        if (!ok) {
            reportError(io, command.name, tr("--from: not a date: %1").arg(command.parser.value(fromOption)));
            return UsageError;
        }
    }
    if (command.parser.isSet(toOption)) {
        request.to = parseDateOption(command.parser.value(toOption), &ok);
        if (!ok) {
            reportError(io, command.name, tr("--to: not a date: %1").arg(command.parser.value(toOption)));
            return UsageError;
        }
    }
    request.tags = command.parser.values(tagOption);
    const bool kwic = command.parser.isSet(kwicOption);
    const bool exporting = command.parser.isSet(exportOption);
    const QString exportFormat = command.parser.value(exportOption);
    if (exporting && exportFormat != QLatin1String("csv") && exportFormat != QLatin1String("jsonl")) {
        reportError(io, command.name, tr("--export: not csv or jsonl: %1").arg(exportFormat));
        return UsageError;
    }
    std::optional<CitationStyle> citeStyle;
    if (command.parser.isSet(citeOption)) {
        citeStyle = citationStyleFromName(command.parser.value(citeOption));
        if (!citeStyle) {
            reportError(io, command.name,
                        tr("--cite: not %1: %2").arg(citationStyleList(), command.parser.value(citeOption)));
            return UsageError;
        }
        if (kwic || exporting) {
            reportError(io, command.name, tr("--cite goes without --kwic and --export"));
            return UsageError;
        }
    }
    request.limit = command.parser.isSet(limitOption) ? command.parser.value(limitOption).toInt(&ok)
                    : kwic                            ? 1000
                    : exporting || citeStyle          ? 100000
                                                      : 50;
    if (!ok || request.limit <= 0) {
        reportError(io, command.name, tr("--limit: not a positive number: %1").arg(command.parser.value(limitOption)));
        return UsageError;
    }
    request.offset = command.parser.value(offsetOption).toInt(&ok);
    if (!ok || request.offset < 0) {
        reportError(io, command.name, tr("--offset: not a number: %1").arg(command.parser.value(offsetOption)));
        return UsageError;
    }
    const QString sort = command.parser.value(sortOption);
    if (sort == QLatin1String("relevance")) {
        request.sort = SearchSort::Relevance;
    } else if (sort == QLatin1String("newest")) {
        request.sort = SearchSort::Newest;
    } else if (sort == QLatin1String("oldest")) {
        request.sort = SearchSort::Oldest;
    } else {
        reportError(io, command.name, tr("--sort: not relevance, newest or oldest: %1").arg(sort));
        return UsageError;
    }
    std::optional<HistogramUnit> unit;
    if (command.parser.isSet(histogramOption)) {
        const QString value = command.parser.value(histogramOption);
        if (value == QLatin1String("year"))
            unit = HistogramUnit::Year;
        else if (value == QLatin1String("month"))
            unit = HistogramUnit::Month;
        else if (value == QLatin1String("day"))
            unit = HistogramUnit::Day;
        else {
            reportError(io, command.name, tr("--histogram: not year, month or day: %1").arg(value));
            return UsageError;
        }
    }
    int context = 0;
    if (kwic) {
        context = command.parser.value(kwicOption).toInt(&ok);
        if (!ok || context < 0 || context > 1000) {
            reportError(io, command.name,
                        tr("--kwic: not a number of characters (0 to 1000): %1").arg(command.parser.value(kwicOption)));
            return UsageError;
        }
    }
    if (command.parser.isSet(csvOption) && !kwic) {
        reportError(io, command.name, tr("--csv goes with --kwic"));
        return UsageError;
    }
    if (request.query.trimmed().isEmpty() && !request.from.isValid() && !request.to.isValid()
        && request.tags.isEmpty()) {
        reportError(io, command.name, tr("no query given"));
        io.err << commandHelpText(command.parser, command.name);
        return UsageError;
    }
    // A query that cannot be understood is the user's to fix: say where before opening anything.
    if (const ParsedQuery parsed = parseQuery(request.query); !parsed.ok())
        return queryError(io, command.name, request.query, parsed.error, parsed.errorPosition);

    Library library;
    if (!command.openForReading(library, io))
        return LibraryFailed;
    QSqlDatabase db = library.database();
    // Errors of any of the calls below: the library's (exit 3), or the query's (exit 2, with its position).
    const auto failed = [&](const QString &error, int position, const QSqlError &sqlError) {
        if (sqlError.type() != QSqlError::NoError) {
            reportError(io, command.name, library.describe(sqlError));
            return int(LibraryFailed);
        }
        if (position >= 0)
            return queryError(io, command.name, request.query, error, position);
        reportError(io, command.name, error);
        return int(InputFailed);
    };

    if (kwic) {
        const KwicResults lines = searchKwic(db, request, context);
        if (!lines.error.isEmpty())
            return failed(lines.error, lines.errorPosition, lines.sqlError);
        if (command.parser.isSet(csvOption)) {
            io.out << "article_id,date,paper,page,left,match,right\n";
            for (const KwicLine &line : lines.lines)
                io.out << line.articleId << ',' << line.date.toString(Qt::ISODate) << ',' << csvField(line.paper)
                       << ',' << csvField(line.page) << ',' << csvField(line.left) << ',' << csvField(line.match)
                       << ',' << csvField(line.right) << '\n';
            io.out.flush();
            return Success;
        }
        if (command.json()) {
            QJsonArray array;
            for (const KwicLine &line : lines.lines)
                array.append(QJsonObject{{QStringLiteral("article_id"), line.articleId},
                                         {QStringLiteral("date"), line.date.toString(Qt::ISODate)},
                                         {QStringLiteral("paper"), line.paper},
                                         {QStringLiteral("page"), stringOrNull(line.page)},
                                         {QStringLiteral("offset"), line.offset},
                                         {QStringLiteral("left"), line.left},
                                         {QStringLiteral("match"), line.match},
                                         {QStringLiteral("right"), line.right}});
            printJson(io, QJsonObject{{QStringLiteral("lines"), array},
                                      {QStringLiteral("articles"), lines.articles},
                                      {QStringLiteral("context"), context}});
            return Success;
        }
        for (const KwicLine &line : lines.lines) {
            // The left context padded to its full width, so the keywords line up in a column.
            const QString left = QString(std::max(0, context - int(line.left.size())), QChar(0x3000)) + line.left;
            io.out << left << " [" << line.match << "] " << line.right << "  #" << line.articleId << ' '
                   << line.date.toString(Qt::ISODate) << '\n';
        }
        io.out.flush();
        return Success;
    }

    const SearchResults results = search(db, request);
    if (!results.error.isEmpty() || results.sqlError.type() != QSqlError::NoError)
        return failed(results.error, results.errorPosition, results.sqlError);
    if (citeStyle) {
        QList<qint64> ids;
        for (const SearchHit &hit : results.hits)
            ids << hit.articleId;
        return printReferences(db, ids, *citeStyle, io, command.name);
    }
    if (exporting) {
        QList<qint64> ids;
        for (const SearchHit &hit : results.hits)
            ids << hit.articleId;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!exportArticleTexts(db, ids,
                                exportFormat == QLatin1String("jsonl") ? TextExportFormat::JsonLines
                                                                       : TextExportFormat::Csv,
                                &buffer, &error)) {
            reportError(io, command.name, error);
            return LibraryFailed;
        }
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        return Success;
    }
    SearchFacets facets;
    if (command.parser.isSet(facetsOption)) {
        facets = searchFacets(db, request);
        if (!facets.error.isEmpty())
            return failed(facets.error, facets.errorPosition, facets.sqlError);
    }
    SearchHistogram histogram;
    if (unit) {
        histogram = searchHistogram(db, request, *unit);
        if (!histogram.error.isEmpty())
            return failed(histogram.error, histogram.errorPosition, histogram.sqlError);
    }
    if (command.json()) {
        QJsonArray array;
        for (const SearchHit &hit : results.hits)
            array.append(QJsonObject{{QStringLiteral("article_id"), hit.articleId},
                                     {QStringLiteral("paper"), hit.paper},
                                     {QStringLiteral("date"), hit.date.toString(Qt::ISODate)},
                                     {QStringLiteral("page"), stringOrNull(hit.page)},
                                     {QStringLiteral("headline"), stringOrNull(hit.headline)},
                                     {QStringLiteral("snippet"), snippetToPlain(hit.snippet)}});
        QJsonObject o{{QStringLiteral("total"), results.total}, {QStringLiteral("results"), array}};
        if (results.totalIsLowerBound)
            o.insert(QStringLiteral("total_is_lower_bound"), true);
        if (command.parser.isSet(facetsOption))
            o.insert(QStringLiteral("facets"), QJsonObject{{QStringLiteral("paper"), facetJson(facets.papers)},
                                                           {QStringLiteral("year"), facetJson(facets.years)},
                                                           {QStringLiteral("page"), facetJson(facets.pages)},
                                                           {QStringLiteral("section"), facetJson(facets.sections)},
                                                           {QStringLiteral("person"), facetJson(facets.people)},
                                                           {QStringLiteral("tag"), facetJson(facets.tags)}});
        if (unit) {
            QJsonArray bins;
            for (const HistogramBin &bin : histogram.bins)
                bins.append(QJsonObject{{QStringLiteral("period"), bin.period},
                                        {QStringLiteral("count"), bin.count},
                                        {QStringLiteral("issues"), bin.issues}});
            o.insert(QStringLiteral("histogram"), bins);
        }
        printJson(io, o);
        return Success;
    }
    io.out << (results.totalIsLowerBound ? tr("%1+ articles").arg(results.total)
                                         : tr("%n article(s)", nullptr, results.total));
    if (results.hits.size() < results.total)
        io.out << ' ' << tr("(showing %1)").arg(results.hits.size());
    io.out << Qt::endl;
    if (command.parser.isSet(facetsOption)) {
        const QList<std::pair<QString, const QList<FacetValue> *>> groups{
            {tr("paper"), &facets.papers}, {tr("year"), &facets.years},   {tr("page"), &facets.pages},
            {tr("section"), &facets.sections}, {tr("person"), &facets.people}, {tr("tag"), &facets.tags}};
        for (const auto &[name, values] : groups) {
            if (values->isEmpty())
                continue;
            io.out << '\n' << name << ':';
            for (const FacetValue &v : *values)
                io.out << "  " << v.value << " (" << v.count << ')';
            io.out << '\n';
        }
    }
    if (unit) {
        int most = 1;
        for (const HistogramBin &bin : histogram.bins)
            most = std::max(most, bin.count);
        io.out << '\n';
        for (const HistogramBin &bin : histogram.bins)
            io.out << bin.period.leftJustified(10) << QString::number(bin.count).rightJustified(7) << "  "
                   << tr("of %n issue(s)", nullptr, bin.issues).leftJustified(16) << ' '
                   << QString(std::max(1, bin.count * 40 / most), QChar(0x2588)) << '\n';
    }
    for (const SearchHit &hit : results.hits) {
        io.out << "\n#" << hit.articleId << "  " << hit.date.toString(Qt::ISODate) << "  " << hit.paper;
        if (!hit.page.isEmpty())
            io.out << "  " << hit.page;
        io.out << "\n  " << (hit.headline.isEmpty() ? tr("(no headline)") : hit.headline) << "\n  "
               << snippetToPlain(hit.snippet) << Qt::endl;
    }
    return Success;
}

int showCommand(const QStringList &arguments, Io &io)
{
    LibraryCommand command(QStringLiteral("show"), tr("Show one article of a library."));
    command.parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"), tr("The article's number (from search)."));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    const QStringList positional = command.parser.positionalArguments();
    bool ok = false;
    const qint64 id = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        reportError(io, command.name, tr("give one article number"));
        io.err << commandHelpText(command.parser, command.name);
        return UsageError;
    }
    Library library;
    if (!command.openForReading(library, io))
        return LibraryFailed;
    LibraryStore store(library);
    library.clearError();
    const std::optional<StoredArticle> stored = store.article(id);
    if (!stored) {
        if (library.error() != LibraryError::None) {
            reportError(io, command.name, library.errorString());
            return LibraryFailed;
        }
        reportError(io, command.name,
                    tr("no article %1 in library %2").arg(id).arg(QDir::toNativeSeparators(library.path())));
        return InputFailed;
    }
    const Article &a = stored->article;
    if (command.json()) {
        QJsonObject o = articleToJson(a);
        o.insert(QStringLiteral("id"), stored->id);
        o.insert(QStringLiteral("paper"), stored->paper);
        o.insert(QStringLiteral("date"), stored->date.toString(Qt::ISODate));
        o.insert(QStringLiteral("page"), stringOrNull(stored->pageLabel));
        // Exactly the shape of issue 3 (the article as `reconstruct` gives it, plus id, paper, date, page):
        // scripts compare key sets.
        printJson(io, o);
        return Success;
    }
    io.out << "#" << stored->id << "  " << stored->paper << "  " << stored->date.toString(Qt::ISODate)
           << (stored->dateGuessed ? QStringLiteral("?") : QString());
    if (!stored->pageLabel.isEmpty())
        io.out << "  " << stored->pageLabel;
    if (!stored->section.isEmpty())
        io.out << "  " << stored->section;
    io.out << "  (" << articleKindName(a.kind) << ")\n\n";
    if (!a.kicker.isEmpty())
        io.out << a.kicker << "\n";
    io.out << (a.headline.isEmpty() ? tr("(no headline)") : a.headline) << "\n";
    if (!a.subheadline.isEmpty())
        io.out << a.subheadline << "\n";
    const auto names = [&](const QString &label, const QStringList &list) {
        if (!list.isEmpty())
            io.out << label << ": " << list.join(QStringLiteral("、")) << "\n";
    };
    names(tr("Reporters"), a.reporters);
    names(tr("Correspondents"), a.correspondents);
    names(tr("Authors"), a.authors);
    names(tr("Photographers"), a.photographers);
    io.out << "\n";
    for (const QString &p : a.paragraphs)
        io.out << p << "\n\n";
    io.out.flush();
    return Success;
}

namespace {

QJsonObject checkJson(const LibraryCheckReport &report)
{
    return QJsonObject{{QStringLiteral("ok"), report.ok},
                       {QStringLiteral("integrity"), report.integrityOk},
                       {QStringLiteral("references"), report.foreignKeysOk},
                       {QStringLiteral("full_text"), report.fullTextChecked ? QJsonValue(report.fullTextOk)
                                                                            : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("damaged"), QJsonArray::fromStringList(report.damagedTables)},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}};
}

} // namespace

int checkCommand(const QStringList &arguments, Io &io)
{
    LibraryCommand command(QStringLiteral("check"),
                           tr("Check a library for damage: SQLite's integrity check of every page and index, the "
                              "references between tables and the full-text index against the articles. Exit "
                              "status 0: no damage; 4: damage found (see kanbao-cli repair)."));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         tr("Only the quick check of pages and records (what import runs)."));
    command.parser.addOption(quickOption);
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    Library library;
    if (!command.openForReading(library, io))
        return library.error() == LibraryError::Damaged ? LibraryDamaged : LibraryFailed;
    const LibraryCheckReport report = command.parser.isSet(quickOption) ? LibraryChecker::quickCheck(library)
                                                                        : LibraryChecker::check(library, true);
    // Linked files (import --link-files) moved or changed: not damage, but the page images are gone
    // until they are located again.
    QList<LinkedFileProblem> links;
    if (!command.parser.isSet(quickOption) && report.ok)
        links = StoredFiles(library.path()).checkLinks(library, keptSuffixes());
    if (command.json()) {
        QJsonObject object = checkJson(report);
        QJsonArray missing;
        for (const LinkedFileProblem &p : std::as_const(links))
            missing.append(QJsonObject{{QStringLiteral("path"), p.location.path},
                                       {QStringLiteral("state"), p.location.state == PageFileLocation::Missing
                                                                     ? QStringLiteral("missing")
                                                                     : QStringLiteral("changed")},
                                       {QStringLiteral("pages"), p.pages},
                                       {QStringLiteral("content_hash"), p.contentHash}});
        object.insert(QStringLiteral("linked_files"), missing);
        printJson(io, object);
    } else if (report.ok) {
        for (const LinkedFileProblem &p : std::as_const(links))
            io.out << p.location.problem() << ' '
                   << tr("Locate it: kanbao-cli relink --library %1 %2 NEWPATH")
                          .arg(library.path(), p.location.path)
                   << Qt::endl;
        io.out << tr("library %1: no damage found").arg(QDir::toNativeSeparators(library.path())) << Qt::endl;
        if (!command.parser.isSet(quickOption) && !report.fullTextChecked)
            io.out << tr("(the full-text index was not checked: the library is read-only)") << Qt::endl;
    } else {
        io.out << tr("library %1 is damaged").arg(QDir::toNativeSeparators(library.path())) << Qt::endl;
        if (!report.damagedTables.isEmpty())
            io.out << tr("damaged: %1").arg(report.damagedTables.join(QStringLiteral(", "))) << Qt::endl;
        for (const QString &p : report.problems)
            io.out << "  " << p << Qt::endl;
        io.out << tr("run kanbao-cli repair --library %1").arg(library.path()) << Qt::endl;
    }
    return report.ok ? Success : LibraryDamaged;
}

int repairCommand(const QStringList &arguments, Io &io)
{
    LibraryCommand command(QStringLiteral("repair"),
                           tr("Repair a damaged library. When only indexes are damaged they are rebuilt in place "
                              "(a copy of the library is kept next to it). Otherwise every readable row is copied "
                              "into a new library (--output) and what was lost is listed; the damaged file is left "
                              "as it was. Exit status 0: repaired with nothing lost; 4: rows were lost or the "
                              "repair failed."));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("Where to write the recovered library (default: next to it, "
                                             "NAME.recovered.kanbao)."),
                                          QStringLiteral("FILE"));
    command.parser.addOption(outputOption);
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    Library library;
    LibraryOpenOptions options;
    options.create = false;
    if (!library.open(command.libraryPath(), options)) {
        reportError(io, command.name, library.errorString());
        return LibraryFailed;
    }
    const LibraryRepairReport report = LibraryChecker::repair(library, command.parser.value(outputOption));
    qint64 lost = 0;
    for (const auto &t : report.tables)
        lost += t.lost + t.lostRanges.size();
    if (command.json()) {
        QJsonArray tables;
        for (const auto &t : report.tables)
            tables.append(QJsonObject{{QStringLiteral("table"), t.name},
                                      {QStringLiteral("recovered"), t.recovered},
                                      {QStringLiteral("lost"), t.lost},
                                      {QStringLiteral("lost_ranges"), QJsonArray::fromStringList(t.lostRanges)}});
        printJson(io, QJsonObject{{QStringLiteral("ok"), report.ok},
                                  {QStringLiteral("rebuilt_in_place"), report.rebuiltInPlace},
                                  {QStringLiteral("recovered_path"), stringOrNull(report.recoveredPath)},
                                  {QStringLiteral("tables"), tables},
                                  {QStringLiteral("messages"), QJsonArray::fromStringList(report.messages)},
                                  {QStringLiteral("error"), stringOrNull(report.error)}});
    } else {
        for (const QString &m : report.messages)
            io.out << m << Qt::endl;
        for (const auto &t : report.tables) {
            io.out << "  " << tr("%1: %2 rows recovered, %3 lost").arg(t.name).arg(t.recovered).arg(t.lost);
            if (!t.lostRanges.isEmpty())
                io.out << " (" << tr("unreadable: %1").arg(t.lostRanges.join(QStringLiteral(", "))) << ")";
            io.out << Qt::endl;
        }
    }
    if (!report.error.isEmpty()) {
        reportError(io, command.name, report.error);
        return LibraryDamaged;
    }
    return report.ok && lost == 0 ? Success : LibraryDamaged;
}

} // namespace kanbao::cli
