#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace kanbao::pageheader {

enum class LineKind {
    None,
    Masthead,  // JIAOZUO DAILY: the paper's name in Latin capitals
    PageLabel, // A08│温县新闻2023年1月10日 星期二
    Credits,   // ■新闻热线：8797000│■编辑：刘振毅│校对：姬 祥│组版：牛成文
};

struct HeaderLine
{
    LineKind kind = LineKind::None;
    QDate date;
    QString label;   // A08
    QString section; // 温县新闻
};

// Recognises the running head printed at the top of every page. Lines of article text never match:
// a page label needs both a page number and a full date, the credits line needs two desk roles.
HeaderLine parseLine(QStringView line);

// A line that is page furniture when it stands with a running head (a page number alone, the paper's
// name, 02 国际, 第3版) and article text or a title anywhere else. The caller decides by the neighbours.
bool isFurnitureCandidate(QStringView line);

} // namespace kanbao::pageheader
