"""Writes test/fixtures/random_distributions.json: numpy's legacy RandomState distributions (binomial,
poisson, gamma, ..., multinomial, dirichlet, get_state) for seeds 0, 1, 2, 3 and 42.

Each case seeds np.random and runs its steps in order; every sampler step is followed by a rand(3)
step, so the test also proves that the same number of draws was consumed. Step format as in
random_fixtures.py: {"fn" (numpy's name), "js" (deepts' camelCase name), "args", "kwargs",
"result"}; arrays given as arguments are {"array": nested list, "dtype": name}; non-finite floats
{"float": "inf" | "nan"}. Errors are numpy's exception type and message for bad parameters.

Run: python3 test/gen/random_distributions_fixtures.py
"""
import json
import os
import re
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test", "fixtures", "random_distributions.json")
SEEDS = [0, 1, 2, 3, 42]


def A(values, dtype="float64"):
    return {"array": values, "dtype": dtype}


def F(name):
    return {"float": name}


def decode(v):
    if isinstance(v, dict) and "float" in v:
        return float(v["float"])
    if isinstance(v, dict) and "array" in v:
        return np.array(v["array"], dtype=v["dtype"])
    return v


def decode_size(v):
    return tuple(v) if isinstance(v, list) else v


def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def encode(r):
    if isinstance(r, bytes):
        return {"bytes": list(r)}
    if isinstance(r, tuple):  # get_state's legacy tuple
        return {"state": [r[0], [int(x) for x in r[1]], int(r[2]), int(r[3]), float(r[4])]}
    if isinstance(r, dict):  # get_state(legacy=False)
        return {"stateDict": {"bit_generator": r["bit_generator"], "key": [int(x) for x in r["state"]["key"]],
                              "pos": int(r["state"]["pos"]), "has_gauss": int(r["has_gauss"]), "gauss": float(r["gauss"])}}
    if isinstance(r, np.ndarray):
        kind = {"f": "float64", "i": "int64"}[r.dtype.kind]
        return {"shape": list(r.shape), "dtype": kind, "data": [x.item() for x in r.ravel()]}
    if isinstance(r, (int, np.integer)):
        return {"scalar": int(r), "int": True}
    return {"scalar": float(r)}


def call(step):
    fn = step["fn"]
    args = [decode(a) for a in step["args"]]
    kwargs = {k: (decode_size(v) if k == "size" else decode(v)) for k, v in step["kwargs"].items()}
    # A size given positionally is the last argument; numpy wants a tuple for a list.
    if step.get("size_pos") is not None:
        args[step["size_pos"]] = decode_size(step["args"][step["size_pos"]])
    if fn in ("multinomial", "dirichlet", "multivariate_normal"):
        args = [np.array(a) if isinstance(a, list) else a for a in args]
    if fn == "set_state":
        return getattr(np.random, fn)(*args)
    return getattr(np.random, fn)(*args, **kwargs)


def S(fn, *args, **kwargs):
    step = {"fn": fn, "js": camel(fn), "args": list(args), "kwargs": kwargs}
    if args and isinstance(args[-1], list) and fn not in ("multinomial", "dirichlet", "multivariate_normal"):
        step["size_pos"] = len(args) - 1
    return step


def long_streams():
    """Thousands of draws per sampler (seeds 0 and 42 only): rejection loops and rare branches get exercised."""
    n, m = 2000, 500
    return [
        ("long integer streams", [S("binomial", 1000, 0.3, n), S("binomial", 50, 0.7, n), S("binomial", 40, 0.2, n), S("poisson", 30.0, n), S("poisson", 4.5, n),
                                  S("hypergeometric", 300, 200, 120, n), S("hypergeometric", 8, 12, 9, n), S("zipf", 1.7, n), S("logseries", 0.95, n),
                                  S("geometric", 0.05, n), S("geometric", 0.6, n), S("negative_binomial", 5, 0.3, n), S("multinomial", 500, [0.1, 0.2, 0.3, 0.4], 500)]),
        ("long float streams", [S("standard_gamma", 3.3, m), S("standard_gamma", 0.4, m), S("beta", 2.5, 0.7, m), S("beta", 0.5, 0.6, m), S("exponential", 1.0, m),
                                S("standard_t", 3.0, m), S("wald", 2.0, 0.5, m), S("laplace", 0.0, 1.0, m), S("gumbel", 0.0, 1.0, m), S("logistic", 0.0, 1.0, m),
                                S("lognormal", 0.0, 1.0, m), S("pareto", 2.0, m), S("weibull", 2.0, m), S("power", 2.0, m), S("rayleigh", 1.0, m), S("vonmises", 0.5, 2.0, m),
                                S("noncentral_chisquare", 0.7, 3.0, m), S("triangular", 0.0, 0.3, 1.0, m)]),
    ]


def cases():
    return [
        ("exponential", [S("exponential"), S("exponential", 2.0, 5), S("exponential", A([1.0, 2.0, 3.0]), size=[2, 3]), S("standard_exponential"), S("standard_exponential", 5)]),
        ("standard_gamma shapes", [S("standard_gamma", 0.5, 5), S("standard_gamma", 1.0, 3), S("standard_gamma", 2.5, 5), S("standard_gamma", 0.0, 2), S("standard_gamma", 1e-3, 3), S("standard_gamma", A([0.3, 1.0, 4.0]))]),
        ("gamma", [S("gamma", 2.0, 3.0, 5), S("gamma", 0.7, size=4), S("gamma", A([[0.5], [5.0]]), A([1.0, 2.0, 3.0])), S("gamma", 100.0, 0.01, 3)]),
        ("beta", [S("beta", 0.5, 0.5, 6), S("beta", 2.0, 3.0, 5), S("beta", 0.1, 0.2, 5), S("beta", 1e-3, 1e-3, 4), S("beta", A([0.5, 2.0]), 1.5)]),
        ("chisquare", [S("chisquare", 1.0, 5), S("chisquare", 3.0, 5), S("chisquare", 0.5, 3), S("chisquare", A([1.0, 2.0, 10.0]))]),
        ("noncentral_chisquare", [S("noncentral_chisquare", 3.0, 2.0, 5), S("noncentral_chisquare", 0.5, 1.5, 5), S("noncentral_chisquare", 3.0, 0.0, 3), S("noncentral_chisquare", A([0.5, 5.0]), A([0.0, 2.0])), S("noncentral_chisquare", 0.5, 30.0, 3)]),
        ("f and noncentral_f", [S("f", 5.0, 10.0, 5), S("f", A([1.0, 2.0]), 3.0), S("noncentral_f", 5.0, 10.0, 1.5, 5), S("noncentral_f", 0.8, 3.0, 2.0, 4)]),
        ("cauchy and t", [S("standard_cauchy"), S("standard_cauchy", 5), S("standard_t", 4.0, 5), S("standard_t", 0.5, 3), S("standard_t", A([1.0, 10.0]))]),
        ("vonmises", [S("vonmises", 0.0, 4.0, 5), S("vonmises", 1.0, 1e-9, 2), S("vonmises", -2.0, 5e-6, 3), S("vonmises", 0.0, 1e3, 3), S("vonmises", A([0.0, 3.0]), 0.5), S("vonmises", 3.0, 0.2, 4)]),
        ("pareto weibull power", [S("pareto", 3.0, 5), S("weibull", 1.5, 5), S("weibull", 0.0, 2), S("power", 3.0, 5), S("power", A([0.5, 5.0]))]),
        ("laplace gumbel logistic", [S("laplace"), S("laplace", 0.0, 1.0, 5), S("laplace", A([0.0, 10.0]), 2.0), S("gumbel", 0.0, 1.0, 5), S("gumbel", A([0.0, 10.0]), 2.0), S("logistic", 0.0, 1.0, 5), S("logistic", loc=A([0.0, 10.0]), scale=2.0)]),
        ("lognormal rayleigh wald", [S("lognormal", 0.0, 1.0, 5), S("lognormal", 1.0, 0.5, 3), S("rayleigh", 2.0, 5), S("rayleigh"), S("wald", 1.0, 2.0, 5), S("wald", A([0.5, 3.0]), 1.0)]),
        ("triangular", [S("triangular", -1.0, 0.0, 2.0, 5), S("triangular", 0.0, 0.0, 1.0, 3), S("triangular", 0.0, 1.0, 1.0, 3), S("triangular", A([0.0, 1.0]), 2.0, 3.0)]),
        ("binomial inversion", [S("binomial", 10, 0.3, 10), S("binomial", 0, 0.5, 3), S("binomial", 5, 0.0, 3), S("binomial", 5, 1.0, 3), S("binomial", 20, 0.8, 5), S("binomial", 1, 0.5), S("binomial", 3, 0.5)]),
        ("binomial BTPE", [S("binomial", 100, 0.5, 10), S("binomial", 1000, 0.1, 10), S("binomial", 1000, 0.9, 10), S("binomial", 10**6, 0.4, 5), S("binomial", 61, 0.5, 10), S("binomial", 10**4, 0.3, 20)]),
        ("binomial array parameters", [S("binomial", A([5, 50, 500], "int64"), 0.5), S("binomial", 7, A([[0.1], [0.9]]), size=[2, 3]), S("binomial", n=A([10, 100], "int64"), p=A([0.2, 0.7]))]),
        ("negative_binomial", [S("negative_binomial", 3, 0.4, 6), S("negative_binomial", 1, 0.9, 5), S("negative_binomial", 10, 0.01, 3), S("negative_binomial", A([1.0, 5.0]), 0.5), S("negative_binomial", 0.5, 0.3, 4)]),
        ("poisson", [S("poisson"), S("poisson", 3.0, 6), S("poisson", 0.0, 3), S("poisson", 10.0, 5), S("poisson", 50.0, 5), S("poisson", 1e4, 5), S("poisson", 0.1, 10), S("poisson", A([1.0, 100.0, 0.0])), S("poisson", lam=A([[1.0], [1e3]]), size=[2, 2])]),
        ("zipf", [S("zipf", 2.0, 6), S("zipf", 1.5, 5), S("zipf", 5.0, 5), S("zipf", A([1.2, 3.0]))]),
        ("geometric", [S("geometric", 0.35, 6), S("geometric", 1.0, 3), S("geometric", 0.1, 6), S("geometric", 1e-3, 3), S("geometric", 0.5, 5), S("geometric", A([0.2, 0.9]))]),
        ("hypergeometric", [S("hypergeometric", 10, 5, 6, 6), S("hypergeometric", 100, 200, 50, 5), S("hypergeometric", 5, 100, 20, 3), S("hypergeometric", 1000, 10, 900, 3), S("hypergeometric", 3, 3, 1, 3), S("hypergeometric", A([5, 50], "int64"), 10, A([3, 20], "int64")), S("hypergeometric", 0, 5, 3, 2)]),
        ("logseries", [S("logseries", 0.7, 6), S("logseries", 0.0, 3), S("logseries", 0.99, 6), S("logseries", 0.2, 5), S("logseries", A([0.5, 0.9]))]),
        ("multinomial", [S("multinomial", 20, [0.2, 0.3, 0.5], 2), S("multinomial", 0, [0.5, 0.5]), S("multinomial", 100, [0.1] * 10, size=[2, 2]), S("multinomial", 5, [1.0, 0.0, 0.0]), S("multinomial", 1000, [0.05, 0.9, 0.05])]),
        ("dirichlet", [S("dirichlet", [1.0, 2.0, 3.0]), S("dirichlet", [0.1, 0.1], 3), S("dirichlet", [10.0, 20.0, 30.0, 40.0], [2, 2])]),
        ("multivariate_normal", [S("multivariate_normal", [0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], 3), S("multivariate_normal", [1.0, 2.0], [[2.0, 0.5], [0.5, 1.0]], 4), S("multivariate_normal", [0.0, 1.0, 2.0], [[1.0, 0.2, 0.1], [0.2, 2.0, 0.3], [0.1, 0.3, 3.0]])]),
        ("sample ranf bytes", [S("sample"), S("sample", 3), S("ranf", 2), S("bytes", 6), S("bytes", 0), S("bytes", 9)]),
        ("get_state", [S("randn", 1), S("get_state"), S("randn", 1), S("get_state", legacy=False), S("randn", 1), S("get_state")]),
    ]


ERRORS = [
    S("exponential", -1.0), S("exponential", A([1.0, -1.0])), S("standard_gamma", -1.0), S("gamma", 1.0, -1.0),
    S("beta", 0.0, 1.0), S("beta", 1.0, A([1.0, 0.0])), S("chisquare", 0.0), S("noncentral_chisquare", 1.0, -1.0),
    S("f", 0.0, 1.0), S("noncentral_f", 1.0, 1.0, -1.0), S("standard_t", 0.0), S("vonmises", 0.0, -1.0),
    S("pareto", 0.0), S("weibull", -1.0), S("power", 0.0), S("laplace", 0.0, -1.0), S("gumbel", 0.0, -1.0),
    S("logistic", 0.0, -1.0), S("lognormal", 0.0, -1.0), S("rayleigh", -1.0), S("wald", 0.0, 1.0), S("wald", 1.0, 0.0),
    S("triangular", 1.0, 0.0, 2.0), S("triangular", 0.0, 3.0, 2.0), S("triangular", 1.0, 1.0, 1.0),
    S("triangular", A([0.0, 2.0]), 1.0, 3.0),
    S("binomial", -1, 0.5), S("binomial", 5, 1.5), S("binomial", 5, F("nan")), S("binomial", A([5], "int64"), A([1.5])),
    S("negative_binomial", 0.0, 0.5), S("negative_binomial", 1.0, 1.5),
    S("poisson", -1.0), S("poisson", F("nan")), S("poisson", 1e19), S("poisson", A([1.0, -1.0])), S("poisson", A([1e19, -1.0])),
    S("zipf", 1.0), S("zipf", A([2.0, 0.5])), S("geometric", 0.0), S("geometric", 1.5), S("geometric", A([0.5, 0.0])),
    S("hypergeometric", 1, 1, 3), S("hypergeometric", -1, 5, 2), S("hypergeometric", 5, -1, 2), S("hypergeometric", 5, 5, 0),
    S("logseries", 1.0), S("logseries", -0.1), S("logseries", A([0.5, 1.0])),
    S("multinomial", -1, [0.5, 0.5]), S("multinomial", 5, [0.7, 0.7, 0.1]), S("multinomial", 5, [1.5, -0.5]), S("multinomial", 5, 0.5),
    S("dirichlet", [1.0, 0.0]),
    S("multivariate_normal", [0.0, 0.0], [[1.0, 0.0]]), S("multivariate_normal", [0.0], [[1.0, 0.0], [0.0, 1.0]]),
    S("multivariate_normal", [[0.0]], [[1.0]]), S("multivariate_normal", [0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]], check_valid="raise"),
    S("set_state", ["bogus", [0] * 624, 624]), S("set_state", {}),
    S("gamma", scale=2.0), S("binomial", 5), S("binomial", p=0.5), S("triangular", 0.0, 1.0),
]


def error_case(step):
    try:
        call(step)
    except Exception as e:
        return {**step, "error": str(e), "type": type(e).__name__}
    raise AssertionError(f"no error for {step}")


def main():
    out = []
    for seed in SEEDS:
        for name, steps in cases() + (long_streams() if seed in (0, 42) else []):
            np.random.seed(seed)
            done = []
            for st in steps:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    done.append({**st, "result": encode(call(st))})
                if st["fn"] not in ("get_state",):
                    done.append({"fn": "rand", "js": "rand", "args": [3], "kwargs": {}, "result": encode(np.random.rand(3))})
            out.append({"name": f"seed {seed}: {name}", "seed": seed, "steps": done})
    errors = [error_case(st) for st in ERRORS]
    with open(OUT, "w") as fh:
        json.dump({"numpy": np.__version__, "cases": out, "errors": errors}, fh, separators=(",", ":"), allow_nan=False)
    print("wrote", OUT, len(out), "cases,", len(errors), "error cases")


main()
