#!/usr/bin/env python3
"""Make raw-layout test pages with gold from cleaned Markdown pages, to check that reconstruction generalises.

usage: synth_raw_pages.py MARKDOWN_PAGE OUT_PREFIX [--seed N]
       synth_raw_pages.py --corpus CORPUS_DIR --days FIRST-LAST OUTDIR [--seed N] [--variety]
--variety lays pages out in more papers' habits (indents dropped or kept, byline lines of their own,
spaced names in the dateline, columns 9-28 ems wide, editor lines); without it the output is as before.
Writes OUT_PREFIX.txt (a raw page as PDF extraction prints it: narrow columns, column-break blank lines,
headlines after bodies, justification spaces, a page header) and OUT_PREFIX.json (gold in the format of
tests/data/eval/gold_*.json). Articles are taken from the Markdown headings; photo captions and column
labels are left out. The layout rules here were written independently of the engine.
"""
import json
import random
import re
import sys

TERMINAL = "。！？”…）)"
BYLINE = re.compile(r"^(?:\*\*)?本报讯(?:\*\*)?(?:（([^）]*)）)?")
TRAILER = re.compile(r"（([\u4e00-\u9fff]{2,4}(?:[ 　][\u4e00-\u9fff]{2,4})*)）$")


def width(s):
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in s)


def parse_markdown(text):
    arts, cur = [], None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("#"):
            nxt = next((l.strip() for l in lines[i + 1:] if l.strip()), "")
            if nxt.startswith("#"):
                cur = None  # a column label heading over other headings
                continue
            cur = {"headline": s.lstrip("#").strip(), "paras": []}
            arts.append(cur)
        elif s and cur is not None:
            cur["paras"].append(s.replace("**", ""))
    good = []
    for a in arts:
        # Re-join paragraphs that the Markdown split mid-sentence.
        paras = []
        for p in a["paras"]:
            if paras and paras[-1][-1] not in TERMINAL:
                paras[-1] += p
            else:
                paras.append(p)
        body = "".join(paras)
        # A heading over two dispatches (a second 本报讯 inside) is two articles with one title: left out.
        if body.count("本报讯") > 1 or not paras or "摄" in body[-12:] or len(body) < 80 or any(p.endswith("摄") for p in paras):
            continue
        reporters, correspondents, authors = [], [], []
        m = BYLINE.match(paras[0])
        if m:
            inner = m.group(1) or ""
            for part in re.split(r"\s+", inner):
                if part.startswith("记者"):
                    reporters += [n for n in re.split("[、，]", part[2:]) if n]
                elif part.startswith("通讯员"):
                    correspondents += [n for n in re.split("[、，]", part[3:]) if n]
            paras[0] = paras[0][m.end():].lstrip()
            if not paras[0]:
                paras = paras[1:]
        t = TRAILER.search(paras[-1]) if paras else None
        if t:
            authors = t.group(1).split()
            paras[-1] = paras[-1][:t.start()].rstrip()
        if not paras or not all(paras):
            continue
        a.update(paras=paras, reporters=reporters, correspondents=correspondents, authors=authors, byline=m is not None,
                 byline_text=(m.group(0) if m else ""))
        good.append(a)
    return good


NO_LINE_START = "，。、；：？！”’）》」』…"


def wrap(text, w):
    # Typesetters never start a line with closing punctuation: it hangs at the end of the previous line.
    lines, cur, cw = [], "", 0.0
    for ch in text:
        cw2 = cw + width(ch)
        if cw2 > w and cur and ch not in NO_LINE_START:
            lines.append(cur)
            cur, cw = ch, width(ch)
        else:
            cur, cw = cur + ch, cw2
    if cur:
        lines.append(cur)
    return lines


def wrap_runs(text, w, first_short=0.0):
    """Like wrap, but a run of figures or Latin letters is never broken (typesetters move it whole to
    the next line, leaving the line above short), and the first line may be first_short ems narrower
    (a paragraph indent the extractor dropped)."""
    tokens = re.findall(r"[0-9A-Za-z.%]+|.", text)
    lines, cur, cw = [], "", 0.0
    for tok in tokens:
        limit = w - (first_short if not lines else 0.0)
        tw = width(tok)
        if cw + tw > limit and cur and tok not in NO_LINE_START:
            lines.append(cur)
            cur, cw = tok, tw
        else:
            cur, cw = cur + tok, cw + tw
    if cur:
        lines.append(cur)
    return lines


def justify(line, rng):
    if rng.random() < 0.06 and len(line) >= 6 and all(ord(c) > 0x2000 for c in line):
        return " ".join(line)
    return line


def render(arts, rng):
    out = ["JIAOZUO DAILY", "A03│高新区新闻2024年5月7日 星期二", "", "■新闻热线：8797000│■编辑：张三│校对：李 四", ""]
    items = []
    for a in arts:
        w = rng.randint(10, 21)
        joins = []
        for pi, p in enumerate(a["paras"]):
            text = (a["byline_text"].replace("**", "") + p) if (pi == 0 and a["byline"]) else p
            lines = wrap(text, w)
            for li, l in enumerate(lines):
                out.append(justify(l, rng))
                if li + 1 < len(lines) and rng.random() < 0.12:
                    out.append("")  # a column break in mid-sentence
                if li + 1 < len(lines) and len(joins) < 2 and rng.random() < 0.3 and len(l) > 6:
                    nxt = lines[li + 1]
                    joins.append((l[-6:] + nxt[:6]).replace(" ", ""))
            out.append("")
        title = a["headline"]
        if width(title) > 16 and " " in title and rng.random() < 0.5:
            first, rest = title.split(" ", 1)
            out += [first, rest]
        else:
            out.append(title)
        out.append("")
        body = "".join(a["paras"])
        items.append({
            "kind": "article",
            "headline": title,
            "start": a["paras"][0][:18].replace(" ", ""),
            "end": a["paras"][-1][-14:].replace(" ", ""),
            "reporters": a["reporters"],
            "correspondents": a["correspondents"],
            "authors": a["authors"],
            "joins": [j for j in joins if j in body.replace(" ", "")],
            "paragraphs": len(a["paras"]),
        })
    return "\n".join(out) + "\n", items


# ---------------------------------------------------------------------------------------------------------
# Whole pages from a corpus of one article a file (YYYYMMDD-PP-NN.txt: title stack, blank line, paragraphs
# indented with two U+3000), laid out as raw page text with varied styles.

DATELINE = re.compile(r"^(?:据)?(?:本报|新华社|中新社|人民网|央视网)[^，。电]{0,24}电\s*(?:（([^）]{0,40})）)?\s*")
STAFF_LINE = re.compile(r"^(?:本报|新华社)?(?:记者|通讯员|特约记者)[\s\u00a0\u3000]*([\u4e00-\u9fff][\u4e00-\u9fff\s\u00a0\u3000、]{1,30})$")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉晨欣雪婷宇浩凯健俊帆立新然斌峰波宁"
WEEK = "一二三四五六日"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def norm_space(s):
    return re.sub(r"[\s\u00a0\u3000]+", " ", s).strip()


def split_roles(inner):
    reporters, correspondents = [], []
    target = None
    for part in re.split(r"[\s\u00a0]+", inner.strip()):
        m = re.match(r"^(?:本报)?(?:见习)?(记者|通讯员)?(.*)$", part)
        if m.group(1):
            target = reporters if m.group(1) == "记者" else correspondents
        names = [n for n in re.split("[、，]", m.group(2)) if n]
        if target is None:
            return None  # names with no role: authors or agency text, not scored
        target += names
    return reporters, correspondents


def parse_corpus_article(text):
    lines = [l.rstrip("\r") for l in text.split("\n")]
    title, paras, in_body = [], [], False
    for l in lines:
        if l.startswith("\u3000\u3000") or (in_body and l.strip()):
            in_body = True
            s = norm_space(l)
            if s:
                paras.append(s)
        elif l.strip() and not in_body:
            title.append(norm_space(l))
    if not title or not paras:
        return None
    if len(title) >= 3:
        kicker, headline, sub = title[0], title[1], " ".join(title[2:])
    elif len(title) == 2 and title[1].startswith("—"):
        kicker, headline, sub = "", title[0], title[1]
    elif len(title) == 2:
        kicker, headline, sub = title[0], title[1], ""
    else:
        kicker, headline, sub = "", title[0], ""
    art = {"title": title, "kicker": kicker, "headline": headline, "subheadline": sub, "paras": paras,
           "reporters": None, "correspondents": None, "dateline": ""}
    # A byline line of its own (本报记者 陈 然) is not a paragraph; who it names is not scored here.
    art["staff"] = [p for p in paras if STAFF_LINE.match(p) and len(p) <= 30]
    body = [p for p in paras if p not in art["staff"]]
    if not body:
        return None
    m = DATELINE.match(body[0])
    if m and m.end() < len(body[0]):
        art["dateline"] = body[0][:m.end()]
        roles = split_roles(m.group(1)) if m.group(1) else ([], [])
        if roles is not None:
            art["reporters"], art["correspondents"] = roles
    art["body"] = body
    return art


def rand_name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def page_header(rng, day, page, style):
    date = f"2019年2月{int(day[6:])}日"
    wd = WEEK[(int(day[6:]) + 3) % 7]  # 2019-02-01 was a Friday
    pn = int(page)
    section = rng.choice(["要闻", "综合", "国内", "国际", "评论", "社会", "经济", "文化"])
    paper = rng.choice(["人民日报", "河南日报", "南方日报", "大众日报", "新华日报", "光明日报"])
    if style == 0:
        return [f"{date}\u3000星期{wd}", str(pn), paper, ""]
    if style == 1:
        return [f"{paper}", f"{date} 星期{wd}  第{pn}版  {section}", f"责任编辑：{rand_name(rng)}  版式设计：{rand_name(rng)}", ""]
    if style == 2:
        return [f"{pn:02d} {section}", f"{date}  星期{wd}", f"本版编辑：{rand_name(rng)} 校对：{rand_name(rng)}", ""]
    return [f"第{pn}版", f"{paper}·{section}", f"{date} 星期{wd}", ""]


def space_digits(line, rng):
    # Extractors put spaces around Latin runs in Chinese text (" 2 月25日").
    if rng.random() < 0.15:
        return re.sub(r"(\d+)", lambda m: f" {m.group(1)} " if rng.random() < 0.5 else m.group(1), line, count=1)
    return line


def layout_article(a, rng, style, jump):
    """Raw lines of one article and its gold item."""
    w = style["width"] if rng.random() < 0.7 else rng.randint(11, 24)
    body_lines, joins = [], []
    body = list(a["body"])
    staff = list(a["staff"])
    dateline = a["dateline"]
    if style["byline"] == "staff_line" and a["reporters"] and not staff and dateline and "（" in dateline:
        # Names printed on a byline line of their own above the text, the dateline left bare
        # (本报北京2月3日电 / 本报记者 王 珏  通讯员 李 明).
        bare = dateline[:dateline.index("（")].rstrip()
        body[0] = bare + body[0][len(dateline):]
        dateline = bare
        sep = rng.choice([" ", "  ", "\u3000"])
        spread = (lambda n: " ".join(n) if len(n) == 2 and rng.random() < 0.5 else n)
        parts = ["本报记者" + sep + "、".join(spread(n) for n in a["reporters"])]
        if a["correspondents"]:
            parts.append("本报通讯员" + sep + "、".join(a["correspondents"]))
        staff = [rng.choice(["", "□"]) + rng.choice(["  ", "\u3000"]).join(parts)]
    elif style["byline"] == "spaced_paren" and dateline and "（" in dateline and a["reporters"]:
        # The parenthesis set with spaces and a line break inside it: 本报北京2月3日电  （记者 王珏 李明）
        names = " ".join(a["reporters"])
        inner = ("记者 " + names) + ((" 通讯员 " + " ".join(a["correspondents"])) if a["correspondents"] else "")
        new_dl = dateline[:dateline.index("（")].rstrip() + "  （" + inner + "）"
        body[0] = new_dl + body[0][len(dateline):]
        dateline = new_dl
    indent = style["indent"]
    for pi, p in enumerate(body):
        lines = wrap_runs(p, w, first_short=2.0 if indent == "stripped" else 0.0) if style["runs"] else wrap(p, w)
        if indent == "kept":
            lines = wrap_runs(p, w, first_short=2.0)
            lines[0] = "\u3000\u3000" + lines[0]
        for li, l in enumerate(lines):
            out = justify_spaced(l, rng) if li + 1 < len(lines) or rng.random() < 0.3 else l
            body_lines.append(space_digits(out, rng))
            if li + 1 < len(lines):
                if rng.random() < style["breaks"]:
                    body_lines.append("")  # a column break in mid-paragraph
                if len(joins) < 3 and rng.random() < 0.15 and len(l) > 6:
                    joins.append((l[-6:] + lines[li + 1][:6]).replace(" ", ""))
        if rng.random() < style["para_gap"]:
            body_lines.append("")
    while body_lines and not body_lines[-1]:
        body_lines.pop()
    if jump:
        body_lines.append(f"（下转第{rng.randint(2, 12)}版）")
    if staff:
        staff_lines = [s.replace(" ", rng.choice([" ", "  ", "\u3000"])) for s in staff]
        if rng.random() < 0.5:
            body_lines = staff_lines + body_lines
        else:
            body_lines = body_lines + staff_lines
    # The title stack: each line on its own; vertical (one character a line) for short headlines now and then.
    title_lines = []
    vertical = len(a["title"]) == 1 and len(a["headline"]) <= 12 and rng.random() < style["vertical"]
    if vertical:
        title_lines = [c for c in a["headline"] if not c.isspace()]
    else:
        for t in a["title"]:
            if width(t) > w + 8 and rng.random() < 0.5:
                title_lines += wrap(t, max(w + 4, int(width(t) / 2) + 1))
            else:
                title_lines.append(t)
    before = rng.random() < style["title_before"]
    lines = (title_lines + body_lines) if before else (body_lines + title_lines)
    start_para = body[0][len(dateline):] if dateline else body[0]
    item = {"kind": "article", "headline": a["headline"],
            "start": start_para.replace(" ", "")[:18], "end": body[-1].replace(" ", "")[-12:],
            "paragraphs": len(body), "joins": [j for j in joins if j in "".join(body).replace(" ", "")]}
    if a["kicker"]:
        item["kicker"] = a["kicker"]
    if a["subheadline"]:
        item["subheadline"] = a["subheadline"]
    if a["reporters"] is not None and (not staff or style["byline"] == "staff_line") and not a["staff"]:
        item["reporters"], item["correspondents"] = a["reporters"], a["correspondents"]
    return lines, item


def justify_spaced(line, rng):
    if rng.random() < 0.05 and len(line) >= 6:
        return " ".join(c for c in line if c != " ")
    return line


def render_corpus_page(arts, rng, day, page, variety=False):
    style = {"width": rng.randint(12, 22), "breaks": rng.choice([0.03, 0.08, 0.12]),
             "para_gap": rng.choice([0.0, 0.1, 0.3]), "vertical": rng.choice([0.0, 0.15, 0.3]),
             "title_before": rng.choice([0.0, 0.2, 0.5, 0.8, 1.0])}
    if variety:
        # Other papers' habits: paragraph indents dropped or kept by the extractor, names on a byline
        # line of their own or spaced inside the dateline's parenthesis, narrow or wide columns.
        style["indent"] = rng.choice(["none", "stripped", "kept"])
        style["byline"] = rng.choice(["as_printed", "staff_line", "spaced_paren"])
        style["width"] = rng.randint(9, 28)
        style["runs"] = True
    else:
        style["indent"], style["byline"], style["runs"] = "none", "as_printed", False
    out = page_header(rng, day, page, rng.randint(0, 3))
    items = []
    for k, a in enumerate(arts):
        lines, item = layout_article(a, rng, style, jump=(k == 0 and rng.random() < 0.15))
        out += lines
        if rng.random() < 0.7:
            out.append("")
        items.append(item)
    if rng.random() < 0.3:
        out += ["", f"责任编辑：{rand_name(rng)}"]
    elif variety and rng.random() < 0.4:
        out += ["", f"本版编辑：{rand_name(rng)}  版式设计：{rand_name(rng)}"]
    return "\n".join(out) + "\n", items


def corpus_main(args):
    """synth_raw_pages.py --corpus DIR --days 01-14 OUTDIR [--seed N]: one raw page and gold a corpus page."""
    import os
    src = args[args.index("--corpus") + 1]
    lo, hi = (int(x) for x in args[args.index("--days") + 1].split("-"))
    flags = {"--corpus", "--days", "--seed"}
    outdir = [a for i, a in enumerate(args[1:], 1) if a not in flags and a != "--variety" and args[i - 1] not in flags][-1]
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 1
    variety = "--variety" in args
    pages = {}
    for name in sorted(os.listdir(src)):
        m = re.match(r"^(\d{8})-(\d\d)-(\d\d)\.txt$", name)
        if m and lo <= int(m.group(1)[6:]) <= hi:
            pages.setdefault((m.group(1), m.group(2)), []).append(name)
    os.makedirs(outdir, exist_ok=True)
    for (day, page), names in sorted(pages.items()):
        rng = random.Random(f"{seed}-{day}-{page}")
        arts = [a for a in (parse_corpus_article(open(os.path.join(src, n), encoding="utf-8").read()) for n in names) if a]
        if not arts:
            continue
        text, items = render_corpus_page(arts, rng, day, page, variety)
        base = os.path.join(outdir, f"synth_{day}-{page}")
        open(base + ".txt", "w", encoding="utf-8").write(text)
        json.dump({"source": os.path.basename(base) + ".txt", "items": items}, open(base + ".json", "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
    print(f"{len(pages)} pages -> {outdir}")


def main():
    if "--corpus" in sys.argv:
        return corpus_main(sys.argv)
    src, prefix = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    arts = parse_markdown(open(src, encoding="utf-8").read())
    text, items = render(arts, rng)
    open(prefix + ".txt", "w", encoding="utf-8").write(text)
    json.dump({"source": prefix + ".txt", "items": items}, open(prefix + ".json", "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(f"{len(items)} articles -> {prefix}.txt")


if __name__ == "__main__":
    main()
