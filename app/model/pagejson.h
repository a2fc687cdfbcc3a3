#pragma once

#include "model/article.h"

#include <QJsonObject>

namespace kanbao {

// The JSON shape of `kanbao-cli reconstruct --json`, shared by `show` and the exports.
QJsonObject articleToJson(const Article &article);
Article articleFromJson(const QJsonObject &object);
QJsonObject pageToJson(const Page &page);

} // namespace kanbao
