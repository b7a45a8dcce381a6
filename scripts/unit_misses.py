#!/usr/bin/env python3
"""List every claim-unit miss (found vs gold per claim text) over the given paths (default corpus/),
mirroring the pairing of `claimex eval`; run from the project root after `cargo build --release`."""
import json, subprocess, sys, os, re
paths = sys.argv[1:] or ['corpus/']
out = subprocess.run(['target/release/claimex', 'extract', '--format', 'jsonl'] + paths,
                     capture_output=True, text=True).stdout
def norm(u):
    if u is None: return None
    u = u.strip().lower()
    return u[:-1] if u.endswith('s') else u
def same_value(a, g):
    if abs(a - g) <= 1e-6 * max(abs(a), abs(g), 1.0): return True
    w = repr(float(g)) if not isinstance(g, int) else str(g)
    d = len(w.split('.')[1]) if '.' in w else 0
    if not 3 <= d <= 8: return False
    return round(a * 10**d) == round(g * 10**d)
tot = 0
for line in out.splitlines():
    r = json.loads(line)
    src = r['source']
    base = os.path.splitext(os.path.basename(src))[0]
    gp = os.path.join(os.path.dirname(src), 'gold', base + '.json')
    if not os.path.exists(gp): continue
    gold = json.load(open(gp))
    stated = []
    for c in r['claims']:
        for v in [c['value'], c.get('high')]:
            if v is not None: stated.append((v, c['text'], c.get('unit')))
    used = [False]*len(stated)
    for g in gold['claims']:
        gv = g.get('value')
        if gv is None: continue
        cands = [i for i,x in enumerate(stated) if not used[i] and same_value(x[0], gv)]
        pick = next((i for i in cands if g['text'] in stated[i][1] or stated[i][1] in g['text']), cands[0] if cands else None)
        if pick is None: continue
        used[pick] = True
        f = stated[pick]
        if norm(f[2]) != norm(g.get('unit')):
            tot += 1
            print(f"{base}\t{g['text']!r}\tfound={f[2]!r}\tgold={g.get('unit')!r}\tftext={f[1]!r}")
print('TOTAL', tot, file=sys.stderr)
