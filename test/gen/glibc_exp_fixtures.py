"""Writes test/fixtures/glibc-exp.json: inputs and glibc's `exp` of them (through Python's math.exp,
which calls the C library), bit for bit, for test/np/random/glibc_exp.test.ts.

Format: "exp" is base64 of little-endian float64 pairs (x, exp(x)); overflow is written as inf.
Run: python3 test/gen/glibc_exp_fixtures.py [count]   (default 16000; a larger count is a useful
one-off check: python3 test/gen/glibc_exp_fixtures.py 1000000 /tmp/big.json)
"""
import base64
import json
import math
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 16000
out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "test", "fixtures", "glibc-exp.json")

rng = random.Random(20261202)
xs = []
for j in range(count):
    kind = j % 6
    if kind == 0:  # the range the samplers use most
        x = rng.uniform(-20, 20)
    elif kind == 1:
        x = rng.uniform(-1, 1)
    elif kind == 2:  # r * U in logseries, -E / a in power
        x = -rng.random() * rng.random() * 5
    elif kind == 3:  # the whole finite range, near-subnormal results included
        x = rng.uniform(-745, 709.7)
    elif kind == 4:  # tiny arguments
        x = rng.uniform(-1e-3, 1e-3)
    else:
        x = rng.gauss(0, 1)
    xs.append(x)
# Edges: subnormal results, overflow, the |x| >= 512 path, tiny |x|, zeros.
xs += [-745.2, -744.5, -740.0, -708.4, -708.39, 709.78, 709.8, 512.0, -512.0, 1023.0, -1080.0, 1e-17, -1e-300, 0.0, -0.0]

values = []
for x in xs:
    try:
        y = math.exp(x)
    except OverflowError:
        y = math.inf
    values += [x, y]
with open(out_path, "w") as f:
    json.dump({"exp": base64.b64encode(struct.pack("<%dd" % len(values), *values)).decode("ascii")}, f)
print("wrote", out_path, len(xs), "inputs")
