// Corrections in the import wizard's preview (issue 13): the preview's context menu on a reconstructed
// article not yet stored splits it before the paragraph clicked and marks another as not an article; the
// preview follows at once, the wizard's Undo and Redo take them back and redo them; importing stores the
// corrected articles and keeps the corrections with the page as the library keeps those of stored pages
// (listed, applied again when the file is imported again), and records the import. Screenshots of the
// preview with its context menu and of the corrected preview.
#include "importwizard.h"
#include "language.h"
#include "uitesthelpers.h"

#include "library/corrections.h"
#include "library/library.h"
#include "notes/previewcorrections.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>

using namespace kanbao;

namespace {

const QString GluedStart = QStringLiteral("3月3日，孟州市举办春季招聘会");

QByteArray pageBytes()
{
    return QStringLiteral("# 温县召开经济工作会议\n\n"
                          "本报讯 3月4日，温县召开全县经济工作会议，县委书记王建国出席并讲话。\n\n"
                          "会议要求，各乡镇要抓好项目建设，确保全年目标完成。\n\n"
                          "3月3日，孟州市举办春季招聘会，市长李明远到场察看。\n\n"
                          "招聘会共提供岗位两千余个，吸引求职者五千多人。\n\n"
                          "# 家具城开业\n\n"
                          "某某家具城开业大酬宾，欢迎惠顾，电话12345678。\n\n")
        .toUtf8();
}

// The place in the preview's viewport of the start of the block showing (page, article, paragraph).
std::optional<QPoint> placeOf(ImportWizard &wizard, int page, int article, int paragraph)
{
    QTextBrowser *view = wizard.previewArticles();
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat f = block.blockFormat();
        if (f.intProperty(ImportWizard::PreviewPageProperty) == page &&
            f.intProperty(ImportWizard::PreviewArticleProperty) == article &&
            f.hasProperty(ImportWizard::PreviewParagraphProperty) &&
            f.intProperty(ImportWizard::PreviewParagraphProperty) == paragraph) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 2);
            view->setTextCursor(cursor);
            view->ensureCursorVisible();
            return view->cursorRect(cursor).center();
        }
    }
    return std::nullopt;
}

QStringList headlines(const QList<Page> &pages)
{
    QStringList list;
    for (const Page &page : pages)
        for (const Article &a : page.articles)
            list << (a.hidden ? QStringLiteral("(hidden) ") : QString()) +
                        (a.headline.isEmpty() ? a.paragraphs.value(0).left(8) : a.headline);
    return list;
}

QString save(const QPixmap &pixmap, const QString &name)
{
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    if (!pixmap.save(path))
        return {};
    qInfo("screenshot: %s", qPrintable(path));
    return path;
}

} // namespace

class TestPreviewCorrectionsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitInThePreviewThenImport();

private:
    QTemporaryDir m_dir;
};

void TestPreviewCorrectionsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void TestPreviewCorrectionsUi::splitInThePreviewThenImport()
{
    const QString archive = m_dir.filePath(QStringLiteral("温县报"));
    QVERIFY(QDir().mkpath(archive + QStringLiteral("/2024-03-05")));
    {
        QFile f(archive + QStringLiteral("/2024-03-05/01.md"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pageBytes());
    }
    const QString libraryPath = m_dir.filePath(QStringLiteral("lib.kanbao"));
    {
        Library library;
        QVERIFY(library.open(libraryPath));
    }
    test::ScriptedDialogs dialogs;
    ImportWizard wizard(libraryPath, &dialogs);
    wizard.resize(1100, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFolder(archive);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isScanning(), 30000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    const QStringList original{QStringLiteral("温县召开经济工作会议"), QStringLiteral("家具城开业")};
    QCOMPARE(headlines(wizard.previewPages()), original);

    // The context menu on the paragraph where the second article starts.
    const std::optional<QPoint> at = placeOf(wizard, 0, 0, 2);
    QVERIFY(at);
    std::unique_ptr<QMenu> menu(wizard.previewContextMenu(*at));
    QAction *split = menu->findChild<QAction *>(QStringLiteral("previewSplitAction"));
    QVERIFY(split);
    QVERIFY(split->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("previewMergeNextAction")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("previewMergePreviousAction")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("previewLineAsHeadlineAction")));
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("previewNotArticleAction")));
    // Copy of the standard menu is still there.
    QVERIFY(menu->actions().size() > 8);
    menu->popup(wizard.previewArticles()->viewport()->mapToGlobal(*at));
    QVERIFY(QTest::qWaitForWindowExposed(menu.get()));
    {
        QPixmap shot = wizard.grab();
        QPainter painter(&shot);
        painter.drawPixmap(wizard.mapFromGlobal(menu->pos()), menu->grab());
        painter.end();
        QVERIFY(!save(shot, QStringLiteral("wizard_preview_correct_menu.png")).isEmpty());
    }
    split->trigger();
    menu->hide();

    // The preview follows at once.
    const QStringList afterSplit{QStringLiteral("温县召开经济工作会议"), GluedStart.left(8),
                                 QStringLiteral("家具城开业")};
    QCOMPARE(headlines(wizard.previewPages()), afterSplit);
    // The new article has no headline: its kind and opening words stand for one.
    QVERIFY2(wizard.previewArticles()->toPlainText().contains(QStringLiteral("2. [")),
             qPrintable(wizard.previewArticles()->toPlainText()));
    QVERIFY(wizard.previewArticles()->toPlainText().contains(QStringLiteral("] ") + GluedStart.left(8)));
    QVERIFY(wizard.previewArticles()->toPlainText().contains(QStringLiteral("3. 家具城开业")));
    QVERIFY2(wizard.previewStatus()->text().contains(QStringLiteral("1 correction")),
             qPrintable(wizard.previewStatus()->text()));
    QUndoStack *stack = wizard.previewUndoStack();
    QCOMPARE(stack->count(), 1);

    // The advertisement is no article: hidden in the preview, not gone.
    const std::optional<QPoint> ad = placeOf(wizard, 0, 2, 0);
    QVERIFY(ad);
    menu.reset(wizard.previewContextMenu(*ad));
    menu->findChild<QAction *>(QStringLiteral("previewNotArticleAction"))->trigger();
    const QStringList afterHide{QStringLiteral("温县召开经济工作会议"), GluedStart.left(8),
                                QStringLiteral("(hidden) 家具城开业")};
    QCOMPARE(headlines(wizard.previewPages()), afterHide);
    QVERIFY(wizard.previewArticles()->toPlainText().contains(QStringLiteral("not an article")));
    QVERIFY(!save(wizard.grab(), QStringLiteral("wizard_preview_corrected.png")).isEmpty());

    // Undo and redo, one correction at a time; the first through the page's Undo button.
    auto *undo = wizard.findChild<QPushButton *>(QStringLiteral("previewUndoButton"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->toolTip().contains(QStringLiteral("not an article")), qPrintable(undo->toolTip()));
    undo->click();
    QCOMPARE(headlines(wizard.previewPages()), afterSplit);
    stack->undo();
    QCOMPARE(headlines(wizard.previewPages()), original);
    QVERIFY(!wizard.previewStatus()->text().contains(QStringLiteral("correction")));
    QVERIFY(!undo->isEnabled());
    stack->redo();
    QCOMPARE(headlines(wizard.previewPages()), afterSplit);
    // A correction that cannot be made says why and changes nothing.
    QVERIFY(!wizard.correctPreview(0, 0, CorrectionKind::MergePrevious));
    QVERIFY(wizard.previewStatus()->text().contains(QStringLiteral("no previous article")));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(headlines(wizard.previewPages()), afterSplit);

    // Import: the split article is stored as two, the correction kept with the page.
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPageId), 60000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(wizard.outcomes().size(), 1);
    QCOMPARE(wizard.outcomes().first().kind, ImportOutcome::Imported);

    Library library;
    QVERIFY(library.open(libraryPath));
    QSqlQuery q(library.database());
    QVERIFY(q.exec(QStringLiteral("SELECT coalesce(headline, ''), substr(body, 1, 8), hidden FROM articles"
                                  " ORDER BY seq")));
    QStringList stored;
    while (q.next())
        stored << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') +
                      q.value(2).toString();
    QCOMPARE(stored, (QStringList{QStringLiteral("温县召开经济工作会议|3月4日，温县召|0"),
                                  QStringLiteral("|") + GluedStart.left(8) + QStringLiteral("|0"),
                                  QStringLiteral("家具城开业|某某家具城开业大|0")}));
    CorrectionsStore store(library);
    const QList<Correction> kept = store.corrections();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().kind, CorrectionKind::SplitBefore);
    QCOMPARE(kept.first().state, CorrectionState::Applied);
    QVERIFY(GluedStart.startsWith(kept.first().argument));
    // The import, with the folder it was given.
    const std::optional<QList<ImportRecord>> imports = store.imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), 1);
    QCOMPARE(imports->first().sources, QStringList{QFileInfo(archive).absoluteFilePath()});
    QCOMPARE(imports->first().pages, 1);
}

QTEST_MAIN(TestPreviewCorrectionsUi)
#include "tst_previewcorrectionsui.moc"
