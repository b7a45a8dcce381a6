"""Builds the Spark test's input: generated articles, the corpus articles, articles that are hard
on offsets, and bad lines (each kind the JSON Lines mode turns into an error record), mixed
through the stream so that every partition gets some.

Usage: make_input.py GENERATED.jsonl CORPUS_DIR > input.jsonl
Also writes, to stderr, how many lines of each sort it wrote.
"""

import json
import pathlib
import sys

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
    generated, corpus = sys.argv[1], pathlib.Path(sys.argv[2])
    good = [line for line in open(generated, encoding="utf-8") if line.strip()]
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
