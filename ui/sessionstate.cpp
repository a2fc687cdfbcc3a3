#include "sessionstate.h"

#include "articleview.h"
#include "mainwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextDocument>

namespace kanbao {

namespace {
const QString ArticleKey = QStringLiteral("article");
const QString ScrollKey = QStringLiteral("scroll");
const QString PathKey = QStringLiteral("path");
} // namespace

QString SessionState::settingsGroup(const QString &libraryPath)
{
    // A path holds slashes and characters QSettings keys do not take: a digest of it names the group.
    const QByteArray path = QFileInfo(libraryPath).absoluteFilePath().toUtf8();
    return QStringLiteral("session/")
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(20));
}

void SessionState::save(const QString &libraryPath, const Place &place)
{
    if (libraryPath.isEmpty() || place.articleId <= 0)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(libraryPath));
    settings.setValue(PathKey, QFileInfo(libraryPath).absoluteFilePath()); // for whoever reads the file
    settings.setValue(ArticleKey, place.articleId);
    settings.setValue(ScrollKey, place.scroll);
}

std::optional<SessionState::Place> SessionState::load(const QString &libraryPath)
{
    if (libraryPath.isEmpty())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(settingsGroup(libraryPath));
    const qint64 article = settings.value(ArticleKey).toLongLong();
    if (article <= 0)
        return std::nullopt;
    return Place{article, qMax(0, settings.value(ScrollKey).toInt())};
}

void SessionState::forget(const QString &libraryPath)
{
    QSettings().remove(settingsGroup(libraryPath));
}

void SessionState::remember(const MainWindow *window)
{
    const ArticleView *view = window->articleView();
    if (window->libraryPath().isEmpty() || !view->article())
        return;
    save(window->libraryPath(), {view->article()->id, view->verticalScrollBar()->value()});
}

bool SessionState::reopen(MainWindow *window)
{
    if (!window->reader())
        return false;
    const std::optional<Place> place = load(window->libraryPath());
    if (!place)
        return false;
    if (!window->reader()->article(place->articleId)) { // replaced or removed since: start as on a first visit
        forget(window->libraryPath());
        return false;
    }
    window->openArticle(place->articleId);
    ArticleView *view = window->articleView();
    if (!view->article() || view->article()->id != place->articleId)
        return false;
    // The document is laid out lazily: lay it out to its end so the scroll bar has its whole range.
    QTextDocument *document = view->document();
    document->documentLayout()->blockBoundingRect(document->lastBlock());
    view->verticalScrollBar()->setValue(place->scroll);
    return true;
}

} // namespace kanbao
