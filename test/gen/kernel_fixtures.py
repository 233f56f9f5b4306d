#!/usr/bin/env python3
"""Kernel fixtures: what numpy prints for the array cells of the kernel's notebook test, and the
exact lines IPython's %timeit prints for given timings.

Writes test/fixtures/kernel.json. Run from the repository root:
    python3 test/gen/kernel_fixtures.py            (numpy part; needs numpy)
The timeit part needs IPython, which the .venv has; the script re-runs itself there for it:
    .venv/bin/python test/gen/kernel_fixtures.py --timeit
Each array case pairs the TypeScript cell (deepts spelling) with the numpy expression it mirrors.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "fixtures", "kernel.json")
VENV_PY = os.path.join(HERE, "..", "..", ".venv", "bin", "python")

# (TypeScript cell, numpy expression): the cell's last value must print as numpy's repr.
ARRAY_CELLS = [
    ("np.random.seed(1); np.random.randn(3, 2)", "np.random.seed(1); r = np.random.randn(3, 2)"),
    ("np.arange(12).reshape(3, 4).div(7)", "r = np.arange(12).reshape(3, 4) / 7"),
    ('np.eye(3, { dtype: "int32" })', 'r = np.eye(3, dtype="int32")'),
    ("np.linspace(0, 1, 5).greater(0.5)", "r = np.linspace(0, 1, 5) > 0.5"),
    ("np.zeros([2, 3]).sum({ axis: 0 })", "r = np.zeros([2, 3]).sum(axis=0)"),
]

# (TypeScript cell, numpy statement that raises): the error message must be numpy's.
ERROR_CELLS = [
    ("np.zeros([2]).reshape([3])", "np.zeros([2]).reshape([3])"),
]

# Per-loop timings (seconds) of runs, loops per run: IPython's TimeitResult line for each.
TIMEIT_CASES = [
    ([0.000597, 0.00052, 0.00067, 0.0006, 0.00055, 0.00061, 0.00058], 1000),
    ([1.5e-9, 1.6e-9, 1.4e-9], 100_000_000),
    ([0.0123, 0.0125, 0.0121, 0.0130, 0.0122, 0.0124, 0.0126], 10),
    ([1.25, 1.5], 1),
    ([75.2, 75.0, 74.9], 1),
    ([0.0009997, 0.0009998, 0.0009996], 1000),
    ([3600 * 25 + 62.5], 1),
    ([2.5e-10, 2.5e-10], 1_000_000_000),
]
FORMAT_TIME_CASES = [0.000597, 7.26e-05, 1.0, 0.99996, 59.99, 60.0, 61.5, 3725.0, 90061.0, 1e-10, 0.0, 0.00012345, 999.5e-9, 0.125, 1.125, 0.0625]


def numpy_part():
    import numpy as np

    arrays = []
    for ts, py in ARRAY_CELLS:
        env = {"np": np}
        exec(py, env)
        arrays.append({"cell": ts, "numpy": py, "repr": repr(env["r"])})
    errors = []
    for ts, py in ERROR_CELLS:
        try:
            exec(py, {"np": np})
        except Exception as e:  # numpy's own wording is the expectation
            errors.append({"cell": ts, "numpy": py, "message": str(e)})
        else:
            raise SystemExit(f"{py} did not raise")
    return {"numpy_version": np.__version__, "arrays": arrays, "errors": errors}


def timeit_part():
    # IPython picks "µs" only when stdout can encode it, as it can in a notebook.
    from IPython.core.magics.execution import TimeitResult, _format_time
    import IPython

    lines = []
    for per_loop, loops in TIMEIT_CASES:
        all_runs = [t * loops for t in per_loop]
        r = TimeitResult(loops, len(all_runs), min(per_loop), max(per_loop), all_runs, 0, 3)
        lines.append({"timings": per_loop, "loops": loops, "allRuns": all_runs, "line": str(r)})
    times = [{"seconds": t, "text": _format_time(t)} for t in FORMAT_TIME_CASES]
    return {"ipython_version": IPython.__version__, "timeit": lines, "format_time": times}


if __name__ == "__main__":
    if "--timeit" in sys.argv:
        json.dump(timeit_part(), sys.stdout, ensure_ascii=False)
        sys.exit(0)
    out = numpy_part()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    ipy = subprocess.run([VENV_PY, os.path.abspath(__file__), "--timeit"], capture_output=True, text=True, env=env, check=True, encoding="utf-8")
    out.update(json.loads(ipy.stdout))
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {os.path.relpath(OUT)}: {len(out['arrays'])} arrays, {len(out['errors'])} errors, {len(out['timeit'])} timeit lines")
