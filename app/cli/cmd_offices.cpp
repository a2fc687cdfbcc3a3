#include "cli/cli.h"
#include "cli/librarycommandline.h"
#include "entities/entitystore.h"
#include "library/library.h"

#include <QBuffer>
#include <QCommandLineParser>
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

} // namespace

int officesCommand(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("offices");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "List who held which office in which organization, with the first and last date the papers state it, "
        "the number of mentions and the articles: one row per person, office and organization."));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           tr("The library file (default: %1).").arg(Library::defaultPath()),
                                           QStringLiteral("L"));
    const QCommandLineOption personOption(QStringLiteral("person"), tr("Only the offices of this person."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption organizationOption(QStringLiteral("organization"),
                                                tr("Only organizations whose name contains ORG."),
                                                QStringLiteral("ORG"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Print CSV instead of text."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOptions({libraryOption, personOption, organizationOption, csvOption, jsonOption});
    if (!parser.parse(arguments)) {
        reportError(io, name, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << commandHelpText(parser, QStringLiteral("offices"));
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
    OfficeFilter filter;
    filter.person = parser.value(personOption).trimmed();
    filter.organization = parser.value(organizationOption).trimmed();
    if ((parser.isSet(personOption) && filter.person.isEmpty()) ||
        (parser.isSet(organizationOption) && filter.organization.isEmpty())) {
        reportError(io, name, tr("--person and --organization need a name"));
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
    QList<OfficeTerm> terms = store.officeTerms(filter);
    if (!store.lastError().isEmpty()) {
        reportError(io, name, store.lastError());
        return LibraryFailed;
    }
    // Per organization: who held each office over time.
    if (!filter.organization.isEmpty() && filter.person.isEmpty()) {
        std::stable_sort(terms.begin(), terms.end(), [](const OfficeTerm &a, const OfficeTerm &b) {
            if (a.organization != b.organization)
                return a.organization < b.organization;
            if (a.office != b.office)
                return a.office < b.office;
            return a.first < b.first;
        });
    }

    if (parser.isSet(csvOption)) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        EntityStore::exportOfficeCsv(&buffer, terms);
        io.out << QString::fromUtf8(buffer.data());
        return Success;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const OfficeTerm &t : std::as_const(terms)) {
            QJsonArray ids;
            for (const qint64 id : t.articleIds)
                ids.append(id);
            array.append(
                QJsonObject{{QStringLiteral("person"), t.person},
                            {QStringLiteral("office"), t.office},
                            {QStringLiteral("organization"), t.organization},
                            {QStringLiteral("written"), QJsonArray::fromStringList(t.writtenOrganizations)},
                            {QStringLiteral("first"), dateOrNull(t.first)},
                            {QStringLiteral("last"), dateOrNull(t.last)},
                            {QStringLiteral("mentions"), t.mentions},
                            {QStringLiteral("articles"), ids}});
        }
        io.out
            << QJsonDocument(QJsonObject{{QStringLiteral("offices"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const OfficeTerm &t : std::as_const(terms)) {
        QStringList ids;
        for (const qint64 id : t.articleIds)
            ids << QString::number(id);
        io.out << t.person << "\t" << t.office << "\t" << t.organization << "\t"
               << t.first.toString(Qt::ISODate) << "\t" << t.last.toString(Qt::ISODate) << "\t" << t.mentions
               << "\t" << ids.join(u',') << "\n";
    }
    return Success;
}

} // namespace kanbao::cli
