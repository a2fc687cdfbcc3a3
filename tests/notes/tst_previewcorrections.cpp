// Corrections in the import wizard's preview, headless (issue 13): each layout correction on pages not stored
// yet, as a command on an undo stack (redo keeps it, undo takes it back, the pages shown follow), several in
// a row on one file, corrections of two files kept apart, and those that cannot be made refused with a reason.
#include "import/pagefile.h"
#include "notes/previewcorrections.h"

#include <QTest>
#include <QUndoStack>

using namespace kanbao;

namespace {

const QString GluedStart = QStringLiteral("3月3日，孟州市举办春季招聘会");
const QString Path = QStringLiteral("/archive/2024-03-05/01.md");

QList<Page> pages()
{
    const QString text = QStringLiteral(
        "# 温县召开经济工作会议\n\n"
        "本报讯 3月4日，温县召开全县经济工作会议，县委书记王建国出席并讲话。\n\n"
        "会议要求，各乡镇要抓好项目建设，确保全年目标完成。\n\n"
        "3月3日，孟州市举办春季招聘会，市长李明远到场察看。\n\n"
        "招聘会共提供岗位两千余个，吸引求职者五千多人。\n\n"
        "# 家具城开业\n\n"
        "某某家具城开业大酬宾，欢迎惠顾，电话12345678。\n\n");
    return reconstructText(text, Path, QStringLiteral("UTF-8"), nullptr);
}

// Each article as "headline|kicker|subheadline|paragraph count|hidden".
QStringList outline(const QList<Page> &pages)
{
    QStringList rows;
    for (const Page &page : pages) {
        for (const Article &a : page.articles)
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(a.headline, a.kicker, a.subheadline)
                        .arg(a.paragraphs.size())
                        .arg(a.hidden ? 1 : 0);
    }
    return rows;
}

} // namespace

class TestPreviewCorrections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachCorrectionUndoRedo_data();
    void eachCorrectionUndoRedo();
    void severalInARow();
    void filesKeptApart();
    void refused_data();
    void refused();

private:
    QStringList m_original;
};

void TestPreviewCorrections::initTestCase()
{
    m_original = outline(pages());
    QCOMPARE(m_original, (QStringList{QStringLiteral("温县召开经济工作会议|||4|0"), QStringLiteral("家具城开业|||1|0")}));
}

void TestPreviewCorrections::eachCorrectionUndoRedo_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QStringList>("after");
    QTest::newRow("split before a paragraph")
        << int(CorrectionKind::SplitBefore) << 0 << GluedStart.left(10)
        << QStringList{QStringLiteral("温县召开经济工作会议|||2|0"), QStringLiteral("|||2|0"),
                       QStringLiteral("家具城开业|||1|0")};
    QTest::newRow("split inside the first paragraph")
        << int(CorrectionKind::SplitBefore) << 0 << QStringLiteral("温县召开全县经济")
        << QStringList{QStringLiteral("温县召开经济工作会议|||1|0"), QStringLiteral("|||4|0"),
                       QStringLiteral("家具城开业|||1|0")};
    QTest::newRow("merge with next") << int(CorrectionKind::MergeNext) << 0 << QString()
                                     << QStringList{QStringLiteral("温县召开经济工作会议|||6|0")};
    QTest::newRow("merge with previous") << int(CorrectionKind::MergePrevious) << 1 << QString()
                                         << QStringList{QStringLiteral("温县召开经济工作会议|||6|0")};
    QTest::newRow("line as kicker")
        << int(CorrectionKind::LineAsKicker) << 0 << QStringLiteral("会议要求，各乡镇")
        << QStringList{QStringLiteral("温县召开经济工作会议|会议要求，各乡镇要抓好项目建设，确保全年目标完成。||3|0"),
                       QStringLiteral("家具城开业|||1|0")};
    QTest::newRow("line as headline")
        << int(CorrectionKind::LineAsHeadline) << 0 << GluedStart
        << QStringList{QStringLiteral("3月3日，孟州市举办春季招聘会，市长李明远到场察看。|||4|0"),
                       QStringLiteral("家具城开业|||1|0")};
    QTest::newRow("line as subheadline")
        << int(CorrectionKind::LineAsSubheadline) << 0 << QStringLiteral("招聘会共提供")
        << QStringList{QStringLiteral("温县召开经济工作会议||招聘会共提供岗位两千余个，吸引求职者五千多人。|3|0"),
                       QStringLiteral("家具城开业|||1|0")};
    QTest::newRow("not an article") << int(CorrectionKind::NotArticle) << 1 << QString()
                                    << QStringList{QStringLiteral("温县召开经济工作会议|||4|0"),
                                                   QStringLiteral("家具城开业|||1|1")};
}

void TestPreviewCorrections::eachCorrectionUndoRedo()
{
    QFETCH(int, kind);
    QFETCH(int, article);
    QFETCH(QString, argument);
    QFETCH(QStringList, after);
    const QList<Page> reconstructed = pages();
    PreviewCorrections corrections;
    QUndoStack stack;
    QStringList changed;
    QString why;
    const std::optional<Correction> correction =
        PreviewCorrections::make(reconstructed, 0, article, CorrectionKind(kind), argument, &why);
    QVERIFY2(correction, qPrintable(why));
    QCOMPARE(correction->sourceIndex, 0);
    QVERIFY(!correction->anchor.quote.isEmpty());
    stack.push(new PreviewCorrectionCommand(&corrections, Path, *correction,
                                            [&changed](const QString &path) { changed << path; }));
    QVERIFY(!stack.undoText().isEmpty());
    QCOMPARE(corrections.of(Path).size(), 1);
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)), after);
    stack.undo();
    QCOMPARE(corrections.count(), 0);
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)), m_original);
    stack.redo();
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)), after);
    QCOMPARE(changed, (QStringList{Path, Path, Path}));
}

// Split, then take the new article's first line as its headline, then hide the advertisement: each made on
// the pages as the ones before left them; undone one at a time.
void TestPreviewCorrections::severalInARow()
{
    const QList<Page> reconstructed = pages();
    PreviewCorrections corrections;
    QUndoStack stack;
    const auto push = [&](int article, CorrectionKind kind, const QString &argument) {
        QString why;
        const std::optional<Correction> c = PreviewCorrections::make(
            corrections.correctedPages(Path, reconstructed), 0, article, kind, argument, &why);
        if (!c)
            qWarning("%s", qPrintable(why));
        if (c)
            stack.push(new PreviewCorrectionCommand(&corrections, Path, *c));
        return c.has_value();
    };
    QVERIFY(push(0, CorrectionKind::SplitBefore, GluedStart.left(10)));
    QVERIFY(push(1, CorrectionKind::LineAsHeadline, GluedStart));
    QVERIFY(push(2, CorrectionKind::NotArticle, QString()));
    const QStringList all{QStringLiteral("温县召开经济工作会议|||2|0"),
                          QStringLiteral("3月3日，孟州市举办春季招聘会，市长李明远到场察看。|||1|0"),
                          QStringLiteral("家具城开业|||1|1")};
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)), all);
    stack.undo();
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)).last(), QStringLiteral("家具城开业|||1|0"));
    stack.undo();
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)).at(1), QStringLiteral("|||2|0"));
    stack.undo();
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)), m_original);
    stack.redo();
    stack.redo();
    stack.redo();
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)), all);
    QCOMPARE(corrections.of(Path).size(), 3);
}

void TestPreviewCorrections::filesKeptApart()
{
    const QList<Page> reconstructed = pages();
    const QString other = QStringLiteral("/archive/2024-03-06/01.md");
    PreviewCorrections corrections;
    QUndoStack stack;
    const std::optional<Correction> hide = PreviewCorrections::make(reconstructed, 0, 1, CorrectionKind::NotArticle, {});
    QVERIFY(hide);
    stack.push(new PreviewCorrectionCommand(&corrections, other, *hide));
    QCOMPARE(outline(corrections.correctedPages(Path, reconstructed)), m_original);
    QCOMPARE(outline(corrections.correctedPages(other, reconstructed)).last(), QStringLiteral("家具城开业|||1|1"));
    QVERIFY(corrections.of(Path).isEmpty());
}

void TestPreviewCorrections::refused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("reason");
    QTest::newRow("phrase not in the article") << int(CorrectionKind::SplitBefore) << 0 << QStringLiteral("无此文字")
                                               << QStringLiteral("is not in article 1");
    QTest::newRow("split where it starts") << int(CorrectionKind::SplitBefore) << 1 << QStringLiteral("某某家具城")
                                           << QStringLiteral("already starts with");
    QTest::newRow("no next article") << int(CorrectionKind::MergeNext) << 1 << QString()
                                     << QStringLiteral("no next article");
    QTest::newRow("no previous article") << int(CorrectionKind::MergePrevious) << 0 << QString()
                                         << QStringLiteral("no previous article");
    QTest::newRow("the only line") << int(CorrectionKind::LineAsKicker) << 1 << QStringLiteral("某某家具城")
                                   << QStringLiteral("the only text of article 2");
    QTest::newRow("page correction") << int(CorrectionKind::Paper) << 0 << QStringLiteral("焦作日报")
                                     << QStringLiteral("made on a page");
    QTest::newRow("no such article") << int(CorrectionKind::NotArticle) << 5 << QString() << QStringLiteral("no article 6");
}

void TestPreviewCorrections::refused()
{
    QFETCH(int, kind);
    QFETCH(int, article);
    QFETCH(QString, argument);
    QFETCH(QString, reason);
    QString why;
    QVERIFY(!PreviewCorrections::make(pages(), 0, article, CorrectionKind(kind), argument, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY2(why.contains(reason), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestPreviewCorrections)
#include "tst_previewcorrections.moc"
