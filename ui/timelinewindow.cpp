#include "timelinewindow.h"

#include "dialogprovider.h"
#include "library/library.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kanbao {

// ---- OfficeTermModel ----

void OfficeTermModel::setTerms(QList<OfficeTerm> terms)
{
    beginResetModel();
    m_terms = std::move(terms);
    endResetModel();
}

int OfficeTermModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int OfficeTermModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficeTermModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfficeTerm &t = m_terms[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PersonColumn:
            return t.person;
        case OfficeColumn:
            return t.office;
        case OrganizationColumn:
            return t.organization;
        case FirstColumn:
            return t.first.toString(Qt::ISODate);
        case LastColumn:
            return t.last.toString(Qt::ISODate);
        case MentionsColumn:
            return t.mentions;
        }
        return {};
    case Qt::ToolTipRole:
        return t.writtenOrganizations.join(QStringLiteral(" / "));
    case FirstDateRole:
        return t.first;
    case LastDateRole:
        return t.last;
    case ArticleIdsRole: {
        QVariantList ids;
        for (const qint64 id : t.articleIds)
            ids << id;
        return ids;
    }
    case WrittenOrganizationsRole:
        return t.writtenOrganizations;
    }
    return {};
}

QVariant OfficeTermModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case OfficeColumn:
        return tr("Office");
    case OrganizationColumn:
        return tr("Organization");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    case MentionsColumn:
        return tr("Mentions");
    }
    return {};
}

// ---- OfficeGantt ----

OfficeGantt::OfficeGantt(OfficeTermModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("officeGantt"));
    setMinimumHeight(120);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_current = -1;
        updateGeometry();
        update();
    });
}

void OfficeGantt::setCurrentRow(int row)
{
    m_current = row;
    update();
}

int OfficeGantt::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QString OfficeGantt::labelOf(int row) const
{
    const OfficeTerm &t = m_model->terms()[row];
    return t.person + QStringLiteral("  ") + t.organization + QStringLiteral(" ") + t.office;
}

int OfficeGantt::labelWidth() const
{
    int width = 80;
    for (int r = 0; r < m_model->rowCount(); ++r)
        width = std::max(width, fontMetrics().horizontalAdvance(labelOf(r)) + 16);
    return std::min(width, std::max(160, this->width() / 2));
}

std::pair<QDate, QDate> OfficeGantt::span() const
{
    QDate from, to;
    for (const OfficeTerm &t : m_model->terms()) {
        if (t.first.isValid() && (!from.isValid() || t.first < from))
            from = t.first;
        if (t.last.isValid() && (!to.isValid() || t.last > to))
            to = t.last;
    }
    if (from.isValid() && from == to) {
        from = from.addDays(-15);
        to = to.addDays(15);
    }
    return {from, to};
}

QSize OfficeGantt::sizeHint() const
{
    return {640, 2 * rowHeight() + rowHeight() * std::max(1, m_model->rowCount())};
}

QRect OfficeGantt::barRect(int row) const
{
    const auto [from, to] = span();
    const OfficeTerm &t = m_model->terms()[row];
    if (!from.isValid() || !t.first.isValid())
        return {};
    const int left = labelWidth();
    const int right = width() - 12;
    const double days = std::max<qint64>(1, from.daysTo(to));
    const auto x = [&](const QDate &d) {
        return left + int((right - left) * (from.daysTo(d) / days));
    };
    const int x1 = x(t.first);
    const int x2 = std::max(x(t.last), x1 + 6); // a term seen on one day is still a visible mark
    const int y = rowHeight() * (row + 1) + 3;
    return QRect(x1, y, x2 - x1, rowHeight() - 6);
}

int OfficeGantt::rowAt(const QPoint &pos) const
{
    const int row = pos.y() / rowHeight() - 1;
    return row >= 0 && row < m_model->rowCount() ? row : -1;
}

void OfficeGantt::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const auto [from, to] = span();
    const int h = rowHeight();
    const int left = labelWidth();
    if (m_model->rowCount() == 0 || !from.isValid()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No offices to show"));
        return;
    }
    // The time axis: the years (or months within one year) across the top.
    p.setPen(palette().mid().color());
    const double days = std::max<qint64>(1, from.daysTo(to));
    const bool byMonth = from.daysTo(to) < 500;
    QDate tick = byMonth ? QDate(from.year(), from.month(), 1) : QDate(from.year(), 1, 1);
    while (tick <= to) {
        if (tick >= from) {
            const int x = left + int((width() - 12 - left) * (from.daysTo(tick) / days));
            p.drawLine(x, h - 2, x, height());
            p.drawText(QRect(x + 2, 0, 80, h), Qt::AlignVCenter | Qt::AlignLeft,
                       byMonth ? tick.toString(QStringLiteral("yyyy-MM")) : QString::number(tick.year()));
        }
        tick = byMonth ? tick.addMonths(1) : tick.addYears(1);
    }
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QRect row(0, h * (r + 1), width(), h);
        if (r == m_current)
            p.fillRect(row, palette().highlight().color().lighter(170));
        p.setPen(palette().text().color());
        p.drawText(row.adjusted(6, 0, -(width() - left) - 4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(labelOf(r), Qt::ElideMiddle, left - 10));
        const QRect bar = barRect(r);
        p.fillRect(bar, r == m_current ? palette().highlight().color() : QColor(0x3b, 0x82, 0xf6));
        const OfficeTerm &t = m_model->terms()[r];
        p.setPen(palette().text().color());
        const QString count = QString::number(t.mentions);
        if (bar.right() + 4 + fontMetrics().horizontalAdvance(count) < width())
            p.drawText(QRect(bar.right() + 4, bar.top(), 60, bar.height()), Qt::AlignVCenter | Qt::AlignLeft,
                       count);
    }
}

void OfficeGantt::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        setCurrentRow(row);
        emit rowClicked(row);
    }
    QWidget::mousePressEvent(event);
}

// ---- TimelineWindow ----

TimelineWindow::TimelineWindow(DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_dialogs(dialogs)
    , m_model(new OfficeTermModel(this))
{
    setObjectName(QStringLiteral("timelineWindow"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->addItem(QString(), int(ByPerson));
    m_mode->addItem(QString(), int(ByOrganization));
    m_name = new QLineEdit(this);
    m_name->setClearButtonEnabled(true);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportOfficesButton"));
    row->addWidget(m_mode);
    row->addWidget(m_name, 1);
    row->addWidget(m_export);
    layout->addLayout(row);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    m_gantt = new OfficeGantt(m_model, scroll);
    scroll->setWidget(m_gantt);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OfficeTermModel::OrganizationColumn,
                                                      QHeaderView::Stretch);
    m_evidence = new QListWidget(splitter);
    m_evidence->setObjectName(QStringLiteral("officeEvidence"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

    connect(m_name, &QLineEdit::editingFinished, this, &TimelineWindow::reload);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TimelineWindow::reload);
    connect(m_gantt, &OfficeGantt::rowClicked, this, &TimelineWindow::selectRow);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { selectRow(index.row()); });
    connect(m_evidence, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit articleActivated(item->data(Qt::UserRole).toLongLong()); });
    connect(m_export, &QPushButton::clicked, this, &TimelineWindow::exportClicked);
    retranslate();
    resize(900, 640);
}

TimelineWindow::~TimelineWindow() = default;

bool TimelineWindow::openLibrary(const QString &path, QString *error)
{
    m_store.reset();
    m_library = std::make_unique<Library>();
    LibraryOpenOptions options;
    options.create = false;
    options.readOnlyWhenNotWritable = true;
    if (!m_library->open(path, options)) {
        if (error)
            *error = m_library->errorString();
        m_library.reset();
        return false;
    }
    m_store = std::make_unique<EntityStore>(*m_library);
    setWindowTitle(tr("Offices over Time — %1").arg(QFileInfo(path).completeBaseName()));
    reload();
    return true;
}

TimelineWindow *TimelineWindow::open(const QString &path, DialogProvider *dialogs, QWidget *parent)
{
    auto *window = new TimelineWindow(dialogs, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!window->openLibrary(path, &error)) {
        dialogs->warning(parent, tr("Offices over Time"), error);
        delete window;
        return nullptr;
    }
    window->QWidget::show();
    window->raise();
    return window;
}

void TimelineWindow::show(Mode mode, const QString &name)
{
    const QSignalBlocker blockMode(m_mode);
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_name->setText(name);
    reload();
}

void TimelineWindow::reload()
{
    m_evidence->clear();
    if (!m_store) {
        m_model->setTerms({});
        return;
    }
    OfficeFilter filter;
    const QString name = m_name->text().trimmed();
    const bool byOrganization = m_mode->currentData().toInt() == ByOrganization;
    if (byOrganization)
        filter.organization = name;
    else
        filter.person = name;
    QList<OfficeTerm> terms = m_store->officeTerms(filter);
    if (byOrganization) {
        // Who held each office of the organization, in turn.
        std::stable_sort(terms.begin(), terms.end(), [](const OfficeTerm &a, const OfficeTerm &b) {
            if (a.organization != b.organization)
                return a.organization < b.organization;
            if (a.office != b.office)
                return a.office < b.office;
            return a.first < b.first;
        });
    }
    m_model->setTerms(terms);
    m_gantt->setMinimumHeight(m_gantt->sizeHint().height());
    if (!terms.isEmpty())
        selectRow(0);
}

void TimelineWindow::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_gantt->setCurrentRow(row);
    m_table->selectRow(row);
    m_evidence->clear();
    const OfficeTerm &term = m_model->terms()[row];
    const QList<EntityArticle> articles =
        m_store->articles(EntityKey{term.person, EntityType::Person}, term.first, term.last);
    for (const EntityArticle &a : articles) {
        if (!term.articleIds.contains(a.articleId))
            continue;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1  %2 %3  %4")
                                    .arg(a.date.toString(Qt::ISODate), a.paper, a.pageLabel, a.headline),
                                m_evidence);
        item->setData(Qt::UserRole, a.articleId);
    }
}

bool TimelineWindow::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !EntityStore::exportOfficeCsv(&file, m_model->terms()) ||
        !file.commit()) {
        m_dialogs->warning(
            this, tr("Export Offices"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void TimelineWindow::exportClicked()
{
    const QString path = m_dialogs->getSaveFileName(this, tr("Export Offices"), QStringLiteral("offices.csv"),
                                                    tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void TimelineWindow::retranslate()
{
    m_mode->setItemText(0, tr("Person"));
    m_mode->setItemText(1, tr("Organization"));
    m_name->setPlaceholderText(tr("Name of a person or organization; empty: everyone"));
    m_export->setText(tr("Export CSV…"));
}

void TimelineWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kanbao
