#!/usr/bin/env python3
"""Lists the quote-speaker misses of articles against their gold, matching quotes as `claimex eval`
does (greedy best word overlap >= 0.8, gold order) and speakers as its `same_speaker`: equal
ignoring case, or two descriptions of an unnamed speaker (opening with a lower-case a/an/the) of
which one is the other cut short at a word. Quotes found with no gold row (or gold rows not found)
are not speaker misses and are left to `claimex eval`.
Usage, from the project root after `cargo build --release`:
  python3 scripts/speaker_misses.py corpus/*.txt corpus/*.md
(env CLAIMEX = the binary, GOLD = the gold folder). Prints one block per article with misses and a
total at the end.
"""
import json, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldmatch import overlap, same_speaker, words  # noqa: E402

binary = os.environ.get("CLAIMEX", "target/release/claimex")
golddir = os.environ.get("GOLD", "corpus/gold")



def main(paths):
    total = checked = 0
    for path in paths:
        out = subprocess.run([binary, "extract", path], capture_output=True, text=True).stdout
        rec = json.loads(out)
        if isinstance(rec, list):
            rec = rec[0]
        name = os.path.splitext(os.path.basename(path))[0]
        gold_path = os.path.join(golddir, name + ".json")
        if not os.path.exists(gold_path):
            continue
        gold = json.load(open(gold_path))
        found = [words(q["text"]) for q in rec["quotes"]]
        used = [False] * len(found)
        misses = []
        for g in gold.get("quotes", []):
            gw = words(g["text"])
            best = None
            for i, f in enumerate(found):
                if used[i]:
                    continue
                o = overlap(gw, f)
                if o >= 0.8 and (best is None or o > best[1]):
                    best = (i, o)
            if best is None:
                continue
            i = best[0]
            used[i] = True
            checked += 1
            q = rec["quotes"][i]
            if not same_speaker(q.get("speaker"), g.get("speaker")):
                misses.append((g, q))
        if misses:
            print("==", name)
            for g, q in misses:
                text = g["text"] if len(g["text"]) <= 70 else g["text"][:67] + "..."
                print(f"  gold {g.get('speaker')!r}  found {q.get('speaker')!r}  @{q['start']}")
                print(f"     \"{text}\"")
        total += len(misses)
    print(f"{total} speaker misses in {checked} matched quotes")


if __name__ == "__main__":
    main(sys.argv[1:])
