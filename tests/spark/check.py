"""Checks the Spark output against a direct run of claimex over the same input.

Usage: check.py INPUT.jsonl DIRECT.jsonl SPARK.jsonl

- one record out per line in, in the same order, in both runs;
- every input id comes back exactly once, and its record is byte for byte the direct run's;
- lines with an id but no usable text come back as error records naming the id;
- lines that cannot be read (not JSON, not an object with an id) come back as error records.
Exits 1 with the first problems found.
"""

import collections
import json
import sys


def expected(line):
    """The id a line's record must carry, and whether it must be an error record."""
    try:
        obj = json.loads(line)
    except ValueError:
        return None, True
    if not isinstance(obj, dict) or "id" not in obj:
        return None, True
    raw = obj["id"]
    ident = raw if isinstance(raw, str) else json.dumps(raw)
    text = obj.get("text")
    bad = not isinstance(text, str) or not text.strip() or "\0" in text
    return ident, bad


def main():
    source, direct_path, spark_path = sys.argv[1:4]
    inputs = [l for l in open(source, encoding="utf-8").read().split("\n") if l.strip()]
    direct = open(direct_path, encoding="utf-8").read().splitlines()
    spark = open(spark_path, encoding="utf-8").read().splitlines()
    problems = []
    if len(direct) != len(inputs):
        problems.append(f"direct run: {len(direct)} records for {len(inputs)} lines")
    if len(spark) != len(inputs):
        problems.append(f"spark run: {len(spark)} records for {len(inputs)} lines")

    seen = collections.Counter(json.loads(l).get("source") for l in spark)
    ids = [expected(l)[0] for l in inputs]
    for ident in ids:
        if ident is not None and seen[ident] != 1:
            problems.append(f"id {ident!r} came back {seen[ident]} times")

    errors = 0
    for n, (line, d, s) in enumerate(zip(inputs, direct, spark), 1):
        ident, bad = expected(line)
        rec = json.loads(s)
        if bad:
            errors += 1
            if set(rec) != {"source", "error"}:
                problems.append(f"line {n}: a bad line gave {s[:80]!r}, not an error record")
            elif ident is not None and rec["source"] != ident:
                problems.append(f"line {n}: error record names {rec['source']!r}, not {ident!r}")
            elif ident is None and s != d and json.loads(d).keys() != rec.keys():
                problems.append(f"line {n}: error records differ: {d!r} / {s!r}")
        elif rec.get("source") != ident:
            problems.append(f"line {n}: record for {rec.get('source')!r}, expected {ident!r}")
        elif s != d:
            problems.append(f"line {n} ({ident}): spark record differs from the direct run's")
        if len(problems) > 20:
            break

    if problems:
        print("spark check FAILED:", *problems[:20], sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"spark check: {len(inputs)} lines, {len(inputs) - errors} records identical to a direct run, "
          f"every id once, {errors} error records")


if __name__ == "__main__":
    main()
