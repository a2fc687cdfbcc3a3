#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace kanbao {

// The options of `kanbao` (the window). Here rather than in main.cpp so that their help texts are in the
// translations, which lupdate builds from kanbao_ui's sources.
QCommandLineOption libraryCommandLineOption();
void describeCommandLine(QCommandLineParser &parser);

} // namespace kanbao
