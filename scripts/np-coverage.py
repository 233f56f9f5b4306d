#!/usr/bin/env python3
"""How much of numpy's public callables np has: numpy's main namespace, linalg, random and the
ndarray methods (callables only; private names, classes, dtypes/scalar types and errors left out),
camel-cased as np spells them, looked up in the built dist/ (run `npm run build` first).

Usage: python3 scripts/np-coverage.py [--missing]
The denominator is this script's mechanical list, not issue 15's hand-curated one (which also
drops datetimes, complex-only and Python-only helpers), so the percentages differ from the issue's.
"""
import inspect
import json
import re
import subprocess
import sys

import numpy as np

camel = lambda n: re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), n)


def callables(mod):
    out = set()
    for n in dir(mod):
        if n.startswith("_"):
            continue
        v = getattr(mod, n)
        if inspect.isclass(v) or inspect.ismodule(v) or not callable(v):
            continue
        out.add(n)
    return out


groups = {
    "np": callables(np),
    "np.linalg": callables(np.linalg),
    "np.random": callables(np.random),
    "ndarray": {n for n in dir(np.ndarray) if not n.startswith("_") and callable(getattr(np.ndarray, n))},
}
js = r"""
const { np } = require('./dist');
const x = np.zeros([1]);
const methods = new Set();
for (let p = Object.getPrototypeOf(x); p && p !== Object.prototype; p = Object.getPrototypeOf(p))
  for (const k of Object.getOwnPropertyNames(p)) methods.add(k);
console.log(JSON.stringify({ np: Object.keys(np), "np.linalg": Object.keys(np.linalg), "np.random": Object.keys(np.random), ndarray: [...methods] }));
"""
have = json.loads(subprocess.run(["node", "-e", js], capture_output=True, text=True, check=True).stdout)
total = covered = 0
for g, names in groups.items():
    h = set(have[g])
    hit = sorted(n for n in names if camel(n) in h or n in h)
    miss = sorted(n for n in names if not (camel(n) in h or n in h))
    total += len(names)
    covered += len(hit)
    print(f"{g:10s} {len(hit):4d} / {len(names):4d}")
    if "--missing" in sys.argv:
        print("   missing:", " ".join(miss))
print(f"{'all':10s} {covered:4d} / {total:4d} ({100 * covered / total:.0f} %)")
