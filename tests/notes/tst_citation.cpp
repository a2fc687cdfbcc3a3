// The citation formatter: GB/T 7714-2015 and Chicago newspaper references, and the RIS, BibTeX and
// CSL-JSON records a reference manager imports. Expected references are written out by hand from the
// standards' newspaper forms, not produced by the code under test.
#include "notes/citation.h"
#include "notes/notesexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace kanbao;

Q_DECLARE_METATYPE(kanbao::ArticleCitation)

namespace {

ArticleCitation article(const QString &headline, const QStringList &reporters,
                        const QString &page = QStringLiteral("A02"))
{
    ArticleCitation c;
    c.articleId = 42;
    c.paper = QStringLiteral("焦作日报");
    c.date = QDate(2024, 4, 29);
    c.pageLabel = page;
    c.section = QStringLiteral("要闻");
    c.headline = headline;
    c.reporters = reporters;
    return c;
}

const QString headline = QStringLiteral("我市召开安全生产工作会议");

} // namespace

class TestCitation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void textStyles_data()
    {
        QTest::addColumn<ArticleCitation>("citation");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("expected");

        const ArticleCitation one = article(headline, {QStringLiteral("郭树勋")});
        QTest::newRow("gbt one author")
            << one << "gbt7714"
            << QStringLiteral("郭树勋. 我市召开安全生产工作会议[N]. 焦作日报, 2024-04-29(A02).");
        QTest::newRow("chicago one author")
            << one << "chicago"
            << QStringLiteral("郭树勋. “我市召开安全生产工作会议.” 焦作日报, April 29, 2024, A02.");

        ArticleCitation several = article(headline, {QStringLiteral("郭树勋"), QStringLiteral("李明")});
        several.correspondents = {QStringLiteral("王芳")};
        QTest::newRow("gbt three authors")
            << several << "gbt7714"
            << QStringLiteral("郭树勋, 李明, 王芳. 我市召开安全生产工作会议[N]. 焦作日报, 2024-04-29(A02).");
        QTest::newRow("chicago three authors")
            << several << "chicago"
            << QStringLiteral(
                   "郭树勋, 李明, and 王芳. “我市召开安全生产工作会议.” 焦作日报, April 29, 2024, A02.");

        ArticleCitation many = several;
        many.correspondents << QStringLiteral("张强") << QStringLiteral("郭树勋"); // a name twice counts once
        QTest::newRow("gbt more than three: 等")
            << many << "gbt7714"
            << QStringLiteral(
                   "郭树勋, 李明, 王芳, 等. 我市召开安全生产工作会议[N]. 焦作日报, 2024-04-29(A02).");
        ArticleCitation two = article(headline, {QStringLiteral("郭树勋"), QStringLiteral("李明")});
        QTest::newRow("chicago two authors")
            << two << "chicago"
            << QStringLiteral("郭树勋 and 李明. “我市召开安全生产工作会议.” 焦作日报, April 29, 2024, A02.");

        const ArticleCitation none = article(headline, {});
        QTest::newRow("gbt no author")
            << none << "gbt7714" << QStringLiteral("我市召开安全生产工作会议[N]. 焦作日报, 2024-04-29(A02).");
        QTest::newRow("chicago no author")
            << none << "chicago"
            << QStringLiteral("“我市召开安全生产工作会议.” 焦作日报, April 29, 2024, A02.");

        ArticleCitation noHeadline = article(QString(), {QStringLiteral("郭树勋")});
        QTest::newRow("gbt no headline")
            << noHeadline << "gbt7714" << QStringLiteral("郭树勋. [untitled][N]. 焦作日报, 2024-04-29(A02).");
        noHeadline.kicker = QStringLiteral("图片新闻");
        QTest::newRow("gbt no headline, a kicker")
            << noHeadline << "gbt7714" << QStringLiteral("郭树勋. 图片新闻[N]. 焦作日报, 2024-04-29(A02).");

        const ArticleCitation sentence = article(QStringLiteral("春天来了。"), {QStringLiteral("Li M.")});
        QTest::newRow("gbt no double period")
            << sentence << "gbt7714" << QStringLiteral("Li M. 春天来了[N]. 焦作日报, 2024-04-29(A02).");
        const ArticleCitation question = article(QStringLiteral("路在何方？"), {});
        QTest::newRow("chicago question mark")
            << question << "chicago" << QStringLiteral("“路在何方？” 焦作日报, April 29, 2024, A02.");
        const ArticleCitation western = article(QStringLiteral("A Visit"), {QStringLiteral("John Smith")});
        QTest::newRow("chicago western name inverted")
            << western << "chicago"
            << QStringLiteral("Smith, John. “A Visit.” 焦作日报, April 29, 2024, A02.");

        const ArticleCitation traditional =
            article(QStringLiteral("呂沛調研發展工作"), {QStringLiteral("鄭國強")});
        QTest::newRow("gbt traditional characters kept")
            << traditional << "gbt7714"
            << QStringLiteral("鄭國強. 呂沛調研發展工作[N]. 焦作日报, 2024-04-29(A02).");

        QTest::newRow("gbt page 第03版")
            << article(headline, {}, QStringLiteral("第03版")) << "gbt7714"
            << QStringLiteral("我市召开安全生产工作会议[N]. 焦作日报, 2024-04-29(3).");
        QTest::newRow("gbt page 07") << article(headline, {}, QStringLiteral("07")) << "gbt7714"
                                     << QStringLiteral(
                                            "我市召开安全生产工作会议[N]. 焦作日报, 2024-04-29(7).");
        QTest::newRow("gbt no page") << article(headline, {}, QString()) << "gbt7714"
                                     << QStringLiteral("我市召开安全生产工作会议[N]. 焦作日报, 2024-04-29.");
        QTest::newRow("chicago no page")
            << article(headline, {}, QString()) << "chicago"
            << QStringLiteral("“我市召开安全生产工作会议.” 焦作日报, April 29, 2024.");

        ArticleCitation spaced = article(QStringLiteral("两会\n特刊  开幕"), {QStringLiteral(" 郭树勋 ")});
        QTest::newRow("gbt headline on two lines")
            << spaced << "gbt7714" << QStringLiteral("郭树勋. 两会 特刊 开幕[N]. 焦作日报, 2024-04-29(A02).");

        ArticleCitation noPaper = article(headline, {});
        noPaper.paper.clear();
        QTest::newRow("gbt no paper")
            << noPaper << "gbt7714" << QStringLiteral("我市召开安全生产工作会议[N]. 2024-04-29(A02).");
    }

    void textStyles()
    {
        QFETCH(ArticleCitation, citation);
        QFETCH(QString, style);
        QFETCH(QString, expected);
        const std::optional<CitationStyle> s = citationStyleFromName(style);
        QVERIFY(s);
        const QString text = formatCitation(citation, *s);
        QCOMPARE(text, expected);
        QVERIFY(!text.contains(QLatin1String("..")));
        QVERIFY(!text.contains(u'\n'));
    }

    void styleNames()
    {
        for (const CitationStyle style : citationStyles()) {
            QCOMPARE(citationStyleFromName(citationStyleName(style)), style);
            QVERIFY(!citationStyleLabel(style).isEmpty());
        }
        QVERIFY(!citationStyleFromName(u"apa"));
        QVERIFY(!citationStyleFromName(u""));
        QVERIFY(isReferenceFileStyle(CitationStyle::Ris));
        QVERIFY(!isReferenceFileStyle(CitationStyle::Chicago));
    }

    void risRecord()
    {
        ArticleCitation c = article(headline, {QStringLiteral("郭树勋"), QStringLiteral("李明")});
        const QString ris = formatReferences({c, article(QStringLiteral("第二篇"), {})}, CitationStyle::Ris);
        const QStringList lines = ris.split(u'\n', Qt::SkipEmptyParts);
        static const QRegularExpression tagLine(QStringLiteral("^[A-Z][A-Z0-9]  - "));
        for (const QString &line : lines)
            QVERIFY2(tagLine.match(line).hasMatch(), qPrintable(line));
        QCOMPARE(lines.count(QStringLiteral("TY  - NEWS")), 2);
        QCOMPARE(lines.count(QStringLiteral("ER  - ")), 2);
        QVERIFY(lines.contains(QStringLiteral("AU  - 郭树勋")));
        QVERIFY(lines.contains(QStringLiteral("AU  - 李明")));
        QVERIFY(lines.contains(QStringLiteral("TI  - ") + headline));
        QVERIFY(lines.contains(QStringLiteral("T2  - 焦作日报")));
        QVERIFY(lines.contains(QStringLiteral("DA  - 2024/04/29/")));
        QVERIFY(lines.contains(QStringLiteral("PY  - 2024")));
        QVERIFY(lines.contains(QStringLiteral("SP  - A02")));
        QCOMPARE(lines.first(), QStringLiteral("TY  - NEWS"));
    }

    void bibtexEscapesAndKeys()
    {
        ArticleCitation c =
            article(QStringLiteral("利润增长 50% & {新} 高_1 $ # ~ ^ \\"), {QStringLiteral("郭树勋")});
        const QString bib = formatReferences({c, c}, CitationStyle::BibTeX);
        QVERIFY2(bib.contains(QStringLiteral("@article{kanbao20240429_42,")), qPrintable(bib));
        QVERIFY2(bib.contains(QStringLiteral("@article{kanbao20240429_42_2,")), qPrintable(bib));
        QVERIFY(bib.contains(QStringLiteral("entrysubtype = {newspaper}")));
        QVERIFY(bib.contains(QStringLiteral("author = {{郭树勋}}")));
        QVERIFY2(bib.contains(QStringLiteral(
                     "title = {{利润增长 50\\% \\& \\textbraceleft{}新\\textbraceright{} 高\\_1 \\$ \\# "
                     "\\textasciitilde{} \\textasciicircum{} \\textbackslash{}}}")),
                 qPrintable(bib));
        // Braces balance in every entry: BibTeX counts them, escaped or not.
        int depth = 0;
        for (const QChar ch : bib) {
            depth += ch == u'{' ? 1 : ch == u'}' ? -1 : 0;
            QVERIFY(depth >= 0);
        }
        QCOMPARE(depth, 0);
    }

    void cslJson()
    {
        ArticleCitation c = article(headline, {QStringLiteral("郭树勋"), QStringLiteral("John Smith")});
        ArticleCitation bare;
        bare.articleId = 7;
        const QJsonDocument doc =
            QJsonDocument::fromJson(formatReferences({c, bare}, CitationStyle::CslJson).toUtf8());
        QVERIFY(doc.isArray());
        const QJsonObject item = doc.array().at(0).toObject();
        QCOMPARE(item.value(u"type").toString(), QStringLiteral("article-newspaper"));
        QCOMPARE(item.value(u"title").toString(), headline);
        QCOMPARE(item.value(u"container-title").toString(), QStringLiteral("焦作日报"));
        QCOMPARE(item.value(u"page").toString(), QStringLiteral("A02"));
        QCOMPARE(item.value(u"issued").toObject().value(u"date-parts").toArray().at(0).toArray(),
                 (QJsonArray{2024, 4, 29}));
        const QJsonArray authors = item.value(u"author").toArray();
        QCOMPARE(authors.size(), 2);
        QCOMPARE(authors.at(0).toObject().value(u"literal").toString(), QStringLiteral("郭树勋"));
        QCOMPARE(authors.at(1).toObject().value(u"family").toString(), QStringLiteral("Smith"));
        QCOMPARE(authors.at(1).toObject().value(u"given").toString(), QStringLiteral("John"));
        QVERIFY(!item.contains(u"URL"));
        // An article with nothing known still gives a valid item, without empty fields.
        const QJsonObject empty = doc.array().at(1).toObject();
        QCOMPARE(empty.value(u"type").toString(), QStringLiteral("article-newspaper"));
        QVERIFY(!empty.contains(u"title"));
        QVERIFY(!empty.contains(u"author"));
        QVERIFY(!empty.contains(u"issued"));
        QVERIFY(item.value(u"id").toString() != empty.value(u"id").toString());
    }

    // Notes exports cite each article in the chosen text style; a file style falls back to GB/T 7714.
    void notesExportCitesInTheChosenStyle_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gbt7714")
            << "gbt7714"
            << QStringLiteral("郭树勋. 我市召开安全生产工作会议\\[N\\]. 焦作日报, 2024-04-29(A02).");
        QTest::newRow("chicago") << "chicago"
                                 << QStringLiteral(
                                        "郭树勋. “我市召开安全生产工作会议.” 焦作日报, April 29, 2024, A02.");
        QTest::newRow("ris falls back")
            << "ris" << QStringLiteral("郭树勋. 我市召开安全生产工作会议\\[N\\]. 焦作日报, 2024-04-29(A02).");
    }

    void notesExportCitesInTheChosenStyle()
    {
        QFETCH(QString, style);
        QFETCH(QString, expected);
        NoteRecord record;
        record.annotation.id = 1;
        record.annotation.articleId = 42;
        record.annotation.kind = AnnotationKind::Highlight;
        record.annotation.color = QStringLiteral("yellow");
        record.annotation.quote = QStringLiteral("安全生产");
        record.citation = article(headline, {QStringLiteral("郭树勋")});
        NotesExportOptions options;
        options.citationStyle = *citationStyleFromName(style);
        const QString md = QString::fromUtf8(NotesExporter::markdown({record}, options));
        QVERIFY2(md.contains(QStringLiteral("Cite as: ") + expected), qPrintable(md));
        const QString csv = QString::fromUtf8(NotesExporter::csv({record}, options.citationStyle));
        QVERIFY(csv.section(u'\n', 0, 0).trimmed().endsWith(QLatin1String(",citation")));
        QVERIFY2(csv.contains(QString(expected).remove(u'\\')), qPrintable(csv));
    }
};

QTEST_GUILESS_MAIN(TestCitation)
#include "tst_citation.moc"
