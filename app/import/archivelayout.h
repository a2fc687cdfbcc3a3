#pragma once

#include <QDate>
#include <QString>

namespace kanbao {

// How much a paper name found in a path can be trusted. A page header's masthead ranks between
// PathFolder and PathNamed: a folder called 焦作日报 beats it, a folder called "archive" does not.
enum class PaperConfidence {
    None,
    ArchiveFolder,  // only the name of the folder the files sit in (a last resort)
    Abbreviation,   // letters before the date in a file name (jzrb20240409) with no known expansion
    Named,          // a name that looks like a newspaper's (焦作日报, 河南商报) or a known abbreviation
};

// What a page file's path says about it. Common layouts:
//   焦作日报/2024/04/09/A03.txt   2024-04-09/03.txt   jzrb20240409_A03.txt   焦作日报_2023-01-10_A08.txt
struct ArchivePathInfo
{
    QString paper;
    PaperConfidence paperConfidence = PaperConfidence::None;
    QDate date;          // invalid when the path holds no complete date
    int year = 0;        // a year the path mentions (a "2024" folder), even without a complete date
    QString pageLabel;   // "A03", "03", "3" (as written, letters upper-cased); empty when none
    QString archiveFolder; // nearest folder name that is not a date or number: the paper of last resort
};

// The whole absolute path is read, so importing 焦作日报/2024/ still finds the paper above it.
ArchivePathInfo parseArchivePath(const QString &filePath);

// Newspaper pinyin abbreviations used in file names (jzrb -> 焦作日报). Empty when unknown.
QString paperForAbbreviation(const QString &abbreviation);

// What the first lines of a page's text say: the masthead (焦作日报, or JIAOZUO DAILY for 焦作日报) and
// a page header line such as "A08│温县新闻2023年1月10日 星期二". Used when the reconstruction engine
// did not fill Page::date/label/section, and for the paper name, which Page does not carry.
struct PageHeaderInfo
{
    QString paper;
    QDate date;
    QString label;
    QString section;
};
PageHeaderInfo parsePageHeader(const QString &text);

// A date read from the body text when neither the path nor a header gives one: datelines
// (本报讯……4月28日, 新华社北京4月8日电) first, else the dates mentioned; the year is the one written
// nearest to it, else `fallbackYear` (a year folder, the file's modification year). `notAfter` (the
// file's modification date) rules out later years: 到2030年 is a plan, not the year.
struct TextDateGuess
{
    enum Source { None, Dateline, Mention };
    QDate date;
    Source source = None;
    bool yearWritten = false; // the year is written in the text; false: it is `fallbackYear`
};
TextDateGuess guessDateFromText(const QString &text, int fallbackYear = 0, const QDate &notAfter = QDate());

} // namespace kanbao
