#pragma once

#include <QRect>

class QMainWindow;

namespace kanbao {

// The window's size and its columns the first time Kanbao starts (no saved geometry): sized to the screen
// instead of a fixed 1280×800 in a corner — maximised on small screens, centred at most 1800×1150 on large
// ones — with the side panels narrow enough that the article column keeps at least 60 % of the width.
class FirstStartLayout
{
public:
    static constexpr double MinArticleShare = 0.6;

    // Screens up to this size are used whole: a smaller window would only squeeze the article.
    static bool shouldMaximise(const QSize &available);
    // The window's geometry on a screen whose available area is `available` (not maximised).
    static QRect windowGeometry(const QRect &available);
    // Sets geometry (or maximised state) from `available` and the side panels' widths.
    static void apply(QMainWindow *window, const QRect &available);
    // Gives the left and right dock areas their share of a window `width` wide.
    static void sizeDocks(QMainWindow *window, int width);
    // Whether the left and right panels, at their narrowest, leave the article 60 % of `width`.
    static bool rightPanelsFit(QMainWindow *window, int width);
};

} // namespace kanbao
