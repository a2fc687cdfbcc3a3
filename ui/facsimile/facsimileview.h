#pragma once

#include <QCache>
#include <QFutureWatcher>
#include <QImage>
#include <QRectF>
#include <QStringList>
#include <QWidget>

namespace kanbao {

// The printed page beside the article: a PDF page rendered with poppler off the GUI thread at the
// view's width and cached, the page's article regions outlined (from the same reconstruction the import
// used), the current article's region highlighted. A click on a region asks for that article.
class FacsimileView : public QWidget
{
    Q_OBJECT

public:
    // QSettings key of the view's visibility (the main window's toggle).
    static constexpr const char *VisibleKey = "view/facsimile";

    explicit FacsimileView(QWidget *parent = nullptr);
    ~FacsimileView() override;

    // Page `index` (0-based) of the PDF at `path`; the article whose headline (or, without one, whose
    // opening words) match is highlighted.
    void showPage(const QString &path, int index, const QString &headline, const QString &opening = {});
    void clear(const QString &message = {});

    bool isRendering() const { return m_watcher.isRunning(); }
    QString message() const { return m_message; }
    qsizetype regionCount() const { return m_current.regions.size(); }
    int highlighted() const { return m_highlighted; }
    QSize sizeHint() const override { return {420, 600}; }

    // What one render produced; public for the worker function.
    struct Rendered
    {
        QImage image;
        QSizeF pageSize; // points
        QList<QRectF> regions;
        QStringList headlines;
        QStringList openings;
        QString error;
    };

signals:
    void articleClicked(const QString &headline, const QString &opening);
    void rendered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void request();
    void adopt(const Rendered &result);
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
    QCache<QString, Rendered> m_cache{8};
    QFutureWatcher<Rendered> m_watcher;
    QString m_pendingKey;
};

} // namespace kanbao
