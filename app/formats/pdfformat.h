#pragma once

#include "formats/pageformat.h"

#include <QCoreApplication>

namespace kanbao {

// Newspaper pages as PDF files (e-paper downloads), read with poppler-qt6: every word with its box, grouped
// into lines with their type size and direction, so that reconstruction (reconstruct/pdflayout.h) can use
// the layout. Poppler stays inside this file and formats/pageimage.cpp (the page image); the rest of Kanbao
// sees only SourceDocument geometry and images.
// A page with no text (a scan) is kept with hasTextLayer false; a file poppler cannot open, an encrypted
// file and a file without pages are refused with the reason.
class PdfFormat : public PageFormat
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::PdfFormat)

public:
    QString id() const override;
    QString name() const override;
    QStringList suffixes() const override;
    int probe(const QString &path, const QByteArray &bytes) const override;
    bool read(const QString &path, const QByteArray &bytes, SourceDocument *doc, QString *error) const override;
    bool readPage(const QString &path, const QByteArray &bytes, int index, SourceDocument *doc,
                  QString *error) const override;
    QList<Page> reconstruct(const SourceDocument &doc) const override;
    bool keepsOriginal() const override { return true; }

private:
    // Pages [first, last] of the file (all of them: last < 0).
    bool readPages(const QString &path, const QByteArray &bytes, int first, int last, SourceDocument *doc,
                   QString *error) const;
};

} // namespace kanbao
