#pragma once

#include "notes/noteseditor.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCompleter;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace kanbao {

class TagListModel;

// The quick way to tag (Ctrl+T): type a name, with completion, and Enter checks that tag, or creates it
// when there is none; or tick tags in the list. For several articles a tag some of them carry shows
// partly checked and stays as it is unless clicked. OK applies the difference as one undo step.
class TagPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // `articleTitle` names the article when there is one (the dialog says "3 articles" otherwise).
    TagPickerDialog(NotesEditor *editor, const QList<qint64> &articleIds, const QString &articleTitle = QString(),
                    QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QListView *listView() const { return m_list; }
    TagListModel *model() const { return m_model; }
    QCompleter *completer() const { return m_completer; }
    QList<qint64> articleIds() const { return m_articles; }

    // What Enter in the name field does; returns the tag checked (created when new), 0 on failure.
    qint64 commitName(const QString &name);
    void setChecked(qint64 tagId, bool checked);
    // Writes the changes (also done by OK). Returns false with lastError() when the library refused.
    bool apply();
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void manageTagsRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateSummary();

    QPointer<NotesEditor> m_editor;
    QList<qint64> m_articles;
    QString m_articleTitle;
    QHash<qint64, Qt::CheckState> m_initial;
    TagListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QCompleter *m_completer = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_manageButton = nullptr;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QString m_error;
};

} // namespace kanbao
