#!/usr/bin/env python3
"""numpy (2.4.x) answers for the functions issue 15 adds to np (numpy's breadth), one group per
subject: test/fixtures/np/rearrange.json, methods.json, statistics.json, ...

Run from the repository root:  python3 test/gen/np_breadth_fixtures.py
The case format, the argument helpers and the writer are np_fixtures.py's (see its docstring); each
function gets at least five cases, one of them an input numpy refuses (its message is the expectation).
"""
import sys

import numpy as np

from np_fixtures import A, S, Step, ar, case, rnd, rint, write

F = float("nan")


def g_rearrange():
    g = "rearrange"
    x6 = ar(6, shape=(2, 3))
    x24 = ar(24, shape=(2, 3, 4))
    f23 = A([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
    # flip, fliplr, flipud
    for x, args, kw in ((ar(5), (), {}), (x6, (), {}), (x6, (0,), {}), (x6, (1,), {}), (x24, ([0, 2],), {}),
                        (x24, (-1,), {}), (x6, (), {"axis": 1}), (A(2.5), (), {}), (A(np.zeros((0, 3))), (0,), {}),
                        (x6, (2,), {}), (x6, ([0, 0],), {}), (A([True, False, True], "bool"), (), {})):
        case(g, "flip", x, *args, **kw)
    case(g, "flip", ar(12, shape=(3, 4), then=[Step("get", S("::2"), S("1:"))]), 1)
    for fn in ("fliplr", "flipud"):
        for x in (x6, x24, f23, ar(3), A(2.5), A(np.zeros((2, 0)))):
            case(g, fn, x)
    case(g, "fliplr", [[1, 2], [3, 4]])
    case(g, "flipud", [1, 2, 3])
    # roll
    for x, shift, kw in ((ar(5), 2, {}), (ar(5), -1, {}), (ar(5), 7, {}), (ar(5), 0, {}), (x6, 1, {}), (x6, 1, {"axis": 0}),
                         (x6, -1, {"axis": 1}), (x6, [1, 1], {"axis": [0, 1]}), (x6, [1, 2], {"axis": 1}),
                         (x6, 2, {"axis": [0, 1]}), (x24, 5, {"axis": -1}), (A(2.5), 1, {}), (A(np.zeros(0)), 3, {}),
                         (f23, [1, 2], {}), (x6, 1, {"axis": 2}), (x6, [1, 2], {"axis": [0, 1, 1]}), (x6, [1, 2, 3], {"axis": [0, 1]}),
                         (A([True, False, False], "bool"), 1, {})):
        case(g, "roll", x, shift, **kw)
    # rot90
    for x, args, kw in ((x6, (), {}), (x6, (2,), {}), (x6, (3,), {}), (x6, (4,), {}), (x6, (-1,), {}), (x6, (5,), {}),
                        (x24, (1, [1, 2]), {}), (x24, (1, [2, 0]), {}), (x24, (), {"axes": [-1, 0]}), (f23, (), {"k": 2}),
                        (x6, (1, [0]), {}), (x6, (1, [0, 0]), {}), (x6, (1, [1, -1]), {}), (ar(3), (), {}),
                        (x24, (1, [0, 3]), {}), (x24, (1, [-4, 1]), {})):
        case(g, "rot90", x, *args, **kw)
    # pad
    for x, pw, kw in ((ar(3), 2, {}), (ar(3), [1, 2], {}), (x6, 1, {}), (x6, [[1, 0], [0, 2]], {}), (x6, [1], {}),
                      (x6, [[1, 2]], {}), (x6, [[1], [2]], {}), (f23, 1, {"constantValues": 9}), (x6, 1, {"constantValues": 2.5}),
                      (f23, [[1, 1], [2, 2]], {"constantValues": [[-1, -2], [5, 7]]}), (x6, 1, {"constantValues": [3, 4]}),
                      (A([True, False], "bool"), 1, {}), (A(2.5), 3, {}), (A(np.zeros((0, 2))), 1, {}), (x24, [[0, 1], [1, 0], [0, 0]], {}),
                      (ar(3), -1, {}), (x6, [[1, 2], [1, 2], [1, 1]], {}), (x6, 1, {"constantValues": [[1, 2], [3, 4], [5, 6]]}),
                      (x6, 1, {"mode": "foo"}), (x6, 1, {"mode": "edge", "constantValues": 3}),
                      (A(np.zeros((0, 2))), 1, {"mode": "edge"}), (A(np.zeros((0, 2))), [[0, 0], [1, 1]], {"mode": "edge"})):
        case(g, "pad", x, pw, **kw)
    case(g, "pad", ar(3), A([1.5]))
    for mode in ("edge", "reflect", "symmetric", "wrap"):
        for x, pw in ((ar(4), 2), (ar(4), [3, 1]), (ar(3), [7, 8]), (x6, 1), (x6, [[2, 1], [4, 5]]), (ar(1), 3),
                      (A([1.5, -2.0]), [5, 4]), (x24, [[1, 0], [0, 2], [3, 3]])):
            case(g, "pad", x, pw, mode=mode)
        case(g, "pad", ar(4), 2, mode, label="mode positional")
    case(g, "pad", x6, 1, "reflect")
    # moveaxis
    for x, s, d in ((x24, 0, -1), (x24, -1, 0), (x24, [0, 1], [-1, -2]), (x24, [0, 2], [2, 0]), (x6, 0, 1), (ar(3), 0, 0),
                    (x24, [2, 0, 1], [0, 1, 2]), (x24, 3, 0), (x24, 0, 3), (x24, [0, 1], [1]), (x24, [0, 0], [1, 2]),
                    (x24, [0, 1], [2, 2])):
        case(g, "moveaxis", x, s, d)
    # atleast_1d/2d/3d
    for fn in ("atleast1d", "atleast2d", "atleast3d"):
        for args in ((A(2.5),), (ar(3),), (x6,), (x24,), (5,), ([1, 2],), (A(np.zeros(0)),), (A(1.5), ar(2)),
                     ([[1, 2], [3]],)):
            case(g, fn, *args)
    # append
    for args, kw in (((ar(3), [4, 5]), {}), ((x6, [[7, 8, 9]]), {}), ((x6, [[7, 8, 9]]), {"axis": 0}),
                     ((x6, [[7], [8]]), {"axis": 1}), ((ar(3), 2.5), {}), ((A([1, 2], "int32"), A([True], "bool")), {}),
                     ((A(1.5), A(2.5)), {}), ((x6, [1, 2]), {"axis": 0}), ((x6, [[7, 8]]), {"axis": 0}), ((x6, [[7, 8, 9]]), {"axis": 2})):
        case(g, "append", *args, **kw)
    # insert
    for args, kw in (((ar(4), 1, 9), {}), ((ar(4), -1, 9), {}), ((ar(4), 4, [7, 8]), {}), ((ar(4), [1, 3], [7, 8]), {}),
                     ((ar(4), [1, 1], 9), {}), ((ar(4), [3, 0], [7, 8]), {}), ((x6, 1, 9), {}), ((x6, 1, 9), {"axis": 0}),
                     ((x6, 1, [7, 8]), {"axis": 1}), ((x6, [1], [[7], [8]]), {"axis": 1}), ((x6, 2, [[7, 8, 9]]), {"axis": 0}),
                     ((x6, [0, 2], 0), {"axis": 1}), ((ar(4), 1, 2.5), {}), ((A([1.5, 2.5]), 0, 7), {}), ((ar(4), S("1:3"), 9), {}),
                     ((ar(4), 5, 9), {}), ((x6, 3, 9), {"axis": 0}), ((x6, 1, 9), {"axis": 2}), ((ar(4), [[1]], 9), {}),
                     ((x6, 1, [[7, 8, 9]]), {"axis": 1}), ((ar(4), [1, 9], 0), {})):
        case(g, "insert", *args, **kw)
    # delete
    for args, kw in (((ar(5), 1), {}), ((ar(5), -1), {}), ((ar(5), [0, 2, 4]), {}), ((ar(5), [1, 1]), {}), ((ar(5), []), {}),
                     ((x6, 1), {}), ((x6, 1), {"axis": 0}), ((x6, [0, 2]), {"axis": 1}), ((x6, -1), {"axis": 1}),
                     ((ar(5), [True, False, True, False, False]), {}), ((ar(6), S("::2")), {}), ((x24, 1), {"axis": 1}),
                     ((ar(5), 7), {}), ((x6, [1, 9]), {"axis": 1}), ((x6, 1), {"axis": 3}), ((ar(5), [True, False]), {}),
                     ((ar(5), -6), {})):
        case(g, "delete", *args, **kw)
    # column_stack, dstack
    for tup in ([ar(3), ar(3)], [ar(3), A([[1, 2], [3, 4], [5, 6]], "int64")], [A([1.5, 2.5]), ar(2)],
                [x6, x6], [A(1.5), A(2.5)], [[1, 2], [3, 4]], [ar(3), ar(2)]):
        case(g, "columnStack", tup)
    for tup in ([ar(3), ar(3)], [x6, x6], [x24, x24], [A(1.5), A(2.5)], [[1, 2], [3, 4]], [A([1.5]), ar(1, dtype="int32")],
                [x6, ar(2)]):
        case(g, "dstack", tup)
    # broadcast_shapes, broadcast_arrays
    for shapes in (((2, 1), (3,)), ((1, 3), (2, 1), (1,)), ((), (4,)), (5, (2, 1)), ((0,), (1,)), ((2, 3),), ((3, 1, 4), (2, 1)),
                   ((2,), (3,)), ((2, 3), (4, 1), (3,)), ((1, 2), (3, 1), (2, 2, 3))):
        case(g, "broadcastShapes", *shapes)
    for args in ((ar(3, shape=(3, 1)), ar(2)), (x6, A([1.5, 2.5, 3.5])), (A(2.5), ar(2)), (x6,), ([1, 2], [[3], [4]]),
                 (ar(2), ar(3)), (x6, ar(2), A(1.5))):
        case(g, "broadcastArrays", *args)
    # hsplit, vsplit, dsplit
    x44 = ar(16, shape=(4, 4))
    for fn in ("hsplit", "vsplit", "dsplit"):
        for x, ios in ((x44, 2), (x44, [1, 3]), (ar(24, shape=(2, 2, 6)), 3), (ar(6), 3), (A(2.5), 1), (x44, 3), (x44, [5])):
            case(g, fn, x, ios)


def g_methods():
    g = "methods"
    x6 = ar(6, shape=(2, 3))
    x24 = ar(24, shape=(2, 3, 4))
    f23 = A([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
    un = A([[3.5, float("nan"), -1.0, 2.0], [0.0, -0.5, float("inf"), -2.5]])
    ui = A([[5, -1, 3, 3], [0, 9, -7, 2]], "int64")
    u3 = rint((2, 3, 5))
    # sort / argsort (ties only where numpy's order is defined: kind='stable')
    for fn in ("sort", "argsort"):
        for x, kw in ((un, {}), (un, {"axis": 0}), (ui, {}), (ui, {"axis": 0}), (u3, {"axis": 1}), (u3, {"axis": -3}),
                      (un, {"axis": None}), (A([True, False, True], "bool"), {"kind": "stable"}), (A(np.zeros((0, 3))), {}),
                      (A([3, 1, 2], "int32"), {}), (A(2.5), {}), (un, {"axis": 2}), (ui, {"axis": -3}),
                      (A([2, 1, 2, 1, 0, 2], "int64"), {"kind": "stable"}), ([3, 1, 2], {}),
                      (ar(12, shape=(3, 4), then=[Step("attr:T")]), {"axis": 0})):
            case(g, fn, x, **kw)
    case(g, ".argsort", un)
    case(g, ".argsort", ui, axis=0)
    case(g, ".argsort", ui, 0)
    case(g, "argsort", A(2.5), axis=None)
    for x, kw in ((un, {}), (ui, {"axis": 0}), (u3, {"axis": 1}), (A([3, 1, 2], "int32"), {}), (A(2.5), {}), (un, {"axis": 2}),
                  (ar(12, shape=(3, 4), then=[Step("attr:T")]), {"axis": 0})):
        case(g, "inplace:.sort", x, **kw)
    # cumprod
    for x, kw in ((f23, {}), (f23, {"axis": 0}), (f23, {"axis": 1}), (ui, {"axis": -1}), (A([[3, -1, 4], [1, -5, 9]], "int32"), {}),
                  (A([True, False, True], "bool"), {}), (A(2.5), {}), (A(np.zeros((0, 3))), {"axis": 1}), (u3, {"axis": 2}),
                  (A([1.5, float("nan"), 2.0]), {}), (A([-0.5, 0.0, 2.0]), {}), (f23, {"axis": 2}), ([1, 2, 3, 4], {})):
        case(g, "cumprod", x, **kw)
    case(g, ".cumprod", f23)
    case(g, ".cumprod", ui, axis=1)
    # repeat
    for x, r, kw in ((ar(3), 2, {}), (x6, 2, {}), (x6, 2, {"axis": 0}), (x6, 3, {"axis": 1}), (x6, [1, 2], {"axis": 0}),
                     (x6, [0, 1, 2], {"axis": -1}), (ar(3), [2], {}), (A(2.5), 3, {}), (ar(3), 0, {}), (A([True, False], "bool"), 2, {}),
                     (ar(3), -1, {}), (ar(3), [1, 2], {}), (ar(3), [1, -2, 1], {}), (x6, 2, {"axis": 2}), ([1, 2], 2, {})):
        case(g, "repeat", x, r, **kw)
    case(g, ".repeat", x6, 2)
    case(g, ".repeat", x6, [2, 1], axis=0)
    # round
    fr = A([0.125, 2.5, -2.5, 1.005, -0.0, 1234.5678, float("nan"), float("inf")])
    for x, args in ((fr, ()), (fr, (1,)), (fr, (2,)), (fr, (-1,)), (fr, (-2,)), (A([15, 25, -35, 44], "int64"), (-1,)),
                    (A([15, 25, -35], "int32"), (1,)), (A([15, 25, -35], "int32"), (-1,)), (A([1.5, 2.5, 0.125], "float32"), ()),
                    (A([1.5, 2.5, 0.125], "float32"), (2,)), (A([True, False], "bool"), (1,)),
                    (A(2.675), (2,))):
        case(g, "round", x, *args)
        case(g, ".round", x, *args)
    # swapaxes
    for x, a1, a2 in ((x6, 0, 1), (x24, 0, 2), (x24, -1, 1), (x24, 1, 1), (ar(3), 0, -1), (x6, 0, 2), (x6, -3, 0)):
        case(g, "swapaxes", x, a1, a2)
        case(g, ".swapaxes", x, a1, a2)
    # take
    for x, idx, kw in ((ar(5), [0, 2, 4], {}), (x6, [0, 5], {}), (x6, 4, {}), (x6, [1], {"axis": 1}), (x6, [[0, 1], [1, 0]], {"axis": 1}),
                       (x6, 1, {"axis": 0}), (x24, [2, 0], {"axis": -1}), (x6, [-1, -6], {}), (x6, [], {}), (A([1.5, 2.5]), [1, 1, 0], {}),
                       (x6, [1, 7], {"axis": 1, "mode": "wrap"}), (x6, [-4, 7], {"axis": 1, "mode": "clip"}), (x6, 7, {}),
                       (x6, [1, 7], {"axis": 1}), (x6, [0], {"axis": 2}), (x6, -7, {})):
        case(g, "take", x, idx, **kw)
    case(g, ".take", x6, [0, 2], axis=1)
    case(g, ".take", x6, [2, 3])
    # diagonal / trace
    x34 = ar(12, shape=(3, 4))
    for x, kw in ((x34, {}), (x34, {"offset": 1}), (x34, {"offset": -1}), (x34, {"offset": 3}), (x34, {"offset": 4}),
                  (x34, {"offset": -5}), (x24, {}), (x24, {"axis1": 1, "axis2": 2}), (x24, {"axis1": 2, "axis2": 0, "offset": 1}),
                  (A([[True, False], [False, True]], "bool"), {}), (A([[1, 2], [3, 4]], "int32"), {}), (f23, {"offset": 1}),
                  (ar(3), {}), (x6, {"axis1": 1, "axis2": 1}), (x6, {"axis1": 0, "axis2": 2}), (x6, {"axis1": 2, "axis2": 0}),
                  (ar(12, shape=(3, 4), then=[Step("attr:T")]), {"offset": 1})):
        case(g, "diagonal", x, **kw)
        case(g, "trace", x, **kw)
    case(g, ".diagonal", x34, offset=1)
    case(g, ".trace", x34)
    case(g, ".trace", x24, axis1=1, axis2=2)
    # nonzero
    for x in (A([0, 3, 0, -1], "int64"), A([[0.0, 1.5], [-0.0, float("nan")]]), A([[True, False, True]], "bool"), u3,
              A(np.zeros((2, 2))), A(np.zeros((0, 3))), [1, 0, 2], A(1.5)):
        case(g, "nonzero", x)
        if isinstance(x, A):
            case(g, ".nonzero", x)


def g_statistics():
    g = "statistics"
    TOL = 1e-12
    f23 = A([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
    i23 = A([[3, -1, 4], [1, -5, 9]], "int64")
    i32 = A([[3, -1, 4], [1, -5, 9]], "int32")
    f32 = A([[1.5, -2.25, 3.125, 0.1], [0.3, 4.0, -1.0, 2.7]], "float32")
    fn_ = A([[1.0, F, 3.0], [4.0, 5.0, 6.0]])
    r7 = rnd((3, 7))
    u3 = rint((2, 3, 5))
    empty = A(np.zeros((0, 3)))
    # median
    for x, kw in ((f23, {}), (f23, {"axis": 0}), (f23, {"axis": 1}), (i23, {}), (i23, {"axis": -1, "keepdims": True}), (i32, {"axis": 0}),
                  (f32, {}), (f32, {"axis": 1}), (fn_, {}), (fn_, {"axis": 1}), (r7, {"axis": 1}), (u3, {"axis": [0, 2]}),
                  (A([True, False, True], "bool"), {}), (A(2.5), {}), (f23, {"keepdims": True}), (f23, {"axis": 2}), ([3, 1, 4, 1], {})):
        case(g, "median", x, tol=TOL, **kw)
    case(g, "median", A([], "float64"))
    # quantile / percentile
    for x, q, kw in ((f23, 0.5, {}), (f23, 0.25, {"axis": 0}), (f23, [0.1, 0.9], {"axis": 1}), (i23, 0.3, {}), (i23, A([0.0, 0.5, 1.0]), {"axis": 1, "keepdims": True}),
                     (r7, 0.7, {"axis": 1}), (r7, A([[0.2, 0.4], [0.6, 0.8]]), {"axis": 0}), (fn_, 0.5, {"axis": 1}), (f32, 0.3, {}), (f32, [0.3], {}),
                     (f32, 0.75, {"axis": 0}), (i23, 1, {}), (i23, 0, {"axis": 0}), (r7, 0.37, {"method": "lower"}), (r7, 0.37, {"method": "higher"}),
                     (r7, [0.25, 0.5, 0.75], {"method": "nearest", "axis": 1}), (r7, 0.37, {"method": "midpoint", "axis": 1}), (u3, 0.6, {"axis": [0, 2]}),
                     (f23, 1.5, {}), (f23, [0.5, -0.1], {}), (f23, 0.5, {"method": "foo"}), (empty, 0.5, {}), (f23, 0.5, {"axis": 2})):
        case(g, "quantile", x, q, tol=TOL, **kw)
    for x, q, kw in ((f23, 50, {}), (f23, 25, {"axis": 0}), (f23, [10, 90], {"axis": 1}), (i23, 30, {}), (r7, 95, {"axis": 1, "keepdims": True}),
                     (f32, 30, {}), (fn_, 50, {}), (r7, 12.5, {}), (f23, 150, {}), (f23, [-1, 50], {})):
        case(g, "percentile", x, q, tol=TOL, **kw)
    # average
    for x, kw in ((f23, {}), (f23, {"axis": 0}), (i23, {"axis": 1}), (f23, {"weights": A([[1.0, 2.0, 0.5], [0.0, 1.0, 3.0]])}),
                  (f23, {"axis": 1, "weights": [1, 2, 3]}), (i23, {"axis": 0, "weights": [3, 1]}), (i32, {"weights": A([[1, 2, 3], [4, 5, 6]], "int32")}),
                  (f32, {"axis": 1, "weights": A([1, 2, 3, 4], "float32")}), (u3, {"axis": [0, 2], "weights": rint((2, 5), 1, 5)}),
                  (f23, {"axis": 1, "weights": [1, 2, 3], "keepdims": True}), (f23, {"axis": 1, "weights": [1, 2, 3], "returned": True}),
                  (f23, {"weights": [1, 2]}), (f23, {"axis": 1, "weights": [1, 2]}), (f23, {"axis": 1, "weights": [0, 0, 0]}), ([1, 2, 3], {"weights": [3, 1, 0]})):
        case(g, "average", x, tol=TOL, **kw)
    # ptp, amax, amin
    for x, kw in ((f23, {}), (f23, {"axis": 0}), (i23, {"axis": 1}), (i32, {}), (f32, {"axis": 1, "keepdims": True}), (fn_, {"axis": 1}),
                  (A([True, False], "bool"), {}), (empty, {}), (u3, {"axis": [0, 2]})):
        case(g, "ptp", x, **kw)
    for fn in ("amax", "amin"):
        for x, kw in ((f23, {}), (f23, {"axis": 0}), (i32, {"axis": 1, "keepdims": True}), (fn_, {}), (empty, {}), (u3, {"axis": [0, 2]})):
            case(g, fn, x, **kw)
    # the nan family
    allnan = A([[F, F], [1.0, F]])
    nanf32 = A([[1.5, F, 2.25], [F, F, F]], "float32")
    nr = A(np.where(RSN.rand(3, 150) < 0.2, np.nan, np.round(RSN.randn(3, 150) * 10.0 ** RSN.randint(-3, 4, size=(3, 150)), 6)))
    for fn in ("nansum", "nanmean", "nanvar", "nanstd", "nanmax", "nanmin", "nanargmax", "nanargmin"):
        tol = TOL if fn in ("nanmean", "nanvar", "nanstd") else None
        for x, kw in ((fn_, {}), (fn_, {"axis": 0}), (fn_, {"axis": 1}), (allnan, {"axis": 1}), (allnan, {"axis": 0}), (i23, {}), (i23, {"axis": 1}),
                      (nanf32, {"axis": 1}), (nr, {"axis": 1}), (nr, {}), (f23, {"axis": 2}), (A([F, F]), {}), (empty, {"axis": 0}), (empty, {})):
            if fn.startswith("nanarg") and "keepdims" in kw:
                continue
            case(g, fn, x, tol=tol, **kw)
        if not fn.startswith("nanarg"):
            case(g, fn, fn_, axis=1, keepdims=True, tol=tol)
    for fn in ("nanvar", "nanstd"):
        case(g, fn, fn_, ddof=1, tol=TOL)
        case(g, fn, fn_, axis=1, ddof=1, tol=TOL)
        case(g, fn, fn_, axis=0, ddof=1, tol=TOL)
    # bincount, digitize
    for x, kw in ((A([0, 1, 1, 3, 2, 1, 7], "int64"), {}), (A([0, 1, 1, 3], "int64"), {"minlength": 6}), (A([2, 2, 0], "int32"), {}),
                  (A([0, 1, 1, 2], "int64"), {"weights": A([0.5, 1.5, -1.0, 2.25])}), (A([], "int64"), {}), (A([True, False, True], "bool"), {}),
                  (A([1, -1], "int64"), {}), (A([[1, 2]], "int64"), {}), (A([1], "int64"), {"minlength": -1}), (A([1, 2], "int64"), {"weights": A([1.0])}),
                  ([0, 2, 2], {})):
        case(g, "bincount", x, **kw)
    xs = A([0.2, 6.4, 3.0, 1.6, 2.5, 4.0, -1.0, F])
    for x, bins, kw in ((xs, A([0.0, 1.0, 2.5, 4.0, 10.0]), {}), (xs, A([0.0, 1.0, 2.5, 4.0, 10.0]), {"right": True}), (xs, A([10.0, 4.0, 2.5, 1.0, 0.0]), {}),
                        (xs, A([10.0, 4.0, 2.5, 1.0, 0.0]), {"right": True}), (A([[1, 5], [3, 9]], "int64"), [2, 4, 6], {}), (A([1, 2, 3], "int64"), [], {}),
                        (A([1.5, 2.5], "float64"), A([1.0, 2.0, 2.0, 3.0]), {}), (A([1, 2], "int64"), [1, 3, 2], {}), (A([1, 2], "int64"), [[1, 3]], {}),
                        ([0.5, 1.5], A([0.0, 1.0, 2.0]), {})):
        case(g, "digitize", x, bins, **kw)


RSN = np.random.RandomState(15)
GENERATORS = [g_rearrange, g_methods, g_statistics]

if __name__ == "__main__":
    if not np.__version__.startswith("2."):
        sys.exit(f"numpy 2.x expected, found {np.__version__}")
    for fn in GENERATORS:
        fn()
    write("test/gen/np_breadth_fixtures.py")
