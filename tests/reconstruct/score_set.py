#!/usr/bin/env python3
"""Scores `kanbao-cli reconstruct --json` on a set of raw pages against their gold and checks bars.

usage: score_set.py CLI SCORER SET_DIR OUT_DIR [--suffix .pdf] [mean:METRIC=BAR ...] [min:METRIC=BAR ...]
SET_DIR holds NAME.txt pages (NAME.pdf with --suffix .pdf) and gold_NAME.json gold files. Prints each page's SUMMARY and the means;
exits 1 when a mean or a page's value is under its bar, 2 on a tool failure.
"""
import glob
import os
import subprocess
import sys


def main():
    cli, scorer, set_dir, out_dir = sys.argv[1:5]
    rest = sys.argv[5:]
    suffix = ".txt"
    if "--suffix" in rest:
        suffix = rest[rest.index("--suffix") + 1]
        rest = [a for i, a in enumerate(rest) if a != "--suffix" and (i == 0 or rest[i - 1] != "--suffix")]
    bars = [a.split(":", 1) for a in rest]
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    for page in sorted(glob.glob(os.path.join(set_dir, "*" + suffix))):
        name = os.path.basename(page)[:-len(suffix)]
        gold = os.path.join(set_dir, f"gold_{name}.json")
        predicted = os.path.join(out_dir, f"{name}.json")
        with open(predicted, "w", encoding="utf-8") as f:
            if subprocess.run([cli, "reconstruct", "--json", page], stdout=f).returncode != 0:
                print(f"kanbao-cli failed on {page}")
                return 2
        r = subprocess.run([sys.executable, scorer, gold, predicted], capture_output=True, text=True)
        summary = [l for l in r.stdout.splitlines() if l.startswith("SUMMARY")]
        if r.returncode != 0 or not summary:
            print(f"scorer failed on {name}:\n{r.stdout}{r.stderr}")
            return 2
        print(f"{name}: {summary[0]}")
        rows.append((name, {k: float(v) for k, v in (kv.split("=") for kv in summary[0].split()[1:])}))
    if not rows:
        print(f"no pages in {set_dir}")
        return 2
    metrics = rows[0][1].keys()
    means = {m: sum(v[m] for _, v in rows) / len(rows) for m in metrics}
    print("MEAN " + " ".join(f"{m}={means[m]:.3f}" for m in metrics))
    failed = False
    for kind, spec in bars:
        metric, bar = spec.split("=")
        bar = float(bar)
        if kind == "mean" and means[metric] < bar:
            print(f"FAIL mean {metric}={means[metric]:.3f} is under the bar {bar}")
            failed = True
        if kind == "min":
            for name, v in rows:
                if v[metric] < bar:
                    print(f"FAIL {name}: {metric}={v[metric]:.3f} is under the bar {bar}")
                    failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
