// kanbao-cli correct / corrections: the reader's corrections of how a page was cut into articles and of where
// it stands (library/corrections.h).
#include "cli/cli.h"
#include "cli/librarycommandline.h"
#include "library/corrections.h"
#include "library/library.h"

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

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

// Whether a kind takes a text argument.
bool needsArgument(CorrectionKind kind)
{
    return kind != CorrectionKind::MergeNext && kind != CorrectionKind::MergePrevious &&
           kind != CorrectionKind::NotArticle;
}

} // namespace

int correctCommand(const QStringList &arguments, Io &io)
{
    LibraryCommandLine command(
        QStringLiteral("correct"),
        tr("Correct how a page was cut into articles, or where the page stands. The correction is kept with "
           "the "
           "page and applied again when its file is imported again.\n"
           "  ARTICLE_ID split-before PHRASE   a new article starts with PHRASE's paragraph (the first part "
           "keeps the id)\n"
           "  ARTICLE_ID merge-next            the article and the next one on the page are one\n"
           "  ARTICLE_ID merge-previous        the article and the previous one are one (the previous keeps "
           "its id)\n"
           "  ARTICLE_ID headline TEXT         the article's headline\n"
           "  ARTICLE_ID kicker TEXT           the article's kicker\n"
           "  ARTICLE_ID subheadline TEXT      the article's subheadline\n"
           "  ARTICLE_ID line-as-headline PHRASE   PHRASE's line is the headline (also line-as-kicker, "
           "line-as-subheadline); the old one goes back into the body\n"
           "  ARTICLE_ID byline \"记者 张三、李四；通讯员 王五\"   the byline's names and roles (\"\": "
           "none)\n"
           "  ARTICLE_ID move-to-previous PHRASE   PHRASE's paragraph ends the previous article\n"
           "  ARTICLE_ID move-to-next PHRASE       PHRASE's paragraph starts the next article\n"
           "  ARTICLE_ID not-article           an advertisement or page furniture: hidden, not deleted\n"
           "  --page PAGE_ID paper NAME        the paper the page belongs to\n"
           "  --page PAGE_ID date YYYY-MM-DD   the date of the page's issue (confirms a guessed date)\n"
           "  --page PAGE_ID confirm-date      the page's guessed date is right\n"
           "  --page PAGE_ID label TEXT        the page's label (A03)\n"
           "  --page PAGE_ID section TEXT      the page's section (温县新闻)\n"
           "Page corrections take several --page options, --folder DIR for every page of the files under "
           "DIR, --import N for every page of one import (see 'kanbao-cli imports'), or --of-paper NAME for "
           "every page of a paper (paper NEW renames it): one transaction for all."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        tr("Correct this page (paper, date, label, section) instead of an article; may be repeated."),
        QStringLiteral("PAGE_ID"));
    command.parser.addOption(pageOption);
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          tr("Correct every page of the files imported from under DIR."),
                                          QStringLiteral("DIR"));
    command.parser.addOption(folderOption);
    const QCommandLineOption ofPaperOption(QStringLiteral("of-paper"),
                                           tr("Correct every page of the paper NAME (with paper NEW: rename it)."),
                                           QStringLiteral("NAME"));
    command.parser.addOption(ofPaperOption);
    const QCommandLineOption importOption(
        QStringLiteral("import"), tr("Correct every page the import N wrote (see 'kanbao-cli imports')."),
        QStringLiteral("N"));
    command.parser.addOption(importOption);
    command.parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"),
                                         tr("The article (see 'kanbao-cli search')."),
                                         QStringLiteral("[ARTICLE_ID]"));
    command.parser.addPositionalArgument(
        QStringLiteral("CORRECTION"),
        tr("split-before, merge-next, merge-previous, headline, kicker, subheadline, line-as-headline, "
           "line-as-kicker, line-as-subheadline, byline, move-to-previous, move-to-next, not-article; with "
           "--page or --folder: paper, date, confirm-date, label, section."));
    command.parser.addPositionalArgument(
        QStringLiteral("TEXT"), tr("The phrase, headline, kicker, paper or date."), QStringLiteral("[TEXT]"));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    QStringList positional = command.parser.positionalArguments();
    const bool onFolder = command.parser.isSet(folderOption);
    const bool onPaper = command.parser.isSet(ofPaperOption);
    const bool onImport = command.parser.isSet(importOption);
    const bool onPage = command.parser.isSet(pageOption) || onFolder || onPaper || onImport;
    if (int(command.parser.isSet(pageOption)) + int(onFolder) + int(onPaper) + int(onImport) > 1)
        return command.usage(io, tr("--page, --folder, --import and --of-paper cannot be used together"));
    std::optional<qint64> importId;
    if (onImport) {
        importId = parseId(command.parser.value(importOption));
        if (!importId)
            return command.usage(io, tr("\"%1\" is not an import id").arg(command.parser.value(importOption)));
    }
    std::optional<qint64> target;
    QList<qint64> pages;
    if (command.parser.isSet(pageOption)) {
        for (const QString &value : command.parser.values(pageOption)) {
            const std::optional<qint64> id = parseId(value);
            if (!id)
                return command.usage(io, tr("\"%1\" is not a page id").arg(value));
            if (!pages.contains(*id))
                pages.append(*id);
        }
        target = pages.first();
    } else if (!onFolder && !onPaper && !onImport) {
        if (positional.isEmpty())
            return command.usage(io, tr("an article id and a correction are needed"));
        target = parseId(positional.first());
        if (!target)
            return command.usage(io, tr("\"%1\" is not an article id").arg(positional.first()));
        positional.removeFirst();
    }
    if (positional.isEmpty())
        return command.usage(io, tr("which correction?"));
    const bool confirmDate = positional.first() == QLatin1String("confirm-date");
    const std::optional<CorrectionKind> kind =
        confirmDate ? std::optional<CorrectionKind>(CorrectionKind::Date) : correctionKindFromName(positional.first());
    if (!kind)
        return command.usage(io, tr("\"%1\" is not a correction").arg(positional.first()));
    if (isPageCorrection(*kind) != onPage)
        return command.usage(
            io, onPage ? tr("%1 corrects an article, not a page (--page)").arg(positional.first())
                       : tr("%1 corrects a page: use --page PAGE_ID").arg(positional.first()));
    const qsizetype wanted = needsArgument(*kind) && !confirmDate ? 2 : 1;
    if (positional.size() != wanted)
        return command.usage(io, wanted == 2 ? tr("%1 needs one text").arg(positional.first())
                                             : tr("%1 takes no text").arg(positional.first()));
    const QString argument = positional.value(1);

    Library library;
    if (!command.open(library, io, true))
        return LibraryFailed;
    CorrectionsStore store(library);
    if (onFolder || onPaper || onImport || pages.size() > 1 || confirmDate) {
        if (onPaper) {
            const QString paper = command.parser.value(ofPaperOption).trimmed();
            const std::optional<QList<PageState>> ofPaper = store.pagesOfPaper(paper);
            if (!ofPaper) {
                reportError(io, command.name, store.errorString());
                return LibraryFailed;
            }
            for (const PageState &page : *ofPaper)
                pages.append(page.pageId);
            if (pages.isEmpty()) {
                reportError(io, command.name,
                            tr("%1 has no paper called “%2”").arg(QDir::toNativeSeparators(library.path()), paper));
                return UsageError;
            }
        }
        if (onFolder) {
            const QString folder = QFileInfo(command.parser.value(folderOption)).absoluteFilePath();
            const std::optional<QList<PageState>> under = store.pagesUnder(folder);
            if (!under) {
                reportError(io, command.name, store.errorString());
                return LibraryFailed;
            }
            for (const PageState &page : *under)
                pages.append(page.pageId);
            if (pages.isEmpty()) {
                reportError(io, command.name,
                            tr("no page of %1 was imported from under %2")
                                .arg(QDir::toNativeSeparators(library.path()), QDir::toNativeSeparators(folder)));
                return UsageError;
            }
        }
        if (onImport) {
            const std::optional<QList<PageState>> ofImport = store.pagesOfImport(*importId);
            if (!ofImport) {
                reportError(io, command.name, store.errorString());
                return store.error() == CorrectionsStore::Error::BadInput ? UsageError : LibraryFailed;
            }
            for (const PageState &page : *ofImport)
                pages.append(page.pageId);
            if (pages.isEmpty()) {
                reportError(io, command.name,
                            tr("no page of %1 belongs to import %2 any more: later imports replaced them")
                                .arg(QDir::toNativeSeparators(library.path()))
                                .arg(*importId));
                return UsageError;
            }
        }
        const std::optional<PagesChange> change = store.correctPages(pages, {PageEdit{*kind, argument}});
        if (!change) {
            reportError(io, command.name, store.errorString());
            return store.error() == CorrectionsStore::Error::BadInput ? UsageError : LibraryFailed;
        }
        for (const PageState &after : change->after)
            io.out << tr("Page %1 (%2, page %3) now stands in %4 of %5%6.")
                          .arg(after.pageId)
                          .arg(QDir::toNativeSeparators(after.sourcePath))
                          .arg(after.sourceIndex + 1)
                          .arg(after.placement.paper, after.placement.date.toString(Qt::ISODate),
                               after.placement.label.isEmpty() ? QString()
                                                               : QStringLiteral(", ") + after.placement.label)
                   << Qt::endl;
        io.out << QCoreApplication::translate("kanbao::cli",
                                              "%n correction(s) kept on %1 of %2 page(s); applied again when "
                                              "their files are imported again.",
                                              nullptr, int(change->corrections.size()))
                      .arg(change->after.size())
                      .arg(pages.size())
               << Qt::endl;
        return Success;
    }
    const std::optional<CorrectionChange> change =
        onPage ? store.correctPage(*target, *kind, argument) : store.correctArticle(*target, *kind, argument);
    if (!change) {
        reportError(io, command.name, store.errorString());
        return store.error() == CorrectionsStore::Error::BadInput ? UsageError : LibraryFailed;
    }
    const PageState &after = change->after;
    switch (*kind) {
    case CorrectionKind::SplitBefore:
        io.out << tr("Article %1 split: the new article %2 starts with “%3”.")
                      .arg(*target)
                      .arg(after.articleIds.value(change->article + 1))
                      .arg(argument.trimmed())
               << Qt::endl;
        break;
    case CorrectionKind::MergeNext:
        io.out << tr("Article %1 merged with the next one (%2).")
                      .arg(*target)
                      .arg(change->before.articleIds.value(change->article + 1))
               << Qt::endl;
        break;
    case CorrectionKind::MergePrevious:
        io.out << tr("Article %1 merged into the previous one (%2), which keeps its id.")
                      .arg(*target)
                      .arg(after.articleIds.value(change->article))
               << Qt::endl;
        break;
    case CorrectionKind::MoveToPrevious:
    case CorrectionKind::MoveToNext:
        io.out << tr("The paragraph of “%1” moved from article %2 to article %3.")
                      .arg(argument.trimmed())
                      .arg(*target)
                      .arg(after.articleIds.value(change->article +
                                                  (*kind == CorrectionKind::MoveToPrevious ? -1 : 1)))
               << Qt::endl;
        break;
    case CorrectionKind::Byline:
        io.out << tr("Article %1 byline: %2")
                      .arg(*target)
                      .arg(change->correction.argument.isEmpty() ? tr("none") : change->correction.argument)
               << Qt::endl;
        break;
    case CorrectionKind::Headline:
    case CorrectionKind::Kicker:
    case CorrectionKind::Subheadline:
    case CorrectionKind::LineAsKicker:
    case CorrectionKind::LineAsHeadline:
    case CorrectionKind::LineAsSubheadline:
    case CorrectionKind::NotArticle:
        io.out << tr("Article %1 corrected (%2).").arg(*target).arg(correctionKindName(*kind)) << Qt::endl;
        break;
    case CorrectionKind::Paper:
    case CorrectionKind::Date:
    case CorrectionKind::PageLabel:
    case CorrectionKind::Section:
        io.out << tr("Page %1 now stands in %2 of %3.")
                      .arg(*target)
                      .arg(after.placement.paper, after.placement.date.toString(Qt::ISODate))
               << Qt::endl;
        break;
    }
    io.out << tr("Correction %1 kept; it is applied again when %2 is imported again.")
                  .arg(change->correction.id)
                  .arg(QDir::toNativeSeparators(change->correction.sourcePath))
           << Qt::endl;
    return Success;
}

int correctionsCommand(const QStringList &arguments, Io &io)
{
    LibraryCommandLine command(
        QStringLiteral("corrections"),
        tr("List the corrections of a library, each with its state: applied, or no longer "
           "applies (its text is no longer in the page since the file was imported again)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Output JSON."));
    command.parser.addOption(jsonOption);
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    if (!command.parser.positionalArguments().isEmpty())
        return command.usage(io, tr("no arguments expected"));
    Library library;
    if (!command.open(library, io, false))
        return LibraryFailed;
    CorrectionsStore store(library);
    const QList<Correction> list = store.corrections();
    if (store.error() != CorrectionsStore::Error::None) {
        reportError(io, command.name, store.errorString());
        return LibraryFailed;
    }
    if (command.parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Correction &c : list) {
            array.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("page"), c.pageId},
                {QStringLiteral("source"), c.sourcePath},
                {QStringLiteral("sourceIndex"), c.sourceIndex},
                {QStringLiteral("kind"), correctionKindName(c.kind)},
                {QStringLiteral("argument"), c.argument},
                {QStringLiteral("quote"), c.anchor.quote},
                {QStringLiteral("state"), correctionStateName(c.state)},
                {QStringLiteral("created"), c.createdAt.toString(Qt::ISODate)},
            });
        }
        io.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("corrections"), array}}).toJson());
        return Success;
    }
    if (list.isEmpty()) {
        io.out << tr("No corrections.") << Qt::endl;
        return Success;
    }
    for (const Correction &c : list) {
        QString what = correctionKindName(c.kind);
        if (!c.argument.isEmpty())
            what += QStringLiteral(" “%1”").arg(c.argument);
        else if (!c.anchor.quote.isEmpty())
            what += QStringLiteral(" (“%1…”)").arg(c.anchor.quote.left(12));
        io.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                      .arg(c.id)
                      .arg(c.state == CorrectionState::Applied ? tr("applied") : tr("no longer applies"),
                           what,
                           tr("page %1 (%2)").arg(c.pageId).arg(QDir::toNativeSeparators(c.sourcePath)));
    }
    io.out.flush();
    return Success;
}

int importsCommand(const QStringList &arguments, Io &io)
{
    LibraryCommandLine command(
        QStringLiteral("imports"),
        tr("List the imports of a library: when, what they were given, the pages they wrote and the pages "
           "still theirs (a later import that replaces a page takes it). 'kanbao-cli correct --import N' "
           "corrects the pages of one."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Output JSON."));
    command.parser.addOption(jsonOption);
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    if (!command.parser.positionalArguments().isEmpty())
        return command.usage(io, tr("no arguments expected"));
    Library library;
    if (!command.open(library, io, false))
        return LibraryFailed;
    CorrectionsStore store(library);
    const std::optional<QList<ImportRecord>> list = store.imports();
    if (!list) {
        reportError(io, command.name, store.errorString());
        return LibraryFailed;
    }
    if (command.parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ImportRecord &record : *list) {
            array.append(QJsonObject{
                {QStringLiteral("id"), record.id},
                {QStringLiteral("started"), record.startedAt.toString(Qt::ISODate)},
                {QStringLiteral("sources"), QJsonArray::fromStringList(record.sources)},
                {QStringLiteral("pagesWritten"), record.pagesWritten},
                {QStringLiteral("pages"), record.pages},
            });
        }
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("imports"), array}}).toJson());
        return Success;
    }
    if (list->isEmpty()) {
        io.out << tr("No imports recorded (pages imported before Kanbao recorded imports belong to none).")
               << Qt::endl;
        return Success;
    }
    for (const ImportRecord &record : *list) {
        QStringList sources;
        for (const QString &source : record.sources)
            sources.append(QDir::toNativeSeparators(source));
        io.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                      .arg(record.id)
                      .arg(record.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           QCoreApplication::translate("kanbao::cli", "%n page(s)", nullptr, record.pages) +
                               (record.pages != record.pagesWritten
                                    ? QStringLiteral(" ") + tr("(%1 written)").arg(record.pagesWritten)
                                    : QString()),
                           sources.join(QStringLiteral(", ")));
    }
    io.out.flush();
    return Success;
}

} // namespace kanbao::cli
