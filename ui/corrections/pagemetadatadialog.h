#pragma once

#include "library/corrections.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kanbao {

class PageListModel;

// Pages a bulk metadata edit may apply to: one page, an issue's pages, a folder's, a paper's, an import's.
struct PageScope
{
    QString name;       // "This page", "Folder samples (4 pages)"
    QList<PageState> pages;
    QString baseFolder; // file names shown relative to it
};

// Edit ▸ Page Metadata: calibre's bulk metadata edit for pages. Choose which pages (a scope, then rows of
// it: all selected at first), tick the fields to set (paper, date, page label, section; or confirm the
// guessed dates) and every chosen page gets them, as one step on the undo stack. Fields not ticked are left
// as each page has them.
class PageMetadataDialog : public QDialog
{
    Q_OBJECT

public:
    PageMetadataDialog(const QList<PageScope> &scopes, const QStringList &papers, QWidget *parent = nullptr);

    QComboBox *scopeChooser() const { return m_scope; }
    QTableView *pageView() const { return m_pageView; }
    QCheckBox *paperBox() const { return m_paperBox; }
    QComboBox *paperChooser() const { return m_paper; }
    QCheckBox *dateBox() const { return m_dateBox; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *confirmDateBox() const { return m_confirmBox; }
    QCheckBox *labelBox() const { return m_labelBox; }
    QLineEdit *labelEdit() const { return m_label; }
    QCheckBox *sectionBox() const { return m_sectionBox; }
    QLineEdit *sectionEdit() const { return m_section; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void setScope(int index);
    // The pages chosen, and the edits ticked.
    QList<qint64> selectedPages() const;
    QList<PageEdit> edits() const;

private:
    void updateState();

    QList<PageScope> m_scopes;
    PageListModel *m_model = nullptr;
    QComboBox *m_scope = nullptr;
    QTableView *m_pageView = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_paperBox = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_dateBox = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_confirmBox = nullptr;
    QCheckBox *m_labelBox = nullptr;
    QLineEdit *m_label = nullptr;
    QCheckBox *m_sectionBox = nullptr;
    QLineEdit *m_section = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kanbao
