#include "facsimile/facsimileview.h"

#include "formats/pageformats.h"
#include "formats/pageimage.h"

#include <QCache>
#include <QDateTime>
#include <QFileInfo>
#include <QMouseEvent>
#include <QMutex>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <QPromise>

#include <chrono>
#include <cstring>
#include <future>
#include <utility>

namespace kanbao {

namespace {

QString squash(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

// One box per printed character: poppler gives boxes per word, and a word of Chinese is a run of
// characters of one width, so the word's box is cut evenly (along its length: down for vertical text).
void appendWord(const QString &text, const QRectF &box, int rotation, QString *glyphs, QList<QRectF> *boxes)
{
    const QString chars = squash(text);
    const qsizetype n = chars.size();
    if (n == 0 || box.isEmpty())
        return;
    const bool vertical = rotation == 90 || rotation == 270 || (n > 1 && box.height() > box.width() * 1.5);
    for (qsizetype i = 0; i < n; ++i) {
        if (vertical)
            boxes->append(QRectF(box.x(), box.y() + box.height() * double(i) / double(n), box.width(),
                                 box.height() / double(n)));
        else
            boxes->append(QRectF(box.x() + box.width() * double(i) / double(n), box.y(), box.width() / double(n),
                                 box.height()));
    }
    glyphs->append(chars);
}

void collectGlyphs(const SourcePage &page, FacsimileView::Rendered *r)
{
    for (const QRectF &region : std::as_const(r->regions)) {
        QString glyphs;
        QList<QRectF> boxes;
        const QRectF area = region.adjusted(-2, -2, 2, 2);
        for (const SourceLine &line : page.lines) {
            if (line.words.isEmpty()) {
                if (area.contains(line.box.center()))
                    appendWord(line.text, line.box, line.rotation, &glyphs, &boxes);
                continue;
            }
            for (const SourceWord &word : line.words)
                if (area.contains(word.box.center()))
                    appendWord(word.text, word.box, word.rotation, &glyphs, &boxes);
        }
        r->glyphs << glyphs;
        r->glyphBoxes << boxes;
    }
}

// What a page holds, apart from its image: its article regions and each region's characters. It does not
// depend on the zoom, so it is read once per page (and file version) and kept; reading it means parsing the
// PDF's text and reconstructing the page, which costs about what the image does.
struct PageLayout
{
    QSizeF pageSize; // points; empty when the page could not be read
    QList<QRectF> regions;
    QStringList headlines;
    QStringList openings;
    QStringList glyphs;
    QList<QList<QRectF>> glyphBoxes;
};

PageLayout readLayout(const QString &path, int index)
{
    PageLayout layout;
    // The regions come from the reconstruction the import used, so they match the stored articles; only the
    // page shown is read (each page is reconstructed on its own), not every page of a file of many.
    SourceDocument source;
    QString error;
    if (!PageFormats::instance().readPage(path, index, &source, &error))
        return layout;
    const QList<Page> pages = PageFormats::instance().reconstruct(source);
    FacsimileView::Rendered r;
    if (!pages.isEmpty())
        for (const Article &a : pages.first().articles) {
            r.regions << a.region;
            r.headlines << a.headline;
            r.openings << a.paragraphs.value(0).left(40);
        }
    if (!source.pages.isEmpty()) {
        collectGlyphs(source.pages.first(), &r);
        layout.pageSize = source.pages.first().size;
    }
    layout.regions = r.regions;
    layout.headlines = r.headlines;
    layout.openings = r.openings;
    layout.glyphs = r.glyphs;
    layout.glyphBoxes = r.glyphBoxes;
    return layout;
}

// Layouts of the pages shown lately, shared by the render workers (a few dozen kilobytes each).
QMutex layoutMutex;
QCache<QString, PageLayout> layoutCache(32);

PageLayout cachedLayout(const QString &path, int index)
{
    const QFileInfo info(path);
    // The file's size and time are part of the key: a file changed on disk is read again.
    const QString key = QStringLiteral("%1#%2#%3#%4")
                            .arg(path)
                            .arg(index)
                            .arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch());
    {
        const QMutexLocker lock(&layoutMutex);
        if (const PageLayout *known = layoutCache.object(key))
            return *known;
    }
    PageLayout layout = readLayout(path, index);
    const QMutexLocker lock(&layoutMutex);
    layoutCache.insert(key, new PageLayout(layout));
    return layout;
}

struct RenderJob
{
    QString path;
    int index = 0;
    int width = 0;
    int threads = 1;
    QString headline;
    QString opening;
    int visibleTop = 0;    // the rows of the view on screen now
    int visibleHeight = 0; // 0: not known (the view is not on screen), the page is drawn in one go
    std::chrono::milliseconds quickDrawingAfter{-1};
};

// A screenful drawn first pays off only when the screen shows a good deal less than the page.
constexpr double ScreenfulFirstBelow = 0.75;
// Not yet drawn parts of a page shown screenful-first: a light grey, so blank paper is not taken for print.
constexpr QRgb NotYetDrawn = 0xffe8e8e8;

// Copies `rows` into `page` from row `top` on (the band may be a row shorter or longer than asked for).
void paste(QImage *page, const QImage &rows, int top)
{
    const QImage band = rows.format() == page->format() ? rows : rows.convertToFormat(page->format());
    const qsizetype bytes = qsizetype(qMin(page->width(), band.width())) * (page->depth() / 8);
    for (int y = 0; y < band.height() && top + y < page->height(); ++y)
        memcpy(page->scanLine(top + y), band.constScanLine(y), size_t(bytes));
}

// Draws a page for the view. The layout (regions, characters) comes first: it tells which article is
// highlighted, so where the view will scroll. When the view shows less than the page, those rows are
// drawn and handed over first, then the rest; on two cores a reader sees a ReportLab-style page (bold
// printed as filled and stroked outlines, slow in poppler) in about half the time of the whole image.
// Each stage draws in bands side by side, one per core (pageimage::renderPdfPage).
void renderPage(QPromise<FacsimileView::Rendered> &promise, const RenderJob &job)
{
    const PageLayout layout = cachedLayout(job.path, job.index);
    FacsimileView::Rendered r;
    r.regions = layout.regions;
    r.headlines = layout.headlines;
    r.openings = layout.openings;
    r.glyphs = layout.glyphs;
    r.glyphBoxes = layout.glyphBoxes;

    const int pageHeight = pageimage::pageHeightPx(layout.pageSize, job.width);
    int from = 0;
    int to = 0;
    if (job.visibleHeight > 0 && pageHeight > 0 && job.visibleHeight < pageHeight * ScreenfulFirstBelow) {
        const int region = pageimage::findArticle(layout.headlines, layout.openings, job.headline, job.opening);
        from = job.visibleTop;
        if (region >= 0) {
            const double scale = double(job.width) / layout.pageSize.width();
            const QRectF box = layout.regions.at(region);
            from = FacsimileView::scrollTarget(
                QRectF(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale), job.visibleTop,
                job.visibleHeight);
        }
        from = qBound(0, from, pageHeight - job.visibleHeight);
        to = from + job.visibleHeight;
    }
    if (to <= from) {
        pageimage::Rendered whole = pageimage::renderPdfPage(job.path, job.index, job.width, {}, job.threads);
        r.image = std::move(whole.image);
        r.pageSize = whole.pageSize;
        r.error = whole.error;
        promise.addResult(r);
        return;
    }
    // The rows in view, exactly; when that is slow, a quick drawing of the page is shown meanwhile.
    std::future<pageimage::Rendered> exact = std::async(std::launch::async, [&job, from, to] {
        return pageimage::renderPdfPageRows(job.path, job.index, job.width, from, to, job.threads);
    });
    QImage page;
    if (job.quickDrawingAfter.count() >= 0
        && exact.wait_for(job.quickDrawingAfter) == std::future_status::timeout) {
        pageimage::Rendered quick = pageimage::renderPdfPageQuick(job.path, job.index, job.width);
        if (quick.error.isEmpty() && quick.image.height() == pageHeight
            && exact.wait_for(std::chrono::seconds(0)) == std::future_status::timeout) {
            page = std::move(quick.image);
            r.image = page;
            r.pageSize = quick.pageSize;
            r.complete = false;
            promise.addResult(r);
        }
    }
    const pageimage::Rendered seen = exact.get();
    r.pageSize = seen.pageSize;
    r.error = seen.error;
    if (!r.error.isEmpty()) {
        r.image = QImage();
        promise.addResult(r);
        return;
    }
    if (page.isNull() || page.width() != seen.image.width()) {
        page = QImage(seen.image.width(), pageHeight, seen.image.format());
        page.fill(NotYetDrawn);
    }
    paste(&page, seen.image, from);
    r.image = page;
    r.complete = false;
    promise.addResult(r);
    for (const auto &[top, bottom] : {std::pair{0, from}, std::pair{to, pageHeight}}) {
        if (promise.isCanceled())
            return; // the view moved on to another page
        if (bottom <= top)
            continue;
        const pageimage::Rendered rest =
            pageimage::renderPdfPageRows(job.path, job.index, job.width, top, bottom, job.threads);
        if (!rest.error.isEmpty()) {
            r.error = rest.error;
            break;
        }
        paste(&page, rest.image, top);
    }
    r.image = page;
    r.complete = true;
    promise.addResult(r);
}

} // namespace

FacsimileView::FacsimileView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(100, 100);
    setMouseTracking(true);
    setCursor(Qt::OpenHandCursor);
    connect(&m_watcher, &QFutureWatcher<Rendered>::resultReadyAt, this, [this](int index) {
        // A page drawn in steps (a quick drawing, the rows in view): each is shown as it comes, the whole
        // image follows. Only the first step announces the page (the dock scrolls to the article once).
        if (m_pendingKey != cacheKey() || index != m_watcher.future().resultCount() - 1)
            return;
        const Rendered step = m_watcher.resultAt(index);
        if (!step.complete && step.error.isEmpty())
            adopt(step, !std::exchange(m_pendingShown, true));
    });
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &FacsimileView::onRenderFinished);
}

FacsimileView::~FacsimileView()
{
    // The render keeps running to its end on the pool; nothing of this widget is touched by it.
    m_watcher.disconnect();
}

void FacsimileView::onRenderFinished()
{
    const QFuture<Rendered> future = m_watcher.future();
    const bool shown = std::exchange(m_pendingShown, false);
    if (!future.isCanceled() && future.resultCount() > 0) {
        const Rendered result = future.resultAt(future.resultCount() - 1);
        if (result.complete || !result.error.isEmpty()) {
            m_cache.insert(m_pendingKey, new Rendered(result));
            if (m_pendingKey == cacheKey()) {
                // After the first rows were shown the view may have been scrolled: only the image changes.
                adopt(result, !shown);
                return;
            }
        }
    }
    request(); // the view moved on while this page was rendered
}

void FacsimileView::setRenderThreads(int threads)
{
    m_renderThreads = qMax(1, threads);
}

QString FacsimileView::cacheKey() const
{
    return QStringLiteral("%1#%2@%3").arg(m_path).arg(m_index).arg(width());
}

void FacsimileView::showPage(const QString &path, int index, const QString &headline, const QString &opening)
{
    const bool samePage = path == m_path && index == m_index && !m_current.image.isNull();
    m_path = path;
    m_index = index;
    m_headline = headline;
    m_opening = opening;
    m_message.clear();
    m_body.clear();
    m_marks.clear();
    if (samePage && m_width == width()) {
        adopt(m_current); // another article of the page shown: only the highlight moves
        return;
    }
    m_highlighted = -1; // the old page stands in until the new one is rendered, without a highlight
    m_markBoxes.clear();
    request();
}

void FacsimileView::clear(const QString &message)
{
    m_path.clear();
    m_current = Rendered();
    m_highlighted = -1;
    m_markBoxes.clear();
    m_message = message.isEmpty() ? tr("No page image for this article") : message;
    update();
}

void FacsimileView::setMarks(const QString &body, const QList<Mark> &marks)
{
    m_body = body;
    m_marks = marks;
    placeMarks();
    update();
}

void FacsimileView::request()
{
    if (m_path.isEmpty())
        return;
    const QString key = cacheKey();
    if (const Rendered *cached = m_cache.object(key)) {
        adopt(*cached);
        return;
    }
    if (m_watcher.isRunning()) {
        if (m_pendingKey != key)
            m_watcher.future().cancel(); // the rest of a page no longer shown is not drawn
        return; // finished() asks again for whatever is current then
    }
    m_pendingKey = key;
    m_pendingShown = false;
    RenderJob job;
    job.path = m_path;
    job.index = m_index;
    job.width = width();
    job.threads = m_renderThreads;
    job.headline = m_headline;
    job.opening = m_opening;
    job.quickDrawingAfter = m_quickDrawingAfter;
    // The part of the view on screen (inside a scroll area: the viewport's rows); hidden: none.
    const QRect visible = visibleRegion().boundingRect();
    if (!visible.isEmpty() && visible.height() < height()) {
        job.visibleTop = visible.top();
        job.visibleHeight = visible.height();
    }
    m_watcher.setFuture(QtConcurrent::run(renderPage, job));
    update();
}

void FacsimileView::adopt(const Rendered &result, bool announce)
{
    m_current = result;
    m_width = width();
    m_message = result.error;
    m_highlighted = pageimage::findArticle(result.headlines, result.openings, m_headline, m_opening);
    placeMarks();
    update();
    if (announce)
        emit rendered();
    if (result.complete)
        emit completed();
}

int FacsimileView::scrollTarget(const QRectF &regionPx, int visibleTop, int visibleHeight)
{
    // The region's top with a little of what stands above it (its rule, the kicker's air), and enough of it
    // below to read its first lines: when that is on screen, nothing moves.
    constexpr int Above = 40;
    constexpr int FirstLines = 80;
    const int top = int(regionPx.top());
    if (top - Above >= visibleTop && top + FirstLines <= visibleTop + visibleHeight)
        return visibleTop;
    return qMax(0, top - Above);
}

QRectF FacsimileView::highlightedRegion() const
{
    return m_highlighted >= 0 ? m_current.regions.value(m_highlighted) : QRectF();
}

QList<QRectF> FacsimileView::markBoxes() const
{
    QList<QRectF> boxes;
    for (const auto &[box, color] : m_markBoxes)
        boxes.append(box);
    return boxes;
}

QList<QRectF> FacsimileView::spanBoxes(const QString &glyphs, const QList<QRectF> &glyphBoxes, const QString &text,
                                       int start, int end)
{
    start = qBound(0, start, int(text.size()));
    end = qBound(start, end, int(text.size()));
    const QString wanted = squash(text.mid(start, end - start));
    if (wanted.isEmpty() || glyphs.size() != glyphBoxes.size())
        return {};
    // The same words may stand in the article more than once: take the occurrence with the same rank.
    const QString before = squash(text.left(start));
    const QString squashed = squash(text);
    int rank = 0;
    for (qsizetype at = squashed.indexOf(wanted); at >= 0 && at < before.size();
         at = squashed.indexOf(wanted, at + 1))
        ++rank;
    qsizetype found = -1;
    for (qsizetype at = glyphs.indexOf(wanted); at >= 0; at = glyphs.indexOf(wanted, at + 1)) {
        found = at;
        if (rank-- == 0)
            break;
    }
    if (found < 0)
        return {};
    QList<QRectF> boxes;
    for (qsizetype i = found; i < found + wanted.size(); ++i) {
        const QRectF &box = glyphBoxes.at(i);
        // Merge with the previous box when it is the same line (or column, for vertical text) and touches.
        if (!boxes.isEmpty()) {
            QRectF &last = boxes.last();
            const bool sameRow = qAbs(last.top() - box.top()) < box.height() * 0.5
                                 && box.left() - last.right() < box.width() * 0.6 && box.left() >= last.left();
            const bool sameColumn = qAbs(last.left() - box.left()) < box.width() * 0.5
                                    && box.top() - last.bottom() < box.height() * 0.6 && box.top() >= last.top();
            if (sameRow || sameColumn) {
                last = last.united(box);
                continue;
            }
        }
        boxes.append(box);
    }
    return boxes;
}

void FacsimileView::placeMarks()
{
    m_markBoxes.clear();
    if (m_highlighted < 0 || m_highlighted >= m_current.glyphs.size())
        return;
    const QString &glyphs = m_current.glyphs.at(m_highlighted);
    const QList<QRectF> &boxes = m_current.glyphBoxes.at(m_highlighted);
    // The headline is printed in the region too, usually first: a hit of the body is looked for after it,
    // a hit of the headline within it, or the body's first hit would land on the headline's same words.
    const QString headline = squash(m_headline);
    const qsizetype headlineAt = headline.isEmpty() ? -1 : glyphs.indexOf(headline);
    for (const Mark &mark : std::as_const(m_marks)) {
        qsizetype from = 0;
        qsizetype length = glyphs.size();
        if (headlineAt >= 0) {
            from = mark.inHeadline ? headlineAt : headlineAt + headline.size();
            length = mark.inHeadline ? headline.size() : glyphs.size() - from;
        }
        const QString &text = mark.inHeadline ? m_headline : m_body;
        for (const QRectF &box : spanBoxes(glyphs.mid(from, length), boxes.mid(from, length), text, mark.start,
                                           mark.end))
            m_markBoxes.append({box, mark.color});
    }
}

QRectF FacsimileView::toView(const QRectF &r) const
{
    if (m_current.pageSize.isEmpty() || m_current.image.isNull())
        return {};
    // The widget's width, not the image's: while a new zoom renders, the old image is drawn scaled.
    const double scale = double(width()) / m_current.pageSize.width();
    return QRectF(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale);
}

void FacsimileView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_current.image.isNull()) {
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   !m_message.isEmpty() ? m_message : isRendering() ? tr("Rendering the page…") : QString());
        return;
    }
    const QRectF target(0, 0, width(), double(width()) * m_current.image.height() / m_current.image.width());
    p.setRenderHint(QPainter::SmoothPixmapTransform, m_current.image.width() != width());
    p.drawImage(target, m_current.image);
    p.setRenderHint(QPainter::Antialiasing);
    // Marks first, under the outlines, in the reader's colours made translucent (multiply keeps the ink).
    p.save();
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    for (const auto &[box, color] : std::as_const(m_markBoxes)) {
        QColor fill = color;
        fill.setAlpha(170);
        p.fillRect(toView(box).adjusted(-1, -1, 1, 1), fill);
    }
    p.restore();
    for (qsizetype i = 0; i < m_current.regions.size(); ++i) {
        const QRectF r = toView(m_current.regions[i]).adjusted(-2, -2, 2, 2);
        if (i == m_highlighted) {
            p.fillRect(r, QColor(255, 200, 0, 45));
            p.setPen(QPen(QColor(230, 120, 0), 2.5));
        } else {
            p.setPen(QPen(QColor(40, 90, 200, 140), 1, Qt::DashLine));
        }
        p.drawRect(r);
    }
}

void FacsimileView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Rendered again at the new width (fit width, zoom); the old image stands in until then.
    if (!m_path.isEmpty() && width() != m_width)
        request();
}

int FacsimileView::regionAt(const QPointF &pos) const
{
    for (qsizetype i = 0; i < m_current.regions.size(); ++i)
        if (toView(m_current.regions[i]).contains(pos))
            return int(i);
    return -1;
}

void FacsimileView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->globalPosition().toPoint();
}

void FacsimileView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        const QPoint now = event->globalPosition().toPoint();
        if (!m_dragging && (now - m_pressPos).manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            emit panRequested(now - m_pressPos);
            m_pressPos = now;
        }
        return;
    }
    setCursor(regionAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

void FacsimileView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = m_pressed && !m_dragging && event->button() == Qt::LeftButton;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
    }
    if (!click)
        return;
    const int i = regionAt(event->position());
    if (i >= 0)
        emit articleClicked(m_current.headlines[i], m_current.openings[i]);
}

} // namespace kanbao
