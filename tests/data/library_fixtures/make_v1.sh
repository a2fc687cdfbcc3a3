#!/usr/bin/env bash
# Made v1.kanbao once, with the build of schema version 1. Kept to document how; do not rerun on a later
# schema (the fixture must stay a version-1 library).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:?usage: make_v1.sh path/to/kanbao-cli}
out="$here/v1.kanbao"
rm -f "$out" "$out-wal" "$out-shm"
"$cli" import --library "$out" "$here/source" >/dev/null
sqlite3 "$out" <<'SQL'
INSERT INTO tags(name, color, created_at) VALUES ('会议', '#ef4444', '2024-05-01T08:00:00Z');
INSERT INTO article_tags(article_id, tag_id) SELECT min(id), 1 FROM articles;
INSERT INTO annotations(article_id, kind, start_offset, end_offset, quote, prefix, suffix, note, source_path,
                        article_seq, article_headline, created_at, modified_at)
SELECT a.id, 'highlight', instr(body, '吕沛带队观摩') - 1, instr(body, '吕沛带队观摩') - 1 + 6, '吕沛带队观摩',
       '高新区（示范区）党工委书记', '，出席“三十工程”推进会并讲话', '带队', p.source_path, a.seq, a.headline,
       '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z'
FROM articles a JOIN pages p ON p.id = a.page_id WHERE body LIKE '%吕沛带队观摩%';
INSERT INTO annotations(article_id, kind, quote, note, source_path, article_headline, created_at, modified_at)
VALUES (NULL, 'note', '', '旧版本的笔记', '/gone/A02.md', '已删除的文章', '2024-05-01T08:00:00Z', '2024-05-01T08:00:00Z');
PRAGMA journal_mode = DELETE;
SQL
