#include "notes/notestypes.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace kanbao {

QString annotationKindName(AnnotationKind kind)
{
    return kind == AnnotationKind::Note ? QStringLiteral("note") : QStringLiteral("highlight");
}

std::optional<AnnotationKind> annotationKindFromName(QStringView name)
{
    if (name == u"highlight")
        return AnnotationKind::Highlight;
    if (name == u"note")
        return AnnotationKind::Note;
    return std::nullopt;
}

namespace {

// Citations in Chinese take full-width punctuation (记者：李明、王芳，通讯员：张强); the UI language sets
// QLocale's default, the CLI follows the system's.
bool chinesePunctuation()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

QString ArticleCitation::bylines() const
{
    QStringList parts;
    const bool chinese = chinesePunctuation();
    auto add = [&parts, chinese](const char *label, const QStringList &names) {
        if (!names.isEmpty())
            parts << QCoreApplication::translate("kanbao::notes", label)
                         + (chinese ? QStringLiteral("：") : QStringLiteral(" ")) + names.join(QStringLiteral("、"));
    };
    add(QT_TRANSLATE_NOOP("kanbao::notes", "Reporter"), reporters);
    add(QT_TRANSLATE_NOOP("kanbao::notes", "Correspondent"), correspondents);
    add(QT_TRANSLATE_NOOP("kanbao::notes", "Author"), authors);
    add(QT_TRANSLATE_NOOP("kanbao::notes", "Photo"), photographers);
    return parts.join(chinese ? QStringLiteral("，") : QStringLiteral("; "));
}

QString ArticleCitation::placeText() const
{
    QStringList parts;
    if (!paper.isEmpty())
        parts << paper;
    if (date.isValid())
        parts << date.toString(Qt::ISODate);
    if (!edition.isEmpty())
        parts << edition;
    QString page = pageLabel;
    if (!section.isEmpty())
        page = page.isEmpty() ? section : page + QLatin1Char(' ') + section;
    if (!page.isEmpty())
        parts << page;
    return parts.join(chinesePunctuation() ? QStringLiteral("，") : QStringLiteral(", "));
}

namespace {

struct PaletteEntry
{
    const char *name;
    const char *label;
    QRgb rgb;
};

// Light marker shades: dark text stays readable on them, on screen and on paper.
constexpr std::array<PaletteEntry, 6> palette{{
    {"yellow", QT_TRANSLATE_NOOP("kanbao::notes", "Yellow"), 0xfff3a3},
    {"green", QT_TRANSLATE_NOOP("kanbao::notes", "Green"), 0xc8f0c0},
    {"blue", QT_TRANSLATE_NOOP("kanbao::notes", "Blue"), 0xc4defc},
    {"pink", QT_TRANSLATE_NOOP("kanbao::notes", "Pink"), 0xfbcfe0},
    {"purple", QT_TRANSLATE_NOOP("kanbao::notes", "Purple"), 0xdfd0f7},
    {"orange", QT_TRANSLATE_NOOP("kanbao::notes", "Orange"), 0xfdd8b0},
}};

const PaletteEntry *findColor(const QString &name)
{
    for (const PaletteEntry &e : palette) {
        if (name == QLatin1String(e.name))
            return &e;
    }
    return nullptr;
}

} // namespace

QStringList highlightColorNames()
{
    QStringList names;
    for (const PaletteEntry &e : palette)
        names << QString::fromLatin1(e.name);
    return names;
}

bool isHighlightColor(const QString &name)
{
    return findColor(name) != nullptr;
}

QColor highlightColor(const QString &name)
{
    const PaletteEntry *e = findColor(name);
    return e ? QColor::fromRgb(e->rgb) : QColor();
}

QString highlightColorLabel(const QString &name)
{
    const PaletteEntry *e = findColor(name);
    return e ? QCoreApplication::translate("kanbao::notes", e->label) : name;
}

} // namespace kanbao
