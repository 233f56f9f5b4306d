# The per-call cost of the small and mid-size ops of the course's loops (issue 12), numpy's side of
# bench/small_ops.mjs: same shapes, same timing (CPU time of this process, best of batches: the machine is shared, and the
# time other processes take the core is not counted), prints JSON {name: µs per call}.
import json, sys, time
import numpy as np

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


def shallow(iters):
    rng = np.random.default_rng(3)
    X = rng.standard_normal((2, 400))
    Y = (rng.random((1, 400)) > 0.5).astype(np.float64)
    W1, b1 = rng.standard_normal((4, 2)) * 0.01, np.zeros((4, 1))
    W2, b2 = rng.standard_normal((1, 4)) * 0.01, np.zeros((1, 1))

    def run():
        nonlocal W1, b1, W2, b2
        m = 400
        for _ in range(iters):
            A1 = np.tanh(np.dot(W1, X) + b1)
            A2 = 1 / (1 + np.exp(-(np.dot(W2, A1) + b2)))
            dZ2 = A2 - Y
            dW2 = np.dot(dZ2, A1.T) / m
            db2 = np.sum(dZ2, axis=1, keepdims=True) / m
            dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
            dW1 = np.dot(dZ1, X.T) / m
            db1 = np.sum(dZ1, axis=1, keepdims=True) / m
            W1, b1, W2, b2 = W1 - 1.2 * dW1, b1 - 1.2 * db1, W2 - 1.2 * dW2, b2 - 1.2 * db2
    return run


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
