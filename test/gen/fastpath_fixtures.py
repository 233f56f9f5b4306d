"""numpy cases for np's flat fast paths (same-shape C-contiguous operands, or one a Python scalar):
contiguous views that start at an offset, 0-d and empty arrays, sizes on both sides of the WASM
kernels' thresholds, and copies of such views.

Run from the repository root:  python3 test/gen/fastpath_fixtures.py
Writes test/fixtures/np/fastpath.json (same format as np_fixtures.py).
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from np_fixtures import GROUPS, OUT, A, S, Step, ar, case  # noqa: E402

G = "fastpath"


def rows(n_rows, n_cols, scale, dtype="float64"):
    """Rows 1: of an (n_rows, n_cols) array: C-contiguous, data starting at offset n_cols."""
    data = ((np.arange(n_rows * n_cols) * 37 % 101) - 50) / scale
    return A(data.astype(dtype), dtype, (n_rows, n_cols), then=[Step("get", S("1:"))])


def build():
    small, big = rows(3, 5, 8.0), rows(3, 100, 16.0)  # 10 and 200 elements (WASM kernels from 64)
    small2, big2 = rows(3, 5, 3.0), rows(3, 100, 7.0)
    for x, y in ((small, small2), (big, big2)):
        for fn in ("add", "subtract", "multiply", "divide", "maximum", "minimum", "less", "greaterEqual", "equal"):
            case(G, fn, x, y)
        for fn in ("add", "multiply", "divide", "maximum", "lessEqual"):
            case(G, fn, x, 0.5)
            case(G, fn, 2, x)
        for fn in ("exp", "negative", "square", "tanh", "abs", "isnan"):
            case(G, fn, x)
        case(G, ".copy", x)
        case(G, ".astype", x, "float32")
        case(G, ".astype", x, "int64")
    ints, ints2 = rows(3, 4, 1.0, "int64"), rows(3, 4, 1.0, "int32")
    case(G, "add", ints, ints2)
    case(G, "multiply", ints2, ints2)
    case(G, "add", ints, 2.5)
    case(G, ".copy", ints2)
    case(G, ".astype", ints2, "float64")
    case(G, "add", A(1.5), A(2.25))
    case(G, "multiply", A(1.5), 2)
    case(G, "exp", A(0.5))
    case(G, "add", A(np.zeros((0, 3))), A(np.zeros((0, 3))))
    case(G, "multiply", A(np.zeros((2, 0))), 3)
    case(G, "exp", A(np.zeros((0,))))
    case(G, ".copy", A(np.zeros((0, 2))))
    # same size, different shapes: not the flat path (broadcast error or broadcasting)
    case(G, "add", ar(6, shape=(2, 3)), ar(6, shape=(3, 2)))
    case(G, "add", ar(6, shape=(1, 6)), ar(6, shape=(6, 1)))


if __name__ == "__main__":
    build()
    cases = GROUPS[G]
    with open(os.path.join(OUT, f"{G}.json"), "w") as fh:
        head = json.dumps({"numpy": np.__version__, "generator": "test/gen/fastpath_fixtures.py"})[:-1]
        fh.write(head + ', "cases": [\n')
        fh.write(",\n".join(json.dumps(c, allow_nan=False) for c in cases))
        fh.write("\n]}\n")
    print(f"{G}: {len(cases)} cases ({sum(1 for c in cases if 'error' in c['expect'])} errors)")
