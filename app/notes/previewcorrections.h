#pragma once

#include "library/corrections.h"
#include "model/article.h"

#include <QHash>
#include <QUndoCommand>
#include <functional>
#include <optional>

namespace kanbao {

// The layout corrections the reader makes in the import wizard's preview, on pages not stored yet, by file:
// kept until the import writes them with the file's pages (ImportFilePlan::corrections), where the library
// applies and keeps them as it does those of stored pages, so `kanbao-cli corrections` lists them and a later
// import applies them again. The preview shows a file's pages as its corrections leave them, through the one
// implementation the library uses (CorrectionsStore::makeLayoutCorrection, applyLayoutCorrection).
class PreviewCorrections
{
public:
    // The corrections of one file, in the order they were made; Correction::sourceIndex is the page.
    QList<Correction> of(const QString &path) const { return m_byFile.value(path); }
    int count() const;
    void append(const QString &path, const Correction &correction);
    // Takes back the last correction of `path` (an undo).
    void removeLast(const QString &path);

    // `pages` (a file as reconstructed) as the corrections of `path` leave them.
    QList<Page> correctedPages(const QString &path, QList<Page> pages) const;

    // A correction of article `article` of page `page` of `pages` (as correctedPages() shows them), anchored
    // in that page's articles; nullopt and `error` says why when it cannot be made (a phrase not in the
    // article, no next article to merge). Articles are numbered in messages as the preview numbers them.
    static std::optional<Correction> make(const QList<Page> &pages, int page, int article, CorrectionKind kind,
                                          const QString &argument, QString *error = nullptr);

private:
    QHash<QString, QList<Correction>> m_byFile;
};

// One correction made in the preview, on the wizard's undo stack: redo keeps it, undo takes it back.
// `changed` runs after either with the file's path, so the preview shows that file as it now is.
class PreviewCorrectionCommand : public QUndoCommand
{
public:
    PreviewCorrectionCommand(PreviewCorrections *corrections, const QString &path, const Correction &correction,
                             std::function<void(const QString &)> changed = {});

    void redo() override;
    void undo() override;
    // The text again in the current UI language.
    void retranslate();

    const QString &path() const { return m_path; }
    const Correction &correction() const { return m_correction; }

private:
    PreviewCorrections *m_corrections;
    QString m_path;
    Correction m_correction;
    std::function<void(const QString &)> m_changed;
};

} // namespace kanbao
