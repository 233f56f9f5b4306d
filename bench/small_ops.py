# The per-call cost of the small and mid-size ops of the course's loops (issue 12), numpy's side of
# bench/small_ops.mjs: same shapes, same timing (CPU time of this process, best of batches: the machine is shared, and the
# time other processes take the core is not counted), prints JSON {name: µs per call}.
import json, sys, time
import numpy as np

from numpy_bench import shallow  # the same workload as bench/run.mjs

rng = np.random.default_rng(0)
A = rng.standard_normal((4, 400)); B = rng.standard_normal((4, 400)); R = rng.standard_normal((1, 400))
c = rng.standard_normal((4, 1)); W1 = rng.standard_normal((4, 2)); X = rng.standard_normal((2, 400))
W2 = rng.standard_normal((1, 4)); D = rng.standard_normal((4, 400))

OPS = {
    "add (4,400)+(4,400)": lambda: A + B,
    "tanh (4,400)": lambda: np.tanh(A),
    "mul 1.2*(4,400)": lambda: 1.2 * A,
    "add (1,400)+(1,400)": lambda: R + R,
    "exp (1,400)": lambda: np.exp(R),
    "add (4,1)+(4,400)": lambda: c + A,
    "dot (4,2)·(2,400)": lambda: np.dot(W1, X),
    "dot (1,4)·(4,400)": lambda: np.dot(W2, A),
    "dot (4,400)·(400,2)ᵀ": lambda: np.dot(D, X.T),
    "sum (4,400) axis 1 keepdims": lambda: np.sum(A, axis=1, keepdims=True),
    "sub (4,1)-(4,1)": lambda: c - c,
}


def per_call(f, n, batches):
    best = float("inf")
    for _ in range(batches):
        t = time.process_time()
        for _ in range(n):
            f()
        best = min(best, time.process_time() - t)
    return best / n * 1e6


only = sys.argv[1] if len(sys.argv) > 1 else ""
out = {}
for name, f in OPS.items():
    if not only or name in only.split(";"):
        out[name] = per_call(f, 2000, 15)
if not only or "shallow iteration" in only.split(";"):
    out["shallow iteration"] = per_call(shallow(10), 20, 30) / 10
print(json.dumps(out))
