#include "library/fts/cjktokenizer.h"

#include "text/chinesevariants.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <unicode/uchar.h>
#include <vector>

namespace kanbao {

namespace {

// Tokens longer than this are junk (a base64 blob, a run of digits from a table); FTS5 copes, but they
// only bloat the index. The document offsets still cover the whole word.
constexpr int MaxWordBytes = 64;

// Decodes one UTF-8 sequence at s[i]. Malformed bytes come out as U+FFFD of length 1, which the
// tokenizer treats as a separator, so bad input can never make it read out of bounds or loop.
inline int decodeUtf8(const unsigned char *s, int n, int i, char32_t *cp)
{
    const unsigned char c = s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len = 0;
    char32_t value = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        value = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        value = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        value = c & 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (i + len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (int k = 1; k < len; ++k) {
        const unsigned char cc = s[i + k];
        if ((cc & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        value = (value << 6) | (cc & 0x3F);
    }
    static constexpr char32_t minimum[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < minimum[len] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = value;
    return len;
}

inline void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Full-width ASCII (common in Chinese typesetting: ＧＳＰ，２０２４) and the ideographic space fold to ASCII.
inline char32_t foldWidth(char32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return cp - 0xFEE0;
    if (cp == 0x3000)
        return U' ';
    return cp;
}

inline bool isAsciiDigit(char32_t cp)
{
    return cp >= U'0' && cp <= U'9';
}

inline bool isWordChar(char32_t cp)
{
    if (cp < 0x80)
        return isAsciiDigit(cp) || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z');
    if (isCjkIdeograph(cp) || cp == 0xFFFD)
        return false;
    return u_isalnum(UChar32(cp)) || u_charType(UChar32(cp)) == U_NON_SPACING_MARK;
}

inline char32_t lower(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= U'A' && cp <= U'Z') ? cp + 32 : cp;
    return char32_t(u_tolower(UChar32(cp)));
}

inline bool isSpace(char32_t cp)
{
    return cp == U' ' || cp == U'\n' || cp == U'\t' || cp == U'\r' || cp == 0x00A0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200B);
}

// Whether anything after byte i would produce a token.
inline bool hasTokenAfter(const unsigned char *s, int n, int i)
{
    while (i < n) {
        char32_t cp = 0;
        const int len = decodeUtf8(s, n, i, &cp);
        cp = foldWidth(cp);
        if (isCjkIdeograph(cp) || isWordChar(cp))
            return true;
        i += len;
    }
    return false;
}

// Calls sink(token, tokenBytes, startByte, endByte, colocated) for every token of the UTF-8 text;
// stops early when sink returns non-zero and returns that value.
template <typename Emit>
int tokenizeUtf8(const char *text, int n, bool queryMode, CjkIndexing indexing, Emit &&sink)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    std::string word;
    std::string gram;
    struct CharSpan
    {
        int start;
        int end;
        char32_t folded; // the ideograph as indexed: traditional forms folded to simplified
    };
    std::vector<CharSpan> run;
    int i = 0;
    while (i < n) {
        char32_t raw = 0;
        const int len = decodeUtf8(s, n, i, &raw);
        const char32_t cp = foldWidth(raw);
        if (isCjkIdeograph(cp)) {
            run.clear();
            run.push_back({i, i + len, foldChineseVariant(cp)});
            int j = i + len;
            while (j < n) {
                char32_t next = 0;
                const int nextLen = decodeUtf8(s, n, j, &next);
                if (isCjkIdeograph(next)) {
                    run.push_back({j, j + nextLen, foldChineseVariant(next)});
                    j += nextLen;
                    continue;
                }
                if (!isSpace(foldWidth(next)))
                    break;
                // Whitespace continues the run only when another ideograph follows it.
                int k = j + nextLen;
                char32_t after = 0;
                int afterLen = 0;
                while (k < n) {
                    afterLen = decodeUtf8(s, n, k, &after);
                    if (!isSpace(foldWidth(after)))
                        break;
                    k += afterLen;
                }
                if (k >= n || !isCjkIdeograph(after))
                    break;
                j = k;
            }
            i = run.back().end;
            const int m = int(run.size());
            // Tokens carry the folded characters (呂 and 吕 index alike); offsets stay on the original bytes.
            auto chars = [&](int a, int b) {
                gram.clear();
                appendUtf8(gram, run[a].folded);
                if (b != a)
                    appendUtf8(gram, run[b].folded);
            };
            if (queryMode) {
                if (m == 1) {
                    chars(0, 0);
                    if (int rc = sink(gram, run[0].start, run[0].end, false))
                        return rc;
                } else {
                    for (int k = 0; k + 1 < m; ++k) {
                        chars(k, k + 1);
                        if (int rc = sink(gram, run[k].start, run[k + 1].end, false))
                            return rc;
                    }
                    // With unigrams indexed, a run of m ideographs spans m positions in a document but its
                    // bigram chain only m - 1, so a phrase that goes on after the run (吕沛2024) needs the
                    // last ideograph too, to keep the following token at the right distance. A query that
                    // ends with the run does not pay for the extra (usually long) unigram doclist.
                    if (indexing == CjkIndexing::UnigramsAndBigrams && hasTokenAfter(s, n, i)) {
                        chars(m - 1, m - 1);
                        if (int rc = sink(gram, run[m - 1].start, run[m - 1].end, false))
                            return rc;
                    }
                }
            } else if (indexing == CjkIndexing::UnigramsAndBigrams) {
                for (int k = 0; k < m; ++k) {
                    chars(k, k);
                    if (int rc = sink(gram, run[k].start, run[k].end, false))
                        return rc;
                    if (k + 1 < m) {
                        chars(k, k + 1);
                        if (int rc = sink(gram, run[k].start, run[k + 1].end, true))
                            return rc;
                    }
                }
            } else {
                for (int k = 0; k + 1 < m; ++k) {
                    chars(k, k + 1);
                    if (int rc = sink(gram, run[k].start, run[k + 1].end, false))
                        return rc;
                }
                chars(m - 1, m - 1);
                if (int rc = sink(gram, run[m - 1].start, run[m - 1].end, m > 1))
                    return rc;
            }
            continue;
        }
        if (isWordChar(cp)) {
            const int start = i;
            word.clear();
            appendUtf8(word, lower(cp));
            bool lastDigit = isAsciiDigit(cp);
            i += len;
            while (i < n) {
                char32_t next = 0;
                const int nextLen = decodeUtf8(s, n, i, &next);
                const char32_t f = foldWidth(next);
                if (isWordChar(f)) {
                    if (word.size() < size_t(MaxWordBytes))
                        appendUtf8(word, lower(f));
                    lastDigit = isAsciiDigit(f);
                    i += nextLen;
                    continue;
                }
                if (f == U'.' && lastDigit && i + nextLen < n) {
                    char32_t after = 0;
                    const int afterLen = decodeUtf8(s, n, i + nextLen, &after);
                    if (isAsciiDigit(foldWidth(after))) {
                        if (word.size() < size_t(MaxWordBytes))
                            word += '.';
                        i += nextLen;
                        (void)afterLen;
                        continue;
                    }
                }
                break;
            }
            if (int rc = sink(word, start, i, false))
                return rc;
            continue;
        }
        i += len;
    }
    return 0;
}

// ---- FTS5 glue -------------------------------------------------------------------------------------

struct TokenizerInstance
{
    CjkIndexing indexing = DefaultCjkIndexing;
};

int xCreate(void *, const char **azArg, int nArg, Fts5Tokenizer **ppOut)
{
    auto *instance = new TokenizerInstance;
    for (int k = 0; k < nArg; ++k) {
        if (std::strcmp(azArg[k], "unigrams") == 0) {
            instance->indexing = CjkIndexing::UnigramsAndBigrams;
        } else if (std::strcmp(azArg[k], "bigrams") == 0) {
            instance->indexing = CjkIndexing::BigramsOnly;
        } else {
            delete instance;
            return SQLITE_ERROR;
        }
    }
    *ppOut = reinterpret_cast<Fts5Tokenizer *>(instance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<TokenizerInstance *>(tokenizer);
}

int xTokenize(Fts5Tokenizer *tokenizer, void *ctx, int flags, const char *text, int nText,
              int (*xToken)(void *, int, const char *, int, int, int))
{
    const auto *instance = reinterpret_cast<const TokenizerInstance *>(tokenizer);
    if (!text || nText <= 0)
        return SQLITE_OK;
    const bool queryMode = (flags & FTS5_TOKENIZE_QUERY) != 0;
    return tokenizeUtf8(text, nText, queryMode, instance->indexing,
                        [&](const std::string &token, int start, int end, bool colocated) {
                            return xToken(ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, token.data(),
                                          int(token.size()), start, end);
                        });
}

// ---- Ranking ------------------------------------------------------------------------------------------

// Every document's length in tokens (all columns), by rowid, for kanbao_rank. FTS5's xColumnSize reads
// the row's docsize record through a statement of its own, which for the 2,000 rows search() ranks cost
// about 90% of the ranking (bench_search: 12 ms of 13 at 100,000 articles); read once per library state
// instead (about 20 ms per 100,000 articles) and kept with the connection.
struct DocumentLengths
{
    sqlite3 *db = nullptr;
    qint64 dataVersion = -1, totalChanges = -1;
    std::shared_ptr<const std::vector<quint32>> lengths;
};

// Below this many documents the docsize lookups cost less than reading every length.
constexpr sqlite3_int64 LengthsFromMemoryAbove = 20000;

void deleteDocumentLengths(void *p)
{
    delete static_cast<DocumentLengths *>(p);
}

// The lengths for the library as it is now (read again after any change); null when they cannot be read.
std::shared_ptr<const std::vector<quint32>> currentLengths(DocumentLengths *cache)
{
    sqlite3 *db = cache->db;
    qint64 version = -1;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    const qint64 changes = sqlite3_total_changes64(db);
    if (version < 0)
        return nullptr;
    if (cache->lengths && version == cache->dataVersion && changes == cache->totalChanges)
        return cache->lengths;
    cache->lengths.reset();
    cache->dataVersion = version;
    cache->totalChanges = changes;
    auto lengths = std::make_shared<std::vector<quint32>>();
    if (sqlite3_prepare_v2(db, "SELECT id, sz FROM article_fts_docsize", -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return nullptr;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const sqlite3_int64 id = sqlite3_column_int64(stmt, 0);
        const auto *sz = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, 1));
        const int bytes = sqlite3_column_bytes(stmt, 1);
        if (id < 0 || id > 100'000'000)
            continue;
        // The record: one varint per column (7 bits per byte, high bit set on all but the last byte).
        quint64 total = 0, value = 0;
        int shift = 0;
        for (int k = 0; k < bytes && sz; ++k) {
            value |= quint64(sz[k] & 0x7f) << shift;
            shift += 7;
            if ((sz[k] & 0x80) == 0 || shift > 56) {
                total += value;
                value = 0;
                shift = 0;
            }
        }
        if (size_t(id) >= lengths->size())
            lengths->resize(size_t(id) + 1 + lengths->size() / 2, 0);
        (*lengths)[size_t(id)] = quint32(std::min<quint64>(total, 0xffffffffu));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return nullptr;
    cache->lengths = lengths;
    return lengths;
}

// What kanbao_rank needs once per query rather than once per row.
struct RankQueryData
{
    double averageLength = 1;
    std::vector<double> idf; // per phrase
    std::shared_ptr<const std::vector<quint32>> lengths; // null: xColumnSize per row
};

void deleteRankQueryData(void *p)
{
    delete static_cast<RankQueryData *>(p);
}

// kanbao_rank(table, weight_col0, weight_col1, ..., 'docs_phrase0,docs_phrase1,...'): FTS5's bm25
// (k1 = 1.2, b = 0.75, same sign: lower is better) with the per-phrase document counts supplied by the
// caller instead of measured. The built-in bm25 walks every phrase's whole doclist once per query to count
// the documents containing it, which for a word found in half the archive costs more than ranking the
// rows actually wanted; the caller knows those counts already (capped, which only flattens the weight of
// very common words, as their IDF is near zero anyway). A missing count gives the phrase IDF 1.
void kanbaoRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int nVal,
                sqlite3_value **apVal)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    auto *data = static_cast<RankQueryData *>(api->xGetAuxdata(fts, 0));
    if (!data) {
        data = new RankQueryData;
        sqlite3_int64 rows = 0, tokens = 0;
        api->xRowCount(fts, &rows);
        api->xColumnTotalSize(fts, -1, &tokens);
        data->averageLength = rows > 0 ? std::max(1.0, double(tokens) / double(rows)) : 1.0;
        if (rows > LengthsFromMemoryAbove)
            if (auto *cache = static_cast<DocumentLengths *>(api->xUserData(fts)))
                data->lengths = currentLengths(cache);
        data->idf.assign(size_t(phrases), 1.0);
        // The counts come as one text argument ("12,3,40"): one argument per phrase would exceed SQLite's
        // limit on function arguments for a query of many words.
        const QByteArray counts = columns < nVal && sqlite3_value_type(apVal[columns]) == SQLITE_TEXT
            ? QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(apVal[columns])),
                         sqlite3_value_bytes(apVal[columns]))
            : QByteArray();
        const QList<QByteArray> perPhrase = counts.split(',');
        const double total = double(std::max<sqlite3_int64>(rows, 1));
        for (int i = 0; i < phrases && i < perPhrase.size(); ++i) {
            bool ok = false;
            const double n = perPhrase.at(i).toDouble(&ok);
            if (!ok)
                continue;
            double idf = std::log((total - n + 0.5) / (n + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            data->idf[size_t(i)] = idf;
        }
        if (api->xSetAuxdata(fts, data, deleteRankQueryData) != SQLITE_OK) {
            sqlite3_result_error_code(result, SQLITE_NOMEM);
            return;
        }
    }
    int length = 0;
    const sqlite3_int64 rowid = data->lengths ? api->xRowid(fts) : -1;
    if (rowid >= 0 && size_t(rowid) < data->lengths->size() && (*data->lengths)[size_t(rowid)] > 0)
        length = int((*data->lengths)[size_t(rowid)]);
    else if (api->xColumnSize(fts, -1, &length) != SQLITE_OK)
        length = int(data->averageLength);
    constexpr double k1 = 1.2, b = 0.75;
    const double norm = k1 * (1 - b + b * double(length) / data->averageLength);
    double score = 0;
    for (int i = 0; i < phrases; ++i) {
        Fts5PhraseIter iter;
        int column = 0, offset = 0;
        double tf = 0;
        if (api->xPhraseFirst(fts, i, &iter, &column, &offset) != SQLITE_OK)
            continue;
        for (; column >= 0; api->xPhraseNext(fts, &iter, &column, &offset))
            tf += column < nVal ? sqlite3_value_double(apVal[column]) : 1.0;
        if (tf > 0)
            score += data->idf[size_t(i)] * tf * (k1 + 1) / (tf + norm);
    }
    sqlite3_result_double(result, -score);
}

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool isCjkIdeograph(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F) || cp == 0x3007;
}

bool registerCjkTokenizer(QSqlDatabase &db, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!db.isOpen())
        return fail(QCoreApplication::translate("kanbao::Library", "The database connection is not open."));
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(QCoreApplication::translate("kanbao::Library",
                                                "The database connection is not an SQLite connection."));
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!sqlite)
        return fail(QCoreApplication::translate("kanbao::Library", "The database connection is not open."));
    fts5_api *api = fts5ApiOf(sqlite);
    if (!api || api->iVersion < 2)
        return fail(QCoreApplication::translate("kanbao::Library",
                                                "This SQLite library has no full-text search (FTS5)."));
    auto *lengths = new DocumentLengths;
    lengths->db = sqlite;
    // FTS5 frees the lengths with the connection; not when the registration fails.
    if (api->xCreateFunction(api, "kanbao_rank", lengths, kanbaoRank, deleteDocumentLengths) != SQLITE_OK) {
        delete lengths;
        return fail(QCoreApplication::translate("kanbao::Library",
                                                "Could not register the full-text ranking function: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(sqlite))));
    }
    fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, "kanbao_cjk", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return fail(QCoreApplication::translate("kanbao::Library",
                                                "Could not register the Chinese full-text tokenizer: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(sqlite))));
    return true;
}

void cjkTokenizeUtf8(std::string_view utf8, CjkTokenizeMode mode, CjkIndexing indexing,
                     const CjkTokenSink &sink)
{
    tokenizeUtf8(utf8.data(), int(utf8.size()), mode == CjkTokenizeMode::Query, indexing,
                 [&](const std::string &token, int start, int end, bool colocated) {
                     sink(std::string_view(token), start, end, colocated);
                     return 0;
                 });
}

QList<CjkToken> cjkTokenize(const QString &text, CjkTokenizeMode mode, CjkIndexing indexing)
{
    const QByteArray utf8 = text.toUtf8();
    // Byte offset -> UTF-16 offset, so C++ callers get offsets they can use on the QString.
    std::vector<int> utf16At(size_t(utf8.size()) + 1, 0);
    {
        int b = 0;
        int u = 0;
        const auto *s = reinterpret_cast<const unsigned char *>(utf8.constData());
        while (b < utf8.size()) {
            char32_t cp = 0;
            const int len = decodeUtf8(s, int(utf8.size()), b, &cp);
            for (int k = 0; k < len; ++k)
                utf16At[size_t(b + k)] = u;
            b += len;
            u += cp >= 0x10000 ? 2 : 1;
        }
        utf16At[size_t(utf8.size())] = u;
    }
    QList<CjkToken> tokens;
    tokenizeUtf8(utf8.constData(), int(utf8.size()), mode == CjkTokenizeMode::Query, indexing,
                 [&](const std::string &token, int start, int end, bool colocated) {
                     tokens.append({QString::fromUtf8(token.data(), qsizetype(token.size())),
                                    utf16At[size_t(start)], utf16At[size_t(end)], colocated});
                     return 0;
                 });
    return tokens;
}

} // namespace kanbao
