#pragma once

#include "model/article.h"

#include <QString>

namespace kanbao {

// How the press writes the bodies an office belongs to, and one name for each: the rules that turn the
// organization of an office as printed into the unit a researcher counts.
namespace officenames {

// One spelling of a unit written several ways: bracketed aliases in one order (示范区（高新区）党工委 and
// 高新区（示范区）党工委 are one body), and a body named by its level only (市委, 市政协, 县委) completed
// with the city of the paper when known (焦作市委). `paperCity` is a place name such as 焦作, or empty.
QString canonicalOrganization(const QString &written, const QString &paperCity = {});

// The city a local paper is named after (焦作日报 → 焦作, 温县报 → 温县), or empty when its name is not a
// place (人民日报, 经济日报).
QString cityOfPaper(const QString &paperName);

// Completes the offices of an article's people from the article itself, in reading order: a bare unit
// (党工委副书记 standing alone) takes the area of the nearest earlier office of the same unit; an anaphor
// (该街道党工委, 该公司) the nearest earlier unit of the same kind; a short name (天宝桓祥公司) the full name
// written in the same article; a body named by its level (市政协) in a list after an office of a named
// city (孟州市人大常委会主任某、市政协主席某) that city's. `headlineUnits`, the bodies and places the
// headline names, count as named before the body. The written form stays in writtenOrganization.
void resolveArticleOffices(Article &article, const QString &paperCity = {},
                           const QStringList &headlineUnits = {});

} // namespace officenames

} // namespace kanbao
