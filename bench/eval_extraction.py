#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures metadata extraction and document splitting against the labelled sample dossiers:
# imports them with casereview-cli into a temporary store and compares `show --json` per field.
# usage: bench/eval_extraction.py --cli BUILD/app/casereview-cli [--ocr] [-v]
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

DATE_KEYS = ["filed", "inspected", "notice", "hearing_notice", "decision", "delivered", "closed"]
PARTY_TYPES = {"enterprise": "organisation", "organisation": "organisation",
               "individual_business": "individual_business", "person": "person"}
DOC_TYPES = {"evidence_list": "evidence", "evidence_photos": "evidence", "waiver_statement": "statement_record",
             "cover": "other", "toc": "other"}


def run_cli(cli, store, *args):
    out = subprocess.run([cli, "--store", store, *args], check=True, capture_output=True, text=True)
    return out.stdout


def import_all(cli, dossiers, ocr):
    """Returns {label id: show-json} for every PDF in dossiers."""
    store = os.path.join(tempfile.mkdtemp(prefix="eval-extraction-"), "cases.crstore")
    args = ["import", dossiers, "--json"] + ([] if ocr else ["--no-ocr"])
    imported = json.loads(run_cli(cli, store, *args))
    results = {}
    items = imported.get("imported", []) if isinstance(imported, dict) else imported
    for item in items:
        case_id = item.get("case_id") or item.get("caseId") or item.get("id")
        name = os.path.basename(item.get("file") or item.get("path") or "")
        if not case_id or not name:
            continue
        results[os.path.splitext(name)[0]] = json.loads(run_cli(cli, store, "show", str(case_id), "--json"))
    return results


def value(field):
    return field.get("value") if isinstance(field, dict) else None


def officer_set(show):
    inspection = [(d["first_page"], d["last_page"]) for d in show["documents"] if d["type"] == "inspection_record"]
    out = set()
    for o in show["fields"].get("officers") or []:
        if any(a <= o["page"] <= b for a, b in inspection):
            out.add((o["name"], o.get("cert_no") or None))
    return out


def doc_list(docs, label):
    if label:
        return [(DOC_TYPES.get(d["type"], d["type"]), d["pages"][0], d["pages"][-1]) for d in docs]
    return [(d["type"], d["first_page"], d["last_page"]) for d in docs]


def compare(show, label):
    """Returns {field: (ok, got, expected)}."""
    m = label["metadata"]
    f = show["fields"]
    res = {}

    def put(name, got, exp, ok=None):
        res[name] = (got == exp if ok is None else ok, got, exp)

    put("case_no", value(f.get("case_no")), m.get("case_no"))
    put("agency", value(f.get("agency")), m.get("agency"))
    put("party", value(f.get("party_name")), m.get("party"))
    put("party_type", value(f.get("party_type")), PARTY_TYPES.get(m.get("party_type"), m.get("party_type")))
    put("uscc", value(f.get("party_uscc")), m.get("uscc"))
    got_fine, exp_fine = value(f.get("fine_amount_yuan")), m.get("fine_amount_yuan")
    put("fine_amount", got_fine, exp_fine,
        (got_fine is None and not exp_fine) or (got_fine is not None and exp_fine is not None
                                                 and abs(got_fine - exp_fine) < 0.005))
    put("case_type", value(f.get("case_type")), m.get("case_type"))
    for k in DATE_KEYS:
        put("date." + k, value((f.get("dates") or {}).get(k)), (m.get("dates") or {}).get(k))
    exp_off = {(o["name"], o.get("cert_no") or None) for o in m.get("officers") or []}
    put("officers", sorted(officer_set(show), key=str), sorted(exp_off, key=str))
    put("documents", doc_list(show["documents"], False), doc_list(label["documents"], True))
    return res


def report(title, rows):
    if not rows:
        return
    per = defaultdict(lambda: [0, 0])
    full = 0
    for _, res in rows:
        allok = True
        for k, (ok, _, _) in res.items():
            per[k][0] += ok
            per[k][1] += 1
            allok &= ok
        full += allok
    total_ok = sum(v[0] for v in per.values())
    total = sum(v[1] for v in per.values())
    print(f"\n== {title}: {len(rows)} dossiers ==")
    for k, (ok, n) in per.items():
        print(f"  {k:22s} {ok:4d}/{n:<4d} {100.0 * ok / n:6.1f}%")
    print(f"  {'OVERALL fields':22s} {total_ok:4d}/{total:<4d} {100.0 * total_ok / total:6.1f}%")
    print(f"  {'dossiers all right':22s} {full:4d}/{len(rows):<4d} {100.0 * full / len(rows):6.1f}%")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cli", default=os.path.join(here, "..", "build", "app", "casereview-cli"))
    ap.add_argument("--samples", default="/work/shared/samples")
    ap.add_argument("--shows", help="a JSON file {id: show-json} to evaluate instead of importing")
    ap.add_argument("--ocr", action="store_true", help="let the import OCR image-only pages (default: --no-ocr)")
    ap.add_argument("--dump", help="write the collected show-json to this file (reusable with --shows)")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every mismatch")
    args = ap.parse_args()

    if args.shows:
        with open(args.shows, encoding="utf-8") as fh:
            shows = json.load(fh)
    else:
        shows = import_all(args.cli, os.path.join(args.samples, "dossiers"), args.ocr)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            json.dump(shows, fh, ensure_ascii=False)

    text_rows, scan_rows = [], []
    label_dir = os.path.join(args.samples, "labels")
    for name in sorted(os.listdir(label_dir)):
        with open(os.path.join(label_dir, name), encoding="utf-8") as fh:
            label = json.load(fh)
        show = shows.get(label["id"])
        if show is None:
            print(f"{label['id']}: not imported", file=sys.stderr)
            continue
        res = compare(show, label)
        (scan_rows if label.get("scanned") else text_rows).append((label["id"], res))
        if args.verbose and not label.get("scanned"):
            for k, (ok, got, exp) in res.items():
                if not ok:
                    print(f"{label['id']} {k}: got {got!r} expected {exp!r}")
    report("text dossiers", text_rows)
    how = "from --shows" if args.shows else "import with OCR" if args.ocr else "import --no-ocr: no text"
    report("scanned dossiers (" + how + ")", scan_rows)


if __name__ == "__main__":
    main()
