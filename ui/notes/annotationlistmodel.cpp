#include "notes/annotationlistmodel.h"

#include "notes/noteroles.h"
#include "notes/notesstore.h"

namespace kanbao {

QString annotationDisplayText(const Annotation &a)
{
    QString text = a.kind == AnnotationKind::Note
                       ? QCoreApplication::translate("kanbao::NoteCardDelegate", "Note on the article")
                       : QStringLiteral("「%1」").arg(a.quote);
    if (!a.note.isEmpty())
        text += QStringLiteral(" — ") + a.note;
    return text;
}

QVariant annotationRoleData(const Annotation &a, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return annotationDisplayText(a);
    case Qt::DecorationRole:
        return a.kind == AnnotationKind::Highlight ? highlightColor(a.color) : QVariant();
    case AnnotationIdRole:
        return a.id;
    case NoteArticleIdRole:
        return a.articleId;
    case NoteKindRole:
        return int(a.kind);
    case ColorNameRole:
        return a.color;
    case QuoteRole:
        return a.quote;
    case NoteTextRole:
        return a.note;
    case StartOffsetRole:
        return a.startOffset;
    case EndOffsetRole:
        return a.endOffset;
    case IsOrphanRole:
        return a.isOrphan();
    case CreatedRole:
        return a.createdAt;
    case ModifiedRole:
        return a.modifiedAt;
    case AnnotationRole:
        return QVariant::fromValue(a);
    default:
        return {};
    }
}

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AnnotationListModel::setStore(NotesStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &NotesStore::annotationsChanged, this, &AnnotationListModel::onAnnotationsChanged);
    m_articleId = 0;
    reload();
}

void AnnotationListModel::setArticle(qint64 articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    reload();
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_rows = (m_store && m_articleId > 0) ? m_store->annotationsOfArticle(m_articleId) : QList<Annotation>();
    // Which paragraph each highlight is in, counted as the reader sees them (empty lines are not shown).
    m_paragraphs.clear();
    const QString body = m_rows.isEmpty() ? QString() : m_store->articleBody(m_articleId).value_or(QString());
    for (const Annotation &a : std::as_const(m_rows)) {
        int paragraph = 0;
        if (a.kind == AnnotationKind::Highlight && a.startOffset >= 0 && a.startOffset <= body.size()) {
            paragraph = 1;
            for (int i = 0; i < a.startOffset; ++i) {
                if (body.at(i) == QLatin1Char('\n') && i + 1 < body.size() && body.at(i + 1) != QLatin1Char('\n'))
                    ++paragraph;
            }
            if (body.startsWith(QLatin1Char('\n')))
                --paragraph;
        }
        m_paragraphs.append(paragraph);
    }
    endResetModel();
    Q_EMIT annotationsReloaded();
}

void AnnotationListModel::onAnnotationsChanged(const QList<qint64> &articleIds)
{
    if (m_articleId > 0 && articleIds.contains(m_articleId))
        reload();
}

QModelIndex AnnotationListModel::indexOfAnnotation(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        return a.note.isEmpty() ? a.quote : a.quote + QStringLiteral("\n\n") + a.note;
    case CitationRole:
        return QString();
    case TagNamesRole:
    case TagColorsRole:
        return QStringList();
    case ParagraphRole:
        return m_paragraphs.value(index.row());
    default:
        return annotationRoleData(a, role);
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AnnotationIdRole, "annotationId");
    names.insert(ColorNameRole, "colorName");
    names.insert(QuoteRole, "quote");
    names.insert(NoteTextRole, "note");
    return names;
}

} // namespace kanbao
