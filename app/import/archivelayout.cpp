#include "import/archivelayout.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace kanbao {

namespace {

using RE = QRegularExpression;

// A date written as one path component: 2024-04-09, 2024.4.9, 20240409, 2024年4月9日; a window of
// consecutive folders is joined with '-' first, so 2024/04/09 matches too.
const RE &componentDate()
{
    static const RE re(QStringLiteral("^((?:19|20)\\d{2})年?[-_.]?(\\d{1,2})月?[-_.]?(\\d{1,2})日?$"));
    return re;
}

// A date inside a file name, with separators...
const RE &stemDateSeparated()
{
    static const RE re(QStringLiteral(
        "(?<!\\d)((?:19|20)\\d{2})\\s*(?:年|[-_.])\\s*(\\d{1,2})\\s*(?:月|[-_.])\\s*(\\d{1,2})(?:日)?(?!\\d)"));
    return re;
}

// ...or as eight digits (jzrb20240409_A03).
const RE &stemDateCompact()
{
    static const RE re(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)"));
    return re;
}

const RE &yearComponent()
{
    static const RE re(QStringLiteral("^((?:19|20)\\d{2})年?$"));
    return re;
}

// Folder names that are parts of a date or plain numbers: never a paper name.
const RE &dateishComponent()
{
    static const RE re(QStringLiteral("^[\\d\\s._\\-年月日]+$"));
    return re;
}

const RE &pageLabelToken()
{
    static const RE re(QStringLiteral("^(?:第\\s*)?([A-Za-z]{0,2})\\s*(\\d{1,3})\\s*(?:版|页)?$"));
    return re;
}

const RE &pageWordToken()
{
    static const RE re(QStringLiteral("^(?:page|pg|p)[-_ ]?(\\d{1,3})$"), RE::CaseInsensitiveOption);
    return re;
}

const RE &separators()
{
    static const RE re(QStringLiteral("[_\\-\\s.]+"));
    return re;
}

const RE &paperLikeName()
{
    static const RE re(QStringLiteral("^\\p{Han}{1,10}(?:日报|晚报|时报|商报|早报|都市报|周报|快报|法制报|青年报|报|刊)$"));
    return re;
}

QDate dateFrom(const QRegularExpressionMatch &m)
{
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString trimSeparators(QString s)
{
    static const RE edges(QStringLiteral("^[_\\-\\s.]+|[_\\-\\s.]+$"));
    return s.remove(edges);
}

QString pageLabelFrom(const QString &token)
{
    const QString t = token.trimmed();
    QRegularExpressionMatch m = pageLabelToken().match(t);
    if (m.hasMatch())
        return m.captured(1).toUpper() + m.captured(2);
    m = pageWordToken().match(t);
    if (m.hasMatch())
        return m.captured(1);
    return QString();
}

// Paper name and how sure we are, for text that stood before a date in a file name or folder.
std::pair<QString, PaperConfidence> classifyPaper(const QString &candidate, PaperConfidence otherwise)
{
    if (candidate.isEmpty())
        return {QString(), PaperConfidence::None};
    if (paperLikeName().match(candidate).hasMatch())
        return {candidate, PaperConfidence::Named};
    const QString expanded = paperForAbbreviation(candidate);
    if (!expanded.isEmpty())
        return {expanded, PaperConfidence::Named};
    return {candidate, otherwise};
}

struct KnownPaper
{
    const char16_t *name;
    const char *abbreviation;
    const char *masthead; // as printed in Latin letters in page headers
};

// Papers the sample archives come from, and their neighbours. Unknown papers still import; they only
// miss the abbreviation and masthead shortcuts.
constexpr KnownPaper knownPapers[] = {
    {u"焦作日报", "jzrb", "JIAOZUO DAILY"},
    {u"焦作晚报", "jzwb", "JIAOZUO EVENING NEWS"},
    {u"河南日报", "hnrb", "HENAN DAILY"},
    {u"大河报", "dhb", "DAHE DAILY"},
    {u"人民日报", "rmrb", "PEOPLE'S DAILY"},
    {u"光明日报", "gmrb", "GUANGMING DAILY"},
    {u"经济日报", "jjrb", "ECONOMIC DAILY"},
    {u"新乡日报", "xxrb", "XINXIANG DAILY"},
    {u"洛阳日报", "lyrb", "LUOYANG DAILY"},
    {u"郑州日报", "zzrb", "ZHENGZHOU DAILY"},
};

} // namespace

QString paperForAbbreviation(const QString &abbreviation)
{
    const QString key = abbreviation.trimmed().toLower();
    for (const KnownPaper &p : knownPapers) {
        if (key == QLatin1String(p.abbreviation))
            return QString::fromUtf16(p.name);
    }
    return QString();
}

ArchivePathInfo parseArchivePath(const QString &filePath)
{
    ArchivePathInfo info;
    const QFileInfo file(filePath);
    const QString absolute = QDir::fromNativeSeparators(file.absoluteFilePath());
    QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return info;
    const QString stem = file.completeBaseName();
    parts.removeLast();
    const QStringList &dirs = parts;

    const auto dateish = [](const QString &s) { return dateishComponent().match(s).hasMatch(); };

    // 1. A date in the file name: what stands before it names the paper, what follows names the page.
    QString pageText;
    bool dateInPath = false;
    qsizetype paperFolder = dirs.size() - 1; // folder that may name the paper
    for (const RE *re : {&stemDateSeparated(), &stemDateCompact()}) {
        const QRegularExpressionMatch m = re->match(stem);
        if (!m.hasMatch() || !dateFrom(m).isValid())
            continue;
        info.date = dateFrom(m);
        dateInPath = true;
        pageText = stem.mid(m.capturedEnd());
        const auto [paper, confidence] =
            classifyPaper(trimSeparators(stem.left(m.capturedStart())), PaperConfidence::Abbreviation);
        info.paper = paper;
        info.paperConfidence = confidence;
        break;
    }

    // 2. Otherwise a date in the folders, deepest first: 2024-04-09/, 2024/04/09/, 2024/04-09/.
    if (!dateInPath) {
        pageText = stem;
        for (qsizetype end = dirs.size() - 1; end >= 0 && !dateInPath; --end) {
            for (qsizetype width = 3; width >= 1; --width) {
                const qsizetype begin = end - width + 1;
                if (begin < 0)
                    continue;
                const QString joined = dirs.mid(begin, width).join(QLatin1Char('-'));
                const QRegularExpressionMatch m = componentDate().match(joined);
                if (m.hasMatch() && dateFrom(m).isValid()) {
                    info.date = dateFrom(m);
                    dateInPath = true;
                    paperFolder = begin - 1;
                    break;
                }
            }
        }
    }

    // The folder right above the date (or holding the file) may be the paper: 焦作日报/2024/04/09/.
    if (info.paperConfidence == PaperConfidence::None && paperFolder >= 0 && !dateish(dirs.at(paperFolder))) {
        const auto [paper, confidence] = classifyPaper(dirs.at(paperFolder), PaperConfidence::ArchiveFolder);
        if (confidence == PaperConfidence::Named) {
            info.paper = paper;
            info.paperConfidence = confidence;
        }
    }

    for (qsizetype i = dirs.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch m = yearComponent().match(dirs.at(i));
        if (m.hasMatch()) {
            info.year = m.captured(1).toInt();
            break;
        }
    }
    if (info.date.isValid())
        info.year = info.date.year();

    // The archive folder: the nearest folder that is not a date (inside the imported folder unless that
    // is all dates, as when 2024-04-09/ itself was imported).
    for (qsizetype i = dirs.size() - 1; i >= 0 && info.archiveFolder.isEmpty(); --i) {
        if (!dateish(dirs.at(i)))
            info.archiveFolder = dirs.at(i);
    }

    // 3. The page label. Without a date in the path, only a file name that is nothing but a label
    // (A03.txt, 第3版.txt) counts: 000_71a6f582.txt is a numbered export, not page 000.
    const QString whole = pageLabelFrom(trimSeparators(pageText));
    if (!whole.isEmpty()) {
        info.pageLabel = whole;
    } else if (dateInPath) {
        const QStringList tokens = pageText.split(separators(), Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            info.pageLabel = pageLabelFrom(token);
            if (!info.pageLabel.isEmpty())
                break;
        }
    }
    return info;
}

PageHeaderInfo parsePageHeader(const QString &text)
{
    static const RE headerLine(QStringLiteral(
        "^\\s*([A-Za-z]?\\d{1,3})\\s*[│|｜]\\s*([^\\d│|｜\\s]{1,16}?)?\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月"
        "\\s*(\\d{1,2})\\s*日"));
    static const RE datedLine(QStringLiteral(
        "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:星期|周)[一二三四五六日天]"));
    static const RE mastheadLine(QStringLiteral("^(\\p{Han}{2,8}(?:日报|晚报|时报|商报|早报|都市报|周报))$"));
    static const RE spaces(QStringLiteral("\\s+"));

    PageHeaderInfo header;
    // Headers sit in the first lines of a page; a multi-page file repeats them, the first one counts.
    const QStringList lines = text.left(3000).split(QLatin1Char('\n'));
    int nonEmpty = 0;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (++nonEmpty > 20)
            break;
        if (header.paper.isEmpty()) {
            const QString latin = line.toUpper().replace(spaces, QStringLiteral(" "));
            for (const KnownPaper &p : knownPapers) {
                if (latin == QLatin1String(p.masthead) || line == QString::fromUtf16(p.name))
                    header.paper = QString::fromUtf16(p.name);
            }
            const QRegularExpressionMatch m = mastheadLine.match(line);
            if (header.paper.isEmpty() && m.hasMatch())
                header.paper = m.captured(1);
        }
        if (!header.date.isValid()) {
            QRegularExpressionMatch m = headerLine.match(line);
            if (m.hasMatch()) {
                const QDate d(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
                if (d.isValid()) {
                    header.date = d;
                    header.label = m.captured(1).toUpper();
                    header.section = m.captured(2).trimmed();
                }
                continue;
            }
            m = datedLine.match(line);
            if (m.hasMatch() && dateFrom(m).isValid())
                header.date = dateFrom(m);
        }
    }
    return header;
}

TextDateGuess guessDateFromText(const QString &text, int fallbackYear, const QDate &notAfter)
{
    static const RE yearMention(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})\\s*年"));
    static const RE fullDate(QStringLiteral("(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    static const RE monthDay(QStringLiteral("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    // 新华社北京4月8日电, 本报北京4月8日讯, 本报讯（记者赵根志）4月28日
    static const RE wireDateline(QStringLiteral("(?<!\\d)(\\d{1,2})月(\\d{1,2})日(?:电|讯)"));
    static const RE localDateline(QStringLiteral("本报讯[^\\n。]{0,40}?(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));

    struct YearAt
    {
        qsizetype position;
        int year;
    };
    QList<YearAt> years;
    // Years after the file was written are plans (到2030年), not the year.
    const int latestYear = notAfter.isValid() ? notAfter.year() : 9999;
    for (auto it = yearMention.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int year = m.captured(1).toInt();
        if (year <= latestYear)
            years.append({m.capturedStart(), year});
    }

    // Dates whose year is written in the text (not `fallbackYear`).
    QSet<QDate> writtenYear;
    const auto resolve = [&](int month, int day, qsizetype position) -> QDate {
        qsizetype best = -1;
        int year = 0;
        for (const YearAt &y : years) {
            const qsizetype distance = std::abs(y.position - position);
            if (best < 0 || distance < best) {
                best = distance;
                year = y.year;
            }
        }
        if (year > 0) {
            const QDate written(year, month, day);
            writtenYear.insert(written);
            return written;
        }
        if (fallbackYear <= 0)
            return QDate();
        QDate d(fallbackYear, month, day);
        if (notAfter.isValid() && d.isValid() && d > notAfter)
            d = QDate(fallbackYear - 1, month, day);
        return d;
    };

    QList<QDate> datelines;
    for (const RE *re : {&wireDateline, &localDateline}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QDate d = resolve(m.captured(1).toInt(), m.captured(2).toInt(), m.capturedStart());
            if (d.isValid())
                datelines.append(d);
        }
    }
    TextDateGuess guess;
    // The newest dateline: a page reports events up to the day before it went to press.
    if (!datelines.isEmpty()) {
        guess.date = *std::max_element(datelines.cbegin(), datelines.cend());
        guess.source = TextDateGuess::Dateline;
        guess.yearWritten = writtenYear.contains(guess.date);
        return guess;
    }

    // Otherwise the date mentioned most often (ties: the latest), counting written-out full dates.
    std::map<QDate, int> counts;
    for (auto it = fullDate.globalMatch(text); it.hasNext();) {
        const QDate d = dateFrom(it.next());
        if (d.isValid()) {
            ++counts[d];
            writtenYear.insert(d);
        }
    }
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d = resolve(m.captured(1).toInt(), m.captured(2).toInt(), m.capturedStart());
        if (d.isValid())
            ++counts[d];
    }
    int bestCount = 0;
    for (const auto &[date, count] : counts) {
        if (count >= bestCount) {
            bestCount = count;
            guess.date = date;
        }
    }
    if (guess.date.isValid()) {
        guess.source = TextDateGuess::Mention;
        guess.yearWritten = writtenYear.contains(guess.date);
    }
    return guess;
}

} // namespace kanbao
