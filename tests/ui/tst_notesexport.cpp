// File ▸ Export Notes: the dialog's scope and format choices produce the file through NotesExporter.

#include "language.h"
#include "notes/exportnotesdialog.h"
#include "notes/notesexporter.h"
#include "notes/noteseditor.h"
#include "notes/notesstore.h"
#include "notestestlibrary.h"
#include "tst_notesfakes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace kanbao;

class TestNotesExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportWritesFile_data();
    void exportWritesFile();
    void previewCountsWhatWillBeExported();
    void suffixFollowsFormatAndBrowse();
    void existingFileIsReplacedOnlyWhenConfirmed();
    void exportButtonExportsAndCloses();
    void unwritableFileIsReported();
    void proposesAFolderThatExists_data();
    void proposesAFolderThatExists();
    void dateRangeDefaultsToTheLibrarysIssues();
    void pdfLabelsFollowTheLanguage_data();
    void pdfLabelsFollowTheLanguage();

private:
    QString readFile(const QString &path) const;

    std::unique_ptr<test::NotesTestLibrary> m_library;
    QList<qint64> m_articles;
    std::unique_ptr<NotesStore> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<NotesEditor> m_editor;
    QTemporaryDir m_out;
};

void TestNotesExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_out.isValid());
    // The export dialog creates the documents folder it proposes: not in the real home.
    qputenv("HOME", QFile::encodeName(m_out.path()));
}

void TestNotesExport::init()
{
    m_library = std::make_unique<test::NotesTestLibrary>();
    QVERIFY(m_library->create());
    m_articles = m_library->addSamples();
    m_store = std::make_unique<NotesStore>(m_library->database());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<NotesEditor>(m_store.get(), m_stack.get());
    const qint64 tag = *m_editor->createTag(QStringLiteral("农业"));
    QVERIFY(m_editor->assignTags({m_articles.at(1)}, {tag}));
    const QString body0 = *m_store->articleBody(m_articles.at(0));
    const int s0 = int(body0.indexOf(QStringLiteral("压实责任")));
    QVERIFY(m_editor->addHighlight(m_articles.at(0), {s0, s0 + 4}, QStringLiteral("yellow"), QStringLiteral("重点")));
    const QString body1 = *m_store->articleBody(m_articles.at(1));
    const int s1 = int(body1.indexOf(QStringLiteral("铁棍山药")));
    QVERIFY(m_editor->addHighlight(m_articles.at(1), {s1, s1 + 4}, QStringLiteral("green")));
    QVERIFY(m_editor->addArticleNote(m_articles.at(2), QStringLiteral("降雪与交通")));
}

void TestNotesExport::cleanup()
{
    m_stack->clear();
    m_editor.reset();
    m_stack.reset();
    m_store.reset();
    m_library.reset();
}

QString TestNotesExport::readFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

void TestNotesExport::exportWritesFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QStringList all{QStringLiteral("压实责任"), QStringLiteral("铁棍山药"), QStringLiteral("降雪与交通")};
    QTest::newRow("csv-all") << int(NotesExportFormat::Csv) << int(ExportNotesDialog::Scope::All) << all << QStringList();
    QTest::newRow("markdown-all") << int(NotesExportFormat::Markdown) << int(ExportNotesDialog::Scope::All) << all
                                  << QStringList();
    QTest::newRow("csv-tag") << int(NotesExportFormat::Csv) << int(ExportNotesDialog::Scope::Tag)
                             << QStringList{QStringLiteral("铁棍山药")}
                             << QStringList{QStringLiteral("压实责任"), QStringLiteral("降雪与交通")};
    QTest::newRow("markdown-dates") << int(NotesExportFormat::Markdown) << int(ExportNotesDialog::Scope::DateRange)
                                    << QStringList{QStringLiteral("降雪与交通")}
                                    << QStringList{QStringLiteral("压实责任"), QStringLiteral("铁棍山药")};
    QTest::newRow("csv-selected") << int(NotesExportFormat::Csv) << int(ExportNotesDialog::Scope::SelectedArticles)
                                  << QStringList{QStringLiteral("压实责任")}
                                  << QStringList{QStringLiteral("铁棍山药"), QStringLiteral("降雪与交通")};
    QTest::newRow("pdf-all") << int(NotesExportFormat::Pdf) << int(ExportNotesDialog::Scope::All) << QStringList()
                             << QStringList();
}

void TestNotesExport::exportWritesFile()
{
    QFETCH(int, format);
    QFETCH(int, scope);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    test::ScriptedDialogs dialogs;
    ExportNotesDialog dialog(m_store.get(), &dialogs, {m_articles.at(0)});
    // With articles selected, the dialog offers them first.
    QCOMPARE(dialog.scope(), ExportNotesDialog::Scope::SelectedArticles);
    dialog.setFormat(NotesExportFormat(format));
    dialog.setScope(ExportNotesDialog::Scope(scope));
    if (ExportNotesDialog::Scope(scope) == ExportNotesDialog::Scope::Tag)
        dialog.setTag(QStringLiteral("农业"));
    if (ExportNotesDialog::Scope(scope) == ExportNotesDialog::Scope::DateRange)
        dialog.setDateRange(QDate(2024, 1, 1), QDate(2024, 1, 31));
    const QString path = m_out.filePath(QStringLiteral("notes-%1.%2")
                                            .arg(QString::fromLatin1(QTest::currentDataTag()),
                                                 ExportNotesDialog::suffix(NotesExportFormat(format))));
    dialog.setPath(path);
    QCOMPARE(dialog.matchingNotes(), present.isEmpty() ? 3 : int(present.size()));
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.lastError()));
    QVERIFY(dialogs.warnings.isEmpty());
    QVERIFY(QFile::exists(path));
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(dialog.exportedNotes(), dialog.matchingNotes());
    if (NotesExportFormat(format) == NotesExportFormat::Pdf) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        return;
    }
    const QString text = readFile(path);
    for (const QString &p : present)
        QVERIFY2(text.contains(p), qPrintable(p));
    for (const QString &a : absent)
        QVERIFY2(!text.contains(a), qPrintable(a));
}

void TestNotesExport::previewCountsWhatWillBeExported()
{
    test::ScriptedDialogs dialogs;
    ExportNotesDialog dialog(m_store.get(), &dialogs, {});
    QCOMPARE(dialog.scope(), ExportNotesDialog::Scope::All);
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("scopeSelected"))->isEnabled()); // nothing selected
    QCOMPARE(dialog.matchingNotes(), 3);
    dialog.setDateRange(QDate(2000, 1, 1), QDate(2000, 1, 2));
    QCOMPARE(dialog.matchingNotes(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    dialog.setTag(QStringLiteral("农业"));
    QCOMPARE(dialog.matchingNotes(), 1);
    QCOMPARE(dialog.options().query.tags, QStringList{QStringLiteral("农业")});
}

void TestNotesExport::suffixFollowsFormatAndBrowse()
{
    test::ScriptedDialogs dialogs;
    ExportNotesDialog dialog(m_store.get(), &dialogs, {});
    dialog.setPath(m_out.filePath(QStringLiteral("我的笔记.pdf")));
    dialog.setFormat(NotesExportFormat::Markdown);
    QCOMPARE(dialog.path(), m_out.filePath(QStringLiteral("我的笔记.md")));
    dialog.setFormat(NotesExportFormat::Csv);
    QCOMPARE(dialog.path(), m_out.filePath(QStringLiteral("我的笔记.csv")));
    // A name chosen without a suffix gets the format's.
    dialogs.saveFileName = m_out.filePath(QStringLiteral("chosen"));
    dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"))->clear();
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().contains(QStringLiteral("Browse")))
            b->click();
    }
    QCOMPARE(dialog.path(), m_out.filePath(QStringLiteral("chosen.csv")));
}

void TestNotesExport::existingFileIsReplacedOnlyWhenConfirmed()
{
    const QString path = m_out.filePath(QStringLiteral("existing.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    test::ScriptedDialogs dialogs;
    dialogs.answer = QMessageBox::Cancel;
    ExportNotesDialog dialog(m_store.get(), &dialogs, {});
    dialog.setFormat(NotesExportFormat::Csv);
    dialog.setPath(path);
    QVERIFY(!dialog.exportNow());
    QCOMPARE(dialogs.questions.size(), 1);
    QCOMPARE(readFile(path), QStringLiteral("keep me"));
    dialogs.answer = QMessageBox::Yes;
    QVERIFY(dialog.exportNow());
    QVERIFY(readFile(path).contains(QStringLiteral("压实责任")));
}

void TestNotesExport::exportButtonExportsAndCloses()
{
    test::ScriptedDialogs dialogs;
    ExportNotesDialog dialog(m_store.get(), &dialogs, {});
    dialog.setFormat(NotesExportFormat::Markdown);
    const QString path = m_out.filePath(QStringLiteral("button.md"));
    dialog.setPath(path);
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QCOMPARE(accepted.size(), 1);
    QVERIFY(readFile(path).contains(QStringLiteral("降雪与交通")));
}

void TestNotesExport::unwritableFileIsReported()
{
    test::ScriptedDialogs dialogs;
    ExportNotesDialog dialog(m_store.get(), &dialogs, {});
    dialog.setFormat(NotesExportFormat::Csv);
    dialog.setPath(m_out.filePath(QStringLiteral("no/such/folder/notes.csv")));
    QVERIFY(!dialog.exportNow());
    QCOMPARE(dialogs.warnings.size(), 1);
    QVERIFY(!dialog.lastError().isEmpty());
}

void TestNotesExport::proposesAFolderThatExists_data()
{
    QTest::addColumn<bool>("documentsBlocked"); // a file where the Documents folder would be
    QTest::newRow("fresh-home") << false;
    QTest::newRow("documents-cannot-be-made") << true;
}

void TestNotesExport::proposesAFolderThatExists()
{
    QFETCH(bool, documentsBlocked);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        if (oldConfig.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfig);
    });
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CONFIG_HOME"); // no user-dirs.dirs: Documents is $HOME/Documents
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY2(documents.startsWith(home.path()), qPrintable(documents));
    QVERIFY(!QFileInfo::exists(documents));
    if (documentsBlocked) {
        QFile blocker(documents);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }

    test::ScriptedDialogs dialogs;
    ExportNotesDialog dialog(m_store.get(), &dialogs, {});
    const QFileInfo proposed(dialog.path());
    QVERIFY2(proposed.absoluteDir().exists(), qPrintable(dialog.path()));
    QCOMPARE(proposed.absolutePath(), documentsBlocked ? QDir(home.path()).absolutePath() : documents);
    // What the dialog proposes can be written as it stands.
    dialog.setFormat(NotesExportFormat::Markdown);
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.lastError()));
    QVERIFY(dialogs.warnings.isEmpty());
    QVERIFY(QFileInfo::exists(dialog.path()));
}

void TestNotesExport::dateRangeDefaultsToTheLibrarysIssues()
{
    // The samples' issues span 2023-12-03 to 2024-01-15: neither in the current year.
    const auto range = m_store->issueDateRange();
    QVERIFY(range);
    QCOMPARE(range->first, QDate(2023, 12, 3));
    QCOMPARE(range->second, QDate(2024, 1, 15));

    test::ScriptedDialogs dialogs;
    ExportNotesDialog dialog(m_store.get(), &dialogs, {});
    dialog.setScope(ExportNotesDialog::Scope::DateRange);
    const NotesExportOptions options = dialog.options();
    QCOMPARE(options.query.from, range->first);
    QCOMPARE(options.query.to, range->second);
    // Covering the whole library, the date scope counts every note, as "All" does.
    const int byDates = dialog.matchingNotes();
    dialog.setScope(ExportNotesDialog::Scope::All);
    QCOMPARE(byDates, dialog.matchingNotes());
    QVERIFY(byDates > 0);
}

namespace {

// A stand-in for the Chinese translation, so the export's use of it is tested whatever state
// translations/kanbao_zh_CN.ts is in.
class ChineseLabels : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> labels{
            {QStringLiteral("Contents"), QStringLiteral("目录")},
            {QStringLiteral("Note:"), QStringLiteral("批注：")},
            {QStringLiteral("Yellow"), QStringLiteral("黄色")},
            {QStringLiteral("All notes"), QStringLiteral("全部笔记")},
            {QStringLiteral("page %1 of %2"), QStringLiteral("第 %1 页，共 %2 页")},
        };
        const QString c = QString::fromLatin1(context);
        if (c != QLatin1String("kanbao::NotesExporter") && c != QLatin1String("kanbao::notes"))
            return QString();
        return labels.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestNotesExport::pdfLabelsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("shipped"); // the translation built from translations/, or the stand-in
    QTest::newRow("English") << QStringLiteral("en") << true;
    QTest::newRow("Chinese, stand-in translation") << QStringLiteral("zh_CN") << false;
    QTest::newRow("Chinese, shipped translation") << QStringLiteral("zh_CN") << true;
}

// The PDF's own words (contents, note labels, color names, running footer, scope) are in the UI's
// language; the researcher's text is the same in both.
void TestNotesExport::pdfLabelsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(bool, shipped);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    ChineseLabels standIn;
    if (shipped) {
        QCOMPARE(Language::apply(language), language);
    } else {
        Language::apply(QStringLiteral("en"));
        QVERIFY(QCoreApplication::installTranslator(&standIn));
    }
    const auto restore = qScopeGuard([&standIn] {
        QCoreApplication::removeTranslator(&standIn);
        Language::apply(QStringLiteral("en"));
    });
    const QStringList english{QStringLiteral("Contents"), QStringLiteral("Note:"), QStringLiteral("Yellow"),
                              QStringLiteral("All notes")};
    const QStringList labels{NotesExporter::tr("Contents"), NotesExporter::tr("Note:"),
                             highlightColorLabel(QStringLiteral("yellow")), NotesExporter::describeScope({})};
    if (language != QLatin1String("en")) {
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (labels[i] == english[i])
                QSKIP(qPrintable(QStringLiteral("translations/kanbao_zh_CN.ts does not translate “%1” yet").arg(english[i])));
        }
    }

    const QString pdf = m_out.filePath(QStringLiteral("labels-%1-%2.pdf").arg(language).arg(shipped));
    NotesExporter exporter(m_store.get());
    QVERIFY2(exporter.exportNotes(NotesExportFormat::Pdf, pdf, {}), qPrintable(exporter.errorString()));
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const auto squeeze = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const QString text = squeeze(QString::fromUtf8(p.readAllStandardOutput()));
    for (const QString &label : labels)
        QVERIFY2(text.contains(squeeze(label)), qPrintable(label));
    QVERIFY(text.contains(squeeze(NotesExporter::tr("page %1 of %2").arg(2).arg(exporter.pageCount()))));
    if (language != QLatin1String("en")) {
        for (const QString &word : english)
            QVERIFY2(!text.contains(squeeze(word)), qPrintable(word));
    }
    for (const QString &own : {QStringLiteral("压实责任"), QStringLiteral("铁棍山药"), QStringLiteral("降雪与交通")})
        QVERIFY2(text.contains(own), qPrintable(own));
}

QTEST_MAIN(TestNotesExport)
#include "tst_notesexport.moc"
