"""Writes test/fixtures/glibc-pow.json: argument pairs and glibc's `pow` of them (through Python's
math.pow, which calls the C library), bit for bit, for test/np/random/glibc_pow.test.ts.

Format: "pow" is base64 of little-endian float64 triples (x, y, pow(x, y)); overflow is written as inf.
Run: python3 test/gen/glibc_pow_fixtures.py [count]   (default 12000; a larger count is a useful
one-off check: python3 test/gen/glibc_pow_fixtures.py 1000000 /tmp/big.json)
"""
import base64
import json
import math
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "test", "fixtures", "glibc-pow.json")

rng = random.Random(20261203)
pairs = []
for j in range(count):
    kind = j % 7
    if kind == 0:  # gamma (shape < 1) and beta: U^(1/shape)
        pairs.append((rng.random(), 1 / (0.001 + rng.random() * 3)))
    elif kind == 1:  # weibull: E^(1/a)
        pairs.append((-math.log(1 - rng.random()), 1 / rng.uniform(0.05, 5)))
    elif kind == 2:  # zipf's T = (1 + 1/X)^(a - 1)
        pairs.append((1 + 1 / rng.randint(1, 10**6), rng.uniform(0.1, 5)))
    elif kind == 3:  # zipf's U^(-1/(a - 1))
        pairs.append((rng.random(), -1 / rng.uniform(0.05, 3)))
    elif kind == 4:  # results down to the subnormal range
        pairs.append((rng.random(), rng.uniform(100, 2000)))
    elif kind == 5:  # zipf's b = 2^(a - 1)
        pairs.append((2.0, rng.uniform(0.01, 5)))
    else:  # general
        pairs.append((rng.random() * 10, rng.uniform(-3, 3)))
# Edges: subnormal base, tiny and huge exponents, exact cases.
pairs += [(5e-324, 0.5), (1e-310, 0.25), (0.5, 1e-20), (2.0, 1e-20), (0.5, 1e19), (3.0, -1e19), (4.0, 0.5), (10.0, 3.0), (0.0, 2.0), (2.0, 1024.0)]

values = []
for x, y in pairs:
    try:
        z = math.pow(x, y)
    except OverflowError:
        z = math.inf
    values += [x, y, z]
with open(out_path, "w") as f:
    json.dump({"pow": base64.b64encode(struct.pack("<%dd" % len(values), *values)).decode("ascii")}, f)
print("wrote", out_path, len(pairs), "pairs")
