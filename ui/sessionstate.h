#pragma once

#include <QString>

#include <optional>

namespace kanbao {

class MainWindow;

// Where the reader was in each library: the article and how far down it was scrolled. Kept in QSettings
// under a key made from the library's path, so each library reopens where it was left.
class SessionState
{
public:
    struct Place
    {
        qint64 articleId = 0;
        int scroll = 0; // the article pane's vertical scroll bar, in pixels
    };

    static void save(const QString &libraryPath, const Place &place);
    static std::optional<Place> load(const QString &libraryPath);
    static void forget(const QString &libraryPath);

    // Saves the window's article and scroll position for its library (nothing when no article is shown).
    static void remember(const MainWindow *window);
    // Reopens the article last read in the window's library at its scroll position; false when there is
    // none or it is no longer in the library (the caller opens the latest issue then).
    static bool reopen(MainWindow *window);

    static QString settingsGroup(const QString &libraryPath);
};

} // namespace kanbao
