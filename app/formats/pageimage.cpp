#include "formats/pageimage.h"

#include "formats/pageformats.h"

#include <poppler-qt6.h>

#include <memory>

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

// Either `widthPx` (the whole page's width in pixels) or `pixelsPerPoint` sets the resolution.
Rendered render(const QString &path, int index, int widthPx, double pixelsPerPoint, const QRectF &clip)
{
    Rendered r;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked()) {
        r.error = QCoreApplication::translate("kanbao::pageimage", "%1: the PDF cannot be opened").arg(path);
        return r;
    }
    const std::unique_ptr<Poppler::Page> page = doc->page(index);
    if (!page) {
        r.error = QCoreApplication::translate("kanbao::pageimage", "%1: the PDF has no page %2").arg(path).arg(index + 1);
        return r;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    r.pageSize = page->pageSizeF();
    const double dpi = pixelsPerPoint > 0 ? 72.0 * pixelsPerPoint
                                          : 72.0 * qMax(16, widthPx) / qMax(1.0, r.pageSize.width());
    if (clip.isEmpty()) {
        r.image = page->renderToImage(dpi, dpi);
    } else {
        const QRectF area = clip.intersected(QRectF(QPointF(0, 0), r.pageSize));
        const double scale = dpi / 72.0;
        r.image = page->renderToImage(dpi, dpi, int(area.x() * scale), int(area.y() * scale),
                                      qMax(1, int(area.width() * scale)), qMax(1, int(area.height() * scale)));
    }
    if (r.image.isNull())
        r.error = QCoreApplication::translate("kanbao::pageimage", "%1: page %2 of the PDF could not be drawn")
                      .arg(path)
                      .arg(index + 1);
    return r;
}

} // namespace

Rendered renderPdfPage(const QString &path, int index, int widthPx, const QRectF &clip)
{
    return render(path, index, widthPx, 0, clip);
}

Rendered renderPdfRegion(const QString &path, int index, double pixelsPerPoint, const QRectF &clip)
{
    return render(path, index, 0, pixelsPerPoint, clip);
}

QList<ArticleRegion> articleRegions(const QString &path, int index, QString *error)
{
    QList<ArticleRegion> regions;
    SourceDocument source;
    QString readError;
    if (!PageFormats::instance().read(path, &source, &readError)) {
        if (error)
            *error = readError;
        return regions;
    }
    const QList<Page> pages = PageFormats::instance().reconstruct(source);
    if (index < 0 || index >= pages.size())
        return regions;
    for (const Article &a : pages[index].articles)
        regions.append({a.region, a.headline, a.paragraphs.value(0).left(40)});
    return regions;
}

int findArticle(const QList<ArticleRegion> &regions, const QString &headline, const QString &opening)
{
    const QString wantedHeadline = squash(headline);
    const QString wantedOpening = squash(opening).left(20);
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if ((!wantedHeadline.isEmpty() && squash(regions[i].headline) == wantedHeadline)
            || (!wantedOpening.isEmpty() && squash(regions[i].opening).startsWith(wantedOpening)))
            return int(i);
    }
    return -1;
}

} // namespace kanbao::pageimage
