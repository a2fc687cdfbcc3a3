#!/usr/bin/env python3
"""Generates a synthetic newspaper archive from resources/samples, for the library benchmarks.

Each page is one of the bundled sample pages with its paragraphs shuffled (so pages differ in text and
hash) and written under a date and page label that vary: mostly 焦作日报/YYYY/MM/DD/A0N.txt, with some
pages in the other common layouts (YYYY-MM-DD/NN.md, jzrbYYYYMMDD_A0N.txt, 焦作日报_YYYY-MM-DD_A0N.txt).
Deterministic for a given --seed.

    scripts/gen_archive.py --pages 2000 --out /tmp/archive
"""

import argparse
import datetime
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "resources", "samples")


def load_samples():
    samples = []
    for name in sorted(os.listdir(SAMPLES)):
        if not name.endswith((".txt", ".md")):
            continue
        with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
            text = f.read()
        blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
        markdown = any(b.lstrip().startswith("#") for b in blocks)
        samples.append((name, blocks, markdown))
    if not samples:
        sys.exit("no samples in " + SAMPLES)
    return samples


def shuffled_page(rng, blocks, markdown):
    """The sample's paragraphs in a new order. Markdown keeps each heading with the paragraphs under it
    (articles move as a whole, their paragraphs shuffled inside); raw PDF text has no structure to keep."""
    if not markdown:
        order = blocks[:]
        rng.shuffle(order)
        return "\n\n".join(order) + "\n"
    articles, current = [], []
    for b in blocks:
        if b.lstrip().startswith("#") and current:
            articles.append(current)
            current = []
        current.append(b)
    if current:
        articles.append(current)
    out = []
    for a in articles:
        head, body = (a[:1], a[1:]) if a[0].lstrip().startswith("#") else ([], a)
        body = body[:]
        rng.shuffle(body)
        out.append(head + body)
    rng.shuffle(out)
    return "\n\n".join("\n\n".join(a) for a in out) + "\n"


def page_path(rng, date, label_number, markdown):
    label = "A%02d" % label_number
    roll = rng.random()
    ext = ".md" if markdown else ".txt"
    if roll < 0.85:
        return os.path.join("焦作日报", "%04d" % date.year, "%02d" % date.month, "%02d" % date.day, label + ext)
    if roll < 0.90:
        return os.path.join(date.isoformat(), "%02d%s" % (label_number, ext))
    if roll < 0.95:
        return os.path.join("scans", "jzrb%s_%s%s" % (date.strftime("%Y%m%d"), label, ext))
    return "焦作日报_%s_%s%s" % (date.isoformat(), label, ext)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="number of page files (default 1000)")
    parser.add_argument("--out", required=True, help="folder to write the archive into")
    parser.add_argument("--seed", type=int, default=20240409)
    parser.add_argument("--pages-per-issue", type=int, default=8)
    parser.add_argument("--start", default="2015-01-01", help="date of the first issue")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    samples = load_samples()
    start = datetime.date.fromisoformat(args.start)
    total_bytes = 0
    for i in range(args.pages):
        name, blocks, markdown = samples[rng.randrange(len(samples))]
        date = start + datetime.timedelta(days=i // args.pages_per_issue)
        label_number = i % args.pages_per_issue + 1
        relative = page_path(rng, date, label_number, markdown)
        path = os.path.join(args.out, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = shuffled_page(rng, blocks, markdown).encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        total_bytes += len(data)
    print("%d pages, %d bytes of text in %s" % (args.pages, total_bytes, args.out))


if __name__ == "__main__":
    main()
