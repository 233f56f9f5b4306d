"""Writes test/fixtures/glibc-log.json: inputs and the C library's results for `log` (through
Python's math.log, which calls glibc's log) and `fma` (libm's fma via ctypes), bit for bit.

Format, to keep the file small: "log" is base64 of little-endian float64 pairs (x, log(x)); "fma" is
base64 of float64 quadruples (a, b, c, fma(a, b, c)).

Run: python3 test/gen/glibc_log_fixtures.py [count]   (count of log inputs, default 16000)
A larger count is a useful one-off check: python3 test/gen/glibc_log_fixtures.py 1000000 /tmp/big.json
"""
import base64
import ctypes
import json
import math
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 16000
out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "test", "fixtures", "glibc-log.json")

libm = ctypes.CDLL("libm.so.6")
libm.fma.restype = ctypes.c_double
libm.fma.argtypes = [ctypes.c_double] * 3
libm.log.restype = ctypes.c_double
libm.log.argtypes = [ctypes.c_double]


def pack(values):
    return base64.b64encode(struct.pack("<%dd" % len(values), *values)).decode("ascii")


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


rng = random.Random(20240601)
inputs = []
for j in range(count):
    kind = j % 8
    if kind in (0, 1, 2):  # (0, 1]: the r2 values of the polar method
        x = 1.0 - rng.random()
    elif kind == 3:  # (1, 2)
        x = 1.0 + rng.random()
        if x == 1.0:
            continue
    elif kind == 4:  # the close-to-1 polynomial range [1 - 2^-4, 1 + 0x1.09p-4)
        x = 0.9375 + rng.random() * 0.127197265625
    elif kind == 5:  # within a few ulps of 1
        x = from_bits(0x3FF0000000000000 + rng.randint(-2000, 2000))
    elif kind == 6:  # any positive finite double, subnormals included
        x = from_bits(rng.getrandbits(63))
        if not (0 < x < math.inf):
            continue
    else:  # small r2 values: products of two uniforms
        x = (1.0 - rng.random()) * (1.0 - rng.random()) * 2.0 ** -rng.randint(0, 60)
    inputs.append(x)

# Hard inputs: an unfused evaluation of the polynomial tail gets these wrong, so the test needs the
# emulated fused path to pass.
hard_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "glibc_log_hard_inputs.txt")
for line in open(hard_path):
    if line.strip() and not line.startswith("#"):
        inputs.append(float(line))

log_cases = []
for x in inputs:
    y = math.log(x)
    assert y == libm.log(x) or (math.isnan(y) and math.isnan(libm.log(x)))
    log_cases += [x, y]

# fma: random operands of mixed scales, plus near-halfway sums where two roundings differ from one.
fma_cases = []
for _ in range(1000):
    a = rng.uniform(-2, 2) * 2.0 ** rng.randint(-40, 40)
    b = rng.uniform(-2, 2) * 2.0 ** rng.randint(-40, 40)
    c = rng.choice([-1.0, 1.0, rng.uniform(-4, 4) * 2.0 ** rng.randint(-80, 80), -a * b])
    fma_cases += [a, b, c, libm.fma(a, b, c)]
for _ in range(1000):
    j = rng.randint(1, 52)  # j > 26: the product needs more than 53 bits
    m = rng.randint(-60, 60)
    a = (1 + rng.choice([1, -1]) * 2.0 ** -j) * rng.choice([1, -1])
    b = (1 - rng.choice([1, -1]) * 2.0 ** -j) * 2.0 ** m * rng.choice([1, -1])
    mant = rng.getrandbits(52) | (1 << 52)
    c = mant * 2.0 ** (m + 1 + rng.randint(-1, 1)) * rng.choice([1, -1])
    fma_cases += [a, b, c, libm.fma(a, b, c)]

with open(out_path, "w") as f:
    json.dump({"log": pack(log_cases), "fma": pack(fma_cases)}, f)
print("wrote", out_path, len(log_cases) // 2, "log cases,", len(fma_cases) // 4, "fma cases")
