#include "corrections/pagemetadatadialog.h"

#include "corrections/pagelistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace kanbao {

PageMetadataDialog::PageMetadataDialog(const QList<PageScope> &scopes, const QStringList &papers, QWidget *parent)
    : QDialog(parent)
    , m_scopes(scopes)
{
    setObjectName(QStringLiteral("pageMetadataDialog"));
    setWindowTitle(tr("Page Metadata"));
    auto *layout = new QVBoxLayout(this);

    auto *scopeRow = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Pages:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("pageScope"));
    for (const PageScope &scope : std::as_const(m_scopes))
        m_scope->addItem(scope.name);
    scopeLabel->setBuddy(m_scope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope, 1);
    layout->addLayout(scopeRow);

    m_model = new PageListModel(this);
    m_pageView = new QTableView(this);
    m_pageView->setObjectName(QStringLiteral("pageList"));
    m_pageView->setModel(m_model);
    m_pageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pageView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pageView->verticalHeader()->hide();
    m_pageView->horizontalHeader()->setStretchLastSection(true);
    m_pageView->setWordWrap(false);
    layout->addWidget(m_pageView, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *fields = new QGroupBox(tr("Set on every chosen page (fields not ticked stay as they are)"), this);
    auto *form = new QFormLayout(fields);
    m_paperBox = new QCheckBox(tr("Pape&r:"), fields);
    m_paper = new QComboBox(fields);
    m_paper->setObjectName(QStringLiteral("metadataPaper"));
    m_paper->setEditable(true);
    m_paper->setInsertPolicy(QComboBox::NoInsert);
    m_paper->addItems(papers);
    m_paper->setCurrentIndex(-1);
    form->addRow(m_paperBox, m_paper);
    m_dateBox = new QCheckBox(tr("&Date:"), fields);
    m_date = new QDateEdit(fields);
    m_date->setObjectName(QStringLiteral("metadataDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(m_dateBox, m_date);
    m_confirmBox = new QCheckBox(tr("&Confirm the guessed dates as they are"), fields);
    m_confirmBox->setObjectName(QStringLiteral("metadataConfirmDate"));
    form->addRow(QString(), m_confirmBox);
    m_labelBox = new QCheckBox(tr("Page &label:"), fields);
    m_label = new QLineEdit(fields);
    m_label->setObjectName(QStringLiteral("metadataLabel"));
    m_label->setPlaceholderText(tr("A03"));
    form->addRow(m_labelBox, m_label);
    m_sectionBox = new QCheckBox(tr("&Section:"), fields);
    m_section = new QLineEdit(fields);
    m_section->setObjectName(QStringLiteral("metadataSection"));
    form->addRow(m_sectionBox, m_section);
    layout->addWidget(fields);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply to Pages"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Typing in a field ticks it, as in calibre's bulk edit.
    connect(m_paper, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_paperBox->setChecked(true);
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_dateBox->setChecked(true); });
    connect(m_label, &QLineEdit::textEdited, this, [this] { m_labelBox->setChecked(true); });
    connect(m_section, &QLineEdit::textEdited, this, [this] { m_sectionBox->setChecked(true); });
    for (QCheckBox *box : {m_paperBox, m_dateBox, m_confirmBox, m_labelBox, m_sectionBox})
        connect(box, &QCheckBox::toggled, this, &PageMetadataDialog::updateState);
    connect(m_paper, &QComboBox::currentTextChanged, this, &PageMetadataDialog::updateState);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PageMetadataDialog::setScope);
    connect(m_pageView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PageMetadataDialog::updateState);

    resize(760, 560);
    setScope(0);
}

void PageMetadataDialog::setScope(int index)
{
    if (index < 0 || index >= m_scopes.size())
        return;
    if (m_scope->currentIndex() != index)
        m_scope->setCurrentIndex(index);
    const PageScope &scope = m_scopes.at(index);
    m_model->setPages(scope.pages, scope.baseFolder);
    m_pageView->resizeColumnsToContents();
    m_pageView->selectAll();
    // The date field starts at the first page's date, unticked.
    if (!scope.pages.isEmpty() && scope.pages.first().placement.date.isValid()) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(scope.pages.first().placement.date);
    }
    updateState();
}

QList<qint64> PageMetadataDialog::selectedPages() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_pageView->selectionModel()->selectedRows())
        ids.append(row.data(PageListModel::PageIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<PageEdit> PageMetadataDialog::edits() const
{
    QList<PageEdit> list;
    if (m_paperBox->isChecked() && !m_paper->currentText().trimmed().isEmpty())
        list.append({CorrectionKind::Paper, m_paper->currentText().trimmed()});
    if (m_dateBox->isChecked())
        list.append({CorrectionKind::Date, m_date->date().toString(Qt::ISODate)});
    else if (m_confirmBox->isChecked())
        list.append({CorrectionKind::Date, QString()});
    if (m_labelBox->isChecked())
        list.append({CorrectionKind::PageLabel, m_label->text().trimmed()});
    if (m_sectionBox->isChecked())
        list.append({CorrectionKind::Section, m_section->text().trimmed()});
    return list;
}

void PageMetadataDialog::updateState()
{
    // A date set confirms it anyway.
    m_confirmBox->setEnabled(!m_dateBox->isChecked());
    const qsizetype chosen = m_pageView->selectionModel()->selectedRows().size();
    int guessed = 0;
    for (const QModelIndex &row : m_pageView->selectionModel()->selectedRows())
        guessed += row.data(PageListModel::DateGuessedRole).toBool() ? 1 : 0;
    QString summary = tr("%n page(s) chosen", nullptr, int(chosen));
    if (guessed > 0)
        summary += tr("; %n with a guessed date", nullptr, guessed);
    m_summary->setText(summary + QLatin1Char('.'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen > 0 && !edits().isEmpty());
}

} // namespace kanbao
