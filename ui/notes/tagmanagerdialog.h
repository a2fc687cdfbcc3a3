#pragma once

#include "notes/noteseditor.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeView;

namespace kanbao {

class DialogProvider;
class TagListModel;

// Create, rename (in place), recolor and delete tags, each with how many articles carry it. Not modal:
// the library stays in reach, every change is written at once and Edit ▸ Undo takes it back (the
// dialog carries the undo shortcuts too).
class TagManagerDialog : public QDialog
{
    Q_OBJECT

public:
    TagManagerDialog(NotesEditor *editor, DialogProvider *dialogs, QWidget *parent = nullptr);

    TagListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    qint64 currentTag() const;
    void selectTag(qint64 tagId);

    // The buttons' work, callable from code. newTag() starts editing the new tag's name.
    std::optional<qint64> newTag(const QString &name = QString(), const QString &color = QString());
    bool renameCurrent(const QString &name);
    bool recolorCurrent(const QColor &color);
    bool deleteCurrent(); // asks first when articles carry the tag

    QString lastError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void buildColorMenu();
    bool report(bool ok);
    QString unusedName() const;

    QPointer<NotesEditor> m_editor;
    DialogProvider *m_dialogs;
    TagListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QToolButton *m_colorButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QString m_error;
    qint64 m_keep = 0;
};

} // namespace kanbao
