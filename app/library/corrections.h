#pragma once

#include "library/librarywriter.h"
#include "model/article.h"
#include "text/anchor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace kanbao {

class Library;

// What the reader corrected on a page. The layout kinds change how the page was cut into articles or what
// an article's headline is; the page kinds change where the page stands (paper, date).
enum class CorrectionKind
{
    SplitBefore,   // a new article starts at the anchored phrase; the first part keeps the id
    MergeNext,     // the anchored article and the next one are one; the first keeps the id
    Headline,      // the anchored article's headline is the argument
    Kicker,        // the anchored article's kicker (引题) is the argument
    NotArticle,    // the anchored item is no article (advertisement, page furniture): hidden, not deleted
    MergePrevious, // the anchored article and the previous one are one; the previous keeps the id
    Subheadline,   // the anchored article's subheadline (副题) is the argument
    // The paragraph holding the anchored phrase (a line of the body) is the article's kicker, headline or
    // subheadline; what stood there before goes back into the body in its place, so no text is lost.
    LineAsKicker,
    LineAsHeadline,
    LineAsSubheadline,
    Byline,         // the anchored article's byline names and roles are the argument (see parseBylineText)
    MoveToPrevious, // the paragraph holding the anchored phrase ends the previous article
    MoveToNext,     // the paragraph holding the anchored phrase starts the next article
    Paper,          // the page belongs to the paper named by the argument
    Date,           // the page belongs to the issue of the argument's date (YYYY-MM-DD); confirms a guessed date
    PageLabel,      // the page's label (A03) is the argument; empty: none
    Section,        // the page's section (温县新闻) is the argument; empty: none
};

QString correctionKindName(CorrectionKind kind); // "split-before", "merge-next", ...
std::optional<CorrectionKind> correctionKindFromName(QStringView name);
bool isPageCorrection(CorrectionKind kind); // paper, date, label, section: not anchored to text
// Whether the argument is a phrase of the article that anchors the correction (split, line-as, move) rather
// than a text to set.
bool isPhraseCorrection(CorrectionKind kind);

// An article's byline as the reader types it: groups separated by '；' (or ';', a line break), each a role
// word (记者, 通讯员, 作者, 摄影) and the names it credits separated by '、', '，' or spaces:
// "记者 张三、李四；通讯员 王五". Names before any role word are the authors'. Empty text: no byline.
struct BylineNames
{
    QStringList reporters;
    QStringList correspondents;
    QStringList authors;
    QStringList photographers;

    bool operator==(const BylineNames &) const = default;
};
// nullopt (and `error` says why) when a piece is neither a role word nor a name.
std::optional<BylineNames> parseBylineText(const QString &text, QString *error = nullptr);
// The article's byline in the form parseBylineText reads, roles in a fixed order.
QString bylineText(const BylineNames &names);
BylineNames bylineNamesOf(const Article &article);

enum class CorrectionState
{
    Applied,
    NoLongerApplies
};

QString correctionStateName(CorrectionState state); // "applied", "no longer applies"

// One stored correction. A layout correction is anchored in the page's article text (pageArticleText) the
// way an annotation is anchored in its article, so it is found again when the file is imported again and
// the articles are rebuilt, even cut differently.
struct Correction
{
    qint64 id = 0;
    qint64 pageId = 0;
    CorrectionKind kind = CorrectionKind::Headline;
    AnchorQuote anchor; // empty for page corrections
    QString argument;   // the phrase's text for a split, the headline, kicker, paper name or date
    QDateTime createdAt;
    CorrectionState state = CorrectionState::Applied;
    // Where it is, for listings.
    QString sourcePath;
    int sourceIndex = 0;
};

// The text layout corrections are anchored in: every paragraph of every article of the page (hidden ones
// too), in reading order, one a line. Splitting or merging articles at paragraphs leaves it as it was (a
// split inside a paragraph adds one line break), so the anchors of earlier corrections stay valid through
// later ones.
QString pageArticleText(const QList<Article> &articles);

// What applying a layout correction did to a page's list of articles, so a caller keeping a parallel list
// (of article ids) follows: an article inserted at `insertedAt` (a split), removed at `removedAt` (a merge).
struct LayoutChange
{
    enum Outcome
    {
        Applied,
        AlreadySo,         // nothing to do: the article already starts there, already has that headline
        NotFound,          // the anchored text is not on the page: the correction no longer applies
        NoNextArticle,     // a merge of the page's last article, a move out of it to the next
        NoPreviousArticle, // a merge of the page's first article, a move out of it to the previous
        OnlyParagraph,     // a move of an article's only paragraph (that is a merge) or a line-as of it
        BadArgument,       // a byline that parseBylineText refuses
    };
    Outcome outcome = NotFound;
    int article = -1; // the article corrected (the first part of a split, the merged one)
    int insertedAt = -1;
    int removedAt = -1;
};

// Applies a layout correction to a page's articles: the one place that does it, used when the reader
// corrects a stored page and when a file is imported again. Entity mentions follow their text (paragraph
// and offset shifted); a merge keeps the second article's headline lines as paragraphs so no text is lost.
LayoutChange applyLayoutCorrection(QList<Article> &articles, const Correction &correction);

// Applies a page correction (paper, date, label, section) to where the page stands.
void applyPageCorrection(PagePlacement &placement, const Correction &correction);

// A page as stored: its articles with their ids (0: not stored yet) and where it stands. What a correction
// changes, and what undoing it puts back.
struct PageState
{
    qint64 pageId = 0;
    QString sourcePath;
    int sourceIndex = 0;
    QList<qint64> articleIds;
    QList<Article> articles;
    PagePlacement placement;
};

// One metadata change asked of many pages at once (the bulk edit). A Date without an argument confirms each
// page's own date (it stops being a guess).
struct PageEdit
{
    CorrectionKind kind = CorrectionKind::Paper;
    QString argument;
};

// A bulk metadata correction: every page it changed, before and after (placement only; the articles are
// untouched), and the corrections stored for it, one per page and edit.
struct PagesChange
{
    QList<PageState> before;
    QList<PageState> after;
    QList<Correction> corrections;
};

// One run of the importer (LibraryWriter::beginImport): what it was given, when, and its pages.
struct ImportRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QStringList sources; // the folders and files it was given
    int pagesWritten = 0; // pages it wrote (0 while it runs, or when it was killed)
    int pages = 0;        // pages that still belong to it (a later import replacing a page takes it)
};

// A layout correction made on a page's articles, before it is kept anywhere: the correction (anchored in
// pageArticleText() of the articles as they were), the articles as it leaves them and what it did.
struct LayoutEdit
{
    Correction correction;
    QList<Article> after;
    LayoutChange change;
};

// A correction with the page before and after it: enough to undo and redo it exactly.
struct CorrectionChange
{
    Correction correction;
    PageState before;
    PageState after;
    int article = -1; // index into after.articles of the article corrected
};

// The only code that reads and writes corrections, and that rewrites a stored page's articles when one is
// made, undone or redone: articles, their full-text rows, mentions, tags, collections and annotations
// (re-anchored on the page's articles, never lost), the page's issue and paper. Every call is one
// transaction. On the library's connection and thread.
class CorrectionsStore
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::CorrectionsStore)

public:
    enum class Error
    {
        None,
        BadInput, // an unknown id, a phrase not on the article, nothing to correct: the library is unchanged
        Library,  // the library failed (locked, read-only, damaged)
    };

    explicit CorrectionsStore(Library &library);

    // Corrects article `articleId`: SplitBefore (argument: a phrase of the article; the new one starts
    // with the paragraph holding it, or at the phrase itself when it is in the first paragraph),
    // MergeNext, Headline and Kicker (argument: the text), NotArticle; MergePrevious, Subheadline (the text),
    // LineAs… and MoveTo… (argument: a phrase of the paragraph), Byline (parseBylineText's form; empty: none).
    // Merges and moves pass over items marked as no article: the neighbour is the one the reader sees.
    std::optional<CorrectionChange> correctArticle(qint64 articleId, CorrectionKind kind,
                                                   const QString &argument = QString());
    // The correction of article `index` of a page's articles, anchored and applied: what correctArticle()
    // does before it writes, for pages stored or not (the import wizard's preview corrects pages before they
    // are stored). `articleNumber` names the article in messages (its id, or its place in a preview).
    // nullopt, and `error` says why, when the correction cannot be made (as correctArticle's BadInput).
    static std::optional<LayoutEdit> makeLayoutCorrection(const QList<Article> &articles, int index,
                                                          CorrectionKind kind, const QString &argument,
                                                          qint64 articleNumber, QString *error = nullptr);
    // Corrects page `pageId`: Paper (argument: the name), Date (argument: YYYY-MM-DD).
    std::optional<CorrectionChange> correctPage(qint64 pageId, CorrectionKind kind, const QString &argument);

    // Corrects the metadata of many pages in one transaction (a selection, a folder, an import): every edit
    // on every page. Pages an edit leaves as they were get no correction; nothing changing at all is
    // BadInput. Renaming a paper is this on all its pages: the calendar, citations and search read the
    // page's issue and paper, so they follow at once.
    std::optional<PagesChange> correctPages(const QList<qint64> &pageIds, const QList<PageEdit> &edits);

    // Undo: the page as it was before, and the correction forgotten. Redo: the page as the correction left
    // it, the correction stored again with its id.
    bool undo(const CorrectionChange &change);
    bool redo(const CorrectionChange &change);
    bool undo(const PagesChange &change);
    bool redo(const PagesChange &change);

    // Where pages stand (no articles read): pages of the files under `folder` (recursively; the whole
    // library when empty), in file order.
    std::optional<QList<PageState>> pagesUnder(const QString &folder);
    // The pages of one issue, in page order.
    std::optional<QList<PageState>> pagesOfIssue(qint64 issueId);
    // The pages of one stored file, in file order.
    std::optional<QList<PageState>> pagesOfFile(const QString &sourcePath);
    // The pages the import `importId` wrote and no later import replaced; nullopt (BadInput) when there is
    // no such import.
    std::optional<QList<PageState>> pagesOfImport(qint64 importId);
    // Every import, oldest first.
    std::optional<QList<ImportRecord>> imports();
    // Every page of a paper (to rename it: a Paper correction on all of them).
    std::optional<QList<PageState>> pagesOfPaper(const QString &paper);
    // Every paper's name, for choosing one.
    QStringList paperNames();

    // Every correction (of one page when pageId > 0), oldest first.
    QList<Correction> corrections(qint64 pageId = 0);
    // The page an article is on; nullopt when there is no such article.
    std::optional<qint64> pageOfArticle(qint64 articleId);
    // The page's articles with their ids, hidden ones too.
    std::optional<PageState> pageState(qint64 pageId);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

private:
    std::optional<CorrectionChange> fail(Error error, const QString &message);
    bool writeChange(const PageState &state, const Correction *insert, qint64 removeId);
    // Runs `write` in one write transaction: commits when it succeeds, rolls back and records the
    // library's error when it or the commit fails.
    bool inWriteTransaction(const std::function<bool()> &write);
    bool writeChangeInTransaction(const PageState &state, const Correction *insert, qint64 removeId);
    bool writePlacement(const PageState &state);
    bool writePagesChange(const QList<PageState> &states, const QList<Correction> &insert,
                          const QList<Correction> &remove);
    std::optional<QList<PageState>> placements(const QString &where, const QVariantList &values);

    Library &m_library;
    Error m_error = Error::None;
    QString m_errorString;
};

// For the writer (librarywriter.cpp): the corrections of a stored file, read before its pages are replaced
// (sourceIndex says which page), and storing them again with the new pages. Inside the writer's transaction.
std::optional<QList<Correction>> correctionsOfFile(Library &library, const QString &sourcePath);
bool storeCorrection(Library &library, const Correction &correction);

} // namespace kanbao
