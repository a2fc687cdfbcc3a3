#pragma once

// A library for the notes tests and the export bench: a temporary Kanbao library with a few articles.
// Header-only so each test executable (one test class per file) can include it.

#include "library/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

namespace kanbao::test {

struct SampleArticle
{
    QString paper = QStringLiteral("焦作日报");
    QString date = QStringLiteral("2023-12-03");
    QString label = QStringLiteral("A08");
    QString section = QStringLiteral("温县新闻");
    QString sourcePath = QStringLiteral("/archive/焦作日报/2023-12-03/A08.txt");
    int seq = 0;
    QString headline;
    QString body;
    QStringList reporters;
    QStringList correspondents;
};

class NotesTestLibrary
{
public:
    QString path() const { return m_dir.filePath(QStringLiteral("library.kanbao")); }
    QSqlDatabase database() const { return m_library.database(); }
    Library &library() { return m_library; }

    // A real library (Library::open runs the schema migrations), empty.
    bool create()
    {
        if (!m_library.open(path())) {
            qWarning("%s", qPrintable(m_library.errorString()));
            return false;
        }
        return true;
    }

    // Adds the article (and its paper, issue and page when new); returns its id, 0 on failure.
    qint64 addArticle(const SampleArticle &a)
    {
        QSqlDatabase db = database();
        const qint64 paper = idOf(QStringLiteral("INSERT OR IGNORE INTO papers(name) VALUES (?)"),
                                  QStringLiteral("SELECT id FROM papers WHERE name = ?"), {a.paper});
        const qint64 issue = idOf(QStringLiteral("INSERT OR IGNORE INTO issues(paper_id, date) VALUES (?, ?)"),
                                  QStringLiteral("SELECT id FROM issues WHERE paper_id = ? AND date = ?"),
                                  {paper, a.date});
        const qint64 page = idOf(
            QStringLiteral("INSERT OR IGNORE INTO pages(issue_id, source_path, label, section, encoding, "
                           "content_hash, raw_text, imported_at) VALUES (?, ?, ?, ?, 'UTF-8', '', x'', '')"),
            QStringLiteral("SELECT id FROM pages WHERE issue_id = ? AND source_path = ? AND label = ? AND section = ?"),
            {issue, a.sourcePath, a.label, a.section});
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO articles(page_id, seq, kind, headline, body, reporters, correspondents) "
                                 "VALUES (?, ?, 'article', ?, ?, ?, ?)"));
        q.addBindValue(page);
        q.addBindValue(a.seq);
        q.addBindValue(a.headline);
        q.addBindValue(a.body);
        q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.reporters)).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.correspondents)).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            qWarning("insert article: %s", qPrintable(q.lastError().text()));
            return 0;
        }
        return q.lastInsertId().toLongLong();
    }

    // Two papers, three articles with distinct Chinese bodies.
    QList<qint64> addSamples()
    {
        SampleArticle a;
        a.headline = QStringLiteral("高新区召开安全生产工作会议");
        a.body = QStringLiteral("本报讯 12月3日，焦作市高新区召开安全生产工作会议。\n会议要求各单位压实责任，"
                                "确保安全生产形势稳定。会议强调，要以“时时放心不下”的责任感抓好冬季安全。");
        a.reporters = {QStringLiteral("李明")};
        a.correspondents = {QStringLiteral("王芳")};
        SampleArticle b;
        b.seq = 1;
        b.headline = QStringLiteral("温县铁棍山药喜获丰收");
        b.body = QStringLiteral("初冬时节，温县万亩铁棍山药进入采挖期。\n“今年亩产超过三千斤，价格也好。”"
                                "种植户张大爷笑着说。");
        b.reporters = {QStringLiteral("赵强")};
        SampleArticle c;
        c.paper = QStringLiteral("焦作晚报");
        c.date = QStringLiteral("2024-01-15");
        c.label = QStringLiteral("03");
        c.section = QStringLiteral("民生");
        c.sourcePath = QStringLiteral("/archive/焦作晚报/2024-01-15/03.txt");
        c.headline = QStringLiteral("太行山区迎来降雪");
        c.body = QStringLiteral("受冷空气影响，1月14日夜间太行山区普降中雪，气温骤降至零下十度。");
        return {addArticle(a), addArticle(b), addArticle(c)};
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private:
    qint64 idOf(const QString &insert, const QString &select, const QVariantList &values)
    {
        QSqlQuery q(database());
        q.prepare(insert);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning("%s: %s", qPrintable(insert), qPrintable(q.lastError().text()));
        QSqlQuery s(database());
        s.prepare(select);
        for (const QVariant &v : values)
            s.addBindValue(v);
        if (!s.exec() || !s.next())
            return 0;
        return s.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    Library m_library;
};

} // namespace kanbao::test
