#include "notes/tagrowfilter.h"

#include "notes/notewidgets.h"
#include "notes/taglistmodel.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListView>

namespace kanbao {

TagRowFilter::TagRowFilter(QListView *view, int idRole, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_idRole(idRole)
{
    setObjectName(QStringLiteral("tagRowFilter"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("tagRowFilterChooser"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(10);
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_count);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setTag(m_combo->currentData().toLongLong());
    });
    if (QAbstractItemModel *model = m_view ? m_view->model() : nullptr) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &TagRowFilter::apply);
        connect(model, &QAbstractItemModel::modelReset, this, &TagRowFilter::apply);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TagRowFilter::apply);
    }
    m_label->setText(tr("Tag:"));
    fill();
}

TagRowFilter *TagRowFilter::installAbove(QListView *view, int idRole)
{
    QWidget *holder = view ? view->parentWidget() : nullptr;
    auto *layout = holder ? qobject_cast<QBoxLayout *>(holder->layout()) : nullptr;
    if (!layout)
        return nullptr;
    auto *filter = new TagRowFilter(view, idRole, holder);
    layout->insertWidget(qMax(0, layout->indexOf(view)), filter);
    return filter;
}

void TagRowFilter::setEditor(NotesEditor *editor)
{
    if (m_editor && m_editor->store())
        disconnect(m_editor->store(), nullptr, this, nullptr);
    m_editor = editor;
    m_tagId = 0;
    if (m_editor && m_editor->store()) {
        connect(m_editor->store(), &NotesStore::tagsChanged, this, &TagRowFilter::fill);
        connect(m_editor->store(), &NotesStore::articleTagsChanged, this, [this] {
            reloadTagged();
            apply();
        });
    }
    fill();
}

void TagRowFilter::fill()
{
    m_filling = true;
    m_combo->clear();
    m_combo->addItem(tr("Any"), qint64(0));
    if (m_editor && m_editor->store()) {
        QList<Tag> tags = m_editor->store()->tags();
        TagListModel::sortTags(tags);
        for (const Tag &t : std::as_const(tags))
            m_combo->addItem(colorDotIcon(QColor(t.color)), tr("%1 (%2)").arg(t.name, QString::number(t.articleCount)), t.id);
    }
    const int index = m_combo->findData(m_tagId);
    m_combo->setCurrentIndex(qMax(0, index));
    if (index < 0)
        m_tagId = 0; // the tag is gone
    m_filling = false;
    setVisible(m_combo->count() > 1); // no tags yet: nothing to filter by
    reloadTagged();
    apply();
}

void TagRowFilter::setTag(qint64 tagId)
{
    m_tagId = tagId;
    m_filling = true;
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(tagId)));
    m_filling = false;
    reloadTagged();
    apply();
}

void TagRowFilter::reloadTagged()
{
    m_tagged.clear();
    if (!m_editor || !m_editor->store() || !m_tagId)
        return;
    const QList<qint64> ids = m_editor->store()->articlesWithTag(m_tagId);
    m_tagged = QSet<qint64>(ids.cbegin(), ids.cend());
}

void TagRowFilter::apply()
{
    if (!m_view || !m_view->model())
        return;
    const QAbstractItemModel *model = m_view->model();
    const int rows = model->rowCount(m_view->rootIndex());
    int shown = 0;
    for (int row = 0; row < rows; ++row) {
        const qint64 id = model->index(row, m_view->modelColumn(), m_view->rootIndex()).data(m_idRole).toLongLong();
        const bool show = m_tagId == 0 || m_tagged.contains(id);
        m_view->setRowHidden(row, !show);
        shown += show ? 1 : 0;
    }
    m_count->setText(m_tagId == 0 ? QString() : tr("%1 of %2").arg(shown).arg(rows));
}

int TagRowFilter::visibleRows() const
{
    if (!m_view || !m_view->model())
        return 0;
    int shown = 0;
    for (int row = 0; row < m_view->model()->rowCount(m_view->rootIndex()); ++row)
        shown += m_view->isRowHidden(row) ? 0 : 1;
    return shown;
}

void TagRowFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_label->setText(tr("Tag:"));
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace kanbao
