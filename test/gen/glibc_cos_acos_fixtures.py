"""Writes test/fixtures/glibc-cos-acos.json: inputs and glibc's `cos` and `acos` of them (through
Python's math.cos and math.acos, which call the C library), bit for bit, for
test/np/random/glibc_cos_acos.test.ts.

Format: "cos" and "acos" are base64 of little-endian float64 pairs (x, f(x)).
Run: python3 test/gen/glibc_cos_acos_fixtures.py [count]   (default 20000 of each; a larger count is
a useful one-off check: python3 test/gen/glibc_cos_acos_fixtures.py 2000000 /tmp/big.json)
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
out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "test", "fixtures", "glibc-cos-acos.json")

rng = random.Random(20261205)


def log_uniform(lo_exp, hi_exp):
    """A double whose magnitude is spread evenly over the binades 2^lo_exp … 2^hi_exp."""
    return 2.0 ** rng.uniform(lo_exp, hi_exp)


cos_in = []
for j in range(count):
    kind = j % 8
    if kind < 5:  # what the von Mises sampler passes: pi * U with U a 53-bit double in [0, 1)
        cos_in.append(math.pi * rng.random())
    elif kind == 5:  # every branch, both signs: |x| < 0.855, < 2.426, reduced by pi/2
        cos_in.append(rng.choice([-1, 1]) * rng.uniform(0, 10))
    elif kind == 6:  # small arguments (the 2^-27 cut, the table's first points)
        cos_in.append(rng.choice([-1, 1]) * log_uniform(-30, 0))
    else:  # large arguments up to the end of the 136-bit reduction (105414350)
        cos_in.append(rng.choice([-1, 1]) * log_uniform(3, 26.6))
cos_in += [0.0, -0.0, 2.0 ** -27, 2.0 ** -28, 0.85546875, 0.8554687499999999, math.pi / 2, math.pi, -math.pi,
           2.426265, 2.4262650000000003, 2.42626, 0.126, 1e8, 105414349.0, math.pi * 0.9999999999999999]

acos_in = []
for j in range(count):
    kind = j % 6
    if kind < 2:  # uniform on [-1, 1]
        acos_in.append(rng.uniform(-1, 1))
    elif kind == 2:  # near +-1, where the sampler's w lands for large kappa: 1 - 2^-53 … 1 - 2^-5
        acos_in.append(rng.choice([-1, 1]) * (1 - log_uniform(-53, -5)))
    elif kind == 3:  # near 0, down past 2^-55 where acos returns pi/2
        acos_in.append(rng.choice([-1, 1]) * log_uniform(-60, -3))
    elif kind == 4:  # the sampler's w = (1 + s z) / (s + z) for kappa spread over 1e-5 … 1e4
        kappa = 10.0 ** rng.uniform(-5, 4)
        r = 1 + math.sqrt(1 + 4 * kappa * kappa)
        rho = (r - math.sqrt(2 * r)) / (2 * kappa)
        s = (1 + rho * rho) / (2 * rho)
        z = math.cos(math.pi * rng.random())
        acos_in.append((1 + s * z) / (s + z))
    else:  # the table's interval edges 0.125, 0.25, 0.5, 0.75, 0.921875, 0.953125, 0.96875
        edge = rng.choice([0.125, 0.25, 0.5, 0.75, 0.921875, 0.953125, 0.96875])
        acos_in.append(rng.choice([-1, 1]) * (edge + rng.uniform(-2 ** -12, 2 ** -12)))
acos_in += [0.0, -0.0, 1.0, -1.0, 0.9999999999999999, -0.9999999999999999, 2.0 ** -55, 2.0 ** -56,
            0.125, -0.125, 0.5, -0.5, 0.96875, -0.96875, 0.96874999999999999, 1e-300]
acos_in = [x for x in acos_in if -1 <= x <= 1]


def pairs(f, xs):
    values = []
    for x in xs:
        values += [x, f(x)]
    return base64.b64encode(struct.pack("<%dd" % len(values), *values)).decode("ascii")


with open(out_path, "w") as f:
    json.dump({"cos": pairs(math.cos, cos_in), "acos": pairs(math.acos, acos_in)}, f)
print("wrote", out_path, len(cos_in), "cos and", len(acos_in), "acos inputs")
