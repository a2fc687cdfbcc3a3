#include "corrections/correctionslibrary.h"

#include "library/corrections.h"
#include "library/library.h"
#include "notes/notesstore.h"

namespace kanbao {

bool ensureCorrectionsLibrary(const NotesStore *notes, std::unique_ptr<Library> &library,
                              std::unique_ptr<CorrectionsStore> &store, QString *error)
{
    if (!notes) {
        store.reset();
        library.reset();
        return false;
    }
    const QString path = notes->database().databaseName();
    if (library && library->isOpen() && library->path() == path)
        return true;
    store.reset();
    library = std::make_unique<Library>();
    LibraryOpenOptions options;
    options.create = false;
    options.readOnlyWhenNotWritable = true;
    if (!library->open(path, options)) {
        *error = library->errorString();
        library.reset();
        return false;
    }
    store = std::make_unique<CorrectionsStore>(*library);
    return true;
}

} // namespace kanbao
