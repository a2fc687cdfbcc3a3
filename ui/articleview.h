#pragma once

#include "libraryreader.h"

#include <QPointer>
#include <QTextBlock>
#include <QTextBrowser>

#include <functional>
#include <optional>

namespace kanbao {

// The reading pane: kicker, headline, subheadline, a metadata line and the reflowed body set in a serif
// CJK face with generous leading and a measure of about forty characters, centred in wide windows.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    static constexpr int DefaultFontSize = 15; // points
    static constexpr int MinFontSize = 9;
    static constexpr int MaxFontSize = 32;
    // Characters per line at most: the measure Chinese books set, comfortable to read.
    static constexpr int MaxMeasureChars = 40;
    // The headline's size, times the body's, where the column allows; it shrinks so that its last line
    // holds at least MinHeadlineLastLine characters (a lone character on a line reads as a mistake).
    static constexpr double HeadlineScale = 1.6;
    static constexpr int MinHeadlineLastLine = 3;

    explicit ArticleView(QWidget *parent = nullptr);

    // Finds what to highlight for a query in one block of text (a headline, a paragraph).
    using HitFinder = std::function<QList<QPair<int, int>>(const QString &query, const QString &text)>;
    void setHitFinder(HitFinder finder) { m_hitFinder = std::move(finder); }

    // Shows the article with whatever `highlightQuery` matches highlighted, the first hit in view.
    void showArticle(const ArticleDetail &article, const QString &highlightQuery = {});
    void clearArticle(const QString &message = {});
    const std::optional<ArticleDetail> &article() const { return m_article; }

    int fontSize() const { return m_fontSize; }
    void setFontSize(int points);

    // "headline\n\nbody\n\n— paper, date, page, section, bylines"
    static QString citationText(const ArticleDetail &article);
    // The same with `reference` (the article's citation in the chosen style) after the text.
    static QString citationText(const ArticleDetail &article, const QString &reference);
    static QString metadataLine(const ArticleDetail &article);
    // The metadata line as shown above the article: a guessed date in italics, marked as guessed.
    static QString metadataHtml(const ArticleDetail &article);
    static QString bylines(const ArticleDetail &article);
    // The serif CJK family to read in: Noto Serif CJK SC when installed, else what fontconfig offers.
    static QString readingFontFamily();

    QString highlightQuery() const { return m_query; }
    // How many places the current highlight query was found (for tests and the status bar).
    int highlightCount() const { return m_highlightCount; }
    // The headline's block in the document (invalid when no article) and the size it is set in now.
    QTextBlock headlineBlock() const;
    double headlinePointSize() const { return m_headlinePointSize; }

    // A strip above the headline in the text column (the article's tag chips): it scrolls with the text,
    // and the text starts below it while it is shown. Call updateHeaderWidget() when its size or
    // visibility changes.
    void setHeaderWidget(QWidget *header);
    void updateHeaderWidget() { applyMeasure(); }

signals:
    void fontSizeChanged(int points);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void applyMeasure();
    void applyHighlights();
    void fitHeadline();

    std::optional<ArticleDetail> m_article;
    QPointer<QWidget> m_header;
    QString m_query;
    HitFinder m_hitFinder;
    int m_fontSize = DefaultFontSize;
    int m_highlightCount = 0;
    double m_headlinePointSize = 0;
};

} // namespace kanbao
