// The offices-over-time window on the imported samples: its model agrees with the store and passes the
// model tester, the bars span first to last dates and a click selects the term and lists its evidence
// articles, per person and per organization; the CSV export; the main window's menu action; screenshots.
#include "library/library.h"
#include "mainwindow.h"
#include "timelinewindow.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kanbao;

class TestTimelineWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsMatchStore_data();
    void rowsMatchStore();
    void clickingABarListsEvidence();
    void screenshots();
    void exportsCsv();
    void missingLibraryWarns();
    void openedFromTheMainWindow();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<test::ScriptedDialogs> m_dialogs;
    std::unique_ptr<TimelineWindow> m_window;
};

void TestTimelineWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("samples.kanbao"));
    const QString error = test::importSamples(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTimelineWindow::init()
{
    m_dialogs = std::make_unique<test::ScriptedDialogs>();
    m_window = std::make_unique<TimelineWindow>(m_dialogs.get());
    QString error;
    QVERIFY2(m_window->openLibrary(m_path, &error), qPrintable(error));
}

void TestTimelineWindow::cleanup()
{
    m_window.reset();
}

void TestTimelineWindow::rowsMatchStore_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("name");
    QTest::newRow("everyone") << int(TimelineWindow::ByPerson) << QString();
    QTest::newRow("a person") << int(TimelineWindow::ByPerson) << QStringLiteral("吕沛");
    QTest::newRow("an organization") << int(TimelineWindow::ByOrganization) << QStringLiteral("党工委");
}

void TestTimelineWindow::rowsMatchStore()
{
    QFETCH(int, mode);
    QFETCH(QString, name);
    QAbstractItemModelTester tester(m_window->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show(TimelineWindow::Mode(mode), name);
    Library library;
    QVERIFY(library.open(m_path));
    EntityStore store(library);
    OfficeFilter filter;
    (mode == TimelineWindow::ByPerson ? filter.person : filter.organization) = name;
    const QList<OfficeTerm> expected = store.officeTerms(filter);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_window->model()->rowCount(), int(expected.size()));
    QSet<QString> want, got;
    for (const OfficeTerm &t : expected)
        want.insert(t.person + u'|' + t.office + u'|' + t.organization);
    OfficeTermModel *model = m_window->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        got.insert(model->index(r, OfficeTermModel::PersonColumn).data().toString() + u'|' +
                   model->index(r, OfficeTermModel::OfficeColumn).data().toString() + u'|' +
                   model->index(r, OfficeTermModel::OrganizationColumn).data().toString());
        QVERIFY(model->index(r, 0).data(OfficeTermModel::FirstDateRole).toDate() <=
                model->index(r, 0).data(OfficeTermModel::LastDateRole).toDate());
        if (mode == TimelineWindow::ByOrganization && r > 0) {
            // Per organization: the holders of each office in turn.
            const QString a = model->index(r - 1, OfficeTermModel::OrganizationColumn).data().toString() +
                              u'|' + model->index(r - 1, OfficeTermModel::OfficeColumn).data().toString();
            const QString b = model->index(r, OfficeTermModel::OrganizationColumn).data().toString() + u'|' +
                              model->index(r, OfficeTermModel::OfficeColumn).data().toString();
            QVERIFY(a <= b);
        }
    }
    QCOMPARE(got, want);
}

void TestTimelineWindow::clickingABarListsEvidence()
{
    m_window->resize(900, 640);
    m_window->QWidget::show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->show(TimelineWindow::ByPerson, QStringLiteral("吕沛"));
    OfficeGantt *gantt = m_window->gantt();
    QVERIFY(m_window->model()->rowCount() >= 2); // the chain: two offices
    const int row = m_window->model()->rowCount() - 1;
    const QRect bar = gantt->barRect(row);
    QVERIFY(bar.isValid() && bar.width() >= 6);
    // A longer term draws a longer bar.
    for (int r = 0; r < m_window->model()->rowCount(); ++r) {
        const OfficeTerm &t = m_window->model()->terms()[r];
        QCOMPARE(gantt->rowAt(gantt->barRect(r).center()), r);
        if (t.first < t.last)
            QVERIFY(gantt->barRect(r).width() > 6);
    }
    QTest::mouseClick(gantt, Qt::LeftButton, {}, bar.center());
    QCOMPARE(gantt->currentRow(), row);
    const OfficeTerm &term = m_window->model()->terms()[row];
    QCOMPARE(m_window->evidence()->count(), int(term.articleIds.size()));
    // Activating an evidence article asks the main window to open it.
    QSignalSpy opened(m_window.get(), &TimelineWindow::articleActivated);
    emit m_window->evidence()->itemActivated(m_window->evidence()->item(0));
    QCOMPARE(opened.count(), 1);
    QVERIFY(term.articleIds.contains(opened.first().first().toLongLong()));
}

void TestTimelineWindow::screenshots()
{
    m_window->resize(1000, 680);
    m_window->QWidget::show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString dir = QStringLiteral(KANBAO_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    m_window->show(TimelineWindow::ByPerson, QStringLiteral("吕沛"));
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/timeline_person.png")));
    m_window->show(TimelineWindow::ByOrganization, QStringLiteral("高新区"));
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/timeline_organization.png")));
    m_window->show(TimelineWindow::ByPerson, QString());
    QCoreApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/timeline_everyone.png")));
}

void TestTimelineWindow::exportsCsv()
{
    m_window->show(TimelineWindow::ByOrganization, QStringLiteral("党工委"));
    const QString path = m_dir.filePath(QStringLiteral("offices.csv"));
    QVERIFY(m_window->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_window->model()->rowCount() + 1);
    QCOMPARE(lines.first(), QStringLiteral("person,office,organization,first,last,mentions,articles"));
    // An unwritable place: a warning naming it.
    const QString bad = m_dir.filePath(QStringLiteral("no/such/dir/offices.csv"));
    QVERIFY(!m_window->exportCsv(bad));
    QCOMPARE(m_dialogs->warnings.size(), 1);
    QVERIFY(m_dialogs->warnings.first().contains(QStringLiteral("offices.csv")));
}

void TestTimelineWindow::missingLibraryWarns()
{
    test::ScriptedDialogs dialogs;
    QWidget parent;
    QVERIFY(!TimelineWindow::open(m_dir.filePath(QStringLiteral("none.kanbao")), &dialogs, &parent));
    QCOMPARE(dialogs.warnings.size(), 1);
    QVERIFY(dialogs.warnings.first().contains(QStringLiteral("none.kanbao")));
}

void TestTimelineWindow::openedFromTheMainWindow()
{
    test::ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    QVERIFY(window.openLibrary(m_path));
    auto *action = window.findChild<QAction *>(QStringLiteral("officesTimelineAction"));
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    auto *timeline = window.findChild<TimelineWindow *>();
    QVERIFY(timeline);
    QVERIFY(timeline->model()->rowCount() > 0);
    timeline->close();
}

QTEST_MAIN(TestTimelineWindow)
#include "tst_timelinewindow.moc"
