#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace kanbao {

// A PDF page as an image, and where its articles stand on it, for the page image beside the article and the
// crops in a notes export. Core code (QtGui only, no widgets): each call opens its own poppler document, so
// calls may run on worker threads side by side.
namespace pageimage {

struct Rendered
{
    QImage image;
    QSizeF pageSize; // in points
    QString error;   // names the file and the reason; empty on success
};

// Page `index` of the PDF at `path`, `widthPx` pixels wide for the whole page (the resolution follows from
// the page's width). With `clip` (in points, a part of the page) only that part is rendered, at the same
// resolution, so a crop costs what its pixels cost.
// `threads` > 1 draws that many horizontal bands of the image side by side, each from its own poppler
// document (one document cannot be drawn from two threads), and joins them: the same image, in about half
// the time on two cores, for a little more CPU (each band parses the page and rasterises its own glyphs).
// For a reader waiting on one page; work that already runs pages side by side (crops) gains nothing.
Rendered renderPdfPage(const QString &path, int index, int widthPx, const QRectF &clip = {}, int threads = 1);
// The pixel rows [from, to) of page `index` drawn `widthPx` pixels wide (as renderPdfPage draws the whole
// page): a reader's screenful first, the rest after it. Rows past the page's end are left out.
Rendered renderPdfPageRows(const QString &path, int index, int widthPx, int from, int to, int threads = 1);
// A quick drawing of the whole page for a first look while renderPdfPage draws it: poppler's QPainter backend,
// which draws the same page in a fraction of the time where Splash is slow (text printed as filled and stroked
// outlines, the bold of faces without a bold weight) but leaves such strokes out (that bold shows as regular).
Rendered renderPdfPageQuick(const QString &path, int index, int widthPx);
// The height in pixels renderPdfPage gives a page of `pageSize` points drawn `widthPx` wide.
int pageHeightPx(const QSizeF &pageSize, int widthPx);
// The part `clip` (in points) of page `index`, `pixelsPerPoint` pixels for each point of the page.
Rendered renderPdfRegion(const QString &path, int index, double pixelsPerPoint, const QRectF &clip);

// An article's place on a page, as the importer's reconstruction of the page found it.
struct ArticleRegion
{
    QRectF region; // in points
    QString headline;
    QString opening; // the start of the first paragraph
};

// The article regions of page `index` of a page file (empty for formats without geometry). Reads that page
// alone (PageFormats::readPage) and reconstructs it the way the importer did, so the regions match the stored
// articles.
QList<ArticleRegion> articleRegions(const QString &path, int index, QString *error = nullptr);

// Which region is the article with this headline, or else this opening (the first characters of its body):
// -1 when none is. Whitespace does not count (poppler's words and the stored text are spaced differently).
int findArticle(const QList<ArticleRegion> &regions, const QString &headline, const QString &opening);
// The same over the regions' headlines and openings side by side.
int findArticle(const QStringList &headlines, const QStringList &openings, const QString &headline,
                const QString &opening);

} // namespace pageimage
} // namespace kanbao
