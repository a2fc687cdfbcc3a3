#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kanbao {

static QTranslator *installedTranslator = nullptr;
static QTranslator *installedQtTranslator = nullptr;
static QString currentLanguage = QStringLiteral("en");

QStringList Language::codes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::displayName(const QString &code)
{
    if (code.isEmpty())
        return tr("System language");
    // Each language is named in itself, so a user who cannot read the current one still finds theirs.
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Language::resolve(const QString &code)
{
    return resolve(code, QLocale::system().uiLanguages());
}

QString Language::resolve(const QString &code, const QStringList &systemLanguages)
{
    if (!code.isEmpty())
        return code;
    for (const QString &name : systemLanguages) {
        if (name.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Language::apply(const QString &code)
{
    const QString language = resolve(code);
    for (QTranslator **installed : {&installedTranslator, &installedQtTranslator}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete *installed;
            *installed = nullptr;
        }
    }
    // Qt's own texts (the wizard's Back/Next, message box buttons, the file dialogs, --help) from Qt's
    // translations when installed (Debian: qt6-translations-l10n); English otherwise.
    if (language != QLatin1String("en")) {
        auto *qtTranslator = new QTranslator;
        if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator);
            installedQtTranslator = qtTranslator;
        } else {
            delete qtTranslator;
        }
    }
    auto *translator = new QTranslator;
    if (translator->load(QStringLiteral(":/i18n/kanbao_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(translator);
        installedTranslator = translator;
    } else {
        delete translator;
    }
    QLocale::setDefault(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates));
    currentLanguage = language;
    return language;
}

QString Language::current()
{
    return currentLanguage;
}

} // namespace kanbao
