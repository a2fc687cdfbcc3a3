#!/usr/bin/python3
"""Typeset corpus articles as newspaper PDF pages with gold, to test PDF reading and layout reconstruction.

usage: gen_pdf_pages.py --corpus CORPUS_DIR --pages DAY-PAGE[,DAY-PAGE...] --producer cairo|qt OUTDIR
                        [--qt-tool PATH] [--seed N]
       gen_pdf_pages.py --special OUTDIR      (a scan-like page without text, a damaged and a truncated PDF)

Each page of the corpus (all articles of one YYYYMMDD-PP, in order) is laid out on an A3 page in 5 to 7
columns: a running head and foot, article blocks spanning one to three columns with title stacks (kicker,
headline, subheadline in three sizes), bylines under titles, paragraphs indented two ems, rules between
blocks, now and then a vertical headline beside its body. The page is drawn by one of two producers:
  cairo  pango and cairo (python3-gi, gir1.2-pango-1.0, python3-gi-cairo); vertical headlines as upright
         characters stacked in a column;
  qt     tests/formats/pdfpagewriter (QPdfWriter), from a JSON description of the page; vertical
         headlines as rotated text.
Writes OUTDIR/NAME.pdf and OUTDIR/gold_NAME.json (format of tests/data/eval/gold_*.json). Articles that do
not fit on the page are left out of both. The layout rules here were written independently of the engine.
Must run with the system python (/usr/bin/python3), which has the gi and cairo modules.
"""
import json
import math
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from synth_raw_pages import parse_corpus_article, rand_name, WEEK  # noqa: E402

PAGE_W, PAGE_H = 842.0, 1191.0
MARGIN, TOP, BOTTOM = 36.0, 70.0, 1140.0
BODY, LEADING = 9.0, 13.5
NO_LINE_START = "，。、；：？！”’）》」』…"
# Each producer sets the page in other faces: Noto for cairo, WenQuanYi and AR PL UMing for Qt.
FONTS = {"body": "AR PL UMing CN", "title": "WenQuanYi Micro Hei", "kicker": "WenQuanYi Micro Hei",
         "byline": "AR PL UMing CN"}
QT_FONTS = {"body": "AR PL UMing CN", "title": "WenQuanYi Micro Hei", "kicker": "WenQuanYi Micro Hei",
            "byline": "AR PL UMing CN"}


def cwidth(ch):
    return 0.55 if ord(ch) < 0x2000 else 1.0


def wrap(text, width_em, first_indent=0.0):
    """Lines that never run past the measure: closing punctuation that may not start a line takes the
    character before it along to the next line (the push-in typesetters use)."""
    lines, cur, w, limit = [], "", first_indent, width_em
    for ch in text:
        if w + cwidth(ch) > limit and cur:
            if ch in NO_LINE_START and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1] + ch
            else:
                lines.append(cur)
                cur = ch
            w = sum(cwidth(c) for c in cur)
        else:
            cur, w = cur + ch, w + cwidth(ch)
    if cur:
        lines.append(cur)
    return lines


def trim_article(a, rng):
    """Keeps the first paragraphs up to a length budget: a page holds a handful of pieces."""
    budget = rng.randint(250, 1100)
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


def layout_page(arts, rng, day, page):
    ncol = rng.choice([5, 6, 7])
    gutter = BODY * rng.choice([1.5, 2.0])
    colw = (PAGE_W - 2 * MARGIN - (ncol - 1) * gutter) / ncol
    ops, items = [], []
    date = f"2019年2月{int(day[6:])}日"
    wd = WEEK[(int(day[6:]) + 3) % 7]
    paper = rng.choice(["人民日报", "南方日报", "大众日报", "新华日报"])
    section = rng.choice(["要闻", "综合", "国内", "经济"])
    ops.append({"t": "text", "s": paper, "x": MARGIN, "y": 30, "size": 14, "font": "title"})
    ops.append({"t": "text", "s": f"{date}  星期{wd}", "x": PAGE_W / 2 - 60, "y": 34, "size": 9, "font": "body"})
    ops.append({"t": "text", "s": f"第{int(page)}版  {section}", "x": PAGE_W - MARGIN - 70, "y": 34, "size": 9,
                "font": "body"})
    ops.append({"t": "rule", "x0": MARGIN, "y0": 56, "x1": PAGE_W - MARGIN, "y1": 56, "w": 1.5})
    ops.append({"t": "text", "s": f"责任编辑：{rand_name(rng)}  版式设计：{rand_name(rng)}", "x": MARGIN,
                "y": PAGE_H - 36, "size": 8, "font": "body"})
    heights = [TOP] * ncol
    for a in arts:
        if len(a["headline"]) > 28 or len(a["kicker"]) > 40:
            continue  # a summary set as a title line: not a headline this page could print
        a = trim_article(a, rng)
        chars = sum(len(p) for p in a["body"])
        span = 3 if chars > 900 else 2 if chars > 380 else 1
        span = min(span, ncol)
        placed = None
        for s in (span, min(span + 1, ncol)):
            best = min(range(ncol - s + 1), key=lambda c: (max(heights[c:c + s]), c))
            block = typeset_block(a, rng, best, s, colw, gutter, max(heights[best:best + s]))
            if block["bottom"] <= BOTTOM:
                placed = (best, s, block)
                break
        if not placed:
            continue
        c, s, block = placed
        ops += block["ops"]
        items.append(block["item"])
        for k in range(c, c + s):
            heights[k] = block["bottom"] + BODY * 1.2
        x0 = MARGIN + c * (colw + gutter)
        x1 = x0 + s * colw + (s - 1) * gutter
        ops.append({"t": "rule", "x0": x0, "y0": block["bottom"] + BODY * 0.6, "x1": x1,
                    "y1": block["bottom"] + BODY * 0.6, "w": 0.5})
    return ops, items


def typeset_block(a, rng, col, span, colw, gutter, top):
    ops = []
    x0 = MARGIN + col * (colw + gutter)
    width = span * colw + (span - 1) * gutter
    y = top
    vertical = (len(a["title"]) == 1 and 4 <= len(a["headline"].replace(" ", "")) <= 12 and rng.random() < 0.5)
    hsize = rng.choice([18.0, 20.0, 22.0, 24.0]) if span > 1 else rng.choice([14.0, 16.0])
    ksize = sub_size = rng.choice([11.0, 12.0])
    body_x, body_w = x0, width
    if vertical:
        vsize = 18.0
        text = a["headline"].replace(" ", "")
        ops.append({"t": "vtext", "s": text, "x": x0 + width - vsize - 2, "y": y, "size": vsize, "font": "title"})
        body_w = width - vsize - 10
        vbottom = y + len(text) * vsize * 1.08
    else:
        vbottom = y
        rows = []
        if a["kicker"]:
            rows += [(l, ksize, "kicker") for l in wrap(a["kicker"], width / ksize)]
        rows += [(l, hsize, "title") for l in wrap(a["headline"], width / hsize)]
        if a["subheadline"]:
            rows += [(l, sub_size, "kicker") for l in wrap(a["subheadline"], width / sub_size)]
        for text, size, font in rows:
            tw = sum(cwidth(c) for c in text) * size
            ops.append({"t": "text", "s": text, "x": x0 + max(0.0, (width - tw) / 2), "y": y, "size": size,
                        "font": font})
            y += size * 1.35
        y += BODY * 0.6
    lines = []  # (text, indent)
    for s in a["staff"]:
        lines.append((re.sub(r"[\s\u00a0\u3000]+", "  ", s), 0.0, "byline"))
    joins = []
    colw_em = ((body_w - (span - 1) * gutter) / span) / BODY
    for p in a["body"]:
        wrapped = wrap(p, colw_em, 2.0)
        for i, l in enumerate(wrapped):
            lines.append((l, 2.0 if i == 0 else 0.0, "body"))
            if i + 1 < len(wrapped) and len(joins) < 2 and rng.random() < 0.2 and len(l) > 6:
                joins.append((l[-6:] + wrapped[i + 1][:6]).replace(" ", ""))
    per_col = math.ceil(len(lines) / span)
    sub_colw = (body_w - (span - 1) * gutter) / span
    for k in range(span):
        cx = x0 + k * (sub_colw + gutter)
        for j, (text, indent, font) in enumerate(lines[k * per_col:(k + 1) * per_col]):
            ops.append({"t": "text", "s": text, "x": cx + indent * BODY, "y": y + j * LEADING, "size": BODY,
                        "font": font})
    bottom = max(y + per_col * LEADING, vbottom)
    body = a["body"]
    start_para = body[0][len(a["dateline"]):] if a["dateline"] else body[0]
    item = {"kind": "article", "headline": a["headline"],
            "start": start_para.replace(" ", "")[:18], "end": body[-1].replace(" ", "")[-12:],
            "paragraphs": len(body), "joins": [j for j in joins if j in "".join([start_para] + body[1:]).replace(" ", "")]}
    if a["kicker"] and not vertical:
        item["kicker"] = a["kicker"]
    if a["subheadline"] and not vertical:
        item["subheadline"] = a["subheadline"]
    if a["reporters"] is not None and not a["staff"]:
        item["reporters"], item["correspondents"] = a["reporters"], a["correspondents"]
    return {"ops": ops, "item": item, "bottom": bottom}


# --- producers -----------------------------------------------------------------------------------------

def cairo_render(pages, out_pdf, scan=False):
    import cairo
    import gi
    gi.require_version("Pango", "1.0")
    gi.require_version("PangoCairo", "1.0")
    from gi.repository import Pango, PangoCairo

    def draw(ctx, ops):
        ctx.set_source_rgb(0, 0, 0)
        for op in ops:
            if op["t"] == "rule":
                ctx.set_line_width(op["w"])
                ctx.move_to(op["x0"], op["y0"])
                ctx.line_to(op["x1"], op["y1"])
                ctx.stroke()
                continue
            layout = PangoCairo.create_layout(ctx)
            desc = Pango.FontDescription.from_string(FONTS[op["font"]])
            desc.set_absolute_size(op["size"] * Pango.SCALE)
            if op["font"] == "title":
                desc.set_weight(Pango.Weight.BOLD)
            layout.set_font_description(desc)
            if op["t"] == "text":
                layout.set_text(op["s"], -1)
                ctx.move_to(op["x"], op["y"])
                PangoCairo.show_layout(ctx, layout)
            else:  # vertical headline: upright characters stacked in one column
                for i, ch in enumerate(op["s"]):
                    layout.set_text(ch, -1)
                    ctx.move_to(op["x"], op["y"] + i * op["size"] * 1.08)
                    PangoCairo.show_layout(ctx, layout)

    surface = cairo.PDFSurface(out_pdf, PAGE_W, PAGE_H)
    ctx = cairo.Context(surface)
    for ops in pages:
        if scan:
            # A scanned page: the same drawing as pixels only, slightly grey, no text layer.
            img = cairo.ImageSurface(cairo.FORMAT_RGB24, int(PAGE_W / 2), int(PAGE_H / 2))
            ictx = cairo.Context(img)
            ictx.set_source_rgb(0.95, 0.94, 0.9)
            ictx.paint()
            ictx.scale(0.5, 0.5)
            draw(ictx, ops)
            img.flush()
            ctx.save()
            ctx.scale(2, 2)
            ctx.set_source_surface(img, 0, 0)
            ctx.paint()
            ctx.restore()
        else:
            draw(ctx, ops)
        ctx.show_page()
    surface.finish()


def qt_render(pages, out_pdf, tool):
    spec = {"width": PAGE_W, "height": PAGE_H, "fonts": QT_FONTS, "pages": pages}
    spec_path = out_pdf + ".layout.json"
    with open(spec_path, "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([tool, spec_path, out_pdf], check=True, env=env)
    os.remove(spec_path)


def load_page(corpus, day, page):
    names = sorted(n for n in os.listdir(corpus) if n.startswith(f"{day}-{page}-") and n.endswith(".txt"))
    arts = [parse_corpus_article(open(os.path.join(corpus, n), encoding="utf-8").read()) for n in names]
    return [a for a in arts if a]


def main(args):
    outdir = args[-1]
    os.makedirs(outdir, exist_ok=True)
    seed = args[args.index("--seed") + 1] if "--seed" in args else "1"
    if "--special" in args:
        corpus = args[args.index("--corpus") + 1]
        rng = random.Random(f"{seed}-scan")
        ops, _ = layout_page(load_page(corpus, "20190210", "01"), rng, "20190210", "01")
        cairo_render([ops], os.path.join(outdir, "scan_20190210-01.pdf"), scan=True)
        good = open(os.path.join(outdir, "scan_20190210-01.pdf"), "rb").read()
        open(os.path.join(outdir, "damaged.pdf"), "wb").write(good[:9] + bytes(random.Random(seed).randrange(256) for _ in range(600)))
        open(os.path.join(outdir, "truncated.pdf"), "wb").write(good[: len(good) // 3])
        open(os.path.join(outdir, "notapdf.pdf"), "wb").write("这不是PDF文件\n".encode("utf-8"))
        # Two printed pages in one file.
        pages = []
        for day, page in (("20190211", "02"), ("20190211", "03")):
            ops, _ = layout_page(load_page(corpus, day, page), random.Random(f"{seed}-{day}-{page}"), day, page)
            pages.append(ops)
        cairo_render(pages, os.path.join(outdir, "two_pages.pdf"))
        return
    corpus = args[args.index("--corpus") + 1]
    producer = args[args.index("--producer") + 1]
    tool = args[args.index("--qt-tool") + 1] if "--qt-tool" in args else None
    for spec in args[args.index("--pages") + 1].split(","):
        day, page = spec.split("-")
        rng = random.Random(f"{seed}-{producer}-{day}-{page}")
        ops, items = layout_page(load_page(corpus, day, page), rng, day, page)
        name = f"{producer}_{day}-{page}"
        out_pdf = os.path.join(outdir, name + ".pdf")
        if producer == "cairo":
            cairo_render([ops], out_pdf)
        else:
            qt_render([ops], out_pdf, tool)
        with open(os.path.join(outdir, f"gold_{name}.json"), "w", encoding="utf-8") as f:
            json.dump({"source": name + ".pdf", "producer": producer, "items": items}, f, ensure_ascii=False, indent=1)
        print(f"{name}: {len(items)} articles, {sum(op['t'] == 'vtext' for op in ops)} vertical headlines")


if __name__ == "__main__":
    main(sys.argv[1:])
