#include "cli/cli.h"

#include "entities/entityextractor.h"
#include "import/pagefile.h"
#include "model/pagejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kanbao::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kanbao::cli", text);
}

void printReadable(const Page &page, Io &io)
{
    io.out << "=== " << page.source << " (" << page.encoding << ")";
    if (page.date.isValid())
        io.out << "  " << page.date.toString(Qt::ISODate);
    if (!page.label.isEmpty())
        io.out << "  " << page.label;
    if (!page.section.isEmpty())
        io.out << "  " << page.section;
    io.out << "\n\n";
    int n = 0;
    for (const Article &a : page.articles) {
        io.out << "[" << ++n << "] (" << articleKindName(a.kind) << ")";
        if (!a.kicker.isEmpty())
            io.out << " " << a.kicker << " /";
        io.out << " " << (a.headline.isEmpty() ? tr("(no headline)") : a.headline) << "\n";
        if (!a.subheadline.isEmpty())
            io.out << "    " << a.subheadline << "\n";
        const auto names = [&](const QString &label, const QStringList &list) {
            if (!list.isEmpty())
                io.out << "    " << label << ": " << list.join(QStringLiteral("、")) << "\n";
        };
        names(tr("Reporters"), a.reporters);
        names(tr("Correspondents"), a.correspondents);
        names(tr("Authors"), a.authors);
        names(tr("Photographers"), a.photographers);
        for (const QString &p : a.paragraphs)
            io.out << "    " << p << "\n";
        io.out << "\n";
    }
}

} // namespace

int reconstructCommand(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reconstruct the articles of newspaper page text files."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Page text files (UTF-8, UTF-16 or GB18030)."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        reportError(io, QStringLiteral("reconstruct"), parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << commandHelpText(parser, QStringLiteral("reconstruct"));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        reportError(io, QStringLiteral("reconstruct"), tr("no files given"));
        io.err << commandHelpText(parser, QStringLiteral("reconstruct"));
        return UsageError;
    }

    const EntityExtractor extractor;
    const bool json = parser.isSet(jsonOption);
    QJsonArray pages;
    int failed = 0;
    for (const QString &path : files) {
        const PageFile file = readPageFile(path, &extractor);
        if (!file.ok()) {
            reportError(io, path, file.error);
            ++failed;
            continue;
        }
        for (const Page &page : file.pages) {
            if (json)
                pages.append(pageToJson(page));
            else
                printReadable(page, io);
        }
    }
    if (json)
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("pages"), pages}}).toJson(QJsonDocument::Indented);
    return failed ? InputFailed : Success;
}

} // namespace kanbao::cli
