// Reconstruction from page geometry (reconstruct/pdflayout.h), on pages described line by line: titles by
// type size, columns and blocks by position, vertical headlines, paragraphs by indent, running heads.
#include "reconstruct/pdflayout.h"

#include <QTest>

using namespace kanbao;

namespace {

constexpr double kBody = 9;

// A line of `text` set in `size` with its top-left corner at (x, y): every character an em wide.
SourceLine line(const QString &text, double x, double y, double size = kBody)
{
    SourceLine l;
    l.text = text;
    l.fontSize = size;
    l.box = QRectF(x, y, text.size() * size, size);
    return l;
}

// A vertical headline set as upright characters stacked down from (x, y).
QList<SourceLine> stacked(const QString &text, double x, double y, double size)
{
    QList<SourceLine> lines;
    for (qsizetype i = 0; i < text.size(); ++i)
        lines << line(text.mid(i, 1), x, y + i * size * 1.08, size);
    return lines;
}

// Body text in one column from (x, y): paragraphs wrapped at `chars` characters, first lines indented
// two ems.
QList<SourceLine> column(const QStringList &paragraphs, double x, double y, int chars)
{
    QList<SourceLine> lines;
    double top = y;
    for (const QString &p : paragraphs) {
        QString rest = QStringLiteral("　　") + p; // the indent, as two ideographic spaces' worth of room
        bool first = true;
        while (!rest.isEmpty()) {
            const QString piece = rest.left(chars);
            rest = rest.mid(chars);
            const QString text = first ? piece.mid(2) : piece;
            lines << line(text, first ? x + 2 * kBody : x, top);
            top += kBody * 1.5;
            first = false;
        }
    }
    return lines;
}

SourceDocument document(const QList<SourceLine> &lines)
{
    SourcePage page;
    page.size = QSizeF(842, 1191);
    page.lines = lines;
    SourceDocument doc;
    doc.path = QStringLiteral("/archive/rmrb-20190201-03.pdf");
    doc.format = QStringLiteral("pdf");
    doc.pages = {page};
    return doc;
}

QString filler(int n)
{
    return QString(n, QChar(u'文')) + QStringLiteral("。");
}

} // namespace

class TestPdfLayout : public QObject
{
    Q_OBJECT

private slots:
    void titlesAndColumns_data()
    {
        QTest::addColumn<QList<SourceLine>>("lines");
        QTest::addColumn<QStringList>("headlines");
        QTest::addColumn<QStringList>("firstParagraphs");
        QTest::addColumn<QList<int>>("paragraphCounts");

        // A headline over two columns, a second piece in the third column with its own title.
        QList<SourceLine> sideBySide;
        sideBySide << line(QStringLiteral("全省春耕生产全面展开"), 60, 100, 20);
        sideBySide << column({QStringLiteral("本报讯 春耕开始了，") + filler(30), filler(25)}, 60, 130, 12);
        sideBySide << column({filler(20), filler(18)}, 180, 130, 12);
        sideBySide << line(QStringLiteral("新桥通车"), 300, 100, 16);
        sideBySide << column({QStringLiteral("新华社北京2月1日电 大桥今天通车。") + filler(20)}, 300, 124, 12);
        QTest::newRow("two pieces side by side")
            << sideBySide << QStringList{QStringLiteral("全省春耕生产全面展开"), QStringLiteral("新桥通车")}
            << QStringList{QStringLiteral("春耕开始了，") + filler(30), QStringLiteral("新华社北京2月1日电大桥今天通车。") + filler(20)}
            << QList<int>{4, 1};

        // Kicker, headline and subheadline in three sizes; a second piece below, across the same width.
        QList<SourceLine> stacks;
        stacks << line(QStringLiteral("坚持稳中求进"), 60, 100, 12);
        stacks << line(QStringLiteral("经济运行总体平稳"), 60, 118, 22);
        stacks << line(QStringLiteral("——一月经济数据观察"), 60, 146, 12);
        stacks << column({filler(30), filler(30)}, 60, 170, 14);
        stacks << line(QStringLiteral("冬季运动热起来"), 60, 300, 20);
        stacks << column({filler(40)}, 60, 330, 14);
        QTest::newRow("title stack, piece below")
            << stacks << QStringList{QStringLiteral("经济运行总体平稳"), QStringLiteral("冬季运动热起来")}
            << QStringList{filler(30), filler(40)} << QList<int>{2, 1};

        // A vertical headline of stacked characters at the right of its body; another piece to its left.
        QList<SourceLine> vertical;
        vertical << stacked(QStringLiteral("雪乡迎客来"), 300, 100, 18);
        vertical << column({filler(36), filler(12)}, 170, 100, 12);
        vertical << line(QStringLiteral("港口吞吐量创新高"), 40, 100, 16);
        vertical << column({filler(22)}, 40, 124, 12);
        QTest::newRow("stacked vertical headline")
            << vertical << QStringList{QStringLiteral("港口吞吐量创新高"), QStringLiteral("雪乡迎客来")}
            << QStringList{filler(22), filler(36)} << QList<int>{1, 2};

        // A rotated vertical headline (one line running down the page).
        QList<SourceLine> rotated;
        SourceLine v = line(QStringLiteral("雪乡迎客来"), 300, 100, 18);
        v.rotation = 90;
        v.box = QRectF(300, 100, 18, 5 * 18);
        rotated << v << column({filler(36)}, 170, 100, 12);
        QTest::newRow("rotated vertical headline")
            << rotated << QStringList{QStringLiteral("雪乡迎客来")} << QStringList{filler(36)} << QList<int>{1};
    }
    void titlesAndColumns()
    {
        QFETCH(QList<SourceLine>, lines);
        QFETCH(QStringList, headlines);
        QFETCH(QStringList, firstParagraphs);
        QFETCH(QList<int>, paragraphCounts);
        const QList<Page> pages = pdflayout::reconstruct(document(lines));
        QCOMPARE(pages.size(), 1);
        const QList<Article> &articles = pages[0].articles;
        QStringList gotHeadlines, gotFirst;
        QList<int> gotCounts;
        for (const Article &a : articles) {
            gotHeadlines << a.headline;
            gotFirst << a.paragraphs.value(0);
            gotCounts << int(a.paragraphs.size());
            QVERIFY(!a.region.isEmpty());
            QVERIFY(a.confidence > 0 && a.confidence <= 1);
        }
        QCOMPARE(gotHeadlines, headlines);
        QCOMPARE(gotFirst, firstParagraphs);
        QCOMPARE(gotCounts, paragraphCounts);
    }

    void titleStackParts()
    {
        QList<SourceLine> lines;
        lines << line(QStringLiteral("坚持稳中求进"), 60, 100, 12);
        lines << line(QStringLiteral("经济运行总体平稳"), 60, 118, 22);
        lines << line(QStringLiteral("——一月经济数据观察"), 60, 146, 12);
        lines << column({QStringLiteral("本报北京2月1日电（记者王迪、李强）") + filler(30)}, 60, 170, 14);
        const Article a = pdflayout::reconstruct(document(lines)).value(0).articles.value(0);
        QCOMPARE(a.kicker, QStringLiteral("坚持稳中求进"));
        QCOMPARE(a.headline, QStringLiteral("经济运行总体平稳"));
        QCOMPARE(a.subheadline, QStringLiteral("——一月经济数据观察"));
        QCOMPARE(a.reporters, (QStringList{QStringLiteral("王迪"), QStringLiteral("李强")}));
    }

    void runningHead_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QDate>("date");
        QTest::newRow("date and page") << QStringLiteral("2019年2月1日 星期五 第3版 要闻") << QStringLiteral("第3版")
                                       << QDate(2019, 2, 1);
        QTest::newRow("no head: the file name") << QString() << QStringLiteral("rmrb-20190201-03") << QDate();
    }
    void runningHead()
    {
        QFETCH(QString, head);
        QFETCH(QString, label);
        QFETCH(QDate, date);
        QList<SourceLine> lines;
        if (!head.isEmpty())
            lines << line(head, 60, 30);
        lines << line(QStringLiteral("新桥通车"), 60, 100, 16) << column({filler(30)}, 60, 124, 12);
        const Page page = pdflayout::reconstruct(document(lines)).value(0);
        QCOMPARE(page.label, label);
        QCOMPARE(page.date, date);
        QCOMPARE(page.articles.size(), 1);
        QVERIFY(!page.articles[0].paragraphs.join(QString()).contains(QStringLiteral("星期")));
    }

    void pageWithoutText()
    {
        SourceDocument doc = document({});
        doc.pages[0].hasTextLayer = false;
        const QList<Page> pages = pdflayout::reconstruct(doc);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0].articles.isEmpty());
        QCOMPARE(pages[0].warnings, QStringList{pdflayout::noTextLayerWarning()});
    }
};

QTEST_GUILESS_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
