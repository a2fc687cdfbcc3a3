#include "facsimile/facsimiledock.h"

#include "articleview.h"
#include "dialogprovider.h"
#include "facsimile/facsimileview.h"
#include "formats/pageformats.h"
#include "notes/articlehighlighter.h"
#include "notes/notestypes.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <iterator>

namespace kanbao {

namespace {

constexpr int ZoomSteps[] = {50, 75, 100, 125, 150, 200, 300, 400};
constexpr int MinPercent = 50;
constexpr int MaxPercent = 400;
// Until a page was rendered its size is not known: a broadsheet page (A2-ish proportions) stands in.
const QSizeF DefaultPageSize(842, 1191);

// Whether the library keeps the original of files with this suffix: those have a page image.
bool hasPageImage(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const PageFormat *format : PageFormats::instance().formats())
        if (format->keepsOriginal() && format->suffixes().contains(suffix))
            return true;
    return false;
}

QString squashed(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace

FacsimileDock::FacsimileDock(QMainWindow *window, DialogProvider *dialogs, ArticleHighlighter *highlighter)
    : QDockWidget(window)
    , m_dialogs(dialogs)
    , m_highlighter(highlighter)
{
    setObjectName(QStringLiteral("facsimileDock"));
    // Shown and hidden by the View menu's action only, so that its remembered state is the user's choice
    // (a close button would hide it without the action knowing, and closing the window hides every dock).
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_zoomLabel = new QLabel(content);
    m_zoomBox = new QComboBox(content);
    m_zoomBox->setObjectName(QStringLiteral("facsimileZoom"));
    m_zoomBox->addItem(QString(), QVariant(-1)); // fit width
    m_zoomBox->addItem(QString(), QVariant(0));  // fit page
    for (int percent : ZoomSteps)
        m_zoomBox->addItem(QStringLiteral("%1 %").arg(percent), percent);
    m_zoomLabel->setBuddy(m_zoomBox);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomBox);
    bar->addStretch();
    layout->addLayout(bar);

    m_stack = new QStackedWidget(content);
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("facsimileScroll"));
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_view = new FacsimileView;
    m_view->setObjectName(QStringLiteral("facsimileView"));
    m_scroll->setWidget(m_view);
    m_scroll->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    m_stack->addWidget(m_scroll);

    m_placeholder = new QWidget(m_stack);
    m_placeholder->setObjectName(QStringLiteral("facsimilePlaceholder"));
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->addStretch();
    m_placeholderLabel = new QLabel(m_placeholder);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    placeholderLayout->addWidget(m_placeholderLabel);
    m_locateButton = new QPushButton(m_placeholder);
    m_locateButton->setObjectName(QStringLiteral("facsimileLocateButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_locateButton);
    buttonRow->addStretch();
    placeholderLayout->addLayout(buttonRow);
    placeholderLayout->addStretch();
    m_stack->addWidget(m_placeholder);
    // A newspaper page narrower than this is unreadable even at a glance; the dock never gets thinner.
    m_stack->setMinimumWidth(320);
    layout->addWidget(m_stack, 1);
    setWidget(content);

    m_toggle = new QAction(this);
    m_toggle->setObjectName(QStringLiteral("showPageImageAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // Between the issues and the article, so the page stands right beside the text it shows (the right
    // side holds the entities and search, tabbed).
    window->addDockWidget(Qt::LeftDockWidgetArea, this, Qt::Horizontal);
    const bool visible = QSettings().value(QLatin1String(FacsimileView::VisibleKey), false).toBool();
    m_toggle->setChecked(visible);
    setVisible(visible);
    connect(m_toggle, &QAction::triggered, this, [this, window](bool on) {
        QSettings().setValue(QLatin1String(FacsimileView::VisibleKey), on);
        setVisible(on);
        if (on) {
            giveRoom(window);
            refresh();
        }
    });
    // Shown at start (remembered): widened once the window has its size.
    if (visible)
        QTimer::singleShot(0, this, [this, window] {
            if (window->isVisible())
                giveRoom(window);
            else
                m_roomPending = true;
        });

    connect(m_zoomBox, &QComboBox::activated, this, [this](int index) {
        const int value = m_zoomBox->itemData(index).toInt();
        setZoom(value < 0    ? Zoom::FitWidth
                : value == 0 ? Zoom::FitPage
                             : Zoom::Percent,
                qMax(value, MinPercent));
    });
    connect(m_locateButton, &QPushButton::clicked, this, &FacsimileDock::locateFile);
    connect(m_view, &FacsimileView::articleClicked, this, &FacsimileDock::onRegionClicked);
    connect(m_view, &FacsimileView::rendered, this, [this] {
        updateViewSize(); // the page's proportions are known now
        // Bring the article into view on a page larger than the pane.
        const QRectF region = m_view->highlightedRegion();
        if (!region.isEmpty() && !m_view->pageSize().isEmpty()) {
            const double scale = m_view->width() / m_view->pageSize().width();
            const QRectF inPixels(region.x() * scale, region.y() * scale, region.width() * scale,
                                  region.height() * scale);
            // The view drew these rows first (FacsimileView::scrollTarget): the same rule picks them.
            QScrollBar *vertical = m_scroll->verticalScrollBar();
            const int top =
                FacsimileView::scrollTarget(inPixels, vertical->value(), m_scroll->viewport()->height());
            vertical->setValue(top);
            m_scroll->ensureVisible(int(inPixels.center().x()), vertical->value() + 1,
                                    m_scroll->viewport()->width() / 3, 0);
        }
    });
    connect(m_view, &FacsimileView::panRequested, this, [this](const QPoint &delta) {
        m_scroll->horizontalScrollBar()->setValue(m_scroll->horizontalScrollBar()->value() - delta.x());
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->value() - delta.y());
    });
    if (m_highlighter)
        connect(m_highlighter, &ArticleHighlighter::annotationsChanged, this, &FacsimileDock::updateMarks);

    retranslate();
    showPlaceholder(tr("No article is shown."), false);
}

void FacsimileDock::giveRoom(QMainWindow *window)
{
    // A dock appears as narrow as its widgets allow, and a newspaper page at 200 px is unreadable: give
    // it about a third of the window unless the reader made it wider already (restored window state).
    const int wanted = qMax(360, window->width() * 3 / 10);
    if (width() >= wanted * 3 / 4)
        return;
    window->resizeDocks({this}, {wanted}, Qt::Horizontal);
    if (width() >= wanted * 3 / 4)
        return;
    // The article pane keeps its measure: take the room from the docks beside this one (the issues).
    QList<QDockWidget *> docks{this};
    QList<int> widths{wanted};
    for (QDockWidget *dock : window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        if (dock != this && dock->isVisible() && !dock->isFloating() &&
            window->dockWidgetArea(dock) == window->dockWidgetArea(this)) {
            docks << dock;
            widths << qMax(220, dock->width() - (wanted - width()));
        }
    window->resizeDocks(docks, widths, Qt::Horizontal);
}

void FacsimileDock::retranslate()
{
    setWindowTitle(tr("Page Image"));
    m_toggle->setText(tr("Show &Page Image"));
    m_zoomLabel->setText(tr("&Zoom:"));
    m_zoomBox->setItemText(0, tr("Fit Width"));
    m_zoomBox->setItemText(1, tr("Fit Page"));
    m_locateButton->setText(tr("&Locate…"));
    if (m_article)
        refresh();
}

void FacsimileDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void FacsimileDock::setLibrary(const QString &libraryPath, LibraryReader *reader)
{
    m_libraryPath = libraryPath;
    m_reader = reader;
    m_checked.clear();
    clearArticle();
}

void FacsimileDock::clearArticle()
{
    m_article.reset();
    m_query.clear();
    m_view->clear();
    showPlaceholder(tr("No article is shown."), false);
}

void FacsimileDock::showArticle(const ArticleDetail &article, const QString &query)
{
    m_article = article;
    m_query = query;
    refresh();
}

PageFileLocation FacsimileDock::locate(const ArticleDetail &article)
{
    const StoredFiles files(m_libraryPath);
    const QString copy = files.find(article.contentHash, QFileInfo(article.sourcePath).suffix());
    if (!copy.isEmpty())
        return {PageFileLocation::Stored, copy};
    const QFileInfo info(article.sourcePath);
    const QString key = article.sourcePath + QLatin1Char('#') + article.contentHash;
    const auto known = m_checked.constFind(key);
    if (known != m_checked.constEnd() && known->size == (info.exists() ? info.size() : -1) &&
        known->modified == info.lastModified())
        return known->location;
    const PageFileLocation location = files.locate(article.sourcePath, article.contentHash);
    m_checked.insert(key, {info.exists() ? info.size() : -1, info.lastModified(), location});
    return location;
}

void FacsimileDock::refresh()
{
    if (!m_article) {
        showPlaceholder(tr("No article is shown."), false);
        return;
    }
    if (!isVisible())
        return; // nothing is rendered for a hidden dock; showing it refreshes
    const ArticleDetail &a = *m_article;
    if (a.sourcePath.isEmpty() || !hasPageImage(a.sourcePath)) {
        m_location = {};
        showPlaceholder(tr("No page image: this article comes from a text page (%1), not from a PDF.")
                            .arg(QFileInfo(a.sourcePath).fileName()),
                        false);
        return;
    }
    m_location = locate(a);
    if (!m_location.isAvailable()) {
        showPlaceholder(m_location.problem() + QStringLiteral("\n\n") +
                            tr("Locate the file to see the page image again."),
                        true);
        return;
    }
    m_stack->setCurrentWidget(m_scroll);
    updateViewSize();
    const QString opening = a.body.section(QLatin1Char('\n'), 0, 0).left(40);
    m_view->showPage(m_location.path, a.sourceIndex, a.headline, opening);
    updateMarks();
}

void FacsimileDock::updateMarks()
{
    if (!m_article || m_stack->currentWidget() != m_scroll)
        return;
    const ArticleDetail &a = *m_article;
    QList<FacsimileView::Mark> marks;
    if (m_reader && !m_query.trimmed().isEmpty()) {
        const QColor hit(255, 150, 0);
        for (const auto &[start, end] : m_reader->findHits(m_query, a.body))
            marks.append({start, end, hit, false});
        for (const auto &[start, end] : m_reader->findHits(m_query, a.headline))
            marks.append({start, end, hit, true});
    }
    if (m_highlighter && m_highlighter->articleId() == a.id) {
        for (const Annotation &annotation : m_highlighter->annotations()) {
            if (annotation.articleId != a.id || annotation.startOffset < 0 ||
                annotation.endOffset <= annotation.startOffset)
                continue;
            QColor color = highlightColor(annotation.color);
            if (!color.isValid())
                color = QColor(255, 230, 0);
            marks.append({annotation.startOffset, annotation.endOffset, color, false});
        }
    }
    m_view->setMarks(a.body, marks);
}

void FacsimileDock::showPlaceholder(const QString &text, bool locate)
{
    m_placeholderLabel->setText(text);
    m_locateButton->setVisible(locate);
    m_stack->setCurrentWidget(m_placeholder);
}

QString FacsimileDock::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholderLabel->text() : QString();
}

bool FacsimileDock::canLocate() const
{
    return m_stack->currentWidget() == m_placeholder && !m_locateButton->isHidden();
}

void FacsimileDock::locateFile()
{
    if (!m_article || !m_reader || m_location.isAvailable())
        return;
    const QString old = m_article->sourcePath;
    const QString suffix = QFileInfo(old).suffix();
    const QString chosen = m_dialogs->getOpenFileName(this, tr("Locate %1").arg(QFileInfo(old).fileName()),
                                                      QFileInfo(old).absolutePath(),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (chosen.isEmpty())
        return;
    QString error;
    if (!m_reader->relinkFile(old, chosen, &error)) {
        m_dialogs->warning(this, tr("Locate %1").arg(QFileInfo(old).fileName()), error);
        return;
    }
    m_checked.clear();
    // Every article of that file now names the new path: read the shown one again.
    if (const std::optional<ArticleDetail> again = m_reader->article(m_article->id))
        m_article = *again;
    else
        m_article->sourcePath = QFileInfo(chosen).absoluteFilePath();
    refresh();
}

void FacsimileDock::onRegionClicked(const QString &headline, const QString &opening)
{
    if (!m_reader || !m_article)
        return;
    const QString wantedHeadline = squashed(headline);
    const QString wantedOpening = squashed(opening).left(12);
    for (const ArticleSummary &s : m_reader->articlesOfPage(m_article->pageId)) {
        const bool sameHeadline = !wantedHeadline.isEmpty() && squashed(s.headline) == wantedHeadline;
        const bool sameOpening = wantedHeadline.isEmpty() && !wantedOpening.isEmpty() &&
                                 squashed(s.firstLine).startsWith(wantedOpening);
        if (sameHeadline || sameOpening) {
            if (s.id != m_article->id)
                emit articleRequested(s.id);
            return;
        }
    }
}

void FacsimileDock::setZoom(Zoom zoom, int percent)
{
    m_zoom = zoom;
    m_percent = qBound(MinPercent, percent, MaxPercent);
    const int value = zoom == Zoom::FitWidth ? -1 : zoom == Zoom::FitPage ? 0 : m_percent;
    int index = m_zoomBox->findData(value);
    if (index < 0) {
        m_zoomBox->addItem(QStringLiteral("%1 %").arg(value), value);
        index = m_zoomBox->count() - 1;
    }
    m_zoomBox->setCurrentIndex(index);
    updateViewSize();
}

void FacsimileDock::updateViewSize()
{
    const QSizeF page = m_view->pageSize().isEmpty() ? DefaultPageSize : m_view->pageSize();
    const QSize viewport = m_scroll->viewport()->size();
    // Fitting leaves room for the vertical scroll bar, so that it appearing does not change the fit.
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    double w = 0;
    switch (m_zoom) {
    case Zoom::FitWidth:
        w = viewport.width() - (m_scroll->verticalScrollBar()->isVisible() ? 0 : scrollBar);
        break;
    case Zoom::FitPage:
        w = qMin<double>(viewport.width(), viewport.height() * page.width() / page.height());
        break;
    case Zoom::Percent:
        w = page.width() / 72.0 * logicalDpiX() * m_percent / 100.0;
        break;
    }
    const int width = qBound(100, int(w), 6000);
    const int height = int(width * page.height() / page.width());
    if (m_view->size() != QSize(width, height))
        m_view->resize(width, height);
}

void FacsimileDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_roomPending) {
        m_roomPending = false;
        QTimer::singleShot(0, this, [this] {
            if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
                giveRoom(window);
        });
    }
}

bool FacsimileDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_zoom != Zoom::Percent)
        updateViewSize();
    if ((watched == m_view || watched == m_scroll->viewport()) && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            // Ctrl+wheel steps through the zoom levels from the size shown now.
            const QSizeF page = m_view->pageSize().isEmpty() ? DefaultPageSize : m_view->pageSize();
            const int now = qRound(m_view->width() * 100.0 / (page.width() / 72.0 * logicalDpiX()));
            int next = now;
            if (wheel->angleDelta().y() > 0) {
                for (int step : ZoomSteps)
                    if (step > now) {
                        next = step;
                        break;
                    }
            } else {
                for (int i = int(std::size(ZoomSteps)) - 1; i >= 0; --i)
                    if (ZoomSteps[i] < now) {
                        next = ZoomSteps[i];
                        break;
                    }
            }
            setZoom(Zoom::Percent, next);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace kanbao
