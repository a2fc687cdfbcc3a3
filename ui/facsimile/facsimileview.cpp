#include "facsimile/facsimileview.h"

#include "formats/pageformats.h"

#include <poppler-qt6.h>

#include <QMouseEvent>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

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

FacsimileView::Rendered renderPage(const QString &path, int index, int width)
{
    FacsimileView::Rendered r;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked()) {
        r.error = FacsimileView::tr("%1: the PDF cannot be opened").arg(path);
        return r;
    }
    const std::unique_ptr<Poppler::Page> page = doc->page(index);
    if (!page) {
        r.error = FacsimileView::tr("%1: the PDF has no page %2").arg(path).arg(index + 1);
        return r;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    r.pageSize = page->pageSizeF();
    const double dpi = 72.0 * qMax(100, width) / qMax(1.0, r.pageSize.width());
    r.image = page->renderToImage(dpi, dpi);
    // The regions come from the reconstruction the import used, so they match the stored articles.
    SourceDocument source;
    QString error;
    if (PageFormats::instance().read(path, &source, &error)) {
        const QList<Page> pages = PageFormats::instance().reconstruct(source);
        if (index < pages.size())
            for (const Article &a : pages[index].articles) {
                r.regions << a.region;
                r.headlines << a.headline;
                r.openings << a.paragraphs.value(0).left(40);
            }
    }
    return r;
}

} // namespace

FacsimileView::FacsimileView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumWidth(200);
    setMouseTracking(true);
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, [this] {
        const Rendered result = m_watcher.result();
        m_cache.insert(m_pendingKey, new Rendered(result));
        if (m_pendingKey == cacheKey())
            adopt(result);
        else
            request(); // the view moved on while this page was rendered
    });
}

FacsimileView::~FacsimileView()
{
    // The render keeps running to its end on the pool; nothing of this widget is touched by it.
    m_watcher.disconnect();
}

QString FacsimileView::cacheKey() const
{
    return QStringLiteral("%1#%2@%3").arg(m_path).arg(m_index).arg(width());
}

void FacsimileView::showPage(const QString &path, int index, const QString &headline, const QString &opening)
{
    m_path = path;
    m_index = index;
    m_headline = headline;
    m_opening = opening;
    m_message.clear();
    request();
}

void FacsimileView::clear(const QString &message)
{
    m_path.clear();
    m_current = Rendered();
    m_highlighted = -1;
    m_message = message.isEmpty() ? tr("No page image for this article") : message;
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
    if (m_watcher.isRunning())
        return; // finished() asks again for whatever is current then
    m_pendingKey = key;
    m_watcher.setFuture(QtConcurrent::run(renderPage, m_path, m_index, width()));
    update();
}

void FacsimileView::adopt(const Rendered &result)
{
    m_current = result;
    m_width = width();
    m_message = result.error;
    m_highlighted = -1;
    const QString headline = squash(m_headline);
    const QString opening = squash(m_opening).left(20);
    for (qsizetype i = 0; i < result.regions.size() && m_highlighted < 0; ++i) {
        if ((!headline.isEmpty() && squash(result.headlines[i]) == headline)
            || (!opening.isEmpty() && squash(result.openings[i]).startsWith(opening)))
            m_highlighted = int(i);
    }
    update();
    emit rendered();
}

QRectF FacsimileView::toView(const QRectF &r) const
{
    if (m_current.pageSize.isEmpty() || m_current.image.isNull())
        return {};
    const double scale = double(m_current.image.width()) / m_current.pageSize.width();
    return QRectF(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale);
}

void FacsimileView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_current.image.isNull()) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   !m_message.isEmpty() ? m_message : isRendering() ? tr("Rendering the page…") : QString());
        return;
    }
    p.drawImage(QPointF(0, 0), m_current.image);
    p.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < m_current.regions.size(); ++i) {
        const QRectF r = toView(m_current.regions[i]).adjusted(-2, -2, 2, 2);
        if (i == m_highlighted) {
            p.fillRect(r, QColor(255, 200, 0, 60));
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
    // Rendered again at the new width (fit width); the old image stands in until then.
    if (!m_path.isEmpty() && width() != m_width)
        request();
}

void FacsimileView::mousePressEvent(QMouseEvent *event)
{
    for (qsizetype i = 0; i < m_current.regions.size(); ++i)
        if (toView(m_current.regions[i]).contains(event->position())) {
            emit articleClicked(m_current.headlines[i], m_current.openings[i]);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace kanbao
