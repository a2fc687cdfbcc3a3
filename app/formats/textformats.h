#pragma once

#include "formats/pageformat.h"

#include <QCoreApplication>

namespace kanbao {

// Page text in a file (UTF-8, UTF-16 or GB18030, see TextDecoder): one reader for both text formats. The
// document holds the decoded text and one SourcePage of its lines, without geometry (a file may hold several
// printed pages; reconstruction finds them from their running heads).
class TextPageFormat : public PageFormat
{
public:
    QStringList suffixes() const override;
    bool read(const QString &path, const QByteArray &bytes, SourceDocument *doc, QString *error) const override;
};

// Raw text extracted from a PDF page: headlines printed after their bodies, columns run together. The
// fallback for any file no other format claims (files given by name are read whatever their suffix).
class RawTextFormat : public TextPageFormat
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::RawTextFormat)

public:
    QString id() const override;
    QString name() const override;
    int probe(const QString &path, const QByteArray &bytes) const override;
    QList<Page> reconstruct(const SourceDocument &doc) const override;
};

// Pages already cleaned into Markdown: headings are headlines printed above their bodies. Told apart by
// content, not suffix: a .txt file of Markdown is Markdown.
class MarkdownFormat : public TextPageFormat
{
    Q_DECLARE_TR_FUNCTIONS(kanbao::MarkdownFormat)

public:
    QString id() const override;
    QString name() const override;
    int probe(const QString &path, const QByteArray &bytes) const override;
    QList<Page> reconstruct(const SourceDocument &doc) const override;
};

} // namespace kanbao
