// Page metadata corrections in the main window (issue 13): the bulk edit of a folder's pages (a paper for
// every page of a folder that named none) and of one import's pages, a guessed date shown as guessed in the calendar and the article
// header until confirmed, undo and redo; the page list model; screenshots of the dialog, of the window after
// the bulk change and of a guessed date.
#include "articleview.h"
#include "corrections/pagelistmodel.h"
#include "corrections/pagemetadatacontroller.h"
#include "corrections/pagemetadatadialog.h"
#include "issuecalendar.h"
#include "mainwindow.h"
#include "notes/notescontroller.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kanbao;

namespace {

// Three pages of a folder called "bigarch" that names no paper; the second has a date without a year.
const QStringList Pages{
    QStringLiteral("# 温县召开经济工作会议\n\n本报讯（记者王平）3月4日，温县召开2024年全县经济工作会议。\n\n"),
    QStringLiteral("# 武陟县部署春耕生产\n\n本报讯（记者李红）3月6日，武陟县部署春耕生产工作。\n\n"),
    QStringLiteral("# 孟州市举办招聘会\n\n本报讯（记者赵刚）3月5日，孟州市举办2024年春季招聘会。\n\n"),
};

QString screenshotDir()
{
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

QString save(QWidget *widget, const QString &name)
{
    QTest::qWait(50);
    const QString path = screenshotDir() + QLatin1Char('/') + name;
    if (!widget->grab().save(path))
        return {};
    qInfo("screenshot: %s", qPrintable(path));
    return path;
}

QString scalar(const QString &library, const QString &sql)
{
    Library l;
    if (!l.open(library))
        return {};
    QSqlQuery q(l.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestPageMetadataUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { m_window.reset(); }
    void pageListModel();
    void bulkPaperForAFolder();
    void bulkPaperForAnImport();
    void guessedDateUntilConfirmed();

private:
    void openWindow();
    qint64 articleWithHeadline(const QString &headline) const;

    QTemporaryDir m_dir;
    QString m_library;
    QString m_archive;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestPageMetadataUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    m_archive = m_dir.filePath(QStringLiteral("bigarch"));
    for (qsizetype i = 0; i < Pages.size(); ++i) {
        QFile f(m_archive + QStringLiteral("/p%1.md").arg(i + 1));
        QDir().mkpath(m_archive);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(Pages.at(i).toUtf8());
    }
}

void TestPageMetadataUi::openWindow()
{
    m_library = m_dir.filePath(
        QStringLiteral("lib-%1.kanbao").arg(QString::fromLatin1(QTest::currentTestFunction())));
    {
        Library library;
        QVERIFY(library.open(m_library));
        Importer importer(library);
        QCOMPARE(importer.importPaths({m_archive}).imported, 3);
    }
    m_window = std::make_unique<MainWindow>(&m_dialogs);
    m_window->resize(1400, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library, false));
    QVERIFY(m_window->pageMetadata());
}

qint64 TestPageMetadataUi::articleWithHeadline(const QString &headline) const
{
    return scalar(m_library, QStringLiteral("SELECT id FROM articles WHERE headline = '%1'").arg(headline))
        .toLongLong();
}

void TestPageMetadataUi::pageListModel()
{
    PageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PageState guessed;
    guessed.pageId = 7;
    guessed.sourcePath = QStringLiteral("/a/bigarch/p2.md");
    guessed.placement.paper = QStringLiteral("bigarch");
    guessed.placement.date = QDate(2024, 3, 6);
    guessed.placement.dateGuessed = true;
    PageState firm = guessed;
    firm.pageId = 8;
    firm.sourcePath = QStringLiteral("/a/bigarch/sub/p3.md");
    firm.sourceIndex = 1;
    firm.placement.dateGuessed = false;
    firm.placement.label = QStringLiteral("A03");
    model.setPages({guessed, firm}, QStringLiteral("/a/bigarch"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(PageListModel::PageIdRole).toLongLong(),
             7);
    QVERIFY(model.index(0, PageListModel::DateColumn).data().toString().contains(QStringLiteral("2024-03-06")));
    QVERIFY(model.index(0, PageListModel::DateColumn).data(PageListModel::DateGuessedRole).toBool());
    QVERIFY(model.index(0, PageListModel::DateColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(1, PageListModel::DateColumn).data().toString(), QStringLiteral("2024-03-06"));
    QVERIFY(!model.index(1, PageListModel::DateColumn).data(Qt::FontRole).isValid());
    QVERIFY(model.index(1, PageListModel::FileColumn).data().toString().contains(QStringLiteral("p3.md")));
    QVERIFY(model.index(1, PageListModel::FileColumn).data().toString().contains(QStringLiteral("sub")));
    QCOMPARE(model.index(1, PageListModel::LabelColumn).data().toString(), QStringLiteral("A03"));
    model.setPages({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPageMetadataUi::bulkPaperForAFolder()
{
    openWindow();
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT group_concat(name) FROM papers")), QStringLiteral("bigarch"));
    m_window->openArticle(articleWithHeadline(QStringLiteral("温县召开经济工作会议")));
    PageMetadataController *metadata = m_window->pageMetadata();
    QVERIFY(metadata->editMetadata(2, false));
    PageMetadataDialog *dialog = metadata->dialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Every page of the folder, all chosen; nothing ticked yet, so nothing to apply.
    QCOMPARE(dialog->pageView()->model()->rowCount(), 3);
    QCOMPARE(dialog->selectedPages().size(), 3);
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // Typing the paper ticks it.
    dialog->paperChooser()->setEditText(QStringLiteral("焦作日报"));
    QVERIFY(dialog->paperBox()->isChecked());
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog->edits().size(), 1);
    QVERIFY(!save(dialog, QStringLiteral("page_metadata_bulk_dialog.png")).isEmpty());

    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT group_concat(name) FROM papers")), QStringLiteral("焦作日报"));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT count(*) FROM corrections")), QStringLiteral("3"));
    // The window read the article, its header and the calendar again.
    QCOMPARE(m_window->articleView()->article()->paper, QStringLiteral("焦作日报"));
    const QList<IssueInfo> onDay = m_window->calendar()->issuesOn(m_window->articleView()->article()->date);
    QVERIFY(!onDay.isEmpty());
    QCOMPARE(onDay.first().paper, QStringLiteral("焦作日报"));
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("issueTitle"));
    if (title)
        QVERIFY(title->text().contains(QStringLiteral("焦作日报")));
    m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock"))->raise(); // the calendar and contents
    QVERIFY(!save(m_window.get(), QStringLiteral("page_metadata_bulk_after.png")).isEmpty());

    // One step on the undo stack for the three pages.
    QUndoStack *stack = m_window->notes()->undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT group_concat(name) FROM papers")), QStringLiteral("bigarch"));
    QCOMPARE(m_window->articleView()->article()->paper, QStringLiteral("bigarch"));
    stack->redo();
    QCOMPARE(m_window->articleView()->article()->paper, QStringLiteral("焦作日报"));
}

// The "import" scopes: the pages of the import the shown page came from first, then each other import's.
void TestPageMetadataUi::bulkPaperForAnImport()
{
    openWindow();
    // A later import of another folder, into the library the window has open.
    const QString later = m_dir.filePath(QStringLiteral("later"));
    QDir().mkpath(later);
    {
        QFile f(later + QStringLiteral("/2024-03-09.md"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("# 修武县植树造林\n\n本报讯 3月9日，修武县开展植树造林活动。\n\n").toUtf8());
    }
    {
        Library library;
        QVERIFY(library.open(m_library));
        Importer importer(library);
        QCOMPARE(importer.importPaths({later}).imported, 1);
    }
    m_window->openArticle(articleWithHeadline(QStringLiteral("温县召开经济工作会议")));
    PageMetadataController *metadata = m_window->pageMetadata();
    QVERIFY(metadata->editMetadata(4, false));
    PageMetadataDialog *dialog = metadata->dialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QComboBox *scopes = dialog->scopeChooser();
    QCOMPARE(scopes->count(), 6); // page, issue, folder, paper, this import, the later import
    QVERIFY2(scopes->currentText().contains(QStringLiteral("import #1")), qPrintable(scopes->currentText()));
    QVERIFY(scopes->currentText().contains(QDir::toNativeSeparators(m_archive)));
    QCOMPARE(dialog->selectedPages().size(), 3);
    dialog->setScope(5);
    QVERIFY2(scopes->currentText().contains(QStringLiteral("import #2")), qPrintable(scopes->currentText()));
    QCOMPARE(dialog->selectedPages().size(), 1);
    dialog->setScope(4);
    dialog->paperChooser()->setEditText(QStringLiteral("焦作日报"));
    QVERIFY(!save(dialog, QStringLiteral("page_metadata_import_scope.png")).isEmpty());
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    // The first import's three pages, not the later one's.
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT count(*) FROM pages p JOIN issues i ON i.id = p.issue_id"
                                              " JOIN papers pp ON pp.id = i.paper_id WHERE pp.name = '焦作日报'")),
             QStringLiteral("3"));
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT pp.name FROM pages p JOIN issues i ON i.id = p.issue_id"
                                              " JOIN papers pp ON pp.id = i.paper_id WHERE p.source_path LIKE"
                                              " '%2024-03-09.md'")),
             QStringLiteral("later"));
    QUndoStack *stack = m_window->notes()->undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(scalar(m_library, QStringLiteral("SELECT count(*) FROM papers WHERE name = '焦作日报'")),
             QStringLiteral("0"));
}

void TestPageMetadataUi::guessedDateUntilConfirmed()
{
    openWindow();
    // The page without a year took it from its neighbours: its date is a guess.
    const qint64 article = articleWithHeadline(QStringLiteral("武陟县部署春耕生产"));
    m_window->openArticle(article);
    const ArticleDetail shown = *m_window->articleView()->article();
    QCOMPARE(shown.date, QDate(2024, 3, 6));
    QVERIFY(shown.dateGuessed);
    QVERIFY(m_window->articleView()->toHtml().contains(QStringLiteral("date guessed")));
    const QList<IssueInfo> onDay = m_window->calendar()->issuesOn(shown.date);
    QCOMPARE(onDay.size(), 1);
    QVERIFY(onDay.first().dateGuessed);
    m_window->findChild<QDockWidget *>(QStringLiteral("issuesDock"))->raise();
    QVERIFY(!save(m_window.get(), QStringLiteral("guessed_date_window.png")).isEmpty());
    QVERIFY(!save(m_window->calendar(), QStringLiteral("guessed_date_calendar.png")).isEmpty());

    QAction *confirm = m_window->pageMetadata()->confirmDateAction();
    confirm->trigger();
    QVERIFY(!m_window->articleView()->article()->dateGuessed);
    QVERIFY(!m_window->articleView()->toHtml().contains(QStringLiteral("date guessed")));
    QVERIFY(!m_window->calendar()->issuesOn(shown.date).value(0).dateGuessed);
    QVERIFY(!save(m_window->calendar(), QStringLiteral("confirmed_date_calendar.png")).isEmpty());
    m_window->notes()->undoStack()->undo();
    QVERIFY(m_window->articleView()->article()->dateGuessed);
    QVERIFY(m_window->calendar()->issuesOn(shown.date).value(0).dateGuessed);
}

QTEST_MAIN(TestPageMetadataUi)
#include "tst_pagemetadataui.moc"
