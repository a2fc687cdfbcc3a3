#include "notes/tagspanel.h"

#include "articlelistmodel.h"
#include "notes/taglistmodel.h"
#include "richtextdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace kanbao {

TagsPanel::TagsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tags(new TagListModel(this))
    , m_articles(new ArticleListModel(this))
{
    setObjectName(QStringLiteral("tagsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    m_tagView = new QTreeView(splitter);
    m_tagView->setObjectName(QStringLiteral("tagsView"));
    m_tagView->setModel(m_tags);
    m_tagView->setRootIsDecorated(false);
    m_tagView->setUniformRowHeights(true);
    m_tagView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tagView->header()->setStretchLastSection(false);
    m_tagView->header()->setSectionResizeMode(TagListModel::NameColumn, QHeaderView::Stretch);
    m_tagView->header()->setSectionResizeMode(TagListModel::CountColumn, QHeaderView::ResizeToContents);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    m_articlesLabel = new QLabel(lower);
    m_articlesLabel->setWordWrap(true);
    lowerLayout->addWidget(m_articlesLabel);
    m_articleView = new QListView(lower);
    m_articleView->setObjectName(QStringLiteral("taggedArticlesView"));
    m_articleView->setModel(m_articles);
    m_articleView->setItemDelegate(new RichTextDelegate(ArticleListModel::HtmlRole, m_articleView));
    m_articleView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_articleView->setWordWrap(true);
    m_articleView->setResizeMode(QListView::Adjust);
    lowerLayout->addWidget(m_articleView, 1);
    splitter->addWidget(m_tagView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_notesButton = new QPushButton(this);
    m_notesButton->setObjectName(QStringLiteral("notesOfTagButton"));
    m_manageButton = new QPushButton(this);
    m_manageButton->setObjectName(QStringLiteral("manageTagsButton"));
    buttons->addWidget(m_notesButton);
    buttons->addStretch();
    buttons->addWidget(m_manageButton);
    layout->addLayout(buttons);

    connect(m_tagView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_tagId = index.isValid() ? index.data(TagListModel::TagIdRole).toLongLong() : 0;
        loadArticles();
    });
    connect(m_tags, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keep = m_tagId;
    });
    connect(m_tags, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex again = m_tags->indexOfTag(m_keep);
        if (again.isValid()) {
            const QSignalBlocker blocker(m_tagView->selectionModel());
            m_tagView->setCurrentIndex(again);
        } else {
            m_tagId = 0;
        }
        loadArticles();
    });
    const auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openArticleRequested(index.data(ArticleListModel::ArticleIdRole).toLongLong());
    };
    connect(m_articleView, &QListView::clicked, this, open);
    connect(m_articleView, &QListView::activated, this, open);
    connect(m_manageButton, &QPushButton::clicked, this, &TagsPanel::manageTagsRequested);
    connect(m_notesButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_tags->indexOfTag(m_tagId);
        if (index.isValid())
            Q_EMIT showNotesOfTagRequested(index.data(TagListModel::TagNameRole).toString());
    });
    retranslate();
}

void TagsPanel::setEditor(NotesEditor *editor)
{
    if (m_editor && m_editor->store())
        disconnect(m_editor->store(), nullptr, this, nullptr);
    m_editor = editor;
    m_tagId = 0;
    m_tags->setEditor(editor);
    if (m_editor && m_editor->store()) {
        // Tagging an article elsewhere changes this list when it shows that tag.
        connect(m_editor->store(), &NotesStore::articleTagsChanged, this, &TagsPanel::loadArticles);
    }
    loadArticles();
}

void TagsPanel::showTag(qint64 tagId)
{
    const QModelIndex index = m_tags->indexOfTag(tagId);
    if (index.isValid())
        m_tagView->setCurrentIndex(index);
}

void TagsPanel::loadArticles()
{
    m_notesButton->setEnabled(m_tagId != 0);
    if (!m_editor || !m_tagId) {
        m_articles->clear();
        m_articlesLabel->setText(m_editor ? tr("Choose a tag to list its articles.") : tr("No library open."));
        return;
    }
    NotesStore *store = m_editor->store();
    const std::optional<Tag> tag = store->tag(m_tagId);
    if (!tag) {
        m_articles->clear();
        return;
    }
    // Citations carry the date: newest issues first, as the reader's archive shelves them.
    QList<ArticleCitation> citations;
    for (qint64 id : store->articlesWithTag(m_tagId)) {
        if (std::optional<ArticleCitation> c = store->citation(id))
            citations.append(*c);
    }
    std::stable_sort(citations.begin(), citations.end(),
                     [](const ArticleCitation &a, const ArticleCitation &b) { return a.date > b.date; });
    QList<ArticleRef> refs;
    refs.reserve(citations.size());
    for (const ArticleCitation &c : std::as_const(citations)) {
        ArticleRef ref;
        ref.articleId = c.articleId;
        ref.paper = c.paper;
        ref.date = c.date;
        ref.pageLabel = c.pageLabel;
        ref.headline = c.headline.isEmpty() ? c.kicker : c.headline;
        ref.snippet = c.subheadline.isEmpty() ? c.bylines() : c.subheadline;
        refs.append(ref);
    }
    m_articles->setFetcher([refs](int offset, int limit) { return refs.mid(offset, limit); }, 100);
    m_articlesLabel->setText(tr("Articles tagged “%1” (%2):").arg(tag->name).arg(refs.size()));
}

void TagsPanel::retranslate()
{
    m_manageButton->setText(tr("Manage Tags…"));
    m_notesButton->setText(tr("Notes with This Tag"));
    loadArticles();
}

void TagsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kanbao
