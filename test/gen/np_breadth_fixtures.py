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
    # nancumsum, nancumprod
    for fn in ("nancumsum", "nancumprod"):
        for x, kw in ((fn_, {}), (fn_, {"axis": 0}), (fn_, {"axis": 1}), (allnan, {"axis": 1}), (i23, {}), (nanf32, {"axis": 1}), (A([True, False], "bool"), {}),
                      (f23, {"axis": 2})):
            case(g, fn, x, tol=TOL, **kw)
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


def g_maths():
    g = "maths"
    TOL, TOL32 = 1e-12, 3e-7
    x6 = ar(6, shape=(2, 3))
    f23 = A([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
    i23 = A([[3, -1, 4], [1, -5, 9]], "int64")
    i32 = A([[3, -1, 4], [1, -5, 9]], "int32")
    ragged = [[1, 2], [3]]
    unit = A([-1.0, -0.5, -0.0, 0.0, 0.25, 0.999, 1.0, 1.5, F])
    wide = A([-700.0, -3.5, -1.0, -0.0, 0.0, 0.5, 2.0, 20.0, 710.0, float("inf"), float("-inf"), F])
    pos = A([0.5, 1.0, 1.5, 10.0, 1e300, float("inf"), F])
    f32 = A([[-0.75, 0.5, 0.125], [0.9, -0.3, 0.0]], "float32")
    # unary ufuncs (bool inputs give float16 in numpy: left out, deepts has no float16)
    for fn, xs in (("arcsin", (unit,)), ("arccos", (unit,)), ("sinh", (wide,)), ("cosh", (wide,)), ("arcsinh", (wide,)),
                   ("arccosh", (pos, A([0.5, -1.0]))), ("arctanh", (unit,)), ("cbrt", (wide, A([-27.0, 8.0, 1e-300]))), ("exp2", (wide,))):
        for x in xs + (i23, i32, f32, 0.5, 2):
            case(g, fn, x, tol=TOL32 if isinstance(x, A) and str(x.a.dtype) == "float32" else TOL)
        case(g, fn, ragged)
    rr = A([-2.5, -1.7, -0.5, -0.0, 0.0, 0.4, 1.5, 2.7, float("inf"), float("-inf"), F])
    for fn in ("trunc", "fix"):
        for x in (rr, i23, i32, A([True, False], "bool"), A([-1.5, 2.5], "float32"), -2.5, 3):
            case(g, fn, x)
        case(g, fn, ragged)
    for fn in ("signbit", "isposinf", "isneginf"):
        for x in (rr, i23, A([-1.5, float("-inf"), float("inf")], "float32"), A([True, False], "bool"), -0.5, float("inf")):
            case(g, fn, x)
        case(g, fn, ragged)
    case(g, "around", A([0.125, 2.5, -2.5, 1234.5678]), 2)
    case(g, "around", A([0.125, 2.5, -2.5, 1234.5678]))
    case(g, "around", A([15, 25, -35], "int64"), -1)
    case(g, "around", A([1.5, 2.5], "float32"))
    case(g, "around", 2.5)
    case(g, "around", A([True, False], "bool"), 1)
    # binary ufuncs
    a1 = A([-3.5, -1.0, -0.0, 0.0, 2.0, 7.25, float("inf"), F])
    b1 = A([2.0, -3.0, 1.5, -0.0, float("inf"), F, 2.0, 1.0])
    for fn in ("hypot", "fmod", "remainder", "mod", "fmax", "fmin", "logaddexp", "logaddexp2", "copysign", "arctan2"):
        tol = TOL if fn in ("hypot", "logaddexp", "logaddexp2", "arctan2") else None
        for x, y in ((a1, b1), (b1, a1), (i23, A([2, -3, 0], "int64")), (i32, A([2, -3, 4], "int32")), (i23, 2), (i32, -3), (f23, 2.5),
                     (f32, A([0.5, -2.0, 3.0], "float32")), (f32, 2), (3, 4), (-7.5, 2.5), (x6, A([3, -2, 1], "int32"))):
            # numpy's float32 logaddexp/logaddexp2 loops lose a few ulps against the float64-rounded answer
            t = (2e-6 if fn.startswith("logaddexp") else TOL32) if tol and (x is f32) else tol
            case(g, fn, x, y, tol=t)
        case(g, fn, x6, ar(2))
    case(g, "logaddexp", A([float("inf"), float("-inf"), -1000.0]), A([float("inf"), float("-inf"), -1000.0]))
    case(g, "logaddexp2", A([float("inf"), float("-inf"), -1000.0]), A([float("-inf"), float("-inf"), -999.0]), tol=TOL)
    # nan_to_num
    nn = A([F, float("inf"), float("-inf"), -0.0, 1.5])
    for x, kw in ((nn, {}), (nn, {"nan": -1.5, "posinf": 9.5, "neginf": -9.5}), (A([F, float("inf")], "float32"), {}), (i23, {}),
                  (A([True, False], "bool"), {}), (A([[F, 1.0], [float("inf"), 2.0]]), {"posinf": 7}), (2.5, {}), (float("nan"), {}), (ragged, {})):
        case(g, "nanToNum", x, **kw)
    # isin
    for x, t, kw in ((ar(6), [1, 3, 7], {}), (x6, A([[2, 5]], "int64"), {}), (f23, [1.5, 4, 9], {}), (x6, [1, 3], {"invert": True}),
             (A([F, 1.0]), [F, 1], {}), (A([True, False], "bool"), [0], {}), (2, [1, 2], {}), (x6, [], {}), (ragged, [1], {})):
        case(g, "isin", x, t, **kw)
    # diff, ediff1d
    u3 = rint((2, 3, 4))
    for x, kw in ((A([1, 4, 9, 16, 25], "int64"), {}), (A([1, 4, 9, 16, 25], "int64"), {"n": 2}), (x6, {"axis": 0}), (u3, {"axis": 1, "n": 2}),
                  (f23, {}), (A([True, False, False, True], "bool"), {}), (i32, {"n": 0}), (ar(5), {"n": 7}), (ar(4), {"prepend": 0}),
                  (ar(4), {"append": [10, 20]}), (x6, {"prepend": 0, "append": A([[9], [9]], "int64")}), (A([1.5, 2.5], "float32"), {}),
                  (A(2.5), {}), (ar(4), {"n": -1}), (x6, {"axis": 2})):
        case(g, "diff", x, **kw)
    for x, kw in ((A([1, 2, 4, 7, 0], "int64"), {}), (x6, {}), (A([1, 2, 4, 7, 0], "int64"), {"toBegin": -99, "toEnd": [88, 99]}),
                  (f23, {"toEnd": 0.5}), (A([], "float64"), {}), (A([1.5], "float64"), {"toBegin": [1, 2]}), (A([1, 2], "int64"), {"toBegin": 1.5}), (A([True, False, False], "bool"), {})):
        case(g, "ediff1d", x, **kw)
    # interp
    xp, fp = A([1.0, 2.0, 3.0]), A([3.0, 2.0, 0.0])
    for x, args, kw in ((2.5, (xp, fp), {}), (A([0.0, 1.0, 1.5, 2.72, 3.14, F]), (xp, fp), {}), (A([0.0, 4.0]), (xp, fp), {"left": -1.5, "right": 9.5}),
                        (ar(6), ([0, 2, 5], [0, 10, 4]), {}), (A([[0.5, 1.5], [2.5, 3.5]]), ([0, 1, 2, 3], A([1.0, 3.5, -2.0, 0.25])), {}),
                        (A([0.5, 1.0, 2.0]), (A([1.0]), A([7.0])), {}), (A([-180.0, -10.0, 10.0, 190.0, 370.0]), ([-170, 10, 170], A([1.0, 0.0, 1.0])), {"period": 360}),
                        (A([1.5, 2.5]), (A([1.0, 2.0, float("inf")]), A([1.0, 2.0, 3.0])), {}), (1.5, ([1, 2], [1]), {}), (1.5, ([], []), {})):
        case(g, "interp", x, *args, tol=TOL, **kw)
    # trapezoid
    for y, kw in ((A([1.0, 2.0, 3.0]), {}), (ar(5), {"dx": 0.5}), (A([1.0, 2.0, 3.0]), {"x": A([4.0, 6.0, 8.5])}), (x6, {"axis": 0}), (x6, {}),
                  (rnd((3, 4)), {"x": A([0.0, 0.5, 1.5, 3.0]), "axis": 1}), (A([[1.0, 2.0], [3.0, 5.0]]), {"x": A([[0.0, 1.0], [0.0, 2.0]])}),
                  (A([1.5, 2.5, 0.5], "float32"), {}), (x6, {"axis": 2})):
        case(g, "trapezoid", y, tol=TOL, **kw)
    # convolve, correlate
    for fn in ("convolve", "correlate"):
        for a, v, args in ((ar(5), [1, 2, 3], ()), (ar(5), [1, 2, 3], ("same",)), (ar(5), [1, 2, 3], ("valid",)), (ar(5), [1, 2, 3], ("full",)),
                           ([1, 2, 3], ar(5), ("same",)), ([1, 2, 3], ar(5), ("full",)), ([1, 2, 3], ar(5), ("valid",)), (ar(4), [1, 2], ("same",)),
                           (A([1.5, -0.5, 2.0, 3.0]), A([0.0, 1.0, 0.5]), ()), (A([1, 2, 3], "int32"), A([1, -1], "int32"), ("full",)),
                           (A([1.5, 2.5], "float32"), A([1.0, 2.0], "float32"), ("full",)), (A([True, True], "bool"), A([True, False], "bool"), ("full",)),
                           ([1, 2], [3], ()), (ar(3), [1, 2], ("foo",)), ([], [1], ()), ([1], [], ())):
            case(g, fn, a, v, *args, tol=TOL)
    # inner, kron, cross
    for a, b in ((ar(3), ar(3)), ([1.5, 2], [3, -1]), (x6, ar(3)), (x6, ar(12, shape=(4, 3))), (rnd((2, 3)), rnd((2, 2, 3))), (A(2.5), x6),
                 (A([1, 2], "int32"), A([3, 4], "int32")), (ar(3), ar(2)), (x6, A(np.ones((2, 2))))):
        case(g, "inner", a, b, tol=TOL)
    for a, b in (([1, 10, 100], [5, 6, 7]), (A(np.eye(2)), A([[1, 2], [3, 4]], "int64")), (x6, ar(2)),
                 (ar(2), x6), (A([[1.5]]), A([2, 3], "int32")), (A([True, False], "bool"), A([True, True], "bool")), (A(3), ar(3)),
                 (rint((2, 1, 2)), rint((2, 2)))):
        case(g, "kron", a, b)
    for a, b, kw in (([1, 0, 0], [0, 1, 0], {}), (A([1.5, 2.0, -3.0]), A([4.0, 5.5, 6.0]), {}), (ar(6, shape=(2, 3)), A([[1, 0, 2]], "int64"), {}),
                     (rnd((4, 3)), rnd((4, 3)), {}), (ar(6, shape=(3, 2)), ar(6, shape=(3, 2)), {"axis": 0}), (ar(3), ar(4), {}),
                     (A([1, 2, 3], "int32"), A([4, 5, 6], "int32"), {})):
        case(g, "cross", a, b, tol=TOL, **kw)
    # set routines
    for fn in ("intersect1d", "union1d", "setdiff1d", "setxor1d"):
        for a, b in (([1, 3, 4, 3], [3, 1, 2, 1]), (A([5, 7, 1, 2], "int64"), A([[2, 7], [9, 0]], "int64")), (A([1.5, 2.5, 2.5]), [2.5, 3]),
                     (A([1, 2], "int32"), A([2.0, 3.0])), ([], [1, 2]), (A([True, False], "bool"), A([True], "bool")), (A([4, 1], "int32"), A([1, 9], "int32")),
                     (ragged, [1])):
            case(g, fn, a, b)
    # cov, corrcoef
    r35 = rnd((3, 5))
    for fn in ("cov", "corrcoef"):
        for x, kw in ((A([[0, 1, 2], [2, 1, 0]], "int64"), {}), (r35, {}), (r35, {"rowvar": False}), (A([1.0, 2.0, 4.0, 7.0]), {}),
                      (A([1, 2, 3], "int64"), {"y": A([1, 5, 7], "int64")}), (r35, {"y": rnd((2, 5))}), (A([[1.5, 2.5, 0.5]], "float32"), {}),
                      (rnd((5, 2)), {"rowvar": False, "y": rnd((5, 1))}), (rnd((2, 2, 2)), {}), (A([[1.0, 2.0], [2.0, 4.0]]), {})):
            case(g, fn, x, tol=TOL, **kw)
        if fn == "cov":
            case(g, fn, r35, bias=True, tol=TOL)
            case(g, fn, r35, ddof=3, tol=TOL)
            case(g, fn, A([[1.0, 2.0]]), ddof=5, tol=TOL)
    # histogram, histogram_bin_edges
    hx = A(np.round(RSN.randn(40) * 3, 3))
    for fn in ("histogram", "histogramBinEdges"):
        for x, kw in ((A([1, 2, 2, 4], "int64"), {"bins": 3}), (hx, {}), (hx, {"bins": 7}), (hx, {"bins": 4, "range": [-2, 2]}), (hx, {"bins": A([-5.0, -1.0, 0.0, 0.5, 6.0])}),
                      (hx, {"bins": [-3, 0, 0, 3]}), (A([1.0, 2.0, 2.0, 2.5]), {"bins": 4, "weights": A([0.5, 1.0, 2.0, -1.0])}), (hx, {"bins": 5, "density": True}),
                      (A([3.0, 3.0, 3.0]), {"bins": 2}), (A([], "float64"), {"bins": 3}), (A([[1, 5], [3, 9]], "int64"), {"bins": 4}), (ar(10), {"bins": [0, 3, 9]}),
                      (A([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]), {"bins": 10}), (A([1, 2], "int64"), {"bins": 2, "weights": A([3, 4], "int32")}),
                      (A([1, 2, 3], "int64"), {"bins": 0}), (A([1, 2, 3], "int64"), {"bins": [3, 1]}), (A([1, 2, 3], "int64"), {"range": [3, 1]}),
                      (A([1.0, F]), {}), (A([1.0, 2.0]), {"bins": 2, "weights": A([1.0])})):
            if fn == "histogramBinEdges" and ("weights" in kw or "density" in kw):
                continue
            case(g, fn, x, tol=TOL if ("density" in kw or fn == "histogramBinEdges") else None, **kw)

    # numpy 2's array-API aliases and the rest of the elementwise family
    for fn, xs in (("asin", (unit,)), ("acos", (unit,)), ("atan", (wide,)), ("asinh", (wide,)), ("acosh", (pos,)), ("atanh", (unit,)),
                   ("fabs", (rr,)), ("deg2rad", (wide,)), ("radians", (wide,)), ("rad2deg", (wide,)), ("degrees", (wide,)), ("sinc", (rr, A([0.0, 0.5, -1.5, 3.0])))):
        for x in xs + (i23, i32, f32, 0.5, 2):
            case(g, fn, x, tol=TOL32 if isinstance(x, A) and str(x.a.dtype) == "float32" else TOL)
        case(g, fn, ragged)
    for x in (rr, i23, i32, f32, -2.5, 3, A([True], "bool")):
        case(g, "positive", x)
    for fn in ("pow", "atan2", "trueDivide", "floatPower"):
        for x, y in ((a1, b1), (i23, A([2, 3, 0], "int64")), (i32, A([2, 3, 1], "int32")), (f32, 2), (f32, A([0.5, 2.0, 3.0], "float32")), (3, 4), (x6, ar(2))):
            case(g, fn, x, y, tol=(TOL32 if x is f32 and fn != "floatPower" else TOL) if fn != "trueDivide" else None)
    for fn in ("gcd", "lcm"):
        for x, y in ((A([12, -20, 0, 7, 0], "int64"), A([8, 8, 5, -21, 0], "int64")), (i23, 6), (i32, A([4, 6, 8], "int32")), (A([12, 18], "int64"), [[8], [27]]),
                     (12, 18), (A([1.5]), A([2.0])), (A([4], "int64"), 2.5)):
            case(g, fn, x, y)
    for x, y in ((A([7, -7, 0], "int64"), 2), (a1, b1), (i32, A([2, -3, 4], "int32")), (f23, 0.75), (7, -2), (x6, ar(2))):
        case(g, "divmod", x, y)
    for x in (rr, A([1.5, -0.5, -2.0], "float32"), i23, 2.5, -0.5, ragged):
        case(g, "modf", x)
    for a, b in ((ar(4, shape=(2, 2)), A([[1, 0], [0, 1]], "int64")), (A([1.5, 2.0]), A([3, -1], "int32")), (rnd((2, 3)), rnd((3, 2))), (A([True, True], "bool"), A([True, False], "bool")), ([1, 2], [3, 4, 5])):
        case(g, "vdot", a, b, tol=TOL)
    x24 = ar(24, shape=(2, 3, 4))
    for a, b, args in ((rnd((2, 3)), rnd((3, 4)), (1,)), (x24, ar(12, shape=(3, 4)), ()), (x24, ar(24, shape=(4, 3, 2)), ([[1, 0], [0, 1]],)),
                       (x24, ar(6, shape=(3, 2)), ([1, 0],)), (ar(3), ar(4), (0,)), (rnd((2, 3)), rnd((2, 3)), (1,)), (x24, ar(6, shape=(2, 3)), ([[0, 1], [1, 0]],)),
                       (x24, ar(6, shape=(2, 3)), ([[0], [0, 1]],))):
        case(g, "tensordot", a, b, *args, tol=TOL)
    for a, b in ((ar(3), A([1, 0, 0], "int64")), (rnd((4, 3)), rnd((4, 3))), (A([1.0, 2.0]), A([3.0, 4.0])), (ar(6, shape=(2, 3)), ar(6, shape=(3, 2)))):
        case(g, "linalg.cross", a, b, tol=TOL)
    for x, kw in ((ar(12, shape=(3, 4)), {}), (ar(24, shape=(2, 3, 4)), {"offset": 1}), (A([[1.5, 2.0], [3.0, 4.0]]), {"offset": -1}), (ar(12, shape=(3, 4)), {"offset": 5}), (ar(3), {})):
        case(g, "linalg.diagonal", x, **kw)
    for a, b in ((ar(6, shape=(2, 3)), ar(6, shape=(3, 2))), (rnd((2, 2, 3)), rnd((3, 4))), (ar(3), ar(3)), (ar(6, shape=(2, 3)), ar(2))):
        case(g, "linalg.matmul", a, b, tol=TOL)
    for a, b, kw in ((x6, ar(3), {}), (x6, x6, {"axis": 0}), (f23, A([1.0, 0.5, 2.0]), {}), (x6, ar(2), {}), (A([1, 2], "int32"), A([3, 4], "int32"), {})):
        case(g, "vecdot", a, b, tol=TOL, **kw)
    for x in (x6, ar(24, shape=(2, 3, 4)), f32, ar(3), A([[True, False]], "bool")):
        case(g, "matrixTranspose", x)
    # gradient
    g1 = A([1, 2, 4, 7, 11, 16], "int64")
    for x, args, kw in ((g1, (), {}), (g1, (2,), {}), (g1, (0.5,), {"edgeOrder": 2}), (A([1.0, 2.0, 4.0, 7.0]), (A([0.0, 1.0, 1.5, 3.5]),), {}),
                        (rnd((3, 4)), (), {}), (rnd((3, 4)), (0.5, 2), {}), (rnd((3, 4)), (), {"axis": 1}), (rnd((3, 4)), (A([0.0, 1.0, 3.0]),), {"axis": 0}),
                        (A([1.5, 2.5, 0.5], "float32"), (), {}), (rnd((2, 3, 4)), (), {"axis": [0, 2]}), (A([1.0]), (), {}), (A([1.0, 2.0]), (), {"edgeOrder": 2}),
                        (g1, (1,), {"edgeOrder": 3}), (rnd((3, 4)), (1, 2, 3), {}), (g1, (A([0.0, 1.0]),), {})):
        case(g, "gradient", x, *args, tol=TOL, **kw)
    # unwrap (radians by default; integer periods keep integer dtypes)
    ph = A([0.0, 3.0, 6.5, 0.2, -3.5, -9.0, 12.7])
    for x, kw in ((ph, {}), (A([1, 2, 3, 4, 5, 6, 1, 2, 3], "int64"), {"period": 6}), (A([2, 3, 4, 5, 2, 3, 4, 5], "int64"), {"period": 4}),
                  (A([0, 1, 5, 0], "int64"), {"discont": 4}), (ph, {"discont": 1.25}), (ph, {"period": 360}), (A(np.array([[0.0, 3.5, 7.0], [1.0, -2.5, 0.5]])), {"axis": 0}),
                  (A(np.array([[0.0, 3.5, 7.0], [1.0, -2.5, 0.5]])), {}), (A([0.0, np.pi, 2 * np.pi, -np.pi]), {}), (A([1.5], "float32"), {}), (A(np.zeros(0)), {}),
                  (A(2.5), {}), (ph, {"axis": 1})):
        case(g, "unwrap", x, tol=TOL, **kw)
    # matvec, vecmat (numpy 2.2's gufuncs)
    m23 = ar(6, shape=(2, 3))
    own = np.random.RandomState(7)  # its own data: the shared stream feeds the later groups
    mine = lambda shape: A(np.round(own.uniform(-3.0, 3.0, size=shape), 3), "float64")  # noqa: E731
    for fn, a, b in (("matvec", m23, A([1, 0, 1], "int64")), ("matvec", mine((2, 2, 3)), mine((4, 1, 3))), ("matvec", mine((3, 3)), mine((2, 3))),
                     ("matvec", A([[1.5, 2.0]]), A([True, False], "bool")), ("matvec", m23, ar(2)), ("matvec", ar(3), ar(3)), ("matvec", m23, 5),
                     ("vecmat", A([1, 2], "int64"), m23), ("vecmat", mine((4, 2)), mine((2, 3))), ("vecmat", mine((2, 1, 3)), mine((5, 3, 2))),
                     ("vecmat", ar(3), m23), ("vecmat", ar(2), ar(2)), ("vecmat", A(1.0), m23)):
        case(g, fn, a, b, tol=TOL)
    # fromiter (a JS iterable on our side, a Python one on numpy's)
    for it, kw in (([1, 4, 9], {"dtype": "int64"}), ([1.5, 2.5], {"dtype": "float64"}), ([1, 2, 3, 4, 5], {"dtype": "float64", "count": 3}),
                   ([], {"dtype": "float64"}), ([True, False], {"dtype": "bool"}), ([1, 2], {"dtype": "int32", "count": 0}),
                   ([1, 2, 3], {"dtype": "float64", "count": 5}), ([1, 2], {"dtype": "float32", "count": -1})):
        case(g, "fromiter", it, **kw)
    # isfortran
    for x in (ar(6, shape=(2, 3)), ar(6, shape=(2, 3), then=[Step("attr:T")]), ar(3), A(np.zeros((0, 3))), ar(24, shape=(2, 3, 4), then=[Step("attr:T")]),
              ar(12, shape=(3, 4), then=[Step("attr:T"), Step("get", S(":"), S(":2"))]), ar(12, shape=(3, 4), then=[Step("get", S(":"), S("::2")), Step("attr:T")]), A(np.zeros((2, 1)))):
        case(g, "isfortran", x)


def g_linalg():
    """np.linalg's factorisations. Tolerances (relative, plus absolute for entries that are 0 up to
    rounding): float64 results rtol 1e-10 + atol 1e-12 (LAPACK's blocked LU/QR/SVD and deepts's
    unblocked ones round differently); float32 rtol 1e-5 + atol 1e-6 (numpy works in float32, deepts in
    float64 rounded once); integer results exact. Eigenvector and singular-vector signs, and eig's
    eigenvalue order, are normalised in test/np/linalg-decomp.test.ts as numpy documents them (arbitrary)."""
    g = "linalg-decomp"
    T = {"tol": 1e-10, "atol": 1e-12}
    T32 = {"tol": 1e-5, "atol": 1e-6}
    sq3 = A([[4.0, -2.0, 1.0], [3.0, 6.0, -4.0], [2.0, 1.0, 8.0]])
    i22 = A([[1, 2], [3, 4]], "int64")
    sing = A([[1.0, 2.0], [2.0, 4.0]])
    st = rnd((2, 3, 3))
    spd = A([[4.0, 2.0, 0.6], [2.0, 5.0, 1.5], [0.6, 1.5, 3.0]])
    f32 = A([[2.0, 1.0], [1.0, 3.0]], "float32")
    nonsq = ar(6, shape=(2, 3))
    r1 = ar(3)
    rect, wide = rnd((4, 3)), rnd((3, 5))
    sym = A(np.round(np.array([[2.0, -1.0, 0.5, 0.0], [-1.0, 3.0, 1.0, 0.25], [0.5, 1.0, 1.0, -0.75], [0.0, 0.25, -0.75, 4.0]]), 3))
    sst = A(np.stack([spd.a, np.array([[1.0, 0.5, 0.0], [0.5, 2.0, 0.3], [0.0, 0.3, 3.5]])]))
    tol = lambda x: T32 if isinstance(x, A) and str(x.a.dtype) == "float32" else T
    for x in (sq3, i22, st, f32, A(np.eye(3)), A([[2.5]]), sing, nonsq, r1):
        case(g, "linalg.inv", x, **tol(x))
    for a, b in ((sq3, [1, 2, 3]), (sq3, rnd((3, 2))), (st, rnd((2, 3, 1))), (i22, [5, 6]), (f32, A([1.0, 2.0], "float32")), (st, rnd((3, 2))),
                 (sing, [1, 2]), (sq3, [1, 2]), (st, rnd((2, 3)))):
        case(g, "linalg.solve", a, b, **tol(a))
    for fn in ("linalg.det", "linalg.slogdet"):
        for x in (sq3, i22, st, sing, f32, A([[-2.0, 0.0], [0.0, 3.0]]), A(np.zeros((0, 0))), nonsq, r1):
            case(g, fn, x, **tol(x))
    for x, kw in ((spd, {}), (A([[4, 2], [2, 3]], "int64"), {}), (sst, {}), (f32, {}), (spd, {"upper": True}),
                  (A([[4.0, 99.0], [2.0, 3.0]]), {}), (A([[1.0, 2.0], [2.0, 1.0]]), {}), (nonsq, {}), (r1, {})):
        case(g, "linalg.cholesky", x, **tol(x), **kw)
    for x, args in ((sq3, ()), (rect, ()), (wide, ()), (i22, ()), (rect, ("complete",)), (rect, ("r",)), (wide, ("complete",)), (st, ()),
                    (f32, ()), (A([[0.0, 1.0], [0.0, 2.0]]), ()), (r1, ()), (sq3, ("foo",))):
        case(g, "linalg.qr", x, *args, **tol(x))
    for fn in ("linalg.eigh", "linalg.eigvalsh"):
        for x, kw in ((spd, {}), (sym, {}), (A([[2, 1], [1, 2]], "int64"), {}), (sst, {}), (sq3, {"UPLO": "U"}), (sq3, {}), (f32, {}),
                      (A([[5.0]]), {}), (nonsq, {}), (r1, {})):
            case(g, fn, x, **tol(x), **kw)
    for x, kw in ((rect, {"fullMatrices": False}), (rect, {}), (wide, {"fullMatrices": False}), (sq3, {}), (sq3, {"computeUv": False}),
                  (st, {"fullMatrices": False}), (i22, {}), (f32, {}), (wide, {"computeUv": False}), (r1, {})):
        case(g, "linalg.svd", x, **tol(x), **kw)
    for x in (rect, wide, st, sing, i22, r1):
        case(g, "linalg.svdvals", x, **tol(x))
    for x, kw in ((rect, {}), (wide, {}), (sing, {}), (i22, {}), (st, {}), (sq3, {"rcond": 0.5}), (r1, {})):
        case(g, "linalg.pinv", x, **tol(x), **kw)
    for a, b in ((rect, rnd(4)), (rect, rnd((4, 2))), (wide, rnd(3)), (sing, [1, 2]), (i22, [1, 2]), (sq3, rnd(3)), (rect, rnd(3)), (st, rnd(3))):
        case(g, "linalg.lstsq", a, b, **tol(a))
    for x, kw in ((sq3, {}), (sing, {}), (rect, {}), (r1, {}), (A([0, 0], "int64"), {}), (st, {}), (A(np.zeros((3, 3))), {}), (sq3, {"tol": 5.5})):
        case(g, "linalg.matrixRank", x, **kw)
    for x, args in ((sq3, ()), (i22, ()), (st, ()), (rect, ()), (sq3, ("fro",)), (sq3, (1,)), (sq3, (-1,)), (sq3, (float("inf"),)), (sq3, (2,)),
                    (sq3, (-2,)), (sing, (1,)), (nonsq, (1,)), (r1, ())):
        case(g, "linalg.cond", x, *args, **T)
    for fn in ("linalg.eig", "linalg.eigvals"):
        for x in (A([[2.0, 0.0], [1.0, 3.0]]), A([[1.0, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 6.0]]), spd, A([[4, 1], [2, 3]], "int64"),
                  A(np.stack([np.array([[4.0, 1.0], [2.0, 3.0]]), np.array([[1.0, 2.0], [0.5, -1.0]])])), A([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [-0.5, 0.0, 1.0]]),
                  nonsq, r1):
            case(g, fn, x, **T)
    for x, n in ((i22, 0), (i22, 1), (i22, 2), (i22, 3), (i22, 5), (i22, -1), (sq3, 4), (st, 2), (A([[1, 1], [1, 0]], "int32"), 10), (nonsq, 2), (i22, 1.5)):
        case(g, "linalg.matrixPower", x, n, **T)
    for arrs in ([rnd((3, 4)), rnd((4, 2)), rnd((2, 5))], [A([1.0, 2.0, 3.0]), rnd((3, 2)), A([0.5, -1.0])], [rnd((3, 4)), rnd((4, 2))],
                 [ar(3), rint((3, 4)), rint((4, 2)), rint((2, 6)), ar(6)], [rnd((3, 4))], [rnd((3, 4)), rnd((2, 4, 2))]):
        case(g, "linalg.multiDot", arrs, **T)
    for a, b in (([1, 2], [3, 4, 5]), (A([1.5, -2.0]), A([1, 2], "int32")), (A([True, False], "bool"), A([True, True], "bool")), (nonsq, r1), (ar(2), A(2.5))):
        case(g, "linalg.outer", a, b)
    for x, kw in ((sq3, {}), (ar(24, shape=(2, 3, 4)), {}), (sq3, {"offset": 1}), (i22, {"offset": -1}), (f32, {}), (r1, {})):
        case(g, "linalg.trace", x, **kw)
    for x in (nonsq, ar(24, shape=(2, 3, 4)), f32, r1):
        case(g, "linalg.matrixTranspose", x)
    f23 = A([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
    for a, b, kw in ((nonsq, r1, {}), (nonsq, nonsq, {}), (f23, A([1.0, 0.5, 2.0]), {}), (nonsq, nonsq, {"axis": 0}), (A([1, 2], "int32"), A([3, 4], "int32"), {}),
                     (nonsq, ar(2), {}), (A(2.5), r1, {})):
        case(g, "linalg.vecdot", a, b, **T, **kw)
    t4 = A(np.eye(4) * 2 + np.triu(np.ones((4, 4)), 1))
    for x, kw in ((t4.a.reshape(4, 2, 2), {"ind": 1}), (t4.a.reshape(2, 2, 2, 2), {}), (t4.a.reshape(2, 2, 4), {}), (A(np.eye(6)).a.reshape(6, 3, 2), {"ind": 1}),
                  (t4.a.reshape(4, 4), {"ind": 0}), (np.ones((2, 2, 2, 2)), {})):
        case(g, "linalg.tensorinv", A(x), **T, **kw)
    t6 = np.eye(6) + np.tril(np.ones((6, 6)), -1) * 0.5
    for x, b, kw in ((A(t6.reshape(2, 3, 6)), A(np.arange(6.0).reshape(2, 3)), {}), (A(t6.reshape(6, 2, 3)), A(np.arange(6.0)), {}),
                     (A(t6.reshape(2, 3, 2, 3)), A(np.arange(6.0).reshape(2, 3)), {}), (A(t6.reshape(3, 2, 6)), A(np.arange(6.0).reshape(3, 2)), {"axes": [0]}),
                     (A(t6.reshape(2, 3, 6)), A(np.arange(3.0)), {}), (A(np.ones((2, 3, 6))), A(np.arange(6.0).reshape(2, 3)), {})):
        case(g, "linalg.tensorsolve", x, b, **T, **kw)
    for x, kw in ((sq3, {}), (sq3, {"ord": 1}), (sq3, {"ord": "nuc"}), (st, {}), (st, {"keepdims": True}), (sq3, {"ord": 2}), (i22, {"ord": float("-inf")}), (r1, {})):
        case(g, "linalg.matrixNorm", x, **T, **kw)
    for x, kw in ((r1, {}), (nonsq, {}), (nonsq, {"axis": 1}), (nonsq, {"ord": 1}), (f23, {"ord": float("inf")}), (nonsq, {"axis": 0, "keepdims": True}),
                  (f23, {"ord": 0}), (f23, {"ord": 3}), (nonsq, {"keepdims": True}), (nonsq, {"axis": 2})):
        case(g, "linalg.vectorNorm", x, **T, **kw)


RSN = np.random.RandomState(15)
GENERATORS = [g_rearrange, g_methods, g_statistics, g_maths, g_linalg]

if __name__ == "__main__":
    if not np.__version__.startswith("2."):
        sys.exit(f"numpy 2.x expected, found {np.__version__}")
    for fn in GENERATORS:
        fn()
    write("test/gen/np_breadth_fixtures.py")
