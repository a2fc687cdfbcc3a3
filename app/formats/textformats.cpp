#include "formats/textformats.h"

#include "reconstruct/markdownpage.h"
#include "reconstruct/rawlayout.h"
#include "text/textdecoder.h"

namespace kanbao {

QStringList TextPageFormat::suffixes() const
{
    return {QStringLiteral("txt"), QStringLiteral("md")};
}

bool TextPageFormat::read(const QString &path, const QByteArray &bytes, SourceDocument *doc, QString *error) const
{
    DecodedText decoded;
    if (!TextDecoder::decode(bytes, &decoded, error))
        return false;
    doc->path = path;
    doc->format = id();
    doc->encoding = decoded.encoding;
    if (const QString warning = decoded.warning(); !warning.isEmpty())
        doc->warnings.append(warning);
    doc->text = std::move(decoded.text);
    doc->pages = {SourcePage::fromText(doc->text)};
    return true;
}

QString RawTextFormat::id() const
{
    return QStringLiteral("text");
}

QString RawTextFormat::name() const
{
    return tr("Page text");
}

int RawTextFormat::probe(const QString &, const QByteArray &) const
{
    return 1; // anything: the decoder says why a file is not text
}

QList<Page> RawTextFormat::reconstruct(const SourceDocument &doc) const
{
    return rawlayout::reconstruct(doc.text);
}

QString MarkdownFormat::id() const
{
    return QStringLiteral("markdown");
}

QString MarkdownFormat::name() const
{
    return tr("Markdown page");
}

int MarkdownFormat::probe(const QString &, const QByteArray &bytes) const
{
    // Headings (#) and bold datelines (**本报) need one of these bytes in every encoding we read.
    if (!bytes.contains('#') && !bytes.contains('*'))
        return 0;
    DecodedText decoded;
    QString error;
    if (!TextDecoder::decode(bytes, &decoded, &error))
        return 0;
    return markdownpage::looksLikeMarkdown(decoded.text) ? 50 : 0;
}

QList<Page> MarkdownFormat::reconstruct(const SourceDocument &doc) const
{
    return markdownpage::reconstruct(doc.text);
}

} // namespace kanbao
