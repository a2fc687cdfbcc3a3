#include "notes/tagmanagerdialog.h"

#include "dialogprovider.h"
#include "notes/notewidgets.h"
#include "notes/taglistmodel.h"

#include <QAction>
#include <QColorDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kanbao {

TagManagerDialog::TagManagerDialog(NotesEditor *editor, DialogProvider *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_dialogs(dialogs)
    , m_model(new TagListModel(this))
{
    setObjectName(QStringLiteral("tagManagerDialog"));
    m_model->setEditor(editor);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("tagManagerView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagListModel::CountColumn, QHeaderView::ResizeToContents);
    row->addWidget(m_view, 1);

    auto *buttons = new QVBoxLayout;
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newTagButton"));
    m_renameButton = new QPushButton(this);
    m_renameButton->setObjectName(QStringLiteral("renameTagButton"));
    m_colorButton = new QToolButton(this);
    m_colorButton->setObjectName(QStringLiteral("recolorTagButton"));
    m_colorButton->setPopupMode(QToolButton::InstantPopup);
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colorButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(QStringLiteral("deleteTagButton"));
    for (QPushButton *b : {m_newButton, m_renameButton, m_deleteButton})
        b->setAutoDefault(false);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_colorButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    m_closeButton = new QPushButton(this);
    m_closeButton->setDefault(true);
    bottom->addWidget(m_closeButton);
    layout->addLayout(bottom);

    // The dialog has focus while it is open: give it the window's undo and redo keys.
    if (m_editor && m_editor->undoStack()) {
        QAction *undo = m_editor->undoStack()->createUndoAction(this);
        undo->setShortcut(QKeySequence::Undo);
        undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QAction *redo = m_editor->undoStack()->createRedoAction(this);
        redo->setShortcut(QKeySequence::Redo);
        redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addActions({undo, redo});
    }

    buildColorMenu();
    connect(m_newButton, &QPushButton::clicked, this, [this] { newTag(); });
    connect(m_renameButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            m_view->edit(m_model->index(index.row(), TagListModel::NameColumn));
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &TagManagerDialog::deleteCurrent);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagManagerDialog::updateButtons);
    // A change reloads the list (names re-sort): keep the tag chosen.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentTag(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep)
            selectTag(m_keep);
        m_keep = 0;
        updateButtons();
    });
    connect(m_model, &TagListModel::renameFailed, this, [this](const QString &message) {
        m_error = message;
        m_dialogs->warning(this, tr("Cannot rename the tag"), message);
    });

    retranslate();
    updateButtons();
    resize(460, 420);
}

void TagManagerDialog::buildColorMenu()
{
    auto *menu = new QMenu(m_colorButton);
    for (const QColor &color : tagColorPresets()) {
        QAction *action = menu->addAction(colorDotIcon(color), color.name());
        connect(action, &QAction::triggered, this, [this, color] { recolorCurrent(color); });
    }
    menu->addSeparator();
    QAction *other = menu->addAction(tr("Other Color…"));
    other->setObjectName(QStringLiteral("otherTagColorAction"));
    connect(other, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (!index.isValid())
            return;
        const QColor start(index.data(TagListModel::TagColorRole).toString());
        const QColor chosen = QColorDialog::getColor(start, this, tr("Tag Color"));
        if (chosen.isValid())
            recolorCurrent(chosen);
    });
    m_colorButton->setMenu(menu);
}

qint64 TagManagerDialog::currentTag() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(TagListModel::TagIdRole).toLongLong() : 0;
}

void TagManagerDialog::selectTag(qint64 tagId)
{
    const QModelIndex index = m_model->indexOfTag(tagId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

bool TagManagerDialog::report(bool ok)
{
    if (ok) {
        m_error.clear();
        return true;
    }
    m_error = m_editor ? m_editor->errorString() : tr("No library is open.");
    return false;
}

QString TagManagerDialog::unusedName() const
{
    const QString base = tr("New tag");
    QString name = base;
    for (int n = 2; m_editor && m_editor->store()->tagByName(name); ++n)
        name = tr("%1 %2").arg(base, QString::number(n));
    return name;
}

std::optional<qint64> TagManagerDialog::newTag(const QString &name, const QString &color)
{
    if (!m_editor)
        return std::nullopt;
    const bool edit = name.isEmpty();
    const QString chosen = edit ? unusedName() : name.trimmed();
    // New tags take the next preset color, so a fresh list is not all one blue.
    QString c = color;
    if (c.isEmpty()) {
        const QList<QColor> presets = tagColorPresets();
        c = presets.at(m_model->rowCount() % presets.size()).name();
    }
    const std::optional<qint64> id = m_editor->createTag(chosen, c);
    if (!report(id.has_value())) {
        m_dialogs->warning(this, tr("Cannot create the tag"), m_error);
        return std::nullopt;
    }
    selectTag(*id);
    if (edit && isVisible())
        m_view->edit(m_model->indexOfTag(*id));
    return id;
}

bool TagManagerDialog::renameCurrent(const QString &name)
{
    const qint64 id = currentTag();
    if (!m_editor || !id)
        return false;
    if (!report(m_editor->renameTag(id, name.trimmed()))) {
        m_dialogs->warning(this, tr("Cannot rename the tag"), m_error);
        return false;
    }
    selectTag(id);
    return true;
}

bool TagManagerDialog::recolorCurrent(const QColor &color)
{
    const qint64 id = currentTag();
    if (!m_editor || !id)
        return false;
    if (!report(m_editor->recolorTag(id, color.name())))
        return false;
    selectTag(id);
    return true;
}

bool TagManagerDialog::deleteCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    const qint64 id = currentTag();
    if (!m_editor || !id)
        return false;
    const QString name = index.data(TagListModel::TagNameRole).toString();
    const int count = index.data(TagListModel::TagCountRole).toInt();
    if (count > 0) {
        const auto answer = m_dialogs->question(
            this, tr("Delete Tag"),
            tr("Delete the tag “%1”? It is on %n article(s). You can undo this with Edit ▸ Undo.", nullptr, count)
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const int row = index.row();
    if (!report(m_editor->deleteTag(id)))
        return false;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), TagListModel::NameColumn));
    return true;
}

void TagManagerDialog::updateButtons()
{
    const bool has = m_view->currentIndex().isValid() && m_editor;
    m_newButton->setEnabled(m_editor != nullptr);
    m_renameButton->setEnabled(has);
    m_colorButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
    const QString color = has ? m_view->currentIndex().data(TagListModel::TagColorRole).toString() : QString();
    m_colorButton->setIcon(colorDotIcon(color.isEmpty() ? QColor(Qt::lightGray) : QColor(color)));
}

void TagManagerDialog::retranslate()
{
    setWindowTitle(tr("Manage Tags"));
    m_newButton->setText(tr("&New Tag"));
    m_renameButton->setText(tr("&Rename"));
    m_colorButton->setText(tr("&Color"));
    m_deleteButton->setText(tr("&Delete"));
    m_closeButton->setText(tr("Close"));
    m_hint->setText(tr("Double-click a name to rename it. Changes are saved at once; Ctrl+Z undoes them."));
}

void TagManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace kanbao
