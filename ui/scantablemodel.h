#pragma once

#include "import/importer.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

namespace kanbao {

// One page file of the folder being imported: what the library's importer found out about it, and
// whether the user corrected it in the table.
struct ScannedFile
{
    ImportFilePlan plan;
    QString displayName; // path relative to the chosen folder
    bool edited = false;
    // What the scan found, for when a paper chosen for the whole import is taken back.
    QString foundPaper;
    PaperSource foundPaperSource = PaperSource::Default;

    QString path() const { return plan.path; }
    bool importable() const
    {
        return plan.state != ImportFilePlan::Unreadable && plan.state != ImportFilePlan::Skipped;
    }
};

// What happened to one file during the import.
struct ImportOutcome
{
    enum Kind { Imported, Unchanged, Replaced, Failed, Skipped };
    QString path;
    Kind kind = Failed;
    QString reason;
};

// The scan table of the import wizard: one row a file, the date editable in place.
class ScanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, EncodingColumn, PaperColumn, DateColumn, PageColumn, GuessedColumn, StatusColumn,
                  ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ErrorRole, DateGuessedRole };

    explicit ScanTableModel(QObject *parent = nullptr);

    void clear();
    void append(const ScannedFile &file);
    const QList<ScannedFile> &files() const { return m_files; }
    int importableCount() const;
    int failedCount() const;
    int skippedCount() const; // not page files, hidden, a link back to a folder already read

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One paper for every importable file (the wizard's "one paper for the whole import"); an empty name
    // gives each file the paper it was found to have back (a paper corrected on its row stays).
    void setPaperForAll(const QString &paper);
    // The papers the scan found, most files first.
    QStringList foundPapers() const;

    static QString stateLabel(ImportFilePlan::State state);
    static QString dateSourceLabel(DateSource source);

private:
    QList<ScannedFile> m_files;
};

} // namespace kanbao
