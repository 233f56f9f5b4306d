"""Writes test/fixtures/random_generator.json: numpy's np.random.default_rng(seed) streams (Generator on
PCG64) for seeds 0, 1, 42, 2**70 and [1, 2, 3], as cases of consecutive calls on one generator.

Each step is {"fn", "args", "kwargs", "result"}; test/np/random/generator.test.ts replays it on
np.random.defaultRng(seed) with kwargs as a trailing options object (camel-cased names). Arrays given
as arguments are {"array": nested list, "dtype": name}. Doubles are written with Python's repr (exact)
and compared bit for bit; 64-bit integers that JSON numbers cannot hold (raw outputs, states) are
strings. "long" holds, per seed, a million standard normals and exponentials (then a million of each
in float32) summarised exactly: their sequential float sum and every draw from the ziggurat's tail;
and 20,000 binomial draws per (n, p) of BINOMIAL_LONG (BTPE, whose rare final test needs long streams),
summarised by their sum and their index-weighted sum. "errors" holds numpy's messages.

Run: python3 test/gen/random_generator_fixtures.py
"""
import json
import os

import numpy as np

from _common import ROOT

OUT = os.path.join(ROOT, "test", "fixtures", "random_generator.json")
SEEDS = [0, 1, 42, 2**70, [1, 2, 3]]
BINOMIAL_LONG = [(1000, 0.4), (100000, 0.45), (200, 0.7)]


def A(values, dtype):
    return {"array": values, "dtype": dtype}


def decode(v):
    if isinstance(v, dict) and "array" in v:
        return np.array(v["array"], dtype=v["dtype"])
    if isinstance(v, list):
        return tuple(v)  # sizes are tuples in numpy
    return v


def encode(r):
    if isinstance(r, np.ndarray):
        kind = {"f": str(r.dtype), "i": str(r.dtype)}[r.dtype.kind]
        return {"shape": list(r.shape), "dtype": kind, "data": [x.item() for x in r.ravel()]}
    if isinstance(r, list):
        return {"list": r}
    if isinstance(r, (int, np.integer)):
        return {"scalar": int(r)}
    return {"scalar": float(r)}


def camel(name):
    head, *rest = name.split("_")
    return head + "".join(w.title() for w in rest)


def run_step(rng, step):
    fn = step["fn"]
    args = [decode(a) for a in step["args"]]
    kwargs = {k: decode(v) if k != "p" else list(v) for k, v in step["kwargs"].items()}
    bg = rng.bit_generator
    if fn == "shuffle":
        x = args[0]
        rng.shuffle(x, **kwargs)
        return encode(x)
    if fn == "shuffle_list":
        lst = list(step["args"][0])
        rng.shuffle(lst)
        return {"list": lst}
    if fn == "raw":  # one 64-bit output of the bit generator
        return {"raw": str(bg.random_raw())}
    if fn == "state":
        st = bg.state
        return {"state": {"state": str(st["state"]["state"]), "inc": str(st["state"]["inc"]), "hasUint32": st["has_uint32"], "uinteger": st["uinteger"]}}
    if fn == "advance":
        bg.advance(args[0])
        return None
    if fn == "jumped_raw":  # a jumped copy's first outputs; the original is unchanged
        j = bg.jumped(*args)
        return {"list": [str(j.random_raw()) for _ in range(3)]}
    if fn == "default_rng":
        return encode(np.random.default_rng(*args).random())
    if fn == "spawn_random":  # the first draws of each of n children
        return {"list": [c.random(3).tolist() for c in rng.spawn(args[0])]}
    return encode(getattr(rng, fn)(*args, **kwargs))


def S(fn, *args, **kwargs):
    return {"fn": fn, "args": list(args), "kwargs": kwargs}


def POW(step):
    """A step whose results are a C pow() (gamma with shape < 1, beta with a, b <= 1): deepts' pow is
    correctly rounded, glibc's in all but ~0.1% of inputs, so the test allows these values a few ulps;
    the stream itself must stay in step."""
    return dict(step, ulps=4)


CASES = [
    ("random", [S("random"), S("random", 5), S("random", [2, 3]), S("random", 4, dtype="float32"), S("random")]),
    ("integers small ranges", [S("integers", 10, size=8), S("integers", 2, size=10), S("integers", 1, size=3), S("integers", 5)]),
    ("integers keep the spare 32-bit half across calls", [S("integers", 10), S("random"), S("integers", 10), S("integers", 100, size=3), S("random", 2), S("integers", 7)]),
    ("integers negative and endpoint", [S("integers", -5, 5, size=7), S("integers", -1000, -990, 4), S("integers", 0, 6, size=6, endpoint=True), S("integers", 3, 3, size=2, endpoint=True)]),
    ("integers 32-bit edges", [S("integers", 0, 2**31, size=3), S("integers", 0, 2**32, size=3), S("integers", 0, 2**32 - 1, size=3), S("integers", 0, 2**32 + 1, size=3)]),
    ("integers wide ranges", [S("integers", 0, 2**40, size=4), S("integers", -(2**40), 2**45, size=3), S("integers", 2**52, size=2), S("integers", 0, 2**62, size=3), S("integers", -(2**63), 2**63 - 1, size=2, endpoint=True)]),
    ("integers int32", [S("integers", 0, 100, size=5, dtype="int32"), S("integers", -7, 7, size=4, dtype="int32"), S("integers", -(2**31), 2**31, size=3, dtype="int32")]),
    ("integers array bounds", [S("integers", A([1, 5, 10], "int64"), A([3, 100, 11], "int64")), S("integers", 0, A([[2], [50]], "int64"), size=[2, 3]), S("integers", A([0, 1], "int64"), 4, endpoint=True)]),
    ("standard_normal", [S("standard_normal"), S("standard_normal", 5), S("standard_normal", [3, 2]), S("standard_normal", 400)]),
    ("normal", [S("normal"), S("normal", 1.5, 2.0, size=5), S("normal", size=[2, 3]), S("normal", -3, 0.01, 3), S("normal", A([0.0, 10.0, 100.0], "float64"), 1.0), S("normal", 0.0, A([[1.0], [2.0]], "float64"), size=[2, 3])]),
    ("uniform", [S("uniform"), S("uniform", -1, 1, size=5), S("uniform", 2, 3, [2, 2]), S("uniform", high=10, size=3), S("uniform", A([0.0, 5.0], "float64"), A([1.0, 6.0], "float64"))]),
    ("exponential", [S("standard_exponential"), S("standard_exponential", 400), S("exponential", 2.5, 4), S("exponential", A([1.0, 10.0], "float64")), S("exponential", size=[2, 2])]),
    ("choice with replacement", [S("choice", 5), S("choice", 5, size=3), S("choice", 100, size=[2, 3]), S("choice", A([10, 20, 30, 40], "int64"), size=5), S("choice", A([0.5, 1.5, 2.5], "float64"))]),
    ("choice with p", [S("choice", 4, size=6, p=[0.1, 0.2, 0.3, 0.4]), S("choice", 3, p=[0.5, 0.25, 0.25]), S("choice", A([7, 8, 9], "int64"), size=[2, 2], p=[0.2, 0.0, 0.8])]),
    ("choice without replacement", [S("choice", 10, size=4, replace=False), S("choice", 5, size=[2, 2], replace=False), S("choice", A([3, 1, 4, 1, 5, 9], "int64"), size=3, replace=False), S("choice", 50, size=10, replace=False, shuffle=False)]),
    ("choice without replacement, tail shuffle", [S("choice", 20000, size=500, replace=False), S("choice", 12000, size=300, replace=False, shuffle=False)]),
    ("choice from n-d arrays", [S("choice", A(np.arange(12).reshape(4, 3).tolist(), "int64"), size=2), S("choice", A(np.arange(12).reshape(4, 3).tolist(), "float64"), size=[2, 1], axis=1, replace=False), S("choice", A(np.arange(12).reshape(4, 3).tolist(), "int64")), S("choice", A(np.arange(24).reshape(2, 3, 4).tolist(), "int64"), size=3, axis=-1, p=[0.1, 0.2, 0.3, 0.4])]),
    ("choice with p without replacement", [S("choice", 5, size=3, replace=False, p=[0.1, 0.3, 0.2, 0.15, 0.25]), S("choice", 6, size=5, replace=False, p=[0.5, 0.1, 0.1, 0.1, 0.1, 0.1])]),
    ("permutation", [S("permutation", 10), S("permutation", 1), S("permutation", 0), S("permutation", A([1.5, 2.5, 3.5, 4.5], "float64")), S("permutation", A(np.arange(12).reshape(4, 3).tolist(), "int64")), S("permutation", A(np.arange(12).reshape(3, 4).tolist(), "int64"), axis=1)]),
    ("shuffle", [S("shuffle", A(list(range(8)), "int64")), S("shuffle", A(np.arange(12).reshape(4, 3).tolist(), "int64")), S("shuffle", A(np.arange(12).reshape(3, 4).tolist(), "float64"), axis=1), S("shuffle_list", [10, 20, 30, 40, 50])]),
    ("permuted", [S("permuted", A(np.arange(12).reshape(3, 4).tolist(), "int64")), S("permuted", A(np.arange(12).reshape(3, 4).tolist(), "int64"), axis=1), S("permuted", A(np.arange(24).reshape(2, 3, 4).tolist(), "float64"), axis=0)]),
    ("bit generator state, advance, jump", [S("state"), S("integers", 10), S("state"), S("raw"), S("advance", 12345), S("raw"), S("jumped_raw"), S("jumped_raw", 3), S("advance", -5), S("raw"), S("state")]),
    ("spawn", [S("spawn_random", 2), S("spawn_random", 1), S("random")]),
    ("float32 samplers", [S("standard_normal", 6, dtype="float32"), S("random", 3, dtype="float32"), S("standard_exponential", 6, dtype="float32"), S("standard_normal", 400, dtype="float32"), S("standard_exponential", 400, dtype="float32"), S("random")]),
    ("standard_gamma and gamma", [S("standard_gamma", 2.5, 6), S("standard_gamma", 1.0, 3), S("standard_gamma", 0.0, 2), POW(S("standard_gamma", 0.4, 6)), S("gamma", 9.0, 0.5, 4), POW(S("gamma", A([0.5, 1.0, 3.0], "float64"), 2.0))]),
    ("beta", [S("beta", 2.0, 5.0, 5), POW(S("beta", 0.5, 0.5, 5)), S("beta", 1.0, 3.0, 3), POW(S("beta", A([0.3, 4.0], "float64"), A([[0.7], [2.0]], "float64")))]),
    ("poisson", [S("poisson"), S("poisson", 4.0, 8), S("poisson", 0.0, 2), S("poisson", 25.5, 8), S("poisson", 1e6, 4), S("poisson", A([0.5, 12.0, 300.0], "float64")), POW(S("standard_gamma", 0.9, 4)), S("poisson", 7.0, 3)]),
    ("binomial", [S("binomial", 10, 0.3, 8), S("binomial", 10, 0.8, 5), S("binomial", 1000, 0.2, 8), S("binomial", 1000, 0.9, 5), S("binomial", 50, 0.5, 4), S("binomial", 100000, 0.47, 4), S("binomial", 0, 0.5, 2), S("binomial", A([5, 500], "int64"), A([[0.1], [0.6]], "float64"))]),
    ("everything interleaved", [S("standard_normal", 3), S("integers", 6, size=2), S("uniform", size=2), S("exponential", size=2), S("permutation", 5), S("standard_normal"), S("choice", 3, size=2), S("random", 2)]),
]

ERRORS = [
    S("integers", 0), S("integers", 5, 3), S("integers", -5), S("integers", 2**64), S("integers", -(2**64), 0),
    S("integers", 3, 2, endpoint=True), S("integers", 0, -1, endpoint=True), S("integers", 5, dtype="float64"),
    S("integers", A([1, 5], "int64"), A([3, 5], "int64")), S("integers", 0, A([0, 3], "int64")),
    S("normal", 0, -1), S("normal", 0, A([1.0, -1.0], "float64")), S("exponential", -2.0), S("uniform", 1, 0),
    S("choice", 0), S("choice", -3), S("choice", A([], "float64")), S("choice", 1.5), S("choice", 3, size=5, replace=False),
    S("choice", 3, p=[0.5, 0.5]), S("choice", 3, p=[0.5, 0.6, -0.1]), S("choice", 3, p=[0.2, 0.2, 0.2]),
    S("choice", 3, size=2, replace=False, p=[1.0, 0.0, 0.0]), S("choice", 3, p=[[1.0, 0.0, 0.0]]),
    S("permutation", A(5, "int64")), S("shuffle_list_axis"),
    S("standard_gamma", -1.0), S("gamma", 2.0, -1.0), S("beta", 0.0, 1.0), S("beta", 1.0, -2.0), S("poisson", -1.0), S("poisson", 1e19),
    S("default_rng", -1), S("default_rng", 1.5), S("default_rng", [1, -2]), S("default_rng", [1.5]),
    S("binomial", 10, 1.5), S("binomial", -1, 0.5), S("poisson", A([-1.0, 1e19], "float64")), S("poisson", A([1.0, -0.5], "float64")), S("binomial", A([3, -2], "int64"), 0.5), S("binomial", 5, A([0.5, 2.0], "float64")),
]


def error_case(step):
    rng = np.random.default_rng(0)
    try:
        if step["fn"] == "shuffle_list_axis":
            rng.shuffle([1, 2, 3], axis=1)
        else:
            run_step(rng, step)
    except Exception as e:
        kwargs = {camel(k): v for k, v in step["kwargs"].items()}
        return {"fn": camel(step["fn"]), "args": step["args"], "kwargs": kwargs, "error": str(e), "type": type(e).__name__}
    raise AssertionError(f"no error for {step}")


def summary(values, bound):
    """A stream of doubles: its length, its sequential float sum and the draws at or beyond `bound`."""
    total = 0.0
    for v in values.tolist():
        total += v
    return {"n": len(values), "sum": total, "tail": [(i, v) for i, v in enumerate(values.tolist()) if abs(v) >= bound]}


def seed_json(seed):
    return str(seed) if isinstance(seed, int) and seed >= 2**53 else seed


def main():
    cases, long = [], []
    for seed in SEEDS:
        for name, steps in CASES:
            rng = np.random.default_rng(seed)
            out = []
            for st in steps:
                st = dict(st, result=run_step(rng, st))
                st["kwargs"] = {camel(k): v for k, v in st["kwargs"].items()}
                st["fn"] = camel(st["fn"])
                out.append(st)
            cases.append({"name": f"seed {seed}: {name}", "seed": seed_json(seed), "steps": out})
        rng = np.random.default_rng(seed)
        normals = rng.standard_normal(10**6)
        expos = rng.standard_exponential(10**6)
        normals32 = rng.standard_normal(10**6, dtype=np.float32).astype(np.float64)
        expos32 = rng.standard_exponential(10**6, dtype=np.float32).astype(np.float64)
        binomials = []
        for n, p in BINOMIAL_LONG:
            ks = rng.binomial(n, p, 20000).tolist()
            binomials.append({"n": n, "p": p, "size": len(ks), "sum": sum(ks), "weighted": sum((i + 1) * k for i, k in enumerate(ks))})
        long.append({"seed": seed_json(seed), "normal": summary(normals, 3.6541528853610088), "exponential": summary(expos, 7.69711747013105),
                     "normal32": summary(normals32, float(np.float32(3.6541528853610088))), "exponential32": summary(expos32, float(np.float32(7.69711747013105))),
                     "binomial": binomials})
    seqs = [{"entropy": seed_json(e) if not isinstance(e, list) else e, "spawnKey": list(k), "words": np.random.SeedSequence(e, spawn_key=k).generate_state(6).tolist()}
            for e in [0, 1, 42, 2**32, 2**70, 2**200 + 12345, [1, 2, 3], [], [2**40, 5]] for k in [(), (3,), (1, 2)]]
    with open(OUT, "w") as f:
        json.dump({"numpy": np.__version__, "cases": cases, "long": long, "seedSequences": seqs,
                   "errors": [error_case(st) for st in ERRORS]}, f, separators=(",", ":"), allow_nan=False)
    print("wrote", OUT, len(cases), "cases")


main()
