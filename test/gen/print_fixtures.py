#!/usr/bin/env python3
"""Printing fixtures: numpy's str() and repr() of many varied arrays and scalars.

Writes test/fixtures/print.json. Run from the repository root:  python3 test/gen/print_fixtures.py

Each array case stores its dtype, shape, exact input values and numpy's outputs:
  values  -- dense: every element in C order
  sparse  -- big summarised arrays: only the elements numpy shows, as [flat_index, value]; every
             other element equals `fill` (deliberately wild, to prove hidden values are ignored)
Floats are stored as Python repr strings ('0.1', 'nan', '-inf', '-0.0'), which round-trip exactly.
"""
import json
import math
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "print.json")
rng = np.random.default_rng(20240601)
DEFAULT_OPTS = np.get_printoptions()

cases = []


def enc(v, dtype):
    if dtype == "bool":
        return 1 if v else 0
    if dtype in ("int32", "int64"):
        return int(v)
    return repr(float(v))


def kept(n, edge, summarise):
    if summarise and n > 2 * edge:
        return list(range(edge)) + list(range(n - edge, n))
    return list(range(n))


def shown_flat(shape, edge, summarise):
    strides = [int(np.prod(shape[i + 1:], dtype=np.int64)) for i in range(len(shape))]
    acc = [0]
    for ax, n in enumerate(shape):
        acc = [b + k * strides[ax] for b in acc for k in kept(n, edge, summarise)]
    return acc


def add(name, arr, options=None, fill=None):
    """Record one array; `fill` switches to sparse storage (only shown elements kept)."""
    arr = np.asarray(arr)
    dtype = str(arr.dtype)
    assert dtype in ("float64", "float32", "int64", "int32", "bool"), dtype
    opts = dict(options or {})
    with np.printoptions(**opts):
        s, r = str(arr), repr(arr)
    case = {"name": name, "dtype": dtype, "shape": list(arr.shape), "options": opts or None}
    flat = arr.reshape(-1)
    if fill is None:
        case["values"] = [enc(v, dtype) for v in flat]
    else:
        threshold = opts.get("threshold", DEFAULT_OPTS["threshold"])
        edge = opts.get("edgeitems", DEFAULT_OPTS["edgeitems"])
        assert arr.size > threshold
        idx = shown_flat(list(arr.shape), edge, True)
        # every hidden element must equal the fill value
        mask = np.ones(arr.size, bool)
        mask[idx] = False
        hidden = flat[mask]
        assert np.all((hidden == fill) | (np.isnan(hidden) & np.isnan(fill))), name
        case["fill"] = enc(fill, dtype)
        case["sparse"] = [[int(i), enc(flat[i], dtype)] for i in idx]
    case["str"] = s
    case["repr"] = r
    cases.append(case)


def sparse_array(shape, dtype, fill, make_values, edge=3):
    """An array full of `fill` except the shown corners, which get make_values(count)."""
    arr = np.full(shape, fill, dtype=dtype)
    flat = arr.reshape(-1)
    idx = shown_flat(list(shape), edge, True)
    flat[idx] = np.asarray(make_values(len(idx))).astype(dtype)
    return arr


def rand_shape(ndim, lo=1, hi=5):
    return tuple(int(d) for d in rng.integers(lo, hi + 1, size=ndim))


# ---------------------------------------------------------------- lecture outputs
z = np.array([-2, -1, 0, 1, 2])
sig = 1 / (1 + np.exp(-z))
add("lecture sigmoid", sig)
add("lecture sigmoid_derivative", sig * (1 - sig))
x = np.array([[3, 2, 4], [1, 8, 2]])
xn = np.linalg.norm(x, ord=2, axis=1, keepdims=True)
add("lecture x_norm", xn)
add("lecture normalizeRows", x / xn)
x = np.array([[0, 9, 3, 0], [3, 0, 8, 1]])
e = np.exp(x)
add("lecture softmax", e / np.sum(e, axis=1, keepdims=True))
image = np.array([[[0.67826139, 0.29380381], [0.90714982, 0.52835647], [0.4215251, 0.45017551]],
                  [[0.92814219, 0.96677647], [0.85304703, 0.52351845], [0.19981397, 0.27417313]],
                  [[0.60659855, 0.00533165], [0.10820313, 0.49978937], [0.34144279, 0.94630077]]])
add("lecture image", image)
add("lecture image2vector", image.reshape(-1, 1))
np.random.seed(1)
add("lecture randn(6)", np.random.randn(6))
add("lecture randn(6,1)", np.random.randn(6, 1))
b = np.random.randn(6, 1)
add("lecture outer b.bT", np.dot(b, b.T))
add("lecture iris weights", np.array([-0.4, -0.68, 1.82]))

# ---------------------------------------------------------------- random float64, 0-D .. 4-D
dists = {
    "normal": lambda n: rng.standard_normal(n),
    "uniform": lambda n: rng.random(n),
    "tiny": lambda n: rng.standard_normal(n) * 1e-10,
    "huge": lambda n: rng.standard_normal(n) * 1e12,
    "mixed": lambda n: rng.choice([-1, 1], n) * 10.0 ** rng.uniform(-12, 12, n),
    "scaled100": lambda n: rng.standard_normal(n) * 100,
    "moderate": lambda n: rng.uniform(-1000, 1000, n),
    "rounded": lambda n: np.round(rng.standard_normal(n) * 10, 2),
    "ints-as-float": lambda n: rng.integers(-50, 50, n).astype(float),
    "small": lambda n: rng.uniform(1e-4, 1e-3, n),
}
for dname, make in dists.items():
    for ndim in range(5):
        shape = rand_shape(ndim, 1, 4 if ndim >= 3 else 6)
        n = int(np.prod(shape))
        add(f"float64 {dname} {ndim}-D", make(n).reshape(shape))

# ---------------------------------------------------------------- special values
add("nan inf mixed", np.array([1.5, np.nan, -np.inf, np.inf, -2.25]))
add("only nan", np.array([np.nan, np.nan]))
add("only inf", np.array([np.inf, -np.inf]))
add("only +inf", np.array([np.inf, np.inf]))
add("nan with tiny", np.array([np.nan, 1e-7, 3e-6]))
add("inf with huge", np.array([-np.inf, 1e9, 2.5e10]))
add("nan in 2-D", np.array([[np.nan, 1.0], [2.0, np.inf]]))
add("negative zero", np.array([-0.0, 0.0, 1.0]))
add("negative zero alone", np.array([-0.0]))
add("zeros", np.zeros(4))
add("zeros 2-D", np.zeros((2, 3)))
add("neg zero and neg", np.array([-0.0, -1.5, 2.0]))
add("nan inf scientific", np.array([np.nan, np.inf, 1e-20, 1.0]))
add("inf nan with longer frac", np.array([np.inf, 0.123456789, np.nan]))
v = rng.standard_normal(12)
v[[1, 5, 8]] = [np.nan, np.inf, -0.0]
add("random with specials 3x4", v.reshape(3, 4))

# ---------------------------------------------------------------- rounding ties and digit edges
add("tie 2^-9", np.array([0.001953125]))
add("ties k*2^-9", np.arange(1, 21) * 2.0 ** -9)
add("ties k*2^-9 with 1", np.concatenate([np.arange(1, 8, 2) * 2.0 ** -9, [1.0]]))
add("ties 2^-n", 2.0 ** -np.arange(1, 14))
add("decimal near-ties", np.array([0.123456785, 0.123456775, 0.999999995, 0.5]))
add("round up to 1", np.array([0.999999999, 0.5]))
add("round to 10", np.array([9.999999999, 1.25]))
add("1.5e-9 style", np.array([1.5e-9, 2.5e-9, 0.5]))
add("1.5e-9 suppress", np.array([1.5e-9, 2.5e-9, 5e-9, 0.5]), {"suppress": True})
add("tie suppress", np.array([5e-9, 1.5e-8, 0.25]), {"suppress": True})
add("17 digits", np.array([0.1 + 0.2, 1 / 3, 2 / 3]))
add("thirds scaled", np.array([1 / 3, 100 / 3, 10000 / 3]))
add("ratio exactly 1000", np.array([1.0, 1000.0]))
add("ratio above 1000", np.array([1.0, 1000.5]))
add("min 1e-4", np.array([1e-4, 0.05]))
add("below 1e-4", np.array([9.99e-5, 0.05]))
add("max below 1e8", np.array([99999999.0, 1.5e5]))
add("max 1e8", np.array([1e8, 1.5e5]))
add("scientific exp 3 digits", np.array([1e-100, 1e100, 1.0]))
add("scientific exp mixed sizes", np.array([1e-5, 1e5, 1.25e150]))
add("subnormal", np.array([5e-324, 1.0]))
add("max double", np.array([1.7976931348623157e308, -1.0]))
add("powers of ten", 10.0 ** np.arange(-3, 4))
add("powers of two", 2.0 ** np.arange(-6, 7))
add("many digits positional", np.array([123.456789012345, 0.000123456789]))

# ---------------------------------------------------------------- integral floats
add("integral floats", np.array([1.0, 2.0, 3.0]))
add("integral negative floats", np.array([-1.0, 20.0, -300.0]))
add("integral large floats", np.array([1e7, 12345678.0]))
add("integral 2-D", np.arange(12.0).reshape(3, 4))
add("integral and fraction", np.array([1.0, 2.5, -3.0]))
add("linspace", np.linspace(0, 1, 11))
add("linspace negative", np.linspace(-1, 1, 7))

# ---------------------------------------------------------------- wrapping
add("long row float", rng.standard_normal(30))
add("long row float positive", rng.random(25))
add("long row scientific", rng.standard_normal(20) * 1e-6)
add("long rows 2-D", rng.standard_normal((3, 15)))
add("long rows 3-D", rng.standard_normal((2, 2, 12)))
add("long row int", rng.integers(-1000, 1000, 40))
add("long row bool", rng.random(30) > 0.5)
add("long row int32", rng.integers(0, 10, 60).astype(np.int32))
add("exactly fits 75", np.arange(25, dtype=np.int64))
for n in (18, 19, 20, 21, 22, 23, 24, 26):
    add(f"int row width edge {n}", np.arange(n) * 10)
for n in (6, 7, 8, 9):
    add(f"float row width edge {n}", np.full(n, 0.12345678))
add("wrap with nan", np.concatenate([rng.standard_normal(14), [np.nan]]))
add("long column", rng.standard_normal((12, 1)))

# ---------------------------------------------------------------- summarised (sparse storage)
add("summarised 1-D arange int", np.arange(2000))
add("summarised 1-D arange float", sparse_array((1001,), np.float64, -5.0, lambda n: np.arange(n) / 7), fill=-5.0)
add("summarised 2-D", sparse_array((40, 30), np.float64, 1e300, lambda n: rng.standard_normal(n)), fill=1e300)
add("summarised 3-D", sparse_array((10, 10, 12), np.float64, np.nan, lambda n: rng.random(n)), fill=np.nan)
add("summarised 4-D", sparse_array((7, 2, 8, 9), np.float64, -1e-30, lambda n: rng.standard_normal(n) * 10),
    fill=-1e-30)
add("summarised 2-D wide rows", sparse_array((3, 500), np.float64, 7e77, lambda n: rng.standard_normal(n)),
    fill=7e77)
add("summarised 2-D tall", sparse_array((500, 3), np.float64, np.inf, lambda n: rng.random(n)), fill=np.inf)
add("summarised int64", sparse_array((40, 40), np.int64, 10 ** 15, lambda n: rng.integers(-99, 99, n)), fill=10 ** 15)
add("summarised int32", sparse_array((1200,), np.int32, -2 ** 31, lambda n: rng.integers(0, 9, n)), fill=-2 ** 31)
add("summarised bool", sparse_array((20, 60), np.bool_, True, lambda n: np.zeros(n, bool)), fill=True)
add("summarised float32", sparse_array((30, 40), np.float32, np.float32(3e38),
                                       lambda n: rng.standard_normal(n)), fill=np.float32(3e38))
add("summarised tiny shown", sparse_array((1001,), np.float64, 1.0, lambda n: rng.random(n) * 1e-6), fill=1.0)
add("summarised 3-D short axis", sparse_array((2, 30, 40), np.float64, 0.5, lambda n: rng.standard_normal(n)),
    fill=0.5)

# ---------------------------------------------------------------- integer and bool dtypes
for ndim in range(5):
    shape = rand_shape(ndim, 1, 4)
    n = int(np.prod(shape))
    add(f"int64 {ndim}-D", rng.integers(-500, 500, n).reshape(shape))
    add(f"int32 {ndim}-D", rng.integers(-500, 500, n).astype(np.int32).reshape(shape))
    add(f"bool {ndim}-D", (rng.random(n) > 0.5).reshape(shape))
add("int64 big", np.array([10 ** 15, -(10 ** 15), 7, 2 ** 53]))
add("int64 positive", np.array([0, 5, 10, 123]))
add("int64 negative only", np.array([-5, -10, -123]))
add("int32 extremes", np.array([-2 ** 31, 2 ** 31 - 1, 0], dtype=np.int32))
add("int64 zeros", np.zeros(3, dtype=np.int64))
add("bool all true", np.ones(3, bool))
add("bool all false", np.zeros((2, 2), bool))
add("bool column", np.array([[True], [False]]))

# ---------------------------------------------------------------- float32
for dname in ("normal", "uniform", "tiny", "huge", "mixed", "scaled100", "rounded"):
    for ndim in (1, 2, 3):
        shape = rand_shape(ndim, 1, 5)
        n = int(np.prod(shape))
        add(f"float32 {dname} {ndim}-D", dists[dname](n).astype(np.float32).reshape(shape))
add("float32 0.1", np.array([0.1, 0.2, 0.3], dtype=np.float32))
add("float32 1e5 1.5", np.array([1e5, 1.5], dtype=np.float32))
add("float32 1e6 boundary", np.array([999999.0, 1.5], dtype=np.float32))
add("float32 at 1e6", np.array([1e6, 1.5], dtype=np.float32))
add("float32 float32(1e-4)", np.array([1e-4, 0.05], dtype=np.float32))
add("float32 ratio", np.array([1e-3, 1.0000001], dtype=np.float32))
add("float32 nan inf", np.array([np.nan, 1.25, -np.inf], dtype=np.float32))
add("float32 integral", np.array([1, 2, 30], dtype=np.float32))
add("float32 pi e", np.array([np.pi, np.e, -np.sqrt(2)], dtype=np.float32))
add("float32 sigmoid", (1 / (1 + np.exp(-z))).astype(np.float32))
add("float32 powers of two", (2.0 ** np.arange(-10, 11, 4)).astype(np.float32))
add("float32 subnormal", np.array([1e-45, 1.0], dtype=np.float32))

# ---------------------------------------------------------------- empty arrays
for dtype in ("float64", "float32", "int64", "int32", "bool"):
    add(f"empty (0,) {dtype}", np.zeros((0,), dtype=dtype))
add("empty (0, 3)", np.zeros((0, 3)))
add("empty (2, 0)", np.zeros((2, 0)))
add("empty (3, 0, 2) int32", np.zeros((3, 0, 2), dtype=np.int32))
add("empty (0, 0) bool", np.zeros((0, 0), dtype=bool))
add("empty (1, 0) int64", np.zeros((1, 0), dtype=np.int64))

# ---------------------------------------------------------------- 0-d arrays
for v in (0.5, 1.0, -2.0, 1e-5, 1e16, 1e15, 123456.789, np.nan, -np.inf, -0.0, 0.1 + 0.2, 1e-4, 1 / 3):
    add(f"0-d float64 {v!r}", np.array(v))
for v in (0.5, 1e6, 1e5, 0.1, np.inf, 1e-5, 3.0):
    add(f"0-d float32 {v!r}", np.array(v, dtype=np.float32))
add("0-d int64", np.array(42))
add("0-d int64 negative", np.array(-7))
add("0-d int32", np.array(3, dtype=np.int32))
add("0-d bool True", np.array(True))
add("0-d bool False", np.array(False))

# ---------------------------------------------------------------- 3-D and 4-D layout
add("3-D blank lines", np.arange(24).reshape(2, 3, 4))
add("4-D blank lines", np.arange(36).reshape(2, 3, 2, 3) - 10)
add("4-D float", rng.standard_normal((2, 2, 2, 3)))
add("5-D small", np.arange(32.0).reshape(2, 2, 2, 2, 2))
add("singleton dims", np.array([[[1.5]]]))
add("2-D single row", rng.standard_normal((1, 4)))

# ---------------------------------------------------------------- non-default print options
base = rng.standard_normal((3, 4)) * np.array([1, 10, 100, 1000])
add("precision 3", base, {"precision": 3})
add("suppress", np.array([1e-10, 1.0, 12345.678]), {"suppress": True})
add("suppress tiny only", np.array([1e-10, -3e-12]), {"suppress": True})
add("suppress huge", np.array([1e-10, 1e9]), {"suppress": True})
add("precision 3 suppress", np.array([1e-6, 0.12345, 1000.5]), {"precision": 3, "suppress": True})
add("precision 4 scientific", rng.standard_normal(5) * 1e-6, {"precision": 4})
add("precision 2 ties", np.array([0.125, 0.375, 0.625]), {"precision": 2})
add("precision 0", np.array([0.5, 1.5, 2.5, 3.7]), {"precision": 0})
add("precision 12", np.array([1 / 3, 2 / 3]), {"precision": 12})
add("precision 1 wide", rng.standard_normal((2, 3)) * 100, {"precision": 1})
add("floatmode fixed", np.array([0.5, 1.25, 3.0]), {"floatmode": "fixed"})
add("floatmode fixed prec 3", np.array([0.5, 1.25, 3.0]), {"floatmode": "fixed", "precision": 3})
add("floatmode fixed sci", np.array([1e-8, 1.0, 2.5e3]), {"floatmode": "fixed", "precision": 3})
add("floatmode unique", np.array([0.1, 1 / 3, 2.0]), {"floatmode": "unique"})
add("floatmode unique sci", np.array([1e-9, 1 / 3, 2.0]), {"floatmode": "unique"})
add("floatmode maxprec_equal", np.array([0.5, 0.25, 3.0]), {"floatmode": "maxprec_equal"})
add("floatmode maxprec_equal long", np.array([0.5, 1 / 3, 3.0]), {"floatmode": "maxprec_equal"})
add("floatmode maxprec_equal sci", np.array([1.5e-9, 2.25e-5, 3.0]), {"floatmode": "maxprec_equal"})
add("linewidth 40", rng.standard_normal(12), {"linewidth": 40})
add("linewidth 40 int", np.arange(30), {"linewidth": 40})
add("linewidth 120", rng.standard_normal((2, 14)), {"linewidth": 120})
add("threshold 10", np.arange(20), {"threshold": 10})
add("threshold 10 2-D", np.arange(30.0).reshape(5, 6) / 4, {"threshold": 10})
add("threshold 10 edgeitems 1", np.arange(60).reshape(3, 4, 5), {"threshold": 10, "edgeitems": 1})
add("edgeitems 2", sparse_array((2000,), np.float64, 1e10, lambda n: np.arange(n) * 1.5, edge=2),
    {"edgeitems": 2}, fill=1e10)
add("sign +", np.array([1.5, -2.0, 0.0]), {"sign": "+"})
add("sign + int", np.array([3, -2, 0]), {"sign": "+"})
add("sign space", np.array([1.5, 2.0, 0.25]), {"sign": " "})
add("sign space with negative", np.array([1.5, -2.0]), {"sign": " "})
add("sign space int", np.array([3, 20]), {"sign": " "})
add("sign + nan inf", np.array([np.nan, np.inf, 1.0]), {"sign": "+"})
add("sign + scientific", np.array([1e-9, 2.0]), {"sign": "+"})
add("nanstr infstr", np.array([np.nan, np.inf, -np.inf, 1.0]), {"nanstr": "NaN", "infstr": "Infinity"})
add("long nanstr", np.array([np.nan, 0.5]), {"nanstr": "not-a-number"})
add("precision 3 float32", rng.standard_normal(4).astype(np.float32), {"precision": 3})
add("suppress float32", np.array([1e-9, 1.0], dtype=np.float32), {"suppress": True})

# ---------------------------------------------------------------- np.array2string with layout args
a2s = []


def add_a2s(arr, options=None, **layout):
    arr = np.asarray(arr)
    dtype = str(arr.dtype)
    # our option names -> array2string's keyword names
    rename = {"suppress": "suppress_small", "linewidth": "max_line_width"}
    kwargs = {rename.get(k, k): v for k, v in (options or {}).items()}
    a2s.append({"dtype": dtype, "shape": list(arr.shape), "values": [enc(v, dtype) for v in arr.reshape(-1)],
                "options": options, "layout": layout,
                "out": np.array2string(arr, **kwargs, **layout)})


add_a2s(sig, {"precision": 2}, separator=", ")
add_a2s(rng.standard_normal((3, 8)), separator=", ", prefix="x = ")
add_a2s(np.arange(40), separator=",", suffix="))")
add_a2s(rng.standard_normal(16), prefix="value: ", suffix=" end")
add_a2s(np.array([1e-9, 1.0]), {"suppress": True, "linewidth": 30, "precision": 3})

# ---------------------------------------------------------------- scalars
scalars = []


def add_scalar(v, dtype):
    s = np.dtype(dtype).type(v)
    scalars.append({"dtype": dtype, "value": enc(s, dtype), "str": str(s), "repr": repr(s)})


for v in (0.5, 1.0, -1.0, 0.0, -0.0, 1e16, 9999999999999998.0, 1e15, 1e-4, 9.999e-5, 1e-5, 0.1 + 0.2,
          0.5599999999999999, 0.0822, 0.6066693634880955, 250265.14164263124, 11.087060383339276,
          np.nan, np.inf, -np.inf, 1e300, 5e-324, 123456789.123, 1 / 3, 2.0 ** 60, 1e22, 1e23):
    add_scalar(v, "float64")
for v in (0.5, 0.1, 1e6, 999999.0, 1e5, 1e-4, 1e-5, np.nan, -np.inf, 3.4e38, 1 / 3, 16777216.0, -0.0):
    add_scalar(v, "float32")
for v in (0, 5, -7, 2 ** 53, -(10 ** 15)):
    add_scalar(v, "int64")
for v in (0, 3, -2 ** 31):
    add_scalar(v, "int32")
add_scalar(True, "bool")
add_scalar(False, "bool")

# ---------------------------------------------------------------- single floats through dragon4
floats = []
samples = np.concatenate([
    rng.standard_normal(60),
    rng.choice([-1, 1], 120) * 10.0 ** rng.uniform(-30, 30, 120),
    np.arange(1, 40) * 2.0 ** -9,
    np.round(rng.uniform(0, 1, 40), 9),
    np.array([0.0, -0.0, 1.0, 0.1, 2.0 ** -1074, 2.0 ** 1023, 2.0 ** -1022, 9007199254740993.0]),
])
for v in samples:
    v = float(v)
    for single in (False, True):
        with np.errstate(over="ignore"):
            x = np.float32(v) if single else np.float64(v)
        if not np.isfinite(x):
            continue
        floats.append({
            "value": repr(float(x)), "float32": single,
            "pos_unique": np.format_float_positional(x),
            "pos_p8": np.format_float_positional(x, precision=8, trim="."),
            "pos_p3_exact": np.format_float_positional(x, precision=3, unique=False),
            "sci_unique": np.format_float_scientific(x),
            "sci_p8": np.format_float_scientific(x, precision=8, trim="."),
            "sci_p4_exact": np.format_float_scientific(x, precision=4, unique=False),
        })

data = {
    "numpy": np.__version__,
    "cases": cases,
    "scalars": scalars,
    "array2string": a2s,
    "floats": floats,
}
# one record per line: readable diffs without a huge file
with open(OUT, "w") as f:
    f.write('{"numpy": %s,\n' % json.dumps(np.__version__))
    keys = ("cases", "array2string", "scalars", "floats")
    for i, key in enumerate(keys):
        f.write('"%s": [\n' % key)
        f.write(",\n".join(json.dumps(r) for r in data[key]))
        f.write("\n]" + (",\n" if i < len(keys) - 1 else "\n}\n"))
print(f"wrote {len(cases)} array cases, {len(scalars)} scalars, {len(floats)} floats to {os.path.normpath(OUT)}")
