// Citations in the main window: the remembered citation style, Copy Citation, Export References… for the
// selection and for every search result, the article lists' context menu and the notes export dialog's
// style. On the sample library; screenshots of the menus land in build/screenshots.
#include "articlelistmodel.h"
#include "articleview.h"
#include "citationcontroller.h"
#include "language.h"
#include "library/searchlists.h"
#include "mainwindow.h"
#include "notes/articlehighlighter.h"
#include "notes/exportnotesdialog.h"
#include "notes/notescontroller.h"
#include "notes/notesstore.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

namespace {

// Names a new collection as a user would type it.
class NamingDialogs : public test::ScriptedDialogs
{
public:
    QString textAnswer;
    QString getText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return textAnswer;
    }
};

} // namespace

class TestCitations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Its own settings file: the GUI tests run in parallel, and this one changes the citation style.
        QCoreApplication::setApplicationName(QStringLiteral("Kanbao-tst_citations"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("kanbao.github.io"));
        QSettings().clear();
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("samples.kanbao"));
        const QString error = test::importSamples(m_library);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = std::make_unique<MainWindow>(&m_dialogs);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openLibrary(m_library, false));
        QVERIFY(m_window->currentArticleId() != 0);
        m_citations = m_window->findChild<CitationController *>();
        QVERIFY(m_citations);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void styleIsChosenInTheMenuAndRemembered()
    {
        QMenu *menu = m_citations->styleMenu();
        QCOMPARE(menu->actions().size(), 2);
        QCOMPARE(CitationController::chosenStyle(), CitationStyle::GbT7714);
        QVERIFY(menu->actions().at(0)->isChecked());
        menu->actions().at(1)->trigger();
        QCOMPARE(QSettings().value(QLatin1String(CitationController::StyleKey)).toString(),
                 QStringLiteral("chicago"));
        QCOMPARE(CitationController::chosenStyle(), CitationStyle::Chicago);
        // Copy Article with Citation ends with the reference in that style.
        const ArticleDetail article = *m_window->articleView()->article();
        QApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString chicago =
            formatCitation(CitationController::citationOf(article), CitationStyle::Chicago);
        QVERIFY2(QApplication::clipboard()->text().endsWith(QStringLiteral("— ") + chicago),
                 qPrintable(QApplication::clipboard()->text().right(200)));
        QVERIFY(chicago.contains(QLocale(QLocale::English).monthName(article.date.month())));
        menu->actions().at(0)->trigger();
        QCOMPARE(CitationController::chosenStyle(), CitationStyle::GbT7714);
    }

    void copyCitationOfTheOpenArticle()
    {
        m_window->articleView()->setFocus();
        const qint64 id = m_window->currentArticleId();
        const std::optional<ArticleCitation> stored = m_window->notes()->store()->citation(id);
        QVERIFY(stored);
        QApplication::clipboard()->clear();
        m_citations->copyCitationAction()->trigger();
        const QString text = QApplication::clipboard()->text();
        QCOMPARE(text, formatCitation(*stored, CitationStyle::GbT7714));
        QVERIFY(text.contains(QStringLiteral("[N]. ") + stored->paper + QStringLiteral(", ") +
                              stored->date.toString(Qt::ISODate)));
        QVERIFY(m_dialogs.warnings.isEmpty());
    }

    void exportSearchResults_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("marker");
        QTest::newRow("ris") << QStringLiteral("refs.ris") << QStringLiteral("refs.ris")
                             << QStringLiteral("TY  - NEWS");
        QTest::newRow("bibtex") << QStringLiteral("refs.bib") << QStringLiteral("refs.bib")
                                << QStringLiteral("@article{");
        QTest::newRow("csl-json") << QStringLiteral("refs.json") << QStringLiteral("refs.json")
                                  << QStringLiteral("\"article-newspaper\"");
        QTest::newRow("no suffix: RIS")
            << QStringLiteral("refs") << QStringLiteral("refs.ris") << QStringLiteral("ER  - ");
    }

    void exportSearchResults()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, written);
        QFETCH(QString, marker);
        m_window->search(QStringLiteral("焦作"));
        const QList<ArticleRef> all = m_window->reader()->search(QStringLiteral("焦作"), 0, 100000);
        QVERIFY(all.size() > 1);
        QTemporaryDir out;
        m_dialogs.saveFileAnswer = out.filePath(fileName);
        m_citations->exportResultsAction()->trigger();
        QFile file(out.filePath(written));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(int(text.count(marker)), int(all.size()));
        QVERIFY(m_dialogs.warnings.isEmpty());
        if (written.endsWith(QLatin1String(".json")))
            QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).array().size(), all.size());
    }

    void cancelledExportWritesNothing()
    {
        m_dialogs.saveFileAnswer.clear();
        QVERIFY(!m_citations->exportReferences({m_window->currentArticleId()}));
        QVERIFY(m_dialogs.warnings.isEmpty());
    }

    void contextMenuOfTheResults()
    {
        m_window->search(QStringLiteral("焦作"));
        QListView *view = m_window->searchResultsView();
        QTRY_VERIFY(view->model()->rowCount() > 2);
        view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select);
        view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select);
        const QPoint at = view->visualRect(view->model()->index(0, 0)).center();
        emit view->customContextMenuRequested(at);
        QMenu *menu = view->findChild<QMenu *>(QStringLiteral("articleListContextMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Copy Citation (GB/T 7714-2015)")),
                 qPrintable(texts.join(u'|')));
        // "Export 2 Reference(s)…" until the English plural forms are translated
        QVERIFY2(texts.join(u'|').contains(QStringLiteral("Export 2 Reference")),
                 qPrintable(texts.join(u'|')));
        const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(menu->grab().save(dir + QStringLiteral("/citation_context_menu.png")));
        // Copy from it: both selected articles, one reference per line.
        QApplication::clipboard()->clear();
        menu->actions().constFirst()->trigger();
        QCOMPARE(QApplication::clipboard()->text().split(u'\n').size(), 2);
        menu->close();

        // The Edit menu with its Citation Style submenu, for a look.
        QMenu *edit = nullptr;
        for (QAction *a : m_window->menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(m_citations->copyCitationAction()))
                edit = a->menu();
        }
        QVERIFY(edit);
        edit->popup(m_window->mapToGlobal(QPoint(60, 30)));
        QTRY_VERIFY(edit->isVisible());
        edit->setActiveAction(m_citations->styleMenu()->menuAction());
        m_citations->styleMenu()->popup(
            edit->mapToGlobal(edit->actionGeometry(m_citations->styleMenu()->menuAction()).topRight()));
        QTRY_VERIFY(m_citations->styleMenu()->isVisible());
        QVERIFY(edit->grab().save(dir + QStringLiteral("/citation_edit_menu.png")));
        QVERIFY(m_citations->styleMenu()->grab().save(dir + QStringLiteral("/citation_style_menu.png")));
        m_citations->styleMenu()->close();
        edit->close();
        QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file->actions().contains(m_citations->exportReferencesAction()));
        file->popup(m_window->mapToGlobal(QPoint(10, 30)));
        QTRY_VERIFY(file->isVisible());
        QVERIFY(file->grab().save(dir + QStringLiteral("/citation_file_menu.png")));
        file->close();
    }

    // The same menus add articles to a collection (new or existing); the collection is then a search scope.
    void addToCollectionFromTheMenus()
    {
        m_window->search(QStringLiteral("焦作"));
        QListView *view = m_window->searchResultsView();
        QTRY_VERIFY(view->model()->rowCount() > 2);
        view->selectionModel()->clearSelection();
        view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select);
        view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select);
        const QList<qint64> chosen{
            view->model()->index(1, 0).data(ArticleListModel::ArticleIdRole).toLongLong(),
            view->model()->index(2, 0).data(ArticleListModel::ArticleIdRole).toLongLong()};
        auto openMenu = [view]() -> QMenu * {
            for (QMenu *old : view->findChildren<QMenu *>(QStringLiteral("articleListContextMenu")))
                old->close();
            QTest::qWait(10);
            emit view->customContextMenuRequested(view->visualRect(view->model()->index(1, 0)).center());
            const QList<QMenu *> menus = view->findChildren<QMenu *>(QStringLiteral("addToCollectionMenu"));
            return menus.isEmpty() ? nullptr : menus.last();
        };
        QMenu *add = openMenu();
        QVERIFY(add);
        QCOMPARE(add->actions().size(), 1); // no collection yet: only New Collection…
        m_dialogs.textAnswer = QStringLiteral("水利");
        add->actions().constLast()->trigger();
        Collections collections(m_window->notes()->store()->database());
        std::optional<Collection> found = collections.byName(QStringLiteral("水利"));
        QVERIFY(found);
        QCOMPARE(found->articles, 2);
        QCOMPARE(collections.articles(found->id).size(), 2);
        for (const qint64 id : chosen)
            QVERIFY(collections.articles(found->id).contains(id));

        // Now listed, with its count.
        add = openMenu();
        QVERIFY(add);
        QCOMPARE(add->actions().size(), 3); // 水利 (2 articles), separator, New Collection…
        QVERIFY(add->actions().constFirst()->text().startsWith(QStringLiteral("水利")));
        const qint64 open = m_window->currentArticleId();
        view->selectionModel()->clearSelection();
        view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select);
        emit view->customContextMenuRequested(view->visualRect(view->model()->index(0, 0)).center());
        add = view->findChildren<QMenu *>(QStringLiteral("addToCollectionMenu")).constLast();
        add->actions().constFirst()->trigger();
        const qint64 first = view->model()->index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
        QVERIFY(collections.articles(found->id).contains(first));
        // The article pane's menu: the open article.
        QVERIFY(open != 0);
        QMenu paneMenu;
        emit m_window->notes()->highlighter()->contextMenuAboutToShow(&paneMenu, 0);
        QMenu *paneAdd = paneMenu.findChild<QMenu *>(QStringLiteral("addToCollectionMenu"));
        QVERIFY(paneAdd);
        QVERIFY(paneMenu.findChildren<QAction *>().contains(m_citations->copyCitationAction()) ||
                paneMenu.actions().contains(m_citations->copyCitationAction()));
        paneAdd->actions().constFirst()->trigger();
        QVERIFY(collections.articles(found->id).contains(open));
        const QList<ArticleRef> scoped =
            m_window->reader()->search(QStringLiteral("collection:水利"), 0, 100);
        QCOMPARE(scoped.size(), collections.articles(found->id).size());
        QVERIFY(m_dialogs.warnings.isEmpty());
    }

    void notesExportUsesTheChosenStyle()
    {
        CitationController::setChosenStyle(CitationStyle::Chicago);
        ExportNotesDialog dialog(m_window->notes()->store(), &m_dialogs, {});
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("citationStyle"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("chicago"));
        QCOMPARE(dialog.options().citationStyle, CitationStyle::Chicago);
        combo->setCurrentIndex(combo->findData(QStringLiteral("gbt7714")));
        QCOMPARE(dialog.options().citationStyle, CitationStyle::GbT7714);
        QCOMPARE(CitationController::chosenStyle(), CitationStyle::GbT7714); // one setting, shared
        dialog.resize(560, 480);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(
            dialog.grab().save(QStringLiteral(KANBAO_BUILD_DIR "/screenshots/citation_notes_export.png")));
    }

private:
    QTemporaryDir m_dir;
    QString m_library;
    NamingDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    CitationController *m_citations = nullptr;
};

QTEST_MAIN(TestCitations)
#include "tst_citations.moc"
