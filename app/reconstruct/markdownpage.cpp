#include "reconstruct/markdownpage.h"

#include "reconstruct/bylines.h"
#include "reconstruct/textflow.h"
#include "reconstruct/titleblock.h"

#include <QRegularExpression>

#include <optional>

namespace kanbao::markdownpage {

namespace {

using bylines::Opener;

// A heading line: returns its level (1-6) and text, or 0.
int headingLevel(QStringView line, QStringView *text)
{
    int level = 0;
    while (level < line.size() && level < 7 && line[level] == u'#')
        ++level;
    if (level == 0 || level > 6 || level >= line.size() || !textflow::isSpace(line[level].unicode()))
        return 0;
    QStringView rest = line.mid(level).trimmed();
    // Closing hashes are decoration.
    while (rest.endsWith(u'#'))
        rest.chop(1);
    *text = rest.trimmed();
    return text->isEmpty() ? 0 : level;
}

bool isRule(QStringView line)
{
    if (line.size() < 3)
        return false;
    const QChar c = line.front();
    if (c != u'-' && c != u'*' && c != u'_')
        return false;
    for (QChar ch : line)
        if (ch != c && ch != u' ')
            return false;
    return true;
}

struct Block
{
    int level = 0; // heading level, 0 for a paragraph
    QString text;
    int firstLine = 0;
    int lastLine = 0;
};

QList<Block> readBlocks(QStringView text)
{
    QList<Block> blocks;
    // A plain Block plus a flag rather than std::optional: GCC's -O3 flags a false
    // maybe-uninitialized on an optional holding a QString, and CI builds with -Werror.
    Block para;
    bool inParagraph = false;
    const auto flush = [&] {
        if (inParagraph && !para.text.trimmed().isEmpty())
            blocks << para;
        para = Block{};
        inParagraph = false;
    };
    int source = 0;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype to = text.indexOf(u'\n', from);
        if (to < 0)
            to = text.size();
        const QStringView raw = text.mid(from, to - from);
        from = to + 1;
        const int lineNo = source++;
        QStringView line = raw.trimmed();
        if (line.isEmpty() || isRule(line)) {
            flush();
            continue;
        }
        QStringView heading;
        if (const int level = headingLevel(line, &heading)) {
            flush();
            blocks << Block{level, stripInline(heading), lineNo, lineNo};
            continue;
        }
        if (line.startsWith(u'>'))
            line = line.mid(1).trimmed();
        if (!inParagraph) {
            para = Block{0, QString(), lineNo, lineNo};
            inParagraph = true;
        }
        textflow::appendLine(para.text, stripInline(line));
        para.lastLine = lineNo;
    }
    flush();
    return blocks;
}

struct Piece
{
    Article article;
    int level = 0;
    Opener opener = Opener::None;
    bool brief = false;
    bool photoCredit = false;
    bool commentary = false;
    bool wire = false;
    bool staff = false;
    bool hasHeading = false;
};

class Builder
{
public:
    QList<Page> run(const QList<Block> &blocks);

private:
    void finish();
    void start(int level, const QString &headline, int line);
    void heading(const Block &b);
    void paragraph(const Block &b);

    Page m_page;
    std::optional<Piece> m_piece;
    // A heading with nothing under it and deeper headings after it: the section they belong to.
    QString m_section;
    int m_sectionLevel = 0;
};

void Builder::finish()
{
    if (!m_piece)
        return;
    Piece piece = std::move(*m_piece);
    m_piece.reset();
    Article &a = piece.article;
    if (a.paragraphs.isEmpty())
        return;
    if (piece.brief)
        a.kind = ArticleKind::Brief;
    else if (piece.photoCredit && piece.opener == Opener::None && !piece.staff && !piece.commentary)
        a.kind = ArticleKind::Photo;
    else if (piece.wire)
        a.kind = ArticleKind::Wire;
    else if (piece.commentary)
        a.kind = ArticleKind::Commentary;
    m_page.articles << a;
}

void Builder::start(int level, const QString &headline, int line)
{
    finish();
    Piece piece;
    piece.level = level;
    piece.hasHeading = !headline.isEmpty();
    piece.article.headline = headline;
    piece.article.firstSourceLine = piece.article.lastSourceLine = line;
    if (!m_section.isEmpty() && (level == 0 || level > m_sectionLevel))
        piece.article.column = m_section;
    m_piece = piece;
}

void Builder::heading(const Block &b)
{
    const QString text = titleblock::titleText(b.text);
    if (m_sectionLevel > 0 && b.level <= m_sectionLevel) {
        m_section.clear();
        m_sectionLevel = 0;
    }
    if (m_piece && m_piece->article.paragraphs.isEmpty() && m_piece->hasHeading) {
        Article &a = m_piece->article;
        const bool bylineOnly = !a.authors.isEmpty() || !a.reporters.isEmpty();
        if (bylineOnly) {
            // ## headline, □author, ### 高新区强音: the deeper heading is the piece's column label.
            a.kicker = a.kicker.isEmpty() ? text : a.kicker + QLatin1Char(' ') + text;
            return;
        }
        if (b.level > m_piece->level) {
            // ### 高新区动态 then #### items: a section heading.
            m_section = a.headline;
            m_sectionLevel = m_piece->level;
            m_piece.reset();
            start(b.level, text, b.firstLine);
            return;
        }
        // Two headings of one level with nothing between: the first is printed above the second.
        // A kicker is a line or two above the headline; a longer run of empty headings is not one
        // (and joining them all would grow quadratically), so only the nearest ones are kept.
        constexpr qsizetype longestKicker = 60;
        const QString kicker = a.kicker.isEmpty() || a.kicker.size() + a.headline.size() >= longestKicker
                                   ? a.headline
                                   : a.kicker + QLatin1Char(' ') + a.headline;
        m_piece.reset();
        start(b.level, text, b.firstLine);
        m_piece->article.kicker = kicker;
        return;
    }
    start(b.level, text, b.firstLine);
}

void Builder::paragraph(const Block &b)
{
    const bylines::LineByline line = bylines::parseLine(b.text);
    const bool hasBody = m_piece && !m_piece->article.paragraphs.isEmpty();
    switch (line.kind) {
    case bylines::LineKind::Author:
        if (!m_piece)
            start(0, QString(), b.firstLine);
        line.credits.mergeInto(m_piece->article);
        m_piece->commentary = true;
        return;
    case bylines::LineKind::Staff:
        if (!m_piece || hasBody)
            start(0, QString(), b.firstLine);
        line.credits.mergeInto(m_piece->article);
        m_piece->staff = true;
        m_piece->wire = m_piece->wire || line.wire;
        return;
    case bylines::LineKind::Credit:
    case bylines::LineKind::Attribution:
        if (m_piece) {
            line.credits.mergeInto(m_piece->article);
            if (line.kind == bylines::LineKind::Credit)
                m_piece->photoCredit = true;
        }
        return;
    case bylines::LineKind::Dateline:
        if (hasBody) {
            m_piece->article.paragraphs.last() += textflow::squashSpaces(b.text);
            m_piece->wire = true;
        }
        return;
    case bylines::LineKind::Agency:
        return;
    case bylines::LineKind::Jump:
        if (hasBody && line.onward)
            m_piece->article.continuedOn = line.jump;
        return;
    case bylines::LineKind::None:
        break;
    }

    const bylines::Lead lead = bylines::parseLead(b.text);
    QString body = lead.keep + b.text.mid(lead.consumed);
    const bylines::Trailer trailer = bylines::parseTrailer(body);
    bool fresh = !m_piece;
    if (!fresh && hasBody) {
        // A new dispatch, a brief, or a captioned photo after an article's text is a piece of its own.
        const bool opener = lead.opener == Opener::Local || lead.opener == Opener::Wire
                            || lead.opener == Opener::Brief || lead.opener == Opener::Arrow;
        const bool caption = trailer.credit && !m_piece->photoCredit && lead.opener == Opener::None;
        fresh = opener || caption;
    }
    if (fresh)
        start(0, QString(), b.firstLine);
    Piece &piece = *m_piece;
    Article &a = piece.article;
    if (a.paragraphs.isEmpty() && lead.opener != Opener::None)
        piece.opener = lead.opener;
    piece.brief = piece.brief || lead.opener == Opener::Brief;
    piece.wire = piece.wire || lead.opener == Opener::Wire;
    lead.credits.mergeInto(a);
    if (trailer.cut >= 0) {
        body.truncate(trailer.cut);
        trailer.credits.mergeInto(a);
        piece.photoCredit = piece.photoCredit || trailer.credit;
        if (!trailer.dateline.isEmpty()) {
            piece.wire = true;
            body += trailer.dateline;
        }
    }
    QString clean = textflow::cleanText(body);
    while (!clean.isEmpty() && textflow::isArrow(clean.front().unicode()))
        clean.remove(0, 1);
    clean = clean.trimmed();
    if (clean.isEmpty())
        return;
    // Column breaks survive in cleaned pages as paragraph breaks inside a sentence.
    if (!a.paragraphs.isEmpty() && lead.opener == Opener::None && !textflow::endsSentence(a.paragraphs.last()))
        a.paragraphs.last() = textflow::cleanText(a.paragraphs.last() + clean);
    else
        a.paragraphs << clean;
    a.lastSourceLine = b.lastLine;
}

QList<Page> Builder::run(const QList<Block> &blocks)
{
    for (const Block &b : blocks) {
        if (b.level > 0)
            heading(b);
        else
            paragraph(b);
    }
    finish();
    return {m_page};
}

} // namespace

bool looksLikeMarkdown(QStringView text)
{
    qsizetype from = 0;
    int headings = 0;
    int scanned = 0;
    while (from < text.size() && scanned < 5000) {
        qsizetype to = text.indexOf(u'\n', from);
        if (to < 0)
            to = text.size();
        QStringView heading;
        if (headingLevel(text.mid(from, to - from).trimmed(), &heading) > 0)
            ++headings;
        else if (text.mid(from, qMin<qsizetype>(to - from, 12)).trimmed().startsWith(QStringLiteral("**本报")))
            ++headings;
        from = to + 1;
        ++scanned;
    }
    return headings > 0;
}

QString stripInline(QStringView line)
{
    QString s = line.toString();
    if (!s.contains(u'*') && !s.contains(u'_') && !s.contains(u'`') && !s.contains(u'['))
        return s;
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]{0,200}\\]\\([^)]{0,500}\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]{0,200})\\]\\([^)]{0,500}\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|\\*|`)"));
    s.remove(image);
    s.replace(link, QStringLiteral("\\1"));
    s.remove(emphasis);
    return s;
}

QList<Page> reconstruct(QStringView text)
{
    return Builder().run(readBlocks(text));
}

} // namespace kanbao::markdownpage
