// The entity index of a library built from the bundled sample pages: reading, the user's decisions and
// their persistence across re-imports and later imports, and CSV export.
#include "entities/entitystore.h"
#include "import/importer.h"
#include "library/library.h"
#include "library/librarystore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

namespace {

const EntityKey lvPei{QStringLiteral("吕沛"), EntityType::Person};
const EntityKey gongWeihong{QStringLiteral("宫卫红"), EntityType::Person};
const EntityKey guanWeihong{QStringLiteral("官卫红"), EntityType::Person}; // 宫卫红 misread in one sample
const EntityKey xiJinping{QStringLiteral("习近平"), EntityType::Person};

QString samplePath(const QString &prefix)
{
    const QDir dir(QStringLiteral(KANBAO_SAMPLES_DIR));
    const QStringList names = dir.entryList({prefix + QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

bool copyTo(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

int mentionsOf(EntityStore &store, const EntityKey &key)
{
    const std::optional<EntitySummary> s = store.entity(key);
    return s ? s->mentions : 0;
}

EntityFilter peopleOnly()
{
    EntityFilter filter;
    filter.type = EntityType::Person;
    return filter;
}

// Article id -> the entity's mentions in it, as EntityStore::articles() lists them.
QMap<qint64, int> mentionsPerArticle(EntityStore &store, const EntityKey &key)
{
    QMap<qint64, int> out;
    for (const EntityArticle &a : store.articles(key))
        out.insert(a.articleId, a.mentions);
    return out;
}

// The stored row of a name as the extractor wrote it (the id the library store hands out).
qint64 storedId(Library &library, const EntityKey &key)
{
    LibraryStore raw(library);
    for (const EntityRecord &r : raw.findEntities(key.name, 1000)) {
        if (r.name == key.name && r.type == key.type)
            return r.id;
    }
    return 0;
}

bool listed(const QList<EntitySummary> &list, const EntityKey &key)
{
    return std::any_of(list.begin(), list.end(), [&](const EntitySummary &s) { return s.key == key; });
}

} // namespace

class TestEntityStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEntitiesWithDates_data();
    void listsEntitiesWithDates();
    void entityViewsAgree();
    void officesTimeline();
    void officeTermsOneUnitPerOffice();
    void coMentionedPeople();
    void suggestsVariants();
    void suggestsVariantsOfAddedNames();
    void mergePersistsAcrossReimport();
    void decisionsApplyToLaterImports();
    void renameCarriesAliases();
    void splitMovesArticles();
    void ignoreAndUnignore();
    void addedNameFoundInLaterImports();
    void distinctPairIsNotSuggested();
    void articleEntitiesFollowDecisions_data();
    void articleEntitiesFollowDecisions();
    void undoEachDecision_data();
    void undoEachDecision();
    void readOnlyLibraryRefusesDecisions();
    void exportsCsv();
    void csvExportDefusesFormulas_data();
    void csvExportDefusesFormulas();

private:
    bool importFiles(const QStringList &prefixes);

    QTemporaryDir m_dir;
    QString m_pages;
    QString m_libraryPath;
    std::unique_ptr<Library> m_library;
};

void TestEntityStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEntityStore::init()
{
    static int round = 0;
    const QString base = m_dir.filePath(QString::number(++round));
    m_pages = base + QStringLiteral("/pages");
    QVERIFY(QDir().mkpath(m_pages));
    m_libraryPath = base + QStringLiteral("/library.kanbao");
    m_library = std::make_unique<Library>();
    QVERIFY2(m_library->open(m_libraryPath), qPrintable(m_library->errorString()));
    QVERIFY(importFiles({QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003")}));
}

void TestEntityStore::cleanup()
{
    m_library.reset();
}

bool TestEntityStore::importFiles(const QStringList &prefixes)
{
    QStringList paths;
    for (const QString &prefix : prefixes) {
        const QString from = samplePath(prefix);
        const QString to = QDir(m_pages).filePath(QFileInfo(from).fileName());
        if (from.isEmpty() || !copyTo(from, to))
            return false;
        paths << to;
    }
    Importer importer(*m_library);
    const ImportSummary summary = importer.importPaths(paths);
    return summary.failed.isEmpty() && summary.libraryError.isEmpty();
}

void TestEntityStore::listsEntitiesWithDates_data()
{
    QTest::addColumn<int>("type"); // -1: all
    QTest::newRow("all") << -1;
    QTest::newRow("people") << int(EntityType::Person);
    QTest::newRow("organizations") << int(EntityType::Organization);
    QTest::newRow("places") << int(EntityType::Place);
}

void TestEntityStore::listsEntitiesWithDates()
{
    QFETCH(int, type);
    EntityStore store(*m_library);
    EntityFilter filter;
    if (type >= 0)
        filter.type = EntityType(type);
    const QList<EntitySummary> list = store.entities(filter);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    QVERIFY(!list.isEmpty());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const EntitySummary &s = list[i];
        if (filter.type)
            QCOMPARE(s.key.type, *filter.type);
        QVERIFY(s.mentions >= s.articles && s.articles >= 1);
        QVERIFY(s.first.isValid() && s.last.isValid() && s.first <= s.last);
        if (i > 0)
            QVERIFY(list[i - 1].mentions >= s.mentions);
    }
    if (type < 0 || type == int(EntityType::Person))
        QVERIFY(listed(list, lvPei));
}

void TestEntityStore::entityViewsAgree()
{
    EntityStore store(*m_library);
    const std::optional<EntitySummary> lv = store.entity(lvPei);
    QVERIFY(lv);
    QVERIFY(lv->mentions > 5);
    const QList<EntityArticle> articles = store.articles(lvPei);
    QCOMPARE(int(articles.size()), lv->articles);
    int mentions = 0;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        mentions += articles[i].mentions;
        if (i > 0)
            QVERIFY(articles[i - 1].date <= articles[i].date);
    }
    QCOMPARE(mentions, lv->mentions);
    QCOMPARE(articles.constFirst().date, lv->first);
    QCOMPARE(articles.constLast().date, lv->last);
    QCOMPARE(store.articles(lvPei, QDate(), QDate(), true).constFirst().date, lv->last);

    for (const auto granularity : {EntityStore::Granularity::Day, EntityStore::Granularity::Month,
                                   EntityStore::Granularity::Year}) {
        int sum = 0;
        for (const EntityPeriod &p : store.mentionsOverTime(lvPei, granularity))
            sum += p.mentions;
        QCOMPARE(sum, lv->mentions);
    }
    QVERIFY(!store.entity({QStringLiteral("无此人"), EntityType::Person}));
}

void TestEntityStore::officesTimeline()
{
    EntityStore store(*m_library);
    const QList<OfficeSpan> offices = store.offices(lvPei);
    QVERIFY(!offices.isEmpty());
    bool secretary = false;
    for (const OfficeSpan &o : offices) {
        QVERIFY(o.first <= o.last && o.mentions > 0);
        if (o.office == QStringLiteral("党工委书记")) {
            secretary = true;
            QVERIFY(o.organization.endsWith(QStringLiteral("党工委")));
        }
    }
    QVERIFY(secretary);
    for (qsizetype i = 1; i < offices.size(); ++i)
        QVERIFY(offices[i - 1].first <= offices[i].first);
}

void TestEntityStore::officeTermsOneUnitPerOffice()
{
    // 市政协 on pages whose paper is unknown and 焦作市政协 where it is known: one row, both written forms.
    EntityStore store(*m_library);
    const QList<OfficeTerm> terms = store.officeTerms();
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    QVERIFY(!terms.isEmpty());
    for (const OfficeTerm &a : terms) {
        for (const OfficeTerm &b : terms) {
            if (&a == &b || a.person != b.person || a.office != b.office)
                continue;
            QVERIFY2(!(b.organization.size() > a.organization.size() && b.organization.endsWith(a.organization)
                       && QStringLiteral("省市县区").contains(a.organization.front())),
                     qPrintable(a.person + u' ' + a.office + u' ' + a.organization + u'/' + b.organization));
        }
    }
    const QList<OfficeTerm> lv = store.officeTerms(OfficeFilter{lvPei.name, {}});
    int cppcc = 0;
    for (const OfficeTerm &t : lv) {
        if (t.office != QStringLiteral("政协副主席"))
            continue;
        ++cppcc;
        QVERIFY(t.first <= t.last);
        QVERIFY(t.mentions >= t.articleIds.size());
    }
    QCOMPARE(cppcc, 1);
}

void TestEntityStore::coMentionedPeople()
{
    EntityStore store(*m_library);
    const QList<CoMention> co = store.coMentioned(gongWeihong);
    QVERIFY(!co.isEmpty());
    bool withLv = false;
    for (const CoMention &c : co) {
        QCOMPARE(c.key.type, EntityType::Person);
        QVERIFY(!(c.key == gongWeihong));
        withLv = withLv || c.key == lvPei;
    }
    QVERIFY(withLv);
}

void TestEntityStore::suggestsVariants()
{
    EntityStore store(*m_library);
    const QList<VariantSuggestion> variants = store.suggestVariants(EntityType::Person);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    const auto it = std::find_if(variants.begin(), variants.end(), [](const VariantSuggestion &v) {
        return (v.rarer == guanWeihong && v.commoner == gongWeihong) || (v.rarer == gongWeihong && v.commoner == guanWeihong);
    });
    QVERIFY(it != variants.end());
    QVERIFY(it->sharedCoMentions > 0);
    QVERIFY(it->rarerMentions <= it->commonerMentions);
    // Two people named side by side are never suggested as one.
    for (const VariantSuggestion &v : variants) {
        const QList<CoMention> companions = store.coMentioned(v.rarer, v.rarer.type, 500);
        QVERIFY(std::none_of(companions.begin(), companions.end(), [&](const CoMention &c) { return c.key == v.commoner; }));
    }
}

void TestEntityStore::suggestsVariantsOfAddedNames()
{
    // A company's short name in three spellings (the extractor finds none of them: no suffix); once the
    // user adds them, the two rarer ones are offered as variants of the commonest.
    EntityStore store(*m_library);
    const QList<EntityKey> names{{QStringLiteral("天宝桓祥"), EntityType::Organization},
                                 {QStringLiteral("天宝恒祥"), EntityType::Organization},
                                 {QStringLiteral("三宝桓祥"), EntityType::Organization}};
    for (const EntityKey &k : names)
        QVERIFY2(store.add(k), qPrintable(store.lastError()));
    const QList<VariantSuggestion> variants = store.suggestVariants(EntityType::Organization);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    for (const EntityKey &rarer : {names[1], names[2]}) {
        QVERIFY2(std::any_of(variants.begin(), variants.end(),
                             [&](const VariantSuggestion &v) { return v.rarer == rarer && v.commoner == names[0]; }),
                 qPrintable(rarer.name));
    }
    // Merged, they are one organization with every mention.
    int all = 0;
    for (const EntityKey &k : names)
        all += mentionsOf(store, k);
    QVERIFY(store.merge(names[1], names[0]) && store.merge(names[2], names[0]));
    QCOMPARE(mentionsOf(store, names[0]), all);
    const QList<VariantSuggestion> after = store.suggestVariants(EntityType::Organization);
    QVERIFY(std::none_of(after.begin(), after.end(), [&](const VariantSuggestion &v) { return v.commoner == names[0]; }));
}

void TestEntityStore::mergePersistsAcrossReimport()
{
    EntityStore store(*m_library);
    const int gong = mentionsOf(store, gongWeihong);
    const int guan = mentionsOf(store, guanWeihong);
    QVERIFY(gong > 0 && guan > 0);
    QVERIFY2(store.merge(guanWeihong, gongWeihong), qPrintable(store.lastError()));
    QCOMPARE(mentionsOf(store, gongWeihong), gong + guan);
    QCOMPARE(mentionsOf(store, guanWeihong), 0);
    const QList<EntitySummary> people = store.entities(peopleOnly());
    QVERIFY(!listed(people, guanWeihong));
    const auto merged = std::find_if(people.begin(), people.end(), [](const EntitySummary &s) { return s.key == gongWeihong; });
    QVERIFY(merged != people.end());
    QCOMPARE(merged->aliases, QStringList{guanWeihong.name});

    // Re-import the page with the misreading (changed bytes: its articles and mentions are rewritten).
    const QString page = QDir(m_pages).filePath(QFileInfo(samplePath(QStringLiteral("002"))).fileName());
    QFile file(page);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n");
    file.close();
    Importer importer(*m_library);
    QCOMPARE(importer.importPaths({page}).replaced, 1);
    EntityStore again(*m_library);
    QCOMPARE(mentionsOf(again, gongWeihong), gong + guan);
    QCOMPARE(mentionsOf(again, guanWeihong), 0);

    // And after closing and opening the library.
    m_library = std::make_unique<Library>();
    QVERIFY(m_library->open(m_libraryPath));
    EntityStore reopened(*m_library);
    QCOMPARE(mentionsOf(reopened, gongWeihong), gong + guan);

    QVERIFY(reopened.unmerge(guanWeihong));
    QCOMPARE(mentionsOf(reopened, guanWeihong), guan);
    QCOMPARE(mentionsOf(reopened, gongWeihong), gong);
}

void TestEntityStore::decisionsApplyToLaterImports()
{
    // The fixture's library (all four pages, no decisions) says what the decided library must show.
    EntityStore control(*m_library);
    const int gongAll = mentionsOf(control, gongWeihong);
    const int guanAll = mentionsOf(control, guanWeihong);
    QVERIFY(gongAll > 0 && guanAll > 0);
    QVERIFY(control.entity(xiJinping));

    // Decide on a library that has not seen the pages with the misreading and the company's other spellings.
    m_library = std::make_unique<Library>();
    QVERIFY(m_library->open(m_dir.filePath(QStringLiteral("later.kanbao"))));
    QVERIFY(importFiles({QStringLiteral("000"), QStringLiteral("003")}));
    EntityStore store(*m_library);
    QCOMPARE(mentionsOf(store, guanWeihong), 0);
    QVERIFY2(store.merge(guanWeihong, gongWeihong), qPrintable(store.lastError()));
    QVERIFY(store.ignore(xiJinping));
    const EntityKey company{QStringLiteral("天宝桓祥"), EntityType::Organization};
    const QList<EntityKey> spellings{{QStringLiteral("天宝恒祥"), EntityType::Organization},
                                     {QStringLiteral("三宝桓祥"), EntityType::Organization}};
    QVERIFY(store.add(company));
    const int companyBefore = mentionsOf(store, company);
    QVERIFY(companyBefore > 0);
    int expectedLater = 0;
    for (const EntityKey &spelling : spellings) {
        QVERIFY(store.add(spelling));
        QVERIFY(store.merge(spelling, company));
    }
    for (const QString &prefix : {QStringLiteral("001"), QStringLiteral("002")}) {
        QFile file(samplePath(prefix));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const EntityKey &spelling : spellings)
            expectedLater += int(text.count(spelling.name));
    }
    QVERIFY(expectedLater > 0);

    // Import the rest. No refresh() here: the importer looks for added names itself.
    QVERIFY(importFiles({QStringLiteral("001"), QStringLiteral("002")}));
    EntityStore after(*m_library);
    QCOMPARE(mentionsOf(after, gongWeihong), gongAll + guanAll);
    QCOMPARE(mentionsOf(after, guanWeihong), 0);
    QVERIFY(!after.entity(xiJinping));
    QVERIFY(!listed(after.entities(peopleOnly()), xiJinping));
    QCOMPARE(mentionsOf(after, company), companyBefore + expectedLater);
    for (const EntityKey &spelling : spellings)
        QCOMPARE(mentionsOf(after, spelling), 0);
}

void TestEntityStore::renameCarriesAliases()
{
    EntityStore store(*m_library);
    const int gong = mentionsOf(store, gongWeihong);
    const int guan = mentionsOf(store, guanWeihong);
    QVERIFY(store.merge(guanWeihong, gongWeihong));
    const EntityKey renamed{QStringLiteral("宫卫红（管委会主任）"), EntityType::Person};
    QVERIFY2(store.rename(gongWeihong, renamed.name), qPrintable(store.lastError()));
    QCOMPARE(mentionsOf(store, renamed), gong + guan);
    QCOMPARE(mentionsOf(store, gongWeihong), 0);
    QStringList aliases = store.entity(renamed)->aliases;
    aliases.sort();
    QStringList expected{gongWeihong.name, guanWeihong.name};
    expected.sort();
    QCOMPARE(aliases, expected);
    QVERIFY(!store.merge(renamed, gongWeihong)); // already one entity
}

void TestEntityStore::splitMovesArticles()
{
    EntityStore store(*m_library);
    const std::optional<EntitySummary> before = store.entity(lvPei);
    QVERIFY(before && before->articles >= 2);
    const EntityArticle first = store.articles(lvPei).constFirst();
    const EntityKey other{QStringLiteral("吕沛（同名）"), EntityType::Person};
    QVERIFY2(store.split(lvPei, {first.articleId}, other.name), qPrintable(store.lastError()));
    QCOMPARE(mentionsOf(store, other), first.mentions);
    QCOMPARE(mentionsOf(store, lvPei), before->mentions - first.mentions);
    QCOMPARE(store.articles(other).constFirst().articleId, first.articleId);
    const QList<EntityDecision> decisions = store.decisions();
    QVERIFY(std::any_of(decisions.begin(), decisions.end(),
                        [](const EntityDecision &d) { return d.kind == EntityDecision::Split && !d.sourcePath.isEmpty(); }));
    QVERIFY(!store.split(lvPei, {first.articleId}, lvPei.name));
}

void TestEntityStore::ignoreAndUnignore()
{
    EntityStore store(*m_library);
    QVERIFY(listed(store.entities(peopleOnly()), xiJinping));
    QVERIFY(store.ignore(xiJinping));
    QVERIFY(!listed(store.entities(peopleOnly()), xiJinping));
    QVERIFY(!store.entity(xiJinping));
    QVERIFY(store.coMentioned(lvPei).size() > 0);
    for (const CoMention &c : store.coMentioned(lvPei))
        QVERIFY(!(c.key == xiJinping));
    QVERIFY(store.unignore(xiJinping));
    QVERIFY(listed(store.entities(peopleOnly()), xiJinping));
}

void TestEntityStore::addedNameFoundInLaterImports()
{
    // A fresh library without page 000, then a name the extractor does not find (a company's short name).
    m_library = std::make_unique<Library>();
    const QString path = m_dir.filePath(QStringLiteral("added.kanbao"));
    QVERIFY(m_library->open(path));
    QVERIFY(importFiles({QStringLiteral("003")}));
    EntityStore store(*m_library);
    const EntityKey company{QStringLiteral("天宝桓祥"), EntityType::Organization};
    QVERIFY2(store.add(company), qPrintable(store.lastError()));
    QCOMPARE(mentionsOf(store, company), 0); // not on page 003
    QVERIFY(importFiles({QStringLiteral("000")}));
    QVERIFY2(store.refresh(), qPrintable(store.lastError()));
    const int found = mentionsOf(store, company);
    QVERIFY(found >= 2);
    QVERIFY(store.refresh()); // nothing new: nothing added twice
    QCOMPARE(mentionsOf(store, company), found);
}

void TestEntityStore::distinctPairIsNotSuggested()
{
    EntityStore store(*m_library);
    const auto suggested = [&] {
        const QList<VariantSuggestion> v = store.suggestVariants(EntityType::Person);
        return std::any_of(v.begin(), v.end(), [](const VariantSuggestion &s) {
            return s.rarer == guanWeihong || s.rarer == gongWeihong;
        });
    };
    QVERIFY(suggested());
    QVERIFY(store.markDistinct(gongWeihong, guanWeihong));
    QVERIFY(!suggested());
}

// The main window's entity sidebar reads entitiesOfArticle() and, on a click, keyOfEntity() + articles() in
// pages (on another connection, so only the id travels): both must follow the user's decisions.
void TestEntityStore::articleEntitiesFollowDecisions_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("other"); // merge target, new name

    QTest::newRow("none") << QStringLiteral("none") << lvPei.name << QString();
    QTest::newRow("merge misreading") << QStringLiteral("merge") << guanWeihong.name << gongWeihong.name;
    QTest::newRow("rename to an unseen name") << QStringLiteral("rename") << gongWeihong.name
                                               << QStringLiteral("宫卫红（市长）");
    QTest::newRow("split earliest article") << QStringLiteral("split") << lvPei.name << QStringLiteral("吕沛（同名）");
    QTest::newRow("ignore") << QStringLiteral("ignore") << xiJinping.name << QString();
}

void TestEntityStore::articleEntitiesFollowDecisions()
{
    QFETCH(QString, decision);
    QFETCH(QString, subject);
    QFETCH(QString, other);
    const EntityKey subjectKey{subject, EntityType::Person};
    const EntityKey otherKey{other, EntityType::Person};
    EntityStore store(*m_library);
    const QMap<qint64, int> subjectBefore = mentionsPerArticle(store, subjectKey);
    const QMap<qint64, int> otherBefore = other.isEmpty() ? QMap<qint64, int>() : mentionsPerArticle(store, otherKey);
    QVERIFY(!subjectBefore.isEmpty());
    const qint64 subjectId = storedId(*m_library, subjectKey);
    QVERIFY(subjectId != 0);

    // Without decisions the sidebar is what the extractor found, as the library store lists it.
    if (decision == QLatin1String("none")) {
        LibraryStore raw(*m_library);
        for (auto it = subjectBefore.cbegin(); it != subjectBefore.cend(); ++it) {
            const QList<EntityRecord> expected = raw.entitiesOfArticle(it.key());
            const QList<ArticleEntity> actual = store.entitiesOfArticle(it.key());
            QCOMPARE(actual.size(), expected.size());
            for (qsizetype i = 0; i < actual.size(); ++i) {
                QCOMPARE(actual[i].entityId, expected[i].id);
                QCOMPARE(actual[i].key.name, expected[i].name);
                QCOMPARE(actual[i].mentions, expected[i].mentions);
            }
        }
    }

    std::optional<EntityKey> shownAs; // the name the subject's mentions appear under afterwards
    QMap<qint64, int> expected;       // article -> mentions under that name
    QSet<qint64> subjectStays;        // articles still listing the subject's own name
    bool ok = true;
    if (decision == QLatin1String("merge")) {
        ok = store.merge(subjectKey, otherKey);
        shownAs = otherKey;
        expected = otherBefore;
        for (auto it = subjectBefore.cbegin(); it != subjectBefore.cend(); ++it)
            expected[it.key()] += it.value();
    } else if (decision == QLatin1String("rename")) {
        QVERIFY(otherBefore.isEmpty());
        ok = store.rename(subjectKey, other);
        shownAs = otherKey;
        expected = subjectBefore;
    } else if (decision == QLatin1String("split")) {
        const qint64 earliest = store.articles(subjectKey).constFirst().articleId;
        ok = store.split(subjectKey, {earliest}, other);
        shownAs = otherKey;
        expected.insert(earliest, subjectBefore.value(earliest));
        for (auto it = subjectBefore.cbegin(); it != subjectBefore.cend(); ++it) {
            if (it.key() != earliest)
                subjectStays.insert(it.key());
        }
        QVERIFY(!subjectStays.isEmpty());
    } else if (decision == QLatin1String("ignore")) {
        ok = store.ignore(subjectKey);
    } else {
        shownAs = subjectKey;
        expected = subjectBefore;
        subjectStays = QSet<qint64>(subjectBefore.keyBegin(), subjectBefore.keyEnd());
    }
    QVERIFY2(ok, qPrintable(store.lastError()));

    // The sidebar of every article that named either name: the subject once under the name it has now.
    QSet<qint64> touched(subjectBefore.keyBegin(), subjectBefore.keyEnd());
    touched.unite(QSet<qint64>(otherBefore.keyBegin(), otherBefore.keyEnd()));
    qint64 shownId = 0;
    for (const qint64 articleId : std::as_const(touched)) {
        const QList<ArticleEntity> entities = store.entitiesOfArticle(articleId);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QVERIFY(!entities.isEmpty() || decision == QLatin1String("ignore"));
        int shownRows = 0;
        int subjectRows = 0;
        for (const ArticleEntity &e : entities) {
            if (shownAs && e.key == *shownAs) {
                ++shownRows;
                QCOMPARE(e.mentions, expected.value(articleId));
                QCOMPARE(store.keyOfEntity(e.entityId), shownAs);
                shownId = e.entityId;
            }
            if (e.key == subjectKey)
                ++subjectRows;
        }
        QCOMPARE(shownRows, expected.contains(articleId) ? 1 : 0);
        QCOMPARE(subjectRows, subjectStays.contains(articleId) ? 1 : 0);
    }

    if (!shownAs) {
        // An ignored name lists no articles, even asked for by its stored id.
        QCOMPARE(store.keyOfEntity(subjectId), subjectKey);
        QVERIFY(store.articles(subjectKey).isEmpty());
        return;
    }
    if (decision == QLatin1String("merge") || decision == QLatin1String("rename"))
        QCOMPARE(store.keyOfEntity(subjectId), shownAs); // the old name's id, as an older list may hold it

    // The click: the articles of every variant, oldest first, paged without gaps or repeats.
    QVERIFY(shownId != 0);
    const std::optional<EntityKey> key = store.keyOfEntity(shownId);
    QVERIFY(key);
    QList<qint64> listedIds;
    QDate previous;
    const int pageSize = 2;
    for (int offset = 0;; offset += pageSize) {
        const QList<EntityArticle> page = store.articles(*key, QDate(), QDate(), false, pageSize, offset);
        for (const EntityArticle &a : page) {
            QVERIFY(!previous.isValid() || a.date >= previous);
            previous = a.date;
            QCOMPARE(a.mentions, expected.value(a.articleId));
            listedIds << a.articleId;
        }
        if (page.size() < pageSize)
            break;
    }
    std::sort(listedIds.begin(), listedIds.end());
    QCOMPARE(listedIds, expected.keys());
}

void TestEntityStore::undoEachDecision_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("merge") << int(EntityDecision::Merge);
    QTest::newRow("ignore") << int(EntityDecision::Ignore);
    QTest::newRow("split") << int(EntityDecision::Split);
    QTest::newRow("add") << int(EntityDecision::Add);
    QTest::newRow("distinct") << int(EntityDecision::Distinct);
}

void TestEntityStore::undoEachDecision()
{
    QFETCH(int, kind);
    EntityStore store(*m_library);
    EntityFilter all;
    const QList<EntitySummary> before = store.entities(all);
    const auto suggestedPair = [&] {
        const QList<VariantSuggestion> v = store.suggestVariants(EntityType::Person);
        return std::any_of(v.begin(), v.end(), [](const VariantSuggestion &s) {
            return s.rarer == guanWeihong || s.rarer == gongWeihong;
        });
    };
    const EntityKey added{QStringLiteral("天宝恒祥"), EntityType::Organization};
    bool ok = false;
    switch (EntityDecision::Kind(kind)) {
    case EntityDecision::Merge:
        ok = store.merge(guanWeihong, gongWeihong);
        break;
    case EntityDecision::Ignore:
        ok = store.ignore(xiJinping);
        break;
    case EntityDecision::Split:
        ok = store.split(lvPei, {store.articles(lvPei).constFirst().articleId}, QStringLiteral("吕沛（另一人）"));
        break;
    case EntityDecision::Add:
        ok = store.add(added) && mentionsOf(store, added) > 0;
        break;
    case EntityDecision::Distinct:
        ok = suggestedPair() && store.markDistinct(guanWeihong, gongWeihong) && !suggestedPair();
        break;
    }
    QVERIFY2(ok, qPrintable(store.lastError()));
    const QList<EntityDecision> decisions = store.decisions();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(int(decisions.first().kind), kind);
    const auto fingerprint = [](const QList<EntitySummary> &list) {
        QStringList out;
        for (const EntitySummary &e : list)
            out << QStringLiteral("%1|%2|%3|%4").arg(e.key.name, entityTypeName(e.key.type)).arg(e.mentions).arg(e.articles);
        return out;
    };
    if (kind != EntityDecision::Distinct)
        QVERIFY(fingerprint(store.entities(all)) != fingerprint(before));
    QVERIFY2(store.undo(decisions.first()), qPrintable(store.lastError()));
    QVERIFY(store.decisions().isEmpty());
    // Back as the extractor found it: the same list, counts and dates.
    QCOMPARE(fingerprint(store.entities(all)), fingerprint(before));
    if (kind == EntityDecision::Distinct)
        QVERIFY(suggestedPair());
}

void TestEntityStore::readOnlyLibraryRefusesDecisions()
{
    m_library = std::make_unique<Library>();
    LibraryOpenOptions options;
    options.readOnly = true;
    QVERIFY2(m_library->open(m_libraryPath, options), qPrintable(m_library->errorString()));
    EntityStore store(*m_library);
    QVERIFY(store.entity(lvPei));
    QVERIFY(!store.ignore(lvPei));
    QVERIFY(store.lastError().contains(m_libraryPath));
    QVERIFY(!store.merge(guanWeihong, gongWeihong));
    QVERIFY(store.refresh()); // reading needs no refresh
}

void TestEntityStore::exportsCsv()
{
    EntityStore store(*m_library);
    EntityFilter filter;
    filter.type = EntityType::Person;
    const QList<EntitySummary> people = store.entities(filter);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(store.exportCsv(&buffer, filter));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), people.size() + 1);
    QCOMPARE(lines.first(), QStringLiteral("name,type,mentions,articles,first,last"));
    const QStringList first = lines[1].split(QLatin1Char(','));
    QCOMPARE(first.size(), 6);
    QCOMPARE(first[0], people.first().key.name);
    QCOMPARE(first[2].toInt(), people.first().mentions);

    const QString path = m_dir.filePath(QStringLiteral("entities.csv"));
    QVERIFY(store.exportCsv(path, filter));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), buffer.data());
    QVERIFY(!store.exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), filter));
    QVERIFY(!store.lastError().isEmpty());
}

void TestEntityStore::csvExportDefusesFormulas_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")");
    QTest::newRow("plus") << QStringLiteral("+1+1");
    QTest::newRow("minus") << QStringLiteral("-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)");
}

void TestEntityStore::csvExportDefusesFormulas()
{
    QFETCH(QString, name);
    EntityStore store(*m_library);
    QVERIFY2(store.rename(lvPei, name), qPrintable(store.lastError()));
    EntityFilter filter = peopleOnly();
    filter.contains = name;
    QCOMPARE(store.entities(filter).size(), 1);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(store.exportCsv(&buffer, filter));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QString cell = lines[1].left(lines[1].indexOf(QStringLiteral(",person,")));
    if (cell.startsWith(QLatin1Char('"'))) // quoted: the name has a comma or a quote
        cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    QCOMPARE(cell, QLatin1Char('\'') + name);
}

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"
