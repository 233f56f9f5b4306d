#!/usr/bin/env python3
"""numpy (2.4.x) answers for issue 15's indexing, searching, creation, shape and reduction breadth:
test/fixtures/np/<group>.json for the groups searching, selecting, index-grids, triangles, sequences,
joining, cumulative, nan-quantiles, unique-sets, predicates, apply, windows, float-parts,
conversions and ndarray-more (test/np/index-breadth.test.ts runs them), plus
test/fixtures/np/sharing.json (may_share_memory / shares_memory on views of one array, which the
case format cannot express).

Run from the repository root:  python3 test/gen/np_index_fixtures.py
The case format, the argument helpers and the writer are np_fixtures.py's. Functions passed as
arguments are Fn(name, python function): the fixture names them and the test file registers the
JavaScript counterpart under the same name. Each function gets several cases, among them an input
numpy refuses (its message is the expectation).
"""
import json
import os
import sys

import numpy as np

from np_fixtures import A, OUT, S, Step, ar, case, rint, rnd, write

F = float("nan")
INF = float("inf")


class Fn:
    """A function argument: numpy gets `py`, the fixture records {"fn": name}."""

    def __init__(self, name, py):
        self.name, self.py = name, py

    def fixture_enc(self):
        return {"fn": self.name}

    def fixture_dec(self):
        return self.py

    def desc(self):
        return self.name


x6 = ar(6, shape=(2, 3))
x12 = ar(12, shape=(3, 4))
x24 = ar(24, shape=(2, 3, 4))
f23 = A([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
i32 = A([[3, -1, 4], [1, -5, 9]], "int32")
b3 = A([True, False, True], "bool")
empty = A(np.zeros((0, 3)))
TOL = 1e-12


def g_searching():
    g = "searching"
    for x in (A([[0, 1], [2, 0]], "int64"), f23, A([0.0, F, -0.0, 2.0]), b3, x24, A(np.zeros((2, 0))), A(3.5), A(0.0), [0, 1, 1], A(np.zeros(3))):
        case(g, "argwhere", x)
        case(g, "flatnonzero", x)
    srt = A([1.0, 2.0, 2.0, 3.5, 7.0, F])
    for a, v, kw in ((srt, 2, {}), (srt, 2, {"side": "right"}), (srt, A([0.0, 2.0, 3.0, 9.0, F, INF]), {}), (srt, A([0.0, 2.0, 3.0, 9.0, F]), {"side": "right"}),
                     (ar(5), A([[1, 7], [-1, 3]], "int64"), {}), (A([1, 2, 3], "int32"), 2.5, {}), (A([], "float64"), A([1.0, 2.0]), {}),
                     (A([3.0, 1.0, 2.0]), A([2.5, 0.0]), {"sorter": [1, 2, 0]}), (srt, 2, {"side": "middle"}), (x6, 2, {}), ([1, 2, 3], [2, 3], {}),
                     (b3, A([True], "bool"), {}), (A([1.5, 2.5], "float32"), A([2.0], "float32"), {})):
        case(g, "searchsorted", a, v, **kw)
    case(g, ".searchsorted", srt, 3)
    case(g, ".searchsorted", ar(5), [1, 3], side="right")
    p = A([7.0, 1.0, 5.0, F, 3.0, 9.0, -2.0, 3.0])
    pi = A([[5, -1, 3, 3, 8], [0, 9, -7, 2, 2]], "int64")
    for fn in ("partition", "argpartition"):
        for x, k, kw in ((p, 3, {}), (p, [1, 5], {}), (p, -1, {}), (p, 0, {}), (pi, 2, {}), (pi, 1, {"axis": 0}), (pi, [0, 4], {"axis": -1}),
                         (pi, 6, {"axis": None}), (x24, 1, {"axis": 1}), (A([2, 1], "int32"), 1, {}), (A([3.5, 1.5, 2.5], "float32"), 1, {}),
                         (p, 8, {}), (p, -9, {}), (pi, 2, {"axis": 2}), (A(3.0), 0, {}), (b3, 1, {})):
            case(g, fn, x, k, **kw)
    case(g, ".argpartition", p, 2)
    case(g, "inplace:.partition", A([7.0, 1.0, 5.0, 3.0]), 2)
    case(g, "inplace:.partition", pi, 1, axis=0)
    for keys, kw in (([[1, 5, 1, 4], [9, 4, 0, 4]], {}), ([A([1.5, F, 0.5, 2.0]), A([1, 1, 1, 0], "int64")], {}), (A([[3, 1, 2], [1, 1, 1]], "int64"), {}),
                     ([A([[3, 1], [2, 2]], "int64"), A([[1, 1], [0, 1]], "int64")], {"axis": 0}), ([A([[3, 1], [2, 2]], "int64")], {}), ([[1, 2], [3]], {}),
                     ([], {}), ([b3, A([2, 1, 2], "int32")], {}), ([A([], "float64")], {})):
        case(g, "lexsort", keys, **kw)


def g_selecting():
    g = "selecting"
    ch = [A([10, 11, 12, 13], "int64"), A([20, 21, 22, 23], "int64"), A([30, 31, 32, 33], "int64")]
    for a, c, kw in (([2, 0, 1, 1], ch, {}), (A([[0, 2], [1, 0]], "int64"), [A([[1.5, 2.5]]), A([-1, -2], "int32"), 7], {}), ([0, 3, 5, -1], ch, {"mode": "wrap"}),
                     ([0, 3, 5, -1], ch, {"mode": "clip"}), ([0, 3], ch, {}), ([0, -1], ch, {}), ([0, 1], [[1, 2], [3, 4, 5]], {}), (A([0.0, 1.0]), ch, {}),
                     (A(1), ch, {}), (A([1, 0], "int32"), [b3.a[:2].tolist(), [False, False]], {})):
        case(g, "choose", a, c, **kw)
    case(g, ".choose", A([2, 0, 1], "int64"), [A([1, 2, 3], "int64"), A([4, 5, 6], "int64"), A([7, 8, 9], "int64")])
    for cond, a, kw in (([False, True, True], [[1, 2], [3, 4], [5, 6]], {"axis": 0}), ([True, False], x6, {"axis": 1}), ([True, False, True, False, False, True], x6, {}),
                        ([0, 1], x24, {"axis": -1}), (b3, f23, {"axis": 1}), ([], x6, {"axis": 0}), ([True, False, True, True], [1, 2, 3], {}),
                        ([[True, False]], [1, 2, 3], {}), ([True, True], x6, {"axis": 2})):
        case(g, "compress", cond, a, **kw)
    case(g, ".compress", x6, [False, True], axis=0)
    case(g, ".compress", x6, [True, False, True])
    for cond, arr in ((A(np.arange(6).reshape(2, 3) > 2), x6), (A([1, 0, 2, 0], "int64"), A([1.5, 2.5, 3.5, 4.5])), ([True, False, True], [[1, 2, 3]]),
                      (A(np.zeros((2, 3), bool)), x6), ([True, True, True, True], [1, 2, 3]), (b3, A([1, 2, 3], "int32"))):
        case(g, "extract", cond, arr)
    xs = ar(6)
    lt3, gt4 = A(np.arange(6) < 3), A(np.arange(6) > 4)
    for cl, chs, args in (([lt3, gt4], [xs, A(np.arange(6) * 10)], (42,)), ([lt3, gt4], [xs, A(np.arange(6) * 10)], ()), ([lt3], [A(np.arange(6) * 0.5)], (-1,)),
                          ([lt3, A(np.arange(6) < 5)], [1, 2], (0,)), ([A([[True], [False]])], [ar(3)], (A([9.5, 8.5, 7.5]),)), ([lt3], [A(np.arange(6), "int32")], (2.5,)),
                          ([], [], ()), ([[1, 0]], [[1, 2]], ()), ([lt3], [xs, xs], ()), ([lt3], [xs], (A([1, 2], "int64"),))):
        case(g, "select", cl, chs, *args)
    for arr, mask, vals in ((ar(6), A(np.arange(6) > 2), [44, 55]), (A(np.arange(6.0)).a.reshape(2, 3), A([[True, False, True], [False, True, False]]), [-1.5]),
                            (ar(4), [1, 0, 1, 1], A([7.9, 8.1])), (ar(3), [1, 0, 1], []), (ar(3), [1, 0], [1]), (ar(3), [0, 0, 0], [])):
        case(g, "inplace:place", A(arr) if not isinstance(arr, A) else arr, mask, vals)
    for a, ind, v, kw in ((ar(5), [0, 2], [-44, -55], {}), (x6, [5, 0, 1], 9, {}), (x6, [-1], [7], {}), (ar(5), [1, 2, 3], [7, 8], {}), (ar(5), [7, -9], [1, 2], {"mode": "wrap"}),
                          (ar(5), [7, -9], [1, 2], {"mode": "clip"}), (ar(3), [5], 1, {}), (ar(3), [5], [], {}), (A([1.5, 2.5]), [0], [True], {}), (ar(3), [1], [2.7], {}),
                          (ar(3), A([0.0]), [1], {})):
        case(g, "inplace:put", a, ind, v, **kw)
    case(g, "inplace:.put", ar(5), [1, 3], [-1, -2])
    for a, m, v in ((ar(6), A(np.arange(6) > 2), [10, 20]), (x6, A(np.arange(6).reshape(2, 3) % 2 == 0), -1), (f23, A(f23.a > 0), A([9.5, 8.5, 7.5])),
                    (ar(3), [1, 0], 2), (ar(4), [True, False, True, True], A([5, 6, 7], "int32"))):
        case(g, "inplace:putmask", a, m, v)
    arr = A([[10, 30, 20], [60, 40, 50]], "int64")
    for a, idx, kw in ((arr, A(np.argsort(arr.a, axis=1)), {"axis": 1}), (arr, A([[0], [1]], "int64"), {"axis": 1}), (arr, A([[1, 0, 1]], "int64"), {"axis": 0}),
                       (arr, A([[0, -1]], "int64"), {"axis": 1}), (arr, A([[0], [1]], "int64"), {}), (arr, A([5, 0], "int64"), {"axis": None}),
                       (x24, A(np.zeros((2, 1, 4), int)), {"axis": 1}), (arr, A([0, 1], "int64"), {"axis": 1}), (arr, A([[0.5]]), {"axis": 1}),
                       (arr, A([[0, 2]], "int64"), {"axis": None}), (arr, A([[0, 5]], "int64"), {"axis": 1}), (f23, A([[2], [0]], "int32"), {"axis": -1})):
        case(g, "takeAlongAxis", a, idx, **kw)
    for a, idx, v, kw in ((arr, A([[0], [1]], "int64"), 99, {"axis": 1}), (arr, A([[1, 0, 1]], "int64"), A([[7, 8, 9]], "int64"), {"axis": 0}),
                          (f23, A([[2], [0]], "int64"), A([[-1.5], [2.5]]), {"axis": 1}), (arr, A([5, 0], "int64"), 0, {"axis": None}), (arr, A([0, 1], "int64"), 1, {"axis": 1})):
        case(g, "inplace:putAlongAxis", a, idx, v, **kw)
    for d, s, kw in ((A(np.zeros(3)), [1, 2, 3], {"where": [True, False, True]}), (A(np.zeros((2, 3))), ar(3), {}), (A(np.zeros(3, int)), A(np.ones(3)), {}),
                     (A(np.zeros(3, int)), 2.5, {}), (A(np.zeros(3, int)), 7, {}), (A(np.zeros(3)), A(np.ones(2)), {}), (A(np.zeros(3, int)), A([1.7, -2.5, 3.0]), {"casting": "unsafe"}),
                     (A(np.zeros(3, "int32")), ar(3), {}), (A(np.zeros(3, "float32")), A([1.5, 2.5, 3.5]), {}), (A(np.zeros(3, bool)), ar(3), {}),
                     (A(np.zeros(2)), A([True, False]), {}), (A(np.zeros(3, int)), A([1, 2, 3], "int32"), {"casting": "no"}), (A(np.zeros((2, 2))), 5, {"where": A([[True], [False]])})):
        case(g, "inplace:copyto", d, s, **kw)
    for a, v, kw in ((A(np.zeros((3, 3), int)), 5, {}), (A(np.zeros((5, 3))), [1, 2], {}), (A(np.zeros((5, 3))), 7, {"wrap": True}), (A(np.zeros((3, 5))), 4, {}),
                     (A(np.zeros((3, 3, 3), int)), 1, {}), (A(np.zeros((2, 2, 3))), 1, {}), (A(np.zeros(3)), 1, {}), (A(np.zeros((3, 3), int)), 2.5, {})):
        case(g, "inplace:fillDiagonal", a, v, **kw)


def g_index_grids():
    g = "index-grids"
    for args in (([0, 1], [2, 4]), ([1, 2], [True, False, True]), ([],), (A([2, 0], "int32"), [1], [0, 1, 2]), ([[1]],), (b3,)):
        case(g, "ix_", *args)
    for dims, kw in (((2, 3), {}), ((2, 3), {"sparse": True}), ((3,), {}), ((), {}), ((2, 0), {}), ((2, 2), {"dtype": "float64"}), ((2, 1, 2), {}), ((-1, 2), {})):
        case(g, "indices", list(dims), **kw)
    for args in ((3,), (2, 3), (0,), (4, 1)):
        case(g, "diagIndices", *args)
    for x in (A(np.zeros((2, 2))), A(np.zeros((3, 3, 3))), A(np.zeros(3)), A(np.zeros((2, 3)))):
        case(g, "diagIndicesFrom", x)
    for fn in ("trilIndices", "triuIndices"):
        for args, kw in (((3,), {}), ((3, 1), {}), ((3, -1), {}), ((4,), {"m": 2}), ((2,), {"k": 1, "m": 4}), ((0,), {}), ((3, 5), {})):
            case(g, fn, *args, **kw)
    for fn in ("trilIndicesFrom", "triuIndicesFrom"):
        for x, args in ((A(np.zeros((2, 3))), ()), (A(np.zeros((3, 3))), (1,)), (A(np.zeros((4, 2))), (-1,)), (A(np.zeros(3)), ())):
            case(g, fn, x, *args)
    for n, f, k in ((3, "triu", 1), (3, "tril", 0), (4, "triu", -1), (2, "tril", -1)):
        case(g, "maskIndices", n, Fn(f, getattr(np, f)), k)
    for mi, dims, kw in (([[3, 6, 6], [4, 5, 1]], [7, 6], {}), ([[3, 6, 6], [4, 5, 1]], [7, 6], {"order": "F"}), ([[3, 6, 6], [4, 5, 1]], [4, 6], {"mode": "clip"}),
                         ([[3, 6, 6], [4, 5, 1]], [4, 4], {"mode": ["clip", "wrap"]}), ([1, 2], [3, 4], {}), ([[1, 5], [2, 0]], [3, 4], {}),
                         ([[1], [2]], [3, 4, 5], {}), ([A([[1, 2], [0, 1]], "int64"), 3], [3, 4], {}), ([[-1], [0]], [3, 4], {"mode": "wrap"}), ([[0.5], [1]], [3, 4], {})):
        case(g, "ravelMultiIndex", mi, dims, **kw)
    for idx, shape, kw in (([22, 41, 37], [7, 6], {}), ([22, 41, 37], [7, 6], {"order": "F"}), (5, [2, 3], {}), (A([[0, 5], [3, 11]], "int64"), [3, 4], {}), (12, [3, 4], {}),
                           ([-1], [3, 4], {}), (A([1.5]), [3, 4], {}), (7, 8, {}), (A([], "int64"), [2, 2], {}), (A([3, 4], "int32"), [5], {})):
        case(g, "unravelIndex", idx, shape, **kw)


def g_triangles():
    g = "triangles"
    for args, kw in (((3,), {}), ((3, 4), {"k": 1, "dtype": "int64"}), ((2, 4), {"k": -1}), ((4, 2), {}), ((0,), {}), ((3,), {"dtype": "bool"}), ((3, None), {"k": 5}), ((-1,), {})):
        case(g, "tri", *args, **kw)
    for fn in ("tril", "triu"):
        for x, args in ((ar(9, shape=(3, 3)), ()), (ar(9, shape=(3, 3)), (-1,)), (ar(9, shape=(3, 3)), (1,)), (x12, ()), (x12, (2,)), (x24, ()), (x24, (-1,)),
                        (f23, ()), (ar(3), ()), (A(np.ones((3, 2), bool)), ()), (A(3.0), ()), (i32, (1,)), ([[1, 2], [3, 4]], ())):
            case(g, fn, x, *args)
    for x, args, kw in ((ar(3), (), {}), (ar(3), (3,), {}), ([1, 2, 3], (2,), {"increasing": True}), (A([1.5, -2.0, 0.5]), (4,), {}), (b3, (), {}), (A([2, 3], "int32"), (3,), {}),
                        (A([1.5, 2.5], "float32"), (), {}), (ar(3), (0,), {}), (A([], "int64"), (), {}), (x6, (), {}), ([1, 2], (-1,), {})):
        case(g, "vander", x, *args, **kw)
    for v, args in (([[1, 2], [3, 4]], ()), ([1, 2], (1,)), ([1, 2], (-2,)), (A([1.5, 2.5]), ()), (b3, ()), (A(5), ())):
        case(g, "diagflat", v, *args)


def g_sequences():
    g = "sequences"
    for args, kw in (((0, 3, 4), {}), ((0, 3, 3), {"base": 2}), ((0, 2, 5), {"endpoint": False}), ((1, -1, 3), {}), ((2, 3, 1), {}), ((0, 1, 0), {}), ((-1, 2), {}),
                     ((0.5, 2.5, 3), {"base": 3}), ((0, 2, 3), {"dtype": "int64"}), ((0, 1, -1), {})):
        case(g, "logspace", *args, tol=TOL, **kw)
    for args, kw in (((1, 1000, 4), {}), ((1, 256, 9), {}), ((-1, -1000, 4), {}), ((1000, 1, 4), {}), ((1, 2, 5), {"endpoint": False}), ((0.5, 8), {}),
                     ((1, 1000, 1), {}), ((1, 1000, 0), {}), ((2, 32, 5), {"dtype": "int64"}), ((0, 2, 3), {}), ((3, 0, 3), {})):
        case(g, "geomspace", *args, tol=TOL, **kw)
    for fn, shape, kw in ((Fn("add", np.add), [2, 3], {}), (Fn("add", np.add), [2, 3], {"dtype": "int64"}), (Fn("multiply", np.multiply), [3, 3], {"dtype": "int32"}),
                          (Fn("equal", np.equal), [3, 3], {"dtype": "int64"}), (Fn("negative", np.negative), [4], {})):
        case(g, "fromfunction", fn, shape, **kw)


def g_joining():
    g = "joining"
    e2, z21, o12, f11 = A(np.eye(2)), A(np.zeros((2, 1))), A(np.ones((1, 2))), A([[5.0]])
    for arrays in ([[e2, z21], [o12, f11]], [1, 2, 3], [ar(2), ar(3)], [[ar(2)], [ar(2)]], [[1, 2], [3, 4]], [[[1]], [[2]]], [x6, x6], [[x6, x6], [x6, x6]],
                   [A(1.5), A([2, 3], "int32")], ar(3), 5, [[1, 2], 3], [], [[], [1]], [[ar(2), ar(3)], [ar(2)]], [x24, x24], [[x6], [ar(3)]]):
        case(g, "block", arrays)
    for arrs, kw in (([[1, 2], [3]], {}), ([x6, x6], {"axis": 1}), ([x6, ar(3)], {}), ([[1], [2]], {"axis": None}), ([x6, f23], {"axis": -1})):
        case(g, "concat", arrs, **kw)
    for tup in ([[1, 2], [3, 4]], [x6, ar(3)], [A(1.5), A(2.5)], [x6, ar(2)]):
        case(g, "rowStack", tup)
    for x, kw in ((x6, {}), (x6, {"axis": 1}), (x24, {"axis": -1}), (ar(3), {}), (A(2), {}), (x6, {"axis": 2}), (empty, {"axis": 1})):
        case(g, "unstack", x, **kw)
    for a, shape in ((ar(3), [2, 4]), (x6, [4]), (x6, 2), (A([1.5, 2.5]), [3, 3]), (A(np.zeros(0)), [2, 2]), (ar(3), [0]), (ar(3), [-1, 2]), (b3, [2, 2]), ([1, 2, 3], [5])):
        case(g, "resize", a, shape)
    for x, args in ((A(np.zeros((3, 4, 5, 6))), (3, 1)), (A(np.zeros((3, 4, 5, 6))), (2,)), (A(np.zeros((3, 4, 5, 6))), (1, 4)), (A(np.zeros((3, 4, 5, 6))), (-1, -3)),
                    (x24, (0, 3)), (x24, (0, 5)), (x24, (0, -5)), (x24, (3, 0)), (x24, (1, 1)), (x24, (1, 2))):
        case(g, "rollaxis", x, *args)
    for x, axes in ((x24, [2, 0, 1]), (x6, [1, 0]), (x6, [0]), (x6, [0, 0]), (ar(3), [0])):
        case(g, "permuteDims", x, axes)
    for x, args, kw in ((A([0, 0, 1, 0, 2, 0], "int64"), (), {}), (A([0, 0, 1, 0, 2, 0], "int64"), ("f",), {}), (A([0, 0, 1, 0, 2, 0], "int64"), ("b",), {}),
                        (A([0.0, -0.0, 1.5, 0.0]), (), {}), (A(np.zeros(3)), (), {}), (A([[0, 0, 0], [0, 1, 0], [0, 0, 0]], "int64"), (), {}),
                        (A([[0, 0, 0], [0, 1, 2], [0, 0, 0]], "int64"), (), {"axis": 0}), (A([[0, 0, 0], [0, 1, 2], [0, 0, 0]], "int64"), ("F",), {"axis": -1}),
                        (A([0, 1, 0], "int64"), ("x",), {}), (A([False, True, False]), (), {}), (A([0, 1, 0], "int64"), (), {"axis": 1}), (A([1, 2], "int64"), (), {})):
        case(g, "trimZeros", x, *args, **kw)


def g_cumulative():
    g = "cumulative"
    for fn in ("cumulativeSum", "cumulativeProd"):
        for x, kw in ((ar(5), {}), (ar(5), {"includeInitial": True}), (f23, {"axis": 0}), (f23, {"axis": 1, "includeInitial": True}), (A(np.ones((2, 2))), {}),
                      (A(3), {}), (A([True, False, True]), {}), (A([1, 2, 3], "int32"), {}), (A([1, 2, 3], "int32"), {"dtype": "int32"}), (A([1.5, 2.5], "float32"), {}),
                      (x24, {"axis": -1}), (x24, {"axis": 3}), (A([1.5, F, 2.0]), {}), (A(np.zeros((0, 3))), {"axis": 0, "includeInitial": True}), (ar(4), {"dtype": "float64"})):
            case(g, fn, x, tol=TOL, **kw)


def g_nan_quantiles():
    g = "nan-quantiles"
    fn_ = A([[1.0, F, 3.0], [4.0, 5.0, 6.0]])
    allnan = A([[F, F], [1.0, F]])
    nanf32 = A([[1.5, F, 2.25], [F, F, 0.5]], "float32")
    nr = A(np.where(RSN.rand(3, 40) < 0.25, np.nan, np.round(RSN.randn(3, 40) * 10, 4)))
    i23 = A([[3, -1, 4], [1, -5, 9]], "int64")
    for x, kw in ((fn_, {}), (fn_, {"axis": 0}), (fn_, {"axis": 1}), (allnan, {"axis": 1}), (nanf32, {"axis": 1}), (nr, {"axis": 1}), (nr, {}), (i23, {"axis": 1}),
                  (fn_, {"axis": 1, "keepdims": True}), (A([F, F]), {}), (f23, {"axis": 2}), (A([10.0, F, 4.0, 3.0, 2.0, 1.0]), {})):
        case(g, "nanmedian", x, tol=TOL, **kw)
    for x, q, kw in ((fn_, 0.5, {}), (fn_, 0.25, {"axis": 1}), (fn_, [0.1, 0.9], {"axis": 0}), (allnan, 0.5, {"axis": 1}), (nr, 0.3, {"axis": 1}), (nr, A([0.2, 0.8]), {}),
                     (i23, 0.4, {}), (nanf32, 0.5, {"axis": 1}), (nr, 0.37, {"method": "lower", "axis": 1}), (nr, 0.37, {"method": "nearest"}), (fn_, 2, {}),
                     (fn_, [0.5, -0.1], {}), (fn_, 0.5, {"axis": 1, "keepdims": True})):
        case(g, "nanquantile", x, q, tol=TOL, **kw)
    for x, q, kw in ((fn_, 50, {}), (fn_, [25, 75], {"axis": 1}), (nr, 90, {"axis": 1}), (allnan, 50, {"axis": 0}), (fn_, 200, {}), (i23, 30, {})):
        case(g, "nanpercentile", x, q, tol=TOL, **kw)
    for x, kw in ((fn_, {}), (fn_, {"axis": 0}), (fn_, {"axis": 1, "keepdims": True}), (allnan, {"axis": 1}), (i23, {}), (nanf32, {"axis": 1}), (A([True, False]), {}),
                  (empty, {"axis": 0}), (f23, {"axis": 2})):
        case(g, "nanprod", x, tol=TOL, **kw)


def g_unique_sets():
    g = "unique-sets"
    for x in (A([3, 1, 3, 2], "int64"), A([[3, 1], [3, 2]], "int64"), A([3.0, 1.0, F, 3.0, F, -2.5, 0.0]), b3, A([], "float64"), A(2.5), A([2, 2, 1], "int32"),
              A([1.5, 1.5], "float32"), [3, 1, 3]):
        for fn in ("uniqueValues", "uniqueCounts", "uniqueInverse", "uniqueAll"):
            case(g, fn, x)


def g_predicates():
    g = "predicates"
    for a, b in (([1, 2], [[1, 2], [1, 2]]), ([1, 2], [[1, 2], [1, 3]]), ([1, 2], [1, 2, 3]), (ar(3), A([0.0, 1.0, 2.0])), (A([F]), A([F])), (x6, x6), (A(1), A([1, 1], "int32")),
                 ([], [])):
        case(g, "arrayEquiv", a, b)
    for v in (3.5, 3, True, "abc", A(3.5), A([1.5]), [1], A(np.zeros((2, 2)))):
        case(g, "isscalar", v, plain=True)
        case(g, "iterable", v, plain=True)


def g_apply():
    g = "apply"
    for f, ax, arr in ((Fn("max", np.max), 1, [[1, 7, 2], [9, 4, 3]]), (Fn("max", np.max), 0, [[1, 7, 2], [9, 4, 3]]), (Fn("sort", np.sort), 1, A([[3.5, 1.5, 2.5], [0.5, -1.0, 4.0]])),
                       (Fn("diag", np.diag), -1, ar(6, shape=(2, 3))), (Fn("diag", np.diag), 0, x24), (Fn("cumsum", np.cumsum), 1, x24), (Fn("mean", np.mean), 2, x24),
                       (Fn("sum", np.sum), 0, A(np.zeros((0, 3)))), (Fn("max", np.max), 2, x6)):
        case(g, "applyAlongAxis", f, ax, arr)
    for f, a, axes in ((Fn("sumAxis", lambda a, ax: np.sum(a, axis=ax)), x24, [0, 2]), (Fn("sumAxis", lambda a, ax: np.sum(a, axis=ax)), x24, 1),
                       (Fn("sumKeep", lambda a, ax: np.sum(a, axis=ax, keepdims=True)), x24, [1, -1]), (Fn("maxAxis", lambda a, ax: np.max(a, axis=ax)), f23, [0]),
                       (Fn("ravel", lambda a, ax: np.ravel(a)), x24, [0])):
        case(g, "applyOverAxes", f, a, axes)
    px = A([-2, -1, 0, 1, 2], "int64")
    neg, big = Fn("negative", np.negative), Fn("times10", lambda v: v * 10)
    for x, cl, fl in ((px, [A(px.a < 0), A(px.a >= 0)], [neg, big]), (px, [A(px.a < 0)], [neg, 5]), (px, [A(px.a < 0)], [-1, 1]), (A([-1.5, 0.5, 2.5]), [A([True, False, False])], [neg]),
                      (px, A(px.a > 0), [big]), (px, [A(px.a < 0), A(px.a > 0)], [1, 2, 3]), (px, [A(px.a > 0)], [1, 2, 3]), (A(2.5), [A(True)], [neg]),
                      (A(np.arange(6).reshape(2, 3)), [A(np.arange(6).reshape(2, 3) % 2 == 0)], [big, -1])):
        case(g, "piecewise", x, cl, fl)


def g_windows():
    g = "windows"
    W = {"tol": 1e-13, "atol": 1e-15}
    for fn in ("bartlett", "blackman", "hamming", "hanning"):
        for M in (0, 1, 2, 3, 5, 8, 12, -2, 4.5, 0.5):
            case(g, fn, M, **W)
    for M, beta in ((5, 14), (8, 0), (6, 5.5), (1, 3), (0, 3), (12, 8.6), (4, -2), (3, 100)):
        case(g, "kaiser", M, beta, **W)
    for x in (A([0.0, 1.0, 2.0, 8.0, 8.5, 20.0, -3.0, 100.0, 700.0, 720.0, F, INF]), ar(4), A([0.5, 1.5, 10.0], "float32"), [[0, 1], [2, 3]], A(np.zeros(0))):
        case(g, "i0", x, tol=3e-7 if isinstance(x, A) and str(x.a.dtype) == "float32" else 1e-13)


def g_float_parts():
    g = "float-parts"
    vals = A([1.0, 8.0, 0.3, -2.5, 0.0, -0.0, 1e-310, 5e-324, 1.7976931348623157e308, INF, -INF, F])
    for x in (vals, ar(4), A([1.5, -0.3, 3e-40, 0.0], "float32"), A([3, -7], "int32"), 0.3, 8, A(np.zeros(0))):
        case(g, "frexp", x)
    for x1, x2 in ((A([5.0]), [1, 2, 3]), (A([0.5, -0.75, 0.625]), A([1, 1024, -1074], "int64")), (A([1.5, 2.0]), A([-1060, -1075], "int64")), (A([0.75]), A([2000, -2000], "int64")),
                   (A([1.5, 2.5], "float32"), 3), (A([1, 2], "int64"), A([3, 1], "int64")), (2, 3), (A([1.5]), A([2.0])), (A([1.5, INF, F, -0.0]), 4), (1.5, 2.5)):
        case(g, "ldexp", x1, x2)
    for x1, x2 in ((1, 2), (A([1.0, 1.0, 0.0, 0.0, -1.0, 1e308, F, 2.0]), A([2.0, 0.0, 1.0, -1.0, -2.0, INF, 1.0, 2.0])), (A([1.0, 0.0], "float32"), A([2.0, -1.0], "float32")),
                   (A([1.0, -3.5], "float32"), 2), (ar(3), 5), (A([1.5]), A([0.0], "float32"))):
        case(g, "nextafter", x1, x2)
    for x in (1, A([1.0, -1.0, 0.0, 1e-310, 1e300, INF, F, -1e-5]), A([1.0, -1.0, 0.0, 1e30], "float32"), ar(3), -2.5):
        case(g, "spacing", x)


def g_conversions():
    g = "conversions"
    for x, d, kw in ((A([1.7, -2.5]), "int64", {}), (ar(3), "float32", {}), (x6, "int64", {"copy": False}), (A([0.0, 2.0, F]), "bool", {}), (A([1, 2], "int32"), "float64", {}), (ar(3), "foo", {})):
        case(g, "astype", x, d, **kw)
    for x in ([1, 2], A([1.5]), A(np.arange(6).reshape(2, 3)), A(2.0)):
        case(g, "asanyarray", x)
    for x in ([1, 2], A([1.0, F]), A([INF, 1.0]), x6, A(2.5)):
        case(g, "asarrayChkfinite", x)
    for fn in ("ascontiguousarray", "asfortranarray"):
        for x in (ar(12, shape=(3, 4), then=[Step("attr:T")]), x6, A(3.5), [1, 2], A(np.zeros((2, 0)))):
            case(g, fn, x)
    for args in (([1, 2], "float64", ["C"]), ([1, 2], None, ["F"]), (x6, "int32", None), (ar(12, shape=(3, 4), then=[Step("attr:T")]), None, ["C", "A", "W"]), ([1, 2], None, ["X"]),
                 (x6, None, ["C", "F"]), (x6, None, "O")):
        case(g, "require", *args)


def g_ndarray_more():
    g = "ndarray-more"
    for x, shape in ((ar(6), [2, 4]), (ar(6), [2, 2]), (A([1.5, 2.5, 3.5]), [5]), (x6, [3, 2]), (A([True, False]), [3]), (ar(4), [0]), (x6, [7])):
        case(g, "inplace:.resize", x, shape, refcheck=False)
    case(g, "inplace:.resize", ar(6), 3, 2, refcheck=False)
    for x in (x6, f23, ar(12, shape=(3, 4), then=[Step("attr:T")]), A([1.5, -2.5], "float32"), A([1, -2], "int32"), b3):
        case(g, ".view", x)
        case(g, ".tobytes", x)
    case(g, ".tobytes", x6, "F")


def g_views():
    """The same functions on non-contiguous inputs (transposed, strided, reversed views): reads and
    in-place writes go through the strides."""
    g = "views"
    T = ar(12, shape=(3, 4), then=[Step("attr:T")])
    ev = ar(12, then=[Step("get", S("::2"))])
    rv = A([5.0, 1.0, 4.0, 2.0, 3.0, 0.5], then=[Step("get", S("::-1"))])
    fT = A(np.arange(12.0).reshape(3, 4), then=[Step("attr:T")])
    for x in (T, ev):
        case(g, "argwhere", x)
        case(g, "flatnonzero", x)
    case(g, "searchsorted", ar(12, then=[Step("get", S("::3"))]), [4, 9])
    case(g, "lexsort", [ev, A([1, 1, 0, 0, 1, 1], "int64")])
    case(g, "tril", T)
    case(g, "triu", T, 1)
    case(g, "vander", ev, 3)
    case(g, "takeAlongAxis", T, A([[2, 0, 1]], "int64"), axis=0)
    case(g, "compress", [True, False, True], T, axis=1)
    case(g, "trimZeros", A([0, 0, 1, 2, 0, 0], "int64", then=[Step("get", S("::-1"))]))
    case(g, "resize", T, [2, 7])
    case(g, "unstack", T)
    case(g, "block", [[T, T], [T, T]])
    case(g, "nanmedian", fT, axis=0, tol=TOL)
    case(g, "uniqueAll", T)
    case(g, "cumulativeSum", T, axis=1)
    case(g, "i0", A([0.0, 1.0, 2.0, 3.0], then=[Step("get", S("::-1"))]), tol=1e-13)
    case(g, "frexp", rv)
    case(g, "ascontiguousarray", T)
    case(g, "asfortranarray", fT)
    case(g, "inplace:put", T, [0, 5, 11], [-1, -2, -3])
    case(g, "inplace:put", ev, [1, -1], 99)
    case(g, "inplace:putmask", T, A(np.arange(12).reshape(3, 4).T % 3 == 0), [-7, -8])
    case(g, "inplace:place", ev, [True, False, True, False, False, True], [70, 80])
    case(g, "inplace:fillDiagonal", T, 9)
    case(g, "inplace:fillDiagonal", fT, [1.5, 2.5], wrap=True)
    case(g, "inplace:copyto", T, A([100, 200, 300], "int64"))
    case(g, "inplace:copyto", fT, -1, where=A(np.eye(4, 3, dtype=bool)))
    case(g, "inplace:putAlongAxis", T, A([[0], [2], [1], [0]], "int64"), 50, axis=1)
    case(g, "inplace:.partition", rv, 2)
    case(g, "inplace:.put", T, [1], [42])
    case(g, ".searchsorted", ar(12, then=[Step("get", S("::3"))]), 6)
    case(g, ".tobytes", T)
    case(g, ".view", T)
    case(g, "inplace:.resize", ev, [3], refcheck=False)
    case(g, "inplace:.resize", T, [3], refcheck=False)


RSN = np.random.RandomState(1515)
GENERATORS = [g_searching, g_selecting, g_index_grids, g_triangles, g_sequences, g_joining, g_cumulative, g_nan_quantiles, g_unique_sets,
              g_predicates, g_apply, g_windows, g_float_parts, g_conversions, g_ndarray_more, g_views]


def sharing():
    """may_share_memory / shares_memory on pairs of views of one array: steps are x.get(...) slices or .T."""
    out = []
    x = np.arange(24).reshape(4, 6)
    views = {"all": ([], x), "row0": ([["get", "0"]], x[0]), "row1": ([["get", "1"]], x[1]), "col0": ([["get", ":", "0"]], x[:, 0]),
             "even": ([["get", ":", "::2"]], x[:, ::2]), "odd": ([["get", ":", "1::2"]], x[:, 1::2]), "T": ([["T"]], x.T),
             "tail": ([["get", "2:"]], x[2:]), "head": ([["get", ":2"]], x[:2]), "rev": ([["get", "::-1"]], x[::-1]), "empty": ([["get", "0:0"]], x[0:0]),
             "copy": ([["copy"]], x.copy())}
    names = list(views)
    for i, a in enumerate(names):
        for b in names[i:]:
            if a == b == "copy":
                continue  # one object in numpy; two copies once rebuilt from the steps
            out.append({"a": views[a][0], "b": views[b][0], "name": f"{a} / {b}",
                        "may": bool(np.may_share_memory(views[a][1], views[b][1])), "shares": bool(np.shares_memory(views[a][1], views[b][1]))})
    path = os.path.join(OUT, "sharing.json")
    with open(path, "w") as fh:
        json.dump({"numpy": np.__version__, "generator": "test/gen/np_index_fixtures.py", "base": {"arange": 24, "shape": [4, 6]}, "cases": out}, fh, indent=0)
    print(f"sharing      {len(out):5d} cases")


if __name__ == "__main__":
    if not np.__version__.startswith("2."):
        sys.exit(f"numpy 2.x expected, found {np.__version__}")
    for fn in GENERATORS:
        fn()
    write("test/gen/np_index_fixtures.py")
    sharing()
