#include "handbookwindow.h"

#include "escapeclose.h"
#include "language.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QKeySequence>
#include <QMenu>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace kanbao {

HandbookWindow::HandbookWindow(Page page, QWidget *shortcutsOf, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_page(page)
    , m_shortcutsOf(shortcutsOf)
{
    setObjectName(page == Page::Handbook ? QStringLiteral("handbookWindow") : QStringLiteral("shortcutsWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("handbookBrowser"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    closeOnEscape(this);
    resize(page == Page::Handbook ? QSize(760, 820) : QSize(520, 640));
    load();
}

QString HandbookWindow::handbookHtml(const QString &language)
{
    QFile file(QStringLiteral(":/handbook/handbook_%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(QStringLiteral(":/handbook/handbook_en.html"));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
    }
    return QString::fromUtf8(file.readAll());
}

QString HandbookWindow::shortcutsHtml(const QWidget *window)
{
    struct Row
    {
        QString text;
        QString keys;
    };
    QList<Row> rows;
    if (window) {
        for (const QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || action->text().isEmpty())
                continue;
            QString text = action->text();
            // "&Next Article", "下一篇(&N)…": the mnemonic is for menus, not for a list.
            static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)|&(?=\\w)"));
            text.remove(mnemonic);
            text.remove(QStringLiteral("…"));
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            rows.append({text.trimmed(), keys.join(QStringLiteral(" / "))});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.text < b.text; });
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [](const Row &a, const Row &b) { return a.text == b.text && a.keys == b.keys; }),
               rows.end());
    QString html = QStringLiteral("<html><body><h2>%1</h2><table cellpadding=\"4\">")
                       .arg(tr("Keyboard Shortcuts").toHtmlEscaped());
    for (const Row &row : rows)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(row.text.toHtmlEscaped(), row.keys.toHtmlEscaped());
    html += QStringLiteral("</table></body></html>");
    return html;
}

void HandbookWindow::load()
{
    if (m_page == Page::Handbook) {
        setWindowTitle(tr("Kanbao Handbook"));
        m_browser->setHtml(handbookHtml(Language::current()));
    } else {
        setWindowTitle(tr("Keyboard Shortcuts"));
        m_browser->setHtml(shortcutsHtml(m_shortcutsOf));
    }
}

void HandbookWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QWidget::changeEvent(event);
}

HelpActions::HelpActions(QWidget *window, QMenu *helpMenu)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("helpActions"));
    m_handbook = new QAction(window);
    m_handbook->setObjectName(QStringLiteral("handbookAction"));
    m_handbook->setShortcut(QKeySequence::HelpContents);
    m_shortcuts = new QAction(window);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    QAction *first = helpMenu->actions().isEmpty() ? nullptr : helpMenu->actions().constFirst();
    helpMenu->insertAction(first, m_handbook);
    helpMenu->insertAction(first, m_shortcuts);
    if (first)
        helpMenu->insertSeparator(first);
    window->addAction(m_handbook);
    connect(m_handbook, &QAction::triggered, this, [this] { open(HandbookWindow::Page::Handbook); });
    connect(m_shortcuts, &QAction::triggered, this, [this] { open(HandbookWindow::Page::Shortcuts); });
    window->installEventFilter(this);
    retranslate();
}

void HelpActions::open(HandbookWindow::Page page)
{
    QPointer<HandbookWindow> &slot = page == HandbookWindow::Page::Handbook ? m_handbookWindow : m_shortcutsWindow;
    if (!slot)
        slot = new HandbookWindow(page, m_window, m_window);
    slot->show();
    slot->raise();
    slot->activateWindow();
}

bool HelpActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HelpActions::retranslate()
{
    m_handbook->setText(tr("Kanbao &Handbook"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
}

} // namespace kanbao
