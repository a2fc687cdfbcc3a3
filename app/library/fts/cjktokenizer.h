#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <string_view>

namespace kanbao {

// The FTS5 tokenizer "kanbao_cjk" for Chinese newspaper text.
//
// Latin letters and digits form lower-cased words; a '.' between digits stays inside the word so that
// 1427.97 is one token. Full-width ASCII (ＧＳＰ，２０２４) folds to ASCII first. Punctuation and symbols
// separate tokens. Whitespace separates Latin words, but between two CJK ideographs it is ignored: Chinese
// puts no spaces between words, so a space or line break inside a run of ideographs is a layout artefact
// of PDF extraction or reflow, and a phrase must still be found across it.
//
// A run of ideographs is indexed as overlapping bigrams (see CjkIndexing). A query run of two or more
// ideographs becomes its chain of bigrams, which FTS5 matches as a phrase, so 吕沛 finds exactly 吕沛 and
// never 吕…沛 apart; a lone ideograph (李) is a prefix query over the bigrams starting with it, so it never
// finds 杨.
enum class CjkIndexing
{
    // Every ideograph as a unigram, and the bigram starting at it at the same position (colocated).
    // One-character queries read one doclist, but the index is about 1.6x the text it covers
    // (bench_search: 58.6 MB for 35.6 MB of text, body column first), too big for the library's 3x
    // budget next to the stored text.
    UnigramsAndBigrams,
    // Only the bigrams; the last ideograph of a run is also indexed as a unigram colocated with the last
    // bigram, so every ideograph starts some token. One-character queries must then be prefix queries
    // (李*), which FTS5 answers by merging the doclists of every bigram starting with 李: slower for very
    // common characters, but the index is about 1.0x the text (36.2 MB for 35.6 MB).
    BigramsOnly,
};

// What "kanbao_cjk" does when the table gives it no argument; "kanbao_cjk unigrams" or
// "kanbao_cjk bigrams" pick one explicitly (the benchmark compares them). Changing the default needs an
// index rebuild ('rebuild' command), since queries are tokenized the new way.
inline constexpr CjkIndexing DefaultCjkIndexing = CjkIndexing::BigramsOnly;

// Registers "kanbao_cjk" on the connection, and the FTS5 ranking function kanbao_rank(article_fts,
// column weights..., 'documents containing each phrase, comma-separated') that search() uses (bm25
// without its per-query scan of every matching document). Must run on every connection before article_fts is touched
// (FTS5 tokenizers are per connection). Returns false with *error set when the connection is not an
// open SQLite connection or its SQLite lacks FTS5.
bool registerCjkTokenizer(QSqlDatabase &db, QString *error);

// The same tokenizer, for C++ callers (highlighting, tests). Offsets are UTF-16 code units into `text`,
// half-open.
struct CjkToken
{
    QString text;
    int start = 0;
    int end = 0;
    bool colocated = false; // at the same position as the previous token
    bool operator==(const CjkToken &) const = default;
};

enum class CjkTokenizeMode
{
    Document,
    Query
};

QList<CjkToken> cjkTokenize(const QString &text, CjkTokenizeMode mode,
                            CjkIndexing indexing = DefaultCjkIndexing);

// The low-level form, for callers that tokenize a lot of text: UTF-8 in, byte offsets out. The token view
// is valid only during the call.
using CjkTokenSink = std::function<void(std::string_view token, int startByte, int endByte, bool colocated)>;
void cjkTokenizeUtf8(std::string_view utf8, CjkTokenizeMode mode, CjkIndexing indexing,
                     const CjkTokenSink &sink);

// True for the code points the tokenizer treats as Chinese ideographs (CJK Unified Ideographs, extensions,
// compatibility ideographs, and 〇 which newspapers use in dates such as 二〇二四).
bool isCjkIdeograph(char32_t cp);

} // namespace kanbao
