#include "notes/articlehighlighter.h"

#include "articleview.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace kanbao {

namespace {

// Marks our extra selections among the pane's own (search hits), so a redraw replaces only ours.
constexpr int AnnotationIdProperty = QTextFormat::UserProperty + 0x4b4e;

QString withoutSpaces(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            key.append(c);
    }
    return key;
}

} // namespace

ArticleHighlighter::ArticleHighlighter(ArticleView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ArticleHighlighter::refresh);
    if (!m_view)
        return;
    connect(m_view->document(), &QTextDocument::contentsChanged, this, [this] {
        invalidate();
        scheduleRefresh();
    });
    connect(m_view, &ArticleView::fontSizeChanged, this, &ArticleHighlighter::scheduleRefresh);
    connect(m_view, &QTextEdit::selectionChanged, this,
            [this] { Q_EMIT bodySelectionChanged(selectedSpan().has_value()); });
    m_view->viewport()->installEventFilter(this);
}

void ArticleHighlighter::invalidate()
{
    m_layoutDirty = true;
}

void ArticleHighlighter::scheduleRefresh()
{
    m_refreshTimer.start();
}

QVector<int> ArticleHighlighter::alignParagraph(const QString &p, const QString &b)
{
    // Rich text collapses every run of whitespace (U+3000 included) to one space and drops it at the
    // start of a block; everything else is shown as stored. Walk both, mapping each body character to
    // the block position that shows it (a collapsed run maps to its one space, or to where it was).
    QVector<int> map(p.size() + 1);
    int i = 0;
    int j = 0;
    const int pn = int(p.size());
    const int bn = int(b.size());
    while (i < pn) {
        if (p.at(i).isSpace()) {
            int runEnd = i;
            while (runEnd < pn && p.at(runEnd).isSpace())
                ++runEnd;
            for (int k = i; k < runEnd; ++k)
                map[k] = qMin(j, bn);
            while (j < bn && b.at(j).isSpace())
                ++j;
            i = runEnd;
        } else if (j < bn && b.at(j).isSpace()) {
            ++j; // the block has a space the body does not (should not happen; stay aligned anyway)
        } else {
            map[i] = qMin(j, bn);
            ++i;
            if (j < bn)
                ++j;
        }
    }
    map[pn] = qMin(j, bn);
    return map;
}

const ArticleHighlighter::Layout &ArticleHighlighter::layout() const
{
    if (!m_layoutDirty)
        return m_layout;
    m_layoutDirty = false;
    m_layout = Layout();
    if (!m_view || !m_view->article())
        return m_layout;

    // The body's paragraphs as the pane shows them: empty ones are not rendered.
    const QString &body = m_view->article()->body;
    struct Piece
    {
        int start;
        QString text;
    };
    QList<Piece> pieces;
    int start = 0;
    for (const QStringView part : QStringView(body).split(QLatin1Char('\n'))) {
        if (!part.isEmpty())
            pieces.append({start, part.toString()});
        start += int(part.size()) + 1;
    }
    m_layout.bodyLength = int(body.size());

    const QTextDocument *doc = m_view->document();
    QList<QTextBlock> blocks;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        blocks.append(block);
    const int n = int(blocks.size());
    const int count = int(pieces.size());
    if (count == 0 || n < count)
        return m_layout;

    // The body comes after the kicker, headline and metadata lines: the last run of blocks that matches
    // the paragraphs (ignoring whitespace) is it.
    QStringList keys;
    for (const Piece &piece : std::as_const(pieces))
        keys << withoutSpaces(piece.text);
    int first = -1;
    for (int s = n - count; s >= 0 && first < 0; --s) {
        bool match = true;
        for (int i = 0; i < count && match; ++i)
            match = withoutSpaces(blocks.at(s + i).text()) == keys.at(i);
        if (match)
            first = s;
    }
    m_layout.exact = first >= 0;
    if (first < 0) {
        // Trailing empty blocks would shift a blind guess: skip them first.
        int last = n - 1;
        while (last > 0 && blocks.at(last).text().isEmpty())
            --last;
        first = qMax(0, last - count + 1);
        if (first + count > n)
            return m_layout;
    }
    for (int i = 0; i < count; ++i) {
        Paragraph paragraph;
        paragraph.bodyStart = pieces.at(i).start;
        paragraph.length = int(pieces.at(i).text.size());
        paragraph.blockNumber = blocks.at(first + i).blockNumber();
        paragraph.map = alignParagraph(pieces.at(i).text, blocks.at(first + i).text());
        m_layout.paragraphs.append(paragraph);
    }
    m_layout.valid = true;
    return m_layout;
}

bool ArticleHighlighter::alignedExactly() const
{
    return layout().exact;
}

int ArticleHighlighter::documentPosition(int bodyOffset) const
{
    const Layout &l = layout();
    if (!l.valid)
        return -1;
    bodyOffset = qBound(0, bodyOffset, l.bodyLength);
    // The last paragraph that starts at or before the offset; an offset in a run of empty lines belongs
    // to the end of the paragraph before it.
    const Paragraph *p = &l.paragraphs.first();
    for (const Paragraph &candidate : l.paragraphs) {
        if (candidate.bodyStart > bodyOffset)
            break;
        p = &candidate;
    }
    const int inside = qBound(0, bodyOffset - p->bodyStart, p->length);
    const QTextBlock block = m_view->document()->findBlockByNumber(p->blockNumber);
    return block.position() + p->map.at(inside);
}

std::optional<int> ArticleHighlighter::bodyOffset(int position, bool end) const
{
    const Layout &l = layout();
    if (!l.valid)
        return std::nullopt;
    const QTextBlock block = m_view->document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const int number = block.blockNumber();
    if (number < l.paragraphs.first().blockNumber)
        return l.paragraphs.first().bodyStart;
    if (number > l.paragraphs.last().blockNumber)
        return l.paragraphs.last().bodyStart + l.paragraphs.last().length;
    for (const Paragraph &p : l.paragraphs) {
        if (p.blockNumber != number)
            continue;
        const int relative = position - block.position();
        if (end) {
            int i = p.length;
            while (i > 0 && p.map.at(i) > relative)
                --i;
            return p.bodyStart + i;
        }
        int i = 0;
        while (i < p.length && p.map.at(i) < relative)
            ++i;
        return p.bodyStart + i;
    }
    return std::nullopt;
}

std::optional<TextSpan> ArticleHighlighter::selectedSpan() const
{
    if (!m_view || !m_view->article())
        return std::nullopt;
    const QTextCursor cursor = m_view->textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    const std::optional<int> start = bodyOffset(cursor.selectionStart(), false);
    const std::optional<int> end = bodyOffset(cursor.selectionEnd(), true);
    if (!start || !end || *end <= *start)
        return std::nullopt;
    // A selection that ends at the start of a paragraph (a triple click) should not carry the line break.
    int e = *end;
    const QString &body = m_view->article()->body;
    while (e > *start && body.at(e - 1) == QLatin1Char('\n'))
        --e;
    int s = *start;
    while (s < e && body.at(s) == QLatin1Char('\n'))
        ++s;
    if (e <= s)
        return std::nullopt;
    return TextSpan{s, e};
}

QTextCursor ArticleHighlighter::cursorFor(TextSpan span) const
{
    const int a = documentPosition(span.start);
    const int b = documentPosition(span.end);
    if (a < 0 || b < 0)
        return QTextCursor();
    QTextCursor cursor(m_view->document());
    cursor.setPosition(a);
    cursor.setPosition(b, QTextCursor::KeepAnchor);
    return cursor;
}

bool ArticleHighlighter::selectSpan(TextSpan span)
{
    const QTextCursor cursor = cursorFor(span);
    if (cursor.isNull() || !cursor.hasSelection())
        return false;
    m_view->setTextCursor(cursor);
    m_view->ensureCursorVisible();
    return true;
}

void ArticleHighlighter::scrollTo(TextSpan span)
{
    QTextCursor cursor = cursorFor(span);
    if (cursor.isNull())
        return;
    cursor.setPosition(cursor.selectionStart());
    m_view->setTextCursor(cursor);
    // A third from the top, so the lines before it give the context.
    const QRect rect = m_view->cursorRect(cursor);
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - m_view->viewport()->height() / 3);
}

qint64 ArticleHighlighter::annotationAt(int position) const
{
    qint64 found = 0;
    int shortest = INT_MAX;
    for (const Annotation &a : m_annotations) {
        if (a.kind != AnnotationKind::Highlight || a.articleId != m_articleId || a.startOffset < 0)
            continue;
        const int from = documentPosition(a.startOffset);
        const int to = documentPosition(a.endOffset);
        if (from <= position && position < to && to - from < shortest) {
            shortest = to - from;
            found = a.id;
        }
    }
    return found;
}

void ArticleHighlighter::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    draw();
    emit annotationsChanged();
}

void ArticleHighlighter::setActiveAnnotation(qint64 id)
{
    if (m_active == id)
        return;
    m_active = id;
    draw();
}

void ArticleHighlighter::refresh()
{
    m_refreshTimer.stop();
    const qint64 shown = (m_view && m_view->article()) ? m_view->article()->id : 0;
    if (shown != m_articleId) {
        m_articleId = shown;
        m_active = 0;
        invalidate();
        Q_EMIT articleChanged(shown); // listeners hand in the new article's annotations
    }
    draw();
}

void ArticleHighlighter::draw()
{
    if (!m_view)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    const qint64 shown = m_view->article() ? m_view->article()->id : 0;
    // Longest first, so a short highlight inside a long one is painted on top and stays visible.
    QList<Annotation> ordered;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.kind == AnnotationKind::Highlight && a.articleId == shown && shown != 0 && a.startOffset >= 0
            && a.endOffset > a.startOffset)
            ordered.append(a);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Annotation &x, const Annotation &y) {
        return x.endOffset - x.startOffset > y.endOffset - y.startOffset;
    });
    for (const Annotation &a : std::as_const(ordered)) {
        const QTextCursor cursor = cursorFor({a.startOffset, a.endOffset});
        if (cursor.isNull() || !cursor.hasSelection())
            continue;
        QColor color = highlightColor(a.color);
        if (!color.isValid())
            color = highlightColor(QStringLiteral("yellow"));
        QTextCharFormat format;
        format.setProperty(AnnotationIdProperty, a.id);
        if (a.id == m_active) {
            format.setBackground(color.darker(125));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(color.darker(220));
        } else {
            format.setBackground(color);
            if (!a.note.isEmpty()) {
                // A highlight with a note says so, the way a pencilled line under the text would.
                format.setUnderlineStyle(QTextCharFormat::DotLine);
                format.setUnderlineColor(color.darker(200));
            }
        }
        if (!a.note.isEmpty())
            format.setToolTip(a.note);
        selections.append({cursor, format});
    }
    m_drawn = int(selections.size());
    for (const QTextEdit::ExtraSelection &other : m_view->extraSelections()) {
        if (!other.format.hasProperty(AnnotationIdProperty))
            selections.append(other); // the pane's search hits, painted over the highlights
    }
    m_view->setExtraSelections(selections);
}

bool ArticleHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_view || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ContextMenu: {
        auto *e = static_cast<QContextMenuEvent *>(event);
        const QPoint documentPoint =
            e->pos() + QPoint(m_view->horizontalScrollBar()->value(), m_view->verticalScrollBar()->value());
        QMenu *menu = m_view->createStandardContextMenu(documentPoint);
        const qint64 under = annotationAt(m_view->cursorForPosition(e->pos()).position());
        Q_EMIT contextMenuAboutToShow(menu, under);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(e->globalPos());
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && m_view->textCursor().hasSelection()) {
            if (const std::optional<TextSpan> span = selectedSpan())
                Q_EMIT selectionFinished(*span);
        } else if (e->button() == Qt::LeftButton) {
            const qint64 id = annotationAt(m_view->cursorForPosition(e->position().toPoint()).position());
            if (id)
                Q_EMIT annotationClicked(id);
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kanbao
