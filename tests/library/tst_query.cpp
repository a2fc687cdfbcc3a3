#include "library/query.h"
#include "text/chinesevariants.h"

#include <QTest>

using namespace kanbao;

namespace {

// A compact, readable form of a parse: terms as «text», fields as name:«value», operators in prefix form.
QString render(const QueryNode &node)
{
    QStringList parts;
    for (const QueryNode &child : node.children)
        parts << render(child);
    switch (node.kind) {
    case QueryNode::Term:
        return (node.field == QueryField::Text ? QString() : queryFieldName(node.field) + QLatin1Char(':')) +
               QStringLiteral("«%1»").arg(node.text);
    case QueryNode::And:
        return QStringLiteral("AND(%1)").arg(parts.join(QLatin1Char(' ')));
    case QueryNode::Or:
        return QStringLiteral("OR(%1)").arg(parts.join(QLatin1Char(' ')));
    case QueryNode::Not:
        return QStringLiteral("NOT(%1)").arg(parts.join(QLatin1Char(' ')));
    case QueryNode::Near:
        return QStringLiteral("NEAR%1(%2)").arg(node.distance).arg(parts.join(QLatin1Char(' ')));
    }
    return {};
}

QString render(const ParsedQuery &parsed)
{
    QStringList parts;
    if (parsed.text)
        parts << render(*parsed.text);
    for (const QueryFilter &filter : parsed.filters) {
        QString value = filter.date.isValid() ? filter.date.toString(Qt::ISODate) : filter.value;
        parts << (filter.negated ? QStringLiteral("-") : QString()) + queryFieldName(filter.field) +
                     QStringLiteral("=") + value;
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *query, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(query) << QString::fromUtf8(expected);
        };
        row("one-char chinese", "李", "«李»");
        row("two-char chinese", "吕沛", "«吕沛»");
        row("implicit and", "吕沛 观摩", "AND(«吕沛» «观摩»)");
        row("explicit and", "吕沛 AND 观摩", "AND(«吕沛» «观摩»)");
        row("or binds looser", "a b OR c", "OR(AND(«a» «b») «c»)");
        row("pipe", "a | b", "OR(«a» «b»)");
        row("minus", "吕沛 -观摩", "AND(«吕沛» NOT(«观摩»))");
        row("not", "吕沛 NOT 观摩", "AND(«吕沛» NOT(«观摩»))");
        row("not group", "吕沛 -(a OR b)", "AND(«吕沛» NOT(OR(«a» «b»)))");
        row("phrase", "\"市政协 副主席\"", "«市政协 副主席»");
        row("chinese quotes", "“吕沛带队”", "«吕沛带队»");
        row("corner quotes", "「吕沛」", "«吕沛»");
        row("full-width parentheses", "（a OR b） c", "AND(OR(«a» «b») «c»)");
        row("near default", "吕沛 NEAR 调研", "NEAR10(«吕沛» «调研»)");
        row("near n", "吕沛 NEAR/5 调研", "NEAR5(«吕沛» «调研»)");
        row("near chain keeps widest", "a NEAR/2 b NEAR/7 c", "NEAR7(«a» «b» «c»)");
        row("near with phrase", "\"a b\" NEAR/3 c", "NEAR3(«a b» «c»)");
        row("headline field", "headline:调研", "headline:«调研»");
        row("headline in or", "headline:调研 OR 吕沛", "OR(headline:«调研» «吕沛»)");
        row("full-width colon", "headline：调研", "headline:«调研»");
        row("field case-insensitive", "Paper:焦作日报", "paper=焦作日报");
        row("filters lifted", "吕沛 paper:焦作日报 page:A02", "«吕沛» | paper=焦作日报 | page=A02");
        row("negated filter", "吕沛 -paper:焦作晚报", "«吕沛» | -paper=焦作晚报");
        row("quoted field value", "person:\"lv pei\"", "person=lv pei");
        row("org alias", "org:政协 organization:市委", "org=政协 | org=市委");
        row("every filter", "byline:郭树勋 place:温县 office:副市长 tag:项目 section:要闻",
            "byline=郭树勋 | place=温县 | office=副市长 | tag=项目 | section=要闻");
        row("from year", "from:2024", "from=2024-01-01");
        row("to year", "to:2024", "to=2024-12-31");
        row("to month", "to:2024-02", "to=2024-02-29");
        row("from day", "from:2024-04-29", "from=2024-04-29");
        row("compact day", "to:20240429", "to=2024-04-29");
        row("time is text", "12:30", "«12:30»");
        row("lowercase or is a word", "a or b", "AND(«a» «or» «b»)");
        row("only filters", "paper:焦作日报", "paper=焦作日报");
        row("control characters are spaces", "a\tb", "AND(«a» «b»)");
        row("fts syntax is text", "吕沛* ^a", "AND(«吕沛*» «^a»)");
    }
    void parses()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const ParsedQuery parsed = parseQuery(query);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(render(parsed), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("position");
        const auto row = [](const char *name, const char *query, int position) {
            QTest::newRow(name) << QString::fromUtf8(query) << position;
        };
        row("unclosed parenthesis", "吕沛 (a OR b", 3);
        row("stray closing parenthesis", "吕沛)", 2);
        row("empty parentheses", "a () b", 2);
        row("unclosed quote", "a \"吕沛带队", 2);
        row("quote inside word", "吕\"沛", 1);
        row("or at start", "OR 吕沛", 0);
        row("or at end", "吕沛 OR", 3);
        row("double or", "a OR OR b", 2);
        row("and at end", "吕沛 AND", 3);
        row("and at start", "AND 吕沛", 0);
        row("not at end", "吕沛 NOT", 3);
        row("minus alone at end is text", "吕沛 -", -1);
        row("near at start", "NEAR 吕沛", 0);
        row("near at end", "吕沛 NEAR/3", 3);
        row("near bad distance", "a NEAR/x b", 2);
        row("near huge distance", "a NEAR/99999 b", 2);
        row("near with group", "a NEAR/3 (b OR c)", 2);
        row("near with exclusion", "a NEAR/3 -b", 2);
        row("near with filter", "a NEAR/3 paper:x", 2);
        row("unknown field", "吕沛 body:吕沛", 3);
        row("empty field", "吕沛 person:", 3);
        row("bad date", "from:2024-13-01", 5);
        row("bad year", "to:24", 3);
        row("negated date", "a -from:2024", 2);
        row("filter in or", "a OR paper:x", 5);
        row("filter in parentheses", "(a paper:x) OR c", 3);
        row("not not", "NOT NOT a", 0);
        row("deep nesting", QByteArray(200, '(').constData(), 101);
    }
    void errors()
    {
        QFETCH(QString, query);
        QFETCH(int, position);
        const ParsedQuery parsed = parseQuery(query);
        if (position < 0) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            return;
        }
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error.isEmpty());
        QCOMPARE(parsed.errorPosition, position);
        QVERIFY(!parsed.text);
        QVERIFY(parsed.filters.isEmpty());
        const QString described = describeQueryError(query, parsed);
        QVERIFY(described.contains(parsed.error));
        QVERIFY(described.contains(QLatin1Char('^')));
    }

    // The caret sits under the character the error is about, counting a Chinese character as two columns.
    void caretColumn()
    {
        const QString query = QStringLiteral("吕沛 OR");
        const ParsedQuery parsed = parseQuery(query);
        QVERIFY(!parsed.ok());
        const QStringList lines = describeQueryError(query, parsed).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("  吕沛 OR"));
        QCOMPARE(lines.at(1), QStringLiteral("       ^")); // 2 + 2 + 2 + 1 columns before "OR"
    }

    void positiveTerms()
    {
        const ParsedQuery parsed = parseQuery(QStringLiteral("(吕沛 OR 杨磊) -观摩 \"调研 项目\" a NEAR/2 b"));
        QVERIFY(parsed.ok());
        QCOMPARE(kanbao::positiveTerms(*parsed.text),
                 (QStringList{QStringLiteral("吕沛"), QStringLiteral("杨磊"), QStringLiteral("调研 项目"),
                              QStringLiteral("a"), QStringLiteral("b")}));
    }

    void variantFolding_data()
    {
        QTest::addColumn<QString>("traditional");
        QTest::addColumn<QString>("simplified");
        QTest::newRow("name") << QStringLiteral("呂沛") << QStringLiteral("吕沛");
        QTest::newRow("word") << QStringLiteral("發展") << QStringLiteral("发展");
        QTest::newRow("place") << QStringLiteral("臺灣") << QStringLiteral("台湾");
        QTest::newRow("already simplified") << QStringLiteral("焦作日报") << QStringLiteral("焦作日报");
        QTest::newRow("latin untouched") << QStringLiteral("GSP 2024") << QStringLiteral("GSP 2024");
    }
    void variantFolding()
    {
        QFETCH(QString, traditional);
        QFETCH(QString, simplified);
        QCOMPARE(foldChineseVariants(traditional), simplified);
    }

    void pinyin_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("matches");
        QTest::newRow("v for ü") << QStringLiteral("吕沛") << QStringLiteral("lv pei") << true;
        QTest::newRow("ü") << QStringLiteral("吕沛") << QStringLiteral("lü pei") << true;
        QTest::newRow("u for ü, no space") << QStringLiteral("吕沛") << QStringLiteral("lupei") << true;
        QTest::newRow("tones") << QStringLiteral("吕沛") << QStringLiteral("Lǚ Pèi") << true;
        QTest::newRow("traditional name") << QStringLiteral("呂沛") << QStringLiteral("lvpei") << true;
        QTest::newRow("other name") << QStringLiteral("杨磊") << QStringLiteral("lv pei") << false;
        QTest::newRow("place") << QStringLiteral("温县") << QStringLiteral("wenxian") << true;
    }
    void pinyin()
    {
        QFETCH(QString, name);
        QFETCH(QString, typed);
        QFETCH(bool, matches);
        const QString key = typedPinyinKey(typed);
        QVERIFY(!key.isEmpty());
        QCOMPARE(pinyinKeys(name).contains(key), matches);
    }

    void pinyinNeedsLatin()
    {
        QVERIFY(typedPinyinKey(QStringLiteral("吕沛")).isEmpty());
        QVERIFY(typedPinyinKey(QStringLiteral("2024")).isEmpty());
        QVERIFY(pinyinKeys(QStringLiteral("GSP")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
