#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kanbao {

// The UI language: English or Simplified Chinese, following the system locale unless the user chose one.
// Switching installs the translator at once; widgets retranslate on QEvent::LanguageChange.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::Language)

public:
    // Codes: "" follows the system, "en", "zh_CN".
    static QStringList codes();
    static QString displayName(const QString &code);
    // The language the code resolves to now ("en" or "zh_CN").
    static QString resolve(const QString &code);
    // The same, given the system's UI languages in order of preference (QLocale::uiLanguages()).
    static QString resolve(const QString &code, const QStringList &systemLanguages);
    // Installs the translation for `code` (replacing the previous one) and sets QLocale's default so
    // dates and the calendar follow. Returns the resolved language.
    static QString apply(const QString &code);
    static QString current();
};

} // namespace kanbao
