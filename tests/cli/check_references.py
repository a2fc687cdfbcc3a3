#!/usr/bin/env python3
"""kanbao-cli's reference files read by real parsers, as a reference manager would read them.

Imports the bundled sample pages into a temporary library, then exports references for some of its
articles with `cite`, `search --cite` and `collection export --format`, and parses them: BibTeX with
bibtexparser (python3-bibtexparser), CSL-JSON with Python's json, RIS with a strict reader of the RIS
tag-line grammar. Each record must carry what Zotero needs to make a newspaper article: item type,
publication, date, page, authors (when the byline names any) and title, matching the article that
`kanbao-cli show --json` prints.

Usage: check_references.py KANBAO_CLI SAMPLES_DIR
"""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    import bibtexparser
    from bibtexparser.bparser import BibTexParser
except ImportError:
    sys.exit("check_references: python3-bibtexparser is missing for %s; install it with "
             "scripts/install-deps.sh (apt-get install python3-bibtexparser)" % sys.executable)

CLI = sys.argv[1]
SAMPLES = sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def run(*args, expect=0):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, encoding="utf-8")
    if p.returncode != expect:
        sys.exit("kanbao-cli %s: exit %d (expected %d)\n%s" % (" ".join(args), p.returncode, expect, p.stderr))
    return p.stdout


RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  - (.*)$")


def read_ris(text):
    """Strict RIS: every non-empty line is 'XX  - value'; records open with TY and close with ER."""
    records, current = [], None
    for number, line in enumerate(text.split("\n"), 1):
        if line == "":
            check(current is None, "RIS line %d: a blank line inside a record" % number)
            continue
        m = RIS_LINE.match(line)
        if not check(m, "RIS line %d is not a tag line: %r" % (number, line)):
            continue
        tag, value = m.group(1), m.group(2)
        if tag == "TY":
            check(current is None, "RIS line %d: TY before the previous record's ER" % number)
            current = {"TY": [value]}
        elif tag == "ER":
            check(current is not None and value == "", "RIS line %d: ER without a record" % number)
            if current is not None:
                records.append(current)
            current = None
        else:
            if check(current is not None, "RIS line %d: %s outside a record" % (number, tag)):
                check(value.strip() != "", "RIS line %d: %s has no value" % (number, tag))
                current.setdefault(tag, []).append(value)
    check(current is None, "RIS: the last record has no ER")
    return records


def unbrace(value):
    value = value.strip()
    while value.startswith("{") and value.endswith("}"):
        value = value[1:-1]
    return value


def main():
    with tempfile.TemporaryDirectory() as tmp:
        library = str(Path(tmp) / "samples.kanbao")
        run("import", "--library", library, SAMPLES)
        found = json.loads(run("search", "--library", library, "--json", "--sort", "oldest", "--limit", "200", "焦作"))
        ids = [hit["id"] if "id" in hit else hit["article_id"] for hit in found["results"]]
        check(len(ids) >= 5, "the samples should give at least 5 results for 焦作, got %d" % len(ids))
        articles = {}
        for i in ids:
            shown = json.loads(run("show", "--library", library, "--json", str(i)))
            articles[i] = shown.get("article", shown)
        with_authors = [i for i in ids if articles[i].get("reporters") or articles[i].get("authors")]
        check(with_authors, "no sample result has a byline: the authors check would be empty")
        chosen = ids[:8] + [i for i in with_authors[:3] if i not in ids[:8]]
        args = [str(i) for i in chosen]

        def expected(i):
            a = articles[i]
            names = []
            for key in ("authors", "reporters", "correspondents"):
                for name in a.get(key) or []:
                    if name not in names:
                        names.append(name)
            title = " ".join((a.get("headline") or a.get("subheadline") or a.get("kicker") or "").split())
            return {"title": title, "authors": names, "paper": a.get("paper"), "date": a.get("date"),
                    "page": a.get("page") or a.get("page_label")}

        # RIS
        ris = read_ris(run("cite", "--library", library, "--style", "ris", *args))
        check(len(ris) == len(chosen), "RIS: %d records for %d ids" % (len(ris), len(chosen)))
        for i, rec in zip(chosen, ris):
            e = expected(i)
            check(rec["TY"] == ["NEWS"], "RIS %d: TY is %s" % (i, rec["TY"]))
            check(rec.get("T2") == [e["paper"]], "RIS %d: T2 %s, expected %s" % (i, rec.get("T2"), e["paper"]))
            check(rec.get("DA") == [e["date"].replace("-", "/") + "/"], "RIS %d: DA %s" % (i, rec.get("DA")))
            check(rec.get("PY") == [e["date"][:4]], "RIS %d: PY %s" % (i, rec.get("PY")))
            if e["page"]:
                check(rec.get("SP") == [e["page"]], "RIS %d: SP %s, expected %s" % (i, rec.get("SP"), e["page"]))
            check(rec.get("AU", []) == e["authors"], "RIS %d: AU %s, expected %s" % (i, rec.get("AU"), e["authors"]))
            if e["title"]:
                check(rec.get("TI") == [e["title"]], "RIS %d: TI %s, expected %s" % (i, rec.get("TI"), e["title"]))

        # BibTeX
        bib_text = run("cite", "--library", library, "--style", "bibtex", *args)
        parser = BibTexParser(common_strings=True)
        parser.ignore_nonstandard_types = False
        bib = bibtexparser.loads(bib_text, parser=parser)
        check(len(bib.entries) == len(chosen), "BibTeX: %d entries for %d ids" % (len(bib.entries), len(chosen)))
        keys = [entry["ID"] for entry in bib.entries]
        check(len(set(keys)) == len(keys), "BibTeX: keys not unique: %s" % keys)
        for i, entry in zip(chosen, bib.entries):
            e = expected(i)
            check(entry["ENTRYTYPE"] == "article", "BibTeX %d: type %s" % (i, entry["ENTRYTYPE"]))
            check(entry.get("entrysubtype") == "newspaper", "BibTeX %d: entrysubtype %s" % (i, entry.get("entrysubtype")))
            check(entry.get("journal") == e["paper"], "BibTeX %d: journal %s" % (i, entry.get("journal")))
            check(entry.get("date") == e["date"], "BibTeX %d: date %s" % (i, entry.get("date")))
            check(entry.get("year") == e["date"][:4], "BibTeX %d: year %s" % (i, entry.get("year")))
            if e["page"]:
                check(entry.get("pages") == e["page"], "BibTeX %d: pages %s" % (i, entry.get("pages")))
            authors = [unbrace(n) for n in entry.get("author", "").split(" and ")] if entry.get("author") else []
            check(authors == e["authors"], "BibTeX %d: authors %s, expected %s" % (i, authors, e["authors"]))
            if e["title"] and not re.search(r"[\\{}%&$#_^~]", e["title"]):
                check(unbrace(entry.get("title", "")) == e["title"],
                      "BibTeX %d: title %s, expected %s" % (i, entry.get("title"), e["title"]))

        # CSL-JSON
        csl = json.loads(run("cite", "--library", library, "--style", "csl-json", *args))
        check(isinstance(csl, list) and len(csl) == len(chosen), "CSL-JSON: not an array of %d items" % len(chosen))
        for i, item in zip(chosen, csl):
            e = expected(i)
            check(item.get("type") == "article-newspaper", "CSL %d: type %s" % (i, item.get("type")))
            check(item.get("container-title") == e["paper"], "CSL %d: container-title %s" % (i, item.get("container-title")))
            y, m, d = (int(x) for x in e["date"].split("-"))
            check(item.get("issued") == {"date-parts": [[y, m, d]]}, "CSL %d: issued %s" % (i, item.get("issued")))
            if e["page"]:
                check(item.get("page") == e["page"], "CSL %d: page %s" % (i, item.get("page")))
            names = [a.get("literal") or "%s %s" % (a.get("given"), a.get("family")) for a in item.get("author", [])]
            check(names == e["authors"], "CSL %d: authors %s, expected %s" % (i, names, e["authors"]))
            if e["title"]:
                check(item.get("title") == e["title"], "CSL %d: title %s" % (i, item.get("title")))
            check("URL" not in item, "CSL %d: has a URL" % i)
        check(len({item.get("id") for item in csl}) == len(csl), "CSL-JSON: ids not unique")

        # A result set and a collection export the same references.
        from_search = read_ris(run("search", "--library", library, "--sort", "oldest", "--limit", "3", "--cite", "ris", "焦作"))
        check([r.get("TI") for r in from_search] == [r.get("TI") for r in ris[:3]],
              "search --cite ris differs from cite for the same articles")
        run("collection", "--library", library, "add", "引用", *args[:4])
        from_collection = bibtexparser.loads(
            run("collection", "--library", library, "export", "引用", "--format", "bibtex"), parser=BibTexParser(common_strings=True))
        check(len(from_collection.entries) == 4, "collection export --format bibtex: %d entries, expected 4"
              % len(from_collection.entries))

    if failures:
        print("\n".join(failures))
        return 1
    print("references: %d articles in RIS, BibTeX and CSL-JSON parsed and checked" % len(chosen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
