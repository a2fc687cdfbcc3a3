// The search query language: any typed query gives results or a message (never an SQL or FTS5 syntax
// error reaching the user, never a crash), and highlighted hits are ordered ranges inside the text.
#include "fuzzcommon.h"

#include "library/library.h"
#include "library/query.h"
#include "library/search.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

kanbao::Library *library = nullptr;

const QString &body()
{
    static const QString text = QString::fromUtf8(
        "本报讯（记者 张三 通讯员 李四）4月8日，市政协副主席吕沛到高新区调研项目建设。\n"
        "Wenxian county 温县 ＡＢＣ１２３ \"引号\" “中文引号” (括号) OR NOT - | 吕沛 官卫红");
    return text;
}

void plant(QSqlDatabase &db)
{
    const QStringList statements{
        QStringLiteral("INSERT INTO papers(id, name) VALUES (1, '焦作日报')"),
        QStringLiteral("INSERT INTO issues(id, paper_id, date) VALUES (1, 1, '2024-04-09')"),
        QStringLiteral("INSERT INTO pages(id, issue_id, source_path, label, encoding, content_hash, raw_text,"
                       " imported_at) VALUES (1, 1, '/a.txt', 'A03', 'UTF-8', '', x'00', '2024-04-09')"),
    };
    for (const QString &sql : statements)
        QSqlQuery(db).exec(sql);
    for (int id = 1; id <= 3; ++id) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO articles(id, page_id, seq, kind, headline, body)"
                                 " VALUES (?, 1, ?, 'article', ?, ?)"));
        const QString headline = QStringLiteral("标题 %1 吕沛").arg(id);
        q.addBindValue(id);
        q.addBindValue(id);
        q.addBindValue(headline);
        q.addBindValue(body());
        q.exec();
        QSqlQuery fts(db);
        fts.prepare(QStringLiteral("INSERT INTO article_fts(rowid, headline, body) VALUES (?, ?, ?)"));
        fts.addBindValue(id);
        fts.addBindValue(headline);
        fts.addBindValue(body());
        fts.exec();
    }
}

} // namespace

void kanbaoFuzzInit()
{
    kanbao::fuzz::ensureApplication();
    static QTemporaryDir dir;
    library = new kanbao::Library();
    if (!library->open(dir.filePath(QStringLiteral("fuzz.kanbao")))) {
        std::fprintf(stderr, "cannot open the fuzz library: %s\n", qPrintable(library->errorString()));
        std::abort();
    }
    QSqlDatabase db = library->database();
    plant(db);
}

int kanbaoFuzzOne(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0; // a query, not a document
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QPair<int, int>> hits = kanbao::findHits(query, body());
    int previousEnd = 0;
    for (const auto &hit : hits) {
        KANBAO_FUZZ_CHECK(hit.first >= previousEnd && hit.first < hit.second && hit.second <= body().size());
        previousEnd = hit.second;
    }
    QSqlDatabase db = library->database();
    kanbao::SearchRequest request;
    request.query = query;
    const kanbao::SearchResults results = kanbao::search(db, request);
    // A query is understood or refused with a message; a statement never fails on what was typed.
    if (results.sqlError.isValid())
        std::fprintf(stderr, "query <%s>: %s\n", qPrintable(query), qPrintable(results.sqlError.text()));
    KANBAO_FUZZ_CHECK(!results.sqlError.isValid());
    // A refused query says where: a position inside the query (or just past its end).
    if (!results.error.isEmpty() && results.errorPosition >= 0)
        KANBAO_FUZZ_CHECK(results.errorPosition <= query.size());
    const kanbao::ParsedQuery parsed = kanbao::parseQuery(query);
    if (!parsed.ok()) {
        KANBAO_FUZZ_CHECK(parsed.errorPosition >= 0 && parsed.errorPosition <= query.size());
        KANBAO_FUZZ_CHECK(kanbao::describeQueryError(query, parsed).contains(QLatin1Char('^')));
    }
    const kanbao::SearchHistogram histogram = kanbao::searchHistogram(db, request, kanbao::HistogramUnit::Month);
    KANBAO_FUZZ_CHECK(!histogram.sqlError.isValid());
    int binned = 0;
    for (const kanbao::HistogramBin &bin : histogram.bins)
        binned += bin.count;
    KANBAO_FUZZ_CHECK(!results.error.isEmpty() || binned == results.total);
    for (const kanbao::SearchHit &hit : results.hits) {
        for (const auto &range : hit.bodyHits)
            KANBAO_FUZZ_CHECK(range.first >= 0 && range.first < range.second && range.second <= body().size());
    }
    return 0;
}
