#pragma once

#include "text/anchor.h"
#include "notes/notestypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <optional>

class QMenu;
class QTextCursor;

namespace kanbao {

class ArticleView;

// Puts the annotations on the article pane without owning it. Annotations store UTF-16 offsets into
// articles.body (paragraphs joined by '\n'); the pane shows each paragraph as a block of rich text, where
// HTML has collapsed runs of whitespace and dropped empty paragraphs. The highlighter aligns the body
// with the blocks character by character, so it maps both ways (a selection to a body span, a stored
// span to the pane) and draws highlights as extra selections next to the pane's own search hits. It
// notices re-rendering (another article, another font size) by itself and redraws.
class ArticleHighlighter : public QObject
{
    Q_OBJECT

public:
    explicit ArticleHighlighter(ArticleView *view, QObject *parent = nullptr);

    ArticleView *view() const { return m_view; }
    qint64 articleId() const { return m_articleId; } // the article the pane shows; 0 when none

    // The annotations of the shown article (others are ignored); redraws at once.
    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    // Drawn in a deeper shade, so the one chosen in a list stands out in the text. 0: none.
    void setActiveAnnotation(qint64 id);
    qint64 activeAnnotation() const { return m_active; }
    int drawnCount() const { return m_drawn; }

    // The pane's selection as a span of the body, clipped to the body; nullopt when it holds no body text.
    std::optional<TextSpan> selectedSpan() const;
    // Where a body offset is in the pane's document; -1 when no article is shown.
    int documentPosition(int bodyOffset) const;
    // The body offset at a document position. `end` chooses, among offsets the pane shows at one place
    // (collapsed whitespace), the last one. Positions before the body give its start, after it its end.
    std::optional<int> bodyOffset(int documentPosition, bool end = false) const;
    // The annotation drawn at a document position (the innermost when they overlap); 0 when none.
    qint64 annotationAt(int documentPosition) const;

    bool selectSpan(TextSpan span);   // selects it in the pane, scrolled into view
    void scrollTo(TextSpan span);     // brings it into view (a third from the top) without selecting

    // Whether the pane's blocks matched the body exactly (false: drawn by best effort).
    bool alignedExactly() const;

public Q_SLOTS:
    // Redraws now (normally done on the next turn of the event loop after the pane re-renders).
    void refresh();

Q_SIGNALS:
    void articleChanged(qint64 articleId);
    void annotationsChanged(); // setAnnotations() was called (the page image marks them too)
    void annotationClicked(qint64 annotationId);
    void bodySelectionChanged(bool hasBodySelection);
    // The mouse let go of a selection that holds body text (where a reader expects the color choice).
    void selectionFinished(TextSpan span);
    // Before the pane's context menu is shown: add actions to `menu`. `annotationId` is the highlight
    // under the mouse, 0 if none.
    void contextMenuAboutToShow(QMenu *menu, qint64 annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Paragraph
    {
        int bodyStart = 0;   // offset of its first character in the body
        int length = 0;      // in the body
        int blockNumber = 0; // the document block that shows it
        QVector<int> map;    // body offset - bodyStart -> position in the block; length + 1 entries
    };
    struct Layout
    {
        bool valid = false;
        bool exact = false;
        int bodyLength = 0;
        QList<Paragraph> paragraphs;
    };

    const Layout &layout() const;
    void invalidate();
    void scheduleRefresh();
    void draw();
    QTextCursor cursorFor(TextSpan span) const;
    static QVector<int> alignParagraph(const QString &paragraph, const QString &blockText);

    QPointer<ArticleView> m_view;
    QList<Annotation> m_annotations;
    qint64 m_active = 0;
    qint64 m_articleId = 0;
    int m_drawn = 0;
    mutable Layout m_layout;
    mutable bool m_layoutDirty = true;
    QTimer m_refreshTimer;
};

} // namespace kanbao
