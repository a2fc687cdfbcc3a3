// Full-text search at archive scale: builds (or reopens) a library of N synthetic articles made from the
// bundled sample pages, then measures query latency, open time and file size against the raw text.
//
//   bench_search [--articles N] [--db PATH] [--keep] [--rebuild] [--tokenizer "kanbao_cjk ARGS"]
//                [--optimize] [--queries N] [--one-char-queries N] [--raw-sql] [--sql SQL]
//                [--fts-columns "body, headline"] [--overview [--overview-path auto|joins|columns]]
//                [--limit N]
//
// Queries ask for the first SearchFirstPage results (--limit N for others): what the window's results list
// reads at once, the rows after them being read in the background as it scrolls.
// Without --db the library goes to a temporary directory and is deleted afterwards. With --db an existing
// file is reopened (not rebuilt) unless --rebuild is given, so the query part can be rerun cheaply.
#include "library/articlecolumns.h"
#include "library/fts/cjktokenizer.h"
#include "library/search.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace kanbao;

namespace {

QTextStream out(stdout);

// The schema's DDL (app/library/schema.cpp step 1), repeated here so that the tokenizer and the column
// order can be varied for experiments; bench_library measures the real library.
QString ftsColumns = QStringLiteral("body, headline");

QStringList schemaStatements(const QString &tokenizer)
{
    return {
        QStringLiteral("CREATE TABLE papers(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral(
            "CREATE TABLE issues(id INTEGER PRIMARY KEY, paper_id INTEGER NOT NULL REFERENCES papers(id) "
            "ON DELETE CASCADE, date TEXT NOT NULL, edition TEXT NOT NULL DEFAULT '', "
            "date_guessed INTEGER NOT NULL DEFAULT 0, UNIQUE(paper_id, date, edition))"),
        QStringLiteral(
            "CREATE TABLE pages(id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL REFERENCES issues(id) "
            "ON DELETE CASCADE, source_path TEXT NOT NULL, source_index INTEGER NOT NULL DEFAULT 0, "
            "label TEXT, section TEXT, encoding TEXT NOT NULL, content_hash TEXT NOT NULL, "
            "raw_text BLOB NOT NULL, imported_at TEXT NOT NULL, UNIQUE(source_path, source_index))"),
        QStringLiteral(
            "CREATE TABLE articles(id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages(id) "
            "ON DELETE CASCADE, seq INTEGER NOT NULL, kind TEXT NOT NULL, kicker TEXT, headline TEXT, "
            "subheadline TEXT, reporters TEXT NOT NULL DEFAULT '[]', correspondents TEXT NOT NULL "
            "DEFAULT '[]', authors TEXT NOT NULL DEFAULT '[]', photographers TEXT NOT NULL DEFAULT '[]', "
            "column_label TEXT, body TEXT NOT NULL)"),
        QStringLiteral("CREATE VIRTUAL TABLE article_fts USING fts5(%2, content='articles', "
                       "content_rowid='id', tokenize='%1')")
            .arg(tokenizer, ftsColumns),
        QStringLiteral(
            "CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, color TEXT NOT NULL "
            "DEFAULT '#3b82f6', created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE article_tags(article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE "
            "CASCADE, tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, "
            "PRIMARY KEY(article_id, tag_id))"),
        QStringLiteral(
            "CREATE TABLE entities(id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, "
            "UNIQUE(name, type))"),
        QStringLiteral(
            "CREATE TABLE mentions(id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES "
            "articles(id) ON DELETE CASCADE, entity_id INTEGER NOT NULL REFERENCES entities(id) ON "
            "DELETE CASCADE, paragraph INTEGER NOT NULL DEFAULT -1, start_offset INTEGER NOT NULL "
            "DEFAULT -1, length INTEGER NOT NULL DEFAULT 0, role TEXT NOT NULL DEFAULT '', office TEXT "
            "NOT NULL DEFAULT '', office_organization TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX issues_date ON issues(date)"),
        QStringLiteral("CREATE INDEX pages_issue ON pages(issue_id)"),
        QStringLiteral("CREATE INDEX articles_page ON articles(page_id, seq)"),
        QStringLiteral("CREATE INDEX mentions_entity ON mentions(entity_id)"),
        QStringLiteral("CREATE INDEX mentions_article ON mentions(article_id)"),
        QStringLiteral("CREATE INDEX article_tags_tag ON article_tags(tag_id)"),
    };
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        out << "SQL failed: " << sql << ": " << q.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

struct Corpus
{
    QStringList headlines;
    QStringList paragraphs;
};

// The sample pages split into blocks at blank lines, each block's lines joined: a '#' line or a short
// block without sentence-final punctuation is a headline, a longer block a paragraph. Crude, but it does
// not depend on the reconstructor, and paragraphs of raw PDF text keep the stray spaces real imports have.
Corpus loadSamples(const QString &dir)
{
    Corpus corpus;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        DecodedText t;
        QString error;
        if (!TextDecoder::readFile(QDir(dir).filePath(name), &t, &error)) {
            out << name << ": " << error << Qt::endl;
            continue;
        }
        const QStringList blocks = t.text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const QString &block : blocks) {
            QString joined;
            for (QString line : block.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                line = line.trimmed();
                if (line.isEmpty())
                    continue;
                const bool cjkJoin = !joined.isEmpty() && isCjkIdeograph(joined.back().unicode()) &&
                                     isCjkIdeograph(line.front().unicode());
                if (!joined.isEmpty() && !cjkJoin)
                    joined += QLatin1Char(' ');
                joined += line;
            }
            if (joined.startsWith(QLatin1Char('#'))) {
                while (joined.startsWith(QLatin1Char('#')))
                    joined.remove(0, 1);
                corpus.headlines << joined.trimmed();
                continue;
            }
            const bool sentence = joined.contains(QChar(0x3002)) || joined.contains(QChar(0xFF0C));
            if (joined.size() <= 30 && !sentence && joined.size() >= 4)
                corpus.headlines << joined;
            else if (joined.size() > 30)
                corpus.paragraphs << joined;
        }
    }
    return corpus;
}

// Common surnames and given-name characters: every synthetic article names a reporter, so the archive has
// the long tail of rare words (names) that a real one has, not only the sample pages' vocabulary.
const QString surnames = QStringLiteral(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢");
const QString givenChars =
    QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国志宏斌海波辉鑫瑞浩宇博文轩"
                   "嘉梓子晨欣怡雨涵思佳琪晓梦凯峰亮龙飞松林森凤翠梅琳雪莉彤");

QString randomName(QRandomGenerator &rng)
{
    QString name = surnames.at(rng.bounded(int(surnames.size())));
    const int given = rng.bounded(10) < 7 ? 2 : 1;
    for (int k = 0; k < given; ++k)
        name += givenChars.at(rng.bounded(int(givenChars.size())));
    return name;
}

struct BuildStats
{
    qint64 rawTextBytes = 0; // UTF-8 bytes of the synthetic page texts (what import would read)
    qint64 bodyBytes = 0;    // UTF-8 bytes of headlines + bodies (what the index covers)
    double seconds = 0;
};

bool build(QSqlDatabase &db, const QString &tokenizer, int articleCount, const Corpus &corpus,
           BuildStats *stats, QList<QString> *names)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &s : schemaStatements(tokenizer))
        if (!exec(db, s))
            return false;
    QRandomGenerator rng(20240428);
    const QStringList papers = {QStringLiteral("焦作日报"), QStringLiteral("焦作晚报"),
                                QStringLiteral("温县报")};
    for (int p = 0; p < papers.size(); ++p) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO papers(id, name) VALUES (?, ?)"));
        q.addBindValue(p + 1);
        q.addBindValue(papers[p]);
        if (!q.exec())
            return false;
    }
    QSqlQuery issue(db), page(db), article(db), fts(db);
    issue.prepare(QStringLiteral("INSERT OR IGNORE INTO issues(paper_id, date) VALUES (?, ?)"));
    QSqlQuery issueId(db);
    issueId.prepare(QStringLiteral("SELECT id FROM issues WHERE paper_id = ? AND date = ? AND edition = ''"));
    page.prepare(
        QStringLiteral("INSERT INTO pages(id, issue_id, source_path, label, section, encoding, content_hash, "
                       "raw_text, imported_at) VALUES (?, ?, ?, ?, '', 'UTF-8', '', ?, '2024-05-01')"));
    article.prepare(QStringLiteral("INSERT INTO articles(id, page_id, seq, kind, headline, body) "
                                   "VALUES (?, ?, ?, 'article', ?, ?)"));
    fts.prepare(QStringLiteral("INSERT INTO article_fts(rowid, headline, body) VALUES (?, ?, ?)"));
    const QDate first(2000, 1, 1);
    const int days = int(first.daysTo(QDate(2024, 12, 31)));
    const int perPage = 8;
    const int perTransaction = 20000;
    exec(db, QStringLiteral("BEGIN"));
    qint64 pageId = 0;
    QString pageText;
    for (int id = 1; id <= articleCount; ++id) {
        const int seq = (id - 1) % perPage;
        if (seq == 0) {
            ++pageId;
            const int paper = rng.bounded(int(papers.size())) + 1;
            const QString date = first.addDays(rng.bounded(days)).toString(Qt::ISODate);
            issue.addBindValue(paper);
            issue.addBindValue(date);
            issue.exec();
            issueId.addBindValue(paper);
            issueId.addBindValue(date);
            issueId.exec();
            issueId.next();
            const qint64 issue = issueId.value(0).toLongLong();
            issueId.finish();
            // The page's raw text is approximated by the text of its articles (written once the page is
            // complete, below); the row needs a placeholder until then.
            page.addBindValue(pageId);
            page.addBindValue(issue);
            page.addBindValue(QStringLiteral("/archive/%1/%2.txt").arg(date).arg(pageId));
            page.addBindValue(QStringLiteral("A%1").arg(1 + rng.bounded(16), 2, 10, QLatin1Char('0')));
            page.addBindValue(QByteArray("-"));
            if (!page.exec()) {
                out << page.lastError().text() << Qt::endl;
                return false;
            }
            pageText.clear();
        }
        const QString headline = corpus.headlines.at(rng.bounded(int(corpus.headlines.size())));
        QStringList body;
        const QString reporter = randomName(rng);
        if (names->size() < 5000)
            names->append(reporter);
        const int paragraphs = 3 + rng.bounded(6);
        for (int k = 0; k < paragraphs; ++k)
            body << corpus.paragraphs.at(rng.bounded(int(corpus.paragraphs.size())));
        body[0].prepend(QStringLiteral("本报讯（记者%1）").arg(reporter));
        const QString bodyText = body.join(QLatin1Char('\n'));
        article.addBindValue(id);
        article.addBindValue(pageId);
        article.addBindValue(seq);
        article.addBindValue(headline);
        article.addBindValue(bodyText);
        if (!article.exec()) {
            out << article.lastError().text() << Qt::endl;
            return false;
        }
        fts.addBindValue(id);
        fts.addBindValue(headline);
        fts.addBindValue(bodyText);
        if (!fts.exec()) {
            out << fts.lastError().text() << Qt::endl;
            return false;
        }
        const QByteArray h = headline.toUtf8(), b = bodyText.toUtf8();
        stats->bodyBytes += h.size() + b.size();
        pageText += headline + QLatin1Char('\n') + bodyText + QLatin1Char('\n');
        if (seq == perPage - 1 || id == articleCount) {
            const QByteArray raw = pageText.toUtf8();
            stats->rawTextBytes += raw.size();
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE pages SET raw_text = ? WHERE id = ?"));
            update.addBindValue(qCompress(raw));
            update.addBindValue(pageId);
            update.exec();
        }
        if (id % perTransaction == 0) {
            exec(db, QStringLiteral("COMMIT"));
            exec(db, QStringLiteral("BEGIN"));
            if (id % (perTransaction * 5) == 0)
                out << "  " << id << " articles, " << QString::number(timer.elapsed() / 1000.0, 'f', 1)
                    << " s" << Qt::endl;
        }
    }
    exec(db, QStringLiteral("COMMIT"));
    // Keep the numbers needed to report size ratios when the file is reopened later.
    exec(db, QStringLiteral("CREATE TABLE bench_meta(key TEXT PRIMARY KEY, value)"));
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO bench_meta VALUES ('raw', ?), ('body', ?)"));
    meta.addBindValue(stats->rawTextBytes);
    meta.addBindValue(stats->bodyBytes);
    meta.exec();
    stats->seconds = timer.nsecsElapsed() / 1e9;
    return true;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString ms(double v)
{
    return QString::number(v, 'f', 2) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int articleCount = 500000;
    int queryCount = 200;
    int oneCharCount = 40;
    int limit = SearchFirstPage;
    QString path;
    QString tokenizer = QStringLiteral("kanbao_cjk");
    bool keep = false, rebuild = false, optimize = false, rawSql = false, overview = false;
    OverviewPath overviewPath = OverviewPath::Auto;
    // The query connection's memory map and page cache: as the library's connections have them (no map, a
    // 32 MiB cache: Library::configureConnection), unless --mmap BYTES / --cache-size N ask for others.
    QString mmapBytes, cacheKib = QStringLiteral("-32768");
    QString setupSql;
    // --sql runs this statement instead, with ?1 bound to the quoted query word, to compare strategies.
    QString customSql;
    const QStringList args = app.arguments();
    for (int k = 1; k < args.size(); ++k) {
        const QString &a = args[k];
        const QString next = k + 1 < args.size() ? args[k + 1] : QString();
        if (a == QLatin1String("--articles")) {
            articleCount = next.toInt();
            ++k;
        } else if (a == QLatin1String("--db")) {
            path = next;
            ++k;
        } else if (a == QLatin1String("--tokenizer")) {
            tokenizer = next;
            ++k;
        } else if (a == QLatin1String("--queries")) {
            queryCount = next.toInt();
            ++k;
        } else if (a == QLatin1String("--limit")) {
            limit = next.toInt();
            ++k;
        } else if (a == QLatin1String("--fts-columns")) {
            ftsColumns = next;
            ++k;
        } else if (a == QLatin1String("--one-char-queries")) {
            oneCharCount = next.toInt();
            ++k;
        } else if (a == QLatin1String("--keep")) {
            keep = true;
        } else if (a == QLatin1String("--rebuild")) {
            rebuild = true;
        } else if (a == QLatin1String("--optimize")) {
            optimize = true;
        } else if (a == QLatin1String("--overview")) {
            overview = true; // also time histogram, facets and concordance per 2-character query
        } else if (a == QLatin1String("--overview-path")) {
            overviewPath = next == QLatin1String("joins")     ? OverviewPath::Joins
                           : next == QLatin1String("columns") ? OverviewPath::Columns
                                                              : OverviewPath::Auto;
            ++k;
        } else if (a == QLatin1String("--setup")) {
            setupSql = next; // run on the query connection before timing (experiments with --sql)
            ++k;
        } else if (a == QLatin1String("--mmap")) {
            mmapBytes = next;
            ++k;
        } else if (a == QLatin1String("--cache-size")) {
            cacheKib = next;
            ++k;
        } else if (a == QLatin1String("--raw-sql")) {
            rawSql = true;
        } else if (a == QLatin1String("--sql")) {
            rawSql = true;
            customSql = next;
            ++k;
        } else {
            out << "unknown argument " << a << Qt::endl;
            return 2;
        }
    }
    QTemporaryDir tmp;
    tmp.setAutoRemove(!keep);
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("bench.kanbao"));
    if (rebuild) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    const bool exists = QFileInfo::exists(path);
    const Corpus corpus = loadSamples(QStringLiteral(KANBAO_SAMPLES_DIR));
    if (corpus.paragraphs.isEmpty() || corpus.headlines.isEmpty()) {
        out << "no sample text" << Qt::endl;
        return 1;
    }
    QList<QString> names;
    BuildStats stats;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("build"));
        db.setDatabaseName(path);
        if (!db.open()) {
            out << "cannot open " << path << Qt::endl;
            return 1;
        }
        QString error;
        if (!registerCjkTokenizer(db, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        exec(db, QStringLiteral("PRAGMA cache_size=-262144"));
        if (!exists) {
            out << "building " << articleCount << " articles with tokenize='" << tokenizer << "' in " << path
                << Qt::endl;
            if (!build(db, tokenizer, articleCount, corpus, &stats, &names))
                return 1;
            out << "built in " << QString::number(stats.seconds, 'f', 1) << " s" << Qt::endl;
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT key, value FROM bench_meta"));
            while (q.next())
                (q.value(0).toString() == QLatin1String("raw") ? stats.rawTextBytes : stats.bodyBytes) =
                    q.value(1).toLongLong();
            q.exec(QStringLiteral("SELECT count(*) FROM articles"));
            q.next();
            articleCount = q.value(0).toInt();
            // Regenerate the same reporter names the build used, for the rare-word queries.
            QRandomGenerator rng(20240428);
            q.exec(QStringLiteral("SELECT body FROM articles WHERE id <= 5000"));
            while (q.next()) {
                const QString body = q.value(0).toString();
                const int open = body.indexOf(QStringLiteral("记者")), close = body.indexOf(QChar(0xFF09));
                if (open >= 0 && close > open)
                    names << body.mid(open + 2, close - open - 2);
            }
        }
        if (optimize) {
            QElapsedTimer t;
            t.start();
            exec(db, QStringLiteral("INSERT INTO article_fts(article_fts) VALUES('optimize')"));
            out << "optimize: " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
        }
        exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"))) {
            out << "space by table/index:" << Qt::endl;
            while (q.next())
                out << "  " << q.value(0).toString() << ": "
                    << QString::number(q.value(1).toLongLong() / 1048576.0, 'f', 1) << " MB" << Qt::endl;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("build"));

    const qint64 fileBytes = QFileInfo(path).size();
    out << "articles: " << articleCount << ", raw text "
        << QString::number(stats.rawTextBytes / 1048576.0, 'f', 1) << " MB, headline+body text "
        << QString::number(stats.bodyBytes / 1048576.0, 'f', 1) << " MB" << Qt::endl;
    out << "file: " << QString::number(fileBytes / 1048576.0, 'f', 1) << " MB = "
        << QString::number(double(fileBytes) / double(std::max<qint64>(1, stats.rawTextBytes)), 'f', 2)
        << "x raw text" << Qt::endl;

    // Queries: common words of the sample vocabulary, words drawn uniformly from it, and rare names.
    QHash<QString, int> bigramCount;
    QHash<QString, int> charCount;
    for (const QString &p : corpus.paragraphs) {
        for (qsizetype k = 0; k + 1 < p.size(); ++k) {
            if (isCjkIdeograph(p.at(k).unicode()) && isCjkIdeograph(p.at(k + 1).unicode()))
                ++bigramCount[p.mid(k, 2)];
            if (isCjkIdeograph(p.at(k).unicode()))
                ++charCount[p.mid(k, 1)];
        }
    }
    QList<QPair<int, QString>> byFrequency;
    for (auto it = bigramCount.cbegin(); it != bigramCount.cend(); ++it)
        byFrequency.append({it.value(), it.key()});
    std::sort(byFrequency.begin(), byFrequency.end(), std::greater<>());
    QRandomGenerator rng(7);
    struct Query
    {
        QString text;
        QString kind;
    };
    QList<Query> twoChar;
    for (int k = 0; k < queryCount; ++k) {
        switch (k % 3) {
        case 0: // common: from the 100 most frequent bigrams
            twoChar.append(
                {byFrequency.at(rng.bounded(int(std::min<qsizetype>(100, byFrequency.size())))).second,
                 QStringLiteral("common")});
            break;
        case 1:
            twoChar.append(
                {byFrequency.at(rng.bounded(int(byFrequency.size()))).second, QStringLiteral("vocab")});
            break;
        default: {
            const QString name =
                names.isEmpty() ? QStringLiteral("赵根") : names.at(rng.bounded(int(names.size())));
            twoChar.append({name.right(2), QStringLiteral("rare")});
        }
        }
    }
    QList<QPair<int, QString>> charsByFrequency;
    for (auto it = charCount.cbegin(); it != charCount.cend(); ++it)
        charsByFrequency.append({it.value(), it.key()});
    std::sort(charsByFrequency.begin(), charsByFrequency.end(), std::greater<>());
    QList<Query> oneChar;
    for (int k = 0; k < oneCharCount; ++k)
        oneChar.append(
            {k % 2 ? charsByFrequency.at(rng.bounded(int(std::min<qsizetype>(30, charsByFrequency.size()))))
                         .second
                   : charsByFrequency.at(rng.bounded(int(charsByFrequency.size()))).second,
             k % 2 ? QStringLiteral("common") : QStringLiteral("vocab")});

    QElapsedTimer openTimer;
    openTimer.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("query"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QString error;
    registerCjkTokenizer(db, &error);
    exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(db, QStringLiteral("PRAGMA busy_timeout=5000"));
    exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!mmapBytes.isEmpty())
        exec(db, QStringLiteral("PRAGMA mmap_size=%1").arg(mmapBytes));
    if (!cacheKib.isEmpty())
        exec(db, QStringLiteral("PRAGMA cache_size=%1").arg(cacheKib));
    if (!setupSql.isEmpty())
        exec(db, setupSql);
    {
        QSqlQuery first(db);
        first.exec(QStringLiteral("SELECT count(*) FROM papers"));
    }
    const double openMs = openTimer.nsecsElapsed() / 1e6;
    out << "open (connect + pragmas + tokenizer + first query): " << ms(openMs) << Qt::endl;

    const bool bigramsOnly = tokenizer.contains(QLatin1String("bigrams"));
    auto run = [&](const QList<Query> &queries, const QString &label, bool exactTotal) {
        QHash<QString, QList<double>> byKind;
        QList<double> all, cpu;
        qint64 totalHits = 0;
        for (const Query &query : queries) {
            // As the first query of its kind: no count or ids remembered from an earlier one.
            if (SearchCache *cache = SearchCache::of(db))
                cache->forgetResults();
            const double cpuBefore = threadCpuMs();
            QElapsedTimer t;
            t.start();
            if (rawSql) {
                QSqlQuery q(db);
                q.prepare(customSql.isEmpty()
                              ? QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts "
                                               "MATCH ? ORDER BY rank LIMIT 50")
                              : customSql);
                q.addBindValue(QLatin1Char('"') + query.text + QLatin1Char('"') +
                               (bigramsOnly && query.text.size() == 1 ? QStringLiteral("*") : QString()));
                q.exec();
                while (q.next())
                    ++totalHits;
            } else {
                SearchRequest request;
                request.query = query.text;
                request.limit = limit;
                request.exactTotal = exactTotal;
                const SearchResults results = search(db, request);
                if (!results.error.isEmpty())
                    out << query.text << ": " << results.error << Qt::endl;
                totalHits += results.total;
            }
            const double elapsed = t.nsecsElapsed() / 1e6;
            byKind[query.kind].append(elapsed);
            all.append(elapsed);
            cpu.append(threadCpuMs() - cpuBefore);
        }
        out << label << " (first " << limit << " results): " << queries.size() << " queries, median " << ms(percentile(all, 0.5)) << ", p99 "
            << ms(percentile(all, 0.99)) << ", max " << ms(percentile(all, 1.0)) << " (" << totalHits
            << " hits)" << Qt::endl;
        // On a shared machine the wall clock counts the time other processes had the core; the thread's
        // CPU time does not (nor does it count waiting for the disk).
        out << "    CPU time: median " << ms(percentile(cpu, 0.5)) << ", p99 " << ms(percentile(cpu, 0.99))
            << "; load average " << loadAverage() << Qt::endl;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            out << "    " << it.key() << ": median " << ms(percentile(it.value(), 0.5)) << ", p99 "
                << ms(percentile(it.value(), 0.99)) << Qt::endl;
    };
    {
        // The first search of a process builds the ICU transliterator that folds traditional characters
        // (about 250 ms once); timed on its own, not with the queries.
        QElapsedTimer t;
        t.start();
        SearchRequest first;
        first.query = QStringLiteral("發展");
        search(db, first);
        out << "first search of the process (builds the variant folding): " << ms(t.nsecsElapsed() / 1e6)
            << Qt::endl;
    }
    // As the window's results list asks (its count comes from the overview, timed below as the summary), and
    // with the exact count kanbao-cli search prints.
    run(twoChar, QStringLiteral("2-char, results list (count from the overview)"), false);
    run(twoChar, QStringLiteral("2-char with exact count"), true);
    run(oneChar, QStringLiteral("1-char with exact count"), true);
    if (overview) {
        // Over the whole result set of each 2-character query: hits over time and facets (issue 15's bars:
        // histogram <= 50 ms, facets <= 100 ms at 500,000 articles), and the summary the window shows (count,
        // facets and histogram from one pass). The connection's article columns are loaded once, before: that
        // load is timed on its own (the window's background reader pays it once per library change).
        if (overviewPath != OverviewPath::Joins) {
            QElapsedTimer t;
            t.start();
            SearchRequest first;
            first.query = twoChar.value(0).text;
            searchFacets(db, first, 20, OverviewPath::Columns);
            out << "article columns loaded (with the first query's facets): " << ms(t.nsecsElapsed() / 1e6)
                << Qt::endl;
        }
        // Each timed as the first query of its kind: the ids of earlier matches are forgotten before.
        SearchCache *cache = SearchCache::of(db);
        QList<double> histogramMs, facetsMs, summaryMs, kwicMs, histogramCpu, facetsCpu, summaryCpu;
        // Times `f` as wall clock and thread CPU time.
        const auto timed = [](QList<double> *wall, QList<double> *cpu, const auto &f) {
            const double cpuBefore = threadCpuMs();
            QElapsedTimer t;
            t.start();
            f();
            wall->append(t.nsecsElapsed() / 1e6);
            if (cpu)
                cpu->append(threadCpuMs() - cpuBefore);
        };
        for (const Query &query : twoChar) {
            SearchRequest request;
            request.query = query.text;
            QString errors;
            cache->forgetResults();
            timed(&histogramMs, &histogramCpu,
                  [&] { errors += searchHistogram(db, request, HistogramUnit::Month, overviewPath).error; });
            cache->forgetResults();
            timed(&facetsMs, &facetsCpu, [&] { errors += searchFacets(db, request, 20, overviewPath).error; });
            cache->forgetResults();
            timed(&summaryMs, &summaryCpu, [&] {
                errors += searchSummary(db, request, HistogramUnit::Month, 20, overviewPath).error;
            });
            request.limit = 50;
            timed(&kwicMs, nullptr, [&] { errors += searchKwic(db, request, 20).error; });
            if (!errors.isEmpty())
                out << query.text << ": " << errors << Qt::endl;
        }
        const auto report = [](const QString &label, const QList<double> &wall, const QList<double> &cpu) {
            out << label << ": median " << ms(percentile(wall, 0.5)) << ", p99 " << ms(percentile(wall, 0.99));
            if (!cpu.isEmpty())
                out << " (CPU median " << ms(percentile(cpu, 0.5)) << ", p99 " << ms(percentile(cpu, 0.99)) << ")";
            out << Qt::endl;
        };
        report(QStringLiteral("histogram by month"), histogramMs, histogramCpu);
        report(QStringLiteral("facets"), facetsMs, facetsCpu);
        report(QStringLiteral("summary (count + facets + histogram, one pass)"), summaryMs, summaryCpu);
        report(QStringLiteral("concordance (50 articles, 20 characters)"), kwicMs, {});
        out << "load average " << loadAverage() << Qt::endl;
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("query"));
    return 0;
}
