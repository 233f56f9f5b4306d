#!/usr/bin/env python3
"""Derives the polynomial coefficients used in asm/math.ts (Chebyshev fits with mpmath) and reports
each fit's error as it enters the result. Run: python3 asm/fit_coefficients.py

  exp:  e^r  = 1 + r + r^2 q(r),        |r| <= ln2/512,               q of degree 2, with the table
        T[j] = 2^(j/256) as a sum of two doubles (e^x = 2^k T[j] e^r for x = (256k + j) ln2/256 + r)
        and ln2/256 split in two
  log:  ln m = 2s (1 + z q(z)),         z = s^2, s = (m-1)/(m+1), m in [sqrt(1/2), sqrt(2)], q of degree 6
  tanh: tanh x = x (1 + z q(z)),        z = x^2, |x| < 0.4,            q of degree 8
"""
import mpmath as mp

mp.mp.dps = 60


def fit(f, a, b, degree):
    poly, _ = mp.chebyfit(f, [a, b], degree + 1, error=True)
    return [float(c) for c in reversed(poly)]  # c0 + c1 t + ...


def worst(err, a, b, n=4001):
    return max(abs(err(a + (b - a) * mp.mpf(i) / (n - 1))) for i in range(n))


def horner(c, t):
    acc = mp.mpf(0)
    for v in reversed(c):
        acc = acc * t + mp.mpf(v)
    return acc


# exp
L = mp.log(2) / 512 * mp.mpf("1.00001")
qe = lambda r: (mp.exp(r) - 1 - r) / r**2 if r != 0 else mp.mpf(1) / 2
ce = fit(qe, -L, L, 2)
# 2^(j/256) as hi + lo (hi rounded once, lo the rest rounded); ln2/256 as a high part of 34
# significant bits (n * high is exact for the |n| < 2^19 that |x| <= 746, expFull's clamp, gives)
# and the rest
table = []
for j in range(256):
    t = mp.power(2, mp.mpf(j) / 256)
    table += [float(t), float(t - mp.mpf(float(t)))]
ln2_256 = mp.log(2) / 256
m, e = mp.frexp(ln2_256)
hi = float(mp.ldexp(mp.floor(mp.ldexp(m, 34)), e - 34))
lo = float(ln2_256 - hi)
ee = worst(lambda r: (1 + r + r * r * horner(ce, r) - mp.exp(r)) / mp.exp(r), -L, L)

# log
s_max = (mp.sqrt(2) - 1) / (mp.sqrt(2) + 1)
Z = s_max**2 * mp.mpf("1.0001")
g = lambda z: (mp.atanh(mp.sqrt(z)) / mp.sqrt(z) - 1) / z if z > 0 else mp.mpf(1) / 3
cl = fit(g, 0, Z, 6)
el = worst(lambda z: (1 + z * horner(cl, z)) / (mp.atanh(mp.sqrt(z)) / mp.sqrt(z)) - 1 if z > 0 else mp.mpf(0), 0, Z)

# tanh
T = mp.mpf("0.4") * mp.mpf("1.0001")
h = lambda z: (mp.tanh(mp.sqrt(z)) / mp.sqrt(z) - 1) / z if z > 0 else -mp.mpf(1) / 3
ct = fit(h, 0, T * T, 8)
et = worst(lambda z: (1 + z * horner(ct, z)) / (mp.tanh(mp.sqrt(z)) / mp.sqrt(z)) - 1 if z > 0 else mp.mpf(0), 0, T * T)

for name, c, e in [("exp q(r)", ce, ee), ("log q(z)", cl, el), ("tanh q(z)", ct, et)]:
    print(f"{name}: relative error of the fitted formula <= {mp.nstr(e, 3)}")
    print("  " + ", ".join(repr(v) for v in c))

print(f"exp: 256/ln2 = {float(256 / mp.log(2))!r}, ln2/256 = {hi!r} + {lo!r}")
print("exp table 2^(j/256) = hi + lo, pairs hi, lo for j = 0..255:")
print("  " + ", ".join(repr(v) for v in table))
