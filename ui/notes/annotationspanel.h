#pragma once

#include "notes/articlehighlighter.h"
#include "notes/noteseditor.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QStackedWidget;

namespace kanbao {

class AnnotationListModel;
class HighlightColorBar;

// The annotations of the article being read: highlight the pane's selection in a color, add a note on
// the whole article, and for the one chosen in the list change its color, write its note (saved as you
// type, one undo step per editing session) or delete it. Choosing an annotation shows it in the pane;
// clicking a highlight in the pane chooses it here.
class AnnotationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationsPanel(QWidget *parent = nullptr);
    ~AnnotationsPanel() override;

    void setEditor(NotesEditor *editor);
    void setHighlighter(ArticleHighlighter *highlighter);
    NotesEditor *editor() const { return m_editor; }

    AnnotationListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    HighlightColorBar *highlightBar() const { return m_highlightBar; }
    HighlightColorBar *recolorBar() const { return m_recolorBar; }

    qint64 currentAnnotation() const;
    void selectAnnotation(qint64 id, bool showInArticle = true);

    // The pane's selection highlighted in `color`; the new highlight is chosen in the list.
    std::optional<qint64> highlightSelection(const QString &color, const QString &note = QString());
    // A note on the article shown, its text to be written in the note field (which gets the focus).
    std::optional<qint64> addArticleNote(const QString &note = QString());
    bool recolorCurrent(const QString &color);
    bool deleteCurrent();
    // Writes a note still being typed (it is also written after a short pause and when focus leaves).
    void flushNote();
    void focusNote();

    QString lastError() const { return m_error; }
    QString lastColor() const { return m_lastColor; }

Q_SIGNALS:
    void editFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void updateEditorArea();
    void onCurrentChanged();
    void onModelReloaded();
    void showListContextMenu(const QPoint &pos);
    bool report(bool ok);

    QPointer<NotesEditor> m_editor;
    QPointer<ArticleHighlighter> m_highlighter;
    AnnotationListModel *m_model = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_highlightLabel = nullptr;
    HighlightColorBar *m_highlightBar = nullptr;
    QToolButton *m_articleNoteButton = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_emptyHint = nullptr;
    QWidget *m_editorArea = nullptr;
    QLabel *m_colorLabel = nullptr;
    HighlightColorBar *m_recolorBar = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QTimer m_noteTimer;
    qint64 m_editingId = 0;     // the annotation the note field belongs to
    qint64 m_reselectId = 0;    // kept across a model reset
    bool m_loadingNote = false;
    QString m_lastColor = QStringLiteral("yellow");
    QString m_error;
};

} // namespace kanbao
