#pragma once

#include "notes/notesstore.h"
#include "notes/notestypes.h"

#include <QAbstractListModel>
#include <QPointer>

namespace kanbao {



// The annotations of one article: its notes first, then its highlights in text order (the store's
// order). Follows the store: any change to that article's annotations, from here, from an undo or from
// another view, is shown at once.
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit AnnotationListModel(QObject *parent = nullptr);

    void setStore(NotesStore *store);
    NotesStore *store() const { return m_store; }

    void setArticle(qint64 articleId); // 0: empty
    qint64 articleId() const { return m_articleId; }
    void reload();

    const QList<Annotation> &annotations() const { return m_rows; }
    QModelIndex indexOfAnnotation(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // After every reload: the highlighter redraws from here.
    void annotationsReloaded();

private:
    void onAnnotationsChanged(const QList<qint64> &articleIds);

    QPointer<NotesStore> m_store;
    qint64 m_articleId = 0;
    QList<Annotation> m_rows;
    QList<int> m_paragraphs; // per row, see ParagraphRole
};

// The display text of one annotation in a flat list: the quote (or "Note on the article") and the note.
QString annotationDisplayText(const Annotation &a);
// What every notes model answers alike for one annotation: display text, color swatch and the NoteRole
// fields of the annotation itself (not those of its article).
QVariant annotationRoleData(const Annotation &a, int role);

} // namespace kanbao
