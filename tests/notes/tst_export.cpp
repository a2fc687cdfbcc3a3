#include "notes/notesexporter.h"
#include "notes/notesstore.h"
#include "notestestlibrary.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;
using namespace kanbao::test;

class TestNotesExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pdfRoundTripsEveryCharacter();
    void pdfScope_data();
    void pdfScope();
    void markdownCarriesEveryNote();
    void csvIsRfc4180WithBom();
    void unwritablePathIsAClearError();

private:
    struct Expected
    {
        qint64 article;
        QString quote; // empty for an article-level note
        QString note;
    };

    QString pdfText(const QString &pdf, const QStringList &extraArgs = {});
    static QString squeeze(QString s);
    static QList<QStringList> parseCsv(const QString &text);

    std::unique_ptr<NotesTestLibrary> m_lib;
    std::unique_ptr<NotesStore> m_store;
    QList<qint64> m_articles;
    QList<Expected> m_expected;
    qint64 m_tag = 0;
    QTemporaryDir m_out;
};

void TestNotesExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_lib = std::make_unique<NotesTestLibrary>();
    QVERIFY(m_lib->create());
    m_articles = m_lib->addSamples();
    // Characters that Noto CJK draws with the glyph of a Kangxi radical or a CJK radical supplement
    // character (高 ⾼, 长 ⻓, 金 ⾦, 马 ⻢, 见 ⻅, 言 ⾔, 风 ⻛, 食 ⾷, 龙 ⻰, 走 ⾛, 里 ⾥ ...), so a text layer
    // built from its cmap would give the radicals back; and the CJK punctuation a newspaper prints.
    SampleArticle prone;
    prone.seq = 5;
    prone.headline = QStringLiteral("高长金门马见言风食龙走里：黄河岸边的集市");
    prone.reporters = {QStringLiteral("龙飞")};
    prone.body = QStringLiteral("【本报讯】长江门户，马见言风；食龙走里、高金一日。“好！”‘对？’（一）《黄河》"
                                "〈注〉「甲」『乙』〔丙〕——记者走访……每斤3.5元；～·、。\n"
                                "+86 的电话号码与 -5℃ 的气温同一天见报。");
    m_articles << m_lib->addArticle(prone);
    m_store = std::make_unique<NotesStore>(m_lib->library());

    // Quotes and notes full of characters that Noto CJK would turn into Kangxi radicals in a PDF's text
    // layer (一 人 日 高 水 工 大 山 ...), CJK punctuation, dashes, Latin and digits.
    struct Spec
    {
        int article;
        const char *quote;
        const char *color;
        const char *note;
    };
    const Spec specs[] = {
        {0, "焦作市高新区召开安全生产工作会议", "yellow", "高新区：一年一度的冬季会议，日程见附件"},
        {0, "压实责任", "green", "“压实责任”是 2023 年的高频词——对照其他县区"},
        {0, "“时时放心不下”的责任感", "pink", "引语出处待查 (check source)"},
        {1, "温县万亩铁棍山药进入采挖期", "orange", "山药：温县特产，人工采挖，水土条件见上期"},
        {1, "今年亩产超过三千斤，价格也好。", "blue", "第二行\n换行后的批注"},
        {2, "太行山区普降中雪", "purple", ""},
        {3, "长江门户，马见言风；食龙走里、高金一日。“好！”‘对？’（一）《黄河》〈注〉「甲」『乙』〔丙〕——记者走访……每斤3.5元；～·、。",
         "yellow", "里长、金门、马见：龙风食言走高！（二）【按】《注》「引」『文』〔补〕〈附〉‘单’“双”……——～·；：？"},
        // Fields a spreadsheet would run as formulas.
        {3, "+86 的电话号码", "green", "=HYPERLINK(\"http://example.com\",\"高\")"},
        {3, "-5℃ 的气温", "blue", "@提醒：'引号开头的批注见下"},
    };
    for (const Spec &s : specs) {
        const qint64 article = m_articles[s.article];
        const QString body = m_store->articleBody(article).value();
        const QString quote = QString::fromUtf8(s.quote);
        const int start = int(body.indexOf(quote));
        QVERIFY2(start >= 0, s.quote);
        const auto a = m_store->makeHighlight(article, {start, start + int(quote.size())}, QString::fromLatin1(s.color),
                                              QString::fromUtf8(s.note));
        QVERIFY(a);
        QVERIFY(m_store->insertAnnotation(*a));
        m_expected << Expected{article, quote, QString::fromUtf8(s.note)};
    }
    const auto note = m_store->makeArticleNote(m_articles[1], QStringLiteral("整篇：农业丰收报道，适合做专题，见《焦作日报》同期"));
    QVERIFY(note && m_store->insertAnnotation(*note));
    m_expected << Expected{m_articles[1], QString(), note->note};
    const auto quoteNote = m_store->makeArticleNote(m_articles[3], QStringLiteral("'单引号开头，-减号，+加号"));
    QVERIFY(quoteNote && m_store->insertAnnotation(*quoteNote));
    m_expected << Expected{m_articles[3], QString(), quoteNote->note};

    // An orphan: its article was replaced by a re-import and the quote could not be placed again.
    SampleArticle gone;
    gone.headline = QStringLiteral("已被替换的旧稿");
    gone.body = QStringLiteral("旧稿中的一句话：人工智能进入县域工厂。");
    gone.seq = 9;
    const qint64 goneId = m_lib->addArticle(gone);
    const auto orphan = m_store->makeHighlight(goneId, {5, 19}, QStringLiteral("yellow"), QStringLiteral("原文已改，留作记录"));
    QVERIFY(orphan && m_store->insertAnnotation(*orphan));
    QVERIFY(QSqlQuery(m_lib->database()).exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(goneId)));
    m_expected << Expected{0, orphan->quote, orphan->note};

    m_tag = m_store->createTag(QStringLiteral("安全生产"), QStringLiteral("#ef4444")).value_or(0);
    QVERIFY(m_tag);
    QVERIFY(m_store->assignTags({m_articles[0]}, {m_tag}));
    QVERIFY(m_out.isValid());
}

void TestNotesExport::cleanupTestCase()
{
    m_store.reset();
    m_lib.reset();
}

QString TestNotesExport::squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

QString TestNotesExport::pdfText(const QString &pdf, const QStringList &extraArgs)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    QProcess p;
    p.start(tool, QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8")} + extraArgs
                      + QStringList{pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestNotesExport::pdfRoundTripsEveryCharacter()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(!NotesExporter::pdfFontFamilies().isEmpty(), "no round-trip-safe CJK font installed");

    const QString pdf = m_out.filePath(QStringLiteral("notes.pdf"));
    NotesExporter exporter(m_store.get());
    NotesExportOptions options;
    options.title = QStringLiteral("看报笔记 Kanbao notes");
    QVERIFY2(exporter.exportNotes(NotesExportFormat::Pdf, pdf, options), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.exportedNotes(), m_expected.size());
    QCOMPARE(exporter.exportedArticles(), 5); // four articles and the orphan's old one
    QVERIFY(exporter.pageCount() >= 3); // title, contents, articles

    const QString text = pdfText(pdf, {QStringLiteral("-layout")});
    QVERIFY(!text.isEmpty());
    // Page furniture (the running footer) may fall between two lines of a quote that crosses a page
    // break; drop it before comparing. Nothing else is removed but whitespace.
    QStringList lines = text.split(QLatin1Char('\n'));
    const QRegularExpression footer(QStringLiteral("^\\s*看报笔记 Kanbao notes\\s+page \\d+ of \\d+\\s*$"));
    lines.removeIf([&footer](const QString &l) { return footer.match(QString(l).remove(QLatin1Char('\f'))).hasMatch(); });
    const QString all = squeeze(lines.join(QLatin1Char('\n')));

    for (const Expected &e : std::as_const(m_expected)) {
        if (!e.quote.isEmpty())
            QVERIFY2(all.contains(squeeze(e.quote)), qPrintable(QStringLiteral("quote missing: ") + e.quote));
        if (!e.note.isEmpty())
            QVERIFY2(all.contains(squeeze(e.note)), qPrintable(QStringLiteral("note missing: ") + e.note));
    }
    for (qint64 article : std::as_const(m_articles)) {
        const ArticleCitation c = m_store->citation(article).value();
        QVERIFY2(all.contains(squeeze(c.headline)), qPrintable(c.headline));
        QVERIFY2(all.contains(squeeze(c.bylines())), qPrintable(c.bylines()));
        QVERIFY2(all.contains(squeeze(c.placeText())), qPrintable(c.placeText()));
    }
    QVERIFY(all.contains(QStringLiteral("安全生产")));
    QVERIFY(all.contains(squeeze(QStringLiteral("已被替换的旧稿"))));
    QVERIFY(all.contains(squeeze(QStringLiteral("/archive/焦作日报/2023-12-03/A08.txt"))));
    // No code point substitution anywhere: no Kangxi radicals or radical supplement characters.
    for (const QChar ch : all)
        QVERIFY2(!(ch.unicode() >= 0x2E80 && ch.unicode() <= 0x2FDF),
                 qPrintable(QStringLiteral("radical U+%1 in the text layer").arg(ch.unicode(), 4, 16, QLatin1Char('0'))));

    // Contents: each headline with the page it starts on. The first article follows the contents.
    const QString firstPages = pdfText(pdf, {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"),
                                             QStringLiteral("3")});
    QVERIFY(squeeze(firstPages).contains(squeeze(m_store->citation(m_articles[0])->headline)));
    const QString contents = pdfText(pdf, {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                           QStringLiteral("-l"), QStringLiteral("2")});
    const QRegularExpression tocLine(QStringLiteral("高新区召开安全生产工作会议.*\\s(\\d+)\\s*$"),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = tocLine.match(contents);
    QVERIFY2(m.hasMatch(), qPrintable(contents));
    QCOMPARE(m.captured(1).toInt(), 3);

    // A look at the first pages, kept in the build tree with the PDF itself.
    const QString kept = QStringLiteral(KANBAO_BUILD_DIR "/notes-export.pdf");
    QFile::remove(kept);
    QVERIFY(QFile::copy(pdf, kept));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!pdftoppm.isEmpty()) {
        const QString prefix = QStringLiteral(KANBAO_BUILD_DIR "/notes-export-page");
        QProcess p;
        p.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("90"), QStringLiteral("-f"),
                           QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("3"), pdf, prefix});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(prefix + QStringLiteral("-1.png")));
    }
}

void TestNotesExport::pdfScope_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<int>>("articleIndexes"); // articles whose ids are the scope
    QTest::addColumn<QList<int>>("expectedArticles"); // indexes into m_articles

    QTest::newRow("by tag") << QStringLiteral("安全生产") << QDate() << QDate() << QList<int>{} << QList<int>{0};
    QTest::newRow("by date") << QString() << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QList<int>{}
                             << QList<int>{2};
    QTest::newRow("by articles") << QString() << QDate() << QDate() << QList<int>{1, 2} << QList<int>{1, 2};
    QTest::newRow("everything") << QString() << QDate() << QDate() << QList<int>{} << QList<int>{0, 1, 2, 3, -1};
    QTest::newRow("by date, up to") << QString() << QDate() << QDate(2023, 12, 3) << QList<int>{}
                                    << QList<int>{0, 1, 3};
}

void TestNotesExport::pdfScope()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QFETCH(QString, tag);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<int>, articleIndexes);
    QFETCH(QList<int>, expectedArticles);

    NotesExportOptions options;
    if (!tag.isEmpty())
        options.query.tags = {tag};
    options.query.from = from;
    options.query.to = to;
    for (int i : articleIndexes)
        options.query.articleIds << m_articles[i];
    const QString pdf = m_out.filePath(QStringLiteral("scope.pdf"));
    NotesExporter exporter(m_store.get());
    QVERIFY2(exporter.exportNotes(NotesExportFormat::Pdf, pdf, options), qPrintable(exporter.errorString()));
    const QString all = squeeze(pdfText(pdf));
    QVERIFY(all.contains(squeeze(NotesExporter::describeScope(options.query))));
    int expectedNotes = 0;
    for (const Expected &e : std::as_const(m_expected)) {
        const bool inScope = expectedArticles.contains(int(m_articles.indexOf(e.article)));
        expectedNotes += inScope ? 1 : 0;
        const QString probe = squeeze(e.quote.isEmpty() ? e.note : e.quote);
        QVERIFY2(all.contains(probe) == inScope, qPrintable(probe));
    }
    QCOMPARE(exporter.exportedNotes(), expectedNotes);
}

void TestNotesExport::markdownCarriesEveryNote()
{
    const QString path = m_out.filePath(QStringLiteral("notes.md"));
    NotesExporter exporter(m_store.get());
    QVERIFY2(exporter.exportNotes(NotesExportFormat::Markdown, path, {}), qPrintable(exporter.errorString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(f.readAll());
    // Undo Markdown's escapes and line prefixes to read the text a renderer shows.
    QString plain = md;
    plain.remove(QRegularExpression(QStringLiteral("\\\\(?=[\\\\`*_\\[\\]<>#|~])")));
    plain.replace(QRegularExpression(QStringLiteral("^> ?"), QRegularExpression::MultilineOption), QString());
    plain.replace(QStringLiteral("  \n"), QStringLiteral("\n"));
    for (const Expected &e : std::as_const(m_expected)) {
        if (!e.quote.isEmpty())
            QVERIFY2(plain.contains(e.quote), qPrintable(e.quote));
        if (!e.note.isEmpty())
            QVERIFY2(plain.contains(e.note), qPrintable(e.note));
    }
    for (qint64 article : std::as_const(m_articles))
        QVERIFY(md.contains(QStringLiteral("\n## ") + m_store->citation(article)->headline + QLatin1Char('\n')));
    QVERIFY(md.contains(QStringLiteral("`安全生产`")));
    // Markup characters in a note are escaped, not interpreted.
    QCOMPARE(NotesExporter::markdown({}, {}).count('\n') > 0, true);
}

QList<QStringList> TestNotesExport::parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

void TestNotesExport::csvIsRfc4180WithBom()
{
    const QString path = m_out.filePath(QStringLiteral("notes.csv"));
    NotesExporter exporter(m_store.get());
    QVERIFY2(exporter.exportNotes(NotesExportFormat::Csv, path, {}), qPrintable(exporter.errorString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), m_expected.size() + 1);
    const QStringList header = rows.first();
    const int quoteCol = int(header.indexOf(QStringLiteral("quote")));
    const int noteCol = int(header.indexOf(QStringLiteral("note")));
    const int articleCol = int(header.indexOf(QStringLiteral("article_id")));
    const int tagsCol = int(header.indexOf(QStringLiteral("tags")));
    QVERIFY(quoteCol >= 0 && noteCol >= 0 && articleCol >= 0 && tagsCol >= 0);
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(rows[i].size(), header.size());
    // Formula guard: a field starting with = + - @ or an apostrophe carries one more apostrophe in
    // front, and only those do; dropping it gives the text back exactly.
    const QString formulaStarts = QStringLiteral("=+-@'\t\r");
    int guarded = 0;
    for (int i = 1; i < rows.size(); ++i) {
        for (QString &field : rows[i]) {
            if (field.startsWith(QLatin1Char('\''))) {
                field.remove(0, 1);
                QVERIFY2(!field.isEmpty() && formulaStarts.contains(field.front()), qPrintable(field));
                ++guarded;
            } else {
                QVERIFY2(field.isEmpty() || !formulaStarts.contains(field.front()), qPrintable(field));
            }
        }
    }
    QCOMPARE(guarded, 5); // "+86…", "=HYPERLINK…", "-5℃…", "@提醒…", "'单引号…"
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"\xE9\xAB\x98\"\")\""));
    QVERIFY(bytes.contains(",'+86 \xE7\x9A\x84"));
    QVERIFY(bytes.contains(",''\xE5\x8D\x95"));
    for (const Expected &e : std::as_const(m_expected)) {
        bool found = false;
        for (int i = 1; i < rows.size() && !found; ++i) {
            found = rows[i][quoteCol] == e.quote && rows[i][noteCol] == e.note
                    && rows[i][articleCol] == (e.article ? QString::number(e.article) : QString());
        }
        QVERIFY2(found, qPrintable(e.quote + QLatin1Char('|') + e.note));
    }
    // The multi-line note and the quote with a comma are quoted fields.
    QVERIFY(bytes.contains("\"第二行\n换行后的批注\""));
    QVERIFY(bytes.contains("\"今年亩产超过三千斤，价格也好。\"") == false); // full-width comma needs no quoting
    QVERIFY(bytes.contains("\"\"压实责任\"\"") == false);
    QCOMPARE(NotesExporter::csv({}).size() > 3, true);
}

void TestNotesExport::unwritablePathIsAClearError()
{
    NotesExporter exporter(m_store.get());
    const QString path = m_out.filePath(QStringLiteral("no/such/dir/notes.csv"));
    QVERIFY(!exporter.exportNotes(NotesExportFormat::Csv, path, {}));
    QVERIFY2(exporter.errorString().contains(path), qPrintable(exporter.errorString()));
    QVERIFY(!exporter.exportNotes(NotesExportFormat::Pdf, path, {}));
    QVERIFY2(exporter.errorString().contains(path), qPrintable(exporter.errorString()));
}

QTEST_MAIN(TestNotesExport)
#include "tst_export.moc"
