#!/usr/bin/env python3
"""Make raw-layout test pages with gold from cleaned Markdown pages, to check that reconstruction generalises.

usage: synth_raw_pages.py MARKDOWN_PAGE OUT_PREFIX [--seed N]
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


def main():
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
