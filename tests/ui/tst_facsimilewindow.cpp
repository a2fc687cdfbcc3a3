// The page image in the main window (issue 11): View ▸ Show Page Image (remembered) shows the PDF page
// beside the article with the article's region highlighted and its search hits marked; a click on another
// region opens that article; zoom; a text page gets a placeholder; a linked PDF that was moved is located
// again from the placeholder. Screenshots: facsimile_window.png, facsimile_linked_missing.png (build dir).

#include "facsimile/facsimiledock.h"
#include "facsimile/facsimileview.h"
#include "mainwindow.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QFile>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

class TestFacsimileWindow : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString &name) { return QStringLiteral(KANBAO_TEST_DATA_DIR "/pdf/") + name; }
    static const QString &headline()
    {
        static const QString h = QStringLiteral("高能同步辐射光源验证装置通过验收");
        return h;
    }

    // Imports `folders` into a new library; `link`: keep links to the PDFs instead of copies.
    static QString makeLibrary(const QString &path, const QStringList &folders, bool link)
    {
        Library library;
        if (!library.open(path))
            return library.errorString();
        Importer importer(library);
        importer.setLinkFiles(link);
        const ImportSummary summary = importer.importPaths(folders);
        if (!summary.failed.isEmpty())
            return summary.failed.first().error;
        return summary.imported > 0 ? QString() : QStringLiteral("nothing imported");
    }

    static qint64 articleWithHeadline(MainWindow &window, const QString &text)
    {
        for (const ArticleRef &ref :
             window.reader()->search(QStringLiteral("\"%1\"").arg(text.left(6)), 0, 50))
            if (ref.headline == text)
                return ref.articleId;
        return 0;
    }

    // Until the whole image is in (the rows in view come first, the rest after them).
    static bool waitRendered(FacsimileView *view)
    {
        QSignalSpy completed(view, &FacsimileView::completed);
        return !view->isRendering() && view->isComplete() && view->regionCount() > 0 ? true : completed.wait(30000);
    }

    QTemporaryDir m_dir;
    QString m_library;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("archive")));
        QVERIFY(QFile::copy(data(QStringLiteral("tuned/cairo_20190203-04.pdf")),
                            m_dir.filePath(QStringLiteral("archive/cairo_20190203-04.pdf"))));
        m_library = m_dir.filePath(QStringLiteral("pages.kanbao"));
        const QString error = makeLibrary(
            m_library, {m_dir.filePath(QStringLiteral("archive")), QStringLiteral(KANBAO_SAMPLES_DIR)},
            false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void pageBesideTheArticle()
    {
        test::ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openLibrary(m_library));
        QAction *toggle = window.action(QStringLiteral("showPageImageAction"));
        QVERIFY(toggle);
        QVERIFY(!toggle->isChecked()); // off until the reader asks for it
        QVERIFY(!window.facsimile()->isVisible());
        toggle->trigger();
        QVERIFY(window.facsimile()->isVisible());
        QCOMPARE(QSettings().value(QLatin1String(FacsimileView::VisibleKey)).toBool(), true);

        const qint64 id = articleWithHeadline(window, headline());
        QVERIFY(id > 0);
        window.openArticle(id, QStringLiteral("验收"));
        FacsimileView *view = window.facsimile()->view();
        QVERIFY(waitRendered(view));
        QVERIFY(window.facsimile()->placeholderText().isEmpty());
        QVERIFY(view->highlighted() >= 0);
        QVERIFY(view->regionCount() >= 5);
        // The hits in the headline and in the body (验收 twice) land inside the article's region, apart.
        QCOMPARE(view->markBoxes().size(), 2 + 1); // the body's 验 and 收 stand on two lines
        const QRectF region = view->highlightedRegion().adjusted(-3, -3, 3, 3);
        for (const QRectF &box : view->markBoxes())
            QVERIFY2(region.contains(box), qPrintable(QStringLiteral("%1,%2").arg(box.x()).arg(box.y())));
        QTest::qWait(50);
        const QString shot = QStringLiteral(KANBAO_BUILD_DIR "/facsimile_window.png");
        QVERIFY(window.grab().save(shot));
        qInfo("screenshot %s", qPrintable(shot));

        // The highlighted region's outline is drawn in orange on the page image.
        const QImage image = view->grab().toImage();
        const double scale = view->width() / view->pageSize().width();
        const QRectF r = view->highlightedRegion();
        const QColor border = image.pixelColor(int(r.center().x() * scale), int(r.top() * scale - 2));
        QVERIFY2(border.red() > 200 && border.blue() < 80, qPrintable(border.name()));

        // The article's region up close, its hits marked (at 200 %).
        window.facsimile()->setZoom(FacsimileDock::Zoom::Percent, 200);
        QVERIFY(waitRendered(view));
        const double closeScale = view->width() / view->pageSize().width();
        const QRect closeUp =
            QRectF(r.topLeft() * closeScale, r.size() * closeScale).toRect().adjusted(-8, -8, 8, 8);
        QVERIFY(view->grab(closeUp).save(QStringLiteral(KANBAO_BUILD_DIR "/facsimile_region.png")));
        window.facsimile()->setZoom(FacsimileDock::Zoom::FitWidth);
        QVERIFY(waitRendered(view));

        // A click on another region opens that article.
        const QList<QRectF> regions = view->regions();
        int other = -1;
        for (int i = 0; i < regions.size() && other < 0; ++i)
            if (i != view->highlighted() && regions[i].width() > 20 && regions[i].height() > 20)
                other = i;
        QVERIFY(other >= 0);
        window.facsimile()->scrollArea()->ensureVisible(int(regions[other].center().x() * scale),
                                                        int(regions[other].center().y() * scale));
        QTest::mouseClick(view, Qt::LeftButton, {}, (regions[other].center() * scale).toPoint());
        QVERIFY(window.currentArticleId() != id);
        QTRY_COMPARE(view->highlighted(), other);
    }

    void zoom()
    {
        test::ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openLibrary(m_library));
        QVERIFY(window.action(QStringLiteral("showPageImageAction"))->isChecked()); // remembered
        window.openArticle(articleWithHeadline(window, headline()));
        FacsimileDock *dock = window.facsimile();
        QVERIFY(waitRendered(dock->view()));
        const QSizeF page = dock->view()->pageSize();
        dock->setZoom(FacsimileDock::Zoom::Percent, 200);
        QCOMPARE(dock->view()->width(), int(page.width() / 72.0 * dock->logicalDpiX() * 2));
        dock->setZoom(FacsimileDock::Zoom::FitPage);
        QVERIFY(dock->view()->height() <= dock->scrollArea()->viewport()->height() + 1);
        dock->setZoom(FacsimileDock::Zoom::FitWidth);
        QVERIFY(dock->view()->width() <= dock->scrollArea()->viewport()->width());
        QVERIFY(dock->view()->width() > dock->scrollArea()->viewport()->width() - 40);
        QVERIFY(waitRendered(dock->view()));
        QCOMPARE(dock->view()->highlighted() >= 0, true);
    }

    void textPageHasNoImage()
    {
        test::ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.show();
        QVERIFY(window.openLibrary(m_library));
        qint64 textArticle = 0;
        for (const ArticleRef &ref : window.reader()->search(QStringLiteral("焦作"), 0, 20))
            if (!window.reader()->article(ref.articleId)->sourcePath.endsWith(QLatin1String(".pdf")))
                textArticle = ref.articleId;
        QVERIFY(textArticle > 0);
        window.openArticle(textArticle);
        QVERIFY2(window.facsimile()->placeholderText().contains(QStringLiteral("text page")),
                 qPrintable(window.facsimile()->placeholderText()));
        QVERIFY(!window.facsimile()->canLocate());
    }

    void movedLinkedFileIsLocated()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("linked")));
        const QString original = m_dir.filePath(QStringLiteral("linked/page.pdf"));
        QVERIFY(QFile::copy(data(QStringLiteral("tuned/cairo_20190203-04.pdf")), original));
        const QString library = m_dir.filePath(QStringLiteral("linked.kanbao"));
        const QString error = makeLibrary(library, {m_dir.filePath(QStringLiteral("linked"))}, true);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString moved = m_dir.filePath(QStringLiteral("page-moved.pdf"));
        QVERIFY(QFile::rename(original, moved));

        test::ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openLibrary(library));
        const qint64 id = articleWithHeadline(window, headline());
        window.openArticle(id);
        FacsimileDock *dock = window.facsimile();
        QVERIFY2(dock->placeholderText().contains(QStringLiteral("moved or deleted")),
                 qPrintable(dock->placeholderText()));
        QVERIFY(dock->canLocate());
        QTest::qWait(20);
        QVERIFY(window.grab().save(QStringLiteral(KANBAO_BUILD_DIR "/facsimile_linked_missing.png")));

        // A wrong file is refused with a reason; the right one brings the page back.
        dialogs.openFileAnswer = data(QStringLiteral("tuned/cairo_20190201-01.pdf"));
        dock->locateFile();
        QCOMPARE(dialogs.warnings.size(), 1);
        QVERIFY(dialogs.warnings.first().contains(QStringLiteral("content differs")));
        QVERIFY(dock->canLocate());
        dialogs.openFileAnswer = moved;
        dock->locateFile();
        QVERIFY(dock->placeholderText().isEmpty());
        QVERIFY(waitRendered(dock->view()));
        QVERIFY(dock->view()->highlighted() >= 0);
        QCOMPARE(window.reader()->article(id)->sourcePath, moved);
    }
};

QTEST_MAIN(TestFacsimileWindow)
#include "tst_facsimilewindow.moc"
