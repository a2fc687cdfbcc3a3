#pragma once

#include "entities/entitystore.h"

#include <QAbstractTableModel>
#include <QWidget>
#include <memory>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace kanbao {

class DialogProvider;
class Library;

// The career rows of EntityStore::officeTerms: one per (person, office, organization) with its first and
// last dated mention, as a table and as the bars of the timeline.
class OfficeTermModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PersonColumn,
        OfficeColumn,
        OrganizationColumn,
        FirstColumn,
        LastColumn,
        MentionsColumn,
        ColumnCount
    };
    enum Role
    {
        FirstDateRole = Qt::UserRole + 1,
        LastDateRole,
        ArticleIdsRole,
        WrittenOrganizationsRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTerms(QList<OfficeTerm> terms);
    const QList<OfficeTerm> &terms() const { return m_terms; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OfficeTerm> m_terms;
};

// Gantt-style bars, one row a term, from its first to its last dated mention on a shared time axis; a term
// seen on one day is a short mark. Clicking a bar selects its row (and so its evidence articles).
class OfficeGantt : public QWidget
{
    Q_OBJECT

public:
    explicit OfficeGantt(OfficeTermModel *model, QWidget *parent = nullptr);

    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // The row whose bar lies under `pos`, -1 if none.
    int rowAt(const QPoint &pos) const;
    QRect barRect(int row) const;
    QSize sizeHint() const override;

signals:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QString labelOf(int row) const;
    int labelWidth() const;
    int rowHeight() const;
    std::pair<QDate, QDate> span() const;

    OfficeTermModel *m_model;
    int m_current = -1;
};

// Careers over time: per person, each office held as a bar from first to last dated mention; per
// organization, who held each of its offices when. The evidence articles of the chosen bar are listed,
// and open in the main window on activation; the rows export as CSV. Opens its own connection.
class TimelineWindow : public QWidget
{
    Q_OBJECT

public:
    enum Mode
    {
        ByPerson,
        ByOrganization
    };

    explicit TimelineWindow(DialogProvider *dialogs, QWidget *parent = nullptr);
    ~TimelineWindow() override;

    bool openLibrary(const QString &path, QString *error = nullptr);
    static TimelineWindow *open(const QString &path, DialogProvider *dialogs, QWidget *parent);

    // Shows the offices of a person (ByPerson) or of the organizations whose name contains `name`.
    void show(Mode mode, const QString &name);
    bool exportCsv(const QString &path);

    OfficeTermModel *model() const { return m_model; }
    OfficeGantt *gantt() const { return m_gantt; }
    QTableView *table() const { return m_table; }
    QListWidget *evidence() const { return m_evidence; }

signals:
    void articleActivated(qint64 articleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void selectRow(int row);
    void exportClicked();

    DialogProvider *m_dialogs;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<EntityStore> m_store;
    OfficeTermModel *m_model;
    QComboBox *m_mode;
    QLineEdit *m_name;
    OfficeGantt *m_gantt;
    QTableView *m_table;
    QListWidget *m_evidence;
    QPushButton *m_export;
};

} // namespace kanbao
