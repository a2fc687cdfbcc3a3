#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

namespace kanbao {

// One page file of the folder being imported, as the scan found it.
struct ScannedFile
{
    QString path;
    QString displayName; // path relative to the chosen folder
    QString encoding;
    QString paper;
    QDate date;
    bool dateGuessed = false;
    bool dateEdited = false; // the user corrected the date in the table
    QString pageLabel;
    QString section;
    int articleCount = 0;
    QString plan;  // what importing will do: new, unchanged, replace (from the importer), or empty
    QString error; // why the file cannot be imported; empty when it can
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString planLabel(const QString &plan);

private:
    QList<ScannedFile> m_files;
};

} // namespace kanbao
