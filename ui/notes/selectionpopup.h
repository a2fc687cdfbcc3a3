#pragma once

#include <QFrame>
#include <QPointer>

class QToolButton;

namespace kanbao {

class ArticleHighlighter;
class HighlightColorBar;

// The small bar of colors that appears over text just selected in the article pane: one click
// highlights it. It follows the selection and goes away when the selection does, on scrolling, or Esc.
class SelectionPopup : public QFrame
{
    Q_OBJECT

public:
    explicit SelectionPopup(ArticleHighlighter *highlighter);

    HighlightColorBar *colorBar() const { return m_colors; }
    QToolButton *noteButton() const { return m_note; }

    void showForSelection(); // placed above the selection (below it at the top of the pane)

Q_SIGNALS:
    void colorChosen(const QString &color);
    void noteRequested(); // highlight and write a note

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<ArticleHighlighter> m_highlighter;
    HighlightColorBar *m_colors = nullptr;
    QToolButton *m_note = nullptr;
};

} // namespace kanbao
