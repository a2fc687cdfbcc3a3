#include "notes/tagchipbar.h"

#include "articleview.h"

#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace kanbao {

TagChipBar::TagChipBar(ArticleView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("tagChipBar"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch();
    hide();
    view->setHeaderWidget(this);
}

void TagChipBar::setEditor(NotesEditor *editor)
{
    if (m_editor && m_editor->store())
        disconnect(m_editor->store(), nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor && m_editor->store()) {
        connect(m_editor->store(), &NotesStore::tagsChanged, this, &TagChipBar::refresh);
        connect(m_editor->store(), &NotesStore::articleTagsChanged, this, [this](const QList<qint64> &ids) {
            if (m_view && m_view->article() && ids.contains(m_view->article()->id))
                refresh();
        });
    }
    refresh();
}

QStringList TagChipBar::tagNames() const
{
    QStringList names;
    for (const QToolButton *chip : m_chips)
        names << chip->text();
    return names;
}

QString TagChipBar::tagQuery(const QString &tagName)
{
    const bool plain = !tagName.contains(u' ') && !tagName.contains(u'"') && !tagName.contains(u'\u3000');
    if (plain)
        return QStringLiteral("tag:") + tagName;
    QString quoted = tagName;
    quoted.remove(u'"');
    return QStringLiteral("tag:\"%1\"").arg(quoted);
}

void TagChipBar::refresh()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    QList<Tag> tags;
    if (m_editor && m_editor->store() && m_view && m_view->article())
        tags = m_editor->store()->tagsOfArticle(m_view->article()->id);
    for (const Tag &tag : std::as_const(tags)) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setText(tag.name);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setAutoRaise(false);
        const QColor background(tag.color.isEmpty() ? NotesStore::defaultTagColor() : tag.color);
        // Dark text on light colours, white on dark ones: the tag's name stays legible on any colour.
        const bool light = background.lightnessF() > 0.62;
        chip->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border: none; border-radius: 9px;"
                                           " padding: 2px 10px; }"
                                           "QToolButton:hover { background: %3; }")
                                .arg(background.name(), light ? QStringLiteral("#1f2937") : QStringLiteral("#ffffff"),
                                     background.darker(115).name()));
        const QString name = tag.name;
        connect(chip, &QToolButton::clicked, this, [this, name] { emit tagClicked(name); });
        m_layout->insertWidget(m_layout->count() - 1, chip);
        m_chips << chip;
    }
    retranslate();
    setVisible(!m_chips.isEmpty());
    adjustSize();
    if (m_view)
        m_view->updateHeaderWidget();
}

void TagChipBar::retranslate()
{
    for (QToolButton *chip : std::as_const(m_chips))
        chip->setToolTip(tr("Every article tagged “%1”").arg(chip->text()));
}

void TagChipBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kanbao
