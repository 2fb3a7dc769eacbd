#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Counts documents whose type differs from the labels' documents[].type, matched by first page,
# for one or two runs of bench/eval_extraction.py --dump (e.g. before and after a typing change),
# and lists the documents whose type the second run changed.
# usage: bench/doctype_diff.py --labels /work/shared/samples/labels BEFORE.json [AFTER.json]
import argparse
import json
import os
from collections import Counter

# Label types the store folds into one kind (as bench/eval_extraction.py does).
FOLD = {"evidence_list": "evidence", "evidence_photos": "evidence", "waiver_statement": "statement_record",
        "cover": "other", "toc": "other"}


def load_labels(folder):
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            label = json.load(fh)
        if not label.get("scanned"):
            out[label["id"]] = {d["pages"][0]: FOLD.get(d["type"], d["type"]) for d in label["documents"]}
    return out


def types_by_page(show):
    return {d["first_page"]: d["type"] for d in show["documents"]}


def mismatches(shows, labels):
    wrong = Counter()
    total = 0
    for case_id, expected in labels.items():
        got = types_by_page(shows.get(case_id, {"documents": []}))
        for page, t in expected.items():
            total += 1
            if got.get(page) != t:
                wrong[(t, got.get(page))] += 1
    return wrong, total


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--labels", default="/work/shared/samples/labels")
    ap.add_argument("runs", nargs="+", help="show-json dumps from eval_extraction.py --dump")
    args = ap.parse_args()
    labels = load_labels(args.labels)
    dumps = []
    for path in args.runs:
        with open(path, encoding="utf-8") as fh:
            dumps.append(json.load(fh))
        wrong, total = mismatches(dumps[-1], labels)
        print(f"{path}: {sum(wrong.values())}/{total} label documents typed otherwise (or not split there)")
        for (exp, got), n in wrong.most_common():
            print(f"  {n:4d}  label {exp:22s} got {got}")
    if len(dumps) == 2:
        changed = []
        for case_id in labels:
            a = types_by_page(dumps[0].get(case_id, {"documents": []}))
            b = types_by_page(dumps[1].get(case_id, {"documents": []}))
            for page in sorted(set(a) | set(b)):
                if a.get(page) != b.get(page):
                    changed.append((case_id, page, a.get(page), b.get(page), labels[case_id].get(page)))
        print(f"\n{len(changed)} documents changed type between the runs")
        for case_id, page, before, after, label in changed:
            print(f"  {case_id} p{page}: {before} -> {after} (label {label})")


if __name__ == "__main__":
    main()
