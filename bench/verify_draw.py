#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Re-runs a campaign draw (algorithm sha256-rank-v1) from its printed record, independently
of the program: only Python's hashlib. Shows that anyone holding the record can check it.

  casereview-cli campaign show CAMPAIGN --json --population-out population.txt > record.json
  python3 bench/verify_draw.py record.json population.txt

Exit 0 when the population's SHA-256 and the drawn list both match the record.
The algorithm is described in core/campaign/ALGORITHMS.md.
"""
import hashlib
import json
import sys
from decimal import ROUND_HALF_UP, Decimal

COLUMNS = {"agency": 1, "case_type": 2, "decision_date": 3, "amount": 4, "flags": 5}


def utf16(s):
    return s.encode("utf-16-be")  # the program orders strings by UTF-16 code units


def column(member, name):
    if name == "decision_year":
        return member[3][:4]
    return member[COLUMNS[name]]


def main(record_path, population_path):
    record = json.load(open(record_path, encoding="utf-8"))
    draw = record["draw"]
    spec = draw["spec"]
    raw = open(population_path, "rb").read()
    ok = True
    sha = hashlib.sha256(raw).hexdigest()
    if sha != draw["population_sha256"]:
        print(f"population SHA-256 {sha} differs from the record's {draw['population_sha256']}")
        ok = False
    members = [line.split("\t") for line in raw.decode("utf-8").split("\n") if line]
    strata = {}
    for m in members:
        flags = [f for f in m[5].split(";") if f]
        name = " / ".join((column(m, c) or "-") for c in spec["strata"]) if spec["strata"] else "全部"
        strata.setdefault(name, [])
        if not set(flags) & set(spec["exclude"]):
            strata[name].append((m[0], flags))
    drawn = []
    for name in sorted(strata, key=utf16):
        group = strata[name]
        if not group:
            print(f"stratum {name} is empty after the exclusions")
            return 1
        must = [k for k, f in group if set(f) & set(spec["must_include"])]
        rest = [(hashlib.sha256((spec["seed"] + "\n" + k).encode("utf-8")).hexdigest(), k)
                for k, f in group if not set(f) & set(spec["must_include"])]
        rest.sort(key=lambda rk: (rk[0], utf16(rk[1])))
        size = len(group)
        if "ratio" in spec:
            text = spec["ratio"]
            ratio = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
            share = int((ratio * size).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            quota = min(max(share, spec["min"]), size)
        else:
            quota = min(spec["count"], size)
        drawn += [(name, k, "must_include") for k in sorted(must, key=utf16)]
        drawn += [(name, k, "random") for _, k in rest[:quota]]
    recorded = [(d["stratum"], d["case_no"], d["reason"]) for d in draw["drawn"]]
    if drawn != recorded:
        for i, (a, b) in enumerate(zip(recorded + [None] * len(drawn), drawn + [None] * len(recorded))):
            if a != b:
                print(f"#{i + 1}: recorded {a}, recomputed {b}")
                break
        ok = False
    print(f"draw {draw['draw_id']}: {len(drawn)} files, " + ("identical" if ok else "NOT identical"))
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
