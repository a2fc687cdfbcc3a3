#pragma once

#include <QCache>
#include <QColor>
#include <QFutureWatcher>
#include <QImage>
#include <QPoint>
#include <QRectF>
#include <QStringList>
#include <QThread>
#include <QWidget>

#include <chrono>

namespace kanbao {

// The printed page beside the article: a PDF page rendered with poppler off the GUI thread at the
// view's width and cached, the page's article regions outlined (from the same reconstruction the import
// used), the current article's region highlighted, and marks (search hits, the reader's highlights) drawn
// over the characters they cover. A click on a region asks for that article; a drag pans (panRequested).
// The view is as large as the image: put it in a scroll area and size it for the zoom (FacsimilePane).
class FacsimileView : public QWidget
{
    Q_OBJECT

public:
    // QSettings key of the view's visibility (the main window's toggle).
    static constexpr const char *VisibleKey = "view/facsimile";

    // A span of the current article's text to mark on the image: UTF-16 [start, end) of its body
    // (paragraphs joined by '\n', as the library stores it) or, with `inHeadline`, of its headline.
    struct Mark
    {
        int start = 0;
        int end = 0;
        QColor color;
        bool inHeadline = false;
    };

    explicit FacsimileView(QWidget *parent = nullptr);
    ~FacsimileView() override;

    // Page `index` (0-based) of the PDF at `path`; the article whose headline (or, without one, whose
    // opening words) match is highlighted.
    void showPage(const QString &path, int index, const QString &headline, const QString &opening = {});
    void clear(const QString &message = {});
    // Marks over the highlighted article's characters; `body` is the article's body they refer to.
    void setMarks(const QString &body, const QList<Mark> &marks);

    // How many bands of a page are drawn side by side (pageimage::renderPdfPage); default: one per core.
    void setRenderThreads(int threads);
    int renderThreads() const { return m_renderThreads; }
    // How long the exact drawing of the rows in view may take before a quick drawing of the page is shown
    // meanwhile (pageimage::renderPdfPageQuick); negative: never.
    void setQuickDrawingAfter(std::chrono::milliseconds wait) { m_quickDrawingAfter = wait; }

    bool isRendering() const { return m_watcher.isRunning(); }
    // Whether the image shown is the whole page (false while the rest of a page shown screenful-first is drawn).
    bool isComplete() const { return m_current.complete; }
    QImage image() const { return m_current.image; }
    QString message() const { return m_message; }
    qsizetype regionCount() const { return m_current.regions.size(); }
    QList<QRectF> regions() const { return m_current.regions; } // in points, in the page's reading order
    int highlighted() const { return m_highlighted; }
    QRectF highlightedRegion() const; // in points; empty when none
    // Where the marks landed, in points on the page (one box per run of characters on a line).
    QList<QRectF> markBoxes() const;
    // The printed page's size in points; empty until the first render of a page.
    QSizeF pageSize() const { return m_current.pageSize; }
    QString path() const { return m_path; }
    QSize sizeHint() const override { return {420, 600}; }

    // Where the characters of `text` (squashed of white space, searched in the region's `glyphs`, one box
    // each) were printed: the occurrence that corresponds to [start, end) of `text`, counted in order. Boxes
    // of neighbouring characters on one line are merged. Empty when the span is not found on the page.
    // Where a scroll area showing the page scrolls (its vertical value, in pixels of the image) to bring a
    // region (pixels) into view when `visibleHeight` rows from `visibleTop` are on screen: nowhere when its
    // top is in view already, else to just above it. The renderer draws those rows first, so one rule serves both.
    static int scrollTarget(const QRectF &regionPx, int visibleTop, int visibleHeight);

    static QList<QRectF> spanBoxes(const QString &glyphs, const QList<QRectF> &glyphBoxes, const QString &text,
                                   int start, int end);

    // What one render produced; public for the worker function.
    struct Rendered
    {
        QImage image;
        QSizeF pageSize; // points
        QList<QRectF> regions;
        QStringList headlines;
        QStringList openings;
        // Per region: its printed characters (white space left out) in the order of the file, and where each is.
        QStringList glyphs;
        QList<QList<QRectF>> glyphBoxes;
        QString error;
        // False for the first of a page drawn in two goes: the rows a reader sees first are drawn, the rest
        // of the image is blank until the whole page follows.
        bool complete = true;
    };

signals:
    void articleClicked(const QString &headline, const QString &opening);
    // A new page (or zoom) is on screen: the rows in view at least, its regions and highlight.
    void rendered();
    // The whole image of the page shown is drawn (right after rendered() when it was drawn in one go).
    void completed();
    // A drag moved the page by `delta` pixels: the scroll area scrolls the other way.
    void panRequested(const QPoint &delta);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void request();
    void adopt(const Rendered &result, bool announce = true);
    void onRenderFinished();
    void placeMarks();
    int regionAt(const QPointF &pos) const;
    QRectF toView(const QRectF &pageRect) const;
    QString cacheKey() const;

    QString m_path;
    int m_index = 0;
    QString m_headline;
    QString m_opening;
    QString m_message;
    Rendered m_current;
    int m_highlighted = -1;
    int m_width = 0; // width the current image was rendered for
    QString m_body;
    QList<Mark> m_marks;
    QList<QPair<QRectF, QColor>> m_markBoxes; // points
    int m_renderThreads = qMax(1, QThread::idealThreadCount());
    // Most pages are drawn exactly within it and never show the quick drawing; a page of text printed as
    // filled and stroked outlines (the bold of a face without a bold weight) takes Splash several times as
    // long, and the quick drawing (about 60 ms for a broadsheet page at 1600 px) shows it meanwhile.
    std::chrono::milliseconds m_quickDrawingAfter{60};
    QCache<QString, Rendered> m_cache{8};
    QFutureWatcher<Rendered> m_watcher;
    QString m_pendingKey;
    bool m_pendingShown = false; // the pending render's first rows are on screen
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace kanbao
