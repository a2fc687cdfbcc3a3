#include "search/searchasyoutype.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace kanbao {

namespace {

bool isHan(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

} // namespace

SearchAsYouType::SearchAsYouType(QLineEdit *field, QAbstractItemView *results, QLabel *staleLabel, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_results(results)
    , m_label(staleLabel)
    , m_labelObject(staleLabel)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMs);
    connect(m_timer, &QTimer::timeout, this, &SearchAsYouType::onTimeout);
    // textEdited, not textChanged: the window setting the field to a query it runs is no edit.
    connect(field, &QLineEdit::textEdited, this, &SearchAsYouType::onEdited);
    connect(field, &QLineEdit::returnPressed, this, [this] {
        m_timer->stop();
        emit searchRequested(m_field->text());
    });
    if (m_results) {
        m_fade = new QGraphicsOpacityEffect(m_results);
        m_fade->setOpacity(0.45);
        m_fade->setEnabled(false);
        m_results->setGraphicsEffect(m_fade);
    }
    if (m_label) {
        m_label->setObjectName(QStringLiteral("searchStaleLabel"));
        m_label->setWordWrap(true);
        m_label->hide();
        m_label->installEventFilter(this); // its LanguageChange: the line is said again in the new language
    }
}

bool SearchAsYouType::eventFilter(QObject *watched, QEvent *event)
{
    // Event type first, and identity through a QObject pointer: events still reach this filter while the label
    // is half destroyed, when reading m_label as a QLabel would be a bad downcast (UBSan reports it).
    if (event->type() == QEvent::LanguageChange && watched == m_labelObject)
        retranslate();
    return QObject::eventFilter(watched, event);
}

bool SearchAsYouType::isPending() const
{
    return m_timer->isActive();
}

bool SearchAsYouType::worthSearchingWhileTyping(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return true; // clearing the field clears the results
    if (query.count(u'"') % 2 != 0 || query.endsWith(u':') || query.endsWith(u'-'))
        return false;
    const QList<uint> characters = query.toUcs4();
    for (const uint c : characters) {
        if (isHan(char32_t(c)))
            return true;
    }
    // Latin: one letter matches nearly everything and is most likely the start of a word.
    return characters.size() >= 2;
}

void SearchAsYouType::setShownQuery(const QString &query)
{
    m_shown = query.trimmed();
    updateState();
}

void SearchAsYouType::onEdited()
{
    if (worthSearchingWhileTyping(m_field->text()))
        m_timer->start();
    else
        m_timer->stop();
    updateState();
}

void SearchAsYouType::onTimeout()
{
    emit searchRequested(m_field->text());
    updateState();
}

void SearchAsYouType::updateState()
{
    if (!m_field)
        return;
    const QString typed = m_field->text().trimmed();
    // Nothing shown and nothing worth showing yet is not stale: there is nothing to mistake.
    m_stale = typed != m_shown && !(m_shown.isEmpty() && typed.isEmpty());
    if (m_fade)
        m_fade->setEnabled(m_stale && !m_shown.isEmpty());
    retranslate();
}

void SearchAsYouType::retranslate()
{
    if (!m_label)
        return;
    if (!m_stale) {
        m_label->hide();
        m_label->clear();
        return;
    }
    QString text;
    if (m_timer->isActive())
        text = m_shown.isEmpty() ? tr("Searching when you pause typing…")
                                 : tr("Results for “%1” — searching for the new query…").arg(m_shown);
    else
        text = m_shown.isEmpty() ? tr("Press Enter to search.")
                                 : tr("Results for “%1” — press Enter to search for the new query.").arg(m_shown);
    m_label->setText(text);
    m_label->show();
}

} // namespace kanbao
