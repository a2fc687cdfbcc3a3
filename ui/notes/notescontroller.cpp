#include "notes/notescontroller.h"

#include "escapeclose.h"
#include "notes/notescommands.h"

#include "articleview.h"
#include "dialogprovider.h"
#include "library/library.h"
#include "notes/annotationlistmodel.h"
#include "notes/annotationspanel.h"
#include "notes/articlehighlighter.h"
#include "notes/exportnotesdialog.h"
#include "notes/notesbrowser.h"
#include "notes/notewidgets.h"
#include "notes/selectionpopup.h"
#include "notes/tagchipbar.h"
#include "notes/tagmanagerdialog.h"
#include "notes/tagpickerdialog.h"
#include "notes/tagrowfilter.h"
#include "notes/tagspanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QListView>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace kanbao {

NotesController::NotesController(ArticleView *view, DialogProvider *dialogs, QMainWindow *window)
    : QObject(window)
    , m_view(view)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_stack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("notesController"));
    m_highlighter = new ArticleHighlighter(view, this);
    m_popup = new SelectionPopup(m_highlighter);
    m_chips = new TagChipBar(view);
    connect(m_chips, &TagChipBar::tagClicked, this,
            [this](const QString &name) { emit tagSearchRequested(TagChipBar::tagQuery(name)); });

    m_panel = new AnnotationsPanel(window);
    m_panel->setHighlighter(m_highlighter);
    m_panelDock = new QDockWidget(window);
    m_panelDock->setObjectName(QStringLiteral("annotationsDock"));
    m_panelDock->setWidget(m_panel);

    m_browser = new NotesBrowser(window);
    m_browserDock = new QDockWidget(window);
    m_browserDock->setObjectName(QStringLiteral("notesBrowserDock"));
    m_browserDock->setWidget(m_browser);
    closeOnEscape(m_browserDock); // opened on demand (Notes Browser, a tag's notes): Escape puts it away

    m_tagsPanel = new TagsPanel(window);
    m_tagsDock = new QDockWidget(window);
    m_tagsDock->setObjectName(QStringLiteral("tagsDock"));
    m_tagsDock->setWidget(m_tagsPanel);

    createActions();

    connect(m_popup, &SelectionPopup::colorChosen, this, [this](const QString &color) { highlightSelection(color); });
    connect(m_popup, &SelectionPopup::noteRequested, this, &NotesController::highlightSelectionWithNote);
    connect(m_highlighter, &ArticleHighlighter::contextMenuAboutToShow, this, &NotesController::fillContextMenu);
    connect(m_highlighter, &ArticleHighlighter::articleChanged, this, &NotesController::updateActions);
    connect(m_highlighter, &ArticleHighlighter::bodySelectionChanged, this, &NotesController::updateActions);
    connect(m_panel, &AnnotationsPanel::editFailed, this, &NotesController::showMessage);
    connect(m_browser, &NotesBrowser::openNoteRequested, this, &NotesController::openNote);
    connect(m_browser, &NotesBrowser::orphanActivated, this, &NotesController::showOrphan);
    connect(m_tagsPanel, &TagsPanel::openArticleRequested, this, &NotesController::openArticleRequested);
    connect(m_tagsPanel, &TagsPanel::manageTagsRequested, this, &NotesController::openTagManager);
    connect(m_tagsPanel, &TagsPanel::showNotesOfTagRequested, this, &NotesController::showNotesBrowser);
    connect(m_stack, &QUndoStack::indexChanged, this, &NotesController::updateActions);

    window->installEventFilter(this);
    retranslate();
    updateActions();
}

NotesController::~NotesController()
{
    // The commands on the stack point at the store: they go first, without telling the actions and
    // docks, which the window may already have deleted.
    disconnect(m_stack, nullptr, this, nullptr);
    m_stack->clear();
}

bool NotesController::openLibrary(const QString &path)
{
    closeLibrary();
    auto library = std::make_unique<Library>();
    LibraryOpenOptions options;
    options.create = false;
    options.readOnlyWhenNotWritable = true; // notes are read and exported; edits fail with a message
    if (!library->open(path, options)) {
        m_error = library->errorString();
        return false;
    }
    m_library = std::move(library);
    m_store = std::make_unique<NotesStore>(*m_library);
    attach();
    return true;
}

void NotesController::setDatabase(QSqlDatabase db)
{
    closeLibrary();
    m_store = std::make_unique<NotesStore>(db);
    attach();
}

void NotesController::attach()
{
    m_error.clear();
    m_editor = std::make_unique<NotesEditor>(m_store.get(), m_stack);
    connect(m_editor.get(), &NotesEditor::editFailed, this, [this](const QString &message) {
        m_dialogs->warning(m_window, tr("Notes"), tr("The change could not be written: %1").arg(message));
    });
    m_panel->setEditor(m_editor.get());
    m_browser->setEditor(m_editor.get());
    m_tagsPanel->setEditor(m_editor.get());
    m_chips->setEditor(m_editor.get());
    for (TagRowFilter *filter : std::as_const(m_filters)) {
        if (filter)
            filter->setEditor(m_editor.get());
    }
    m_highlighter->refresh();
    updateActions();
}

void NotesController::closeLibrary()
{
    m_stack->clear();
    for (QDialog *dialog : std::initializer_list<QDialog *>{m_picker, m_manager, m_export}) {
        if (dialog)
            dialog->close();
    }
    m_panel->setEditor(nullptr);
    m_browser->setEditor(nullptr);
    m_tagsPanel->setEditor(nullptr);
    m_chips->setEditor(nullptr);
    for (TagRowFilter *filter : std::as_const(m_filters)) {
        if (filter)
            filter->setEditor(nullptr);
    }
    m_highlighter->setAnnotations({});
    m_editor.reset();
    m_store.reset();
    m_library.reset();
    updateActions();
}

void NotesController::setSelectedArticlesProvider(std::function<QList<qint64>()> provider)
{
    m_selection = std::move(provider);
}

void NotesController::setArticleLists(const QList<ArticleList> &lists)
{
    m_lists = lists;
    for (const ArticleList &list : lists) {
        if (list.view)
            list.view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    }
    if (!m_selection) {
        m_selection = [this] {
            QList<qint64> ids;
            for (const ArticleList &list : std::as_const(m_lists)) {
                if (!list.view || !list.view->hasFocus() || !list.view->selectionModel())
                    continue;
                for (const QModelIndex &index : list.view->selectionModel()->selectedRows()) {
                    const qint64 id = index.data(list.idRole).toLongLong();
                    if (id && !ids.contains(id))
                        ids << id;
                }
            }
            return ids;
        };
    }
}

TagRowFilter *NotesController::addTagFilter(QListView *view, int idRole)
{
    TagRowFilter *filter = TagRowFilter::installAbove(view, idRole);
    if (filter) {
        filter->setEditor(m_editor.get());
        m_filters.append(filter);
    }
    return filter;
}

QList<qint64> NotesController::selectedArticles() const
{
    QList<qint64> ids = m_selection ? m_selection() : QList<qint64>();
    ids.removeAll(0);
    if (ids.isEmpty() && m_highlighter->articleId())
        ids << m_highlighter->articleId();
    return ids;
}

static QAction *makeAction(QObject *parent, const char *name, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void NotesController::createActions()
{
    m_undo = makeAction(this, "undoAction", QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    m_redo = makeAction(this, "redoAction", QKeySequence::Redo);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &NotesController::retranslate);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &NotesController::retranslate);

    m_highlight = makeAction(this, "highlightAction", QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_highlight, &QAction::triggered, this, [this] { highlightSelection(); });
    m_highlightNote = makeAction(this, "highlightWithNoteAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_highlightNote, &QAction::triggered, this, &NotesController::highlightSelectionWithNote);
    int number = 1;
    for (const QString &name : highlightColorNames()) {
        auto *action = new QAction(colorDotIcon(highlightColor(name)), QString(), this);
        action->setObjectName(QStringLiteral("highlight_") + name);
        action->setData(name);
        // Alt+1 … Alt+6: one key per color while reading.
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number++)));
        connect(action, &QAction::triggered, this, [this, name] { highlightSelection(name); });
        m_colorActions.append(action);
    }
    m_articleNote = makeAction(this, "articleNoteAction", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(m_articleNote, &QAction::triggered, this, &NotesController::addArticleNote);
    m_tagArticles = makeAction(this, "tagArticlesAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tagArticles, &QAction::triggered, this, &NotesController::openTagPicker);
    m_manageTags = makeAction(this, "manageTagsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_manageTags, &QAction::triggered, this, &NotesController::openTagManager);
    m_exportNotes = makeAction(this, "exportNotesAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportNotes, &QAction::triggered, this, &NotesController::openExportDialog);
    m_showBrowser = makeAction(this, "notesBrowserAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_showBrowser, &QAction::triggered, this, [this] { showNotesBrowser(); });

    // The shortcuts work wherever focus is in the window, menus shown or not.
    m_window->addActions({m_undo, m_redo, m_highlight, m_highlightNote, m_articleNote, m_tagArticles, m_manageTags,
                          m_exportNotes, m_showBrowser});
    m_window->addActions(m_colorActions);
}

void NotesController::install(QMenu *fileMenu, QMenu *editMenu, QMenu *viewMenu, QMenu *beforeMenu)
{
    // Tabbed with the window's first dock on each side, so the reading pane keeps its width: the notes
    // next to the names of the article (raised when a highlight is made), the tags next to the issues.
    const auto firstDockIn = [this](Qt::DockWidgetArea area) -> QDockWidget * {
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock != m_panelDock && dock != m_browserDock && dock != m_tagsDock
                && m_window->dockWidgetArea(dock) == area && !dock->isFloating())
                return dock;
        }
        return nullptr;
    };
    QDockWidget *right = firstDockIn(Qt::RightDockWidgetArea);
    QDockWidget *left = firstDockIn(Qt::LeftDockWidgetArea);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_browserDock);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_tagsDock);
    if (right) {
        m_window->tabifyDockWidget(right, m_panelDock);
        m_window->tabifyDockWidget(m_panelDock, m_browserDock);
        right->raise();
    } else {
        m_window->tabifyDockWidget(m_panelDock, m_browserDock);
        m_panelDock->raise();
    }
    if (left) {
        m_window->tabifyDockWidget(left, m_tagsDock);
        left->raise();
    }
    m_tagsDock->hide();

    if (editMenu) {
        QAction *first = editMenu->actions().value(0);
        editMenu->insertActions(first, {m_undo, m_redo});
        m_editSeparator = editMenu->insertSeparator(first);
    }
    if (fileMenu) {
        // Next to the other ways out of the library: before the last group (Quit).
        QAction *anchor = nullptr;
        const QList<QAction *> actions = fileMenu->actions();
        for (int i = int(actions.size()) - 1; i >= 0; --i) {
            if (actions.at(i)->isSeparator()) {
                anchor = actions.at(i);
                break;
            }
        }
        fileMenu->insertAction(anchor, m_exportNotes);
    }
    if (viewMenu) {
        viewMenu->addSeparator();
        viewMenu->addAction(m_panelDock->toggleViewAction());
        viewMenu->addAction(m_browserDock->toggleViewAction());
        viewMenu->addAction(m_tagsDock->toggleViewAction());
    }

    m_notesMenu = new QMenu(m_window);
    m_notesMenu->setObjectName(QStringLiteral("notesMenu"));
    m_notesMenu->addAction(m_highlight);
    m_colorMenu = m_notesMenu->addMenu(QString());
    m_colorMenu->addActions(m_colorActions);
    m_notesMenu->addAction(m_highlightNote);
    m_notesMenu->addAction(m_articleNote);
    m_notesMenu->addSeparator();
    m_notesMenu->addAction(m_tagArticles);
    m_notesMenu->addAction(m_manageTags);
    m_notesMenu->addSeparator();
    m_notesMenu->addAction(m_showBrowser);
    m_notesMenu->addAction(m_exportNotes);
    if (beforeMenu)
        m_window->menuBar()->insertMenu(beforeMenu->menuAction(), m_notesMenu);
    else
        m_window->menuBar()->addMenu(m_notesMenu);
    retranslate();
}

void NotesController::retranslate()
{
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
    m_highlight->setText(tr("&Highlight Selection"));
    m_highlightNote->setText(tr("Highlight with &Note"));
    for (QAction *action : std::as_const(m_colorActions))
        action->setText(highlightColorLabel(action->data().toString()));
    m_articleNote->setText(tr("Note on the &Article"));
    m_tagArticles->setText(tr("&Tag Articles…"));
    m_manageTags->setText(tr("&Manage Tags…"));
    m_exportNotes->setText(tr("&Export Notes…"));
    m_showBrowser->setText(tr("&Browse All Notes"));
    m_panelDock->setWindowTitle(tr("Highlights and Notes")); // no &: a tabbed dock shows it as a mnemonic
    m_browserDock->setWindowTitle(tr("Notes Browser"));
    m_tagsDock->setWindowTitle(tr("Tags"));
    if (m_notesMenu)
        m_notesMenu->setTitle(tr("&Notes"));
    if (m_colorMenu)
        m_colorMenu->setTitle(tr("Highlight in &Color"));
}

void NotesController::updateActions()
{
    const bool open = m_editor != nullptr;
    const bool article = open && m_highlighter->articleId() != 0;
    const bool selection = article && m_highlighter->selectedSpan().has_value();
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
    m_highlight->setEnabled(selection);
    m_highlightNote->setEnabled(selection);
    for (QAction *action : std::as_const(m_colorActions))
        action->setEnabled(selection);
    m_articleNote->setEnabled(article);
    m_tagArticles->setEnabled(open);
    m_manageTags->setEnabled(open);
    m_exportNotes->setEnabled(open);
    m_showBrowser->setEnabled(open);
}

bool NotesController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslateNotesCommands(m_stack); // the undo steps already made, then the Undo/Redo texts
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void NotesController::showMessage(const QString &text)
{
    if (m_window->statusBar())
        m_window->statusBar()->showMessage(text, 5000);
}

void NotesController::articleShown()
{
    m_highlighter->refresh();
    m_chips->refresh();
    updateActions();
}

std::optional<qint64> NotesController::highlightSelection(const QString &color)
{
    const QString chosen = color.isEmpty() ? m_panel->lastColor() : color;
    const std::optional<qint64> id = m_panel->highlightSelection(chosen);
    if (id) {
        m_panelDock->show();
        m_panelDock->raise();
    }
    updateActions();
    return id;
}

std::optional<qint64> NotesController::highlightSelectionWithNote()
{
    const std::optional<qint64> id = highlightSelection();
    if (id)
        m_panel->focusNote();
    return id;
}

std::optional<qint64> NotesController::addArticleNote()
{
    const std::optional<qint64> id = m_panel->addArticleNote();
    if (id) {
        m_panelDock->show();
        m_panelDock->raise();
        m_panel->focusNote();
    }
    return id;
}

void NotesController::fillContextMenu(QMenu *menu, qint64 annotationId)
{
    if (!m_editor || !m_highlighter->articleId())
        return;
    menu->addSeparator();
    if (m_highlighter->selectedSpan()) {
        QMenu *colors = menu->addMenu(tr("Highlight"));
        for (QAction *action : std::as_const(m_colorActions))
            colors->addAction(action);
        menu->addAction(m_highlightNote);
    }
    if (annotationId) {
        const std::optional<Annotation> a = m_store->annotation(annotationId);
        QMenu *recolor = menu->addMenu(tr("Change Highlight Color"));
        for (const QString &name : highlightColorNames()) {
            QAction *action = recolor->addAction(colorDotIcon(highlightColor(name)), highlightColorLabel(name));
            action->setCheckable(true);
            action->setChecked(a && a->color == name);
            connect(action, &QAction::triggered, this, [this, annotationId, name] {
                if (!m_editor->recolorHighlight(annotationId, name))
                    showMessage(m_editor->errorString());
            });
        }
        QAction *edit = menu->addAction(a && !a->note.isEmpty() ? tr("Edit Note on Highlight") : tr("Add Note to Highlight"));
        connect(edit, &QAction::triggered, this, [this, annotationId] {
            m_panelDock->show();
            m_panelDock->raise();
            m_panel->selectAnnotation(annotationId, false);
            m_panel->focusNote();
        });
        QAction *remove = menu->addAction(tr("Delete Highlight"));
        connect(remove, &QAction::triggered, this, [this, annotationId] {
            if (!m_editor->deleteAnnotation(annotationId))
                showMessage(m_editor->errorString());
        });
    }
    menu->addSeparator();
    menu->addAction(m_articleNote);
    menu->addAction(m_tagArticles);
}

TagPickerDialog *NotesController::openTagPicker()
{
    if (!m_editor)
        return nullptr;
    if (m_picker)
        m_picker->close();
    const QList<qint64> articles = selectedArticles();
    if (articles.isEmpty()) {
        showMessage(tr("Open or select an article to tag it."));
        return nullptr;
    }
    QString title;
    if (articles.size() == 1 && m_view && m_view->article() && m_view->article()->id == articles.first())
        title = m_view->article()->headline;
    else if (articles.size() == 1)
        if (const std::optional<ArticleCitation> c = m_store->citation(articles.first()))
            title = c->headline;
    m_picker = new TagPickerDialog(m_editor.get(), articles, title, m_window);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &TagPickerDialog::manageTagsRequested, this, &NotesController::openTagManager);
    connect(m_picker, &QDialog::accepted, this, [this, count = articles.size()] {
        showMessage(tr("Tags of %n article(s) saved", nullptr, int(count)));
    });
    m_picker->open();
    return m_picker;
}

TagManagerDialog *NotesController::openTagManager()
{
    if (!m_editor)
        return nullptr;
    if (!m_manager) {
        m_manager = new TagManagerDialog(m_editor.get(), m_dialogs, m_window);
        m_manager->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_manager->show();
    m_manager->raise();
    m_manager->activateWindow();
    return m_manager;
}

ExportNotesDialog *NotesController::openExportDialog()
{
    if (!m_store)
        return nullptr;
    if (m_export)
        m_export->close();
    QList<qint64> selected = m_selection ? m_selection() : QList<qint64>();
    selected.removeAll(0);
    m_export = new ExportNotesDialog(m_store.get(), m_dialogs, selected, m_window);
    m_export->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_export, &QDialog::accepted, this, [this, dialog = m_export] {
        if (dialog)
            showMessage(tr("%n note(s) exported to %1", nullptr, dialog->exportedNotes())
                            .arg(QFileInfo(dialog->path()).fileName()));
    });
    m_export->open();
    return m_export;
}

void NotesController::showNotesBrowser(const QString &tag)
{
    m_browserDock->show();
    m_browserDock->raise();
    if (!tag.isEmpty())
        m_browser->setTag(tag);
}

void NotesController::openNote(qint64 articleId, qint64 annotationId, int start, int end)
{
    if (m_highlighter->articleId() != articleId)
        Q_EMIT openArticleRequested(articleId);
    m_highlighter->refresh();
    if (m_highlighter->articleId() != articleId)
        return; // the window could not open it; it said why
    m_panel->selectAnnotation(annotationId, false);
    m_highlighter->setActiveAnnotation(annotationId);
    if (start >= 0 && end > start)
        m_highlighter->scrollTo({start, end});
}

void NotesController::showOrphan(qint64 annotationId)
{
    const std::optional<Annotation> a = m_store ? m_store->annotation(annotationId) : std::nullopt;
    if (!a)
        return;
    QString where = a->articleHeadline;
    if (!a->sourcePath.isEmpty())
        where = where.isEmpty() ? a->sourcePath : tr("“%1” in %2").arg(where, a->sourcePath);
    m_dialogs->information(
        m_window, tr("Orphaned Note"),
        tr("This note's article was replaced when its page was imported again, and the quoted text was not found "
           "in the new version. The note is kept with where it came from:\n\n%1\n\nQuote: %2\nNote: %3")
            .arg(where, a->quote.isEmpty() ? tr("(none)") : a->quote, a->note.isEmpty() ? tr("(none)") : a->note));
}

} // namespace kanbao
