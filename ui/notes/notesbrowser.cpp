#include "notes/notesbrowser.h"

#include "notes/notecarddelegate.h"
#include "notes/noteroles.h"
#include "notes/notestypes.h"
#include "notes/notewidgets.h"
#include "notes/taglistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace kanbao {

NotesBrowser::NotesBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new NotesBrowserModel(this))
{
    setObjectName(QStringLiteral("notesBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("notesSearchField"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(4);
    m_tagLabel = new QLabel(this);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("notesTagFilter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(8);
    m_colorLabel = new QLabel(this);
    m_color = new QComboBox(this);
    m_color->setObjectName(QStringLiteral("notesColorFilter"));
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("notesKindFilter"));
    filters->addWidget(m_tagLabel, 0, 0);
    filters->addWidget(m_tag, 0, 1);
    filters->addWidget(m_colorLabel, 0, 2);
    filters->addWidget(m_color, 0, 3);
    filters->addWidget(m_kindLabel, 1, 0);
    filters->addWidget(m_kind, 1, 1);
    m_dateField = new QComboBox(this);
    m_dateField->setObjectName(QStringLiteral("notesDateFilter"));
    filters->addWidget(m_dateField, 1, 2, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    layout->addLayout(filters);

    auto *dates = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("notesFromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setDate(QDate(QDate::currentDate().year(), 1, 1));
    m_dash = new QLabel(QStringLiteral("–"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("notesToDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDate(QDate::currentDate());
    dates->addWidget(m_from, 1);
    dates->addWidget(m_dash);
    dates->addWidget(m_to, 1);
    layout->addLayout(dates);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("notesSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NoteCardDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    QPalette listPalette = m_list->palette();
    listPalette.setColor(QPalette::Base, listPalette.color(QPalette::Window));
    m_list->setPalette(listPalette);
    layout->addWidget(m_list, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &NotesBrowser::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &NotesBrowser::applyFilters);
    const auto changed = [this] {
        if (!m_filling)
            applyFilters();
    };
    connect(m_tag, &QComboBox::currentIndexChanged, this, changed);
    connect(m_color, &QComboBox::currentIndexChanged, this, changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_dateField, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateDateEditors();
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_model, &NotesBrowserModel::refreshed, this, &NotesBrowser::updateSummary);
    connect(m_list, &QListView::activated, this, &NotesBrowser::onActivated);
    connect(m_list, &QListView::doubleClicked, this, &NotesBrowser::onActivated);

    retranslate();
    updateDateEditors();
}

void NotesBrowser::setEditor(NotesEditor *editor)
{
    if (m_editor && m_editor->store())
        disconnect(m_editor->store(), nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor && m_editor->store())
        connect(m_editor->store(), &NotesStore::tagsChanged, this, &NotesBrowser::fillTags);
    fillTags();
    m_model->setQuery(query());
    m_model->setStore(editor ? editor->store() : nullptr);
}

void NotesBrowser::fillTags()
{
    const QString current = m_tag->currentData().toString();
    m_filling = true;
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (m_editor && m_editor->store()) {
        QList<Tag> tags = m_editor->store()->tags();
        TagListModel::sortTags(tags);
        for (const Tag &t : std::as_const(tags))
            m_tag->addItem(colorDotIcon(QColor(t.color)), tr("%1 (%2)").arg(t.name, QString::number(t.articleCount)), t.name);
    }
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(qMax(0, index));
    m_filling = false;
    if (index < 0 && !current.isEmpty())
        applyFilters(); // the tag filtered on is gone
}

void NotesBrowser::fillColors()
{
    const QString current = m_color->currentData().toString();
    m_filling = true;
    m_color->clear();
    m_color->addItem(tr("All colors"), QString());
    for (const QString &name : highlightColorNames())
        m_color->addItem(colorDotIcon(highlightColor(name)), highlightColorLabel(name), name);
    m_color->setCurrentIndex(qMax(0, m_color->findData(current)));
    m_filling = false;
}

NotesQuery NotesBrowser::query() const
{
    NotesQuery q;
    q.text = m_search->text().trimmed();
    const QString tag = m_tag->currentData().toString();
    if (!tag.isEmpty())
        q.tags = {tag};
    const QString color = m_color->currentData().toString();
    if (!color.isEmpty()) {
        q.colors = {color};
        q.includeArticleNotes = false; // notes on articles have no color to match
    }
    switch (Kind(m_kind->currentData().toInt())) {
    case Kind::Everything:
        break;
    case Kind::Highlights:
        q.includeArticleNotes = false;
        break;
    case Kind::ArticleNotes:
        q.includeHighlights = false;
        break;
    case Kind::Orphans:
        q.orphansOnly = true;
        break;
    }
    const auto dates = DateFilter(m_dateField->currentData().toInt());
    if (dates != DateFilter::Any) {
        q.dateField = dates == DateFilter::IssueDate ? NotesQuery::DateField::IssueDate : NotesQuery::DateField::CreatedDate;
        q.from = m_from->date();
        q.to = m_to->date();
    }
    return q;
}

void NotesBrowser::applyFilters()
{
    m_searchTimer.stop();
    m_model->setQuery(query());
}

void NotesBrowser::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilters();
}

void NotesBrowser::setTag(const QString &name)
{
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(name)));
    applyFilters();
}

void NotesBrowser::setColor(const QString &name)
{
    m_color->setCurrentIndex(qMax(0, m_color->findData(name)));
    applyFilters();
}

void NotesBrowser::setKind(Kind kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
    applyFilters();
}

void NotesBrowser::setDateRange(DateFilter field, QDate from, QDate to)
{
    m_filling = true;
    m_dateField->setCurrentIndex(qMax(0, m_dateField->findData(int(field))));
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_filling = false;
    updateDateEditors();
    applyFilters();
}

void NotesBrowser::clearFilters()
{
    m_filling = true;
    m_search->clear();
    m_tag->setCurrentIndex(0);
    m_color->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_dateField->setCurrentIndex(0);
    m_filling = false;
    updateDateEditors();
    applyFilters();
}

void NotesBrowser::updateDateEditors()
{
    const bool on = DateFilter(m_dateField->currentData().toInt()) != DateFilter::Any;
    m_from->setVisible(on);
    m_dash->setVisible(on);
    m_to->setVisible(on);
}

void NotesBrowser::updateSummary()
{
    if (!m_editor) {
        m_summary->setText(tr("No library open"));
        return;
    }
    if (!m_model->errorString().isEmpty()) {
        m_summary->setText(m_model->errorString());
        return;
    }
    int orphans = 0;
    for (int row = 0; row < m_model->totalCount(); ++row) {
        if (m_model->record(row).annotation.isOrphan())
            ++orphans;
    }
    const int total = m_model->totalCount();
    if (total == 0) {
        const NotesQuery q = query();
        const bool filtered = !q.text.isEmpty() || !q.tags.isEmpty() || !q.colors.isEmpty() || q.from.isValid()
                              || q.orphansOnly || !q.includeHighlights || !q.includeArticleNotes;
        m_summary->setText(filtered ? tr("No notes match these filters.")
                                    : tr("No notes yet. Highlight text in an article to start."));
        return;
    }
    QString text = tr("%n note(s)", nullptr, total) + QStringLiteral(" · ")
                   + tr("%n article(s)", nullptr, m_model->articleCount());
    if (orphans > 0)
        text += QStringLiteral(" · ") + tr("%n orphan(s)", nullptr, orphans);
    m_summary->setText(text);
}

void NotesBrowser::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(AnnotationIdRole).toLongLong();
    if (index.data(IsOrphanRole).toBool()) {
        Q_EMIT orphanActivated(id);
        return;
    }
    Q_EMIT openNoteRequested(index.data(NoteArticleIdRole).toLongLong(), id, index.data(StartOffsetRole).toInt(),
                             index.data(EndOffsetRole).toInt());
}

void NotesBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search highlights and notes"));
    m_tagLabel->setText(tr("Tag:"));
    m_colorLabel->setText(tr("Color:"));
    m_kindLabel->setText(tr("Show:"));
    m_filling = true;
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Everything"), int(Kind::Everything));
    m_kind->addItem(tr("Highlights"), int(Kind::Highlights));
    m_kind->addItem(tr("Notes on articles"), int(Kind::ArticleNotes));
    m_kind->addItem(tr("Orphans"), int(Kind::Orphans));
    m_kind->setCurrentIndex(qMax(0, kind));
    const int dates = m_dateField->currentIndex();
    m_dateField->clear();
    m_dateField->addItem(tr("Any date"), int(DateFilter::Any));
    m_dateField->addItem(tr("Issue date between"), int(DateFilter::IssueDate));
    m_dateField->addItem(tr("Written between"), int(DateFilter::WrittenDate));
    m_dateField->setCurrentIndex(qMax(0, dates));
    m_filling = false;
    fillColors();
    fillTags();
    updateSummary();
}

void NotesBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kanbao
