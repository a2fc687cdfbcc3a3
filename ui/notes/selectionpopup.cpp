#include "notes/selectionpopup.h"

#include "articleview.h"
#include "notes/articlehighlighter.h"
#include "notes/notewidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QTextCursor>
#include <QToolButton>

namespace kanbao {

SelectionPopup::SelectionPopup(ArticleHighlighter *highlighter)
    : QFrame(highlighter->view()->viewport())
    , m_highlighter(highlighter)
{
    setObjectName(QStringLiteral("selectionPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QFrame#selectionPopup { background: palette(base); border: 1px solid palette(mid); "
                                 "border-radius: 8px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(2);
    m_colors = new HighlightColorBar(this);
    layout->addWidget(m_colors);
    m_note = new QToolButton(this);
    m_note->setObjectName(QStringLiteral("popupNoteButton"));
    m_note->setAutoRaise(true);
    m_note->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_note);
    hide();

    connect(m_colors, &HighlightColorBar::colorChosen, this, [this](const QString &color) {
        hide();
        Q_EMIT colorChosen(color);
    });
    connect(m_note, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT noteRequested();
    });
    connect(highlighter, &ArticleHighlighter::selectionFinished, this, &SelectionPopup::showForSelection);
    connect(highlighter, &ArticleHighlighter::bodySelectionChanged, this, [this](bool has) {
        if (!has)
            hide();
    });
    connect(highlighter, &ArticleHighlighter::articleChanged, this, &QWidget::hide);
    connect(highlighter->view()->verticalScrollBar(), &QScrollBar::valueChanged, this, &QWidget::hide);
    retranslate();
}

void SelectionPopup::showForSelection()
{
    if (!m_highlighter || !m_highlighter->selectedSpan())
        return;
    ArticleView *view = m_highlighter->view();
    const QTextCursor selection = view->textCursor();
    QTextCursor start(view->document());
    start.setPosition(selection.selectionStart());
    QTextCursor end(view->document());
    end.setPosition(selection.selectionEnd());
    const QRect first = view->cursorRect(start);
    const QRect last = view->cursorRect(end);
    adjustSize();
    const QSize size = sizeHint();
    const QRect area = view->viewport()->rect();
    int x = last.right() - size.width() / 2;
    int y = first.top() - size.height() - 6;
    if (y < area.top() + 2)
        y = last.bottom() + 6; // no room above: below the selection
    x = qBound(area.left() + 4, x, area.right() - size.width() - 4);
    y = qBound(area.top() + 2, y, area.bottom() - size.height() - 2);
    move(x, y);
    show();
    raise();
}

void SelectionPopup::retranslate()
{
    m_note->setText(tr("Note…"));
    m_note->setToolTip(tr("Highlight the selection and write a note on it"));
}

void SelectionPopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace kanbao
