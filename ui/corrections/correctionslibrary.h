#pragma once

#include <QString>

#include <memory>

namespace kanbao {

class CorrectionsStore;
class Library;
class NotesStore;

// The corrections store on the library the notes use, opened by each controller that writes corrections (their
// own connection, read-only when the file is not writable) and opened again when the notes move to another
// library. False, with `error` set when opening failed, when there is no library to correct.
bool ensureCorrectionsLibrary(const NotesStore *notes, std::unique_ptr<Library> &library,
                              std::unique_ptr<CorrectionsStore> &store, QString *error);

} // namespace kanbao
