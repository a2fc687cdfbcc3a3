#include "cli/cli.h"
#include "cli/librarycommandline.h"

#include "library/library.h"
#include "text/anchor.h"
#include "notes/notesexporter.h"
#include "notes/notesstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace kanbao::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kanbao::cli", text, disambiguation, n);
}

using NotesCommandLine = LibraryCommandLine;

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QDate parseDate(const QString &text)
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    return d;
}

QString tagList(const QList<Tag> &tags)
{
    QStringList names;
    for (const Tag &t : tags)
        names << t.name;
    return names.isEmpty() ? tr("(no tags)") : names.join(QStringLiteral(", "));
}

} // namespace

int tagCommand(const QStringList &arguments, Io &io)
{
    NotesCommandLine command(QStringLiteral("tag"),
                             tr("Tag an article. Tags that do not exist yet are created."));
    const QCommandLineOption removeOption(QStringLiteral("remove"), tr("Remove the tags from the article instead."));
    const QCommandLineOption colorOption(QStringLiteral("color"), tr("Color of tags created now (#rrggbb or a name)."),
                                         QStringLiteral("COLOR"));
    command.parser.addOption(removeOption);
    command.parser.addOption(colorOption);
    command.parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"), tr("The article (see 'kanbao-cli search')."));
    command.parser.addPositionalArgument(QStringLiteral("TAG"), tr("Tag names."), QStringLiteral("TAG..."));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    const QStringList positional = command.parser.positionalArguments();
    if (positional.size() < 2)
        return command.usage(io, tr("an article id and at least one tag are needed"));
    const std::optional<qint64> articleId = parseId(positional.first());
    if (!articleId)
        return command.usage(io, tr("\"%1\" is not an article id").arg(positional.first()));
    if (command.parser.isSet(colorOption) && NotesStore::normaliseTagColor(command.parser.value(colorOption)).isEmpty())
        return command.usage(io, tr("\"%1\" is not a color").arg(command.parser.value(colorOption)));

    Library library;
    if (!command.open(library, io, true))
        return LibraryFailed;
    NotesStore store(library);
    if (!store.articleExists(*articleId)) {
        reportError(io, command.name, tr("article %1 is not in %2").arg(*articleId).arg(library.path()));
        return InputFailed;
    }

    const bool remove = command.parser.isSet(removeOption);
    QList<qint64> tagIds;
    for (const QString &name : positional.mid(1)) {
        if (name.trimmed().isEmpty())
            continue;
        if (const std::optional<Tag> existing = store.tagByName(name)) {
            tagIds << existing->id;
        } else if (remove) {
            reportError(io, command.name, tr("there is no tag named \"%1\"").arg(name.trimmed()));
            return InputFailed;
        } else if (const auto created = store.createTag(name, command.parser.value(colorOption))) {
            tagIds << *created;
        } else {
            reportError(io, command.name, store.errorString());
            return LibraryFailed;
        }
    }
    if (tagIds.isEmpty())
        return command.usage(io, tr("no tag names given"));
    const auto changed = remove ? store.removeTags({*articleId}, tagIds) : store.assignTags({*articleId}, tagIds);
    if (!changed) {
        reportError(io, command.name, store.errorString());
        return LibraryFailed;
    }
    io.out << tr("Article %1: %2").arg(*articleId).arg(tagList(store.tagsOfArticle(*articleId))) << Qt::endl;
    return Success;
}

int annotateCommand(const QStringList &arguments, Io &io)
{
    NotesCommandLine command(QStringLiteral("annotate"),
                             tr("Highlight a quote of an article, optionally with a note. Without --quote, --note "
                                "adds a note on the whole article."));
    const QCommandLineOption quoteOption(QStringLiteral("quote"), tr("Text of the article to highlight."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("The note."), QStringLiteral("TEXT"));
    const QCommandLineOption colorOption(QStringLiteral("color"),
                                         tr("Highlight color: %1 (default: yellow).")
                                             .arg(highlightColorNames().join(QStringLiteral(", "))),
                                         QStringLiteral("NAME"), QStringLiteral("yellow"));
    command.parser.addOption(quoteOption);
    command.parser.addOption(noteOption);
    command.parser.addOption(colorOption);
    command.parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"), tr("The article (see 'kanbao-cli search')."));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    const QStringList positional = command.parser.positionalArguments();
    if (positional.size() != 1)
        return command.usage(io, tr("exactly one article id is needed"));
    const std::optional<qint64> articleId = parseId(positional.first());
    if (!articleId)
        return command.usage(io, tr("\"%1\" is not an article id").arg(positional.first()));
    const QString quote = command.parser.value(quoteOption);
    const QString note = command.parser.value(noteOption);
    const QString color = command.parser.value(colorOption).trimmed().toLower();
    if (!command.parser.isSet(quoteOption) && note.isEmpty())
        return command.usage(io, tr("give --quote TEXT (and optionally --note), or --note alone for an article note"));
    if (command.parser.isSet(quoteOption) && quote.trimmed().isEmpty())
        return command.usage(io, tr("the quote is empty"));
    if (!isHighlightColor(color))
        return command.usage(io, tr("\"%1\" is not a highlight color (one of: %2)")
                                     .arg(color, highlightColorNames().join(QStringLiteral(", "))));

    Library library;
    if (!command.open(library, io, true))
        return LibraryFailed;
    NotesStore store(library);
    const std::optional<QString> body = store.articleBody(*articleId);
    if (!body) {
        reportError(io, command.name, tr("article %1 is not in %2").arg(*articleId).arg(library.path()));
        return InputFailed;
    }

    std::optional<Annotation> annotation;
    if (!command.parser.isSet(quoteOption)) {
        annotation = store.makeArticleNote(*articleId, note);
    } else {
        // Verbatim first; then ignoring whitespace, since a quote copied from a printout or another
        // window rarely has the article's line breaks.
        std::optional<TextSpan> span;
        const qsizetype exact = body->indexOf(quote);
        if (exact >= 0)
            span = TextSpan{int(exact), int(exact + quote.size())};
        else
            span = reanchor(AnchorQuote{quote, QString(), QString(), -1}, *body);
        if (!span) {
            reportError(io, command.name, tr("the quote does not occur in article %1: \"%2\"").arg(*articleId).arg(quote));
            return InputFailed;
        }
        const qsizetype occurrences = body->count(quote);
        if (occurrences > 1)
            io.err << tr("kanbao-cli: annotate: the quote occurs %1 times in article %2; the first one is highlighted")
                          .arg(occurrences)
                          .arg(*articleId)
                   << Qt::endl;
        annotation = store.makeHighlight(*articleId, *span, color, note);
    }
    if (!annotation) {
        reportError(io, command.name, store.errorString());
        return InputFailed;
    }
    const std::optional<qint64> id = store.insertAnnotation(*annotation);
    if (!id) {
        reportError(io, command.name, store.errorString());
        return LibraryFailed;
    }
    if (annotation->kind == AnnotationKind::Note)
        io.out << tr("Note %1 added to article %2").arg(*id).arg(*articleId) << Qt::endl;
    else
        io.out << tr("Highlight %1 added to article %2 at %3-%4 (%5): %6")
                      .arg(*id)
                      .arg(*articleId)
                      .arg(annotation->startOffset)
                      .arg(annotation->endOffset)
                      .arg(color, annotation->quote)
               << Qt::endl;
    return Success;
}

int exportNotesCommand(const QStringList &arguments, Io &io)
{
    NotesCommandLine command(QStringLiteral("export-notes"),
                             tr("Export highlights and notes with their citations to PDF, Markdown or CSV."));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), tr("Write PDF."));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), tr("Write Markdown."));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       tr("Write CSV (UTF-8 with BOM, for Excel; a field starting with = + - @ "
                                          "or ' gets a leading ' so it is not run as a formula)."));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("Only articles with this tag (repeatable: any of them)."),
                                       QStringLiteral("TAG"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Only issues from this date (YYYY-MM-DD)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Only issues up to this date (YYYY-MM-DD)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), tr("Only these articles (comma-separated ids)."),
                                            QStringLiteral("ID,..."));
    const QCommandLineOption titleOption(QStringLiteral("title"), tr("Title of the export."), QStringLiteral("TEXT"));
    const QCommandLineOption noOrphansOption(QStringLiteral("no-orphans"),
                                             tr("Leave out notes whose article is no longer in the library."));
    const QCommandLineOption citationStyleOption(QStringLiteral("citation-style"),
                                                 tr("Each article's citation: gbt7714 (default) or chicago."),
                                                 QStringLiteral("STYLE"), QStringLiteral("gbt7714"));
    const QCommandLineOption pageCropsOption(
        QStringLiteral("page-crops"),
        tr("PDF only: under each article of a PDF page, its crop of the page image."));
    for (const QCommandLineOption &o : {pdfOption, markdownOption, csvOption, tagOption, fromOption, toOption,
                                        articlesOption, titleOption, noOrphansOption, citationStyleOption,
                                        pageCropsOption})
        command.parser.addOption(o);
    command.parser.addPositionalArgument(QStringLiteral("OUT"), tr("The file to write."));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;

    const QStringList positional = command.parser.positionalArguments();
    if (positional.size() != 1)
        return command.usage(io, tr("exactly one output file is needed"));
    const QString out = positional.first();

    QList<NotesExportFormat> formats;
    if (command.parser.isSet(pdfOption))
        formats << NotesExportFormat::Pdf;
    if (command.parser.isSet(markdownOption))
        formats << NotesExportFormat::Markdown;
    if (command.parser.isSet(csvOption))
        formats << NotesExportFormat::Csv;
    if (formats.isEmpty()) {
        // The file name says it when no flag does.
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (suffix == QLatin1String("pdf"))
            formats << NotesExportFormat::Pdf;
        else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
            formats << NotesExportFormat::Markdown;
        else if (suffix == QLatin1String("csv"))
            formats << NotesExportFormat::Csv;
    }
    if (formats.size() != 1)
        return command.usage(io, tr("choose one of --pdf, --markdown or --csv"));

    NotesExportOptions options;
    const std::optional<CitationStyle> citationStyle =
        citationStyleFromName(command.parser.value(citationStyleOption));
    if (!citationStyle || isReferenceFileStyle(*citationStyle))
        return command.usage(io, tr("--citation-style: not gbt7714 or chicago: %1")
                                     .arg(command.parser.value(citationStyleOption)));
    options.citationStyle = *citationStyle;
    options.title = command.parser.value(titleOption);
    options.pageCrops = command.parser.isSet(pageCropsOption);
    if (options.pageCrops && formats.first() != NotesExportFormat::Pdf)
        return command.usage(io, tr("--page-crops needs --pdf"));
    options.query.tags = command.parser.values(tagOption);
    options.query.includeOrphans = !command.parser.isSet(noOrphansOption);
    if (command.parser.isSet(fromOption)) {
        options.query.from = parseDate(command.parser.value(fromOption));
        if (!options.query.from.isValid())
            return command.usage(io, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(command.parser.value(fromOption)));
    }
    if (command.parser.isSet(toOption)) {
        options.query.to = parseDate(command.parser.value(toOption));
        if (!options.query.to.isValid())
            return command.usage(io, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(command.parser.value(toOption)));
    }
    if (options.query.from.isValid() && options.query.to.isValid() && options.query.from > options.query.to)
        return command.usage(io, tr("--from is after --to"));
    if (command.parser.isSet(articlesOption)) {
        const QStringList ids = command.parser.value(articlesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &text : ids) {
            const std::optional<qint64> id = parseId(text);
            if (!id)
                return command.usage(io, tr("\"%1\" is not an article id").arg(text));
            options.query.articleIds << *id;
        }
        if (options.query.articleIds.isEmpty())
            return command.usage(io, tr("--articles needs at least one id"));
    }
    if (formats.first() == NotesExportFormat::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        reportError(io, command.name, tr("PDF export is not available in this process (no QGuiApplication)"));
        return UsageError;
    }

    Library library;
    if (!command.open(library, io, false))
        return LibraryFailed;
    NotesStore store(library);
    for (const QString &tag : std::as_const(options.query.tags)) {
        if (!store.tagByName(tag))
            io.err << tr("kanbao-cli: export-notes: there is no tag named \"%1\"").arg(tag) << Qt::endl;
    }
    NotesExporter exporter(&store);
    if (!exporter.exportNotes(formats.first(), out, options)) {
        reportError(io, command.name, exporter.errorString());
        return InputFailed;
    }
    QString summary = tr("Exported %n note(s)", nullptr, exporter.exportedNotes()) + QLatin1Char(' ')
                      + tr("from %n article(s)", nullptr, exporter.exportedArticles()) + QLatin1Char(' ')
                      + tr("to %1").arg(QDir::toNativeSeparators(out));
    if (formats.first() == NotesExportFormat::Pdf)
        summary += tr(" (%1 pages)").arg(exporter.pageCount());
    if (options.pageCrops)
        summary += QLatin1Char(' ') + tr("with %n page crop(s)", nullptr, exporter.pageCropCount());
    io.out << summary << Qt::endl;
    return Success;
}

} // namespace kanbao::cli
