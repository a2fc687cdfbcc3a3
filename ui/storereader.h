#pragma once

#include "libraryreader.h"

#include <memory>

namespace kanbao {

// The window's LibraryReader over the library store (app/library/). Opens its own connection on the
// calling (GUI) thread. Returns null with *error set to a message naming the file when the library
// cannot be opened (missing, locked, damaged, newer version...).
std::unique_ptr<LibraryReader> openStoreReader(const QString &path, bool create, QString *error);

// Where the GUI and the CLI keep the library when none is named.
QString defaultLibraryPath();

} // namespace kanbao
