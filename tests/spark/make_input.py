"""Builds the Spark test's input: generated news-like articles, the corpus articles, articles
that are hard on offsets, and bad lines (each kind the JSON Lines mode turns into an error
record), mixed through the stream so that every partition gets some. Deterministic.

Usage: make_input.py ARTICLES CORPUS_DIR > input.jsonl
Writes to stderr how many lines of each sort it wrote.
"""

import json
import pathlib
import random
import sys

PEOPLE = ["Ana Ruiz", "Chris Cox", "J. R. Okonkwo", "Mary-Kate O'Neill", "Luis de la Cruz",
          "Tomasz Wójcik", "Dr. Helen Park", "Sen. Mark Ellison", "Gov. Rita Alvarez"]
ORGS = ["Harbor Bank", "the European Commission", "Northwind Energy Corp.", "the city council",
        "the Office for National Statistics (ONS)", "Acme Inc.", "the U.S. Department of Energy"]
PLACES = ["Nairobi", "Ohio", "the U.K.", "Lisbon", "Texas", "Jakarta", "Quebec"]
THINGS = ["downloads", "users", "jobs", "homes", "tonnes of grain", "passengers", "votes"]
CUES = ["said", "added", "told reporters", "wrote in a statement"]


def cap(s):
    """The first letter in upper case, the rest as it is."""
    return s[:1].upper() + s[1:]


SENTENCES = [
    lambda r: f"{cap(r.choice(ORGS))} reported {r.randint(1, 9)}.{r.randint(0, 9)} billion "
              f"{r.choice(THINGS)}, up from {r.randint(100, 999)} million a year earlier.",
    lambda r: f"\"We expect about {r.randint(1, 40)}% growth in {r.choice(PLACES)},\" "
              f"{r.choice(PEOPLE)} {r.choice(CUES)}.",
    lambda r: f"{r.choice(PEOPLE)} {r.choice(CUES)}, \"the plan costs ${r.randint(1, 90)}.{r.randint(0, 9)}m "
              f"and will take {r.randint(2, 10)} years.\"",
    lambda r: f"Thousands of {r.choice(THINGS)} in {r.choice(PLACES)} were affected, according to "
              f"{r.choice(ORGS)}.",
    lambda r: f"The {r.randint(20, 70)}-year-old, who joined {r.choice(ORGS)} in {r.randint(1990, 2024)}, "
              f"said revenue rose between {r.randint(0, 9)} and {r.randint(10, 19)} per cent.",
    lambda r: f"“It is not over,” {r.choice(PEOPLE)} {r.choice(CUES)}. “We will keep going.”",
    lambda r: f"Shares fell {r.randint(0, 9)}.{r.randint(0, 9)}% to £{r.randint(1, 9)}.{r.randint(0, 9)}bn "
              f"on the news, e.g. after a profit warning at {r.randint(1, 11)} p.m.",
    lambda r: f"Nearly {r.randint(1000, 90000):,} {r.choice(THINGS)} were counted in {r.choice(PLACES)}.",
]


def article(r):
    """A headline and four to nine paragraphs of one to four sentences."""
    head = f"{cap(r.choice(ORGS))} and {r.choice(PEOPLE)} in {r.choice(PLACES)}"
    paras = [" ".join(r.choice(SENTENCES)(r) for _ in range(r.randint(1, 4)))
             for _ in range(r.randint(4, 9))]
    return "\n\n".join([head] + paras)

# Lines that must come back as error records. The first ones carry an id, so their error record
# names it; the others cannot be parsed, so theirs names the line.
BAD_WITH_ID = [
    {"id": "bad-empty", "text": ""},
    {"id": "bad-blank", "text": "   \n\t "},
    {"id": "bad-no-text"},
    {"id": "bad-null-text", "text": None},
    {"id": "bad-nul", "text": "Before a NUL\u0000after it."},
]
BAD_WITHOUT_ID = [
    '{"id": "bad-json", "text": "an unterminated string',
    "[1, 2, 3]",
    "not json at all",
    '{"text": "no id here"}',
]
# Valid articles that are hard on byte offsets, with ids of other JSON types.
HARD = [
    {"id": 4242, "text": "Ünïcode “quotes” 👨‍👩‍👧 sold 1,234 units.\r\nNext line:\r\r“Yes,” said Ana."},
    {"id": "rtl", "text": "שלום עולם. The firm earned $4.5bn.\u200f مرحبا بالعالم."},
    {"id": "combining", "text": "\u0301 lone mark. e\u0301\u0302 stacked: 12% rose."},
    {"id": "controls", "text": "Bell\u0007 and escape\u001b[31m red. 3 items\u000b\u000c."},
]


def main():
    count, corpus = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    r = random.Random(8)
    good = [json.dumps({"id": f"gen-{i}", "text": article(r)}, ensure_ascii=False) + "\n"
            for i in range(count)]
    for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md")):
        good.append(json.dumps({"id": f"corpus/{path.name}", "text": path.read_text(encoding="utf-8")}) + "\n")
    good.extend(json.dumps(a, ensure_ascii=False) + "\n" for a in HARD)
    bad = [json.dumps(b) + "\n" for b in BAD_WITH_ID] + [b + "\n" for b in BAD_WITHOUT_ID]
    # Spread the bad lines evenly through the stream.
    step = max(1, len(good) // (len(bad) + 1))
    out = []
    for i, line in enumerate(good):
        out.append(line)
        if i % step == step - 1 and bad:
            out.append(bad.pop(0))
    out.extend(bad)
    sys.stdout.write("".join(out))
    print(f"make_input: {len(good)} articles, {len(BAD_WITH_ID) + len(BAD_WITHOUT_ID)} bad lines", file=sys.stderr)


if __name__ == "__main__":
    main()
