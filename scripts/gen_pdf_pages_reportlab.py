#!/usr/bin/python3
"""A second, independent producer of newspaper PDF pages with gold: ReportLab (python3-reportlab).

usage: gen_pdf_pages_reportlab.py --corpus CORPUS_DIR --pages DAY-PAGE[,DAY-PAGE...] OUTDIR [--seed N]

gen_pdf_pages.py lays every page out by one set of rules and only hands the drawing to cairo or Qt. This
script shares none of that layout: it measures every character with the embedded font's own metrics and
sets the page the way a paper's pagination system does, with other habits than the first generator:
  - body text justified (the slack of each line spread between its characters, as Chinese typesetting
    does), the last line of a paragraph flush left; no line starts with closing punctuation and none ends
    with opening punctuation (the character is moved, not squeezed);
  - a Berliner page of 6 or 8 grid columns with thin vertical rules in the gutters inside a block, boxes
    (a frame around a whole article) now and then, grey photo areas without text on some blocks;
  - headlines flush left over one column, centred over several; the kicker above and the subheadline
    below in a smaller size; bylines flush right under the title stack;
  - vertical headlines as upright characters stacked on the left of the body;
  - the masthead and folio in a band with a double rule; the footer line above a rule.
Fonts are embedded by ReportLab as its own subsets (simple fonts of 256 glyphs each with a ToUnicode
map), unlike the CID fonts cairo and Qt write. The gold items are made from the corpus files the same way
as gen_pdf_pages.py makes them (headline, start and end phrases, paragraph count, joins across line
breaks, kicker, subheadline, dateline roles), so the same scorer reads them.
Writes OUTDIR/rl_DAY-PAGE.pdf and OUTDIR/gold_rl_DAY-PAGE.json. Run with the system python.
"""
import json
import math
import os
import random
import re
import sys

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from synth_raw_pages import parse_corpus_article, rand_name, WEEK  # noqa: E402

PAGE_W, PAGE_H = 900.0, 1280.0
MARGIN, TOP, BOTTOM = 40.0, 96.0, 1226.0
CLOSING = "，。、；：？！”’）》」』…—"
OPENING = "“‘（《「『"

pdfmetrics.registerFont(TTFont("Ming", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
pdfmetrics.registerFont(TTFont("Hei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))


def width(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, measure, indent):
    """Lines of at most `measure` points; the first starts `indent` points in."""
    lines, cur = [], ""
    limit = measure - indent
    for ch in text:
        if cur and width(cur + ch, font, size) > limit:
            if ch in CLOSING and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1] + ch
            elif cur[-1] in OPENING and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1] + ch
            else:
                lines.append(cur)
                cur = ch
            limit = measure
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H))
        self.c.setTitle("e-paper page")
        self.c.setCreator("ReportLab newspaper pagination (Kanbao test producer)")

    def text(self, s, x, y_top, font, size, bold=False, char_space=0.0):
        """Text whose em box starts at y_top (measured downwards from the top of the page)."""
        t = self.c.beginText()
        t.setFont(font, size)
        t.setCharSpace(char_space)
        # Fill and stroke: the bold of a face that has no bold weight; plain fill otherwise.
        t.setTextRenderMode(2 if bold else 0)
        if bold:
            self.c.setLineWidth(size * 0.035)
        t.setTextOrigin(x, PAGE_H - y_top - size * 0.88)
        t.textOut(s)
        self.c.drawText(t)

    def rule(self, x0, y0, x1, y1, w):
        self.c.setLineWidth(w)
        self.c.line(x0, PAGE_H - y0, x1, PAGE_H - y1)

    def box(self, x, y, w, h, grey=None, line=None):
        if grey is not None:
            self.c.setFillColor(Color(grey, grey, grey))
            self.c.rect(x, PAGE_H - y - h, w, h, stroke=0, fill=1)
            self.c.setFillColor(Color(0, 0, 0))
        if line is not None:
            self.c.setLineWidth(line)
            self.c.rect(x, PAGE_H - y - h, w, h, stroke=1, fill=0)

    def save(self):
        self.c.showPage()
        self.c.save()


def trim_article(a, rng):
    budget = rng.randint(200, 1000)
    body, total = [], 0
    for p in a["body"]:
        if body and total + len(p) > budget:
            break
        if not body and len(p) > budget:
            cut = max(p.rfind("。", 0, budget), p.rfind("！", 0, budget))
            if cut > 60:
                p = p[:cut + 1]
        body.append(p)
        total += len(p)
    a = dict(a)
    a["body"] = body
    return a


def set_block(pg, a, rng, x0, width_pt, span, gutter, top, style):
    """Typesets one article into a block `span` grid columns wide; returns (bottom, gold item)."""
    body_size, leading = style["body"], style["leading"]
    boxed = style["boxes"] and rng.random() < 0.15
    pad = body_size * 0.8 if boxed else 0.0
    bx, bw = x0 + pad, width_pt - 2 * pad
    y = top + pad
    vertical = len(a["title"]) == 1 and 4 <= len(a["headline"].replace(" ", "")) <= 10 and rng.random() < 0.4
    hsize = rng.choice([20.0, 24.0, 28.0]) if span > 1 else rng.choice([15.0, 17.0])
    small = rng.choice([11.0, 12.5])
    vbottom = y
    if vertical:
        vs = 20.0
        text = a["headline"].replace(" ", "")
        for i, ch in enumerate(text):
            pg.text(ch, bx, y + i * vs * 1.15, "Hei", vs, bold=True)
        vbottom = y + len(text) * vs * 1.15
        bx, bw = bx + vs + body_size * 1.2, bw - vs - body_size * 1.2
    else:
        rows = []
        if a["kicker"]:
            rows += [(l, small, False) for l in wrap(a["kicker"], "Hei", small, bw, 0)]
        rows += [(l, hsize, True) for l in wrap(a["headline"], "Hei", hsize, bw, 0)]
        if a["subheadline"]:
            rows += [(l, small, False) for l in wrap(a["subheadline"], "Hei", small, bw, 0)]
        for text, size, bold in rows:
            w = width(text, "Hei", size)
            x = bx + (bw - w) / 2 if span > 1 else bx
            pg.text(text, x, y, "Hei", size, bold=bold)
            y += size * 1.3
        y += body_size * 0.5
    for s in a["staff"]:
        s = re.sub(r"[\s\u00a0\u3000]+", "\u3000", s)
        pg.text(s, bx + bw - width(s, "Ming", body_size), y, "Ming", body_size)
        y += leading
    photo = span > 1 and not vertical and rng.random() < 0.3
    if photo:
        ph = rng.choice([90.0, 120.0, 150.0])
        pg.box(bx, y + 2, bw, ph, grey=0.78)
        y += ph + body_size * 1.0
    sub_gutter = gutter
    colw = (bw - (span - 1) * sub_gutter) / span
    lines, joins = [], []  # (text, indent, justify)
    indent = body_size * 2
    for p in a["body"]:
        wrapped = wrap(p, "Ming", body_size, colw, indent)
        for i, l in enumerate(wrapped):
            lines.append((l, indent if i == 0 else 0.0, i + 1 < len(wrapped)))
            if i + 1 < len(wrapped) and len(joins) < 2 and rng.random() < 0.2 and len(l) > 6:
                joins.append((l[-6:] + wrapped[i + 1][:6]).replace(" ", ""))
    per_col = math.ceil(len(lines) / span)
    for k in range(span):
        cx = bx + k * (colw + sub_gutter)
        chunk = lines[k * per_col:(k + 1) * per_col]
        for j, (text, ind, justify) in enumerate(chunk):
            natural = width(text, "Ming", body_size)
            space = (colw - ind - natural) / (len(text) - 1) if justify and len(text) > 1 else 0.0
            pg.text(text, cx + ind, y + j * leading, "Ming", body_size, char_space=max(0.0, min(space, body_size * 0.5)))
        if k > 0 and chunk:
            gx = cx - sub_gutter / 2
            pg.rule(gx, y, gx, y + len(chunk) * leading - leading * 0.3, 0.3)
    bottom = max(y + per_col * leading, vbottom) + pad
    if boxed:
        pg.box(x0, top, width_pt, bottom - top, line=0.8)
    body = a["body"]
    start_para = body[0][len(a["dateline"]):] if a["dateline"] else body[0]
    item = {"kind": "article", "headline": a["headline"],
            "start": start_para.replace(" ", "")[:18], "end": body[-1].replace(" ", "")[-12:],
            "paragraphs": len(body),
            "joins": [j for j in joins if j in "".join([start_para] + body[1:]).replace(" ", "")]}
    if a["kicker"] and not vertical:
        item["kicker"] = a["kicker"]
    if a["subheadline"] and not vertical:
        item["subheadline"] = a["subheadline"]
    if a["reporters"] is not None and not a["staff"]:
        item["reporters"], item["correspondents"] = a["reporters"], a["correspondents"]
    return bottom, item


def layout_page(arts, rng, day, page, path):
    pg = Page(path)
    ncol = rng.choice([6, 8])
    style = {"body": rng.choice([9.5, 10.0]), "boxes": rng.random() < 0.7}
    style["leading"] = style["body"] * rng.choice([1.45, 1.55])
    gutter = style["body"] * 1.6
    colw = (PAGE_W - 2 * MARGIN - (ncol - 1) * gutter) / ncol
    paper = rng.choice(["人民日报", "光明日报", "经济日报", "解放日报"])
    section = rng.choice(["要闻", "综合新闻", "国内", "时政"])
    pg.text(paper, MARGIN, 24, "Hei", 26, bold=True)
    date = f"2019年2月{int(day[6:])}日  星期{WEEK[(int(day[6:]) + 3) % 7]}"
    pg.text(date, PAGE_W - MARGIN - width(date, "Ming", 10), 30, "Ming", 10)
    folio = f"{section}  第{int(page):02d}版"
    pg.text(folio, PAGE_W - MARGIN - width(folio, "Hei", 11), 48, "Hei", 11)
    pg.rule(MARGIN, 70, PAGE_W - MARGIN, 70, 2.0)
    pg.rule(MARGIN, 73.5, PAGE_W - MARGIN, 73.5, 0.5)
    foot = f"本版编辑：{rand_name(rng)}  美编：{rand_name(rng)}  校对：{rand_name(rng)}"
    pg.rule(MARGIN, PAGE_H - 44, PAGE_W - MARGIN, PAGE_H - 44, 0.5)
    pg.text(foot, MARGIN, PAGE_H - 38, "Ming", 8)
    heights = [TOP] * ncol
    items = []
    for a in arts:
        if len(a["headline"]) > 28 or len(a["kicker"]) > 40:
            continue
        a = trim_article(a, rng)
        chars = sum(len(p) for p in a["body"])
        want = 4 if chars > 850 else 3 if chars > 500 else 2 if chars > 220 else 1
        want = min(want, ncol)
        placed = False
        for s in (want, min(want + 1, ncol)):
            c = min(range(ncol - s + 1), key=lambda k: (max(heights[k:k + s]), k))
            top = max(heights[c:c + s])
            x0 = MARGIN + c * (colw + gutter)
            w = s * colw + (s - 1) * gutter
            # Measure on a scratch page first: a block that runs off the page is left out.
            scratch = Page(os.devnull)
            state = rng.getstate()
            bottom, _ = set_block(scratch, a, rng, x0, w, s, gutter, top, style)
            if bottom > BOTTOM:
                continue
            rng.setstate(state)
            bottom, item = set_block(pg, a, rng, x0, w, s, gutter, top, style)
            items.append(item)
            for k in range(c, c + s):
                heights[k] = bottom + style["body"] * 1.4
            pg.rule(x0, bottom + style["body"] * 0.7, x0 + w, bottom + style["body"] * 0.7, 0.6)
            placed = True
            break
        if not placed:
            continue
    pg.save()
    return items


def load_page(corpus, day, page):
    names = sorted(n for n in os.listdir(corpus) if n.startswith(f"{day}-{page}-") and n.endswith(".txt"))
    arts = [parse_corpus_article(open(os.path.join(corpus, n), encoding="utf-8").read()) for n in names]
    return [a for a in arts if a]


def main(args):
    outdir = args[-1]
    os.makedirs(outdir, exist_ok=True)
    seed = args[args.index("--seed") + 1] if "--seed" in args else "1"
    corpus = args[args.index("--corpus") + 1]
    for spec in args[args.index("--pages") + 1].split(","):
        day, page = spec.split("-")
        rng = random.Random(f"{seed}-reportlab-{day}-{page}")
        name = f"rl_{day}-{page}"
        items = layout_page(load_page(corpus, day, page), rng, day, page, os.path.join(outdir, name + ".pdf"))
        with open(os.path.join(outdir, f"gold_{name}.json"), "w", encoding="utf-8") as f:
            json.dump({"source": name + ".pdf", "producer": "reportlab", "items": items}, f, ensure_ascii=False,
                      indent=1)
        print(f"{name}: {len(items)} articles")


if __name__ == "__main__":
    main(sys.argv[1:])
