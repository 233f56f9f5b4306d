#!/usr/bin/env python3
"""Ask numpy (2.4.x) for the answers the np core tests compare against.

Run from the repository root:  python3 test/gen/np_fixtures.py
Writes test/fixtures/np/<group>.json, one file per function group, each {"numpy": version,
"cases": [...]}. Printing and RNG fixtures come from print_fixtures.py and random_fixtures.py.

Case format (read by test/np/runner.ts):
  name    unique within its file; reads like the numpy call
  call    "zeros", "linalg.norm"      -> np.zeros(...), np.linalg.norm(...)
          ".reshape"                  -> args[0].reshape(...rest)
          "attr:T"                    -> args[0].T
          "inplace:.sort"             -> args[0].sort(...rest); expect is args[0] afterwards (numpy's
                                         in-place methods, which return None)
          "get"                       -> args[0].get(...rest)          (numpy: x[rest])
          "set"                       -> args[0].set(...rest, value)   (numpy: x[rest] = value);
                                         expect is args[0] afterwards
          "setvia"                    -> v = args[0] after the `via` steps (a view), v.set(...rest);
                                         expect is args[0] afterwards (checks views share memory)
  args    positional arguments, encoded as
            number | boolean | string        as is; the strings "nan" "inf" "-inf" "-0" are numbers
            [ ... ]                          a JS array (shape, array-like, list of arrays, index list)
            {"array": {dtype, shape, data}, "then": [step...]}
                                             np.array(data, {dtype}).reshape(shape), then each step
                                             {call, args, kwargs} applied to it (e.g. ".T", "get")
            {"newaxis": true}                np.newaxis
            {"null": true}                   null
  kwargs  numpy keyword arguments -> one trailing options object (keys already camelCase)
  expect  {"array": {dtype, shape, data}}    data is the C-order flat list (null: values unspecified)
          {"scalar": v, "dtype": d, "plain": p}
                                             numpy returned a scalar; plain=true means deepts must
                                             return a plain number/boolean (docs/np-api.md), plain=false
                                             also accepts a 0-d NDArray
          {"value": v}                       plain JSON value (tolist, shape, ndim, dtype name)
          {"arrays": [{dtype, shape, data}, ...]}
                                             numpy returned a tuple or list of arrays (split,
                                             broadcast_arrays, nonzero): deepts returns a JS array of them
          {"error": message}                 deepts must throw an Error with exactly this message
          {"items": [{"array": ...} | {"scalar": v, "dtype": d}, ...]}
                                             numpy returned a tuple mixing arrays and scalars (lstsq,
                                             slogdet): deepts returns a JS array of NDArrays and numbers
  tol     absent: exact (NaN equals NaN, -0 differs from 0); a number: relative tolerance (used for
          transcendental functions and float reductions, where summation order or libm may differ)
  atol    with tol: an absolute tolerance added to it, for results whose exact value is 0 but come out of
          a factorisation as rounding noise (linalg)

JavaScript numbers do not remember whether they were written 2 or 2.0, so deepts must treat an
integral plain number as a Python int. The generator refuses a Python float with an integral value
anywhere outside an explicitly typed array, so every case means the same thing on both sides.
"""
import json
import math
import os
import re
import sys
import warnings

import numpy as np

from _common import ROOT, enc_num

OUT = os.path.join(ROOT, "test", "fixtures", "np")
DTYPES = {"float64", "float32", "int64", "int32", "bool"}
SPECIAL = {"nan", "inf", "-inf", "-0"}

warnings.simplefilter("ignore")
np.seterr(all="ignore")


# ---------------------------------------------------------------- argument specs

class S:
    """A slice written as numpy text, e.g. S("1:3"), S("::-1")."""

    def __init__(self, text):
        self.text = text

    def np(self):
        parts = [int(p) if p.strip() else None for p in self.text.split(":")]
        return slice(*parts)


class _Token:
    def __init__(self, name):
        self.name = name


NEWAXIS = _Token("newaxis")
NULL = _Token("null")
ELL = _Token("...")


class Step:
    """One call applied to a value: Step(".reshape", 3, 2), Step("attr:T"), Step("get", S("::2"))."""

    def __init__(self, call, *args, **kwargs):
        self.call, self.args, self.kwargs = call, list(args), kwargs

    def enc(self):
        d = {"call": self.call, "args": [enc_arg(a) for a in self.args]}
        if self.kwargs:
            d["kwargs"] = {k: enc_arg(v) for k, v in self.kwargs.items()}
        return d

    def desc(self):
        return self.call + "(" + ", ".join([desc(a) for a in self.args] + [f"{k}={desc(v)}" for k, v in self.kwargs.items()]) + ")"


class A:
    """An array argument built from explicit data and dtype (plus optional view steps)."""

    def __init__(self, data, dtype="float64", shape=None, then=()):
        a = np.array(data, dtype=dtype)
        if shape is not None:
            a = a.reshape(shape)
        assert str(a.dtype) in DTYPES, a.dtype
        self.a = a
        self.then = list(then)

    def build(self):
        x = self.a.copy()
        for s in self.then:
            x = run(s.call, [x] + [dec(v) for v in s.args], {k: dec(v) for k, v in s.kwargs.items()})
        return x

    def enc(self):
        d = {"array": enc_array(self.a)}
        if self.then:
            d["then"] = [s.enc() for s in self.then]
        return d

    def desc(self):
        s = f"{self.a.dtype}{shape_text(self.a.shape)}"
        for st in self.then:
            s += ("." + st.call[5:]) if st.call.startswith("attr:") else ("" if st.call.startswith(".") else ".") + st.desc()
        return s


def ar(n_or_list, dtype="int64", shape=None, then=()):
    """Shorthand: ar(6, shape=(2,3)) is arange(6).reshape(2,3) typed dtype."""
    data = list(range(n_or_list)) if isinstance(n_or_list, int) else n_or_list
    return A(data, dtype, shape, then)


def shape_text(shape):
    return "(" + ",".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"


def desc(v):
    if isinstance(v, A) or hasattr(v, "fixture_enc"):
        return v.desc()
    if isinstance(v, S):
        return v.text
    if isinstance(v, _Token):
        return v.name
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(desc(x) for x in v) + "]"
    if isinstance(v, str):
        return repr(v)
    return repr(v)


def enc_array(a):
    a = np.asarray(a)
    assert str(a.dtype) in DTYPES, f"dtype {a.dtype} is not one deepts has"
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": [enc_num(v) for v in a.ravel().tolist()]}


def check_weak(v, where):
    """Refuse a Python float that JavaScript would read as an integer."""
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        raise ValueError(f"ambiguous integral float {v!r} in {where}: write it as int or use A(..., dtype)")


def enc_arg(v, where="args"):
    if hasattr(v, "fixture_enc"):  # a value with its own encoding (np_index_fixtures.py's Fn)
        return v.fixture_enc()
    if isinstance(v, A):
        return v.enc()
    if isinstance(v, S):
        return v.text
    if v is NEWAXIS:
        return {"newaxis": True}
    if v is NULL or v is None:
        return {"null": True}
    if v is ELL:
        return "..."
    if isinstance(v, (list, tuple)):
        return [enc_arg(x, where) for x in v]
    if isinstance(v, str):
        assert v not in SPECIAL
        return v
    check_weak(v, where)
    return enc_num(v)


def dec(v):
    """Argument spec -> numpy-side value."""
    if hasattr(v, "fixture_dec"):
        return v.fixture_dec()
    if isinstance(v, A):
        return v.build()
    if isinstance(v, S):
        return v.np()
    if v is NEWAXIS or v is NULL:
        return None
    if v is ELL:
        return Ellipsis
    if isinstance(v, tuple):
        return tuple(dec(x) for x in v)
    if isinstance(v, list):
        return [dec(x) for x in v]
    return v


def snake(name):
    if name.isupper():  # numpy's own capitals (eigh's UPLO) stay
        return name
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), name)


def index_tuple(items):
    out = []
    for it in items:
        out.append(tuple(it) if isinstance(it, tuple) else it)
    return tuple(out)


def run(call, args, kwargs):
    """Perform a call on the numpy side with decoded arguments."""
    if call == "get":
        return args[0][index_tuple(args[1:])]
    if call == "set":
        args[0][index_tuple(args[1:-1])] = args[-1]
        return args[0]
    if call.startswith("attr:"):
        return getattr(args[0], call[5:])
    kwargs = {snake(k): v for k, v in kwargs.items()}  # deepts's camelCase option -> numpy's keyword
    if call.startswith("inplace:"):
        run(call[8:], args, kwargs)
        return args[0]
    if call.startswith("."):
        name = snake(call[1:])
        if hasattr(np.ndarray, name):
            return getattr(args[0], name)(*args[1:], **kwargs)
        return getattr(np, name)(*args, **kwargs)
    fn = np
    for part in call.split("."):
        fn = getattr(fn, NUMPY_NAMES.get(part, snake(part)))
    return fn(*args, **kwargs)


# deepts names whose numpy spelling is not the snake_case of the camelCase
NUMPY_NAMES = {"atleast1d": "atleast_1d", "atleast2d": "atleast_2d", "atleast3d": "atleast_3d"}


# ---------------------------------------------------------------- case collection

REDUCERS = {"sum", "mean", "max", "min", "argmax", "argmin", "std", "var", "prod", "any", "all"}
ELEMENTWISE = {"add", "subtract", "multiply", "divide", "power", "negative", "abs", "exp", "log", "log1p",
               "sqrt", "square", "tanh", "sin", "cos", "maximum", "minimum", "clip", "sign", "heaviside",
               "where", "isnan", "isfinite", "less", "greater", "equal", "notEqual", "lessEqual",
               "greaterEqual", "logicalAnd", "logicalOr", "logicalNot"}
# Results that may legitimately differ in the last bits: libm functions and float accumulations.
INEXACT = {"exp", "log", "log1p", "tanh", "sin", "cos", "power", "sum", "mean", "std", "var", "prod",
           "cumsum", "dot", "matmul", "linalg.norm"}
REL_TOL = 1e-12
REL_TOL_F32 = 3e-7  # about two float32 ulps

GROUPS = {}


def base_name(call):
    return call.replace("inplace:", "").lstrip(".").replace("attr:", "")


def is_plain_number(v):
    return isinstance(v, (int, float, bool)) and not isinstance(v, np.generic)


def case(group, call, *args, label=None, via=None, tol=None, atol=None, plain=None, **kwargs):
    """Evaluate one call with numpy and record it in `group`."""
    name_core = call + "(" + ", ".join([desc(a) for a in args] + [f"{k}={desc(v)}" for k, v in kwargs.items()]) + ")"
    if via:
        name_core = "via " + " ".join(s.desc() for s in via) + ": " + name_core
    name = (label + ": " if label else "") + name_core
    enc = {"name": name, "call": call, "args": [enc_arg(a, name) for a in args]}
    if kwargs:
        enc["kwargs"] = {k: enc_arg(v, name) for k, v in kwargs.items()}
    if via:
        enc["via"] = [s.enc() for s in via]
    try:
        dargs = [dec(a) for a in args]
        # numpy wants a tuple of axes; deepts takes the JS array
        dkw = {k: tuple(v) if k == "axis" and isinstance(v, list) else dec(v) for k, v in kwargs.items()}
        if call == "setvia":
            base = dargs[0]
            view = base
            for s in via:
                view = run(s.call, [view] + [dec(v) for v in s.args], {k: dec(v) for k, v in s.kwargs.items()})
            view[index_tuple(dargs[1:-1])] = dargs[-1]
            r = base
        else:
            r = run(call, dargs, dkw)
    except Exception as e:  # numpy's message is the expectation
        assert not (isinstance(e, AttributeError) and "has no attribute" in str(e)), f"{name}: {e} (a name to map in NUMPY_NAMES?)"
        enc["expect"] = {"error": str(e)}
        enc["numpyError"] = type(e).__name__
        add(group, enc)
        return
    bn = base_name(call)
    if call == "get" and isinstance(r, np.generic):
        r = np.asarray(r)  # deepts: x.get(1, 2) is a 0-d array
    if isinstance(r, np.ndarray):
        expect = {"array": enc_array(r)}
        if bn in ("empty", "emptyLike"):
            expect["array"]["data"] = None
        rdtype = str(r.dtype)
    elif isinstance(r, (np.generic, bool, int, float)):
        rdtype = str(np.asarray(r).dtype)
        assert rdtype in DTYPES, f"{name}: scalar dtype {rdtype}"
        if plain is None:
            no_axis = "axis" not in kwargs and not kwargs.get("keepdims")
            plain = ((bn in REDUCERS or bn == "linalg.norm") and no_axis) or bn == "item" or call.startswith("attr:") or (
                bn in ELEMENTWISE and all(is_plain_number(a) for a in args))
        expect = {"scalar": enc_num(r), "dtype": rdtype, "plain": bool(plain)}
    elif isinstance(r, (tuple, list)) and len(r) > 0 and all(isinstance(v, np.ndarray) for v in r):
        expect = {"arrays": [enc_array(v) for v in r]}
        rdtype = str(r[0].dtype)
    elif isinstance(r, tuple) and any(isinstance(v, (np.ndarray, np.generic)) for v in r):
        # a tuple mixing arrays and scalars (lstsq, slogdet): deepts returns a JS array of them
        items = []
        for v in r:
            if isinstance(v, np.ndarray):
                items.append({"array": enc_array(v)})
            else:
                items.append({"scalar": enc_num(v), "dtype": str(np.asarray(v).dtype)})
        expect = {"items": items}
        rdtype = None
    elif isinstance(r, tuple):
        expect = {"value": list(r)}
        rdtype = None
    elif isinstance(r, list):
        expect = {"value": enc_nested(r)}
        rdtype = None
    elif isinstance(r, bytes):
        expect = {"value": list(r)}  # tobytes: deepts returns a Uint8Array
        rdtype = None
    elif isinstance(r, np.dtype):
        expect = {"value": str(r)}
        rdtype = None
    else:
        raise TypeError(f"{name}: unexpected result {type(r)}")
    enc["expect"] = expect
    if tol is None and bn in INEXACT and rdtype in ("float64", "float32"):
        tol = REL_TOL_F32 if rdtype == "float32" else REL_TOL
    if tol:
        enc["tol"] = tol
    if atol:
        enc["atol"] = atol
    add(group, enc)


def enc_nested(v):
    if isinstance(v, list):
        return [enc_nested(x) for x in v]
    return enc_num(v)


def add(group, enc):
    cases = GROUPS.setdefault(group, [])
    names = {c["name"] for c in cases}
    base, n = enc["name"], 2
    while enc["name"] in names:
        enc["name"] = f"{base} #{n}"
        n += 1
    cases.append(enc)


# ---------------------------------------------------------------- data helpers

RS = np.random.RandomState(2024)


def rnd(shape, lo=-3.0, hi=3.0, decimals=3):
    """Reproducible float64 test data with few digits (keeps fixtures readable)."""
    return A(np.round(RS.uniform(lo, hi, size=shape), decimals), "float64")


def rint(shape, lo=-9, hi=10, dtype="int64"):
    return A(RS.randint(lo, hi, size=shape), dtype)


def rbool(shape):
    return A(RS.rand(*shape) < 0.5 if shape else RS.rand() < 0.5, "bool")


F = [-2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.0, 3.75]                 # float64 values incl. -0
FS = [-2.5, -1.0, -0.0, 0.0, 0.5, 1.0, float("nan"), float("inf"), float("-inf")]
I = [-7, -3, -1, 0, 1, 2, 5, 9]


# ---------------------------------------------------------------- groups

def g_creation():
    g = "creation"
    # np.array from nested lists: dtype inference
    for data in ([1, 2, 3], [[1, 2], [3, 4]], [1, 2.5], [[1.5, 2], [3, 4]], [True, False, True],
                 [True, 2], [True, 2.5], [[[1, 2]], [[3, 4]]], [], [[]], [[], []], 5, 2.5, True, [-0.5, 1.25],
                 [float("nan"), 1, float("inf")], [[1, 2, 3]], [[1], [2], [3]], [0], [-3, 7]):
        case(g, "array", data)
    for dt in ("float64", "int64", "int32", "bool", "float32"):
        for data in ([1, 2, 3], [[1.7, -1.7], [2.5, -0.5]], [0, 1, 2], [True, False], 7):
            case(g, "array", data, dtype=dt)
    case(g, "array", A([1, 2, 3], "int32"))
    case(g, "array", A([1.5, 2.5], "float64"), dtype="int64")
    case(g, "array", [[1, 2], [3]])
    case(g, "array", [[1, 2], [3, 4, 5]])
    case(g, "array", [float("nan"), 1.5], dtype="int64")
    case(g, "asarray", [[1, 2], [3, 4]])
    case(g, "asarray", [1.5, 2])
    case(g, "asarray", A([1, 2], "int32"))
    case(g, "asarray", A([1, 2], "int32"), dtype="float64")
    case(g, "asarray", [1, 0, 2], dtype="bool")
    for f in ("zeros", "ones", "empty"):
        for shape in (3, [2, 3], [0], [2, 0, 3], [], [1, 1, 1], 0, [4]):
            case(g, f, shape)
        for dt in ("int64", "int32", "bool", "float32"):
            case(g, f, [2, 2], dtype=dt)
        case(g, f, [-1])
        case(g, f, -2)
    for shape, v in (([2, 2], 7), ([3], 2.5), (3, True), ([2, 3], -1), ([0, 2], 4), ([], 9), ([2], float("nan")),
                     ([2], float("-inf"))):
        case(g, "full", shape, v)
    case(g, "full", [2, 2], 7, dtype="float64")
    case(g, "full", [2], 2.5, dtype="int64")
    case(g, "full", [3], 1, dtype="bool")
    case(g, "full", [2], 0, dtype="int32")
    src = [A([[1.5, 2], [3, 4]], "float64"), A([1, 2, 3], "int64"), A([1, 2], "int32"), A([True, False], "bool"),
           A(np.zeros((0, 3)), "float64"), A(3.5, "float64")]
    for like in ("zerosLike", "onesLike", "emptyLike"):
        for s in src:
            case(g, like, s)
        case(g, like, src[0], dtype="int64")
        case(g, like, src[1], dtype="bool")
    for s in src:
        case(g, "fullLike", s, 7)
    case(g, "fullLike", src[1], 2.5)
    case(g, "fullLike", src[1], -2.5)
    case(g, "fullLike", src[0], 2.5)
    case(g, "fullLike", src[1], 2.5, dtype="float64")
    case(g, "fullLike", src[3], 5)
    # arange
    for args in ((5,), (0,), (-3,), (1,), (2, 10), (1, 10, 2), (10, 0, -3), (10, 1, -1), (5, 1), (-5, 5, 3),
                 (0, 1, 0.1), (1, 2, 0.1), (0.5, 3), (0, 2.5), (-1, 1, 0.25), (0, -1, -0.1), (2, 3, 0.3),
                 (0, 5, 1.5), (0, 0.6, 0.2), (3, -3, -1.5), (0, 10, 3), (1.5,)):
        case(g, "arange", *args)
    case(g, "arange", 5, dtype="float64")
    case(g, "arange", 0, 5, 2, dtype="int32")
    case(g, "arange", 0, 10, 0)
    # linspace
    for args, kw in (((0, 1, 5), {}), ((0, 1, 5), {"endpoint": False}), ((-10, 10, 100), {}), ((0, 1, 1), {}),
                     ((0, 1, 0), {}), ((2, 3, 4), {"endpoint": False}), ((0, 10, 11), {}), ((1, 0, 4), {}),
                     ((-1, 1, 7), {}), ((0, 1, 3), {}), ((0.5, 2.5, 9), {}), ((0, 1, 10), {}), ((5, 5, 3), {}),
                     ((0, 1, 2), {"endpoint": False}), ((0, 1, 1), {"endpoint": False}), ((0, 1, -1), {})):
        case(g, "linspace", *args, **kw)
    case(g, "linspace", 0, 10, 5, dtype="int64")
    # eye
    for args, kw in (((3,), {}), ((2, 3), {}), ((3, 2), {}), ((3,), {"k": 1}), ((3,), {"k": -1}), ((3, 4), {"k": 2}),
                     ((3,), {"k": 5}), ((0,), {}), ((1,), {}), ((3,), {"dtype": "int64"}), ((2,), {"dtype": "bool"}),
                     ((4, 3), {"k": -2})):
        case(g, "eye", *args, **kw)
    # attributes and conversions
    for x in (ar(6, shape=(2, 3)), A(2.5), A(np.zeros((2, 0, 4))), A([True, False], "bool"), ar(24, shape=(2, 3, 4))):
        for attr in ("shape", "ndim", "size", "dtype"):
            case(g, "attr:" + attr, x)
    for x in (ar(6, shape=(2, 3)), A([[1.5, -0.0], [float("nan"), 2]]), A([True, False], "bool"), A(7, "int64"),
              A(np.zeros((2, 0))), ar(8, shape=(2, 2, 2), dtype="int32")):
        case(g, ".tolist", x)
    for x, args in ((A([3.5]), ()), (A(7, "int64"), ()), (A([[True]], "bool"), ()), (ar(6, shape=(2, 3)), (1, 2)),
                    (ar(6, shape=(2, 3)), (4,)), (ar(6, shape=(2, 3)), (-1,)), (ar(6, shape=(2, 3)), ()),
                    (ar(6, shape=(2, 3)), (2, 0)), (ar(6, shape=(2, 3)), (6,))):
        case(g, ".item", x, *args)
    for x in (ar(6, shape=(2, 3)), ar(6, shape=(2, 3), then=[Step("attr:T")]), A([[1.5, 2]]), A(1.5)):
        case(g, ".copy", x)


def g_dtype():
    g = "dtype"
    srcs = [A([-2.7, -1.5, -0.5, -0.0, 0.0, 0.4, 1.5, 2.7, 1e10]), A([3.0, -3.0, 0.1, float("nan"), float("inf")]),
            A([0, 1, -1, 2 ** 31 + 5, -(2 ** 31) - 5, 3000000000, 2 ** 53], "int64"),
            A([0, 1, -1, 2 ** 31 - 1, -(2 ** 31)], "int32"), A([True, False, True], "bool"),
            A([16777217, 16777219, -33554435, 3], "int64"), A([0.1, 1 / 3, 1e-50, 3.4e38, 1e39, -1e39]),
            A([[1.25, -2.75], [0.5, 9.5]], then=[Step("attr:T")])]
    for s in srcs:
        for dt in ("float64", "float32", "int64", "int32", "bool"):
            a = s.a
            if dt in ("int64", "int32") and a.dtype.kind == "f" and not np.all(np.isfinite(a)):
                continue  # float->int of nan/inf is undefined in C; numpy's value is platform noise
            if dt == "int32" and a.dtype.kind == "f" and np.any(np.abs(a[np.isfinite(a)]) >= 2 ** 31):
                continue  # out-of-range float->int32 is undefined too
            if dt == "int64" and a.dtype.kind == "f" and np.any(np.abs(a[np.isfinite(a)]) >= 2 ** 63):
                continue
            case(g, ".astype", s, dt)
    case(g, ".astype", A([-2.7, 2.7]), "int64", label="truncates toward zero")
    for dt in ("float64", "float32", "int64", "int32", "bool"):
        case(g, "attr:dtype", A([1], dt))
    case(g, ".astype", A([1.5, 2.5]), "Float64")
    case(g, "zeros", 2, dtype="int65")
    case(g, "array", [1, 2], dtype="float65")


def g_shape():
    g = "shape"
    x6 = ar(6, shape=(2, 3))
    x24 = ar(24, shape=(2, 3, 4))
    for x, args in ((x6, (3, 2)), (x6, ([3, 2],)), (x6, (-1,)), (x6, (6,)), (x6, (2, -1)), (x6, (-1, 2)),
                    (x6, ([-1, 3],)), (x6, (1, 6)), (x6, (6, 1)), (x6, (1, 2, 3)), (x6, (3, 1, 2, 1)),
                    (x24, (4, -1)), (x24, (2, 12)), (x24, (-1,)), (x24, (6, 4)), (x24, (2, 2, 3, 2)),
                    (x6, (4, 2)), (x6, ([4, 2],)), (x6, (-1, 4)), (x6, (-1, -1)), (x6, (5,)), (x6, (7, -1)),
                    (A(np.zeros((0, 3))), (3, 0)), (A(np.zeros((0, 3))), (-1,)), (A(np.zeros((0, 3))), (0, -1)),
                    (A(5.5), ([],)), (A(5.5), (1, 1)), (A([5.5]), ([],)), (A([5.5]), (-1,)),
                    (ar(6, shape=(2, 3), then=[Step("attr:T")]), (-1,)),
                    (ar(6, shape=(2, 3), then=[Step("attr:T")]), (2, 3)),
                    (ar(12, shape=(3, 4), then=[Step("get", S("::2"), S("1:"))]), (-1,)),
                    (A([True, False, True, True], "bool"), (2, 2)), (ar(4, dtype="int32"), (2, 2))):
        case(g, ".reshape", x, *args)
    for x, args in ((x6, ()), (x6, ([1, 0],)), (x6, ([0, 1],)), (x24, ()), (x24, ([1, 0, 2],)), (x24, ([2, 0, 1],)),
                    (x24, ([0, 2, 1],)), (x24, ([-1, 0, 1],)), (ar(3), ()), (A(2.5), ()), (x6, ([0, 0],)),
                    (x6, ([0],)), (x24, ([0, 1, 3],)), (A(np.zeros((0, 2))), ())):
        case(g, ".transpose", x, *args)
    case(g, "transpose", x24, [1, 0, 2])
    case(g, "transpose", x6)
    for x in (x6, x24, ar(3), A(2.5), A(np.zeros((2, 0))), ar(6, shape=(1, 6)), ar(6, shape=(6, 1)),
              A([[True, False]], "bool")):
        case(g, "attr:T", x)
    for m in (".flatten", ".ravel"):
        for x in (x6, x24, A(2.5), ar(6, shape=(2, 3), then=[Step("attr:T")]),
                  ar(24, shape=(2, 3, 4), then=[Step(".transpose", [2, 0, 1])]),
                  ar(12, shape=(3, 4), then=[Step("get", S("::-1"), S("::2"))]), A(np.zeros((0, 3)))):
            case(g, m, x)
    case(g, "ravel", x6)
    sq = ar(6, shape=(1, 2, 1, 3, 1))
    for x, kw in ((sq, {}), (sq, {"axis": 0}), (sq, {"axis": 2}), (sq, {"axis": -1}), (sq, {"axis": [0, 2]}),
                  (sq, {"axis": 1}), (sq, {"axis": 5}), (sq, {"axis": -6}), (ar(1, shape=(1, 1)), {}),
                  (ar(3), {}), (A(2.5), {}), (A(np.zeros((1, 0))), {}), (ar(3, shape=(3, 1)), {"axis": 1}),
                  (sq, {"axis": [0, 0]})):
        case(g, "squeeze", x, **kw)
    case(g, ".squeeze", sq)
    for x, ax in ((ar(3), 0), (ar(3), 1), (ar(3), -1), (ar(3), -2), (x6, 0), (x6, 1), (x6, 2), (x6, -1), (x6, -3),
                  (x6, 3), (x6, -4), (A(2.5), 0), (A(2.5), -1), (x6, [0, 2]), (x6, [0, -1]), (ar(3), [0, 1, 2]),
                  (ar(3), [0, 0]), (ar(3), 2)):
        case(g, "expandDims", x, ax)
    a23, b23 = ar(6, shape=(2, 3)), ar([6, 7, 8, 9, 10, 11], shape=(2, 3))
    c13 = A([[0.5, 1.5, 2.5]])
    case(g, "concatenate", [a23, b23])
    case(g, "concatenate", [a23, b23], axis=0)
    case(g, "concatenate", [a23, b23], axis=1)
    case(g, "concatenate", [a23, b23], axis=-1)
    case(g, "concatenate", [a23, b23], axis=-2)
    case(g, "concatenate", [a23, c13])
    case(g, "concatenate", [ar(3), ar(2), ar(1)])
    case(g, "concatenate", [ar(3), A([], "float64")])
    case(g, "concatenate", [ar(2, dtype="int32"), ar(2)])
    case(g, "concatenate", [ar(2, dtype="int32"), A([True], "bool")])
    case(g, "concatenate", [A([True], "bool"), A([False], "bool")])
    case(g, "concatenate", [x24, x24], axis=1)
    case(g, "concatenate", [x24, x24], axis=2)
    case(g, "concatenate", [a23, c13], axis=1)
    case(g, "concatenate", [a23, ar(3)])
    case(g, "concatenate", [A(1.5), A(2.5)])
    case(g, "concatenate", [a23, b23], axis=2)
    case(g, "concatenate", [])
    case(g, "concatenate", [[1, 2], [3]])
    case(g, "concatenate", [a23, ar(6, shape=(2, 3), then=[Step("attr:T"), Step("attr:T")])], axis=1)
    for kw in ({}, {"axis": 0}, {"axis": 1}, {"axis": 2}, {"axis": -1}, {"axis": 3}, {"axis": -4}):
        case(g, "stack", [a23, b23], **kw)
    case(g, "stack", [ar(3), ar(3), ar(3)])
    case(g, "stack", [ar(3), ar(3)], axis=1)
    case(g, "stack", [A(1.5), A(2.5)])
    case(g, "stack", [ar(3), ar(2)])
    case(g, "stack", [ar(3), A([0.5, 1.5, 2.5])])
    case(g, "stack", [])
    for f in ("hstack", "vstack"):
        case(g, f, [ar(3), ar(2)])
        case(g, f, [ar(3), ar(3)])
        case(g, f, [a23, b23])
        case(g, f, [a23, c13])
        case(g, f, [ar(3, shape=(3, 1)), ar(6, shape=(3, 2))])
        case(g, f, [A(1.5), A(2.5)])
        case(g, f, [ar(2), A([0.5, 1.5])])
        case(g, f, [x24, x24])
        case(g, f, [[1, 2], [3, 4]])


def g_indexing():
    g = "indexing"
    x = ar(12, shape=(3, 4))
    v = ar([10, 11, 12, 13, 14, 15, 16, 17], shape=None)
    f = A([0.5, -1.5, 2.5, -3.5, 4.5])
    x3 = ar(24, shape=(2, 3, 4))
    gets = [
        (v, (0,)), (v, (-1,)), (v, (7,)), (v, (-8,)), (v, (8,)), (v, (-9,)),
        (v, (S("1:"),)), (v, (S(":3"),)), (v, (S("::2"),)), (v, (S("::-1"),)), (v, (S("-3:"),)), (v, (S("1:6:2"),)),
        (v, (S("6:1:-2"),)), (v, (S("5:10"),)), (v, (S("10:"),)), (v, (S("3:1"),)), (v, (S(":"),)), (v, (S("-100:100"),)),
        (v, (S("::-3"),)), (v, (S(":-1"),)), (v, (S("-2::-1"),)),
        (x, (0,)), (x, (-1,)), (x, (1, 2)), (x, (-1, -1)), (x, (S(":"), 0)), (x, (S(":"), -1)), (x, (1, S(":"))),
        (x, (S("1:"),)), (x, (S("1:3"), S("::2"))), (x, (S("::-1"),)), (x, (S("::-1"), S("::-1"))), (x, (S(":"), S("1:3"))),
        (x, (3,)), (x, (0, 4)), (x, (0, -5)), (x, (0, 0, 0)), (x, (S(":"), 5)),
        (x, (NEWAXIS,)), (x, (S(":"), NEWAXIS)), (x, (NEWAXIS, S(":"), NEWAXIS)), (x, (0, NEWAXIS)), (x, (NULL,)),
        (v, (S(":"), NEWAXIS)), (v, (NEWAXIS, S(":"))),
        (x, (ELL,)), (x, (ELL, 0)), (x, (0, ELL)), (x, (ELL, NEWAXIS)), (x3, (ELL, 1)), (x3, (0, ELL, 2)),
        (x3, (1, 2, 3)), (x3, (1,)), (x3, (S(":"), S(":"), 0)), (x3, (S(":"), 1)), (x3, (S("::-1"), S(":"), S("::3"))),
        (x3, (ELL, ELL)),
        # boolean masks
        (v, (A([True, False] * 4, "bool"),)), (f, (A([False] * 5, "bool"),)), (f, (A([True] * 5, "bool"),)),
        (x, (A(np.arange(12).reshape(3, 4) % 3 == 0, "bool"),)), (x, (A([True, False, True], "bool"),)),
        (x, (A([True, False, True], "bool"), 1)), (x, (S(":"), A([True, False, False, True], "bool"))),
        (x, (A([True, False], "bool"),)), (x, (A(np.ones((3, 3), bool), "bool"),)),
        (f, (A([False, True, False, True, False], "bool"),)),
        # integer arrays
        (v, ([0, 2],)), (v, ([-1, 0, -1],)), (v, ([],)), (v, (A([[0, 1], [2, 3]], "int64"),)), (v, (A([3, 1], "int32"),)),
        (x, ([0, 2],)), (x, ([0, 2], 1)), (x, (S(":"), [0, 2])), (x, ([0, 1], [1, 2])), (x, ([2, 0], S("1:3"))),
        (x, ([[0], [2]], [1, 3])), (x, (A([0, 2], "int64"), S("::-1"))), (x3, ([0, 1], S(":"), [0, 1])),
        (x3, (S(":"), [0, 2], [1, 3])), (x3, (0, [0, 2], S(":"))),
        (v, ([0, 8],)), (x, ([0, 3],)), (x, (S(":"), [0, -5])), (x, ([0, 1], [1, 2, 3])),
        # 0-d and 1-element
        (A(2.5), (ELL,)), (A(2.5), (NEWAXIS,)), (A(2.5), ()), (A(2.5), (0,)),
        (A([True, False, True], "bool"), (S("::-1"),)), (A([1.5, 2.5, 3.5], then=[Step("get", S("::-1"))]), (S("1:"),)),
    ]
    for arr, idx in gets:
        case(g, "get", arr, *idx)
    # x.get on views of views
    case(g, "get", ar(12, shape=(3, 4), then=[Step("attr:T")]), 1)
    case(g, "get", ar(12, shape=(3, 4), then=[Step("attr:T")]), S(":"), 0)
    case(g, "get", ar(12, shape=(3, 4), then=[Step("get", S("::-1"), S("1::2"))]), [0, 1], 0)
    # assignment
    sets = [
        (f, (A([True, False, True, False, False], "bool"), 0)),
        (f, (A([True, False, True, False, False], "bool"), A([7.5, 8.5]))),
        (f, (A([True, False, True, False, False], "bool"), A([7.5, 8.5, 9.5]))),
        (f, (A([False] * 5, "bool"), 3)),
        (x, (S(":"), 0, 5)), (x, (0, 99)), (x, (0, [1, 2, 3, 4])), (x, (0, A([1, 2, 3, 4], "int64"))),
        (x, ([0, 2], 1)), (x, ([0, 2], [7, 8, 9, 10])), (x, ([0, 2], A([[1], [2]], "int64"))),
        (v, ([0, 2], [1, 2])), (v, ([0, 2], 5)), (v, ([-1], 0)),
        (x, (S("1:"), S("::2"), 0)), (x, (S("::-1"), S(":"), A([1, 2, 3, 4], "int64"))),
        (v, (S("::-1"), ar(8))), (v, (S("1:"), ar(7))), (v, (S("1:"), ar(3))),
        (x, (ELL, 7)), (A(2.5), (ELL, 7)), (x, (1, 2, -1)), (x, (S(":"), NEWAXIS, 0, 3)),
        (x, (0, 0, 2.5)),
        (ar(5), (S(":"), A([0.9, -0.9, 1.5, -1.5, 2.5]))), (ar(5, dtype="int32"), (0, 2.7)),
        (A([True, False, True], "bool"), (1, 5)), (f, (S(":"), True)),
        (x, (A(np.arange(12).reshape(3, 4) > 6, "bool"), -1)),
        (x, (A([True, False, True], "bool"), 0)),
        (f, (A([True, False, True, False, False], "bool"), A([[1.5, 2.5]]))),
        (x, (5, 0)), (v, ([9], 0)), (x, (0, A([1.5, 2.5]))),
        (f, (A([True, False], "bool"), 0)),
    ]
    for arr, rest in sets:
        case(g, "set", arr, *rest)
    # lecture idiom: dLl = ones_like(x); dLl[x < 0] = slope
    xs = A([-2.0, -0.5, 0.0, 1.5, 3.0])
    case(g, "set", A(np.ones(5)), A(xs.a < 0, "bool"), 0.01, label="leaky relu derivative")
    # views share memory with their base
    base = ar(12, shape=(3, 4))
    for via, rest in (([Step(".reshape", 4, 3)], (0, 0, -1)), ([Step("attr:T")], (0, S(":"), -1)),
                      ([Step("get", S("1:"), S("::2"))], (S(":"), S(":"), -1)), ([Step("get", S(":"), 0)], (S(":"), -1)),
                      ([Step("get", 1)], (S(":"), -1)), ([Step(".ravel")], (S("::5"), -1)),
                      ([Step(".transpose", [1, 0]), Step("get", S("::-1"))], (0, S(":"), -1)),
                      ([Step(".flatten")], (S(":"), -1)), ([Step(".copy")], (S(":"), -1)),
                      ([Step("get", [0, 2])], (S(":"), -1)), ([Step("get", NEWAXIS)], (0, 0, 0, -1)),
                      ([Step("get", ELL)], (1, -1)), ([Step(".reshape", -1), Step("get", S("2:4"))], (S(":"), -1)),
                      ([Step("expandDims", 0)], (0, 1, 1, -1)),
                      ([Step(".astype", "int64")], (0, 0, -1)), ([Step("asarray")], (0, 0, -1))):
        case(g, "setvia", base, *rest, via=via)


def g_elementwise():
    g = "elementwise"
    fa = A(F)
    fs = A(FS)
    ia = A(I, "int64")
    i32 = A(I, "int32")
    ba = A([True, False, True, False, True, True, False, False], "bool")
    f2 = A([1.5, -2.0, 0.5, 4.0, -0.0, 3.0, 2.5, -1.25])
    i2 = A([3, -2, 1, 4, 2, -5, 3, 1], "int64")
    i232 = A([3, -2, 1, 4, 2, -5, 3, 1], "int32")
    b2 = A([True, True, False, False, True, False, True, False], "bool")
    f32 = A([0.5, -1.25, 3.0, 0.1, 2.5, -7.0, 1e-3, 100.0], "float32")
    pos = A([0.5, 1.0, 2.0, 1e-10, 1e10, 0.0, float("inf"), float("nan")])
    # unary
    unary = ("negative", "abs", "exp", "log", "log1p", "sqrt", "square", "tanh", "sin", "cos", "sign", "isnan",
             "isfinite", "logicalNot")
    for fn in unary:
        for x in (fa, fs, ia, i32, ba, f32, A(1.5), A([[0.25, -4.0], [9.0, 1e-3]], then=[Step("attr:T")])):
            if x is ba and fn in ("exp", "log", "log1p", "sqrt", "tanh", "sin", "cos", "square"):
                continue  # numpy answers float16 / int8, types deepts does not have
            case(g, fn, x)
    for fn in ("log", "sqrt", "log1p"):
        case(g, fn, pos)
    for fn in ("exp", "tanh", "sin", "cos"):
        case(g, fn, A([-745.5, -50.0, -1e-8, 1e-300, 20.0, 709.0, 710.0, 1e6]))
    case(g, "log1p", A([-1.0, -0.5, 1e-17, -2.0]))
    for v in (1, 2.5, -3, 0, True, float("nan"), -0.5):
        for fn in ("exp", "negative", "abs", "sign", "sqrt", "isnan", "square"):
            if v is True and fn in ("exp", "sqrt", "square"):
                continue  # float16 / int8 results
            case(g, fn, v)
    # binary arithmetic over dtype pairs
    arrays = {"f64": f2, "i64": i2, "i32": i232, "bool": b2, "f32": f32}
    left = {"f64": fa, "i64": ia, "i32": i32, "bool": ba, "f32": f32}
    for fn in ("add", "subtract", "multiply", "divide", "power", "maximum", "minimum"):
        for ln, l in left.items():
            for rn, r in arrays.items():
                if fn == "power" and ("bool" in (ln, rn) or ("f32" in (ln, rn))):
                    continue  # bool**bool is int8; float32 pow differs per libm
                case(g, fn, l, r)
    # Python scalars are weak
    weak = [(ia, 2.5), (ia, 2), (i32, 1), (i32, 2.5), (i32, -3), (ba, 1), (ba, 2.5), (ba, True), (f32, 2.5), (f32, 3),
            (fa, 2), (fa, True), (ia, True), (i32, True), (f32, True)]
    for fn in ("add", "subtract", "multiply", "divide", "maximum", "minimum", "power", "less", "equal"):
        for x, s in weak:
            if fn == "power" and (x is ba or x is f32):
                continue
            case(g, fn, x, s)
            if fn in ("add", "subtract", "divide", "power", "less"):
                case(g, fn, s, x)
    case(g, "add", i32, 2 ** 40)
    case(g, "add", A([2147483647, -2147483648], "int32"), A([1, -1], "int32"), label="int32 wraps")
    case(g, "multiply", A([65536, 123456789, -99999], "int32"), A([65536, 987654, 77777], "int32"),
         label="int32 wraps")
    case(g, "power", ia, A([2, 0, 3, 1, 2, 5, 0, 2], "int64"))
    case(g, "power", ia, -1)
    case(g, "power", ia, A([1, 2, -1, 0, 1, 1, 1, 1], "int64"))
    case(g, "power", A([-8.0, -1.0, 4.0, 0.0, 2.0]), 0.5)
    # numpy's power loop hands scalar exponents 2, 0.5 and -1 to square, sqrt and reciprocal:
    # sqrt's answers for -0 and -inf (-0 and nan, where C's pow gives 0 and inf); exact (tol=0)
    edge = [-0.0, 0.0, float("-inf"), float("inf"), float("nan"), -2.5, 1e-310, 3.0, 1e200]
    for e in (2, 0.5, -1, 1, 0):
        case(g, "power", A(edge), e, label="scalar exponent", tol=0)
        case(g, "power", A(edge, "float32"), e, label="scalar exponent", tol=0)
    case(g, "power", A(edge), A([0.5] * len(edge)), label="array exponent", tol=0)
    case(g, "power", A([2.0, 0.0, -2.0, 10.0]), -2)
    case(g, "power", A([2, 3], "int32"), 2)
    case(g, "power", 2, A([0.5, 1.5, -1.0]))
    case(g, "divide", A([1.0, -1.0, 0.0, 0.0, float("nan")]), A([0.0, 0.0, 0.0, -0.0, 0.0]))
    case(g, "divide", A([1, -1, 0], "int64"), 0)
    case(g, "divide", A([7, -7, 1], "int64"), A([2, 2, 3], "int64"))
    case(g, "divide", A([7, -7, 1], "int32"), A([2, 2, 3], "int32"))
    case(g, "divide", A([True, False], "bool"), A([True, True], "bool"))
    case(g, "subtract", ba, b2)
    case(g, "negative", ba)
    case(g, "sign", ba)
    case(g, "maximum", A([1.0, float("nan"), 3.0, float("nan")]), A([float("nan"), 2.0, 1.0, float("nan")]))
    case(g, "minimum", A([1.0, float("nan"), 3.0, float("nan")]), A([float("nan"), 2.0, 1.0, float("nan")]))
    case(g, "maximum", 0, A([-2.0, -0.5, 0.5, 2.0]))
    case(g, "maximum", 0, ia)
    case(g, "maximum", A([-2.0, 0.5, 3.0]), 0.01)
    case(g, "sign", A([-2.5, -0.0, 0.0, 3.0, float("nan"), float("-inf")]))
    case(g, "abs", A([-2147483648, -5, 5], "int32"))
    # clip
    for x, lo, hi in ((fa, 0, 1), (fa, -1.5, 1.5), (ia, 0, 5), (ia, 0.5, 2.5), (i32, -2, 2), (fs, -1, 1),
                      (ia, A([0, 1, 2, 3, 4, 5, 6, 7], "int64"), 6), (fa, 2, 1), (f32, 0, 1),
                      (A([[1.5, -2.0], [0.5, 7.0]]), A([0.0, 1.0]), A([[1.0], [2.0]]))):
        case(g, "clip", x, lo, hi)
    case(g, "clip", 5, 0, 3)
    case(g, ".clip", fa, 0, 1)
    # heaviside
    hv = A([-1.5, -0.0, 0.0, 2.0, float("nan"), float("inf"), float("-inf")])
    for h2 in (0, 0.5, 1, float("nan")):
        case(g, "heaviside", hv, h2)
    case(g, "heaviside", ia, 0)
    case(g, "heaviside", A([-1.0, 0.0, 0.0, 2.0]), A([0.25, 0.5, 0.75, 1.0]))
    case(g, "heaviside", i32, A(0.5))
    # where
    cond = A([True, False, True, False, True, False, True, False], "bool")
    for a_, b_ in ((fa, ia), (ia, i2), (1, -1), (fa, 0), (i32, 0), (i32, i232), (ba, b2), (1.5, ia), (f32, 0),
                   (ia, 2.5), (i32, 2.5), (True, False), (f32, i32)):
        case(g, "where", cond, a_, b_)
    case(g, "where", A([1.0, 0.0, float("nan"), -0.0]), 1, 0, label="non-bool condition")
    case(g, "where", A([[True], [False]], "bool"), A([1, 2, 3], "int64"), A([[10], [20]], "int64"))
    case(g, "where", A([True, False], "bool"), A([1, 2, 3], "int64"), 0)
    # comparisons and logical functions
    cmpl = A([1.0, 2.0, float("nan"), -0.0, float("inf"), 3.5, -1.0, 2.0])
    cmpr = A([1.0, 3.0, float("nan"), 0.0, float("inf"), 3.0, float("nan"), 2.5])
    for fn in ("less", "greater", "equal", "notEqual", "lessEqual", "greaterEqual"):
        case(g, fn, cmpl, cmpr)
        case(g, fn, ia, i2)
        case(g, fn, ia, f2)
        case(g, fn, i32, ia)
        case(g, fn, ba, b2)
        case(g, fn, fa, 0)
        case(g, fn, ia, 2.5)
        case(g, fn, 1, fa)
        case(g, fn, ba, 1)
        case(g, fn, A([[1, 2], [3, 4]], "int64"), A([2, 2], "int64"))
    for fn in ("logicalAnd", "logicalOr"):
        case(g, fn, ba, b2)
        case(g, fn, fa, ia)
        case(g, fn, fs, 1)
        case(g, fn, ia, 0)
        case(g, fn, True, False)
        case(g, fn, A([[True], [False]], "bool"), A([True, False], "bool"))
    # array-likes and methods
    case(g, "add", [1, 2], [3, 4])
    case(g, "add", [1, 2.5], 1)
    case(g, "add", [[1], [2]], [10, 20, 30])
    case(g, "multiply", [True, False], 3)
    case(g, "add", 2, 3)
    case(g, "add", 2, 0.5)
    case(g, "divide", 1, 4)
    case(g, "divide", 1, 0)
    case(g, "maximum", 0, [-1, 2])
    case(g, "less", 1, 2)
    for m, other in ((".add", f2), (".subtract", 1), (".multiply", 2.5), (".divide", ia), (".power", 2), (".less", 0),
                     (".greater", f2), (".equal", 2), (".notEqual", 2), (".lessEqual", 1), (".greaterEqual", 1),
                     (".maximum", 0), (".minimum", 0)):
        case(g, m, fa, other)
        case(g, m, ia, other)
    for m in (".negative", ".abs", ".exp", ".log", ".sqrt", ".square", ".tanh"):
        case(g, m, A([0.5, 2.0, 3.25]))
    # lecture expressions
    z = A([-2, -1, 0, 1, 2], "int64")
    case(g, "negative", z)
    case(g, "exp", A([2, 1, 0, -1, -2], "int64"))
    case(g, "divide", 1, A([1 + math.exp(2), 1 + math.exp(1), 2.0, 1 + math.exp(-1), 1 + math.exp(-2)]))
    case(g, "subtract", 1, A([0.78, 0.89, 0.12, 0.08, 0.97]))


def g_broadcast():
    g = "broadcast"
    pairs = [((3,), (3,)), ((2, 3), (3,)), ((2, 3), (1, 3)), ((2, 3), (2, 1)), ((2, 1), (1, 3)), ((4, 1, 3), (2, 1)),
             ((1,), (5,)), ((), (2, 2)), ((2, 2), ()), ((0,), (1,)), ((1,), (0,)), ((0, 3), (3,)), ((2, 0), (2, 1)),
             ((0,), ()), ((3, 1, 1), (1, 4, 1)), ((2, 1, 4), (3, 1)), ((1, 1), (1,)), ((5, 1, 2), (1, 3, 1)),
             ((1, 2, 1, 3), (4, 1, 2, 1)), ((6,), (2, 1, 1, 6)),
             # failures
             ((2, 3), (2,)), ((3,), (4,)), ((2, 3, 4), (3, 3)), ((2, 1), (3, 2)), ((0,), (2,)), ((2, 3), (3, 2)),
             ((4, 3), (4,)), ((1, 2, 3), (2, 2, 1, 2))]
    for sa, sb in pairs:
        na, nb = int(np.prod(sa)), int(np.prod(sb))
        a = A(np.arange(na, dtype=np.int64).reshape(sa), "int64")
        b = A((np.arange(nb, dtype=np.float64) * 0.5 - 1).reshape(sb), "float64")
        case(g, "add", a, b)
        case(g, "multiply", b, a)
        if len(sa) <= 2 and len(sb) <= 2:
            case(g, "maximum", a, b)
            case(g, "less", a, b)
            case(g, "subtract", A(np.ones(sa, dtype=bool), "bool"), A(np.arange(nb, dtype=np.int32).reshape(sb), "int32"))
    case(g, "where", A([True, False], "bool"), ar(3), ar(2))
    case(g, "where", A([True, False, True], "bool"), ar(6, shape=(2, 3)), A([[10], [20]], "int64"))
    case(g, "clip", ar(6, shape=(2, 3)), A([0, 1], "int64"), 4)
    case(g, "clip", ar(6, shape=(2, 3)), A([[0], [4]], "int64"), A([2, 3, 5], "int64"))
    case(g, "heaviside", A([[-1.0, 0.0, 1.0]]), A([[0.5], [0.25]]))
    case(g, "add", ar(6, shape=(2, 3), then=[Step("attr:T")]), ar(2))
    case(g, "add", ar(6, shape=(2, 3), then=[Step("attr:T")]), ar(3, shape=(3, 1)))
    case(g, "multiply", ar(12, shape=(3, 4), then=[Step("get", S("::-1"), S("::2"))]), A([[1.5, -1.0]]))
    case(g, "add", A([[1], [2], [3]], "int64"), 10, label="lecture: column + 10")
    case(g, "add", A([[1, 2, 3], [4, 5, 6]], "int64"), A([10, 20, 30], "int64"), label="lecture: (2,3)+(1,3)")
    case(g, "add", A([[1, 2, 3], [4, 5, 6]], "int64"), A([[10], [20]], "int64"), label="lecture: (2,3)+(2,1)")
    for fn in ("subtract", "multiply", "divide"):
        case(g, fn, A([[1, 2, 3], [4, 5, 6]], "int64"), A([[10], [20]], "int64"), label="lecture: (m,n) op (m,1)")
        case(g, fn, A([[1, 2, 3], [4, 5, 6]], "int64"), A([[10, 20, 30]], "int64"), label="lecture: (m,n) op (1,n)")


def g_reduce():
    g = "reduce"
    f23 = A([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
    i23 = A([[3, -1, 4], [1, -5, 9]], "int64")
    i32 = A([[3, -1, 4], [1, -5, 9]], "int32")
    b23 = A([[True, False, True], [False, False, True]], "bool")
    f234 = rnd((2, 3, 4))
    i234 = rint((2, 3, 4))
    empty = A(np.zeros((0, 3)))
    fnan = A([[1.0, float("nan"), 3.0], [4.0, 5.0, 6.0]])
    finf = A([1.0, float("inf"), -2.0])
    ties = A([[1, 3, 3], [2, 2, 0]], "int64")
    for fn in ("sum", "mean", "max", "min", "argmax", "argmin", "std", "var", "prod", "any", "all", "cumsum"):
        for x in (f23, i23, i32, b23, f234, i234):
            case(g, fn, x)
            axes = [0, 1, -1] + ([2, -3] if x.a.ndim == 3 else [])
            for ax in axes:
                case(g, fn, x, axis=ax)
            if fn not in ("argmax", "argmin", "cumsum"):
                case(g, fn, x, axis=0, keepdims=True)
                case(g, fn, x, keepdims=True)
                case(g, fn, x, axis=[0, 1])
                if x.a.ndim == 3:
                    case(g, fn, x, axis=[0, 2], keepdims=True)
                    case(g, fn, x, axis=[-1, 0])
            elif fn != "cumsum":
                case(g, fn, x, axis=1, keepdims=True)
        case(g, fn, f23, axis=2)
        case(g, fn, f23, axis=-3)
        case(g, fn, fnan)
        case(g, fn, fnan, axis=1)
        case(g, fn, finf)
        case(g, fn, empty)
        case(g, fn, empty, axis=0)
        case(g, fn, empty, axis=1)
        case(g, fn, A(2.5))
        case(g, fn, A([7], "int64"))
        case(g, fn, ar(6, shape=(2, 3), then=[Step("attr:T")]), axis=0)
        case(g, fn, A([[0.5, 1.5], [2.5, 3.5]], then=[Step("get", S("::-1"))]), axis=1)
        if fn not in ("argmax", "argmin", "cumsum"):
            case(g, fn, f23, axis=[0, 0])
            case(g, fn, f23, axis=[0, 2])
        case(g, "." + fn, f23)
        case(g, "." + fn, i23, axis=1)
        case(g, fn, [[1, 2], [3, 4]])
        case(g, fn, [[1, 2], [3, 4]], axis=0)
    for fn in ("argmax", "argmin"):
        case(g, fn, ties)
        case(g, fn, ties, axis=0)
        case(g, fn, ties, axis=1)
        case(g, fn, A([1.0, float("nan"), 3.0, float("nan")]))
        # down columns: a nan in a later row wins over an earlier maximum; the first of two nans wins
        nan_rows = A([[1.0, 9.0, float("nan"), 2.0], [float("nan"), 5.0, 1.0, 2.0], [3.0, float("nan"), float("nan"), 7.0]])
        case(g, fn, nan_rows, axis=0)
        case(g, fn, fnan, axis=0)
        case(g, fn, A([-0.0, 0.0]))
        case(g, fn, A([False, True, True], "bool"))
    for fn in ("max", "min"):
        case(g, fn, A([-0.0, 0.0]))
        case(g, fn, A([0.0, -0.0]))
    # summation order: numpy sums along rows pairwise (8 accumulators, halves above 128 values) and
    # down columns row after row; magnitudes spread over 10^±3 make any other order show in the last
    # bits, so these are compared exactly (tol=0)
    rs = np.random.RandomState(123)
    for n in (8, 9, 17, 63, 127, 128, 129, 300):
        x = A(rs.randn(n) * 10.0 ** rs.randint(-3, 4, size=n))
        case(g, "sum", x, label="order", tol=0)
        case(g, "mean", x, label="order", tol=0)
    m3 = A(rs.randn(3, 150) * 10.0 ** rs.randint(-3, 4, size=(3, 150)))
    for fn, kw in (("sum", {"axis": 1}), ("mean", {"axis": -1}), ("var", {"axis": 1}), ("std", {"axis": 1}), ("sum", {"axis": 0}), ("sum", {})):
        case(g, fn, m3, label="order", tol=0, **kw)
    for ddof in (0, 1, 2, 3):
        case(g, "var", f23, ddof=ddof)
        case(g, "std", f23, ddof=ddof)
        case(g, "var", f23, axis=1, ddof=ddof)
        case(g, "std", i23, axis=0, ddof=ddof)
    case(g, "std", A([0.1, 0.1, 0.1]))
    case(g, "mean", A([1, 2], "int32"))
    case(g, "sum", A([2 ** 31 - 1, 2 ** 31 - 1], "int32"), label="int32 sums in int64")
    case(g, "prod", A([65536, 65536], "int32"), label="int32 products in int64")
    case(g, "cumsum", A([2 ** 31 - 1, 1], "int32"))
    case(g, "sum", A([0.1] * 10))
    case(g, "mean", A([0.1, 0.2, 0.3]))
    case(g, "any", A([0.0, -0.0, float("nan")]))
    case(g, "all", A([1.0, float("nan"), -1.0]))
    case(g, "all", A([], "float64"))
    case(g, "any", A([], "float64"))
    case(g, "sum", A([], "bool"))
    case(g, "prod", A([], "int32"))
    case(g, "sum", A([[1.0, 2.0]]), axis=[])


def g_linalg():
    g = "linalg"
    v3 = A([1.0, 2.5, -3.0])
    w3 = A([0.5, -1.0, 2.0])
    i3 = A([1, 2, 3], "int64")
    j3 = A([4, -5, 6], "int64")
    m23 = A([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])
    m32 = A([[1.5, -2.0], [0.0, 1.0], [3.0, 0.25]])
    i23 = A([[1, 2, 3], [4, 5, 6]], "int64")
    i32_ = A([[1, 2], [3, 4], [5, 6]], "int32")
    t234 = rnd((2, 3, 4), decimals=2)
    t243 = rnd((2, 4, 3), decimals=2)
    t45 = rnd((4, 5), decimals=2)
    s534 = rnd((5, 4, 2), decimals=2)
    for a, b in ((v3, w3), (i3, j3), (i3, v3), (m23, v3), (m23, i3), (v3, m32), (i3, m32), (m23, m32), (m32, m23),
                 (i23, i32_), (i32_, i23), (A([1, 2], "int32"), A([3, 4], "int32")), (t234, A([1.0, -1.0, 0.5, 2.0])),
                 (t234, t45), (t234, s534), (A([1.0, 2.0]), rnd((2, 2, 3), decimals=2)),
                 (2, v3), (v3, 2.5), (A(3.0), m23), (2, 3), (A([True, False, True], "bool"), A([True, True, False], "bool")),
                 (A([[True, False], [False, False]], "bool"), A([[False, True], [False, True]], "bool")),
                 (m23, m23), (v3, A([1.0, 2.0])), (m23, A([1.0, 2.0])), (A([1.0, 2.0]), m23), (t234, m23),
                 (A(np.zeros((2, 0))), A(np.zeros((0, 3)))), (A(np.zeros(0)), A(np.zeros(0))),
                 (m23, A(np.zeros((3, 0)))), ([1, 2], [3, 4]), ([[1, 2], [3, 4]], [1, 1]),
                 (A([5, 1, 0, 3, 8, 2, 5, 6, 0, 1, 2, 5, 9, 0, 7], "int64"), A([2, 5, 2, 0, 3, 2, 2, 9, 1, 0, 2, 5, 4, 0, 9], "int64")),
                 (m23, A([[1.5, -2.0], [0.0, 1.0], [3.0, 0.25]], then=[Step("attr:T"), Step("attr:T")])),
                 (A([[1.0, 2.0], [3.0, 4.0]], then=[Step("attr:T")]), A([[0.5, 1.0], [-1.0, 2.0]])),
                 (ar(6, shape=(2, 3), then=[Step("get", S(":"), S("::-1"))]), ar(3))):
        case(g, "dot", a, b)
    case(g, ".dot", m23, v3)
    case(g, ".dot", v3, w3)
    for a, b in ((v3, w3), (i3, j3), (m23, v3), (v3, m32), (m23, m32), (i23, i32_), (t234, t243),
                 (t234, A([1.0, -1.0, 0.5, 2.0])), (A([1.0, 2.0, 3.0]), t234), (t234, t45),
                 (rnd((2, 1, 3, 4), decimals=2), rnd((3, 4, 2), decimals=2)), (rnd((1, 2, 3)), rnd((4, 3, 2))),
                 (m23, m23), (v3, A([1.0, 2.0])), (t234, t234), (rnd((2, 2, 3)), rnd((3, 3, 2))), (A(3.0), v3), (v3, 2),
                 (A([True, False], "bool"), A([[True], [True]], "bool")), (A([1, 2], "int32"), A([[1, 2], [3, 4]], "int32")),
                 (A(np.zeros((2, 0))), A(np.zeros((0, 3)))), ([[1, 2], [3, 4]], [[5], [6]]),
                 (A([[1.0, 2.0], [3.0, 4.0]], then=[Step("attr:T")]), A([[0.5, 1.0], [-1.0, 2.0]]))):
        case(g, "matmul", a, b)
    case(g, ".matmul", m23, m32)
    for a, b in ((v3, w3), (i3, j3), (i3, v3), (m23, A([1.0, 2.0])), (A([1, 2], "int32"), A([3, 4], "int32")),
                 (A(2.0), v3), ([5, 1, 0, 3], [2, 5, 2, 0]), (A([True, False], "bool"), A([True, True], "bool")),
                 (A(np.zeros(0)), v3), (A([5, 1, 0, 3, 8, 2, 5, 6, 0, 1, 2, 5, 9, 0, 7], "int64"),
                                        A([2, 5, 2, 0, 3, 2, 2, 9, 1, 0, 2, 5, 4, 0, 9], "int64"))):
        case(g, "outer", a, b)
    # norms
    vn = A([3.0, -4.0, 0.0, 1.5])
    mn = A([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.5]])
    x_lec = A([[3, 2, 4], [1, 8, 2]], "int64")
    for x in (vn, A([3, 4], "int64"), A([1, -2, 2], "int32"), A([True, False, True], "bool"), A(np.zeros(0)),
              A([float("nan"), 1.0]), A([float("inf"), 1.0]), A(-2.5)):
        case(g, "linalg.norm", x)
    for o in (1, 2, float("inf"), float("-inf"), 0, 3, -1, -2, 0.5):
        case(g, "linalg.norm", vn, ord=o)
    case(g, "linalg.norm", vn, ord="fro")
    case(g, "linalg.norm", vn, ord="nuc")
    case(g, "linalg.norm", vn, keepdims=True)
    case(g, "linalg.norm", vn, axis=0)
    case(g, "linalg.norm", vn, axis=0, keepdims=True)
    case(g, "linalg.norm", vn, axis=1)
    for o in (None, "fro", 1, -1, float("inf"), float("-inf"), 2, -2, "nuc", 3, 0):
        kw = {} if o is None else {"ord": o}
        case(g, "linalg.norm", mn, **kw)
    case(g, "linalg.norm", mn, keepdims=True)
    case(g, "linalg.norm", mn, ord="fro", keepdims=True)
    case(g, "linalg.norm", mn, ord=1, keepdims=True)
    for ax in (0, 1, -1, [0, 1], [1, 0], [-1, -2]):
        for o in (None, 1, 2, float("inf"), float("-inf")):
            kw = {"axis": ax} if o is None else {"axis": ax, "ord": o}
            case(g, "linalg.norm", mn, **kw)
        case(g, "linalg.norm", mn, axis=ax, keepdims=True)
    case(g, "linalg.norm", mn, axis=[0, 1], ord="fro")
    case(g, "linalg.norm", mn, axis=0, ord="fro")
    case(g, "linalg.norm", mn, axis=2)
    case(g, "linalg.norm", mn, axis=[0, 0])
    case(g, "linalg.norm", t234)
    case(g, "linalg.norm", t234, axis=2)
    case(g, "linalg.norm", t234, axis=[1, 2])
    case(g, "linalg.norm", t234, axis=[2, 0], ord=1, keepdims=True)
    case(g, "linalg.norm", t234, ord=2)
    case(g, "linalg.norm", x_lec, axis=1, keepdims=True, label="lecture normalizeRows")
    case(g, "linalg.norm", x_lec, ord=2, axis=1, keepdims=True, label="lecture normalizeRows")
    case(g, "linalg.norm", [[3, 4], [6, 8]], axis=1)


def write(generator="test/gen/np_fixtures.py"):
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for group, cases in GROUPS.items():
        path = os.path.join(OUT, f"{group}.json")
        with open(path, "w") as fh:
            # one case per line keeps diffs readable
            head = json.dumps({"numpy": np.__version__, "generator": generator})[:-1]
            fh.write(head + ', "cases": [\n')
            fh.write(",\n".join(json.dumps(c, allow_nan=False) for c in cases))
            fh.write("\n]}\n")
        errors = sum(1 for c in cases if "error" in c["expect"])
        print(f"{group:12s} {len(cases):5d} cases ({errors} errors)")
        total += len(cases)
    print(f"{'total':12s} {total:5d}")


if __name__ == "__main__":
    if not np.__version__.startswith("2."):
        sys.exit(f"numpy 2.x expected, found {np.__version__}")
    for fn in (g_creation, g_dtype, g_shape, g_indexing, g_elementwise, g_broadcast, g_reduce, g_linalg):
        fn()
    write()
