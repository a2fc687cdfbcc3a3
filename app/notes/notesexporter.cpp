#include "notes/notesexporter.h"

#include "formats/pageformats.h"
#include "formats/pageimage.h"
#include "kanbao_version.h"
#include "library/storedfiles.h"
#include "notes/notesstore.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextTable>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>

namespace kanbao {

namespace {

// The notes of one article, in the order they are exported.
struct ArticleGroup
{
    ArticleCitation citation;
    QList<Tag> tags;
    QList<Annotation> annotations;
    bool orphan = false;
};

// An article's crop of its page image, or why there is none.
struct PageCrop
{
    qint64 articleId = 0;
    QString path;  // the PDF to render (a stored copy or the linked original); empty when unavailable
    // The page file as imported, which the reader knows it by: a stored copy is named by its content hash.
    QString sourceName;
    int index = 0; // page in the file
    QString headline, opening;
    QImage image;
    QSizeF points;  // the region's size on the page
    QString reason; // for the reader when there is no image
};

// Crops are rendered this many pixels per point: 200 dpi, sharp on paper without making the PDF heavy.
constexpr double CropPixelsPerPoint = 200.0 / 72.0;

// Reads the page and renders the article's region; runs on the thread pool, one crop per task, touching
// nothing but its own crop (each render opens its own poppler document).
void renderCrop(PageCrop &crop)
{
    if (crop.path.isEmpty())
        return;
    QString error;
    const QList<pageimage::ArticleRegion> regions = pageimage::articleRegions(crop.path, crop.index, &error);
    const int found = pageimage::findArticle(regions, crop.headline, crop.opening);
    if (found < 0) {
        crop.reason = error.isEmpty()
            ? NotesExporter::tr("No page image: the article was not found on page %1 of %2.")
                  .arg(crop.index + 1)
                  .arg(crop.sourceName)
            : NotesExporter::tr("No page image: %1").arg(error);
        return;
    }
    // A little of the page around the region, so that rules and the first letters are not cut.
    const QRectF region = regions[found].region.adjusted(-4, -4, 4, 4);
    pageimage::Rendered r = pageimage::renderPdfRegion(crop.path, crop.index, CropPixelsPerPoint, region);
    if (r.image.isNull()) {
        crop.reason = NotesExporter::tr("No page image: %1").arg(r.error);
        return;
    }
    crop.points = region.intersected(QRectF(QPointF(0, 0), r.pageSize)).size();
    crop.image = std::move(r.image);
}

// A page image exists for the formats whose originals the library keeps (PDF pages).
bool hasPageImage(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    const QList<const PageFormat *> formats = PageFormats::instance().formats();
    return std::any_of(formats.cbegin(), formats.cend(), [&suffix](const PageFormat *f) {
        return f->keepsOriginal() && f->suffixes().contains(suffix, Qt::CaseInsensitive);
    });
}

QList<ArticleGroup> groupByArticle(const QList<NoteRecord> &records)
{
    QList<ArticleGroup> groups;
    QHash<QString, qsizetype> index;
    for (const NoteRecord &r : records) {
        const bool orphan = r.annotation.isOrphan();
        // Orphans have no article id; what they were attached to is told by where the article stood.
        const QString key = orphan ? QStringLiteral("o:%1\x1f%2\x1f%3")
                                         .arg(r.annotation.sourcePath)
                                         .arg(r.annotation.articleSeq)
                                         .arg(r.annotation.articleHeadline)
                                   : QStringLiteral("a:%1").arg(r.annotation.articleId);
        auto it = index.find(key);
        if (it == index.end()) {
            ArticleGroup g;
            g.citation = r.citation;
            g.tags = r.articleTags;
            g.orphan = orphan;
            groups << g;
            it = index.insert(key, groups.size() - 1);
        }
        groups[it.value()].annotations << r.annotation;
    }
    return groups;
}

QString headlineOf(const ArticleCitation &c)
{
    return c.headline.isEmpty() ? NotesExporter::tr("(untitled)") : c.headline;
}

QString tagNames(const QList<Tag> &tags)
{
    QStringList names;
    for (const Tag &t : tags)
        names << t.name;
    return names.join(QStringLiteral(", "));
}

// One line per paragraph in a PDF block: a paragraph separator would start a new block with its own
// spacing; a line separator keeps the note one unit.
QString asOneBlock(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    return out;
}

// ---- Markdown ----------------------------------------------------------------------------------------

// Backslash-escapes what Markdown would read as markup. The text stays the reader's text: every escape
// is a backslash before ASCII punctuation, which renderers drop.
QString mdEscape(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~");
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (special.contains(ch))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

// Every line of `text` prefixed, so a multi-line quote or note stays inside its block.
QString mdPrefixLines(const QString &text, const QString &prefix)
{
    QStringList lines = mdEscape(text).split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = prefix + l;
    return lines.join(QLatin1Char('\n'));
}

// ---- CSV -----------------------------------------------------------------------------------------------

// RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled.
// Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, so a note such as
// "=HYPERLINK(...)" could act when the file is opened: such a field gets a leading apostrophe, which
// spreadsheets take as "text". A field that starts with an apostrophe gets one more, so the rule can be
// undone exactly: drop one leading apostrophe wherever a field starts with one.
QString csvField(const QString &raw)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r'");
    const QString value = (!raw.isEmpty() && formulaStarts.contains(raw.front())) ? QLatin1Char('\'') + raw : raw;
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = NotesExporter::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = NotesExporter::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// ---- PDF fonts ----------------------------------------------------------------------------------------

// Ideographs paired with the Kangxi radical that is the same character in a compatibility form. A font
// that draws both from one glyph makes Qt's PDF text layer give the radical back.
constexpr std::array<std::pair<char16_t, char16_t>, 16> radicalTwins{{
    {u'\u4E00', u'\u2F00'}, // 一 ⼀
    {u'\u4EBA', u'\u2F08'}, // 人 ⼈
    {u'\u65E5', u'\u2F47'}, // 日 ⽇
    {u'\u9AD8', u'\u2FBC'}, // 高 ⾼
    {u'\u6C34', u'\u2F54'}, // 水 ⽔
    {u'\u5DE5', u'\u2F2F'}, // 工 ⼯
    {u'\u957F', u'\u2ED3'}, // 长 ⻓
    {u'\u91D1', u'\u2FA6'}, // 金 ⾦
    {u'\u9A6C', u'\u2EE2'}, // 马 ⻢
    {u'\u89C1', u'\u2EC5'}, // 见 ⻅
    {u'\u8A00', u'\u2F94'}, // 言 ⾔
    {u'\u98CE', u'\u2EDB'}, // 风 ⻛
    {u'\u98DF', u'\u2FB7'}, // 食 ⾷
    {u'\u9F99', u'\u2EF0'}, // 龙 ⻰
    {u'\u8D70', u'\u2F9B'}, // 走 ⾛
    {u'\u91CC', u'\u2FA5'}, // 里 ⾥
}};

bool roundTripsInPdf(const QString &family)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
        return false;
    for (const auto &[ideograph, radical] : radicalTwins) {
        const QList<quint32> a = raw.glyphIndexesForString(QString(QChar(ideograph)));
        const QList<quint32> b = raw.glyphIndexesForString(QString(QChar(radical)));
        if (a.isEmpty() || a.first() == 0)
            return false; // cannot even draw the ideograph
        if (!b.isEmpty() && b.first() == a.first())
            return false;
    }
    return true;
}

} // namespace

NotesExporter::NotesExporter(NotesStore *store) : m_store(store) { }

QString NotesExporter::describeScope(const NotesQuery &q)
{
    QStringList parts;
    if (!q.tags.isEmpty())
        parts << tr("tagged %1").arg(q.tags.join(QStringLiteral(", ")));
    if (q.from.isValid() && q.to.isValid())
        parts << tr("from %1 to %2").arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate));
    else if (q.from.isValid())
        parts << tr("from %1").arg(q.from.toString(Qt::ISODate));
    else if (q.to.isValid())
        parts << tr("up to %1").arg(q.to.toString(Qt::ISODate));
    if (!q.articleIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : q.articleIds)
            ids << QString::number(id);
        parts << tr("articles %1").arg(ids.join(QStringLiteral(", ")));
    }
    if (!q.colors.isEmpty())
        parts << tr("colors %1").arg(q.colors.join(QStringLiteral(", ")));
    if (!q.text.isEmpty())
        parts << tr("containing “%1”").arg(q.text);
    if (parts.isEmpty())
        return tr("All notes");
    return tr("Notes %1").arg(parts.join(QStringLiteral("; ")));
}

QStringList NotesExporter::pdfFontFamilies()
{
    static QStringList cached;
    static bool searched = false;
    if (searched)
        return cached;
    searched = true;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return cached;

    // Preferred first: a Ming (serif) face for reading quotes, then the sans faces. Each is loaded from
    // its Debian path when fontconfig does not list it (a sandbox with a private font configuration).
    struct Candidate
    {
        const char *family;
        const char *file;
    };
    static constexpr std::array<Candidate, 4> preferred{{
        {"AR PL UMing CN", "/usr/share/fonts/truetype/arphic/uming.ttc"},
        {"WenQuanYi Micro Hei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"},
        {"WenQuanYi Zen Hei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"},
        {"AR PL UKai CN", "/usr/share/fonts/truetype/arphic/ukai.ttc"},
    }};
    QStringList installed = QFontDatabase::families();
    for (const Candidate &c : preferred) {
        const QString family = QString::fromLatin1(c.family);
        if (!installed.contains(family) && QFile::exists(QString::fromLatin1(c.file))) {
            QFontDatabase::addApplicationFont(QString::fromLatin1(c.file));
            installed = QFontDatabase::families();
        }
        if (installed.contains(family) && roundTripsInPdf(family))
            cached << family;
    }
    // Any other Chinese font that passes the same check.
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : chinese) {
        if (!cached.contains(family) && !family.startsWith(QLatin1String("Noto"), Qt::CaseInsensitive)
            && roundTripsInPdf(family))
            cached << family;
    }
    return cached;
}

QByteArray NotesExporter::markdown(const QList<NoteRecord> &records, const NotesExportOptions &options)
{
    const QList<ArticleGroup> groups = groupByArticle(records);
    const QDateTime when = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    QString md;
    md += QStringLiteral("# %1\n\n").arg(mdEscape(options.title.isEmpty() ? tr("Kanbao notes") : options.title));
    md += QStringLiteral("%1  \n").arg(mdEscape(describeScope(options.query)));
    md += tr("Generated %1 by Kanbao %2").arg(QLocale::c().toString(when, QStringLiteral("yyyy-MM-dd HH:mm")),
                                              QLatin1String(KANBAO_VERSION_STRING))
          + QStringLiteral("  \n");
    md += tr("%n note(s)", nullptr, int(records.size())) + QStringLiteral(", ")
          + tr("%n article(s)", nullptr, int(groups.size())) + QStringLiteral("\n");

    bool orphanHeading = false;
    for (const ArticleGroup &g : groups) {
        if (g.orphan && !orphanHeading) {
            md += QStringLiteral("\n# %1\n").arg(tr("Notes whose article is no longer in the library"));
            orphanHeading = true;
        }
        const ArticleCitation &c = g.citation;
        md += QStringLiteral("\n## %1\n\n").arg(mdEscape(headlineOf(c)));
        QStringList cite;
        if (!c.kicker.isEmpty())
            cite << mdEscape(c.kicker);
        if (!c.subheadline.isEmpty())
            cite << mdEscape(c.subheadline);
        const QString place = c.placeText();
        if (!place.isEmpty())
            cite << QStringLiteral("*%1*").arg(mdEscape(place));
        if (!c.bylines().isEmpty())
            cite << mdEscape(c.bylines());
        if (g.orphan)
            cite << tr("was in %1").arg(QStringLiteral("`%1`").arg(c.sourcePath));
        else
            cite << tr("article %1").arg(c.articleId);
        if (const QString reference = citeAs(c, options.citationStyle); !g.orphan && !reference.isEmpty())
            cite << tr("Cite as: %1").arg(mdEscape(reference));
        md += cite.join(QStringLiteral("  \n")) + QStringLiteral("\n");
        if (!g.tags.isEmpty()) {
            QStringList tags;
            for (const Tag &t : g.tags)
                tags << QStringLiteral("`%1`").arg(QString(t.name).replace(QLatin1Char('`'), QLatin1Char('\'')));
            md += QStringLiteral("\n%1 %2\n").arg(tr("Tags:"), tags.join(QLatin1Char(' ')));
        }
        for (const Annotation &a : g.annotations) {
            md += QLatin1Char('\n');
            if (a.kind == AnnotationKind::Note) {
                md += QStringLiteral("**%1** %2\n").arg(tr("Note:"), mdEscape(a.note).replace(QLatin1Char('\n'),
                                                                                                 QStringLiteral("  \n")));
                continue;
            }
            md += mdPrefixLines(a.quote, QStringLiteral("> ")) + QLatin1Char('\n');
            md += QStringLiteral(">\n> — *%1*\n").arg(tr("%1 highlight").arg(highlightColorLabel(a.color)));
            if (!a.note.isEmpty())
                md += QStringLiteral("\n**%1** %2\n").arg(tr("Note:"), mdEscape(a.note).replace(QLatin1Char('\n'),
                                                                                                  QStringLiteral("  \n")));
        }
    }
    return md.toUtf8();
}

QString NotesExporter::citeAs(const ArticleCitation &citation, CitationStyle style)
{
    if (citation.articleId <= 0)
        return {};
    return formatCitation(citation, isReferenceFileStyle(style) ? CitationStyle::GbT7714 : style);
}

QByteArray NotesExporter::csv(const QList<NoteRecord> &records, CitationStyle style)
{
    // Column names stay English and stable: scripts read them.
    QString out = csvRow({QStringLiteral("annotation_id"), QStringLiteral("kind"), QStringLiteral("color"),
                          QStringLiteral("quote"), QStringLiteral("note"), QStringLiteral("article_id"),
                          QStringLiteral("paper"), QStringLiteral("date"), QStringLiteral("edition"),
                          QStringLiteral("page"), QStringLiteral("section"), QStringLiteral("headline"),
                          QStringLiteral("bylines"), QStringLiteral("tags"), QStringLiteral("orphan"),
                          QStringLiteral("source_path"), QStringLiteral("start_offset"),
                          QStringLiteral("end_offset"), QStringLiteral("created_at"),
                          QStringLiteral("modified_at"), QStringLiteral("citation")});
    for (const NoteRecord &r : records) {
        const Annotation &a = r.annotation;
        const ArticleCitation &c = r.citation;
        out += csvRow({QString::number(a.id), annotationKindName(a.kind),
                       a.kind == AnnotationKind::Highlight ? a.color : QString(), a.quote, a.note,
                       a.isOrphan() ? QString() : QString::number(a.articleId), c.paper,
                       c.date.isValid() ? c.date.toString(Qt::ISODate) : QString(), c.edition, c.pageLabel,
                       c.section, a.isOrphan() ? a.articleHeadline : c.headline, c.bylines(),
                       tagNames(r.articleTags), a.isOrphan() ? QStringLiteral("1") : QStringLiteral("0"),
                       a.isOrphan() ? a.sourcePath : c.sourcePath,
                       a.startOffset >= 0 ? QString::number(a.startOffset) : QString(),
                       a.endOffset >= 0 ? QString::number(a.endOffset) : QString(),
                       NotesStore::timestamp(a.createdAt), NotesStore::timestamp(a.modifiedAt),
                       a.isOrphan() ? QString() : citeAs(c, style)});
    }
    // The BOM makes Excel read the file as UTF-8 instead of the ANSI code page.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool NotesExporter::writePdf(const QList<NoteRecord> &records, const NotesExportOptions &options,
                             const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_error = tr("%1: PDF export needs the GUI libraries initialised (QGuiApplication)").arg(path);
        return false;
    }
    QStringList families = pdfFontFamilies();
    if (families.isEmpty()) {
        m_error = tr("%1: no installed font keeps Chinese text searchable in a PDF; install fonts-arphic-uming "
                     "or fonts-wqy-microhei")
                      .arg(path);
        return false;
    }

    // Headings and labels in a Hei (sans) face, the text in a Ming (serif) face, as Chinese print sets
    // them. None of the round-trip-safe CJK faces has a bold weight, so Qt emboldens bold text itself (in
    // the PDF a second, slightly offset drawing marked as carrying no text, so the text layer stays
    // exact); on the light strokes of a Ming face that is hardly visible, on a Hei face it reads as bold.
    QStringList headingFamilies;
    for (const QString &family : std::as_const(families)) {
        if (family.contains(QLatin1String("Hei"), Qt::CaseInsensitive))
            headingFamilies << family;
    }
    for (const QString &family : std::as_const(families)) {
        if (!headingFamilies.contains(family))
            headingFamilies << family;
    }
    // Latin letters and digits from a text face made for them (the CJK faces' Latin is monospaced);
    // everything it lacks falls through to the CJK faces.
    const QStringList installedFamilies = QFontDatabase::families();
    if (installedFamilies.contains(QStringLiteral("DejaVu Serif")))
        families.prepend(QStringLiteral("DejaVu Serif"));
    if (installedFamilies.contains(QStringLiteral("DejaVu Sans")))
        headingFamilies.prepend(QStringLiteral("DejaVu Sans"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const QString title = options.title.isEmpty() ? tr("Kanbao notes") : options.title;
    const QDateTime when = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();

    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0)); // margins are ours, so the footer can sit in them
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Kanbao %1").arg(QLatin1String(KANBAO_VERSION_STRING)));

    const qreal mm = writer.resolution() / 25.4;
    const QRectF pageRect(0, 0, writer.width(), writer.height());
    const QRectF body = pageRect.adjusted(22 * mm, 20 * mm, -22 * mm, -24 * mm);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body.size());
    doc.setDocumentMargin(0);
    QFont baseFont;
    baseFont.setFamilies(families);
    baseFont.setPointSizeF(10.5);
    doc.setDefaultFont(baseFont);

    auto charFormat = [&families, &headingFamilies](qreal points, bool bold = false, const QColor &color = QColor()) {
        QTextCharFormat f;
        f.setFontFamilies(bold ? headingFamilies : families);
        f.setFontPointSize(points);
        if (bold)
            f.setFontWeight(QFont::Bold);
        if (color.isValid())
            f.setForeground(color);
        return f;
    };
    auto blockFormat = [mm](qreal topMm, qreal bottomMm = 0, qreal indentMm = 0) {
        QTextBlockFormat f;
        f.setTopMargin(topMm * mm);
        f.setBottomMargin(bottomMm * mm);
        f.setLeftMargin(indentMm * mm);
        f.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        return f;
    };
    const QColor gray(0x55, 0x55, 0x55);

    QTextCursor c(&doc);
    // One edit block for the whole build: otherwise the paginated layout is redone after every insertion.
    c.beginEditBlock();
    bool firstBlock = true;
    auto paragraph = [&](const QTextBlockFormat &bf, const QTextCharFormat &cf, const QString &text) {
        if (firstBlock) {
            c.setBlockFormat(bf);
            c.setBlockCharFormat(cf);
            firstBlock = false;
        } else {
            c.insertBlock(bf, cf);
        }
        c.insertText(text, cf);
    };

    const QList<ArticleGroup> groups = groupByArticle(records);

    // The page crops, rendered side by side on the thread pool before the document is built.
    QHash<qint64, PageCrop> crops;
    m_pageCrops = 0;
    if (options.pageCrops && m_store) {
        QList<PageCrop> jobs;
        const StoredFiles files(m_store->database().databaseName());
        for (const ArticleGroup &g : groups) {
            if (g.orphan || g.citation.articleId <= 0)
                continue;
            const std::optional<NotesStore::PageFile> file = m_store->pageFileOf(g.citation.articleId);
            if (!file || !hasPageImage(file->sourcePath))
                continue; // a text page has no image to show
            PageCrop crop;
            crop.articleId = g.citation.articleId;
            crop.sourceName = QFileInfo(file->sourcePath).fileName();
            crop.index = file->sourceIndex;
            crop.headline = file->headline;
            crop.opening = file->opening;
            const PageFileLocation location = files.locate(file->sourcePath, file->contentHash);
            if (location.isAvailable())
                crop.path = location.path;
            else
                crop.reason = tr("No page image: %1").arg(location.problem());
            jobs << crop;
        }
        QtConcurrent::blockingMap(jobs, renderCrop);
        for (PageCrop &crop : jobs)
            crops.insert(crop.articleId, std::move(crop));
    }

    // Title page.
    paragraph(blockFormat(60), charFormat(26, true), title);
    paragraph(blockFormat(8), charFormat(13), describeScope(options.query));
    paragraph(blockFormat(4), charFormat(11, false, gray),
              tr("%n note(s)", nullptr, int(records.size())) + QStringLiteral(" · ")
                  + tr("%n article(s)", nullptr, int(groups.size())));
    QTextBlockFormat last = blockFormat(4);
    last.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    paragraph(last, charFormat(11, false, gray),
              tr("Generated %1 by Kanbao %2")
                  .arg(QLocale::c().toString(when, QStringLiteral("yyyy-MM-dd HH:mm")),
                       QLatin1String(KANBAO_VERSION_STRING)));

    // Table of contents; page numbers are filled in once the articles are laid out.
    paragraph(blockFormat(0, 4), charFormat(16, true), tr("Contents"));
    QTextTable *toc = nullptr;
    if (!groups.isEmpty()) {
        QTextTableFormat tf;
        tf.setBorder(0);
        tf.setCellPadding(0.6 * mm);
        tf.setCellSpacing(0);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                      QTextLength(QTextLength::PercentageLength, 10)});
        toc = c.insertTable(int(groups.size()), 2, tf);
        for (int row = 0; row < groups.size(); ++row) {
            const ArticleCitation &cit = groups[row].citation;
            QTextCursor cell = toc->cellAt(row, 0).firstCursorPosition();
            cell.insertText(headlineOf(cit), charFormat(10.5));
            const QString place = groups[row].orphan ? tr("no longer in the library") : cit.placeText();
            if (!place.isEmpty())
                cell.insertText(QStringLiteral("  ") + place, charFormat(9, false, gray));
            QTextCursor number = toc->cellAt(row, 1).firstCursorPosition();
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            number.setBlockFormat(right);
        }
        c.movePosition(QTextCursor::End);
    }

    // The articles.
    QList<QTextBlock> headings;
    bool firstArticle = true;
    bool orphanHeading = false;
    for (const ArticleGroup &g : groups) {
        const ArticleCitation &cit = g.citation;
        if (g.orphan && !orphanHeading) {
            QTextBlockFormat bf = blockFormat(0, 2);
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            paragraph(bf, charFormat(16, true), tr("Notes whose article is no longer in the library"));
            orphanHeading = true;
            firstArticle = false;
        }
        QTextBlockFormat hf = blockFormat(firstArticle ? 0 : 9, 1);
        if (firstArticle)
            hf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        firstArticle = false;
        if (!cit.kicker.isEmpty()) {
            paragraph(hf, charFormat(9.5, false, gray), cit.kicker);
            hf = blockFormat(0.5, 1);
        }
        paragraph(hf, charFormat(14, true), headlineOf(cit));
        headings << c.block();
        if (!cit.subheadline.isEmpty())
            paragraph(blockFormat(0), charFormat(11, false, gray), cit.subheadline);
        const QString place = cit.placeText();
        QStringList citeLines;
        if (!place.isEmpty())
            citeLines << place;
        if (!cit.bylines().isEmpty())
            citeLines << cit.bylines();
        if (g.orphan && !cit.sourcePath.isEmpty())
            citeLines << tr("was in %1").arg(cit.sourcePath);
        if (const QString reference = citeAs(cit, options.citationStyle); !g.orphan && !reference.isEmpty())
            citeLines << tr("Cite as: %1").arg(reference);
        if (!citeLines.isEmpty())
            paragraph(blockFormat(1), charFormat(9.5, false, gray), citeLines.join(QStringLiteral(" · ")));
        if (!g.tags.isEmpty()) {
            paragraph(blockFormat(1.5), charFormat(9.5, false, gray), tr("Tags:") + QLatin1Char(' '));
            for (int i = 0; i < g.tags.size(); ++i) {
                const Tag &t = g.tags[i];
                c.insertText(QStringLiteral("■"), charFormat(9.5, false, QColor::fromString(t.color)));
                c.insertText(QStringLiteral(" %1%2").arg(t.name, i + 1 < g.tags.size() ? QStringLiteral("  ") : QString()),
                             charFormat(9.5));
            }
        }
        if (const auto crop = crops.constFind(cit.articleId); !g.orphan && crop != crops.cend()) {
            if (!crop->image.isNull()) {
                const QString name = QStringLiteral("kanbao-crop:%1").arg(cit.articleId);
                doc.addResource(QTextDocument::ImageResource, QUrl(name), crop->image);
                // At the page's own size when it fits, else scaled down to the text width and 110 mm high.
                const qreal point = writer.resolution() / 72.0;
                const qreal width = crop->points.width() * point;
                const qreal height = crop->points.height() * point;
                const qreal scale = std::min({1.0, body.width() / width, 110 * mm / height});
                // An image's size is given in screen pixels, which the layout scales to the writer's
                // resolution by the ratio of the two (as Qt's image handler does).
                const QScreen *screen = QGuiApplication::primaryScreen();
                const qreal screenDpi = screen ? qRound(screen->logicalDotsPerInchY()) : 100;
                const qreal toScreen = screenDpi / writer.logicalDpiY();
                QTextImageFormat image;
                image.setName(name);
                image.setWidth(width * scale * toScreen);
                image.setHeight(height * scale * toScreen);
                paragraph(blockFormat(2.5), charFormat(9.5), QString());
                c.insertImage(image);
                paragraph(blockFormat(0.5), charFormat(8.5, false, gray),
                          tr("Page image: page %1 of %2").arg(crop->index + 1).arg(crop->sourceName));
                ++m_pageCrops;
            } else if (!crop->reason.isEmpty()) {
                paragraph(blockFormat(1.5), charFormat(9, false, gray), crop->reason);
            }
        }
        for (const Annotation &a : g.annotations) {
            if (a.kind == AnnotationKind::Note) {
                paragraph(blockFormat(3, 0, 0), charFormat(10.5, true), tr("Note:") + QLatin1Char(' '));
                c.insertText(asOneBlock(a.note), charFormat(10.5));
                continue;
            }
            const QColor shade = highlightColor(a.color).isValid() ? highlightColor(a.color) : QColor(0xfff3a3);
            // The color is named as well as shown, for readers of a grayscale printout.
            paragraph(blockFormat(3.5, 0, 2), charFormat(8.5, true, shade.darker(190)),
                      QStringLiteral("▍") + highlightColorLabel(a.color));
            QTextBlockFormat quoteFormat = blockFormat(0.5, 0, 2);
            quoteFormat.setBackground(shade);
            quoteFormat.setRightMargin(1 * mm);
            paragraph(quoteFormat, charFormat(11), asOneBlock(a.quote));
            if (!a.note.isEmpty()) {
                paragraph(blockFormat(1.5, 0, 2), charFormat(10, true, gray), tr("Note:") + QLatin1Char(' '));
                c.insertText(asOneBlock(a.note), charFormat(10));
            }
        }
    }

    c.endEditBlock();

    // Page numbers of the articles, into the contents. Filling the cells does not move anything: the
    // number column has a fixed width and one line.
    const qreal pageHeight = body.height();
    auto pageOf = [&](const QTextBlock &b) {
        // A block pushed onto a new page starts exactly at its top edge; half a device pixel of slack keeps
        // the division's rounding from putting it on the page before.
        return int(std::floor((doc.documentLayout()->blockBoundingRect(b).top() + 0.5) / pageHeight)) + 1;
    };
    if (toc) {
        // All pages first: every insertion invalidates the layout after it, and asking for a position
        // in between would lay the whole document out again for each row.
        QList<int> pages;
        pages.reserve(headings.size());
        for (const QTextBlock &heading : std::as_const(headings))
            pages << pageOf(heading);
        c.beginEditBlock();
        for (int row = 0; row < headings.size(); ++row) {
            QTextCursor number = toc->cellAt(row, 1).firstCursorPosition();
            number.insertText(QString::number(pages[row]), charFormat(10.5));
        }
        c.endEditBlock();
    }

    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer)) {
        m_error = tr("%1: cannot write: %2").arg(path, tr("the PDF could not be started"));
        return false;
    }
    QFont footerFont(baseFont);
    footerFont.setPointSizeF(8.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            m_error = tr("%1: cannot write: %2").arg(path, tr("no new page"));
            return false;
        }
        painter.save();
        painter.translate(body.left(), body.top() - page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, body.width(), pageHeight);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        if (page == 0)
            continue; // no running footer on the title page
        painter.setFont(footerFont);
        painter.setPen(gray);
        const QRectF footer(body.left(), body.bottom() + 8 * mm, body.width(), 8 * mm);
        painter.drawLine(QPointF(body.left(), footer.top() - 2 * mm), QPointF(body.right(), footer.top() - 2 * mm));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, title);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                         tr("page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end()) {
        m_error = tr("%1: cannot write: %2").arg(path, tr("the PDF could not be finished"));
        return false;
    }
    if (!file.commit()) {
        m_error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    m_pageCount = pages;
    return true;
}

bool NotesExporter::exportNotes(NotesExportFormat format, const QString &path, const NotesExportOptions &options)
{
    m_error.clear();
    m_exportedNotes = m_exportedArticles = m_pageCount = m_pageCrops = 0;
    const std::optional<QList<NoteRecord>> records = m_store->queryNotes(options.query);
    if (!records) {
        m_error = m_store->errorString();
        return false;
    }
    bool ok = false;
    switch (format) {
    case NotesExportFormat::Pdf:
        ok = writePdf(*records, options, path);
        break;
    case NotesExportFormat::Markdown:
        ok = writeFile(path, markdown(*records, options), &m_error);
        break;
    case NotesExportFormat::Csv:
        ok = writeFile(path, csv(*records, options.citationStyle), &m_error);
        break;
    }
    if (ok) {
        m_exportedNotes = int(records->size());
        m_exportedArticles = int(groupByArticle(*records).size());
    }
    return ok;
}

} // namespace kanbao
