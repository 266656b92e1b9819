#!/usr/bin/env python3
"""Checks counterexamples the equivalence checker showed, with mpmath (200 to 3200 digits).

Reads JSON from the file named on the command line: a list of
  {"a": ..., "b": ..., "point": {name: value}, "shown": {"a": text, "b": text}, "tol": number}.
A counterexample is real when, at exactly that point (each coordinate read as its decimal text):
  - the two sides differ: one has no value and the other has, or |a - b| > tol * max(|a|, |b|);
  - each shown value is that side's value: 'undefined' where it has none, else a number that
    rounds it to the digits shown (half a unit in the last digit, and a little more for rounding).
Prints one line per counterexample that is not real and exits 1 if there is any.
(Debian python3-mpmath; not a dependency of the project.)
"""
import json
import re
import sys

import mpmath as mp

from equivalence_corpus import evaluate



def settled(src, point):
    """The value at `point` once two precisions agree on it (a cancellation needs more digits than its terms)."""
    previous = 'unknown'
    for dps in (200, 800, 3200):
        with mp.workdps(dps):
            scope = {name: mp.mpf(repr(value)) for name, value in point.items()}
            value = evaluate(src, scope)
        if previous != 'unknown' and (value is None) == (previous is None):
            if value is None or abs(value - previous) <= mp.mpf(10) ** -40 * max(abs(value), abs(previous)):
                return value
        previous = value
    raise SystemExit(f'{src} at {point}: no two precisions up to 3200 digits agree')


def shown_matches(text, value):
    if text == 'undefined':
        return value is None
    if value is None:
        return False
    mantissa = re.match(r'^-?(\d+)(?:\.(\d+))?', text.replace('−', '-'))
    if not mantissa:
        return False
    digits = len((mantissa.group(1) + (mantissa.group(2) or '')).lstrip('0')) or 1
    shown = mp.mpf(text.replace('−', '-'))
    allowed = mp.mpf(10) ** (1 - digits) * 0.51 * max(abs(value), abs(shown))
    return abs(shown - value) <= allowed


def main():
    cases = json.load(open(sys.argv[1]))
    bad = 0
    for case in cases:
        va, vb = settled(case['a'], case['point']), settled(case['b'], case['point'])
        tol = mp.mpf(repr(case['tol']))
        differ = (va is None) != (vb is None) or (va is not None and abs(va - vb) > tol * max(abs(va), abs(vb)))
        problems = []
        if not differ:
            problems.append('the two sides do not differ there')
        for side, value in (('a', va), ('b', vb)):
            if not shown_matches(case['shown'][side], value):
                problems.append(f"{side} is shown as {case['shown'][side]} but is {'undefined' if value is None else mp.nstr(value, 20)}")
        if problems:
            bad += 1
            print(f"{case['a']} | {case['b']} at {case['point']}: {'; '.join(problems)}")
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
