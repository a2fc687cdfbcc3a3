#include "richtextdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace kanbao {

static constexpr int Padding = 4;

RichTextDelegate::RichTextDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_htmlRole(htmlRole)
{
}

static void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(qMax(40, width - 2 * Padding));
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = index.data(m_htmlRole).toString();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    prepare(doc, opt, html, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(Padding, Padding));
    painter->setClipRect(QRect(0, 0, opt.rect.width() - Padding, opt.rect.height() - Padding));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    const int width = opt.widget ? opt.widget->width() - 24 : 300;
    prepare(doc, opt, index.data(m_htmlRole).toString(), width);
    return QSize(width, int(doc.size().height()) + 2 * Padding);
}

} // namespace kanbao
