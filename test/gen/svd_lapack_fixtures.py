"""Writes test/fixtures/svd_lapack.json: numpy.linalg.svd(a) (u, s, vh) for float64 matrices, which
deepts reproduces bit for bit when min(m, n) <= 25 (src/np/linalg_lapack_svd.ts follows LAPACK dgesdd's
path and OpenBLAS's kernel rounding). Kinds: general, symmetric positive-definite, rank-deficient,
quarter-integer entries (ties, exact zeros), diagonal with ties, orthogonal, tiny and huge scales;
square, tall and wide, each both below and above dgesdd's QR/LQ threshold (larger side >= 11/6 of
the smaller); rectangular ones also with full_matrices=False ("reduced").

Run: python3 test/gen/svd_lapack_fixtures.py
"""
import json
import os

import numpy as np

from _common import ROOT
OUT = os.path.join(ROOT, "test", "fixtures", "svd_lapack.json")


def rectangular(rng, shape, count):
    """count tall (m > n) or wide matrices: general, rank-deficient, quarter-integer; the last one larger."""
    out = []
    for k in range(count):
        small = int(rng.integers(1, 9)) if k < count - 1 else int(rng.integers(15, 26))
        large = small + int(rng.integers(1, 2 * small + 4))
        m, n = (large, small) if shape == "tall" else (small, large)
        kind = ["general", "rank", "quarter"][k % 3]
        if kind == "general":
            a = rng.standard_normal((m, n))
        elif kind == "rank":
            r = max(1, small // 2)
            a = rng.standard_normal((m, r)) @ rng.standard_normal((r, n))
        else:
            a = np.round(rng.standard_normal((m, n)) * 4) / 4
        out.append((f"{shape} {kind}", a))
    return out


def matrices():
    rng = np.random.default_rng(15)
    out = []
    for k in range(80):
        n = int(rng.integers(1, 13)) if k < 72 else int(rng.integers(13, 26))
        kind = ["general", "spd", "rank", "quarter"][k % 4]
        if kind == "general":
            a = rng.standard_normal((n, n))
        elif kind == "spd":
            b = rng.standard_normal((n, n))
            a = b @ b.T
        elif kind == "rank":
            b = rng.standard_normal((n, max(1, n // 2)))
            a = b @ rng.standard_normal((max(1, n // 2), n))
        else:
            a = np.round(rng.standard_normal((n, n)) * 4) / 4
        out.append((kind, a))
    q, _ = np.linalg.qr(rng.standard_normal((5, 5)))
    out += [("diagonal ties", np.diag([3.0, 1.0, 3.0, 2.0])), ("orthogonal", q), ("zeros", np.zeros((3, 3))),
            ("tiny", rng.standard_normal((4, 4)) * 1e-120), ("huge", rng.standard_normal((4, 4)) * 1e120),
            ("upper triangular", np.triu(rng.standard_normal((6, 6)))), ("ones", np.ones((4, 4)))]
    out += rectangular(rng, "tall", 30)
    out += [("tall ones", np.ones((5, 2)))]
    out += rectangular(rng, "wide", 24)
    # dgesdd rescales when the largest |entry| is below 2^-459 or above 2^459
    out += [("tiny rescaled", rng.standard_normal((4, 3)) * 1e-200), ("huge rescaled", rng.standard_normal((3, 5)) * 1e250),
            ("subnormal rescaled", rng.standard_normal((3, 3)) * 1e-310)]
    return out


def main():
    cases = []
    for kind, a in matrices():
        u, s, vh = np.linalg.svd(a)
        case = {"kind": kind, "a": a.tolist(), "u": u.ravel().tolist(), "s": s.tolist(), "vh": vh.ravel().tolist()}
        if a.shape[0] != a.shape[1]:  # full_matrices=False: dgesdd's jobz 'S', other operations
            ur, sr, vhr = np.linalg.svd(a, full_matrices=False)
            case["reduced"] = {"u": ur.ravel().tolist(), "s": sr.tolist(), "vh": vhr.ravel().tolist()}
        cases.append(case)
    # Reduced factors only (a full U would be large): a data matrix, and more than 2048 rows, which
    # OpenBLAS's dgemv takes in blocks
    rng = np.random.default_rng(16)
    for kind, a in [("data matrix", rng.standard_normal((100, 3)) * [1.0, 5.0, 0.1]), ("long (dgemv row blocks)", rng.standard_normal((2060, 2)))]:
        ur, sr, vhr = np.linalg.svd(a, full_matrices=False)
        cases.append({"kind": kind, "a": a.tolist(), "reduced": {"u": ur.ravel().tolist(), "s": sr.tolist(), "vh": vhr.ravel().tolist()}})
    with open(OUT, "w") as fh:
        json.dump({"numpy": np.__version__, "cases": cases}, fh, separators=(",", ":"), allow_nan=False)
    print(f"wrote {OUT}: {len(cases)} cases")


if __name__ == "__main__":
    main()
