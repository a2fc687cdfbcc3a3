#include "notes/tagpickerdialog.h"

#include "notes/notescommands.h"
#include "notes/notewidgets.h"
#include "notes/taglistmodel.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kanbao {

TagPickerDialog::TagPickerDialog(NotesEditor *editor, const QList<qint64> &articleIds, const QString &articleTitle,
                                 QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_articles(articleIds)
    , m_articleTitle(articleTitle)
    , m_model(new TagListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("tagPickerDialog"));
    m_model->setCheckable(true);
    m_model->setEditor(editor);

    // Which tags the articles carry now: all of them (checked), some (partly), none.
    if (m_editor) {
        QHash<qint64, int> carried;
        for (qint64 article : std::as_const(m_articles)) {
            for (const Tag &t : m_editor->store()->tagsOfArticle(article))
                carried[t.id]++;
        }
        for (auto it = carried.cbegin(); it != carried.cend(); ++it)
            m_initial.insert(it.key(), it.value() == m_articles.size() ? Qt::Checked : Qt::PartiallyChecked);
    }
    m_model->setCheckStates(m_initial);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(TagListModel::NameColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("tagNameField"));
    m_name->setClearButtonEnabled(true);
    m_name->installEventFilter(this);
    layout->addWidget(m_name);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionColumn(TagListModel::NameColumn);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(m_completer);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("tagPickerList"));
    m_list->setModel(m_filter);
    m_list->setModelColumn(TagListModel::NameColumn);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_manageButton = new QPushButton(this);
    m_manageButton->setAutoDefault(false);
    buttons->addWidget(m_manageButton);
    buttons->addStretch();
    m_okButton = new QPushButton(this);
    m_okButton->setObjectName(QStringLiteral("tagPickerOk"));
    m_okButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setAutoDefault(false);
    buttons->addWidget(m_okButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_filter->mapToSource(index);
        const qint64 id = source.data(TagListModel::TagIdRole).toLongLong();
        setChecked(id, source.data(Qt::CheckStateRole).toInt() != Qt::Checked);
    });
    connect(m_model, &TagListModel::checkStatesChanged, this, &TagPickerDialog::updateSummary);
    connect(m_okButton, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_manageButton, &QPushButton::clicked, this, &TagPickerDialog::manageTagsRequested);

    retranslate();
    m_name->setFocus();
    resize(380, 420);
}

void TagPickerDialog::setChecked(qint64 tagId, bool checked)
{
    m_model->setCheckState(tagId, checked ? Qt::Checked : Qt::Unchecked);
}

qint64 TagPickerDialog::commitName(const QString &typed)
{
    const QString name = typed.trimmed();
    if (!m_editor || name.isEmpty())
        return 0;
    for (const Tag &t : m_model->tags()) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0) {
            setChecked(t.id, true);
            m_name->clear();
            return t.id;
        }
    }
    // A new name: the tag is created now (its own undo step), and checked.
    const std::optional<qint64> id = m_editor->createTag(name, tagColorPresets().at(m_model->rowCount() % 10).name());
    if (!id) {
        m_error = m_editor->errorString();
        m_summary->setText(m_error);
        return 0;
    }
    setChecked(*id, true);
    m_name->clear();
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfTag(*id));
    if (index.isValid())
        m_list->scrollTo(index);
    return *id;
}

bool TagPickerDialog::apply()
{
    if (!m_editor)
        return false;
    QList<qint64> add;
    QList<qint64> remove;
    const QHash<qint64, Qt::CheckState> now = m_model->checkStates();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const Qt::CheckState before = m_initial.value(it.key(), Qt::Unchecked);
        if (it.value() == before)
            continue;
        if (it.value() == Qt::Checked)
            add << it.key();
        else if (it.value() == Qt::Unchecked)
            remove << it.key();
    }
    if (add.isEmpty() && remove.isEmpty())
        return true;
    QUndoStack *stack = m_editor->undoStack();
    const bool both = !add.isEmpty() && !remove.isEmpty();
    if (both)
        beginNotesMacro(stack, QT_TRANSLATE_NOOP("kanbao::notes", "Tag articles"));
    bool ok = true;
    if (!add.isEmpty())
        ok = m_editor->assignTags(m_articles, add);
    if (ok && !remove.isEmpty())
        ok = m_editor->removeTags(m_articles, remove);
    if (both)
        stack->endMacro();
    if (!ok) {
        m_error = m_editor->errorString();
        m_summary->setText(m_error);
        return false;
    }
    m_initial = now;
    return true;
}

void TagPickerDialog::updateSummary()
{
    int adding = 0;
    int removing = 0;
    const QHash<qint64, Qt::CheckState> now = m_model->checkStates();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const Qt::CheckState before = m_initial.value(it.key(), Qt::Unchecked);
        if (it.value() != before)
            (it.value() == Qt::Checked ? adding : removing)++;
    }
    if (!m_editor)
        m_summary->setText(tr("No library is open."));
    else if (adding + removing == 0)
        m_summary->setText(m_model->rowCount() == 0 ? tr("No tags yet: type a name and press Enter to create one.")
                                                     : tr("Type to find a tag; Enter checks it or creates a new one."));
    else
        m_summary->setText(tr("OK will add %1 and remove %2.")
                               .arg(tr("%n tag(s)", nullptr, adding), tr("%n tag(s)", nullptr, removing)));
}

bool TagPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // With a name typed, Enter takes the name; with the field empty it means OK.
        if (enter && !m_name->text().trimmed().isEmpty()) {
            commitName(m_name->text());
            return true;
        }
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0 && !(m_completer->popup() && m_completer->popup()->isVisible())) {
            m_list->setFocus();
            m_list->setCurrentIndex(m_filter->index(0, TagListModel::NameColumn));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TagPickerDialog::retranslate()
{
    setWindowTitle(tr("Tag Articles"));
    if (m_articles.size() == 1 && !m_articleTitle.isEmpty())
        m_title->setText(tr("Tags of “%1”").arg(m_articleTitle));
    else
        m_title->setText(tr("Tags of %n article(s)", nullptr, int(m_articles.size())));
    m_name->setPlaceholderText(tr("Tag name — Enter to check it or create it"));
    m_manageButton->setText(tr("Manage Tags…"));
    m_okButton->setText(tr("OK"));
    m_cancelButton->setText(tr("Cancel"));
    updateSummary();
}

void TagPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace kanbao
