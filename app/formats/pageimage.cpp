#include "formats/pageimage.h"

#include "formats/pageformats.h"

#include <poppler-qt6.h>

#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace kanbao::pageimage {

namespace {

QString squash(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

std::unique_ptr<Poppler::Document> openForDrawing(const QString &path, bool quick = false)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked())
        return nullptr;
    if (quick)
        doc->setRenderBackend(Poppler::Document::QPainterBackend);
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    return doc;
}

// The whole page's height in pixels at `scale` as poppler rounds it (SplashOutputDev::startPage).
int pixelHeight(const QSizeF &pageSize, double scale)
{
    return int(pageSize.height() * scale + 0.5);
}

// The pixels `area` of the page drawn at `dpi`, from a document of its own (runs on a band's thread).
QImage drawBand(const QString &path, int index, double dpi, const QRect &area)
{
    const std::unique_ptr<Poppler::Document> doc = openForDrawing(path);
    const std::unique_ptr<Poppler::Page> page = doc ? doc->page(index) : nullptr;
    return page ? page->renderToImage(dpi, dpi, area.x(), area.y(), area.width(), area.height()) : QImage();
}

// `area` (pixels at `dpi`) in `threads` horizontal bands drawn side by side, joined into one image. `first`
// draws the first band on this thread. Poppler may make a band a row taller or shorter than asked
// (rounding its page box): each band is put where it was asked for, and a missing last row repeats the one
// above it.
QImage drawInBands(Poppler::Page &first, const QString &path, int index, double dpi, const QRect &area, int threads)
{
    std::vector<QRect> bands;
    for (int i = 0; i < threads; ++i) {
        const int top = area.top() + int(qint64(area.height()) * i / threads);
        const int bottom = area.top() + int(qint64(area.height()) * (i + 1) / threads);
        bands.emplace_back(area.left(), top, area.width(), bottom - top);
    }
    std::vector<QImage> images(bands.size());
    std::vector<std::thread> others;
    for (size_t i = 1; i < bands.size(); ++i)
        others.emplace_back([&, i] { images[i] = drawBand(path, index, dpi, bands[i]); });
    images[0] = first.renderToImage(dpi, dpi, bands[0].x(), bands[0].y(), bands[0].width(), bands[0].height());
    for (std::thread &t : others)
        t.join();
    for (QImage &image : images) {
        if (image.isNull() || image.width() < area.width())
            return {}; // the caller draws the page in one piece instead
        if (image.format() != images[0].format())
            image.convertTo(images[0].format());
    }
    QImage joined(area.width(), area.height(), images[0].format());
    const qsizetype rowBytes = qsizetype(area.width()) * (joined.depth() / 8);
    for (size_t i = 0; i < bands.size(); ++i) {
        const QImage &band = images[i];
        for (int y = 0; y < bands[i].height(); ++y)
            memcpy(joined.scanLine(bands[i].y() - area.y() + y), band.constScanLine(qMin(y, band.height() - 1)),
                   size_t(rowBytes));
    }
    return joined;
}

// Either `widthPx` (the whole page's width in pixels) or `pixelsPerPoint` sets the resolution. The part drawn:
// `clip` (points) when not empty, else the pixel rows [rowsFrom, rowsTo) when rowsTo > rowsFrom, else the page.
Rendered render(const QString &path, int index, int widthPx, double pixelsPerPoint, const QRectF &clip, int threads,
                int rowsFrom = 0, int rowsTo = 0, bool quick = false)
{
    Rendered r;
    const std::unique_ptr<Poppler::Document> doc = openForDrawing(path, quick);
    if (!doc) {
        r.error = QCoreApplication::translate("kanbao::pageimage", "%1: the PDF cannot be opened").arg(path);
        return r;
    }
    const std::unique_ptr<Poppler::Page> page = doc->page(index);
    if (!page) {
        r.error = QCoreApplication::translate("kanbao::pageimage", "%1: the PDF has no page %2").arg(path).arg(index + 1);
        return r;
    }
    r.pageSize = page->pageSizeF();
    const double dpi = pixelsPerPoint > 0 ? 72.0 * pixelsPerPoint
                                          : 72.0 * qMax(16, widthPx) / qMax(1.0, r.pageSize.width());
    const double scale = dpi / 72.0;
    QRect area;
    if (!clip.isEmpty()) {
        const QRectF points = clip.intersected(QRectF(QPointF(0, 0), r.pageSize));
        area = QRect(int(points.x() * scale), int(points.y() * scale), qMax(1, int(points.width() * scale)),
                     qMax(1, int(points.height() * scale)));
    } else if (rowsTo > rowsFrom) {
        const int pageHeight = pixelHeight(r.pageSize, scale);
        const int top = qBound(0, rowsFrom, pageHeight - 1);
        area = QRect(0, top, int(r.pageSize.width() * scale + 0.5), qMax(1, qMin(rowsTo, pageHeight) - top));
    }
    const int height = area.isEmpty() ? pixelHeight(r.pageSize, scale) : area.height();
    // Bands of at least a few hundred rows: below that a band's own parsing costs more than it saves.
    threads = qBound(1, qMin(threads, height / 256), 8);
    if (threads > 1) {
        if (area.isEmpty())
            area = QRect(0, 0, int(r.pageSize.width() * scale + 0.5), height);
        r.image = drawInBands(*page, path, index, dpi, area, threads);
        // A band that could not be drawn (its own opening of the file failed): one piece, as without bands.
        if (r.image.isNull() && clip.isEmpty() && rowsTo <= rowsFrom)
            r.image = page->renderToImage(dpi, dpi);
        else if (r.image.isNull())
            r.image = page->renderToImage(dpi, dpi, area.x(), area.y(), area.width(), area.height());
    } else if (area.isEmpty()) {
        r.image = page->renderToImage(dpi, dpi);
    } else {
        r.image = page->renderToImage(dpi, dpi, area.x(), area.y(), area.width(), area.height());
    }
    if (r.image.isNull())
        r.error = QCoreApplication::translate("kanbao::pageimage", "%1: page %2 of the PDF could not be drawn")
                      .arg(path)
                      .arg(index + 1);
    return r;
}

} // namespace

Rendered renderPdfPage(const QString &path, int index, int widthPx, const QRectF &clip, int threads)
{
    return render(path, index, widthPx, 0, clip, threads);
}

Rendered renderPdfPageRows(const QString &path, int index, int widthPx, int from, int to, int threads)
{
    return render(path, index, widthPx, 0, {}, threads, from, qMax(from + 1, to));
}

Rendered renderPdfPageQuick(const QString &path, int index, int widthPx)
{
    return render(path, index, widthPx, 0, {}, 1, 0, 0, true);
}

int pageHeightPx(const QSizeF &pageSize, int widthPx)
{
    // Computed as render() does, so the two agree to the last bit.
    const double dpi = 72.0 * qMax(16, widthPx) / qMax(1.0, pageSize.width());
    return pageSize.isEmpty() ? 0 : pixelHeight(pageSize, dpi / 72.0);
}

Rendered renderPdfRegion(const QString &path, int index, double pixelsPerPoint, const QRectF &clip)
{
    return render(path, index, 0, pixelsPerPoint, clip, 1);
}

QList<ArticleRegion> articleRegions(const QString &path, int index, QString *error)
{
    QList<ArticleRegion> regions;
    SourceDocument source;
    QString readError;
    if (!PageFormats::instance().readPage(path, index, &source, &readError)) {
        if (error)
            *error = readError;
        return regions;
    }
    const QList<Page> pages = PageFormats::instance().reconstruct(source);
    if (pages.isEmpty())
        return regions;
    for (const Article &a : pages.first().articles)
        regions.append({a.region, a.headline, a.paragraphs.value(0).left(40)});
    return regions;
}

int findArticle(const QStringList &headlines, const QStringList &openings, const QString &headline,
                const QString &opening)
{
    const QString wantedHeadline = squash(headline);
    const QString wantedOpening = squash(opening).left(20);
    for (qsizetype i = 0; i < headlines.size() && i < openings.size(); ++i) {
        if ((!wantedHeadline.isEmpty() && squash(headlines[i]) == wantedHeadline)
            || (!wantedOpening.isEmpty() && squash(openings[i]).startsWith(wantedOpening)))
            return int(i);
    }
    return -1;
}

int findArticle(const QList<ArticleRegion> &regions, const QString &headline, const QString &opening)
{
    QStringList headlines;
    QStringList openings;
    for (const ArticleRegion &region : regions) {
        headlines << region.headline;
        openings << region.opening;
    }
    return findArticle(headlines, openings, headline, opening);
}

} // namespace kanbao::pageimage
