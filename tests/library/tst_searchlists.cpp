// Saved searches (new hits since last opened) and collections (a search scope, exported as full text).
#include "import/importer.h"
#include "library/library.h"
#include "library/searchlists.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

class TestSearchLists : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library m_library;

    int total(const QString &query)
    {
        SearchRequest request;
        request.query = query;
        QSqlDatabase db = m_library.database();
        const SearchResults results = search(db, request);
        return results.error.isEmpty() ? results.total : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("l.kanbao"))), qPrintable(m_library.errorString()));
        // Two samples now, the rest later: the "import" that brings new hits.
        Importer importer(m_library);
        const ImportSummary first = importer.importPaths({QStringLiteral(KANBAO_SAMPLES_DIR "/000_71a6f582861dd56c.txt")});
        QCOMPARE(first.imported, 1);
    }

    void savedSearchCountsNewHitsAfterAnImport()
    {
        SavedSearches saved(m_library.database());
        const std::optional<qint64> id = saved.save(QStringLiteral("会议"), QStringLiteral("会议"));
        QVERIFY2(id, qPrintable(saved.error()));
        QList<SavedSearch> all = saved.list();
        QCOMPARE(all.size(), 1);
        const int before = total(QStringLiteral("会议"));
        QCOMPARE(all.first().total, before);
        QCOMPARE(all.first().newHits, 0);
        Importer importer(m_library);
        const ImportSummary more = importer.importPaths({QStringLiteral(KANBAO_SAMPLES_DIR)});
        QVERIFY(more.imported >= 1);
        const int after = total(QStringLiteral("会议"));
        QVERIFY(after > before);
        all = saved.list();
        QCOMPARE(all.first().total, after);
        QCOMPARE(all.first().newHits, after - before);
        QVERIFY(saved.markOpened(*id));
        QCOMPARE(saved.list().first().newHits, 0);
        // Saving again under the name replaces the query.
        QVERIFY(saved.save(QStringLiteral("会议"), QStringLiteral("会议 -吕沛")));
        QCOMPARE(saved.list().size(), 1);
        QCOMPARE(saved.list().first().query, QStringLiteral("会议 -吕沛"));
    }

    void savedSearchRefusesBadQueries()
    {
        SavedSearches saved(m_library.database());
        QVERIFY(!saved.save(QStringLiteral("bad"), QStringLiteral("会议 OR")));
        QVERIFY(!saved.error().isEmpty());
        QVERIFY(!saved.save(QStringLiteral("  "), QStringLiteral("会议")));
        QVERIFY(!saved.byName(QStringLiteral("bad")));
    }

    void collectionIsASearchScope()
    {
        Collections collections(m_library.database());
        const std::optional<qint64> id = collections.create(QStringLiteral("待读"));
        QVERIFY2(id, qPrintable(collections.error()));
        QSqlQuery q(m_library.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM articles ORDER BY id LIMIT 3")));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        QCOMPARE(ids.size(), 3);
        QVERIFY(collections.add(*id, ids));
        QVERIFY(collections.add(*id, {ids.first()})); // twice is harmless
        QVERIFY(!collections.add(*id, {987654321}));
        QVERIFY(collections.error().contains(QStringLiteral("987654321")));
        QCOMPARE(collections.list().first().articles, 3);
        QCOMPARE(total(QStringLiteral("collection:待读")), 3);
        QCOMPARE(total(QStringLiteral("collection:\"待读\" -collection:待读")), 0);
        QCOMPARE(total(QStringLiteral("-collection:待读")), -1); // only an exclusion: refused
        QVERIFY(collections.removeArticles(*id, {ids.last()}));
        QCOMPARE(total(QStringLiteral("collection:待读")), 2);
        QCOMPARE(total(QStringLiteral("collection:没有")), 0);
    }

    // Renamed, a collection keeps its articles and is a search scope under its new name only; a name another
    // collection has is refused.
    void collectionIsRenamed()
    {
        Collections collections(m_library.database());
        const std::optional<qint64> id = collections.create(QStringLiteral("旧名"));
        const std::optional<qint64> other = collections.create(QStringLiteral("别的"));
        QVERIFY2(id && other, qPrintable(collections.error()));
        QSqlQuery q(m_library.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM articles ORDER BY id DESC LIMIT 2")));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        QVERIFY(collections.add(*id, ids));
        QVERIFY2(collections.rename(*id, QStringLiteral(" 新名 ")), qPrintable(collections.error()));
        QVERIFY(!collections.byName(QStringLiteral("旧名")));
        const std::optional<Collection> renamed = collections.byName(QStringLiteral("新名"));
        QVERIFY(renamed);
        QCOMPARE(renamed->id, *id);
        QCOMPARE(renamed->articles, 2);
        QCOMPARE(total(QStringLiteral("collection:新名")), 2);
        QCOMPARE(total(QStringLiteral("collection:旧名")), 0);
        QVERIFY(!collections.rename(*id, QStringLiteral("别的")));
        QVERIFY(collections.error().contains(QStringLiteral("别的")));
        QVERIFY(!collections.rename(*id, QStringLiteral("  ")));
        QVERIFY(!collections.rename(987654321, QStringLiteral("无")));
        QVERIFY(collections.rename(*id, QStringLiteral("新名"))); // its own name: harmless
        QVERIFY(collections.remove(*id));
        QVERIFY(collections.remove(*other));
    }

    void exportsFullText_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(TextExportFormat::Csv);
        QTest::newRow("jsonl") << int(TextExportFormat::JsonLines);
    }
    void exportsFullText()
    {
        QFETCH(int, format);
        QSqlDatabase db = m_library.database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, body FROM articles ORDER BY id LIMIT 2")));
        QList<qint64> ids;
        QStringList bodies;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            bodies << q.value(1).toString();
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(exportArticleTexts(db, ids, TextExportFormat(format), &buffer, &error), qPrintable(error));
        const QString text = QString::fromUtf8(bytes);
        if (TextExportFormat(format) == TextExportFormat::JsonLines) {
            const QList<QByteArray> lines = bytes.trimmed().split('\n');
            QCOMPARE(lines.size(), 2);
            for (int k = 0; k < 2; ++k) {
                QJsonParseError parseError;
                const QJsonObject o = QJsonDocument::fromJson(lines.at(k), &parseError).object();
                QCOMPARE(parseError.error, QJsonParseError::NoError);
                QCOMPARE(o.value(QStringLiteral("id")).toInteger(), ids.at(k));
                QCOMPARE(o.value(QStringLiteral("body")).toString(), bodies.at(k));
                for (const char *key : {"date", "paper", "page", "headline", "byline"})
                    QVERIFY2(o.contains(QLatin1String(key)), key);
            }
        } else {
            QVERIFY(text.startsWith(QStringLiteral("id,date,paper,page,headline,byline,body\n")));
            // Bodies hold line breaks: quoted whole.
            QVERIFY(text.contains(bodies.first().left(20)));
            QCOMPARE(text.count(QLatin1Char('"')) % 2, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchLists)
#include "tst_searchlists.moc"
