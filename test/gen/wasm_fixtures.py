#!/usr/bin/env python3
"""numpy's answers for the WebAssembly kernel tests (test/np/wasm/).

Run from the repository root:  python3 test/gen/wasm_fixtures.py  -> test/fixtures/wasm.json
(with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset, numpy's default kernels: the small products'
last bits depend on the kernel, and the committed file was made that way)

Inputs are either listed here or made by a formula both sides compute identically in IEEE double
(fill(n, seed): ((i*7919 + seed*104729) % 2001) / 1000 - 1, i = 0..n-1), so the fixture holds only
numpy's outputs. Special numbers are encoded as the strings "nan", "inf", "-inf" and "-0".
"""
import json
import math
import os

import numpy as np

from _common import enc_num


def encs(a):
    return [enc_num(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def fill(n, seed):
    i = np.arange(n, dtype=np.int64)
    return ((i * 7919 + seed * 104729) % 2001).astype(np.float64) / 1000 - 1


EDGE = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
        1e-300, -1e-300, 1e-20, -1e-20, 1e-8, 0.1, 0.3, 0.39999999999999997, 0.4, 0.40000000000000002, 0.5, 0.7,
        1.0, -1.0, 2.0, -2.0, math.e, 10.0, -10.0, 19.0, 20.0, 21.0, 100.0, 300.0, 354.0, 700.0, 708.0, 708.4,
        709.0, 709.78, 709.782712893384, 709.79, 710.0, 745.0, 800.0, -700.0, -708.0, -708.4, -709.0, -740.0,
        -744.4, -745.0, -745.1332191019411, -745.2, -746.0, -800.0, 1e300, -1e300, 1.7976931348623157e308,
        -1.7976931348623157e308, 0.6931471805599453, 1.4142135623730951, 0.7071067811865476, 1 + 2**-52, 1 - 2**-53]


def sweep():
    xs = list(EDGE)
    xs += list(np.linspace(-750, 750, 601))
    xs += list(np.linspace(-25, 25, 401))
    xs += list(np.linspace(-1, 1, 201))
    xs += list(np.geomspace(1e-310, 1e308, 401))
    xs += list(-np.geomspace(1e-310, 1e308, 21))
    return np.array(xs, dtype=np.float64)


def main():
    out = {"numpy": np.__version__}
    x = sweep()
    unary = {}
    with np.errstate(all="ignore"):
        for name, f in [("exp", np.exp), ("log", np.log), ("tanh", np.tanh), ("sqrt", np.sqrt),
                        ("absolute", np.absolute), ("negative", np.negative), ("square", np.square),
                        ("reciprocal", np.reciprocal)]:
            unary[name] = encs(f(x))
    out["unary"] = {"x": encs(x), "ops": unary}

    # exp's rounding: e^x correctly rounded (mpmath, 40 digits) at points spread over the fast path's
    # range |x| <= 708 and over [-5, 5], for the share of results that are not (numpy's own exp: 4-5 %)
    import mpmath as mp
    mp.mp.dps = 40
    rng = np.random.default_rng(20261203)
    xr = np.concatenate([rng.uniform(-708, 708, 2000), rng.uniform(-5, 5, 2000)])
    exact = np.array([float(mp.exp(mp.mpf(float(v)))) for v in xr])
    out["exp_rounding"] = {"x": encs(xr), "exact": encs(exact), "numpy_not_rounded": float(np.mean(np.exp(xr) != exact))}

    # binary ops with the layouts broadcasting produces; a and b are named operands below
    ops = [("add", np.add), ("subtract", np.subtract), ("multiply", np.multiply), ("divide", np.divide),
           ("maximum", np.maximum), ("minimum", np.minimum)]
    special = np.array([0.0, -0.0, 1.0, -1.0, math.nan, math.inf, -math.inf, 2.5, -0.0, 0.0, math.nan, 3.0])
    cases = []

    def case(name, a, b, note):
        a = np.asarray(a, dtype=np.float64)
        b = np.asarray(b, dtype=np.float64)
        with np.errstate(all="ignore"):
            res = {op: encs(f(a, b)) for op, f in ops}
        cases.append({"name": name, "note": note, "shape": list(np.broadcast_shapes(a.shape, b.shape)), "expect": res})

    A = fill(9 * 13, 1).reshape(9, 13)
    case("contiguous", A, fill(9 * 13, 2).reshape(9, 13), "a=fill(117,1).reshape(9,13), b=fill(117,2).reshape(9,13)")
    case("row broadcast", A, fill(13, 3).reshape(1, 13), "b=fill(13,3).reshape(1,13)")
    case("column broadcast", A, fill(9, 4).reshape(9, 1), "b=fill(9,4).reshape(9,1)")
    case("scalar right", A, np.float64(0.375), "b=0.375")
    case("scalar left", np.float64(-1.25), A, "a=-1.25, b=A")
    case("transposed left", fill(13 * 9, 5).reshape(13, 9).T, A, "a=fill(117,5).reshape(13,9).T, b=A")
    case("transposed right", A, fill(13 * 9, 6).reshape(13, 9).T, "b=fill(117,6).reshape(13,9).T")
    case("X.T + X", fill(11 * 11, 7).reshape(11, 11).T, fill(11 * 11, 7).reshape(11, 11), "a=X.T, b=X, X=fill(121,7).reshape(11,11)")
    case("sliced", fill(20 * 25, 8).reshape(20, 25)[1::2, 3:20], fill(10 * 17, 9).reshape(10, 17), "a=fill(500,8).reshape(20,25)[1::2, 3:20], b=fill(170,9).reshape(10,17)")
    case("3-d broadcast", fill(3 * 1 * 25, 10).reshape(3, 1, 25), fill(4 * 25, 11).reshape(4, 25), "a=fill(75,10).reshape(3,1,25), b=fill(100,11).reshape(4,25)")
    sp = np.tile(special, 12)
    case("specials", sp, np.roll(sp, 3), "a=tile(special,12), b=roll(a,3)")
    out["binary"] = {"special": encs(special), "cases": cases}

    # sums: values spread over many magnitudes so the summation order shows in the last bits
    def spread(n, seed):
        # exact on both sides: scaling by 2^k, k an integer in [-30, 30]
        return np.ldexp(fill(n, seed), np.rint(fill(n, seed + 50) * 30).astype(np.int64))

    S = spread(37 * 300, 12).reshape(37, 300)
    T3 = spread(3 * 130 * 7, 13).reshape(3, 130, 7)
    V = spread(100003, 14)
    out["sum"] = {
        "S_axis0": encs(S.sum(axis=0)), "S_axis1": encs(S.sum(axis=1)), "S_all": enc_num(S.sum()),
        "T3_axis1": encs(T3.sum(axis=1)), "V_all": enc_num(V.sum()),
        "ST_axis0": encs(S.T.sum(axis=0)),
        # mean and var are sums in the same order, then divisions
        "S_mean_axis0": encs(S.mean(axis=0)), "S_mean_axis1": encs(S.mean(axis=1)), "V_mean": enc_num(V.mean()),
        "S_var_axis1": encs(S.var(axis=1)), "S_std_axis0": encs(S.std(axis=0)),
    }

    # small products (big ones are checked against a plain loop in the test)
    mm = []
    for (m, k, n) in [(1, 1, 1), (1, 7, 1), (3, 5, 7), (4, 4, 4), (5, 1, 9), (33, 65, 17)]:
        a = fill(m * k, 20).reshape(m, k)
        b = fill(k * n, 21).reshape(k, n)
        mm.append({"m": m, "k": k, "n": n, "expect": encs(a @ b)})
    out["matmul"] = mm

    path = os.path.join(os.path.dirname(__file__), "..", "fixtures", "wasm.json")
    with open(path, "w") as fh:
        json.dump(out, fh, separators=(",", ":"))
        fh.write("\n")
    print("wrote", os.path.normpath(path), os.path.getsize(path), "bytes")


if __name__ == "__main__":
    main()
