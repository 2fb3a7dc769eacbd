#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures the diagnosis against the labelled samples: imports the dossiers with casereview-cli
# into a temporary store, runs `diagnose --all --json` with the samples' thresholds and prints
# per-rule precision / recall (hints excluded; --with-hints scores again counting them), the share of findings citing a labelled page,
# and the wall time of import + diagnose of the screening set.
# --ocr imports with OCR; --scanned-only measures just the scanned dossiers (imported with OCR
# into a kept store, reusable with --store) and prints OCR pages per second with the load.
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CLI = os.path.join(HERE, "..", "..", "build-diag", "app", "casereview-cli")
SAMPLES = "/work/shared/samples"


def cli_run(cli, store, *args):
    out = subprocess.run([cli, "--store", store, *args], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"casereview-cli {' '.join(args)} failed ({out.returncode}): {out.stderr}")
    return out.stdout


def import_flags(cli):
    helptext = subprocess.run([cli, "--help"], capture_output=True, text=True).stdout
    return ["--no-progress"] + (["--no-ocr"] if "--no-ocr" in helptext else [])


def diagnose_folder(cli, folder, params, workdir, ocr=False, store=None):
    reuse = store is not None
    store = store or os.path.join(workdir, os.path.basename(folder.rstrip("/")) + ".crstore")
    flags = import_flags(cli)
    if ocr:
        flags = [f for f in flags if f != "--no-ocr"]
    t0 = time.monotonic()
    if not reuse:
        cli_run(cli, store, "import", folder, *flags, "--json")
    t1 = time.monotonic()
    diag = json.loads(cli_run(cli, store, "diagnose", "--all", "--params", params, "--json"))
    t2 = time.monotonic()
    cases = json.loads(cli_run(cli, store, "cases", "--json"))
    names = {c["case_id"]: os.path.splitext(os.path.basename(c["file"]))[0] for c in cases}
    found = {names[d["case_id"]]: d["findings"] for d in diag if d["case_id"] in names}
    return found, t1 - t0, t2 - t1


def load_labels(path):
    return {d["id"]: d for d in (json.loads(line) for line in open(path, encoding="utf-8") if line.strip())}


def score(found, labels, only=None, hints=False):
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    cited, citable = 0, 0
    errors = defaultdict(list)
    for lid, label in labels.items():
        if only and not only(label):
            continue
        truth = {d["code"]: d for d in label.get("defects", [])}
        got = {}
        for f in found.get(lid, []):
            if hints or f["severity"] != "hint":
                got.setdefault(f["rule"], f)
        for rule, f in got.items():
            if rule in truth:
                tp[rule] += 1
                pages = set(truth[rule].get("pages") or [])
                if pages:
                    citable += 1
                    cited += any(e["page"] in pages for e in f["evidence"])
            else:
                fp[rule] += 1
                errors[rule].append(f"FP {lid}: {f['message']}")
        for rule in truth:
            if rule not in got:
                fn[rule] += 1
                errors[rule].append(f"FN {lid}: {truth[rule].get('description', '')}")
    return tp, fp, fn, (cited, citable), errors


def report(title, tp, fp, fn, cited, errors, verbose):
    print(f"\n== {title}")
    print(f"{'rule':34} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6}")
    for rule in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else float("nan")
        r = tp[rule] / (tp[rule] + fn[rule]) if tp[rule] + fn[rule] else float("nan")
        print(f"{rule:34} {tp[rule]:4} {fp[rule]:4} {fn[rule]:4} {p:6.3f} {r:6.3f}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'ALL':34} {T:4} {F:4} {N:4} {T / max(1, T + F):6.3f} {T / max(1, T + N):6.3f}")
    if cited[1]:
        print(f"evidence page in labelled pages: {cited[0]}/{cited[1]} = {cited[0] / cited[1]:.3f}")
    if verbose:
        for rule in sorted(errors):
            for e in errors[rule]:
                print("   ", rule, e)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cli", default=os.environ.get("CASEREVIEW_CLI", DEFAULT_CLI))
    ap.add_argument("--samples", default=SAMPLES)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--skip-screening", action="store_true")
    ap.add_argument("--ocr", action="store_true", help="import with OCR (default: --no-ocr)")
    ap.add_argument("--scanned-only", action="store_true",
                    help="only the scanned dossiers, imported with OCR; prints OCR pages per second")
    ap.add_argument("--with-hints", action="store_true",
                    help="also score counting hints as findings (a rule's hint = it was raised)")
    ap.add_argument("--store", help="with --scanned-only: an already OCR'd store to diagnose instead of importing")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="eval-diagnosis-")
    info = json.load(open(os.path.join(args.samples, "set_info.json")))["config"]
    params = os.path.join(work, "samples-profile.json")
    json.dump({"name": "samples", "hearing_threshold_org": info["hearing_org"], "hearing_threshold_person": info["hearing_person"],
               "major_threshold_org": info["major_org"], "major_threshold_person": info["major_person"]}, open(params, "w"))

    labels = load_labels(os.path.join(args.samples, "labels.jsonl"))
    if args.scanned_only:
        scanned = [lid for lid, l in labels.items() if l.get("scanned")]
        folder = os.path.join(work, "scanned")
        os.makedirs(folder)
        for lid in scanned:
            os.symlink(os.path.join(args.samples, "dossiers", lid + ".pdf"), os.path.join(folder, lid + ".pdf"))
        store = args.store or os.path.join(work, "scanned.crstore")
        found, t_imp, t_diag = diagnose_folder(args.cli, folder, params, work, ocr=True,
                                               store=store if args.store else None)
        if not args.store:
            pages = sum(labels[lid]["n_pages"] for lid in scanned)
            load = os.getloadavg()
            print(f"scanned: {len(found)} dossiers, {pages} pages imported with OCR in {t_imp:.1f} s = "
                  f"{pages / t_imp:.2f} pages/s on {os.cpu_count()} cores (load average {load[0]:.1f} {load[1]:.1f} "
                  f"{load[2]:.1f} at the end); store kept at {os.path.join(work, 'scanned.crstore')}")
        tp, fp, fn, cited, errors = score(found, labels, only=lambda l: l.get("scanned"))
        report("scanned dossiers, imported with OCR", tp, fp, fn, cited, errors, args.verbose)
        if args.with_hints:
            tp, fp, fn, cited, errors = score(found, labels, only=lambda l: l.get("scanned"), hints=True)
            report("scanned dossiers, hints counted as findings", tp, fp, fn, cited, errors, args.verbose)
        return
    found, t_imp, t_diag = diagnose_folder(args.cli, os.path.join(args.samples, "dossiers"), params, work, ocr=args.ocr)
    print(f"dossiers: {len(found)} cases, import {t_imp:.1f} s, diagnose {t_diag:.1f} s")
    tp, fp, fn, cited, errors = score(found, labels, only=lambda l: not l.get("scanned"))
    report("text dossiers (scanned excluded)", tp, fp, fn, cited, errors, args.verbose)
    if args.with_hints:
        tp, fp, fn, cited, errors = score(found, labels, only=lambda l: not l.get("scanned"), hints=True)
        report("text dossiers, hints counted as findings", tp, fp, fn, cited, errors, args.verbose)
    tp, fp, fn, cited, errors = score(found, labels)
    report("all dossiers", tp, fp, fn, cited, {}, False)

    if not args.skip_screening:
        folder = os.path.join(args.samples, "screening")
        slabels = load_labels(os.path.join(folder, "labels.jsonl"))
        found, t_imp, t_diag = diagnose_folder(args.cli, folder, params, work)
        print(f"\nscreening: {len(found)} decisions, import {t_imp:.1f} s + diagnose {t_diag:.1f} s = {t_imp + t_diag:.1f} s "
              f"({(t_imp + t_diag) / max(1, len(found)) * 1700:.0f} s projected for 1,700)")
        tp, fp, fn, cited, errors = score(found, slabels, only=lambda l: not l.get("scanned"))
        report("screening decisions (scans excluded)", tp, fp, fn, cited, errors, args.verbose)


if __name__ == "__main__":
    main()
