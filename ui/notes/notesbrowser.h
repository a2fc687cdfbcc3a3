#pragma once

#include "notes/notesbrowsermodel.h"
#include "notes/noteseditor.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;

namespace kanbao {

// Every highlight and note in the library in one list: search their text, narrow by the article's
// tag, the highlight color, the kind (highlights, notes on articles, orphans) and a date range (the
// issue's date or the day the note was written). Activating a row opens the article at the spot.
// Orphans (their article was replaced by a re-import and the quote not found again) are listed with the
// file and headline they came from.
class NotesBrowser : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Everything, Highlights, ArticleNotes, Orphans };
    enum class DateFilter { Any, IssueDate, WrittenDate };

    explicit NotesBrowser(QWidget *parent = nullptr);

    void setEditor(NotesEditor *editor);

    NotesBrowserModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *colorFilter() const { return m_color; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *dateFilter() const { return m_dateField; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QLabel *summaryLabel() const { return m_summary; }

    // The filters, set from code (tests, "show the notes of this tag" elsewhere). Each applies at once.
    void setSearchText(const QString &text);
    void setTag(const QString &name);   // empty: every tag
    void setColor(const QString &name); // empty: every color
    void setKind(Kind kind);
    void setDateRange(DateFilter field, QDate from, QDate to);
    void clearFilters();

    NotesQuery query() const; // the query the filters make
    void applyFilters();       // runs it now (the search field waits for a pause in typing)

Q_SIGNALS:
    // A note was activated: show its article, at the highlight (start/end -1 for notes on articles).
    void openNoteRequested(qint64 articleId, qint64 annotationId, int start, int end);
    // An orphan was activated: it has no article to open.
    void orphanActivated(qint64 annotationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTags();
    void fillColors();
    void updateSummary();
    void updateDateEditors();
    void onActivated(const QModelIndex &index);

    QPointer<NotesEditor> m_editor;
    NotesBrowserModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_tagLabel = nullptr;
    QComboBox *m_tag = nullptr;
    QLabel *m_colorLabel = nullptr;
    QComboBox *m_color = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_dateField = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_dash = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_list = nullptr;
    QTimer m_searchTimer;
    bool m_filling = false;
};

} // namespace kanbao
