#include "articleview.h"

#include <QFontDatabase>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollBar>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace kanbao {

namespace {

// Chinese text takes full-width punctuation: names listed with 、, parts separated with ，, a citation
// introduced with ——. The UI language sets QLocale's default (Language::apply).
bool chinesePunctuation()
{
    return QLocale().language() == QLocale::Chinese;
}

QString partSeparator()
{
    return chinesePunctuation() ? QStringLiteral("，") : QStringLiteral(", ");
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse);
    clearArticle();
}

QString ArticleView::readingFontFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate : {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                                         QStringLiteral("Noto Serif SC"), QStringLiteral("AR PL UMing CN")}) {
            if (families.contains(candidate))
                return candidate;
        }
        return QStringLiteral("serif");
    }();
    return family;
}

void ArticleView::setFontSize(int points)
{
    points = qBound(MinFontSize, points, MaxFontSize);
    if (points == m_fontSize)
        return;
    m_fontSize = points;
    // Keep the reader's place: the same fraction of the article stays at the top.
    QScrollBar *bar = verticalScrollBar();
    const double place = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    const QString query = m_query;
    m_query.clear(); // no jump to the first hit on a size change
    render();
    m_query = query;
    applyHighlights();
    bar->setValue(qRound(place * bar->maximum()));
    emit fontSizeChanged(points);
}

QString ArticleView::bylines(const ArticleDetail &article)
{
    QStringList parts;
    if (!article.reporters.isEmpty())
        parts << tr("Reporter: %1").arg(article.reporters.join(QStringLiteral("、")));
    if (!article.correspondents.isEmpty())
        parts << tr("Correspondent: %1").arg(article.correspondents.join(QStringLiteral("、")));
    if (!article.authors.isEmpty())
        parts << tr("Author: %1").arg(article.authors.join(QStringLiteral("、")));
    if (!article.photographers.isEmpty())
        parts << tr("Photo: %1").arg(article.photographers.join(QStringLiteral("、")));
    return parts.join(partSeparator());
}

QString ArticleView::metadataLine(const ArticleDetail &article)
{
    QStringList parts;
    if (!article.paper.isEmpty())
        parts << article.paper;
    if (article.date.isValid())
        parts << article.date.toString(Qt::ISODate);
    if (!article.edition.isEmpty())
        parts << article.edition;
    if (!article.pageLabel.isEmpty())
        parts << tr("page %1").arg(article.pageLabel);
    if (!article.section.isEmpty())
        parts << article.section;
    const QString by = bylines(article);
    if (!by.isEmpty())
        parts << by;
    return parts.join(partSeparator());
}

QString ArticleView::metadataHtml(const ArticleDetail &article)
{
    QString html = metadataLine(article).toHtmlEscaped();
    if (article.dateGuessed && article.date.isValid()) {
        // In the same paragraph: the notes map the body's text to the document's blocks.
        const QString date = article.date.toString(Qt::ISODate);
        const qsizetype at = html.indexOf(date);
        if (at >= 0)
            html.replace(at, date.size(),
                         QStringLiteral("<i>%1</i> <span style=\"color:#b45309\">%2</span>")
                             .arg(date, tr("(date guessed; Edit ▸ Confirm Date)")
                                            .toHtmlEscaped()));
    }
    return html;
}

QString ArticleView::citationText(const ArticleDetail &article)
{
    QString text = article.headline.isEmpty() ? article.kicker : article.headline;
    if (!text.isEmpty())
        text += QStringLiteral("\n\n");
    text += article.body;
    text += (chinesePunctuation() ? QStringLiteral("\n\n——") : QStringLiteral("\n\n— ")) + metadataLine(article);
    return text;
}

QString ArticleView::citationText(const ArticleDetail &article, const QString &reference)
{
    QString text = article.headline.isEmpty() ? article.kicker : article.headline;
    if (!text.isEmpty())
        text += QStringLiteral("\n\n");
    text += article.body;
    text += (chinesePunctuation() ? QStringLiteral("\n\n——") : QStringLiteral("\n\n— ")) + reference;
    return text;
}

void ArticleView::showArticle(const ArticleDetail &article, const QString &highlightQuery)
{
    m_article = article;
    m_query = highlightQuery;
    render();
}

void ArticleView::clearArticle(const QString &message)
{
    m_article.reset();
    m_query.clear();
    m_highlightCount = 0;
    setExtraSelections({});
    const QString text = message.isEmpty() ? tr("Choose a day in the calendar and an article to read it.") : message;
    setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>").arg(text.toHtmlEscaped()));
    applyMeasure();
}

void ArticleView::render()
{
    if (!m_article) {
        clearArticle();
        return;
    }
    const ArticleDetail &a = *m_article;
    QFont base(readingFontFamily());
    base.setPointSize(m_fontSize);
    document()->setDefaultFont(base);
    // Qt's rich text supports line-height as a percentage; 170% for the body is what Chinese books and
    // reading apps set (1.6–1.8): open enough for dense characters, not so loose the paragraph falls apart.
    QString html = QStringLiteral("<html><body>");
    if (!a.kicker.isEmpty())
        html += QStringLiteral("<p style=\"font-size:%1pt; color:#666; margin-bottom:4px\">%2</p>")
                    .arg(qRound(m_fontSize * 0.85))
                    .arg(a.kicker.toHtmlEscaped());
    const QString headline = a.headline.isEmpty() ? tr("(no headline)") : a.headline;
    html += QStringLiteral("<h1 style=\"font-size:%1pt; font-weight:bold; margin-top:4px; margin-bottom:6px; "
                           "line-height:130%\">%2</h1>")
                .arg(qRound(m_fontSize * 1.6))
                .arg(headline.toHtmlEscaped());
    if (!a.subheadline.isEmpty())
        html += QStringLiteral("<p style=\"font-size:%1pt; margin-top:0; margin-bottom:6px\">%2</p>")
                    .arg(qRound(m_fontSize * 1.1))
                    .arg(a.subheadline.toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-size:%1pt; color:#777; margin-top:6px; margin-bottom:18px\">%2</p>")
                .arg(qRound(m_fontSize * 0.8))
                .arg(metadataHtml(a));
    if (!a.pageWarning.isEmpty())
        html += QStringLiteral("<p style=\"font-size:%1pt; color:#b45309; margin-top:0; margin-bottom:12px\">%2</p>")
                    .arg(qRound(m_fontSize * 0.8))
                    .arg(tr("This page was read only in part: %1. Check the article against its source.")
                             .arg(a.pageWarning)
                             .toHtmlEscaped());
    const QStringList paragraphs = a.body.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p style=\"line-height:170%; text-indent:2em; margin-top:0; margin-bottom:%1px\">%2</p>")
                    .arg(qRound(m_fontSize * 0.6))
                    .arg(paragraph.toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    setHtml(html);
    applyMeasure();
    fitHeadline();
    applyHighlights();
}

QTextBlock ArticleView::headlineBlock() const
{
    if (!m_article)
        return {};
    const QString headline = m_article->headline.isEmpty() ? tr("(no headline)") : m_article->headline;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.text() == headline)
            return block;
    }
    return {};
}

void ArticleView::fitHeadline()
{
    // A headline set at 1.6 times the body in a narrow column leaves a character or two alone on its last
    // line. First balance its lines (narrow the block from the right, keeping the number of lines, until
    // the last line holds enough to read as a line); where that cannot be done, step the size down, to
    // 1.15 times the body at least.
    QTextBlock block = headlineBlock();
    if (!block.isValid())
        return;
    const int length = block.length() - 1;
    const int enough = qMin(MinHeadlineLastLine, qMax(1, length / 2));
    const double largest = m_fontSize * HeadlineScale;
    const double smallest = m_fontSize * 1.15;
    auto layOut = [this, &block](double size, qreal rightMargin) -> const QTextLayout * {
        QTextCursor cursor(block);
        QTextBlockFormat blockFormat = block.blockFormat();
        blockFormat.setRightMargin(rightMargin);
        cursor.setBlockFormat(blockFormat);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setFontPointSize(size);
        cursor.mergeCharFormat(format);
        m_headlinePointSize = size;
        document()->documentLayout()->blockBoundingRect(block); // lays the block out at this size
        return block.layout();
    };
    auto lastLine = [](const QTextLayout *layout) { return layout->lineAt(layout->lineCount() - 1).textLength(); };
    for (double size = largest; size >= smallest - 0.01; size -= 0.5) {
        const QTextLayout *layout = layOut(size, 0);
        if (!layout || layout->lineCount() <= 1 || lastLine(layout) >= enough)
            return;
        const int lines = layout->lineCount();
        const qreal step = QFontMetricsF(QFont(readingFontFamily(), qRound(size))).horizontalAdvance(QChar(0x4E2D)) / 2;
        const qreal widest = layout->lineAt(0).width();
        for (qreal margin = step; margin < widest / 2; margin += step) {
            layout = layOut(size, margin);
            if (layout->lineCount() > lines)
                break;
            if (lastLine(layout) >= enough)
                return;
        }
    }
    layOut(smallest, 0);
}

void ArticleView::applyMeasure()
{
    // QTextDocument has no max-width: centre a column of MaxMeasureChars by widening the root frame's
    // side margins as the view grows.
    const int available = viewport()->width();
    const QFontMetrics metrics(QFont(readingFontFamily(), m_fontSize));
    const int measure = metrics.horizontalAdvance(QChar(0x4E2D)) * MaxMeasureChars;
    const int side = qMax(24, (available - measure) / 2);
    int top = 24;
    if (m_header) {
        const bool shown = m_article && !m_header->isHidden();
        const int height = m_header->sizeHint().height();
        // The viewport scrolls its children with the text: place the strip where the text's top is now.
        m_header->setGeometry(side, 18 - verticalScrollBar()->value(), qMax(0, available - 2 * side), height);
        if (shown)
            top = 18 + height + 12;
    }
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (qRound(format.leftMargin()) == side && qRound(format.topMargin()) == top)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(top);
    format.setBottomMargin(32);
    root->setFrameFormat(format);
}

void ArticleView::setHeaderWidget(QWidget *header)
{
    m_header = header;
    if (header)
        header->setParent(viewport());
    applyMeasure();
}

void ArticleView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_query.trimmed().isEmpty() && m_hitFinder) {
        QTextCharFormat format;
        format.setBackground(QColor(255, 214, 0, 150));
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            const QList<QPair<int, int>> hits = m_hitFinder(m_query, block.text());
            for (const auto &[start, end] : hits) {
                QTextCursor cursor(document());
                cursor.setPosition(block.position() + start);
                cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
                selections.append({cursor, format});
            }
        }
    }
    m_highlightCount = int(selections.size());
    setExtraSelections(selections);
    if (selections.isEmpty()) {
        verticalScrollBar()->setValue(0);
        return;
    }
    // Bring the first hit into view without selecting it (a selection would hide the highlight).
    QTextCursor first = selections.first().cursor;
    first.clearSelection();
    setTextCursor(first);
    ensureCursorVisible();
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    applyMeasure();
    if (event->size().width() != event->oldSize().width())
        fitHeadline();
}

} // namespace kanbao
