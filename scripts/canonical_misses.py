#!/usr/bin/env python3
"""Lists, per article, each entity mention whose canonical name differs from the gold name of
the entity its text belongs to, as `claimex eval` scores "entity canonical names": a mention
counts when its surface text is a name or alias of some gold entity, and is right when its
canonical equals (case-insensitively) the `name` of one of those gold entities.
Usage, from the project root after `cargo build --release`:
  python3 scripts/canonical_misses.py corpus/fresh42-*.txt
(env CLAIMEX = the binary, GOLD = the gold folder). Prints `surface -> ours | gold` with a count,
then a total of wrong / scored mentions.
"""
import collections, json, os, subprocess, sys
binary = os.environ.get("CLAIMEX", "target/release/claimex")
golddir = os.environ.get("GOLD", "corpus/gold")
total = wrong = 0
for path in sys.argv[1:]:
    rec = json.loads(subprocess.run([binary, "extract", path], capture_output=True, text=True).stdout)
    if isinstance(rec, list): rec = rec[0]
    name = os.path.splitext(os.path.basename(path))[0]
    gold = json.load(open(os.path.join(golddir, name + ".json")))
    misses = collections.Counter()
    for m in rec["entities"]:
        owners = [g for g in gold["entities"]
                  if any(n.lower() == m["text"].lower() for n in [g["name"]] + g.get("aliases", []))]
        if not owners:
            continue
        total += 1
        if not any(g["name"].lower() == m["canonical"].lower() for g in owners):
            wrong += 1
            misses[(m["text"], m["canonical"], " / ".join(g["name"] for g in owners))] += 1
    if misses:
        print("==", name)
        for (t, c, g), n in sorted(misses.items()):
            print(f"  {t!r} -> {c!r} | gold {g!r}" + (f"  x{n}" if n > 1 else ""))
print(f"canonical: {wrong} wrong of {total} ({1 - wrong / max(total, 1):.3f})")
