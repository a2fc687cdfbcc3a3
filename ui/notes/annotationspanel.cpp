#include "notes/annotationspanel.h"

#include "articleview.h"
#include "notes/annotationlistmodel.h"
#include "notes/articlehighlighter.h"
#include "notes/notecarddelegate.h"
#include "notes/noteroles.h"
#include "notes/noteseditor.h"
#include "notes/notewidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kanbao {

AnnotationsPanel::AnnotationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationListModel(this))
{
    setObjectName(QStringLiteral("annotationsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("annotationsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("annotationsSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_summary);

    auto *actionsRow = new QHBoxLayout;
    actionsRow->setSpacing(4);
    m_highlightLabel = new QLabel(this);
    actionsRow->addWidget(m_highlightLabel);
    m_highlightBar = new HighlightColorBar(this);
    m_highlightBar->setObjectName(QStringLiteral("highlightBar"));
    actionsRow->addWidget(m_highlightBar, 1);
    m_articleNoteButton = new QToolButton(this);
    m_articleNoteButton->setObjectName(QStringLiteral("articleNoteButton"));
    m_articleNoteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actionsRow->addWidget(m_articleNoteButton);
    layout->addLayout(actionsRow);

    m_listStack = new QStackedWidget(this);
    m_list = new QListView(m_listStack);
    m_list->setObjectName(QStringLiteral("annotationsList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NoteCardDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);
    QPalette listPalette = m_list->palette();
    listPalette.setColor(QPalette::Base, listPalette.color(QPalette::Window));
    m_list->setPalette(listPalette);
    m_list->viewport()->setAutoFillBackground(false);
    m_listStack->addWidget(m_list);
    m_emptyHint = new QLabel(m_listStack);
    m_emptyHint->setObjectName(QStringLiteral("annotationsEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setMargin(16);
    m_listStack->addWidget(m_emptyHint);
    layout->addWidget(m_listStack, 1);

    m_editorArea = new QWidget(this);
    m_editorArea->setObjectName(QStringLiteral("annotationEditor"));
    auto *editorLayout = new QVBoxLayout(m_editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(4);
    auto *colorRow = new QHBoxLayout;
    m_colorLabel = new QLabel(m_editorArea);
    colorRow->addWidget(m_colorLabel);
    m_recolorBar = new HighlightColorBar(m_editorArea);
    m_recolorBar->setObjectName(QStringLiteral("recolorBar"));
    colorRow->addWidget(m_recolorBar, 1);
    m_deleteButton = new QToolButton(m_editorArea);
    m_deleteButton->setObjectName(QStringLiteral("deleteAnnotationButton"));
    m_deleteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    colorRow->addWidget(m_deleteButton);
    editorLayout->addLayout(colorRow);
    m_noteEdit = new QPlainTextEdit(m_editorArea);
    m_noteEdit->setObjectName(QStringLiteral("annotationNoteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(110);
    m_noteEdit->installEventFilter(this);
    editorLayout->addWidget(m_noteEdit);
    layout->addWidget(m_editorArea);

    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(600);
    connect(&m_noteTimer, &QTimer::timeout, this, &AnnotationsPanel::flushNote);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingNote && m_editingId)
            m_noteTimer.start();
    });
    connect(m_highlightBar, &HighlightColorBar::colorChosen, this,
            [this](const QString &color) { highlightSelection(color); });
    connect(m_recolorBar, &HighlightColorBar::colorChosen, this, &AnnotationsPanel::recolorCurrent);
    connect(m_deleteButton, &QToolButton::clicked, this, &AnnotationsPanel::deleteCurrent);
    connect(m_articleNoteButton, &QToolButton::clicked, this, [this] { addArticleNote(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationsPanel::onCurrentChanged);
    connect(m_list, &QListView::customContextMenuRequested, this, &AnnotationsPanel::showListContextMenu);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_reselectId = currentAnnotation(); });
    connect(m_model, &AnnotationListModel::annotationsReloaded, this, &AnnotationsPanel::onModelReloaded);

    retranslate();
    updateHeader();
    updateEditorArea();
}

AnnotationsPanel::~AnnotationsPanel() = default;

void AnnotationsPanel::setEditor(NotesEditor *editor)
{
    m_editingId = 0;
    m_editor = editor;
    m_model->setStore(editor ? editor->store() : nullptr);
    if (m_highlighter)
        m_model->setArticle(m_highlighter->articleId());
    updateHeader();
    updateEditorArea();
}

void AnnotationsPanel::setHighlighter(ArticleHighlighter *highlighter)
{
    if (m_highlighter)
        disconnect(m_highlighter, nullptr, this, nullptr);
    m_highlighter = highlighter;
    if (!m_highlighter)
        return;
    connect(m_highlighter, &ArticleHighlighter::articleChanged, this, [this](qint64 articleId) {
        flushNote();
        m_model->setArticle(articleId);
        updateHeader();
    });
    connect(m_highlighter, &ArticleHighlighter::annotationClicked, this,
            [this](qint64 id) { selectAnnotation(id, false); });
    connect(m_highlighter, &ArticleHighlighter::bodySelectionChanged, this, [this](bool has) {
        m_highlightBar->setEnabled(has && m_editor);
    });
    m_model->setArticle(m_highlighter->articleId());
    updateHeader();
}

qint64 AnnotationsPanel::currentAnnotation() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(AnnotationIdRole).toLongLong() : 0;
}

void AnnotationsPanel::selectAnnotation(qint64 id, bool showInArticle)
{
    const QModelIndex index = m_model->indexOfAnnotation(id);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    if (showInArticle && m_highlighter) {
        const int start = index.data(StartOffsetRole).toInt();
        const int end = index.data(EndOffsetRole).toInt();
        if (start >= 0 && end > start)
            m_highlighter->scrollTo({start, end});
    }
}

void AnnotationsPanel::onModelReloaded()
{
    const qint64 keep = m_reselectId;
    m_reselectId = 0;
    if (m_highlighter)
        m_highlighter->setAnnotations(m_model->annotations());
    if (keep) {
        const QModelIndex index = m_model->indexOfAnnotation(keep);
        if (index.isValid()) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(index);
        }
    }
    updateHeader();
    updateEditorArea();
}

void AnnotationsPanel::onCurrentChanged()
{
    const qint64 id = currentAnnotation();
    if (id != m_editingId)
        flushNote();
    if (m_highlighter) {
        m_highlighter->setActiveAnnotation(id);
        const QModelIndex index = m_list->currentIndex();
        const int start = index.data(StartOffsetRole).toInt();
        const int end = index.data(EndOffsetRole).toInt();
        if (index.isValid() && start >= 0 && end > start && m_list->hasFocus())
            m_highlighter->scrollTo({start, end});
    }
    updateEditorArea();
}

void AnnotationsPanel::updateHeader()
{
    const ArticleView *view = m_highlighter ? m_highlighter->view() : nullptr;
    const bool hasArticle = view && view->article() && m_highlighter->articleId() != 0;
    if (hasArticle) {
        const ArticleDetail &a = *view->article();
        m_title->setText(a.headline.isEmpty() ? (a.kicker.isEmpty() ? tr("(no headline)") : a.kicker) : a.headline);
    } else {
        m_title->setText(tr("No article open"));
    }
    int highlights = 0;
    int notes = 0;
    for (const Annotation &a : m_model->annotations())
        (a.kind == AnnotationKind::Note ? notes : highlights)++;
    if (!hasArticle)
        m_summary->clear();
    else if (highlights + notes == 0)
        m_summary->setText(tr("No highlights or notes yet"));
    else
        m_summary->setText(tr("%n highlight(s)", nullptr, highlights) + QStringLiteral(" · ")
                           + tr("%n note(s) on the article", nullptr, notes));
    m_highlightBar->setEnabled(hasArticle && m_editor && m_highlighter->selectedSpan().has_value());
    m_articleNoteButton->setEnabled(hasArticle && m_editor);
    if (!m_editor)
        m_emptyHint->setText(tr("Open a library to highlight articles and take notes."));
    else if (!hasArticle)
        m_emptyHint->setText(tr("Open an article to see its highlights and notes."));
    else
        m_emptyHint->setText(tr("Select text in the article and click a color above to highlight it. "
                                "Right-click the selection for more."));
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_emptyHint);
}

void AnnotationsPanel::updateEditorArea()
{
    const QModelIndex index = m_list->currentIndex();
    const bool has = index.isValid() && m_editor;
    m_editorArea->setVisible(has);
    if (!has) {
        m_editingId = 0;
        return;
    }
    const qint64 id = index.data(AnnotationIdRole).toLongLong();
    const bool highlight = index.data(NoteKindRole).toInt() == int(AnnotationKind::Highlight);
    m_colorLabel->setVisible(highlight);
    m_recolorBar->setVisible(highlight);
    m_recolorBar->setCurrentColor(highlight ? index.data(ColorNameRole).toString() : QString());
    const QString stored = index.data(NoteTextRole).toString();
    // Keep what is being typed; otherwise show the stored note (it may have changed by an undo).
    if (id != m_editingId || (!m_noteTimer.isActive() && m_noteEdit->toPlainText() != stored)) {
        m_loadingNote = true;
        m_noteEdit->setPlainText(stored);
        m_noteEdit->moveCursor(QTextCursor::End);
        m_loadingNote = false;
    }
    m_editingId = id;
    m_noteEdit->setPlaceholderText(highlight ? tr("Add a note to this highlight…") : tr("Write a note on the article…"));
}

void AnnotationsPanel::flushNote()
{
    m_noteTimer.stop();
    if (!m_editor || !m_editingId)
        return;
    const QModelIndex index = m_model->indexOfAnnotation(m_editingId);
    if (!index.isValid())
        return;
    const QString text = m_noteEdit->toPlainText();
    if (text == index.data(NoteTextRole).toString())
        return;
    report(m_editor->editNote(m_editingId, text));
}

void AnnotationsPanel::focusNote()
{
    if (m_editorArea->isVisible())
        m_noteEdit->setFocus(Qt::OtherFocusReason);
}

bool AnnotationsPanel::report(bool ok)
{
    if (ok) {
        m_error.clear();
        return true;
    }
    m_error = m_editor ? m_editor->errorString() : tr("No library is open.");
    Q_EMIT editFailed(m_error);
    return false;
}

std::optional<qint64> AnnotationsPanel::highlightSelection(const QString &color, const QString &note)
{
    if (!m_editor || !m_highlighter || !m_highlighter->articleId()) {
        report(false);
        return std::nullopt;
    }
    const std::optional<TextSpan> span = m_highlighter->selectedSpan();
    if (!span) {
        m_error = tr("Select some text of the article first.");
        Q_EMIT editFailed(m_error);
        return std::nullopt;
    }
    flushNote();
    const std::optional<qint64> id = m_editor->addHighlight(m_highlighter->articleId(), *span, color, note);
    if (!report(id.has_value()))
        return std::nullopt;
    m_lastColor = color;
    // The reader sees the new highlight instead of the selection that hid it.
    QTextCursor cursor = m_highlighter->view()->textCursor();
    cursor.clearSelection();
    m_highlighter->view()->setTextCursor(cursor);
    selectAnnotation(*id, false);
    return id;
}

std::optional<qint64> AnnotationsPanel::addArticleNote(const QString &note)
{
    if (!m_editor || !m_highlighter || !m_highlighter->articleId()) {
        report(false);
        return std::nullopt;
    }
    flushNote();
    const std::optional<qint64> id = m_editor->addArticleNote(m_highlighter->articleId(), note);
    if (!report(id.has_value()))
        return std::nullopt;
    selectAnnotation(*id, false);
    focusNote();
    return id;
}

bool AnnotationsPanel::recolorCurrent(const QString &color)
{
    const qint64 id = currentAnnotation();
    if (!m_editor || !id)
        return false;
    flushNote();
    if (!report(m_editor->recolorHighlight(id, color)))
        return false;
    m_lastColor = color;
    return true;
}

bool AnnotationsPanel::deleteCurrent()
{
    const qint64 id = currentAnnotation();
    if (!m_editor || !id)
        return false;
    // A note being typed is written first, so the undo of the deletion brings it back too.
    flushNote();
    const int row = m_list->currentIndex().row();
    m_editingId = 0;
    if (!report(m_editor->deleteAnnotation(id)))
        return false;
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    return true;
}

void AnnotationsPanel::showListContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid() || !m_editor)
        return;
    m_list->setCurrentIndex(index);
    QMenu menu(this);
    if (index.data(NoteKindRole).toInt() == int(AnnotationKind::Highlight)) {
        QMenu *colors = menu.addMenu(tr("Color"));
        for (const QString &name : highlightColorNames()) {
            QAction *action = colors->addAction(colorDotIcon(highlightColor(name)), highlightColorLabel(name));
            action->setCheckable(true);
            action->setChecked(name == index.data(ColorNameRole).toString());
            connect(action, &QAction::triggered, this, [this, name] { recolorCurrent(name); });
        }
        QAction *copy = menu.addAction(tr("Copy Quote"));
        const QString quote = index.data(QuoteRole).toString();
        connect(copy, &QAction::triggered, this, [quote] { QApplication::clipboard()->setText(quote); });
    }
    QAction *edit = menu.addAction(tr("Edit Note"));
    connect(edit, &QAction::triggered, this, &AnnotationsPanel::focusNote);
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, &AnnotationsPanel::deleteCurrent);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool AnnotationsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            deleteCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            focusNote();
            return true;
        }
    }
    if (watched == m_noteEdit && event->type() == QEvent::FocusOut)
        flushNote();
    if (watched == m_noteEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            flushNote();
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AnnotationsPanel::retranslate()
{
    m_highlightLabel->setText(tr("Highlight:"));
    m_highlightBar->setToolTip(tr("Highlight the text selected in the article"));
    m_articleNoteButton->setText(tr("+ Note"));
    m_articleNoteButton->setToolTip(tr("Write a note on the whole article"));
    m_colorLabel->setText(tr("Color:"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete this annotation (it can be undone)"));
    updateHeader();
    updateEditorArea();
}

void AnnotationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kanbao
