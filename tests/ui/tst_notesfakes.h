#pragma once

// A DialogProvider that answers from a script, for the notes and entity GUI tests (header-only, so each
// one-class test executable can include it).

#include "dialogprovider.h"

#include <QStringList>

namespace kanbao::test {

class ScriptedDialogs : public DialogProvider
{
public:
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    QString saveFileName;
    QString openFileName;
    QString directory;
    QStringList questions;
    QStringList warnings;
    QStringList informations;

    QMessageBox::StandardButton question(QWidget *, const QString &, const QString &text, QMessageBox::StandardButtons,
                                         QMessageBox::StandardButton) override
    {
        questions << text;
        return answer;
    }
    void warning(QWidget *, const QString &, const QString &text) override { warnings << text; }
    void information(QWidget *, const QString &, const QString &text) override { informations << text; }
    QString getExistingDirectory(QWidget *, const QString &, const QString &) override { return directory; }
    QString getOpenFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openFileName;
    }
    QString getSaveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveFileName;
    }
};

} // namespace kanbao::test
