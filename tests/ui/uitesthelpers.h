#pragma once

// Shared by the GUI tests: a DialogProvider that answers from a script, and a sample library.

#include "dialogprovider.h"

#include "import/importer.h"
#include "library/library.h"

#include <QDir>
#include <QStringList>

namespace kanbao::test {

class ScriptedDialogs : public DialogProvider
{
public:
    QMessageBox::StandardButton questionAnswer = QMessageBox::Yes;
    QString directoryAnswer;
    QString openFileAnswer;
    QString saveFileAnswer;
    QStringList warnings;  // "title: text" of every warning shown
    QStringList questions;
    QStringList informations;

    QMessageBox::StandardButton question(QWidget *, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons, QMessageBox::StandardButton) override
    {
        questions << title + QStringLiteral(": ") + text;
        return questionAnswer;
    }
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        warnings << title + QStringLiteral(": ") + text;
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        informations << title + QStringLiteral(": ") + text;
    }
    QString getExistingDirectory(QWidget *, const QString &, const QString &) override { return directoryAnswer; }
    QString getOpenFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openFileAnswer;
    }
    QString getSaveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveFileAnswer;
    }
};

// Imports the bundled samples into a new library at `path`; returns an error message or empty.
inline QString importSamples(const QString &path)
{
    Library library;
    if (!library.open(path))
        return library.errorString();
    Importer importer(library);
    const ImportSummary summary = importer.importPaths({QStringLiteral(KANBAO_SAMPLES_DIR)});
    if (!summary.libraryError.isEmpty())
        return summary.libraryError;
    if (summary.imported + summary.unchanged + summary.replaced == 0)
        return QStringLiteral("no sample file was imported");
    return {};
}

} // namespace kanbao::test
