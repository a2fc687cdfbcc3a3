#include "formats/pageformats.h"

#include "formats/pdfformat.h"
#include "formats/textformats.h"
#include "text/textdecoder.h"

#include <QFileInfo>

namespace kanbao {

PageFormats::PageFormats()
{
    // The one list of formats. Order breaks ties between equal probes.
    m_formats.push_back(std::make_unique<PdfFormat>());
    m_formats.push_back(std::make_unique<MarkdownFormat>());
    m_formats.push_back(std::make_unique<RawTextFormat>());
}

PageFormats::~PageFormats() = default;

const PageFormats &PageFormats::instance()
{
    static const PageFormats registry;
    return registry;
}

QList<const PageFormat *> PageFormats::formats() const
{
    QList<const PageFormat *> all;
    for (const auto &f : m_formats)
        all.append(f.get());
    return all;
}

const PageFormat *PageFormats::format(const QString &id) const
{
    for (const auto &f : m_formats)
        if (f->id() == id)
            return f.get();
    return nullptr;
}

QStringList PageFormats::suffixes() const
{
    QStringList all;
    for (const auto &f : m_formats)
        for (const QString &s : f->suffixes())
            if (!all.contains(s))
                all.append(s);
    return all;
}

QStringList PageFormats::nameFilters() const
{
    return PageFormat::nameFilters(suffixes());
}

bool PageFormats::isPageFileName(const QString &path) const
{
    return suffixes().contains(QFileInfo(path).suffix().toLower());
}

QString PageFormats::suffixText() const
{
    QStringList dotted;
    for (const QString &s : suffixes())
        dotted.append(QLatin1Char('.') + s);
    return dotted.join(QStringLiteral(", "));
}

QString PageFormats::fileDialogFilter() const
{
    QStringList patterns;
    for (const QString &s : suffixes())
        patterns.append(QStringLiteral("*.") + s);
    return tr("Page files (%1)").arg(patterns.join(QLatin1Char(' ')));
}

const PageFormat *PageFormats::detect(const QString &path, const QByteArray &bytes) const
{
    const PageFormat *best = nullptr;
    int bestScore = 0;
    for (const auto &f : m_formats) {
        const int score = f->probe(path, bytes);
        if (score > bestScore) {
            best = f.get();
            bestScore = score;
        }
        // Nothing beats a certain format (a later one could only tie, and ties go to the first); the text
        // formats' probes decode the whole file, which for a PDF cost a twentieth of its import.
        if (bestScore >= PageFormat::Certain)
            break;
    }
    return best;
}

bool PageFormats::read(const QString &path, SourceDocument *doc, QString *error) const
{
    QByteArray bytes;
    return TextDecoder::readBytes(path, &bytes, error) && read(path, bytes, doc, error);
}

bool PageFormats::read(const QString &path, const QByteArray &bytes, SourceDocument *doc, QString *error) const
{
    const PageFormat *f = detect(path, bytes);
    if (!f) {
        *error = tr("not a page file Kanbao can read");
        return false;
    }
    return f->read(path, bytes, doc, error);
}

bool PageFormats::readPage(const QString &path, int index, SourceDocument *doc, QString *error) const
{
    QByteArray bytes;
    if (!TextDecoder::readBytes(path, &bytes, error))
        return false;
    const PageFormat *f = detect(path, bytes);
    if (!f) {
        *error = tr("not a page file Kanbao can read");
        return false;
    }
    return f->readPage(path, bytes, index, doc, error);
}

SourceDocument PageFormats::fromText(const QString &input, const QString &path, const QString &encoding) const
{
    // Text from files is normalised by the decoder; text given in memory (previews, tests) is here, so
    // that no paragraph holds a line separator some readers break at and others do not.
    const QString text = TextDecoder::normaliseLineEndings(input);
    const PageFormat *f = detect(path, text.toUtf8());
    SourceDocument doc;
    doc.path = path;
    doc.format = f ? f->id() : m_formats.back()->id();
    doc.encoding = encoding;
    doc.text = text;
    doc.pages = {SourcePage::fromText(text)};
    return doc;
}

QList<Page> PageFormats::reconstruct(const SourceDocument &doc) const
{
    const PageFormat *f = format(doc.format);
    if (!f)
        return {};
    QList<Page> pages = f->reconstruct(doc);
    for (Page &page : pages) {
        page.source = doc.path;
        page.encoding = doc.encoding;
    }
    return pages;
}

} // namespace kanbao
