#include "notes/notecarddelegate.h"

#include "notes/noteroles.h"
#include "notes/notestypes.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <memory>

namespace kanbao {

namespace {

constexpr int Margin = 4;   // around each card
constexpr int Padding = 8;  // inside the card
constexpr int BarWidth = 4; // the color bar on the left
constexpr int Gap = 4;      // between the parts of a card

// A paragraph laid out to a width, at most `maxLines` lines, the last one elided when there is more.
class TextBox
{
public:
    TextBox() = default;
    TextBox(QString text, const QFont &font, int width, int maxLines)
    {
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        layout(text, font, width);
        if (m_layout->lineCount() > maxLines && maxLines > 0) {
            const QTextLine last = m_layout->lineAt(maxLines - 1);
            const QString rest = text.mid(last.textStart());
            const QString elided = QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
            layout(text.left(last.textStart()) + elided, font, width);
        }
    }

    int height() const { return m_layout ? qCeil(m_height) : 0; }
    bool isEmpty() const { return !m_layout; }

    void draw(QPainter *painter, QPointF at, const QColor &textColor, const QColor &marker = QColor()) const
    {
        if (!m_layout)
            return;
        if (marker.isValid()) {
            // The quote sits on its marker color line by line, as it does in the article.
            painter->save();
            painter->setPen(Qt::NoPen);
            painter->setBrush(marker);
            for (int i = 0; i < m_layout->lineCount(); ++i) {
                const QTextLine line = m_layout->lineAt(i);
                const QRectF r = line.naturalTextRect().translated(at).adjusted(-2, 1, 2, -1);
                painter->drawRoundedRect(r, 2, 2);
            }
            painter->restore();
        }
        painter->save();
        painter->setPen(textColor);
        m_layout->draw(painter, at);
        painter->restore();
    }

private:
    void layout(const QString &text, const QFont &font, int width)
    {
        m_layout = std::make_shared<QTextLayout>(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        m_layout->setCacheEnabled(true);
        m_layout->beginLayout();
        qreal y = 0;
        const qreal leading = QFontMetricsF(font).leading() + 2;
        while (true) {
            QTextLine line = m_layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(qMax(10, width));
            line.setPosition(QPointF(0, y));
            y += line.height() + leading;
        }
        m_layout->endLayout();
        m_height = qMax<qreal>(0, y - leading);
    }

    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
};

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

struct NoteCardDelegate::Card
{
    QRect card;       // the card's frame
    int contentLeft = 0;
    int contentWidth = 0;
    QFont small;
    QString header;
    QString date;
    bool orphan = false;
    int headerHeight = 0;
    TextBox quote;
    TextBox note;
    QStringList tags;
    QStringList tagColors;
    int tagsHeight = 0;
    int height = 0; // the whole item, margins included
};

NoteCardDelegate::NoteCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void NoteCardDelegate::setMaxLines(int quoteLines, int noteLines)
{
    m_quoteLines = quoteLines;
    m_noteLines = noteLines;
}

QString NoteCardDelegate::headerText(const QModelIndex &index)
{
    const QString citation = index.data(CitationRole).toString();
    if (!citation.isEmpty())
        return citation;
    if (index.data(NoteKindRole).toInt() == int(AnnotationKind::Note))
        return tr("Note on the article");
    // The color is named as well as shown, for readers who do not tell the shades apart.
    const QString color = highlightColorLabel(index.data(ColorNameRole).toString());
    const int paragraph = index.data(ParagraphRole).toInt();
    if (paragraph > 0)
        return tr("Paragraph %1 · %2").arg(paragraph).arg(color);
    return color;
}

NoteCardDelegate::Card NoteCardDelegate::layoutCard(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Card c;
    int width = option.rect.width();
    // In sizeHint the rect is not the row's yet: lay out to the viewport's width.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    width = qMax(width, 120);
    c.card = QRect(option.rect.left() + Margin, option.rect.top() + Margin, width - 2 * Margin, 0);
    c.contentLeft = c.card.left() + BarWidth + Padding;
    c.contentWidth = qMax(40, c.card.width() - BarWidth - 2 * Padding);

    c.small = option.font;
    c.small.setPointSizeF(option.font.pointSizeF() * 0.86);
    const QFontMetrics smallMetrics(c.small);
    c.header = headerText(index);
    c.orphan = index.data(IsOrphanRole).toBool();
    const QDateTime modified = index.data(ModifiedRole).toDateTime();
    if (modified.isValid())
        c.date = QLocale().toString(modified.toLocalTime().date(), QLocale::ShortFormat);
    c.headerHeight = smallMetrics.height();

    int height = Padding + c.headerHeight;
    const QString quote = index.data(QuoteRole).toString();
    if (!quote.isEmpty()) {
        c.quote = TextBox(quote, option.font, c.contentWidth, m_quoteLines);
        height += Gap + c.quote.height();
    }
    const QString note = index.data(NoteTextRole).toString();
    if (!note.isEmpty()) {
        QFont noteFont = option.font;
        noteFont.setPointSizeF(option.font.pointSizeF() * 0.95);
        c.note = TextBox(note, noteFont, c.contentWidth - 10, m_noteLines);
        height += Gap + c.note.height();
    }
    c.tags = index.data(TagNamesRole).toStringList();
    c.tagColors = index.data(TagColorsRole).toStringList();
    if (!c.tags.isEmpty()) {
        c.tagsHeight = smallMetrics.height() + 4;
        height += Gap + c.tagsHeight;
    }
    height += Padding;
    c.card.setHeight(height);
    c.height = height + 2 * Margin;
    return c;
}

QSize NoteCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Card c = layoutCard(opt, index);
    return QSize(c.card.width() + 2 * Margin, c.height);
}

void NoteCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Card c = layoutCard(opt, index);
    const QPalette &pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    const bool isNote = index.data(NoteKindRole).toInt() == int(AnnotationKind::Note);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(text, base, 0.45);
    QColor marker = highlightColor(index.data(ColorNameRole).toString());
    if (isNote || !marker.isValid())
        marker = mix(pal.color(QPalette::Highlight), base, 0.55);
    if (c.orphan)
        marker = QColor(0xb0b0b0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The card.
    QColor fill = selected ? mix(base, pal.color(QPalette::Highlight), 0.10) : base;
    QColor border = selected ? pal.color(QPalette::Highlight) : mix(text, base, hovered ? 0.70 : 0.86);
    QPainterPath path;
    path.addRoundedRect(QRectF(c.card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->fillPath(path, fill);
    painter->setPen(QPen(border, selected ? 1.6 : 1.0));
    painter->drawPath(path);
    // The color bar, clipped to the card's rounded left edge.
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRect(c.card.left(), c.card.top(), BarWidth + 1, c.card.height()), marker.darker(c.orphan ? 100 : 115));
    painter->restore();

    // Header: where (or what), then an orphan badge and the date on the right.
    int y = c.card.top() + Padding;
    painter->setFont(c.small);
    const QFontMetrics smallMetrics(c.small);
    int right = c.contentLeft + c.contentWidth;
    if (!c.date.isEmpty()) {
        const int w = smallMetrics.horizontalAdvance(c.date);
        painter->setPen(muted);
        painter->drawText(QRect(right - w, y, w, c.headerHeight), Qt::AlignRight | Qt::AlignVCenter, c.date);
        right -= w + 8;
    }
    if (c.orphan) {
        const QString badge = tr("Orphan");
        const int w = smallMetrics.horizontalAdvance(badge) + 10;
        const QRect r(right - w, y, w, c.headerHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xfde2e1));
        painter->drawRoundedRect(r, 4, 4);
        painter->setPen(QColor(0xb42318));
        painter->drawText(r, Qt::AlignCenter, badge);
        right -= w + 6;
    }
    painter->setPen(muted);
    painter->drawText(QRect(c.contentLeft, y, qMax(0, right - c.contentLeft), c.headerHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(c.header, Qt::ElideRight, qMax(0, right - c.contentLeft)));
    y += c.headerHeight;

    if (!c.quote.isEmpty()) {
        y += Gap;
        c.quote.draw(painter, QPointF(c.contentLeft, y), QColor(0x1f2328), c.orphan ? QColor(0xe8e8e8) : marker);
        y += c.quote.height();
    }
    if (!c.note.isEmpty()) {
        y += Gap;
        // A thin rule marks the note as the reader's own words, under the quoted text.
        painter->setPen(QPen(mix(text, base, 0.75), 2));
        painter->drawLine(QPointF(c.contentLeft + 1, y + 1), QPointF(c.contentLeft + 1, y + c.note.height() - 1));
        c.note.draw(painter, QPointF(c.contentLeft + 10, y), mix(text, base, 0.18));
        y += c.note.height();
    }
    if (!c.tags.isEmpty()) {
        y += Gap;
        painter->setFont(c.small);
        int x = c.contentLeft;
        for (int i = 0; i < c.tags.size(); ++i) {
            const QString &name = c.tags.at(i);
            const QColor color(i < c.tagColors.size() ? c.tagColors.at(i) : QStringLiteral("#3b82f6"));
            const int w = smallMetrics.horizontalAdvance(name) + 16;
            if (x + w > c.contentLeft + c.contentWidth)
                break;
            const QRect chip(x, y, w, c.tagsHeight);
            painter->setPen(Qt::NoPen);
            painter->setBrush(mix(color, base, 0.82));
            painter->drawRoundedRect(chip, c.tagsHeight / 2.0, c.tagsHeight / 2.0);
            painter->setBrush(color);
            painter->drawEllipse(QPointF(chip.left() + 7, chip.center().y() + 0.5), 2.5, 2.5);
            painter->setPen(color.darker(160));
            painter->drawText(chip.adjusted(11, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
            x += w + 4;
        }
    }
    painter->restore();
}

} // namespace kanbao
