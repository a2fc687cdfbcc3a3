// An undo step made in English reads Chinese after switching to 中文 (and back): the notes commands rebuild
// their texts on a language switch, so Edit ▸ Undo never reads "撤销Edit note".
#include "articleview.h"
#include "language.h"
#include "mainwindow.h"
#include "notes/notescommands.h"
#include "notes/notescontroller.h"
#include "notes/noteseditor.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kanbao;

class TestUndoRetranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void undoTextsFollowTheLanguage_data();
    void undoTextsFollowTheLanguage();

private:
    void switchTo(MainWindow &window, const QString &language);

    QTemporaryDir m_dir;
    QString m_library;
};

void TestUndoRetranslation::initTestCase()
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
}

void TestUndoRetranslation::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
    QSettings().clear();
}

void TestUndoRetranslation::switchTo(MainWindow &window, const QString &language)
{
    QAction *choice = window.action(QStringLiteral("language_") + language);
    QVERIFY(choice);
    choice->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

void TestUndoRetranslation::undoTextsFollowTheLanguage_data()
{
    // The step made first, in which language; what Undo reads in each language.
    QTest::addColumn<QString>("madeIn");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("tag made in English") << QStringLiteral("en") << QStringLiteral("tag")
                                         << QStringLiteral("&Undo Create tag “农业”")
                                         << QStringLiteral("撤销创建标签“农业”(&U)");
    QTest::newRow("note made in English") << QStringLiteral("en") << QStringLiteral("note")
                                          << QStringLiteral("&Undo Add note") << QStringLiteral("撤销添加笔记(&U)");
    QTest::newRow("note made in Chinese") << QStringLiteral("zh_CN") << QStringLiteral("note")
                                          << QStringLiteral("&Undo Add note") << QStringLiteral("撤销添加笔记(&U)");
    // The tag picker's step when it both adds and removes tags: a macro of two commands.
    QTest::newRow("tag picker step made in English") << QStringLiteral("en") << QStringLiteral("picker")
                                                     << QStringLiteral("&Undo Tag articles")
                                                     << QStringLiteral("撤销为文章加标签(&U)");
    QTest::newRow("tag picker step made in Chinese") << QStringLiteral("zh_CN") << QStringLiteral("picker")
                                                     << QStringLiteral("&Undo Tag articles")
                                                     << QStringLiteral("撤销为文章加标签(&U)");
}

void TestUndoRetranslation::undoTextsFollowTheLanguage()
{
    QFETCH(QString, madeIn);
    QFETCH(QString, step);
    QFETCH(QString, english);
    QFETCH(QString, chinese);

    const QString library = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')
                                           + QStringLiteral(".kanbao"));
    const QString error = test::importSamples(library);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Language::apply(QStringLiteral("en"));
    test::ScriptedDialogs dialogs;
    MainWindow window(&dialogs);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLibrary(library, false));
    switchTo(window, madeIn);

    NotesEditor *editor = window.notes()->editor();
    QVERIFY(editor);
    if (step == QLatin1String("tag")) {
        QVERIFY(editor->createTag(QStringLiteral("农业")));
    } else if (step == QLatin1String("picker")) {
        // What TagPickerDialog::apply does when tags are checked and others unchecked at once.
        QVERIFY(window.articleView()->article());
        const qint64 article = window.articleView()->article()->id;
        const std::optional<qint64> kept = editor->createTag(QStringLiteral("交通"));
        const std::optional<qint64> added = editor->createTag(QStringLiteral("农业"));
        QVERIFY(kept && added);
        QVERIFY(editor->assignTags({article}, {*kept}));
        beginNotesMacro(editor->undoStack(), QT_TRANSLATE_NOOP("kanbao::notes", "Tag articles"));
        QVERIFY(editor->assignTags({article}, {*added}));
        QVERIFY(editor->removeTags({article}, {*kept}));
        editor->undoStack()->endMacro();
    } else {
        QVERIFY(window.articleView()->article());
        QVERIFY(editor->addArticleNote(window.articleView()->article()->id, QStringLiteral("降雪与交通")));
    }
    QAction *undo = window.action(QStringLiteral("undoAction"));
    QVERIFY(undo);

    switchTo(window, QStringLiteral("zh_CN"));
    QCOMPARE(undo->text(), chinese);
    switchTo(window, QStringLiteral("en"));
    QCOMPARE(undo->text(), english);
    switchTo(window, QStringLiteral("zh_CN"));
    QCOMPARE(undo->text(), chinese);
    // Undone and redone, the step keeps the language it now reads in.
    undo->trigger();
    window.action(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(undo->text(), chinese);
    switchTo(window, QStringLiteral("en"));
    QSettings().clear();
}

QTEST_MAIN(TestUndoRetranslation)
#include "tst_undoretranslation.moc"
