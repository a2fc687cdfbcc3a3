#include "library/librarywriter.h"

#include "library/corrections.h"
#include "library/library.h"
#include "library/storedfiles.h"
#include "model/mentionextent.h"
#include "text/anchor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <utility>

namespace kanbao {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Splits a file's text between its pages by the source lines their articles start on, so the slices
// put together are the whole file and no text is stored twice.
QStringList rawTextSlices(const QString &text, const QList<Page> &pages)
{
    QStringList slices;
    if (pages.size() <= 1)
        return {text};
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<int> starts{0};
    for (qsizetype i = 1; i < pages.size(); ++i) {
        int first = -1;
        for (const Article &a : pages.at(i).articles) {
            if (a.firstSourceLine >= 0 && (first < 0 || a.firstSourceLine < first))
                first = a.firstSourceLine;
        }
        const int previous = starts.last();
        starts.append(first > previous ? std::min(first, int(lines.size())) : previous);
    }
    starts.append(int(lines.size()));
    for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
        QString slice = lines.mid(starts.at(i), starts.at(i + 1) - starts.at(i)).join(QLatin1Char('\n'));
        if (i + 2 < starts.size() && starts.at(i + 1) > starts.at(i))
            slice += QLatin1Char('\n');
        slices.append(slice);
    }
    return slices;
}

} // namespace

QList<QByteArray> compressPageTexts(const QString &text, const QList<Page> &pages)
{
    QList<QByteArray> blobs;
    for (const QString &slice : rawTextSlices(text, pages))
        blobs.append(qCompress(slice.toUtf8()));
    return blobs;
}

namespace {

struct OldArticle
{
    qint64 id = 0;
    int sourceIndex = 0;
    int seq = 0;
    QString headline;
    QString body;
};

struct NewArticle
{
    qint64 id = 0;
    int sourceIndex = 0;
    int seq = 0;
    QString headline;
    QString body;
};


struct StoredAnnotation
{
    qint64 id = 0;
    qint64 articleId = 0; // 0: already an orphan of this file
    QString kind;
    int start = -1;
    QString quote, prefix, suffix;
    int articleSeq = -1;
    QString articleHeadline;
};

} // namespace

struct LibraryWriter::Private
{
    Library &library;
    QString failAfterArticlesPath;
    QHash<std::pair<QString, QString>, qint64> entityIds; // (type, name) -> id
    qint64 dataVersion = -1;
    // The import the pages written belong to (beginImport): recorded with the first file written, in that
    // file's transaction, so that an import writing nothing leaves the library untouched.
    bool importing = false;
    QStringList importSources;
    QString importStartedAt;
    qint64 importId = 0; // 0: not recorded yet

    QSqlQuery insertPage;
    QSqlQuery insertArticle;
    QSqlQuery insertFts;
    QSqlQuery insertEntity;
    QSqlQuery selectEntity;
    // One row a statement: multi-row VALUES lists measured slower through the Qt driver's binding.
    QSqlQuery insertMention;
    QSqlQuery insertOffice;
    bool prepared = false;

    explicit Private(Library &l) : library(l) {}

    QSqlDatabase db() const { return library.database(); }

    bool failQuery(const QSqlQuery &q)
    {
        library.describe(q.lastError());
        return false;
    }

    bool exec(QSqlQuery &q)
    {
        return q.exec() || failQuery(q);
    }

    // A file imported before from another path and moved or renamed since: the library identifies it by
    // its content (SHA-256). When the content is stored under a path that no longer holds it, the file's
    // pages, its orphaned notes and entity splits move to the new path, so that importing the moved file
    // finds its pages instead of storing each a second time (a linked file is relinked by that too).
    // A copy, whose original is still in place, is a file of its own. Returns the old path, or empty.
    std::optional<QString> adoptMovedFile(const QString &newPath, const QString &hash)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT DISTINCT source_path FROM pages WHERE content_hash = ? AND source_path <> ?"
                                 " ORDER BY source_path"));
        q.addBindValue(hash);
        q.addBindValue(newPath);
        if (!exec(q))
            return std::nullopt;
        QString oldPath;
        while (q.next() && oldPath.isEmpty()) {
            const QString candidate = q.value(0).toString();
            if (!QFileInfo::exists(candidate) || StoredFiles::hashFile(candidate) != hash)
                oldPath = candidate;
        }
        if (oldPath.isEmpty())
            return oldPath;
        for (const QString &table : {QStringLiteral("pages"), QStringLiteral("annotations"), QStringLiteral("entity_splits")}) {
            QSqlQuery move(db());
            move.prepare(QStringLiteral("UPDATE %1 SET source_path = ? WHERE source_path = ?").arg(table));
            move.addBindValue(newPath);
            move.addBindValue(oldPath);
            if (!exec(move))
                return std::nullopt;
        }
        return oldPath;
    }

    bool prepare()
    {
        if (prepared)
            return true;
        const QSqlDatabase database = db();
        insertPage = QSqlQuery(database);
        insertArticle = QSqlQuery(database);
        insertFts = QSqlQuery(database);
        insertEntity = QSqlQuery(database);
        selectEntity = QSqlQuery(database);
        insertMention = QSqlQuery(database);
        insertOffice = QSqlQuery(database);
        const std::pair<QSqlQuery *, QString> statements[] = {
            {&insertPage,
             QStringLiteral("INSERT INTO pages(issue_id, source_path, source_index, label, section, encoding,"
                            " content_hash, raw_text, imported_at, warning, import_id) VALUES(?,?,?,?,?,?,?,?,?,?,?)")},
            {&insertArticle,
             QStringLiteral("INSERT INTO articles(page_id, seq, kind, kicker, headline, subheadline, reporters,"
                            " correspondents, authors, photographers, column_label, body, hidden)"
                            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")},
            {&insertFts, QStringLiteral("INSERT INTO article_fts(rowid, headline, body) VALUES(?,?,?)")},
            {&insertEntity, QStringLiteral("INSERT OR IGNORE INTO entities(name, type) VALUES(?,?)")},
            {&selectEntity, QStringLiteral("SELECT id FROM entities WHERE name = ? AND type = ?")},
            {&insertMention,
             QStringLiteral("INSERT INTO mentions(article_id, entity_id, paragraph, start_offset, length, role,"
                            " office, office_organization) VALUES(?,?,?,?,?,?,?,?)")},
            {&insertOffice,
             QStringLiteral("INSERT INTO mention_offices(mention_id, seq, office, organization, written_organization)"
                            " VALUES(?,?,?,?,?)")},
        };
        for (const auto &[query, sql] : statements) {
            if (!query->prepare(sql))
                return failQuery(*query);
        }
        prepared = true;
        return true;
    }

    // Cached ids stay valid only while no other connection changed the library.
    bool refreshCaches()
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            return failQuery(q);
        const qint64 version = q.value(0).toLongLong();
        if (version != dataVersion)
            entityIds.clear();
        dataVersion = version;
        return true;
    }

    void abandon()
    {
        library.rollback();
        entityIds.clear(); // ids handed out inside the rolled-back transaction do not exist
    }

    std::optional<qint64> paperId(const QString &name)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO papers(name) VALUES(?) ON CONFLICT(name) DO UPDATE SET name = excluded.name"
                                 " RETURNING id"));
        q.addBindValue(notNull(name));
        if (!q.exec() || !q.next()) {
            failQuery(q);
            return std::nullopt;
        }
        return q.value(0).toLongLong();
    }

    std::optional<qint64> issueId(const PagePlacement &placement)
    {
        const std::optional<qint64> paper = paperId(placement.paper);
        if (!paper)
            return std::nullopt;
        // A firm date wins over a guessed one for the same issue.
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO issues(paper_id, date, edition, date_guessed) VALUES(?,?,?,?)"
                                 " ON CONFLICT(paper_id, date, edition) DO UPDATE SET"
                                 " date_guessed = min(date_guessed, excluded.date_guessed) RETURNING id"));
        q.addBindValue(*paper);
        q.addBindValue(placement.date.toString(Qt::ISODate));
        q.addBindValue(notNull(placement.edition));
        q.addBindValue(placement.dateGuessed ? 1 : 0);
        if (!q.exec() || !q.next()) {
            failQuery(q);
            return std::nullopt;
        }
        return q.value(0).toLongLong();
    }

    std::optional<qint64> entityId(const EntityMention &m)
    {
        const QString type = entityTypeName(m.type);
        const auto key = std::make_pair(type, m.text);
        const auto it = entityIds.constFind(key);
        if (it != entityIds.cend())
            return *it;
        insertEntity.addBindValue(notNull(m.text));
        insertEntity.addBindValue(type);
        if (!exec(insertEntity))
            return std::nullopt;
        selectEntity.addBindValue(notNull(m.text));
        selectEntity.addBindValue(type);
        if (!exec(selectEntity) || !selectEntity.next()) {
            failQuery(selectEntity);
            return std::nullopt;
        }
        const qint64 id = selectEntity.value(0).toLongLong();
        selectEntity.finish();
        entityIds.insert(key, id);
        return id;
    }

    std::optional<qint64> writeArticle(qint64 pageId, int seq, const Article &a)
    {
        const QString body = a.bodyText();
        insertArticle.addBindValue(pageId);
        insertArticle.addBindValue(seq);
        insertArticle.addBindValue(articleKindName(a.kind));
        insertArticle.addBindValue(textOrNull(a.kicker));
        insertArticle.addBindValue(textOrNull(a.headline));
        insertArticle.addBindValue(textOrNull(a.subheadline));
        insertArticle.addBindValue(jsonList(a.reporters));
        insertArticle.addBindValue(jsonList(a.correspondents));
        insertArticle.addBindValue(jsonList(a.authors));
        insertArticle.addBindValue(jsonList(a.photographers));
        insertArticle.addBindValue(textOrNull(a.column));
        insertArticle.addBindValue(notNull(body));
        insertArticle.addBindValue(a.hidden ? 1 : 0);
        if (!exec(insertArticle))
            return std::nullopt;
        const qint64 id = insertArticle.lastInsertId().toLongLong();
        if (a.hidden)
            return id; // marked "not an article": out of the index and the entity counts
        insertFts.addBindValue(id);
        insertFts.addBindValue(textOrNull(a.headline));
        insertFts.addBindValue(notNull(body));
        if (!exec(insertFts))
            return std::nullopt;
        for (const EntityMention &m : a.entities) {
            const std::optional<qint64> entity = entityId(m);
            if (!entity)
                return std::nullopt;
            insertMention.addBindValue(id);
            insertMention.addBindValue(*entity);
            insertMention.addBindValue(m.paragraph);
            insertMention.addBindValue(m.offset);
            insertMention.addBindValue(mentionExtent(a, m));
            insertMention.addBindValue(notNull(m.role));
            insertMention.addBindValue(notNull(m.office));
            insertMention.addBindValue(notNull(m.officeOrganization));
            if (!exec(insertMention))
                return std::nullopt;
            if (m.offices.isEmpty())
                continue;
            const qint64 mentionId = insertMention.lastInsertId().toLongLong();
            for (qsizetype k = 0; k < m.offices.size(); ++k) {
                const EntityOffice &office = m.offices[k];
                insertOffice.addBindValue(mentionId);
                insertOffice.addBindValue(int(k));
                insertOffice.addBindValue(notNull(office.office));
                insertOffice.addBindValue(notNull(office.organization));
                insertOffice.addBindValue(notNull(office.writtenOrganization));
                if (!exec(insertOffice))
                    return std::nullopt;
            }
        }
        return id;
    }

    // Deletes the file's pages (articles, mentions and tags go with them; annotations become orphans)
    // after taking their rows out of the external-content full-text index, which needs the old values.
    bool deletePages(const QString &sourcePath, QList<qint64> *issueIds)
    {
        QSqlQuery issues(db());
        issues.prepare(QStringLiteral("SELECT DISTINCT issue_id FROM pages WHERE source_path = ?"));
        issues.addBindValue(sourcePath);
        if (!exec(issues))
            return false;
        while (issues.next())
            issueIds->append(issues.value(0).toLongLong());
        QSqlQuery fts(db());
        fts.prepare(QStringLiteral("INSERT INTO article_fts(article_fts, rowid, headline, body)"
                                   " SELECT 'delete', a.id, a.headline, a.body FROM articles a"
                                   " JOIN pages p ON p.id = a.page_id WHERE p.source_path = ? AND a.hidden = 0"));
        fts.addBindValue(sourcePath);
        if (!exec(fts))
            return false;
        QSqlQuery pages(db());
        pages.prepare(QStringLiteral("DELETE FROM pages WHERE source_path = ?"));
        pages.addBindValue(sourcePath);
        return exec(pages);
    }

    bool deleteEmptyIssues(const QList<qint64> &issueIds)
    {
        for (const qint64 id : issueIds) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("DELETE FROM issues WHERE id = ? AND NOT EXISTS"
                                     " (SELECT 1 FROM pages WHERE issue_id = issues.id)"));
            q.addBindValue(id);
            if (!exec(q))
                return false;
        }
        QSqlQuery papers(db());
        return papers.exec(QStringLiteral("DELETE FROM papers WHERE NOT EXISTS"
                                          " (SELECT 1 FROM issues WHERE paper_id = papers.id)"))
            || failQuery(papers);
    }
};

LibraryWriter::LibraryWriter(Library &library) : d(std::make_unique<Private>(library)) {}

LibraryWriter::~LibraryWriter() = default;

void LibraryWriter::setFailAfterArticlesForTesting(const QString &sourcePath)
{
    d->failAfterArticlesPath = sourcePath;
}

std::optional<QHash<QString, QString>> LibraryWriter::storedHashes()
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source_path, content_hash FROM pages WHERE source_index = 0"))) {
        d->failQuery(q);
        return std::nullopt;
    }
    QHash<QString, QString> hashes;
    while (q.next())
        hashes.insert(q.value(0).toString(), q.value(1).toString());
    return hashes;
}

bool LibraryWriter::placeFile(const QString &sourcePath, const QString &paper, const QDate &date, bool dateGuessed)
{
    if (!d->prepare() || !d->library.beginWrite())
        return false;
    const auto failed = [this] {
        d->abandon();
        return false;
    };
    const std::optional<QList<Correction>> corrections = correctionsOfFile(d->library, sourcePath);
    if (!corrections)
        return failed();
    struct StoredPage
    {
        qint64 id;
        int sourceIndex;
        qint64 issueId;
        QString edition;
    };
    QList<StoredPage> pages;
    {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("SELECT p.id, p.source_index, p.issue_id, i.edition FROM pages p JOIN issues i"
                                 " ON i.id = p.issue_id WHERE p.source_path = ? ORDER BY p.source_index"));
        q.addBindValue(sourcePath);
        if (!d->exec(q))
            return failed();
        while (q.next())
            pages.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString()});
    }
    QList<qint64> oldIssues;
    for (const StoredPage &page : std::as_const(pages)) {
        PagePlacement placement;
        placement.paper = paper;
        placement.date = date;
        placement.dateGuessed = dateGuessed;
        placement.edition = page.edition;
        for (const Correction &c : *corrections) {
            if (c.sourceIndex == page.sourceIndex && (c.kind == CorrectionKind::Paper || c.kind == CorrectionKind::Date))
                applyPageCorrection(placement, c);
        }
        const std::optional<qint64> issue = d->issueId(placement);
        if (!issue)
            return failed();
        if (*issue == page.issueId)
            continue;
        QSqlQuery move(d->db());
        move.prepare(QStringLiteral("UPDATE pages SET issue_id = ? WHERE id = ?"));
        move.addBindValue(*issue);
        move.addBindValue(page.id);
        if (!d->exec(move))
            return failed();
        oldIssues.append(page.issueId);
    }
    if (!d->deleteEmptyIssues(oldIssues))
        return failed();
    if (!d->library.commit()) {
        d->entityIds.clear();
        return false;
    }
    return true;
}

bool LibraryWriter::removeFile(const QString &sourcePath)
{
    if (!d->library.beginWrite())
        return false;
    QList<qint64> issueIds;
    QSqlQuery orphans(d->db());
    orphans.prepare(QStringLiteral(
        "UPDATE annotations SET source_path = ?,"
        " article_seq = (SELECT seq FROM articles WHERE id = annotations.article_id),"
        " article_headline = (SELECT headline FROM articles WHERE id = annotations.article_id)"
        " WHERE article_id IN (SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.source_path = ?)"));
    orphans.addBindValue(sourcePath);
    orphans.addBindValue(sourcePath);
    if (!d->exec(orphans) || !d->deletePages(sourcePath, &issueIds) || !d->deleteEmptyIssues(issueIds)) {
        d->abandon();
        return false;
    }
    if (!d->library.commit()) {
        d->entityIds.clear();
        return false;
    }
    return true;
}

void LibraryWriter::beginImport(const QStringList &sources)
{
    d->importing = true;
    d->importSources = sources;
    d->importStartedAt = nowUtc();
    d->importId = 0;
}

std::optional<qint64> LibraryWriter::finishImport(int pagesWritten)
{
    const qint64 id = std::exchange(d->importId, 0);
    d->importing = false;
    if (id <= 0)
        return 0;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE imports SET pages = ? WHERE id = ?"));
    q.addBindValue(pagesWritten);
    q.addBindValue(id);
    if (!d->exec(q))
        return std::nullopt;
    return id;
}

std::optional<FileWriteResult> LibraryWriter::writeFile(const ParsedPageFile &file)
{
    return writeFile(file, {});
}

std::optional<FileWriteResult> LibraryWriter::writeFile(const ParsedPageFile &file,
                                                        const QList<Correction> &newCorrections)
{
    if (!d->prepare() || !d->library.beginWrite())
        return std::nullopt;
    bool importRecordedHere = false; // the import's row is this transaction's: gone with a rollback
    const auto failed = [this, &importRecordedHere]() -> std::optional<FileWriteResult> {
        d->abandon();
        if (importRecordedHere)
            d->importId = 0;
        return std::nullopt;
    };
    if (!d->refreshCaches())
        return failed();

    QList<Page> pages = file.pages;
    if (pages.isEmpty())
        pages.append(Page{});
    QList<PagePlacement> placements = file.placements;
    while (placements.size() < pages.size())
        placements.append(placements.isEmpty() ? PagePlacement{} : placements.last());

    FileWriteResult result;
    result.pages = int(pages.size());

    {
        QSqlQuery known(d->db());
        known.prepare(QStringLiteral("SELECT 1 FROM pages WHERE source_path = ? LIMIT 1"));
        known.addBindValue(file.sourcePath);
        if (!d->exec(known))
            return failed();
        if (!known.next() && !file.contentHash.isEmpty()) {
            const std::optional<QString> moved = d->adoptMovedFile(file.sourcePath, file.contentHash);
            if (!moved)
                return failed();
            result.movedFrom = *moved;
        }
    }

    // What is stored now for this path.
    struct StoredPage
    {
        int sourceIndex;
        QString hash;
        qint64 issueId;
        QString label, section;
    };
    QList<StoredPage> stored;
    {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("SELECT source_index, content_hash, issue_id, label, section FROM pages"
                                 " WHERE source_path = ? ORDER BY source_index"));
        q.addBindValue(file.sourcePath);
        if (!d->exec(q))
            return failed();
        while (q.next())
            stored.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                           q.value(4).toString()});
    }

    // The reader's corrections of the stored version: paper and date decide where the pages go (so an
    // unchanged file stays unchanged), the layout ones are applied to the new articles below.
    QList<Correction> corrections;
    if (!stored.isEmpty()) {
        const std::optional<QList<Correction>> read = correctionsOfFile(d->library, file.sourcePath);
        if (!read)
            return failed();
        corrections = *read;
    }
    // Then those made on the new version before it was stored (the wizard's preview), anchored in its text
    // the same way; one the reader made again on an import of the same file is kept once.
    bool added = false;
    for (Correction c : newCorrections) {
        const bool known = std::any_of(corrections.cbegin(), corrections.cend(), [&c](const Correction &k) {
            return k.sourceIndex == c.sourceIndex && k.kind == c.kind && k.argument == c.argument &&
                   k.anchor.quote == c.anchor.quote && k.anchor.prefix == c.anchor.prefix &&
                   k.anchor.suffix == c.anchor.suffix;
        });
        if (known || c.sourceIndex < 0 || c.sourceIndex >= pages.size())
            continue;
        c.id = 0;
        c.sourcePath = file.sourcePath;
        if (!c.createdAt.isValid())
            c.createdAt = QDateTime::currentDateTimeUtc();
        corrections.append(c);
        added = true;
    }
    for (Correction &c : corrections) {
        if (!isPageCorrection(c.kind))
            continue;
        const bool onPage = c.sourceIndex < placements.size();
        c.state = onPage ? CorrectionState::Applied : CorrectionState::NoLongerApplies;
        if (onPage)
            applyPageCorrection(placements[c.sourceIndex], c);
    }

    QList<qint64> issueIds;
    for (const PagePlacement &p : placements) {
        const std::optional<qint64> id = d->issueId(p);
        if (!id)
            return failed();
        issueIds.append(*id);
    }

    if (!stored.isEmpty()) {
        bool same = !added && stored.size() == pages.size();
        for (qsizetype i = 0; same && i < stored.size(); ++i) {
            const StoredPage &s = stored.at(i);
            same = s.sourceIndex == i && s.hash == file.contentHash && s.issueId == issueIds.at(i)
                && s.label == placements.at(i).label && s.section == placements.at(i).section;
        }
        if (same && !result.movedFrom.isEmpty()) {
            // Only the path changed: keep the move.
            if (!d->library.commit()) {
                d->entityIds.clear();
                return std::nullopt;
            }
            result.outcome = FileWriteResult::Unchanged;
            return result;
        }
        if (same) {
            // Nothing to write; the issue upserts above changed nothing either, so roll them back.
            d->library.rollback();
            result.outcome = FileWriteResult::Unchanged;
            return result;
        }
        result.outcome = FileWriteResult::Replaced;
    }
    for (Correction &c : corrections) {
        if (isPageCorrection(c.kind))
            continue;
        c.state = CorrectionState::NoLongerApplies;
        if (c.sourceIndex >= pages.size())
            continue;
        const LayoutChange change = applyLayoutCorrection(pages[c.sourceIndex].articles, c);
        if (change.outcome == LayoutChange::Applied || change.outcome == LayoutChange::AlreadySo)
            c.state = CorrectionState::Applied;
    }

    // Before deleting the old version: its articles, their annotations and tags, and orphans left by
    // earlier versions of this file (a corrected file may place them again).
    QList<OldArticle> oldArticles;
    QList<StoredAnnotation> annotations;
    QList<std::pair<qint64, qint64>> oldTags; // (old article id, tag id)
    if (!stored.isEmpty()) {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("SELECT a.id, p.source_index, a.seq, a.headline, a.body FROM articles a"
                                 " JOIN pages p ON p.id = a.page_id WHERE p.source_path = ?"));
        q.addBindValue(file.sourcePath);
        if (!d->exec(q))
            return failed();
        while (q.next())
            oldArticles.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(),
                                q.value(4).toString()});
        QSqlQuery n(d->db());
        n.prepare(QStringLiteral(
            "SELECT n.id, n.article_id, n.kind, n.start_offset, n.quote, n.prefix, n.suffix, n.article_seq,"
            " n.article_headline FROM annotations n WHERE n.article_id IN (SELECT a.id FROM articles a JOIN pages p"
            " ON p.id = a.page_id WHERE p.source_path = ?) OR (n.article_id IS NULL AND n.source_path = ?)"));
        n.addBindValue(file.sourcePath);
        n.addBindValue(file.sourcePath);
        if (!d->exec(n))
            return failed();
        while (n.next()) {
            StoredAnnotation a;
            a.id = n.value(0).toLongLong();
            a.articleId = n.value(1).isNull() ? 0 : n.value(1).toLongLong();
            a.kind = n.value(2).toString();
            a.start = n.value(3).isNull() ? -1 : n.value(3).toInt();
            a.quote = n.value(4).toString();
            a.prefix = n.value(5).toString();
            a.suffix = n.value(6).toString();
            a.articleSeq = n.value(7).isNull() ? -1 : n.value(7).toInt();
            a.articleHeadline = n.value(8).toString();
            annotations.append(a);
        }
        QSqlQuery t(d->db());
        t.prepare(QStringLiteral("SELECT t.article_id, t.tag_id FROM article_tags t JOIN articles a ON a.id ="
                                 " t.article_id JOIN pages p ON p.id = a.page_id WHERE p.source_path = ?"));
        t.addBindValue(file.sourcePath);
        if (!d->exec(t))
            return failed();
        while (t.next())
            oldTags.append({t.value(0).toLongLong(), t.value(1).toLongLong()});

        QList<qint64> oldIssues;
        if (!d->deletePages(file.sourcePath, &oldIssues))
            return failed();
        for (const qint64 id : std::as_const(oldIssues)) {
            if (!issueIds.contains(id))
                issueIds.append(id); // checked for emptiness below
        }
    }

    // The new version, of this import.
    if (d->importing && d->importId == 0) {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("INSERT INTO imports(started_at, sources) VALUES(?, ?)"));
        q.addBindValue(d->importStartedAt);
        q.addBindValue(jsonList(d->importSources));
        if (!d->exec(q))
            return failed();
        d->importId = q.lastInsertId().toLongLong();
        importRecordedHere = true;
    }
    const QList<QByteArray> blobs = file.compressedText.size() == pages.size() ? file.compressedText
                                                                                : compressPageTexts(file.text, pages);
    const QString importedAt = nowUtc();
    QList<NewArticle> newArticles;
    QList<qint64> pageIds;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PagePlacement &placement = placements.at(i);
        d->insertPage.addBindValue(issueIds.at(i));
        d->insertPage.addBindValue(file.sourcePath);
        d->insertPage.addBindValue(int(i));
        d->insertPage.addBindValue(textOrNull(placement.label));
        d->insertPage.addBindValue(textOrNull(placement.section));
        d->insertPage.addBindValue(notNull(file.encoding));
        d->insertPage.addBindValue(notNull(file.contentHash));
        d->insertPage.addBindValue(blobs.at(i));
        d->insertPage.addBindValue(importedAt);
        d->insertPage.addBindValue(textOrNull(pages.at(i).warnings.join(QStringLiteral("; "))));
        d->insertPage.addBindValue(d->importId > 0 ? QVariant(d->importId) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!d->exec(d->insertPage))
            return failed();
        const qint64 pageId = d->insertPage.lastInsertId().toLongLong();
        pageIds.append(pageId);
        int seq = 0;
        for (const Article &a : pages.at(i).articles) {
            const std::optional<qint64> id = d->writeArticle(pageId, seq, a);
            if (!id)
                return failed();
            newArticles.append({*id, int(i), seq, a.headline, a.bodyText()});
            ++seq;
        }
    }
    result.articles = int(newArticles.size());
    // Kept with the new pages, those that no longer apply too (on the last page when theirs is gone), so
    // the reader sees them listed.
    for (Correction c : std::as_const(corrections)) {
        c.pageId = pageIds.at(std::min<qsizetype>(c.sourceIndex, pageIds.size() - 1));
        if (!storeCorrection(d->library, c))
            return failed();
        if (c.state == CorrectionState::NoLongerApplies)
            ++result.correctionsNoLongerApplying;
        else
            ++result.correctionsApplied;
    }
    if (!d->failAfterArticlesPath.isEmpty() && d->failAfterArticlesPath == file.sourcePath) {
        d->library.setError(LibraryError::QueryFailed, tr("simulated failure after the articles of %1").arg(file.sourcePath));
        return failed();
    }

    // Old articles and their counterparts: same text, else same headline.
    std::map<qint64, qsizetype> counterpart; // old id -> index into newArticles
    QList<bool> taken(newArticles.size(), false);
    for (int pass = 0; pass < 2; ++pass) {
        for (const OldArticle &old : std::as_const(oldArticles)) {
            if (counterpart.count(old.id))
                continue;
            for (qsizetype j = 0; j < newArticles.size(); ++j) {
                const NewArticle &n = newArticles.at(j);
                const bool match = pass == 0 ? n.body == old.body
                                             : (!old.headline.isEmpty() && n.headline == old.headline);
                if (!taken.at(j) && match) {
                    counterpart[old.id] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
    }
    std::map<qint64, const OldArticle *> oldById;
    for (const OldArticle &old : std::as_const(oldArticles))
        oldById[old.id] = &old;

    // Re-anchor, never into another article: a note stays on its own article's new version (the
    // counterpart: same text, else same headline; without one, the article in the old one's place that
    // no other old article claims) and on the place its quote has there. When the quote left that
    // article, the note becomes an orphan remembering where it was (file, place, headline), so that a
    // later version bringing the text back re-attaches it: an orphan goes back only to an article with
    // its remembered headline (or, when it had none, to the headline-less article at its place).
    QSqlQuery place(d->db());
    place.prepare(QStringLiteral("UPDATE annotations SET article_id = ?, start_offset = ?, end_offset = ?,"
                                 " source_path = ?, article_seq = ?, article_headline = ? WHERE id = ?"));
    QSqlQuery orphan(d->db());
    orphan.prepare(QStringLiteral("UPDATE annotations SET article_id = NULL, source_path = ?, article_seq = ?,"
                                  " article_headline = ? WHERE id = ?"));
    std::map<qint64, std::map<qsizetype, int>> votes; // old article -> new article index -> highlights placed
    for (const StoredAnnotation &a : std::as_const(annotations)) {
        const auto oldIt = oldById.find(a.articleId);
        const OldArticle *old = oldIt == oldById.end() ? nullptr : oldIt->second;
        const int seq = old ? old->seq : a.articleSeq;
        const QString headline = old ? old->headline : a.articleHeadline;
        QList<qsizetype> own; // the new versions of the annotation's article: at most one but for orphans
        if (old && counterpart.count(old->id)) {
            own.append(counterpart[old->id]);
        } else {
            for (qsizetype j = 0; j < newArticles.size(); ++j) {
                const NewArticle &n = newArticles.at(j);
                const bool same = old ? (!taken.at(j) && n.sourceIndex == old->sourceIndex && n.seq == old->seq)
                                      : (headline.isEmpty() ? (n.headline.isEmpty() && n.seq == a.articleSeq)
                                                            : n.headline == headline);
                if (same)
                    own.append(j);
            }
        }

        std::optional<std::pair<qsizetype, TextSpan>> found;
        if (a.quote.isEmpty()) {
            if (!own.isEmpty())
                found = std::make_pair(own.first(), TextSpan{-1, -1}); // an article note follows its article
        } else {
            const AnchorQuote anchor{a.quote, a.prefix, a.suffix, a.start};
            for (const qsizetype j : std::as_const(own)) {
                if (const std::optional<TextSpan> span = reanchor(anchor, newArticles.at(j).body)) {
                    found = std::make_pair(j, *span);
                    break;
                }
            }
        }
        if (found) {
            const NewArticle &n = newArticles.at(found->first);
            place.addBindValue(n.id);
            place.addBindValue(found->second.start < 0 ? QVariant(QMetaType(QMetaType::Int)) : found->second.start);
            place.addBindValue(found->second.end < 0 ? QVariant(QMetaType(QMetaType::Int)) : found->second.end);
            place.addBindValue(file.sourcePath);
            place.addBindValue(n.seq);
            place.addBindValue(textOrNull(n.headline));
            place.addBindValue(a.id);
            if (!d->exec(place))
                return failed();
            ++result.annotationsReanchored;
            if (old && !a.quote.isEmpty())
                ++votes[old->id][found->first];
        } else {
            orphan.addBindValue(file.sourcePath);
            orphan.addBindValue(seq < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(seq));
            orphan.addBindValue(textOrNull(headline));
            orphan.addBindValue(a.id);
            if (!d->exec(orphan))
                return failed();
            ++result.annotationsOrphaned;
        }
    }

    // Tags follow the counterpart, else the article most of the old one's highlights moved to.
    QSqlQuery tag(d->db());
    tag.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES(?,?)"));
    for (const auto &[oldId, tagId] : std::as_const(oldTags)) {
        qsizetype target = -1;
        if (counterpart.count(oldId)) {
            target = counterpart[oldId];
        } else if (votes.count(oldId)) {
            int most = 0;
            for (const auto &[index, count] : votes[oldId]) {
                if (count > most) {
                    most = count;
                    target = index;
                }
            }
        }
        if (target < 0) {
            ++result.tagsDropped;
            continue;
        }
        tag.addBindValue(newArticles.at(target).id);
        tag.addBindValue(tagId);
        if (!d->exec(tag))
            return failed();
    }

    if (!stored.isEmpty() && !d->deleteEmptyIssues(issueIds))
        return failed();
    if (!d->library.commit()) {
        d->entityIds.clear();
        if (importRecordedHere)
            d->importId = 0;
        return std::nullopt;
    }
    return result;
}

} // namespace kanbao
