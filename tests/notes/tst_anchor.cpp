#include "text/anchor.h"

#include <QTest>

using namespace kanbao;

class TestAnchor : public QObject
{
    Q_OBJECT

private slots:
    void makeAnchorCapturesContext();
    void makeAnchorClampsAndKeepsSurrogates();
    void reanchor_data();
    void reanchor();
};

void TestAnchor::makeAnchorCapturesContext()
{
    const QString body = QStringLiteral("焦作市高新区召开会议，部署下一步工作。");
    const int start = int(body.indexOf(QStringLiteral("召开会议")));
    const AnchorQuote a = makeAnchor(body, {start, start + 4}, 3);
    QCOMPARE(a.quote, QStringLiteral("召开会议"));
    QCOMPARE(a.prefix, QStringLiteral("高新区"));
    QCOMPARE(a.suffix, QStringLiteral("，部署"));
    QCOMPARE(a.start, start);
}

void TestAnchor::makeAnchorClampsAndKeepsSurrogates()
{
    // U+20BB7 𠮷 is a surrogate pair; a span or context boundary inside it must not split it.
    const QString body = QStringLiteral("甲𠮷乙丙");
    const AnchorQuote a = makeAnchor(body, {2, 3}, 1);
    QCOMPARE(a.quote, QStringLiteral("𠮷"));
    QCOMPARE(a.prefix, QStringLiteral("甲"));
    QCOMPARE(a.suffix, QStringLiteral("乙"));

    const AnchorQuote b = makeAnchor(body, {3, 100}, 1);
    QCOMPARE(b.quote, QStringLiteral("乙丙"));
    // One code unit of context would split the pair; context is "up to" the limit, so it shrinks.
    QCOMPARE(b.prefix, QString());
}

void TestAnchor::reanchor_data()
{
    QTest::addColumn<QString>("oldBody");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence"); // which occurrence of the quote in oldBody was highlighted
    QTest::addColumn<QString>("newBody");
    QTest::addColumn<int>("expectedStart"); // -1: orphan
    QTest::addColumn<int>("expectedLength");

    const QString body = QStringLiteral("本报讯 12月3日，焦作市高新区召开安全生产工作会议，"
                                        "会议要求各单位压实责任，确保安全生产形势稳定。");
    const QString quote = QStringLiteral("压实责任");

    QTest::newRow("unchanged") << body << quote << 0 << body << int(body.indexOf(quote)) << int(quote.size());

    const QString shifted = QStringLiteral("（记者 李明）") + body;
    QTest::newRow("shifted") << body << quote << 0 << shifted << int(shifted.indexOf(quote)) << int(quote.size());

    // The same words twice; the second one was highlighted, and text was inserted before both.
    const QString dup = QStringLiteral("上午，县长强调安全生产是底线。下午，书记再次强调安全生产是红线。");
    const QString dupQuote = QStringLiteral("安全生产");
    const QString dupNew = QStringLiteral("【要闻】") + dup;
    QTest::newRow("duplicate-second") << dup << dupQuote << 1 << dupNew
                                      << int(dupNew.indexOf(dupQuote, dupNew.indexOf(QStringLiteral("书记"))))
                                      << int(dupQuote.size());
    QTest::newRow("duplicate-first") << dup << dupQuote << 0 << dupNew << int(dupNew.indexOf(dupQuote))
                                     << int(dupQuote.size());
    // Text removed before: the old offset now points at... the first occurrence is gone entirely, the
    // second must still be found by its context, not by the old offset.
    const QString dupCut = QStringLiteral("下午，书记再次强调安全生产是红线。上午，县长强调安全生产是底线。");
    QTest::newRow("duplicate-reordered") << dup << dupQuote << 1 << dupCut << int(dupCut.indexOf(dupQuote))
                                         << int(dupQuote.size());

    // The words around the quote were edited, the quote kept.
    const QString edited = QStringLiteral("本报讯 焦作市高新区近日召开会议。会议强调，各单位要压实责任，"
                                          "确保形势稳定。");
    QTest::newRow("edited-around") << body << quote << 0 << edited << int(edited.indexOf(quote))
                                   << int(quote.size());

    const QString removed = QStringLiteral("本报讯 12月3日，焦作市高新区召开安全生产工作会议。");
    QTest::newRow("removed-orphan") << body << quote << 0 << removed << -1 << 0;

    // A new reconstruction re-flowed the paragraph: the quote now has a line break and a space inside.
    const QString reflowed = QStringLiteral("本报讯 12月3日，焦作市高新区召开安全生产工作会议，会议要求各单位压\n实 责任，"
                                            "确保安全生产形势稳定。");
    const int rStart = int(reflowed.indexOf(QStringLiteral("压\n")));
    const int rEnd = int(reflowed.indexOf(QStringLiteral("任，"))) + 1;
    QTest::newRow("whitespace-changed") << body << quote << 0 << reflowed << rStart << rEnd - rStart;

    // Spaces in the old quote that the new text dropped.
    const QString spaced = QStringLiteral("记者 王 芳 报道：全市 经济 平稳。");
    const QString tight = QStringLiteral("记者王芳报道：全市经济平稳。");
    QTest::newRow("whitespace-dropped") << spaced << QStringLiteral("全市 经济") << 0 << tight
                                        << int(tight.indexOf(QStringLiteral("全市经济"))) << 4;

    QTest::newRow("empty-body-orphan") << body << quote << 0 << QString() << -1 << 0;
}

void TestAnchor::reanchor()
{
    QFETCH(QString, oldBody);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, newBody);
    QFETCH(int, expectedStart);
    QFETCH(int, expectedLength);

    qsizetype start = -1;
    for (int i = 0; i <= occurrence; ++i)
        start = oldBody.indexOf(quote, start + 1);
    QVERIFY2(start >= 0, "test data: quote not in old body");

    const AnchorQuote anchor = makeAnchor(oldBody, {int(start), int(start + quote.size())});
    const std::optional<TextSpan> span = kanbao::reanchor(anchor, newBody);
    if (expectedStart < 0) {
        QVERIFY2(!span, qPrintable(QStringLiteral("expected orphan, got %1").arg(span ? span->start : -1)));
        return;
    }
    QVERIFY(span.has_value());
    QCOMPARE(span->start, expectedStart);
    QCOMPARE(span->length(), expectedLength);
}

QTEST_GUILESS_MAIN(TestAnchor)
#include "tst_anchor.moc"
