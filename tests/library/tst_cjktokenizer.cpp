#include "library/fts/cjktokenizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

namespace {

// Tokens written as "text@start-end", with a trailing "+" for a token colocated with the previous one,
// so the expected tables stay readable.
QStringList render(const QList<CjkToken> &tokens)
{
    QStringList out;
    for (const CjkToken &t : tokens)
        out << QStringLiteral("%1@%2-%3%4")
                   .arg(t.text)
                   .arg(t.start)
                   .arg(t.end)
                   .arg(t.colocated ? QStringLiteral("+") : QString());
    return out;
}

QStringList split(const char *spec)
{
    return QString::fromUtf8(spec).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCjkTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void documentTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("indexing");
        QTest::addColumn<QStringList>("expected");
        const int both = int(CjkIndexing::UnigramsAndBigrams);
        const int bigrams = int(CjkIndexing::BigramsOnly);
        QTest::newRow("latin-lowercased")
            << QStringLiteral("GSP Report") << both << split("gsp@0-3 report@4-10");
        QTest::newRow("decimal-kept") << QStringLiteral("共1427.97万元") << both
                                      << split("共@0-1 1427.97@1-8 万@8-9 万元@8-10+ 元@9-10");
        QTest::newRow("year-and-trailing-dot")
            << QStringLiteral("2024. v1.2") << both << split("2024@0-4 v1.2@6-10");
        QTest::newRow("fullwidth-folds")
            << QStringLiteral("ＧＳＰ，２０２４") << both << split("gsp@0-3 2024@4-8");
        QTest::newRow("cjk-unigrams-and-bigrams")
            << QStringLiteral("吕沛带队") << both
            << split("吕@0-1 吕沛@0-2+ 沛@1-2 沛带@1-3+ 带@2-3 带队@2-4+ 队@3-4");
        QTest::newRow("cjk-bigrams-only")
            << QStringLiteral("吕沛带队") << bigrams << split("吕沛@0-2 沛带@1-3 带队@2-4 队@3-4+");
        QTest::newRow("single-cjk-bigrams-only") << QStringLiteral("李，") << bigrams << split("李@0-1");
        QTest::newRow("punctuation-separates") << QStringLiteral("召开。会议") << both
                                               << split("召@0-1 召开@0-2+ 开@1-2 会@3-4 会议@3-5+ 议@4-5");
        QTest::newRow("line-break-inside-run")
            << QStringLiteral("召\n开") << both << split("召@0-1 召开@0-3+ 开@2-3");
        QTest::newRow("spaces-inside-run")
            << QStringLiteral("吕 　沛") << both << split("吕@0-1 吕沛@0-4+ 沛@3-4");
        QTest::newRow("space-before-latin-ends-run")
            << QStringLiteral("市 GSP") << both << split("市@0-1 gsp@2-5");
        QTest::newRow("mixed") << QStringLiteral("5G基站A08版") << both
                               << split("5g@0-2 基@2-3 基站@2-4+ 站@3-4 a08@4-7 版@7-8");
        QTest::newRow("ideographic-zero")
            << QStringLiteral("二〇二四") << both
            << split("二@0-1 二〇@0-2+ 〇@1-2 〇二@1-3+ 二@2-3 二四@2-4+ 四@3-4");
        QTest::newRow("accented-latin") << QStringLiteral("Café") << both << split("café@0-4");
        QTest::newRow("supplementary-ideograph")
            << QStringLiteral("𠀋子") << both << split("𠀋@0-2 𠀋子@0-3+ 子@2-3");
        QTest::newRow("only-punctuation") << QStringLiteral("，。！？——") << both << QStringList();
        QTest::newRow("empty") << QString() << both << QStringList();
    }
    void documentTokens()
    {
        QFETCH(QString, text);
        QFETCH(int, indexing);
        QFETCH(QStringList, expected);
        QCOMPARE(render(cjkTokenize(text, CjkTokenizeMode::Document, CjkIndexing(indexing))), expected);
    }

    void queryTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("indexing");
        QTest::addColumn<QStringList>("expected");
        for (const CjkIndexing indexing : {CjkIndexing::UnigramsAndBigrams, CjkIndexing::BigramsOnly}) {
            const bool both = indexing == CjkIndexing::UnigramsAndBigrams;
            const char *name = both ? "unigrams" : "bigrams";
            QTest::addRow("%s: one-char", name) << QStringLiteral("李") << int(indexing) << split("李@0-1");
            QTest::addRow("%s: two-chars", name)
                << QStringLiteral("吕沛") << int(indexing) << split("吕沛@0-2");
            QTest::addRow("%s: chain", name)
                << QStringLiteral("吕沛带队") << int(indexing) << split("吕沛@0-2 沛带@1-3 带队@2-4");
            QTest::addRow("%s: mixed", name)
                << QStringLiteral("GSP认证") << int(indexing) << split("gsp@0-3 认证@3-5");
            QTest::addRow("%s: one-char-then-latin", name)
                << QStringLiteral("李2024") << int(indexing) << split("李@0-1 2024@1-5");
            // Followed by more: with unigrams indexed, the last ideograph keeps 2024 at the distance it has
            // in documents; with bigrams only, the document's last unigram is colocated and nothing is
            // needed.
            QTest::addRow("%s: run-then-latin", name)
                << QStringLiteral("吕沛，2024") << int(indexing)
                << split(both ? "吕沛@0-2 沛@1-2 2024@3-7" : "吕沛@0-2 2024@3-7");
            QTest::addRow("%s: run-then-punctuation", name)
                << QStringLiteral("吕沛。") << int(indexing) << split("吕沛@0-2");
        }
    }
    void queryTokens()
    {
        QFETCH(QString, text);
        QFETCH(int, indexing);
        QFETCH(QStringList, expected);
        QCOMPARE(render(cjkTokenize(text, CjkTokenizeMode::Query, CjkIndexing(indexing))), expected);
    }

    // Malformed UTF-8 must neither crash nor swallow the valid text around it.
    void malformedUtf8()
    {
        QTemporaryDir dir;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("malformed"));
        {
            db.setDatabaseName(dir.filePath(QStringLiteral("t.db")));
            QVERIFY(db.open());
            QString error;
            QVERIFY2(registerCjkTokenizer(db, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='kanbao_cjk')")));
            // Truncated 3-byte sequence, a lone continuation byte, an overlong encoding, then valid text.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t(x) VALUES (CAST(X'E59020' || X'80' || X'C0AF' || "
                                          "X'E59095E6B29B' AS TEXT))")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH '吕沛'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("malformed"));
    }

    // The registered tokenizer must index exactly what cjkTokenize reports, and MATCH must use the
    // query-mode rules: no false positives from single characters or characters far apart.
    void registeredInSqlite_data()
    {
        QTest::addColumn<QString>("tokenizer");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QList<int>>("rows");
        for (const char *tok : {"kanbao_cjk", "kanbao_cjk unigrams", "kanbao_cjk bigrams"}) {
            const QString t = QString::fromLatin1(tok);
            const bool bigramsOnly =
                t.endsWith(QLatin1String("bigrams")) ||
                (t == QLatin1String("kanbao_cjk") && DefaultCjkIndexing == CjkIndexing::BigramsOnly);
            const QString li = bigramsOnly ? QStringLiteral("李*") : QStringLiteral("李");
            QTest::addRow("%s: 吕沛", tok) << t << QStringLiteral("吕沛") << QList<int>{1, 3};
            QTest::addRow("%s: 李", tok) << t << li << QList<int>{2};
            QTest::addRow("%s: 杨", tok)
                << t << (bigramsOnly ? QStringLiteral("杨*") : QStringLiteral("杨")) << QList<int>{4};
            QTest::addRow("%s: phrase across line break", tok)
                << t << QStringLiteral("主持召开") << QList<int>{3};
            QTest::addRow("%s: gsp", tok) << t << QStringLiteral("gsp") << QList<int>{2};
            QTest::addRow("%s: decimal", tok) << t << QStringLiteral("\"1427.97\"") << QList<int>{2};
            QTest::addRow("%s: 2024", tok) << t << QStringLiteral("2024") << QList<int>{3};
            QTest::addRow("%s: phrase run then digits", tok)
                << t << (bigramsOnly ? QStringLiteral("\"召开2024年\"*") : QStringLiteral("\"召开2024年\""))
                << QList<int>{3};
            QTest::addRow("%s: phrase digits then run", tok)
                << t << QStringLiteral("\"2024年第\"") << QList<int>{3};
            QTest::addRow("%s: phrase latin then run", tok)
                << t << QStringLiteral("\"gsp认证中\"") << QList<int>{2};
        }
    }
    void registeredInSqlite()
    {
        QFETCH(QString, tokenizer);
        QFETCH(QString, match);
        QFETCH(QList<int>, rows);
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reg"));
            db.setDatabaseName(dir.filePath(QStringLiteral("t.db")));
            QVERIFY(db.open());
            QString error;
            QVERIFY2(registerCjkTokenizer(db, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY2(
                q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='%1')").arg(tokenizer)),
                qPrintable(q.lastError().text()));
            const QStringList docs = {
                QStringLiteral("市政协副主席吕沛带队观摩"),
                QStringLiteral("李明在ＧＳＰ认证中投入1427.97万元"),
                QStringLiteral("吕沛主持召\n开2024年第4次会议"),
                QStringLiteral("吕书记与沛县杨县长会面"),
            };
            for (int k = 0; k < docs.size(); ++k) {
                q.prepare(QStringLiteral("INSERT INTO t(rowid, x) VALUES (?, ?)"));
                q.addBindValue(k + 1);
                q.addBindValue(docs[k]);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid"));
            q.addBindValue(match);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QList<int> found;
            while (q.next())
                found << q.value(0).toInt();
            QCOMPARE(found, rows);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reg"));
    }

    void rejectsUnknownArgument()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("arg"));
            db.setDatabaseName(dir.filePath(QStringLiteral("t.db")));
            QVERIFY(db.open());
            QString error;
            QVERIFY(registerCjkTokenizer(db, &error));
            QSqlQuery q(db);
            QVERIFY(!q.exec(
                QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='kanbao_cjk trigrams')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("arg"));
    }

    void rejectsClosedConnection()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
        QString error;
        QVERIFY(!registerCjkTokenizer(db, &error));
        QVERIFY(!error.isEmpty());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("closed"));
    }
};

QTEST_GUILESS_MAIN(TestCjkTokenizer)
#include "tst_cjktokenizer.moc"
