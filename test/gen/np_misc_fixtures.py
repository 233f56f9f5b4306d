#!/usr/bin/env python3
"""numpy (2.4.x) answers for the issue-15 breadth of src/np/bitwise.ts, polynomial.ts, einsum.ts,
type_rules.ts, errstate.ts, histogram_nd.ts and io/ (one group each: test/fixtures/np/bitwise.json, ...),
plus files numpy writes for np to read (test/fixtures/np/io/: .npy, .npz, text) and the bytes
numpy writes for arrays np saves (io.json).

Run from the repository root:  python3 test/gen/np_misc_fixtures.py
The case format, argument helpers and writer are np_fixtures.py's. np has no uint8/int8: where numpy
answers in those (packbits, unpackbits, bitwise_count, shifts of bools) the generator records numpy's
values as int64, which is what np gives; unpackbits is fed the uint8 form of its int64 input.
Results numpy gives as text (binary_repr, base_repr, typename, ...) or dicts go to misc.json as
{"call", "args", "kwargs", "value"} or {"error"}.
"""
import base64
import io
import json
import os
import sys

import numpy as np

from np_fixtures import A, ELL, ar, case, write, GROUPS, ROOT, snake

IO_DIR = os.path.join(ROOT, "test", "fixtures", "np", "io")


def as_int64(fn):
    """numpy's uint8/int8 answers as the int64 np gives (other dtypes untouched)."""
    def wrapped(*a, **k):
        r = fn(*a, **k)
        if isinstance(r, np.ndarray) and r.dtype in (np.uint8, np.int8):
            return r.astype(np.int64)
        if isinstance(r, (np.uint8, np.int8)):
            return np.int64(r)
        return r
    return wrapped


_unpack = np.unpackbits
_common_type = np.common_type
np.common_type = lambda *a: np.dtype(_common_type(*a))  # numpy gives the scalar type; np its name
# np spells numpy's abstract types (np.floating, ...) and dtypes as names; numpy's isdtype wants dtypes
_issubdtype, _isdtype = np.issubdtype, np.isdtype
ABSTRACT = ("generic", "number", "integer", "signedinteger", "inexact", "floating")
np.issubdtype = lambda a, b: _issubdtype(a, getattr(np, b) if b in ABSTRACT else b)
KINDS = ("bool", "signed integer", "unsigned integer", "integral", "real floating", "complex floating", "numeric")


def _kind(k):
    try:
        return k if k in KINDS else np.dtype(k)
    except TypeError:  # not a dtype name either: numpy's own refusal of the kind
        return k

np.isdtype = lambda d, k: _isdtype(np.dtype(d), tuple(_kind(x) for x in k) if isinstance(k, list) else _kind(k))
np.packbits = as_int64(np.packbits)
np.bitwise_count = as_int64(np.bitwise_count)
np.left_shift = as_int64(np.left_shift)
np.right_shift = as_int64(np.right_shift)
np.bitwise_left_shift = as_int64(np.bitwise_left_shift)
np.bitwise_right_shift = as_int64(np.bitwise_right_shift)
np.unpackbits = as_int64(lambda a, *r, **k: _unpack(np.asarray(a).astype(np.uint8) if np.asarray(a).dtype.kind == "i" else a, *r, **k))


def g_bitwise():
    g = "bitwise"
    i = A([13, 17, -5, 0, 255, 1024], "int64")
    j = A([25, 3, 7, -1, 15, 1023], "int64")
    i32 = A([13, -17, 5, 2147483647], "int32")
    b = A([True, False, True, False], "bool")
    c = A([True, True, False, False], "bool")
    f = A([1.5, 2.0])
    for fn in ("bitwiseAnd", "bitwiseOr", "bitwiseXor"):
        for x, y in ((i, j), (i32, A([7, 7, 7, 7], "int32")), (i32, 3), (b, c), (b, 1), (i, i32.a[:1].tolist()[0]), (A([[1, 2], [3, 4]], "int64"), A([1, 6], "int64")),
                     (12, 10), (A([5, 6], "int32"), A([3, 3], "int64")), (f, 1), (i, f.a[:1].tolist()[0])):
            case(g, fn, x, y)
    for fn in ("invert", "bitwiseNot", "bitwiseInvert"):
        for x in (i, i32, b, 7, A(np.zeros((2, 0), np.int64)), f):
            case(g, fn, x)
    for fn in ("leftShift", "rightShift", "bitwiseLeftShift", "bitwiseRightShift"):
        for x, y in ((i, 2), (i, A([0, 1, 2, 3, 63, 64], "int64")), (i32, 3), (i32, A([31, 32, 33, 1], "int32")), (A([-8, -1, 8], "int64"), 70), (5, A([1, 2, 3], "int64")),
                     (b, 2), (f, 1), (A([1 << 40, -(1 << 40)], "int64"), 5)):
            case(g, fn, x, y)
    for x in (i, i32, b, A([-1, 2**52, 0], "int64"), f):
        case(g, "bitwiseCount", x)
    for x, kw in ((A([1, 0, 1, 1, 0, 0, 0, 0, 1], "int64"), {}), (A([[1, 0, 1], [0, 1, 1]], "int64"), {"axis": 1}), (A([[1, 0, 1], [0, 1, 1]], "int64"), {"axis": 0}),
                  (A([[1, 0, 1], [0, 1, 1]], "int64"), {}), (b, {"bitorder": "little"}), (A([3, 0, -2], "int32"), {}), (f, {}), (b, {"bitorder": "x"}), (A(np.ones((2, 3, 9), np.int64)), {"axis": -1})):
        case(g, "packbits", x, **kw)
    for x, kw in ((A([5, 255], "int64"), {}), (A([5, 255], "int64"), {"count": -3}), (A([5, 255], "int64"), {"count": 3}), (A([[5, 7], [160, 1]], "int64"), {"axis": 0}),
                  (A([[5, 7], [160, 1]], "int64"), {"axis": 1, "bitorder": "little"}), (A([5], "int64"), {"count": 10}), (f, {}), (b, {})):
        case(g, "unpackbits", x, **kw)


def g_polynomial():
    g = "polynomial"
    for r in ([1, 2], [1, 2, 3], A([0.5, -1.5, 2.0]), [], A([1.0, 2.0], "float32"), A([[1.0, 2.0], [0.0, 3.0]]), A([[2.0, 1.0], [1.0, 2.0]]), A(np.ones((2, 3)))):
        case(g, "poly", r, tol=1e-12)
    for fn in ("polyadd", "polysub"):
        for a, b in (([1, 2], [9, 5, 4]), ([9, 5, 4], [1, 2]), ([1, 2, 3], [4, 5, 6]), (A([1.5, 2.0]), [1, 2, 3]), (A([1, 2], "int32"), A([3.0], "float32")), (2, [1, 1]), (A([True]), [1, 2])):
            case(g, fn, a, b)
    for a, b in (([1, 2, 3], [9, 5, 1]), ([0, 0, 1, 2], [1, 1]), (A([1.5, -2.0]), [2, 0, 1]), ([0, 0], [1, 2]), (3, [1, 2]), (A([1, 2], "int32"), A([3, 4], "int32"))):
        case(g, "polymul", a, b)
    for u, v in (([3, 5, 2], [2, 1]), ([1, -3, 2], [1, -1]), ([1, 2], [1, 2, 3]), (A([1.5, 2.25, 3.0]), [0.5]), ([4, 0, 0, 1], [2, 0, 1]), (A([1.0, 2.0], "float32"), A([1.0, 1.0], "float32"))):
        case(g, "polydiv", u, v, tol=1e-12)
    for p, args in (([1, 1, 1, 1], ()), ([1, 1, 1, 1], (2,)), ([1, 1, 1, 1], (0,)), ([1, 1, 1, 1], (5,)), (A([1.5, -2.0, 0.5]), ()), ([3], ()), ([1, 2], (-1,))):
        case(g, "polyder", p, *args)
    for p, kw in (([3, 2, 1], {}), ([6, 2], {"m": 2, "k": [1, 5]}), ([6, 2], {"m": 2, "k": 3}), (A([1.5, 0.5]), {"m": 0}), ([1, 1], {"m": 3}), ([1], {"m": -1}), ([1, 2], {"m": 3, "k": [1, 2]})):
        case(g, "polyint", p, **kw)
    for p, x in (([3, 0, 1], 5), ([1, -1], [1, 2, 3]), ([1, -1], A([0.5, 1.5])), (A([1.5, 0.25]), 2), ([2, 1], A([[1, 2], [3, 4]], "int64")), ([], [3]), (A([1.0], "float32"), A([2.0], "float32")), ([1, 2, 3], A([0.5], "float32"))):
        case(g, "polyval", p, x)
    xs = A([0.0, 0.5, 1.25, 2.0, 3.5, 4.0])
    ys = A([1.0, 2.25, 3.5, 7.0, 15.5, 17.25])
    for x, y, deg, kw in ((ar(4), A([1, 3, 5, 7], "int64"), 1, {}), (xs, ys, 2, {}), (xs, ys, 1, {}), (xs, A(np.stack([ys.a, ys.a * 2], 1)), 2, {}), (xs, ys, 2, {"w": A([1.0, 2.0, 1.0, 0.5, 1.0, 3.0])}),
                          (xs, ys, 2, {"full": True}), (xs, ys, 1, {"cov": True}), (xs, ys, 1, {"cov": "unscaled"}), (xs, ys, -1, {}), (A([[1.0, 2.0]]), ys, 1, {}), (xs, A([1.0, 2.0]), 1, {})):
        case(g, "polyfit", x, y, deg, tol=1e-9, atol=1e-12, **kw)
    for p in ([1, -3, 2], [1, -6, 11, -6], [2, -3, -5, 6], [0, 0, 1, -5, 4, 0, 0], [5], [0, 0], A([1.0, -2.5, 1.0]), [1, 0, 0], [1, 0, -5, 0, 4], A([[1, 2]], "int64")):
        case(g, "roots", p, tol=1e-9, atol=1e-12)


def g_einsum():
    g = "einsum"
    a = ar(6, shape=(2, 3))
    b = ar(12, shape=(3, 4))
    v = ar(3)
    s = ar(9, shape=(3, 3))
    f = A(np.round(np.linspace(-2, 3, 24), 3).reshape(2, 3, 4))
    f32 = A(np.arange(6, dtype=np.float32).reshape(2, 3) / 4, "float32")
    for sub, ops in (("ij,jk->ik", (a, b)), ("ij,jk", (a, b)), ("ij,jk->", (a, b)), ("ij->ji", (a,)), ("ij", (a,)), ("ji", (a,)), ("ii", (s,)), ("ii->i", (s,)), ("i,i", (v, v)),
                     ("i,j->ij", (v, v)), ("ij,j->i", (a, v)), ("...i,...i", (f, f)), ("...ij->...ji", (f,)), ("i...->...", (f,)), ("ijk,ikl->ijl", (f, A(np.ones((2, 4, 2))))), ("Ba", (a,)),
                     ("ij,ij->", (a, A([[1, 2, 3]], "int64"))), ("i,j->...", (v, v)), ("ij->j", (A(np.ones((2, 1))),)), ("i->", (v,)), ("ij,jk,kl->il", (a, b, A(np.ones((4, 2))))),
                     ("ij->", (f32,)), ("i,i", (A([1, 2], "int32"), A([3, 4], "int32"))), ("iij->j", (A(np.arange(12.0).reshape(2, 2, 3)),)), (" i j , j k -> i k ", (a, b)),
                     ("ij,jk", (a,)), ("ij,jk,k", (a,)), ("ij->k", (a,)), ("ij->ii", (s,)), ("i$", (v,)), ("ij->i.", (a,)), ("..i", (v,)), ("ij", (v,)), ("i.j", (a,)), ("ii", (a,)),
                     ("...ij->ij", (f,)), ("i->", (a,)), ("i,i", (v, ar(4)))):
        case(g, "einsum", sub, *ops, tol=1e-12)
    case(g, "einsum", "ij,jk->ik", a, b, optimize=True)
    # numpy's interleaved form: operand, axis labels, ..., [output labels]
    for args in ((a, [0, 1], b, [1, 2]), (a, [0, 1], v, [1], [0]), (s, [0, 0]), (f, [ELL, 1], [1]), (f, [ELL, 0, 1], [ELL, 1, 0]), (a, [30, 2], [2, 30]), (v, [60]), (a, [0, 1], v, [1], [2])):
        case(g, "einsum", *args, tol=1e-12)


def g_typerules():
    g = "typerules"
    for args in ((("int32", "float32")), ("int64", "float32"), ("bool", "int32"), ("int32", "int64"), ("float32", "float64"), ("bool", "bool")):
        case(g, "promoteTypes", *args)
    for args in (("int32", "float32"), (A([1], "int32"), 3), (A([1], "int32"), 2.5), (3,), (2.5,), (True,), ("bool", 3), (A([1.0], "float32"), 2.5), (A([1], "int64"), A([1.0], "float32"))):
        case(g, "resultType", *args)
    for f, t, cast in (("int64", "float64", "safe"), ("float64", "int64", "safe"), ("int64", "int32", "same_kind"), ("float64", "float32", "same_kind"), ("float64", "int32", "unsafe"),
                       ("int32", "float32", "safe"), ("bool", "int32", "no"), ("int32", "int32", "equiv"), ("int32", "int64", "x"), ("bool", "float32", "safe"), ("float32", "int64", "same_kind"), (3, "int32", "safe")):
        case(g, "canCast", f, t, cast)
    for x in (10, -10, 255, 256, -129, 70000, -70000, 2**31, 2**40, -2**40, 3.5, 150000.5, 65503.5, 64999.5, 0.001, True, A([1, 2], "int64"), A([1.0], "float32")):
        case(g, "minScalarType", x)
    for args in ((A([1], "int32"),), (A([1.0], "float32"),), (A([1.0], "float32"), A([1], "int64")), (A([True]),), (A([1.0]), A([2.0], "float32"))):
        case(g, "commonType", *args)
    for a, b in (("float64", "floating"), ("int32", "int64"), ("float64", "number"), ("int32", "integer"), ("bool", "number"), ("bool", "generic"), ("float32", "inexact"), ("int64", "signedinteger"), ("int64", "int64")):
        case(g, "issubdtype", a, b)
    for a, k in (("float64", "real floating"), ("int32", ["integral", "bool"]), ("int32", "foo"), ("bool", "numeric"), ("int64", "signed integer"), ("int64", "unsigned integer"), ("float32", "complex floating"), ("float32", "float32"), ("bool", "bool")):
        case(g, "isdtype", a, k)


def g_histnd():
    g = "histogramnd"
    x = A([0.0, 1.0, 1.0, 2.5, 3.0, 0.5, 2.0])
    y = A([0.0, 1.0, 0.0, 2.0, 3.0, 1.5, 3.0])
    w = A([1.0, 2.0, 0.5, 1.0, 1.0, 3.0, 2.0])
    for a, b, kw in ((x, y, {}), (x, y, {"bins": 2}), (x, y, {"bins": [2, 3]}), (x, y, {"bins": A([0.0, 1.0, 2.0, 3.0])}), (x, y, {"bins": A([2, 3], "int64")}), (x, y, {"bins": [A([0.0, 2.0, 3.0]), A([0.0, 0.5, 3.0])]}),
                     (x, y, {"bins": 3, "range": [[0, 2], [0, 3]]}), (x, y, {"bins": 2, "density": True}), (x, y, {"bins": 2, "weights": w}), (x, y, {"bins": 2, "weights": w, "density": True}),
                     (ar(3), ar(3), {"bins": 2}), (x, A([1.0, 2.0]), {}), (x, y, {"bins": [2, 0]}), (x, y, {"bins": 2, "range": [[2, 1], [0, 1]]}), (x, A([0.0, 1.0, "nan", 2.0, 3.0, 1.5, 3.0]), {"bins": 2})):
        case(g, "histogram2d", a, b, **kw)


def extra():
    """Text and dict answers, and histogramdd (whose edges come back as a list)."""
    out = []

    def rec(call, *args, **kwargs):
        item = {"call": call, "args": [a.tolist() if isinstance(a, np.ndarray) else a for a in args], "kwargs": kwargs}
        if call == "histogramdd":
            item["args"] = [{"array": {"dtype": str(args[0].dtype), "shape": list(args[0].shape), "data": args[0].ravel().tolist()}}]
        try:
            r = getattr(np, snake(call))(*args, **{snake(k): v for k, v in kwargs.items()})
            if call == "histogramdd":
                r = {"hist": r[0].ravel().tolist(), "shape": list(r[0].shape), "edges": [e.tolist() for e in r[1]]}
            item["value"] = r if not isinstance(r, np.generic) else r.item()
        except Exception as e:
            item["error"] = str(e)
        out.append(item)

    for n, kw in ((3, {}), (-3, {}), (-3, {"width": 5}), (0, {}), (0, {"width": 4}), (5, {"width": 2}), (-8, {"width": 4}), (-3, {"width": 1}), (2**40 + 3, {}), (-(2**40), {"width": 48})):
        rec("binaryRepr", n, **kw)
    for args in ((5,), (-35, 16, 3), (0, 5), (0, 2, 3), (255, 16), (3, 37), (3, 1), (2**40, 36), (-7, 2, 2)):
        rec("baseRepr", *args)
    for c in ("d", "f", "l", "i", "?", "F"):
        rec("typename", c)
    for t in (["i", "d", "f"], ["f", "l"], ["i"], ["F", "d"], ["l", "?"]):
        rec("mintypecode", t)
    # np_fixtures.py sets seterr(all="ignore"): a fresh numpy gives the defaults
    import subprocess
    fresh = subprocess.run([sys.executable, "-c", "import numpy, json; print(json.dumps(numpy.geterr()))"], capture_output=True, text=True, check=True)
    out.append({"call": "geterr", "args": [], "kwargs": {}, "value": json.loads(fresh.stdout)})
    rec("getbufsize")
    s = np.array([[0.0, 0.0, 1.0], [1.0, 1.0, 2.0], [1.0, 0.0, 0.5], [2.0, 3.0, 1.0], [0.5, 2.5, 3.0]])
    for kw in ({}, {"bins": 2}, {"bins": [2, 3, 1]}, {"bins": 2, "density": True}, {"bins": 2, "weights": [1, 2, 3, 4, 5]}, {"bins": [2], "range": None},
               {"bins": 2, "range": [[0, 1], [0, 1], [0, 1]]}, {"bins": [[0, 2, 1], 2, 2]}, {"bins": 2, "weights": [1, 2]}):
        rec("histogramdd", s, **kw)
    rec("histogramdd", s[:, :1].copy(), bins=3)
    with open(os.path.join(ROOT, "test", "fixtures", "np", "misc.json"), "w") as fh:
        json.dump({"numpy": np.__version__, "generator": "test/gen/np_misc_fixtures.py", "cases": out}, fh, indent=0, allow_nan=True)


def io_fixtures():
    """Files numpy writes (np must read them) and the bytes of np.save/savetxt numpy gives (np must match)."""
    os.makedirs(IO_DIR, exist_ok=True)
    arrays = {
        "f8": np.array([[1.5, -2.0, np.nan], [np.inf, 0.0, 1e-300]]),
        "f4": np.arange(6, dtype=np.float32).reshape(3, 2) / 3,
        "i8": np.array([-(2**53), -1, 0, 7, 2**53]),
        "i4": np.array([[1, -2], [3, 2147483647]], dtype=np.int32),
        "b1": np.array([True, False, True]),
        "scalar": np.array(2.5),
        "empty": np.zeros((0, 3)),
        "fortran": np.asfortranarray(np.arange(12.0).reshape(3, 4)),
        "fortran_i4": np.arange(6, dtype=np.int32).reshape(2, 3).T,
        "big3d": np.arange(24).reshape(2, 3, 4),
        "be_f8": np.arange(3.0).astype(">f8"),
        "u1": np.array([0, 200, 255], dtype=np.uint8),
    }
    expect = {}
    for name, a in arrays.items():
        np.save(os.path.join(IO_DIR, f"{name}.npy"), a)
        b = np.asarray(a).astype(a.dtype.newbyteorder("=")) if a.dtype.byteorder == ">" else a
        dt = {"uint8": "int64"}.get(str(b.dtype), str(b.dtype))
        expect[name] = {"dtype": dt, "shape": list(a.shape), "data": [None if isinstance(v, float) and not np.isfinite(v) else v for v in []]}
        expect[name]["data"] = [repr(float(v)) if dt.startswith("float") and not np.isfinite(v) else (bool(v) if dt == "bool" else (float(v) if dt.startswith("float") else int(v))) for v in b.ravel()]
    np.savez(os.path.join(IO_DIR, "plain.npz"), arrays["f8"], x=arrays["i4"], flags=arrays["b1"])
    np.savez_compressed(os.path.join(IO_DIR, "compressed.npz"), a=arrays["big3d"], b=arrays["f4"])
    with open(os.path.join(IO_DIR, "table.txt"), "w") as fh:
        fh.write("# x y z\n1.5 2 3\n\n4 5e-1 -6 # note\n7 nan inf\n")
    with open(os.path.join(IO_DIR, "table.csv"), "w") as fh:
        fh.write("a,b,c\n1,2,3\n4,,6\n7,x,9\n")
    loads = {
        "table.txt": np.loadtxt(os.path.join(IO_DIR, "table.txt")),
        "table.txt usecols": np.loadtxt(os.path.join(IO_DIR, "table.txt"), usecols=(0, 2)),
        "table.csv genfromtxt": np.genfromtxt(os.path.join(IO_DIR, "table.csv"), delimiter=",", skip_header=1),
        "table.csv loadtxt row 1": np.loadtxt(os.path.join(IO_DIR, "table.csv"), delimiter=",", skiprows=1, max_rows=1),
    }
    # what numpy writes for arrays np also saves (np must give the same bytes)
    saves = {}
    for name in ("f8", "f4", "i8", "i4", "b1", "scalar", "empty", "fortran", "fortran_i4", "big3d"):
        b = io.BytesIO()
        np.save(b, arrays[name])
        saves[name] = base64.b64encode(b.getvalue()).decode()
    texts = {}
    for key, a, kw in (("default", np.array([[1.5, 2.0], [3.0, 1e-7]]), {}), ("fmt %d csv", np.array([[1, 2], [3, 4]]), {"fmt": "%d", "delimiter": ","}),
                       ("header footer", np.array([1.5, 2.0]), {"header": "x y\nz", "footer": "end", "fmt": "%.3f", "delimiter": ","}),
                       ("fmt list", np.array([[1.0, 2.0]]), {"fmt": ["%d", "%5.1f"]}), ("%g", np.array([[0.0001234, 123456789.0, 0.5, 100.0]]), {"fmt": "%g"}),
                       ("ties", np.array([0.125, 0.375, 2.5, -0.0, 1e22]), {"fmt": "%.2f"}), ("%10.4e", np.array([[-1.5, 3.14159e-20]]), {"fmt": "%10.4e"}),
                       ("whole row", np.array([[1.0, 2.0]]), {"fmt": "%.1f | %.2f"}), ("ints default", np.array([[1, -2]]), {}), ("bool", np.array([[True, False]]), {"fmt": "%d"})):
        s = io.StringIO()
        np.savetxt(s, a, **kw)
        texts[key] = {"array": {"dtype": str(a.dtype), "shape": list(a.shape), "data": a.ravel().tolist()}, "kwargs": kw, "text": s.getvalue()}
    enc = lambda a: {"dtype": str(a.dtype), "shape": list(a.shape), "data": [repr(float(v)) if not np.isfinite(v) else float(v) for v in a.ravel()]}
    with open(os.path.join(ROOT, "test", "fixtures", "np", "io.json"), "w") as fh:
        json.dump({"numpy": np.__version__, "generator": "test/gen/np_misc_fixtures.py", "arrays": expect, "loads": {k: enc(v) for k, v in loads.items()},
                   "npz": {f: np.load(os.path.join(IO_DIR, f)).files for f in ("plain.npz", "compressed.npz")}, "saves": saves, "texts": texts}, fh, indent=0)


if __name__ == "__main__":
    if not np.__version__.startswith("2."):
        sys.exit(f"numpy 2.x expected, found {np.__version__}")
    for fn in (g_bitwise, g_polynomial, g_einsum, g_typerules, g_histnd):
        fn()
    write("test/gen/np_misc_fixtures.py")
    extra()
    io_fixtures()
