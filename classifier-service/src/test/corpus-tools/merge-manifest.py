#!/usr/bin/env python3
"""Merges the corpus fragments (realworld/fragments/*.yaml, one per collector) into realworld/manifest.yaml and
draws the development / held-back split BY PUBLISHER (a GitHub owner; several repositories of one publisher go to one
side). Publishers the rules were already tuned on (TUNED_ON: every earlier split, once folded in) are development
data for good. Among the others the draw is stratified so that both sides hold hard negatives: publishers whose files
are all hard negatives form one stratum, the others a second; within each stratum publishers are ordered by SHA-256 of
SALT + name and the first HELD_BACK share is held back.

History: split 1 (salt realworld-split-1, a third of the first 28 publishers held back) and split 2 (salt
realworld-split-2, two thirds of the 22 publishers added next) were each reported in docs/accuracy.md and then folded
in; split 3 draws from the publishers added after them.

Run from classifier-service/:  python3 src/test/corpus-tools/merge-manifest.py
"""
import glob
import hashlib
import os
import sys

import yaml

SALT = "realworld-split-3:"
HELD_BACK = 2 / 3
TUNED_ON = {"AdaMartin18010", "Breakthrough-Energy", "DruidSmith", "Electa-Git", "Esticonv", "EvanL1", "MATPOWER",
            "NREL", "OpenIPSL", "PNNL", "Power-Lab", "PowerJob", "PyPSA", "Snowlights2022", "alibaba",
            "andrewlyden", "apache", "beanit", "cisagov", "com-pas", "datasets", "dnp3", "dparrini",
            "dss-extensions", "e2nIEE", "fxsjy", "golang", "grid-parity-exchange", "ie3-institute", "lanl-ansi",
            "mbheinen", "mcosovic", "mrziheng", "neilstephens", "nickrobinson251", "oemof", "openscd", "plotly",
            "power-grid-lib", "pronoobe", "python-openxml", "qax-os", "rwl", "sogno-platform", "sunspec", "vega",
            "wanghan126", "xiaoyuan-xu", "youzan", "zhangsonggui"}
ROOT = os.path.join("src", "test", "resources", "realworld")
# Repositories whose owners differ but that come from one publisher.
SAME_PUBLISHER = {"NREL-Sienna": "NREL", "GRIDAPPSD": "PNNL", "PNNL-CIM-Tools": "PNNL", "pnnl": "PNNL",
                  "gridlab-d": "PNNL", "VOLTTRON": "PNNL", "GridOPTICS": "PNNL"}


def main():
    sources, files = [], []
    for fragment in sorted(glob.glob(os.path.join(ROOT, "fragments", "*.yaml"))):
        data = yaml.safe_load(open(fragment, encoding="utf-8"))
        sources += data["sources"]
        files += data["files"]
    ids = {s["id"] for s in sources}
    if len(ids) != len(sources):
        sys.exit("duplicate source ids")
    for f in files:
        if f["source"] not in ids:
            sys.exit("unknown source " + f["source"])
        if not os.path.exists(os.path.join(ROOT, f["path"])):
            sys.exit("missing file " + f["path"])
    for s in sources:
        owner = s["repository"].split("/")[0]
        s["publisher"] = SAME_PUBLISHER.get(owner, owner)
    negative_only = {}
    for s in sources:
        kinds = {f["kind"] for f in files if f["source"] == s["id"]}
        p = s["publisher"]
        negative_only[p] = negative_only.get(p, True) and kinds == {"hard-negative"}
    held = set()
    for stratum in (True, False):
        pubs = sorted((p for p, neg in negative_only.items() if neg == stratum and p not in TUNED_ON),
                      key=lambda p: hashlib.sha256((SALT + p).encode()).hexdigest())
        held |= set(pubs[:round(len(pubs) * HELD_BACK)])
    for s in sources:
        s["split"] = "holdout" if s["publisher"] in held else "dev"
    header = ("# Real-world corpus: files written by others, each from a public repository at a recorded commit,\n"
              "# byte-exact, under a licence that allows redistribution. Generated from fragments/*.yaml by\n"
              "# src/test/corpus-tools/merge-manifest.py (split salt " + SALT + "); edit the fragments, not this file.\n"
              "# split: dev = the rules were built and tuned on these publishers; holdout = never tuned on, reported apart.\n")
    with open(os.path.join(ROOT, "manifest.yaml"), "w", encoding="utf-8") as out:
        out.write(header)
        yaml.safe_dump({"sources": sources, "files": files}, out, allow_unicode=True, sort_keys=False, width=120)
    for side in ("dev", "holdout"):
        pubs = sorted({s["publisher"] for s in sources if s["split"] == side})
        n = sum(1 for f in files if next(s for s in sources if s["id"] == f["source"])["split"] == side)
        print(f"{side}: {n} files from {len(pubs)} publishers: {', '.join(pubs)}")


if __name__ == "__main__":
    main()
