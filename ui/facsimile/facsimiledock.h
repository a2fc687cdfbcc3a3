#pragma once

#include "library/storedfiles.h"
#include "libraryreader.h"

#include <QDateTime>
#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMainWindow;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace kanbao {

class ArticleHighlighter;
class DialogProvider;
class FacsimileView;

// The page image beside the article (View ▸ Show Page Image, remembered): a dock with a zoom chooser
// (fit width, fit page, 50–400 %) above the FacsimileView in a scroll area (wheel scrolls, drag pans,
// Ctrl+wheel zooms). For an article of a PDF page it shows the page with the article's region highlighted
// and the search hits and the reader's highlights marked; a click on another region asks for that article.
// An article of a text page, or of a linked PDF that was moved or changed, gets a placeholder saying so,
// the latter with "Locate…" (the file is pointed to again through LibraryReader::relinkFile).
class FacsimileDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class Zoom
    {
        FitWidth,
        FitPage,
        Percent
    };

    FacsimileDock(QMainWindow *window, DialogProvider *dialogs, ArticleHighlighter *highlighter);

    // The View menu's checkable action; its state is kept in QSettings (FacsimileView::VisibleKey).
    QAction *toggleAction() const { return m_toggle; }

    void setLibrary(const QString &libraryPath, LibraryReader *reader);
    // The article the window shows now; `query` is what its search hits are marked for.
    void showArticle(const ArticleDetail &article, const QString &query);
    void clearArticle();

    void setZoom(Zoom zoom, int percent = 100);
    Zoom zoom() const { return m_zoom; }
    int zoomPercent() const { return m_percent; }

    FacsimileView *view() const { return m_view; }
    QScrollArea *scrollArea() const { return m_scroll; }
    // The text of the placeholder shown instead of a page (empty while a page is shown).
    QString placeholderText() const;
    bool canLocate() const;
    // Asks for the moved file (through the dialog provider) and relinks it.
    void locateFile();
    void retranslate();

signals:
    void articleRequested(qint64 articleId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void giveRoom(QMainWindow *window);
    void refresh();
    void updateMarks();
    void updateViewSize();
    void showPlaceholder(const QString &text, bool locate);
    void onRegionClicked(const QString &headline, const QString &opening);
    PageFileLocation locate(const ArticleDetail &article);

    LibraryReader *m_reader = nullptr;
    QString m_libraryPath;
    DialogProvider *m_dialogs = nullptr;
    QPointer<ArticleHighlighter> m_highlighter;
    std::optional<ArticleDetail> m_article;
    QString m_query;
    PageFileLocation m_location;
    // Linked files are hashed to know they are unchanged; the answer holds while size and time do.
    struct Checked
    {
        qint64 size = -1;
        QDateTime modified;
        PageFileLocation location;
    };
    QHash<QString, Checked> m_checked;

    QAction *m_toggle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    FacsimileView *m_view = nullptr;
    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QPushButton *m_locateButton = nullptr;
    QComboBox *m_zoomBox = nullptr;
    QLabel *m_zoomLabel = nullptr;
    Zoom m_zoom = Zoom::FitWidth;
    int m_percent = 100;
    bool m_roomPending = false; // widen on the first show (the window was not shown yet)
};

} // namespace kanbao
