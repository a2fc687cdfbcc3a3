#include "notes/previewcorrections.h"

#include "notes/correctioncommands.h"

namespace kanbao {

int PreviewCorrections::count() const
{
    int n = 0;
    for (const QList<Correction> &list : m_byFile)
        n += int(list.size());
    return n;
}

void PreviewCorrections::append(const QString &path, const Correction &correction)
{
    m_byFile[path].append(correction);
}

void PreviewCorrections::removeLast(const QString &path)
{
    const auto it = m_byFile.find(path);
    if (it == m_byFile.end() || it->isEmpty())
        return;
    it->removeLast();
    if (it->isEmpty())
        m_byFile.erase(it);
}

QList<Page> PreviewCorrections::correctedPages(const QString &path, QList<Page> pages) const
{
    for (const Correction &correction : m_byFile.value(path)) {
        if (correction.sourceIndex >= 0 && correction.sourceIndex < pages.size())
            applyLayoutCorrection(pages[correction.sourceIndex].articles, correction);
    }
    return pages;
}

std::optional<Correction> PreviewCorrections::make(const QList<Page> &pages, int page, int article,
                                                   CorrectionKind kind, const QString &argument, QString *error)
{
    if (page < 0 || page >= pages.size())
        return std::nullopt;
    // The preview numbers the articles of the whole file from 1.
    qint64 number = article + 1;
    for (int p = 0; p < page; ++p)
        number += pages.at(p).articles.size();
    const std::optional<LayoutEdit> edit =
        CorrectionsStore::makeLayoutCorrection(pages.at(page).articles, article, kind, argument, number, error);
    if (!edit)
        return std::nullopt;
    Correction correction = edit->correction;
    correction.sourceIndex = page;
    return correction;
}

PreviewCorrectionCommand::PreviewCorrectionCommand(PreviewCorrections *corrections, const QString &path,
                                                   const Correction &correction,
                                                   std::function<void(const QString &)> changed)
    : m_corrections(corrections)
    , m_path(path)
    , m_correction(correction)
    , m_changed(std::move(changed))
{
    retranslate();
}

void PreviewCorrectionCommand::retranslate()
{
    setText(correctionCommandText(m_correction.kind, m_correction.argument));
}

void PreviewCorrectionCommand::redo()
{
    m_corrections->append(m_path, m_correction);
    if (m_changed)
        m_changed(m_path);
}

void PreviewCorrectionCommand::undo()
{
    // Commands are undone in the reverse order they were done: this one is its file's last.
    m_corrections->removeLast(m_path);
    if (m_changed)
        m_changed(m_path);
}

} // namespace kanbao
