#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures the metadata read from single 行政处罚决定书 files (the screening set) against their
# labels: imports the PDFs with casereview-cli into a temporary store and compares `show --json`
# per field (case_no, agency, party, party_type, uscc, fine, decision date). Not a test.
# usage: bench/eval_decisions.py --cli BUILD/app/casereview-cli [--samples DIR] [--ocr] [-v]
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

PARTY_TYPES = {"enterprise": "organisation", "organisation": "organisation",
               "individual_business": "individual_business", "person": "person"}


def run_cli(cli, store, *args):
    return subprocess.run([cli, "--store", store, *args], check=True, capture_output=True, text=True).stdout


def import_all(cli, folder, ocr):
    store = os.path.join(tempfile.mkdtemp(prefix="eval-decisions-"), "cases.crstore")
    imported = json.loads(run_cli(cli, store, "import", folder, "--json", *([] if ocr else ["--no-ocr"])))
    out = {}
    for item in imported.get("imported", []):
        name = os.path.splitext(os.path.basename(item["file"]))[0]
        out[name] = json.loads(run_cli(cli, store, "show", str(item["case_id"]), "--json"))
    return out


def value(field):
    return field.get("value") if isinstance(field, dict) else None


def compare(show, m):
    f = show["fields"]
    got_fine, exp_fine = value(f.get("fine_amount_yuan")), m.get("fine_amount_yuan")
    fine_ok = (got_fine is None and not exp_fine) or (
        got_fine is not None and exp_fine is not None and abs(got_fine - exp_fine) < 0.005)
    rows = {
        "case_no": (value(f.get("case_no")), m.get("case_no")),
        "agency": (value(f.get("agency")), m.get("agency")),
        "party": (value(f.get("party_name")), m.get("party")),
        "party_type": (value(f.get("party_type")), PARTY_TYPES.get(m.get("party_type"), m.get("party_type"))),
        "uscc": (value(f.get("party_uscc")), m.get("uscc") or None),
        "date.decision": (value((f.get("dates") or {}).get("decision")), (m.get("dates") or {}).get("decision")),
    }
    res = {k: (got == exp, got, exp) for k, (got, exp) in rows.items()}
    res["fine_amount"] = (fine_ok, got_fine, exp_fine)
    return res


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(here, "..", "build", "app", "casereview-cli"))
    ap.add_argument("--samples", default="/work/shared/samples/screening")
    ap.add_argument("--ocr", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    shows = import_all(args.cli, args.samples, args.ocr)
    per = {"text": defaultdict(lambda: [0, 0]), "scanned": defaultdict(lambda: [0, 0])}
    with open(os.path.join(args.samples, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            label = json.loads(line)
            show = shows.get(label["id"])
            if show is None:
                print(f"{label['id']}: not imported", file=sys.stderr)
                continue
            kind = "scanned" if label.get("scanned") else "text"
            for k, (ok, got, exp) in compare(show, label["metadata"]).items():
                per[kind][k][0] += ok
                per[kind][k][1] += 1
                if args.verbose and not ok and kind == "text":
                    print(f"{label['id']} {k}: got {got!r} expected {exp!r}")
    for kind, rows in per.items():
        if not rows:
            continue
        ok = sum(v[0] for v in rows.values())
        n = sum(v[1] for v in rows.values())
        print(f"\n== {kind} decisions ==")
        for k, (a, b) in rows.items():
            print(f"  {k:16s} {a:4d}/{b:<4d} {100.0 * a / b:6.1f}%")
        print(f"  {'OVERALL':16s} {ok:4d}/{n:<4d} {100.0 * ok / n:6.1f}%")


if __name__ == "__main__":
    main()
