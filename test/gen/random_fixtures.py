"""Writes test/fixtures/random.json: numpy's legacy np.random streams (RandomState, MT19937) for
seeds 0, 1, 2, 3 and 42, as cases of consecutive calls after np.random.seed(seed).

Each step is {"fn", "args", "kwargs", "result"}; test/np/random/random.test.ts replays it through deepts'
np.random with kwargs as a trailing options object. Arrays given as arguments are written
{"array": nested list, "dtype": name}; "view" (a list of numpy index strings) makes shuffle act on a
view of that array, and the step's result is then the whole base array afterwards. Doubles are
written with Python's repr, which round-trips exactly, and are compared bit for bit.

Run: python3 test/gen/random_fixtures.py
"""
import json
import os
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test", "fixtures", "random.json")
SEEDS = [0, 1, 2, 3, 42]


def A(values, dtype):
    return {"array": values, "dtype": dtype}


def F(name):
    """A non-finite double, which JSON cannot spell: {"float": "inf" | "-inf" | "nan"}."""
    return {"float": name}


def decode(v):
    if isinstance(v, dict) and "float" in v:
        return float(v["float"])
    if isinstance(v, dict) and "array" in v:
        return np.array(v["array"], dtype=v["dtype"])
    if isinstance(v, list):
        return tuple(v)  # sizes are tuples in numpy
    return v


def encode(r):
    if isinstance(r, np.ndarray):
        kind = {"f": "float64", "i": "int64", "b": "bool"}[r.dtype.kind]
        if r.dtype == np.int32:
            kind = "int32"
        return {"shape": list(r.shape), "dtype": kind, "data": [x.item() for x in r.ravel()]}
    if isinstance(r, (bool, np.bool_)):
        return {"scalar": bool(r)}
    if isinstance(r, (int, np.integer)):
        return {"scalar": int(r)}
    return {"scalar": float(r)}


def parse_index(s):
    if s == ":":
        return slice(None)
    if isinstance(s, int):
        return s
    parts = [int(p) if p else None for p in s.split(":")]
    return slice(*parts)


def run_step(step):
    fn = step["fn"]
    args = [decode(a) for a in step["args"]]
    kwargs = {k: decode(v) if k != "p" else [decode(x) for x in v] for k, v in step.get("kwargs", {}).items()}
    if fn in ("rand", "randn"):
        args = [a for a in step["args"]]
        return encode(getattr(np.random, fn)(*args))
    if fn == "seed":
        np.random.seed(*args)
        return None
    if fn == "shuffle":
        base = args[0]
        target = base[tuple(parse_index(s) for s in step["view"])] if "view" in step else base
        np.random.shuffle(target)
        return encode(base)
    if fn == "shuffle_list":  # a plain Python list of numbers
        lst = list(step["args"][0])
        np.random.shuffle(lst)
        return {"list": lst}
    if fn == "choice" and "p" in kwargs and kwargs["p"] is not None:
        kwargs["p"] = np.array(kwargs["p"], dtype=np.float64)
    return encode(getattr(np.random, fn)(*args, **kwargs))


def S(fn, *args, view=None, **kwargs):
    step = {"fn": fn, "args": list(args), "kwargs": kwargs}
    if view is not None:
        step["view"] = view
    return step


def case_list(seed):
    arange12 = A(np.arange(12).reshape(4, 3).tolist(), "int64")
    return [
        ("rand scalar then arrays", [S("rand"), S("rand", 1), S("rand", 5), S("rand", 3, 4)]),
        ("rand 2-D and 3-D", [S("rand", 2, 3), S("rand", 2, 1, 3)]),
        ("randn scalar", [S("randn"), S("randn"), S("randn")]),
        ("randn odd counts interleaved with rand", [S("randn", 3), S("rand", 2), S("randn", 5), S("rand", 1), S("randn", 1)]),
        ("randn 2-D", [S("randn", 3, 2), S("randn", 1, 1)]),
        ("randn long stream", [S("randn", 999)]),
        ("seed clears the normal cache", [S("randn", 1), S("seed", seed), S("randn", 2), S("randn", 1)]),
        ("random and random_sample", [S("random"), S("random", 4), S("random", size=[2, 2]), S("random_sample", 3)]),
        ("randint small ranges", [S("randint", 10, size=8), S("randint", 2, size=10), S("randint", 1, size=3), S("randint", 5)]),
        ("randint 256 and 1000", [S("randint", 256, size=6), S("randint", 0, 1000, [2, 3]), S("randint", 3, 4, size=2)]),
        ("randint negative low", [S("randint", -5, 5, size=7), S("randint", -1000, -990, 4), S("randint", -3, 2)]),
        ("randint 32-bit edge ranges", [S("randint", 0, 2**31, size=3), S("randint", 0, 2**32, size=3), S("randint", 0, 2**32 - 1, size=3)]),
        ("randint wide ranges", [S("randint", 0, 2**40, size=4), S("randint", -(2**40), 2**45, size=3), S("randint", 2**33)]),
        ("randint int32 dtype", [S("randint", 0, 100, size=5, dtype="int32"), S("randint", -7, 7, size=4, dtype="int32")]),
        ("randint array bounds", [S("randint", A([1, 5, 10], "int64"), A([3, 100, 11], "int64")), S("randint", 0, A([[2], [50]], "int64"), size=[2, 3])]),
        ("randint then randn then randint", [S("randint", 100, size=3), S("randn", 3), S("randint", 100, size=3), S("randn", 1)]),
        ("random_integers (deprecated): closed intervals", [S("random_integers", 5, size=3), S("random_integers", 2, 4, size=[2, 2]), S("random_integers", 3), S("random_integers", -3, -1, size=4), S("random_integers", A([1, 10], "int64"), 12)]),
        ("permutation of n", [S("permutation", 10), S("permutation", 1), S("permutation", 0), S("permutation", 33)]),
        ("permutation of arrays", [S("permutation", A([1.5, 2.5, 3.5, 4.5, 5.5], "float64")), S("permutation", A([4, 9, 12, 15], "int64")), S("permutation", arange12)]),
        ("shuffle 1-D", [S("shuffle", A(list(range(8)), "int64")), S("shuffle", A([0.5 * i for i in range(11)], "float64"))]),
        ("shuffle 2-D rows", [S("shuffle", arange12), S("shuffle", A(np.arange(24).reshape(2, 3, 4).tolist(), "float64"))]),
        ("shuffle strided views", [
            S("shuffle", A(list(range(10)), "float64"), view=["::2"]),
            S("shuffle", A(np.arange(24).reshape(4, 6).tolist(), "int64"), view=[":", "1::2"]),
            S("shuffle", A(list(range(9)), "int64"), view=["::-1"]),
        ]),
        ("shuffle a plain list", [S("shuffle_list", [10, 20, 30, 40, 50, 60, 70])]),
        ("choice from an integer", [S("choice", 5), S("choice", 5, size=3), S("choice", 100, size=[2, 3])]),
        ("choice from an array", [S("choice", A([10, 20, 30, 40], "int64"), size=5), S("choice", A([0.5, 1.5, 2.5], "float64")), S("choice", A([1.0, -2.0, 3.0, 7.0, 9.0], "float64"), size=3)]),
        ("choice without replacement", [S("choice", 10, size=4, replace=False), S("choice", 5, size=[2, 2], replace=False), S("choice", A([3, 1, 4, 1, 5, 9], "int64"), size=3, replace=False)]),
        ("choice with p", [S("choice", 4, size=6, p=[0.1, 0.2, 0.3, 0.4]), S("choice", 3, p=[0.5, 0.25, 0.25]), S("choice", A([7, 8, 9], "int64"), size=[2, 2], p=[0.2, 0.0, 0.8])]),
        ("choice with p without replacement", [S("choice", 5, size=3, replace=False, p=[0.1, 0.3, 0.2, 0.15, 0.25]), S("choice", 6, size=5, replace=False, p=[0.5, 0.1, 0.1, 0.1, 0.1, 0.1])]),
        ("normal", [S("normal"), S("normal", 1.5, 2.0, size=5), S("normal", size=[2, 3]), S("normal", -3, 0.01, 3)]),
        ("normal with array parameters", [S("normal", A([0.0, 10.0, 100.0], "float64"), 1.0), S("normal", 0.0, A([[1.0], [2.0]], "float64"), size=[2, 3])]),
        ("uniform", [S("uniform"), S("uniform", -1, 1, size=5), S("uniform", 2, 3, [2, 2]), S("uniform", high=10, size=3)]),
        ("uniform with array parameters", [S("uniform", A([0.0, 5.0], "float64"), A([1.0, 6.0], "float64")), S("uniform", 0, A([1.0, 2.0, 3.0], "float64"), size=[2, 3])]),
        ("seed from a list of words (init_by_array)", [S("seed", [seed, 7, 2**32 - 1]), S("rand", 3), S("randn", 3), S("seed", [seed]), S("rand", 2)]),
        ("everything interleaved", [S("randn", 1), S("randint", 6, size=2), S("uniform", size=2), S("randn", 2), S("permutation", 5), S("randn", 1), S("choice", 3, size=2), S("rand", 2)]),
    ]


ERROR_CALLS = [
    S("seed", -1), S("seed", 2**32), S("seed", []),
    S("randint", 0), S("randint", 5, 3), S("randint", -5), S("randint", 2**64), S("randint", -(2**64), 0),
    S("random_integers", 5, 3), S("random_integers", 0), S("random_integers", 1, A([3, 4], "int64")),
    S("randint", 0, 10, size=-1), S("randint", 5, dtype="float64"),
    S("rand", -1), S("randn", 2, -1), S("random", size=-2),
    S("normal", 0, -1), S("normal", 0, A([1.0, -1.0], "float64")), S("uniform", 0, F("inf")),
    S("normal", A([0.0, 1.0], "float64"), A([1.0, 2.0, 3.0], "float64")),
    S("normal", A([[0.0], [1.0]], "float64"), 1, size=2),
    S("choice", 0), S("choice", -3), S("choice", A([], "float64")), S("choice", A([[1, 2]], "int64")),
    S("choice", 1.5), S("choice", 3, size=5, replace=False), S("choice", 3, p=[0.5, 0.5]),
    S("choice", 3, p=[0.5, 0.6, -0.1]), S("choice", 3, p=[0.2, 0.2, 0.2]), S("choice", 3, p=[F("nan"), 0.5, 0.5]),
    S("choice", 3, size=2, replace=False, p=[1.0, 0.0, 0.0]), S("choice", 3, p=[[1.0, 0.0, 0.0]]),
    S("permutation", 2.5), S("permutation", A(5, "int64")),
]


def error_case(step):
    try:
        run_step(dict(step))
    except Exception as e:  # numpy's exception class and message
        return {"fn": step["fn"], "args": step["args"], "kwargs": step["kwargs"], "error": str(e), "type": type(e).__name__}
    raise AssertionError(f"no error for {step}")


def main():
    warnings.simplefilter("ignore", DeprecationWarning)  # random_integers warns; its draws are what we record
    cases = []
    for seed in SEEDS:
        for name, steps in case_list(seed):
            np.random.seed(seed)
            out_steps = []
            for st in steps:
                st = dict(st)
                st["result"] = run_step(st)
                if st["fn"] in ("random_sample", "random_integers"):
                    st["fn"] = {"random_sample": "randomSample", "random_integers": "randomIntegers"}[st["fn"]]
                out_steps.append(st)
            cases.append({"name": f"seed {seed}: {name}", "seed": seed, "steps": out_steps})
    # The lecture's check: after seed(1), randn(5) prints these digits.
    np.random.seed(1)
    lecture = {"seed": 1, "values": np.random.randn(5).tolist()}
    np.random.seed(1)
    lecture["str"] = str(np.random.randn(5))
    with open(OUT, "w") as f:
        errors = [error_case(st) for st in ERROR_CALLS]
        for e in errors:
            if e["fn"] == "random_integers":
                e["fn"] = "randomIntegers"
        json.dump({"numpy": np.__version__, "cases": cases, "lecture": lecture, "errors": errors}, f, separators=(",", ":"), allow_nan=False)
    print("wrote", OUT, len(cases), "cases,", len(ERROR_CALLS), "error cases")


main()
