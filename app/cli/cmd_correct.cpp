// kanbao-cli correct / corrections: the reader's corrections of how a page was cut into articles and of where
// it stands (library/corrections.h).
#include "cli/cli.h"
#include "cli/librarycommandline.h"
#include "library/corrections.h"
#include "library/library.h"

#include <QCoreApplication>
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
           "  --page PAGE_ID date YYYY-MM-DD   the date of the page's issue"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        tr("Correct this page (paper, date) instead of an article."),
                                        QStringLiteral("PAGE_ID"));
    command.parser.addOption(pageOption);
    command.parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"),
                                         tr("The article (see 'kanbao-cli search')."),
                                         QStringLiteral("[ARTICLE_ID]"));
    command.parser.addPositionalArgument(
        QStringLiteral("CORRECTION"),
        tr("split-before, merge-next, merge-previous, headline, kicker, subheadline, line-as-headline, "
           "line-as-kicker, line-as-subheadline, byline, move-to-previous, move-to-next, not-article; with "
           "--page: paper, date."));
    command.parser.addPositionalArgument(
        QStringLiteral("TEXT"), tr("The phrase, headline, kicker, paper or date."), QStringLiteral("[TEXT]"));
    if (const int code = command.parse(arguments, io); code >= 0)
        return code;
    QStringList positional = command.parser.positionalArguments();
    const bool onPage = command.parser.isSet(pageOption);
    std::optional<qint64> target;
    if (onPage) {
        target = parseId(command.parser.value(pageOption));
        if (!target)
            return command.usage(io, tr("\"%1\" is not a page id").arg(command.parser.value(pageOption)));
    } else {
        if (positional.isEmpty())
            return command.usage(io, tr("an article id and a correction are needed"));
        target = parseId(positional.first());
        if (!target)
            return command.usage(io, tr("\"%1\" is not an article id").arg(positional.first()));
        positional.removeFirst();
    }
    if (positional.isEmpty())
        return command.usage(io, tr("which correction?"));
    const std::optional<CorrectionKind> kind = correctionKindFromName(positional.first());
    if (!kind)
        return command.usage(io, tr("\"%1\" is not a correction").arg(positional.first()));
    if (isPageCorrection(*kind) != onPage)
        return command.usage(
            io, onPage ? tr("%1 corrects an article, not a page (--page)").arg(positional.first())
                       : tr("%1 corrects a page: use --page PAGE_ID").arg(positional.first()));
    const qsizetype wanted = needsArgument(*kind) ? 2 : 1;
    if (positional.size() != wanted)
        return command.usage(io, needsArgument(*kind) ? tr("%1 needs one text").arg(positional.first())
                                                      : tr("%1 takes no text").arg(positional.first()));
    const QString argument = positional.value(1);

    Library library;
    if (!command.open(library, io, true))
        return LibraryFailed;
    CorrectionsStore store(library);
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

} // namespace kanbao::cli
