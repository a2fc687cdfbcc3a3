// What a new reader sees first, at 1600×1000 and 1280×720, in English and Chinese: the first-start layout
// (maximised on the small screen, the article column at least 60 % of the width), an article whose headline
// never leaves a character alone on a line and whose body is set at about 1.7 line height, and the Export
// Notes dialog with no label or button cut. Screenshots go to KANBAO_SCREENSHOT_DIR (default
// <build>/screenshots/issue16) to be looked at.
#include "articlelistmodel.h"
#include "articleview.h"
#include "firststartlayout.h"
#include "language.h"
#include "mainwindow.h"
#include "notes/exportnotesdialog.h"
#include "notes/notescontroller.h"
#include "notes/noteseditor.h"
#include "notes/tagchipbar.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTabBar>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace kanbao;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("KANBAO_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("KANBAO_SCREENSHOT_DIR")
                            : QStringLiteral(KANBAO_BUILD_DIR "/screenshots/issue16");
    QDir().mkpath(dir);
    return dir;
}

// Labels and buttons narrower than their text: the text is cut.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || label->pixmap().isNull() == false)
            continue;
        if (label->width() < label->minimumSizeHint().width() || label->width() < label->sizeHint().width())
            cut << QStringLiteral("label “%1”: %2 < %3").arg(label->text()).arg(label->width()).arg(label->sizeHint().width());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->sizeHint().width())
            cut << QStringLiteral("button “%1”: %2 < %3").arg(button->text()).arg(button->width()).arg(button->sizeHint().width());
    }
    // Tabs (the docks stacked at a side run vertically): each has the room its whole title needs.
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!bar->isVisible())
            continue;
        const bool vertical = bar->shape() == QTabBar::RoundedEast || bar->shape() == QTabBar::RoundedWest;
        for (int i = 0; i < bar->count(); ++i) {
            const QRect rect = bar->tabRect(i);
            const int room = vertical ? rect.height() : rect.width();
            const int needed = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
            if (room < needed)
                cut << QStringLiteral("tab “%1”: %2 < %3").arg(bar->tabText(i)).arg(room).arg(needed);
        }
    }
    return cut;
}

// The last line of the headline as laid out, in characters (the whole headline when it fits on one line).
int headlineLastLine(const ArticleView *view, int *lines)
{
    const QTextBlock block = view->headlineBlock();
    const QTextLayout *layout = block.layout();
    *lines = layout ? layout->lineCount() : 0;
    if (!layout || layout->lineCount() == 0)
        return 0;
    return layout->lineAt(layout->lineCount() - 1).textLength();
}

} // namespace

class TestFirstLook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void layoutSizesFromTheScreen_data();
    void layoutSizesFromTheScreen();
    void firstStart_data();
    void firstStart();
    void headlineNeverLeavesACharacterAlone_data();
    void headlineNeverLeavesACharacterAlone();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestFirstLook::initTestCase()
{
    // A home of its own: the settings (test mode keeps them under $HOME/.qttest) are not shared with the
    // GUI tests running alongside, and the export dialog's Documents folder is not made in the real home.
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Kanbao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(m_library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFirstLook::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
    QSettings().clear();
}

void TestFirstLook::layoutSizesFromTheScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<bool>("maximised");
    QTest::newRow("1280x720") << QRect(0, 0, 1280, 720) << true;
    QTest::newRow("1366x768") << QRect(0, 0, 1366, 768) << true;
    QTest::newRow("1600x1000") << QRect(0, 0, 1600, 1000) << false;
    QTest::newRow("2560x1440") << QRect(0, 0, 2560, 1440) << false;
}

void TestFirstLook::layoutSizesFromTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(bool, maximised);
    QCOMPARE(FirstStartLayout::shouldMaximise(available.size()), maximised);
    const QRect geometry = FirstStartLayout::windowGeometry(available);
    QVERIFY(available.contains(geometry));
    // Not a small window in a corner: most of the screen, centred.
    QVERIFY(geometry.width() >= qMin(1800, int(available.width() * 0.85)));
    QVERIFY(qAbs(geometry.center().x() - available.center().x()) <= 1);
}

void TestFirstLook::firstStart_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    for (const QSize size : {QSize(1600, 1000), QSize(1280, 720)}) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QByteArray tag = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height()) + '-'
                                   + language.toLatin1();
            QTest::newRow(tag.constData()) << size << language;
        }
    }
}

void TestFirstLook::firstStart()
{
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    QSettings().clear();
    Language::apply(language);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());

    test::ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    // The offscreen screen is not this size: lay out for it, then show the window at the size the layout
    // chose (what a maximised window gets on a screen of that size).
    const QRect available(QPoint(0, 0), screen);
    FirstStartLayout::apply(&window, available);
    window.setWindowState(Qt::WindowNoState);
    window.setGeometry(FirstStartLayout::windowGeometry(available));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FirstStartLayout::sizeDocks(&window, window.width());
    QCoreApplication::processEvents();
    QVERIFY(window.openLibrary(m_library, false));
    QCoreApplication::processEvents();

    const QString dir = screenshotDir();
    QVERIFY(window.grab().save(dir + QStringLiteral("/first-start-%1.png").arg(tag)));
    // The calendar in front, not the empty saved searches tabbed with it.
    auto *issuesDock = window.findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    QVERIFY(issuesDock && !issuesDock->visibleRegion().isEmpty());

    // The article column keeps at least 60 % of the width.
    const double share = double(window.centralWidget()->width()) / window.width();
    QVERIFY2(share >= FirstStartLayout::MinArticleShare - 0.005, qPrintable(QString::number(share)));

    // An article: its headline has no lone character on its last line.
    ArticleView *view = window.articleView();
    QVERIFY(view->article());
    int lines = 0;
    const int last = headlineLastLine(view, &lines);
    const int length = view->headlineBlock().length() - 1;
    QVERIFY2(lines == 1 || last >= qMin(ArticleView::MinHeadlineLastLine, length / 2),
             qPrintable(QStringLiteral("%1 lines, last %2").arg(lines).arg(last)));
    // Body paragraphs at 1.7 line height.
    bool bodySeen = false;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        if (view->article()->body.split(u'\n').contains(block.text())) { // a paragraph of the body
            QCOMPARE(block.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
            QCOMPARE(block.blockFormat().lineHeight(), 170.0);
            bodySeen = true;
        }
    }
    QVERIFY(bodySeen);
    // With two tags: their chips above the headline.
    NotesEditor *editor = window.notes()->editor();
    QVERIFY(editor);
    QList<qint64> tagIds;
    for (const auto &[name, color] : {std::pair{QStringLiteral("农业"), QStringLiteral("#16a34a")},
                                      std::pair{QStringLiteral("待读"), QStringLiteral("#fde68a")}}) {
        const std::optional<Tag> existing = editor->store()->tagByName(name);
        const std::optional<qint64> id = existing ? std::optional<qint64>(existing->id) : editor->createTag(name, color);
        QVERIFY(id);
        tagIds << *id;
    }
    QVERIFY(editor->assignTags({view->article()->id}, tagIds));
    QTRY_COMPARE(window.notes()->tagChips()->chips().size(), 2);
    QCoreApplication::processEvents();
    QVERIFY(view->grab().save(dir + QStringLiteral("/article-%1.png").arg(tag)));
    const QStringList chipsCut = cutTexts(view);
    QVERIFY2(chipsCut.isEmpty(), qPrintable(chipsCut.join(QStringLiteral("; "))));

    // Search results for a two-character query, typed as a reader does: the results come without Enter.
    QLineEdit *field = window.searchField();
    field->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("焦作"));
    QCoreApplication::sendEvent(field, &typed);
    QTRY_VERIFY_WITH_TIMEOUT(window.searchModel()->rowCount() > 0, 3000);
    QCoreApplication::processEvents();
    QVERIFY(window.grab().save(dir + QStringLiteral("/search-results-%1.png").arg(tag)));
    const QStringList searchCut = cutTexts(&window);
    QVERIFY2(searchCut.isEmpty(), qPrintable(searchCut.join(QStringLiteral("; "))));

    // The export dialog, nothing cut.
    ExportNotesDialog *exportDialog = window.notes()->openExportDialog();
    QVERIFY(exportDialog);
    QVERIFY(QTest::qWaitForWindowExposed(exportDialog));
    QCoreApplication::processEvents();
    QVERIFY(exportDialog->grab().save(dir + QStringLiteral("/export-dialog-%1.png").arg(tag)));
    const QStringList cut = cutTexts(exportDialog);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    exportDialog->close();
    const QStringList windowCut = cutTexts(&window);
    QVERIFY2(windowCut.isEmpty(), qPrintable(windowCut.join(QStringLiteral("; "))));
}

void TestFirstLook::headlineNeverLeavesACharacterAlone_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<int>("width");
    const QStringList headlines{
        QStringLiteral("高新区召开安全生产工作会议"),
        QStringLiteral("温县铁棍山药喜获丰收"),
        QStringLiteral("我市召开2024年全市经济工作会议暨优化营商环境推进大会"),
        QStringLiteral("太行山区迎来今冬第一场降雪 气温骤降至零下十度"),
        QStringLiteral("学习贯彻党的二十大精神 奋力谱写中国式现代化焦作篇章"),
    };
    for (const QString &headline : headlines) {
        for (int width = 360; width <= 1000; width += 40)
            QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(headline.left(6)).arg(width))) << headline << width;
    }
}

void TestFirstLook::headlineNeverLeavesACharacterAlone()
{
    QFETCH(QString, headline);
    QFETCH(int, width);
    ArticleView view;
    view.resize(width, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ArticleDetail article;
    article.headline = headline;
    article.body = QStringLiteral("初冬时节，温县万亩铁棍山药进入采挖期。");
    article.paper = QStringLiteral("焦作日报");
    view.showArticle(article);
    int lines = 0;
    const int last = headlineLastLine(&view, &lines);
    QVERIFY(lines >= 1);
    QVERIFY2(lines == 1 || last >= ArticleView::MinHeadlineLastLine,
             qPrintable(QStringLiteral("%1 lines, last line %2 characters at %3 pt")
                            .arg(lines)
                            .arg(last)
                            .arg(view.headlinePointSize())));
    // Shrinks only as far as it must: never below 1.15 times the body.
    QVERIFY(view.headlinePointSize() >= view.fontSize() * 1.15 - 0.01);
}

QTEST_MAIN(TestFirstLook)
#include "tst_firstlook.moc"
