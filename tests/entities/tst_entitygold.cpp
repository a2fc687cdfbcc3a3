// People found in the dev gold items, independently of the reconstruction engine: each gold item's text
// (from its start phrase to its end phrase in the sample, whitespace removed) is one paragraph, its gold
// byline names are its byline, and the people are scored the way tests/data/eval/score_reconstruction.py
// scores them.
#include "entities/entityextractor.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace kanbao;

namespace {

QString squashed(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

} // namespace

class TestEntityGold : public QObject
{
    Q_OBJECT

private slots:
    void peopleF1_data();
    void peopleF1();
};

void TestEntityGold::peopleF1_data()
{
    QTest::addColumn<QString>("gold");
    QTest::addColumn<QString>("sample");
    QTest::newRow("000") << QStringLiteral("gold_000.json") << QStringLiteral("000_71a6f582861dd56c.txt");
    QTest::newRow("003") << QStringLiteral("gold_003.json") << QStringLiteral("003_d414a8ee10d38a41.txt");
}

void TestEntityGold::peopleF1()
{
    QFETCH(QString, gold);
    QFETCH(QString, sample);
    QFile goldFile(QDir(QStringLiteral(KANBAO_SOURCE_TEST_DATA_DIR "/eval")).filePath(gold));
    QVERIFY2(goldFile.open(QIODevice::ReadOnly), qPrintable(goldFile.fileName()));
    const QJsonObject root = QJsonDocument::fromJson(goldFile.readAll()).object();
    DecodedText decoded;
    QString error;
    QVERIFY2(TextDecoder::readFile(QDir(QStringLiteral(KANBAO_SAMPLES_DIR)).filePath(sample), &decoded, &error),
             qPrintable(error));
    const QString flat = squashed(decoded.text);
    const bool verbose = qEnvironmentVariableIsSet("KANBAO_ENTITY_VERBOSE");

    const EntityExtractor extractor;
    int tp = 0, fp = 0, fn = 0;
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        if (!item.contains(QStringLiteral("people")))
            continue;
        const QString start = squashed(item.value(QStringLiteral("start")).toString());
        const QString end = squashed(item.value(QStringLiteral("end")).toString());
        const qsizetype from = flat.indexOf(start);
        const qsizetype to = from < 0 ? -1 : flat.indexOf(end, from);
        QVERIFY2(from >= 0 && to >= 0, qPrintable(QStringLiteral("item %1 not in the sample").arg(i)));
        Article article;
        article.paragraphs << flat.mid(from, to + end.size() - from);
        article.reporters = strings(item.value(QStringLiteral("reporters")));
        article.correspondents = strings(item.value(QStringLiteral("correspondents")));
        article.authors = strings(item.value(QStringLiteral("authors")));
        article.photographers = strings(item.value(QStringLiteral("photographers")));
        extractor.annotate(article);

        QSet<QString> byline;
        for (const QStringList *names : {&article.reporters, &article.correspondents, &article.authors,
                                         &article.photographers}) {
            for (const QString &name : *names)
                byline.insert(squashed(name));
        }
        QSet<QString> found;
        for (const EntityMention &m : std::as_const(article.entities)) {
            if (m.type == EntityType::Person && m.role != QLatin1String("journalist"))
                found.insert(squashed(m.text));
            // Offsets must point at the mention.
            if (m.paragraph >= 0)
                QVERIFY2(article.paragraphs[m.paragraph].mid(m.offset).startsWith(m.text), qPrintable(m.text));
        }
        found -= byline;
        const QStringList goldPeople = strings(item.value(QStringLiteral("people")));
        const QSet<QString> expected(goldPeople.begin(), goldPeople.end());
        tp += int((found & expected).size());
        fp += int((found - expected).size());
        fn += int((expected - found).size());
        if (verbose && found != expected) {
            qInfo().noquote() << "item" << i << "missing" << QStringList((expected - found).values()).join(u' ')
                              << "| extra" << QStringList((found - expected).values()).join(u' ');
        }
    }
    const double precision = tp + fp ? double(tp) / (tp + fp) : 1.0;
    const double recall = tp + fn ? double(tp) / (tp + fn) : 1.0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    qInfo().noquote() << gold << "people precision" << precision << "recall" << recall << "f1" << f1;
    QVERIFY2(f1 >= 0.9, qPrintable(QStringLiteral("people f1 %1 below 0.9").arg(f1)));
}

QTEST_GUILESS_MAIN(TestEntityGold)
#include "tst_entitygold.moc"
