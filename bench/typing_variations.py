#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures document typing and the notice dates on variations of the sample dossiers' texts that
# the samples do not contain: the prior notice retitled (告知单, 权利告知书, no title, spaced, wrapped,
# agency on the title line), a separate hearing notice folded into a combined 事先（听证）告知书, the
# signature date reprinted in other forms and on the agency's line, the notice's sentences reworded
# or in the third person, the party's receipt printed under the notice, the decision's number as a
# running header on its later pages.
# Runs bench_typingprobe (or any binary with its output) on the variations and on the originals.
# usage: cmake --build build --target bench_typingprobe &&
#        bench/typing_variations.py --probe build/bench/bench_typingprobe [--probe OTHER_BUILD_PROBE] [--seed N]
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter

FOLD = {"evidence_list": "evidence", "evidence_photos": "evidence", "waiver_statement": "statement_record",
        "cover": "other", "toc": "other"}
CN = "〇一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")

TITLES = ["行政处罚告知单", "违法行为告知书", "权利告知书", "陈述申辩权利告知书", "行政处罚意见告知书", "告知书",
          "行 政 处 罚 事 先 告 知 书", "【行政处罚事先告知书】", "行政处罚事先告知书（存根）", None]
COMBINED_TITLES = ["行政处罚事先（听证）告知书", "陈述申辩及听证权利告知书", "行政处罚告知单", "权利告知书", "告知书", None]
REWORD = [("本局拟对你单位作出如下行政处罚", "本机关拟给予你单位以下处罚"), ("本局拟对你公司作出如下行政处罚", "我局拟对你公司处以"),
          ("本局拟对你作出如下行政处罚", "本局拟依法给予你"), ("享有陈述、申辩的权利", "有权进行陈述和申辩"),
          ("可以自收到本告知书之日起", "可在本告知书送达后"), ("向本局提出陈述、申辩意见", "提出陈述申辩"),
          ("逾期未提出的，视为放弃陈述、申辩权利", "逾期不提出的，视为放弃上述权利")]


def cn_year(y):
    return "".join(CN[int(c)] for c in str(y))


def cn_small(n):
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return [f"{cn_year(y)}年{cn_small(m)}月{cn_small(d)}日", f"{cn_year(y).replace('〇', '零')}年{cn_small(m)}月{cn_small(d)}日",
            f"{y}年{m:02d}月{d:02d}日", f"{y}-{m}-{d}", f"{y}.{m:02d}.{d:02d}", f"{y} 年 {m} 月 {d} 日",
            f"{y}年{m}月{d}日".translate(FW)]


def compact(s):
    return re.sub(r"\s", "", s)


def signature_index(lines, iso):
    """The last line of the page that holds the signature date."""
    y, m, d = (int(x) for x in iso.split("-"))
    forms = {compact(f) for f in date_forms(iso)} | {f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}"}
    for i in range(len(lines) - 1, -1, -1):
        if any(f in compact(lines[i]) for f in forms):
            return i
    return None


def retitle(lines, old_title, new_title, rnd):
    for i, line in enumerate(lines[:6]):
        if old_title in compact(line):
            if new_title is None:
                del lines[i]
            elif rnd.random() < 0.2 and i > 0 and compact(lines[i - 1]).endswith(("局", "委员会", "政府", "大队", "办公室")):
                lines[i - 1] = lines[i - 1].rstrip() + new_title  # agency and title on one line
                del lines[i]
            elif rnd.random() < 0.15 and len(new_title) >= 7 and " " not in new_title:
                lines[i:i + 1] = ["          " + new_title[:-3], "          " + new_title[-3:]]
            else:
                lines[i] = "          " + new_title
            return True
    return False


def redate(lines, iso, rnd):
    i = signature_index(lines, iso)
    if i is None:
        return
    form = rnd.choice(date_forms(iso))
    if rnd.random() < 0.3 and i > 0 and compact(lines[i - 1]).endswith(("局", "委员会", "政府", "大队", "办公室")):
        lines[i - 1] = lines[i - 1].rstrip() + "  " + form
        del lines[i]
    else:
        lines[i] = "                    " + form


def hearing_sentences(text):
    flat = compact(text)
    return [s + "。" for s in flat.split("。") if "听证" in s and "告知书" not in s[:4]]


def variant(label, pages, rnd):
    """Returns (pages, expected notice, expected hearing_notice, expected types by first page)."""
    docs = label["documents"]
    expected = {d["pages"][0]: FOLD.get(d["type"], d["type"]) for d in docs}
    dates = label["metadata"]["dates"]
    notice = next((d for d in docs if d["type"] == "prior_notice"), None)
    hearing = next((d for d in docs if d["type"] == "hearing_notice"), None)
    if not notice or len(notice["pages"]) != 1:
        return None
    pages = list(pages)
    p = notice["pages"][0] - 1
    lines = pages[p].split("\n")
    exp_hearing = dates.get("hearing_notice")
    drop = []
    if hearing and rnd.random() < 0.6:
        # Fold the hearing notice into the prior notice; its page and its receipt go.
        extra = hearing_sentences("\n".join(pages[q - 1] for q in hearing["pages"]))
        body_end = signature_index(lines, notice["date"]) or len(lines)
        while body_end > 0 and compact(lines[body_end - 1]) and not compact(lines[body_end - 1]).endswith("。"):
            body_end -= 1
        lines[body_end:body_end] = ["  " + s for s in extra]
        title = rnd.choice(COMBINED_TITLES)
        exp_hearing = notice["date"]
        drop = list(hearing["pages"])
        after = [d for d in docs if d["pages"][0] == hearing["pages"][-1] + 1 and d["type"] == "delivery_receipt"]
        drop += [q for d in after for q in d["pages"]]
    else:
        title = rnd.choice(TITLES)
    retitle(lines, notice["title"], title, rnd)
    redate(lines, notice["date"], rnd)
    if rnd.random() < 0.5:
        text = "\n".join(lines)
        for a, b in REWORD:
            text = text.replace(a, b)
        lines = text.split("\n")
    if rnd.random() < 0.25:
        # Third person: the notice speaks of 当事人, not to 你.
        text = "\n".join(lines)
        head, sep, body = text.partition("：\n")
        lines = (head + sep + re.sub("你(单位|公司|厂|店)?", "当事人", body)).split("\n")
    if rnd.random() < 0.3 and dates.get("notice_delivered"):
        # The party's receipt printed under the notice, dated the day it was received.
        lines += ["- - - - - - - - - - - - - - - - - - - -", "                回  执", "本单位已收到上述告知书。",
                  "签收人：" + "某某", "        " + rnd.choice(date_forms(dates["notice_delivered"]))]
    pages[p] = "\n".join(lines)
    decision = next((d for d in docs if d["type"] == "decision"), None)
    if decision and len(decision["pages"]) > 1 and decision.get("doc_no") and rnd.random() < 0.4:
        # The decision's number repeated as a running header on its later pages.
        for q in decision["pages"][1:]:
            pages[q - 1] = "                              " + decision["doc_no"] + "\n" + pages[q - 1]
    keep = [i for i in range(len(pages)) if i + 1 not in drop]
    renumber = {old + 1: new + 1 for new, old in enumerate(keep)}
    pages = [pages[i] for i in keep]
    expected = {renumber[k]: v for k, v in expected.items() if k in renumber}
    return pages, dates.get("notice"), exp_hearing, expected


def run_probe(probe, files):
    out = subprocess.run([probe, *files], check=True, capture_output=True, text=True).stdout
    return {r["id"]: r for r in map(json.loads, out.splitlines())}


def score(name, results, truth):
    c = Counter()
    wrong_types = Counter()
    for case_id, (notice, hearing, types) in truth.items():
        r = results.get(case_id, {"dates": {}, "documents": []})
        c["notice"] += r["dates"].get("notice") == notice
        c["hearing_notice"] += r["dates"].get("hearing_notice") == hearing
        got = {d["first"]: d["type"] for d in r["documents"]}
        for page, t in types.items():
            c["docs"] += 1
            if got.get(page) == t:
                c["docs_ok"] += 1
            else:
                wrong_types[(t, got.get(page))] += 1
    n = len(truth)
    print(f"{name}: notice {c['notice']}/{n}, hearing_notice {c['hearing_notice']}/{n}, "
          f"documents typed as labelled {c['docs_ok']}/{c['docs']}")
    for (exp, got), k in wrong_types.most_common(8):
        print(f"    {k:4d} label {exp:20s} got {got}")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--probe", action="append", required=True)
    ap.add_argument("--samples", default="/work/shared/samples")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="write the variation texts into this folder")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    work = args.keep or tempfile.mkdtemp(prefix="typing-variations-")
    os.makedirs(work, exist_ok=True)
    orig_files, var_files, orig_truth, var_truth = [], [], {}, {}
    for name in sorted(os.listdir(os.path.join(args.samples, "labels"))):
        with open(os.path.join(args.samples, "labels", name), encoding="utf-8") as fh:
            label = json.load(fh)
        if label.get("scanned") or label.get("text_layer") == "partial":
            continue
        pdf = os.path.join(args.samples, "dossiers", label["id"] + ".pdf")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
        pages = text.split("\f")
        if pages and not pages[-1].strip():
            pages.pop()
        orig = os.path.join(work, label["id"] + ".txt")
        with open(orig, "w", encoding="utf-8") as fh:
            fh.write("\f".join(pages))
        orig_files.append(orig)
        m = label["metadata"]["dates"]
        orig_truth[label["id"]] = (m.get("notice"), m.get("hearing_notice"),
                                   {d["pages"][0]: FOLD.get(d["type"], d["type"]) for d in label["documents"]})
        v = variant(label, pages, rnd)
        if v is None:
            continue
        vid = label["id"] + "v"
        path = os.path.join(work, vid + ".txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\f".join(v[0]))
        var_files.append(path)
        var_truth[vid] = v[1:]
    for probe in args.probe:
        print(f"== {probe}")
        score("  originals ", run_probe(probe, orig_files), orig_truth)
        score("  variations", run_probe(probe, var_files), var_truth)


if __name__ == "__main__":
    sys.exit(main())
