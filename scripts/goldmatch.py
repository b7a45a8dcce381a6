"""The matching rules of `claimex eval` (src/eval.rs) for quotes and speakers, shared by the
scripts that score peers (`peers.py`) and list misses (`speaker_misses.py`)."""
import re


def words(s):
    """The lower-case words of `s`, as eval.rs splits them."""
    return [w.lower() for w in re.split(r"[^\w]|_", s) if w]


def overlap(a, b):
    """The share of words two quotations have in common, over the longer one."""
    rest = list(b)
    common = 0
    for w in a:
        if w in rest:
            rest.remove(w)
            common += 1
    n = max(len(a), len(b))
    return 1.0 if n == 0 else common / n


def same_speaker(a, b):
    """Equal ignoring case, or two descriptions of an unnamed speaker (a/an/the ...) of which
    one is the other cut short at a word."""
    if a is None or b is None:
        return a == b
    if a.lower() == b.lower():
        return True
    described = lambda s: s.startswith(("a ", "an ", "the "))
    if not described(a) or not described(b):
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[: len(short)].lower() == short.lower() and long[len(short):].startswith(" ")
