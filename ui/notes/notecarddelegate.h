#pragma once

#include <QStyledItemDelegate>

namespace kanbao {

// Paints a note as a card: a bar in the highlight's color, a header (where it is, when it was written),
// the quote set on its marker color as in the article, the note, and the article's tags as chips.
// Reads the NoteRole roles, so it serves the annotations panel and the notes browser alike.
class NoteCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NoteCardDelegate(QObject *parent = nullptr);

    // Lines of quote and of note shown before the rest is elided.
    void setMaxLines(int quoteLines, int noteLines);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The header's left part: the citation, or what kind of note this is.
    static QString headerText(const QModelIndex &index);

private:
    struct Card;
    Card layoutCard(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_quoteLines = 4;
    int m_noteLines = 4;
};

} // namespace kanbao
