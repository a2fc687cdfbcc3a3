// Golden pages: tests/data/recon_*/input.txt read from disk (any supported encoding) and reconstructed,
// compared field by field with expected.json, which was checked by hand against the printed layout.
#include "import/pagefile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kanbao;

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

} // namespace

class TestReconstructGolden : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(QStringLiteral(KANBAO_TEST_DATA_DIR));
        const QStringList cases = root.entryList({QStringLiteral("recon_*")}, QDir::Dirs, QDir::Name);
        QVERIFY2(cases.size() >= 5, "golden reconstruction cases are missing");
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }
    void golden()
    {
        QFETCH(QString, dir);
        QFile file(QDir(dir).filePath(QStringLiteral("expected.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray expectedPages = doc.object().value(QStringLiteral("pages")).toArray();

        const PageFile got = readPageFile(QDir(dir).filePath(QStringLiteral("input.txt")), nullptr);
        QVERIFY2(got.ok(), qPrintable(got.error));
        QCOMPARE(got.pages.size(), expectedPages.size());
        for (qsizetype p = 0; p < got.pages.size(); ++p) {
            const Page &page = got.pages[p];
            const QJsonObject want = expectedPages[p].toObject();
            QCOMPARE(page.encoding, want.value(QStringLiteral("encoding")).toString());
            QCOMPARE(page.date, QDate::fromString(want.value(QStringLiteral("date")).toString(), Qt::ISODate));
            QCOMPARE(page.label, want.value(QStringLiteral("page")).toString());
            QCOMPARE(page.section, want.value(QStringLiteral("section")).toString());
            const QJsonArray articles = want.value(QStringLiteral("articles")).toArray();
            QCOMPARE(page.articles.size(), articles.size());
            for (qsizetype i = 0; i < articles.size(); ++i) {
                const Article &a = page.articles[i];
                const QJsonObject w = articles[i].toObject();
                const QByteArray where = QStringLiteral("page %1 article %2").arg(p).arg(i + 1).toUtf8();
                const auto same = [&](const char *field, const QVariant &gotValue, const QVariant &wantValue) {
                    if (gotValue != wantValue)
                        qWarning().noquote() << where << field << "got" << gotValue << "want" << wantValue;
                    return gotValue == wantValue;
                };
                QVERIFY2(same("kind", articleKindName(a.kind), w.value(QStringLiteral("kind")).toString()), where);
                QVERIFY2(same("kicker", a.kicker, w.value(QStringLiteral("kicker")).toString()), where);
                QVERIFY2(same("headline", a.headline, w.value(QStringLiteral("headline")).toString()), where);
                QVERIFY2(same("subheadline", a.subheadline, w.value(QStringLiteral("subheadline")).toString()), where);
                QVERIFY2(same("column", a.column, w.value(QStringLiteral("column")).toString()), where);
                QVERIFY2(same("reporters", a.reporters, strings(w.value(QStringLiteral("reporters")))), where);
                QVERIFY2(same("correspondents", a.correspondents, strings(w.value(QStringLiteral("correspondents")))),
                         where);
                QVERIFY2(same("authors", a.authors, strings(w.value(QStringLiteral("authors")))), where);
                QVERIFY2(same("photographers", a.photographers, strings(w.value(QStringLiteral("photographers")))),
                         where);
                QVERIFY2(same("paragraphs", a.paragraphs, strings(w.value(QStringLiteral("paragraphs")))), where);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReconstructGolden)
#include "tst_reconstructgolden.moc"
