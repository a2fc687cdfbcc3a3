// Entity offsets next to U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR (issue 10, failure 8).
// The Markdown reader kept them inside paragraphs and the raw reader dropped them at line ends, so one
// mention could run across a separator (会议<U+2028><U+2029>党工委 read as one name) and the stored span
// did not cover the name; the article view, which breaks lines at them, disagreed with both. They are
// line breaks now, wherever text comes from (a line break inside a sentence is then reflowed like any
// other), and stored mention spans cover their text.
#include "entities/entityextractor.h"
#include "import/importer.h"
#include "library/library.h"
#include "library/librarywriter.h"
#include "import/pagefile.h"
#include "text/textdecoder.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

class TestLineSeparators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normalisedAsLineBreaks()
    {
        QCOMPARE(TextDecoder::normaliseLineEndings(QStringLiteral("甲\u2028乙\u2029丙\u0085丁\r\n戊\r己")),
                 QStringLiteral("甲\n乙\n丙\n丁\n戊\n己"));
        DecodedText decoded;
        QString error;
        QVERIFY(TextDecoder::decode(QStringLiteral("本报讯\u2028市政协").toUtf8(), &decoded, &error));
        QCOMPARE(decoded.text, QStringLiteral("本报讯\n市政协"));
    }

    void offsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("raw, separators at line ends")
            << QStringLiteral("本报讯（记者 张三）4月8日，市政协副主席\n\u2028吕沛主持召开会议。党工委书记王小明\u2029\n"
                              "强调，要抓好落实。\n");
        QTest::newRow("raw, separators mid-line")
            << QStringLiteral("本报讯（记者 张三）4月8日，市政协副主席吕沛\u2028主持召开会议。党工委书记王小明\u2029强调，"
                              "要抓好落实。\n区领导李四、赵五出席会议。\n");
        QTest::newRow("raw, a pair") << QStringLiteral("本报讯 市政协副主席\u2029\u2028吕沛主持会议。\n\u2029\n党工委书记王小明强调。\n");
        QTest::newRow("markdown, headline and paragraphs")
            << QStringLiteral("# 标题\u2028新闻\n\n\u2028本报讯 市政协副主席吕沛主持会议。\u2029党工委书记王小明强调。\n\n"
                              "\u2029区领导李四、赵五出席。\u2028\n");
        QTest::newRow("markdown, between two names")
            << QStringLiteral("# 标题\n\n本报讯 市政协副主席吕沛主持会议\u2028\u2029党工委书记王小明强调。\n");
    }
    void offsets()
    {
        QFETCH(QString, text);
        const EntityExtractor extractor;

        // In memory (previews) and through a file (import): the same rule.
        const QList<Page> pages = reconstructText(text, QStringLiteral("mem"), QStringLiteral("UTF-8"), &extractor);
        int mentions = 0;
        for (const Page &page : pages) {
            for (const Article &article : page.articles) {
                for (const QString &p : article.paragraphs)
                    QVERIFY(!p.contains(QChar(0x2028)) && !p.contains(QChar(0x2029)) && !p.contains(QLatin1Char('\n')));
                QVERIFY(!article.headline.contains(QChar(0x2028)));
                for (const EntityMention &m : article.entities) {
                    if (m.paragraph < 0)
                        continue;
                    QCOMPARE(article.paragraphs.at(m.paragraph).mid(m.offset, m.text.size()), m.text);
                    ++mentions;
                }
            }
        }
        QVERIFY(mentions >= 2);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("page.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
        Importer importer(library);
        QCOMPARE(importer.importPaths({file}).imported, 1);
        // Every stored mention's span in its paragraph of the stored body is its name.
        QSqlQuery q(library.database());
        QVERIFY(q.exec(QStringLiteral("SELECT a.body, m.paragraph, m.start_offset, m.length, e.name FROM mentions m"
                                      " JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id"
                                      " WHERE m.paragraph >= 0")));
        int stored = 0;
        while (q.next()) {
            const QStringList paragraphs = q.value(0).toString().split(QLatin1Char('\n'));
            const int p = q.value(1).toInt();
            QVERIFY(p < paragraphs.size());
            QCOMPARE(paragraphs.at(p).mid(q.value(2).toInt(), q.value(3).toInt()), q.value(4).toString());
            ++stored;
        }
        QCOMPARE(stored, mentions);
    }

    // A name broken by a space (高 亢: the extractor reads text with whitespace taken out) is stored with a
    // span that covers both characters, not one character and the space.
    void spacedNameSpanCoversIt()
    {
        const EntityExtractor extractor;
        Article article;
        article.paragraphs << QStringLiteral("4月8日，市政协副主席吕 沛主持召开会议。");
        extractor.annotate(article);
        bool extracted = false;
        for (const EntityMention &m : std::as_const(article.entities))
            extracted = extracted || m.text == QStringLiteral("吕沛");
        QVERIFY(extracted);

        QTemporaryDir dir;
        Library library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("lib.kanbao"))));
        ParsedPageFile file;
        file.sourcePath = dir.filePath(QStringLiteral("page.txt"));
        file.contentHash = QStringLiteral("0");
        file.encoding = QStringLiteral("UTF-8");
        file.text = article.paragraphs.first();
        Page page;
        page.articles << article;
        file.pages << page;
        file.placements << PagePlacement{QStringLiteral("焦作日报"), QDate(2024, 4, 8), false, {}, {}, {}};
        LibraryWriter writer(library);
        QVERIFY2(writer.writeFile(file), qPrintable(library.errorString()));
        QSqlQuery q(library.database());
        QVERIFY(q.exec(QStringLiteral("SELECT a.body, m.start_offset, m.length FROM mentions m JOIN articles a ON"
                                      " a.id = m.article_id JOIN entities e ON e.id = m.entity_id WHERE e.name = '吕沛'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString().mid(q.value(1).toInt(), q.value(2).toInt()), QStringLiteral("吕 沛"));
    }
};

QTEST_GUILESS_MAIN(TestLineSeparators)
#include "tst_lineseparators.moc"
