#include "formats/pdfformat.h"

#include "reconstruct/pdflayout.h"

#include <poppler-qt6.h>

#include <QFileInfo>

#include <algorithm>
#include <array>
#include <mutex>

namespace kanbao {

namespace {

// Poppler reports every oddity of a damaged file on stderr; the reader gets one clear error instead.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, {}); });
}

// A word runs down the page when its characters follow one another downwards (vertical headlines set
// with rotated glyphs); a single character cannot tell.
int wordRotation(const Poppler::TextBox &box)
{
    const qsizetype n = box.text().size();
    if (n < 2)
        return 0;
    const QRectF first = box.charBoundingBox(0);
    const QRectF last = box.charBoundingBox(int(n - 1));
    const double dx = last.center().x() - first.center().x();
    const double dy = last.center().y() - first.center().y();
    if (qAbs(dy) > qAbs(dx) * 2)
        return dy > 0 ? 90 : 270;
    if (dx < 0 && qAbs(dx) > qAbs(dy) * 2)
        return 180;
    return 0;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + qsizetype(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// The type size of a word: the extent across its writing direction.
double wordSize(const SourceWord &w)
{
    return (w.rotation == 90 || w.rotation == 270) ? w.box.width() : w.box.height();
}

void finishLine(SourceLine &line, QList<SourceLine> &out)
{
    if (line.words.isEmpty())
        return;
    std::vector<double> sizes;
    for (const SourceWord &w : std::as_const(line.words)) {
        line.box = line.box.isNull() ? w.box : line.box.united(w.box);
        for (qsizetype i = 0; i < w.text.size(); ++i)
            sizes.push_back(w.fontSize);
    }
    line.fontSize = median(sizes);
    line.rotation = line.words.constFirst().rotation;
    out.append(line);
    line = SourceLine();
}

// Poppler sometimes files the first words of a row with the row above, when a large glyph (a vertical
// headline set upright) stands beside both rows; cut apart by row, the pieces of one row are joined here
// again: horizontal pieces in one size on one row that touch (a narrower gap than any gutter). Only the
// next few lines are looked at: the pieces of a row come close together in poppler's order.
void joinSplitRows(QList<SourceLine> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (qsizetype j = i + 1; j < qMin(lines.size(), i + 4); ++j) {
            SourceLine &a = lines[i];
            const SourceLine &b = lines[j];
            if (a.rotation != 0 || b.rotation != 0 || a.words.isEmpty() || b.words.isEmpty())
                continue;
            const double size = qMax(1.0, qMax(a.fontSize, b.fontSize));
            const double rowOverlap = qMin(a.box.bottom(), b.box.bottom()) - qMax(a.box.top(), b.box.top());
            if (qAbs(a.fontSize - b.fontSize) > 0.15 * size
                || rowOverlap < 0.7 * qMin(a.box.height(), b.box.height()))
                continue;
            const bool bAfter = b.box.left() >= a.box.center().x();
            const QRectF &first = bAfter ? a.box : b.box;
            const QRectF &second = bAfter ? b.box : a.box;
            const double gap = second.left() - first.right();
            if (gap < -0.3 * size || gap > 0.75 * size)
                continue;
            SourceLine joined;
            const SourceLine *left = bAfter ? &a : &b;
            const SourceLine *right = bAfter ? &b : &a;
            for (const SourceLine *part : std::array<const SourceLine *, 2>{left, right}) {
                if (!joined.words.isEmpty() && gap > 0.15 * size)
                    joined.text += QLatin1Char(' ');
                joined.text += part->text;
                joined.words += part->words;
            }
            joined.box = a.box.united(b.box);
            joined.fontSize = a.fontSize;
            joined.rotation = 0;
            a = joined;
            lines.removeAt(j);
            j = i; // look again from the next line: the row may have a third piece
        }
    }
}

// Lines from poppler's words: poppler links the words of one line (nextWord); a line is also cut where the
// direction changes or a gap of two ems opens; narrower gaps between columns are told from the spaces of
// a byline by the layout (pdflayout.cpp), which knows where columns start.
QList<SourceLine> linesOf(const std::vector<std::unique_ptr<Poppler::TextBox>> &boxes)
{
    QList<SourceLine> lines;
    SourceLine line;
    const Poppler::TextBox *previous = nullptr;
    for (const auto &box : boxes) {
        SourceWord word;
        word.text = box->text();
        word.box = box->boundingBox();
        word.rotation = wordRotation(*box);
        word.fontSize = wordSize(word);
        if (word.text.trimmed().isEmpty() || word.box.isEmpty())
            continue;
        bool sameLine = previous && previous->nextWord() == box.get() && !line.words.isEmpty();
        if (sameLine) {
            const SourceWord &last = line.words.constLast();
            const double size = qMax(1.0, qMax(last.fontSize, word.fontSize));
            const double gap = word.rotation == 0 ? word.box.left() - last.box.right() : word.box.top() - last.box.bottom();
            const double rowOverlap = qMin(word.box.bottom(), last.box.bottom()) - qMax(word.box.top(), last.box.top());
            if (word.rotation != last.rotation || gap > size * 2 || gap < -size
                || qAbs(word.fontSize - last.fontSize) > size * 0.3
                || (word.rotation == 0 && rowOverlap < 0.5 * qMin(word.box.height(), last.box.height())))
                sameLine = false;
        }
        if (!sameLine)
            finishLine(line, lines);
        if (!line.words.isEmpty() && previous && previous->hasSpaceAfter())
            line.text += QLatin1Char(' ');
        line.text += word.text;
        line.words.append(word);
        previous = box.get();
    }
    finishLine(line, lines);
    joinSplitRows(lines);
    return lines;
}

} // namespace

QString PdfFormat::id() const
{
    return QStringLiteral("pdf");
}

QString PdfFormat::name() const
{
    return tr("PDF page");
}

QStringList PdfFormat::suffixes() const
{
    return {QStringLiteral("pdf")};
}

int PdfFormat::probe(const QString &path, const QByteArray &bytes) const
{
    // The header may follow a little junk (PDF readers accept it in the first kilobyte).
    if (bytes.left(1024).contains("%PDF-"))
        return Certain;
    // A damaged file named .pdf is still ours, so that the reader hears what is wrong with it as a PDF
    // rather than "binary data, not text".
    return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 ? 60 : 0;
}

bool PdfFormat::read(const QString &path, const QByteArray &bytes, SourceDocument *doc, QString *error) const
{
    return readPages(path, bytes, 0, -1, doc, error);
}

bool PdfFormat::readPage(const QString &path, const QByteArray &bytes, int index, SourceDocument *doc,
                         QString *error) const
{
    if (index < 0) {
        *error = tr("the PDF has no page %1").arg(index + 1);
        return false;
    }
    return readPages(path, bytes, index, index, doc, error);
}

bool PdfFormat::readPages(const QString &path, const QByteArray &bytes, int first, int last, SourceDocument *doc,
                          QString *error) const
{
    silencePoppler();
    if (!bytes.left(1024).contains("%PDF-")) {
        *error = tr("not a PDF file (no %PDF header)");
        return false;
    }
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) {
        *error = tr("the PDF is damaged: it cannot be opened");
        return false;
    }
    if (pdf->isLocked()) {
        *error = tr("the PDF is encrypted with a password; Kanbao cannot read it");
        return false;
    }
    const int count = pdf->numPages();
    if (count <= 0) {
        *error = tr("the PDF has no pages (it may be damaged)");
        return false;
    }
    if (first >= count) {
        *error = tr("the PDF has no page %1").arg(first + 1);
        return false;
    }
    doc->path = path;
    doc->format = id();
    doc->encoding.clear();
    doc->text.clear();
    doc->pages.clear();
    QStringList texts;
    for (int i = first; i < count && (last < 0 || i <= last); ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page) {
            *error = tr("page %1 of the PDF is damaged").arg(i + 1);
            return false;
        }
        SourcePage source;
        source.size = page->pageSizeF();
        // A page label the file states (A08); poppler makes up the page number when there is none.
        const QString label = page->label().trimmed();
        if (label != QString::number(i + 1))
            source.label = label;
        source.lines = linesOf(page->textList());
        source.hasTextLayer = !source.lines.isEmpty();
        QStringList lineTexts;
        for (const SourceLine &l : std::as_const(source.lines))
            lineTexts.append(l.text);
        texts.append(lineTexts.join(QLatin1Char('\n')));
        doc->pages.append(source);
    }
    // Pages separated by a form feed, as pdftotext does, for search previews and hashing.
    doc->text = texts.join(QStringLiteral("\n\f\n"));
    return true;
}

QList<Page> PdfFormat::reconstruct(const SourceDocument &doc) const
{
    return pdflayout::reconstruct(doc);
}

} // namespace kanbao
