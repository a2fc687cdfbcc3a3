#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QMenu;
class QTextBrowser;

namespace kanbao {

// Help ▸ Kanbao Handbook and Help ▸ Keyboard Shortcuts: a window of its own with a QTextBrowser showing the
// bundled manual (resources/handbook, in the UI language) or a table of the shortcuts of the window it was
// opened from, generated from that window's actions so it cannot fall behind them. Escape closes it.
class HandbookWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Handbook, Shortcuts };

    HandbookWindow(Page page, QWidget *shortcutsOf, QWidget *parent = nullptr);

    Page page() const { return m_page; }
    QTextBrowser *browser() const { return m_browser; }

    // The manual in `language` ("en", "zh_CN"); English when there is none in that language.
    static QString handbookHtml(const QString &language);
    // Every action of `window` that has a shortcut, by its text without the mnemonic.
    static QString shortcutsHtml(const QWidget *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    Page m_page;
    QPointer<QWidget> m_shortcutsOf;
    QTextBrowser *m_browser = nullptr;
};

// Adds the two Help actions to `helpMenu` (before its first action) and keeps their texts in the UI
// language; owned by `window`.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    HelpActions(QWidget *window, QMenu *helpMenu);

    QAction *handbookAction() const { return m_handbook; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    // The open windows (null until first opened).
    HandbookWindow *handbookWindow() const { return m_handbookWindow; }
    HandbookWindow *shortcutsWindow() const { return m_shortcutsWindow; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void open(HandbookWindow::Page page);

    QWidget *m_window;
    QAction *m_handbook;
    QAction *m_shortcuts;
    QPointer<HandbookWindow> m_handbookWindow;
    QPointer<HandbookWindow> m_shortcutsWindow;
};

} // namespace kanbao
