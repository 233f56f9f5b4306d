"""Writes test/fixtures/glibc-log1p.json: inputs and glibc's `log1p` of them (through Python's
math.log1p, which calls the C library), bit for bit, for test/np/random/glibc_log1p.test.ts.

Format: "log1p" is base64 of little-endian float64 pairs (x, log1p(x)).
Run: python3 test/gen/glibc_log1p_fixtures.py [count]   (default 20000; a larger count is a useful
one-off check: python3 test/gen/glibc_log1p_fixtures.py 1000000 /tmp/big.json)
"""
import base64
import json
import math
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "test", "fixtures", "glibc-log1p.json")

rng = random.Random(20261204)
xs = []
for j in range(count):
    kind = j % 5
    if kind in (0, 1, 2):  # -U: what the Rayleigh and geometric samplers pass
        xs.append(-rng.random())
    elif kind == 3:  # both reduction branches around 0
        xs.append(rng.uniform(-0.3, 0.5))
    else:  # large and tiny arguments
        xs.append(rng.uniform(0, 1e6) if j % 2 else rng.uniform(-1e-6, 1e-6))
xs += [-1.0, -0.9999999999999999, 0.0, -0.0, 1e-300, -2.0 ** -30, 2.0 ** 60, 1.0, 0.41421356]

values = []
for x in xs:
    values += [x, math.log1p(x) if x > -1 else -math.inf]
with open(out_path, "w") as f:
    json.dump({"log1p": base64.b64encode(struct.pack("<%dd" % len(values), *values)).decode("ascii")}, f)
print("wrote", out_path, len(xs), "inputs")
