#!/usr/bin/env python3
"""Lists the entity misses of articles against their gold, as `claimex eval` matches them:
FP = found but in no gold row (`(gold TYPE name)` marks a type error), FN = a gold entity not found.
Usage, from the project root after `cargo build --release`:
  python3 scripts/heldout_misses.py corpus/fresh39-*.txt
(env CLAIMEX = the binary, GOLD = the gold folder).
"""
import json, os, subprocess, sys
binary = os.environ.get("CLAIMEX", "target/release/claimex")
golddir = os.environ.get("GOLD", "corpus/gold")
for path in sys.argv[1:]:
    rec = json.loads(subprocess.run([binary, "extract", path], capture_output=True, text=True).stdout)
    if isinstance(rec, list): rec = rec[0]
    name = os.path.splitext(os.path.basename(path))[0]
    gold = json.load(open(os.path.join(golddir, name + ".json")))
    found = sorted({(m["canonical"], m["type"]) for m in rec["entities"]})
    surf = {}
    for m in rec["entities"]:
        surf.setdefault((m["canonical"], m["type"]), set()).add(m["text"])
    def names(g): return [g["name"]] + g.get("aliases", [])
    matched = set()
    fps = []
    for c, t in found:
        hit = [i for i, g in enumerate(gold["entities"]) if g["type"] == t and any(n.lower() == c.lower() for n in names(g))]
        if hit: matched.add(hit[0])
        else: fps.append((c, t))
    print("==", name)
    gold_by_name = {n.lower(): g for g in gold["entities"] for n in names(g)}
    for c, t in fps:
        g = gold_by_name.get(c.lower())
        why = f"(gold {g['type']} {g['name']})" if g else ""
        print(f"  FP {t:8} {c!r} {why}  surfaces={sorted(surf[(c,t)])}")
    for i, g in enumerate(gold["entities"]):
        if i not in matched:
            print(f"  FN {g['type']:8} {g['name']!r} aliases={g.get('aliases')}")
