#!/usr/bin/env python3
"""The numpy side of `npm run bench`: the same rows as bench/run.mjs, timed the same way (warm-up,
then repeats until both a minimum count and a minimum time are reached; the median is reported; a
row whose first run takes 1 s or more is timed by that run alone). Prints one JSON object:
{"numpy": version, "rows": {name: median_ms}, "checks": {name: checksum}, "loops": {name: ms}}, where a
checksum is what a workload returns when it returns a list of floats and loops are the loop means
(BENCH_LOOP=1). Optional argument: the row names to run, as a
JSON list or comma-separated. BENCH_QUICK=1 (run.mjs --quick): 5 runs and 0.2 s per row."""
import json
import os
import sys
import time

import numpy as np

from course_workloads import char_rnn_epoch, iris_perceptron, softmax_epoch

QUICK = os.environ.get("BENCH_QUICK") == "1"
MIN_REPS, MIN_SECONDS, MAX_REPS = (5, 0.2, 400) if QUICK else (15, 1.0, 400)
LONG_SECONDS = 1.0
# BENCH_LOOP=1 (run.mjs, one pass): rows whose call takes under LOOP_BELOW_MS are also timed as a
# loop: calls back to back for LOOP_SECONDS, three times; the median of the three means (what a
# loop pays per call, memory management included).
LOOP = os.environ.get("BENCH_LOOP") == "1"
LOOP_BELOW_MS, LOOP_SECONDS = 1.0, (0.05 if QUICK else 0.25)


def timeit(f):
    """Median ms of f, and what its last run returned."""
    t = time.perf_counter()
    value = f()
    first = time.perf_counter() - t
    if first >= LONG_SECONDS:
        return first * 1e3, value
    for _ in range(2):
        f()
    ts = []
    start = time.perf_counter()
    while len(ts) < MIN_REPS or (time.perf_counter() - start < MIN_SECONDS and len(ts) < MAX_REPS):
        t = time.perf_counter()
        value = f()
        ts.append((time.perf_counter() - t) * 1e3)
    ts.sort()
    return ts[len(ts) // 2], value


def loop_mean(f):
    """Median over three windows of LOOP_SECONDS of the mean ms per call, calls back to back."""
    means = []
    for _ in range(3):
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < LOOP_SECONDS:
            for _ in range(10):
                f()
            n += 10
        means.append((time.perf_counter() - start) * 1e3 / n)
    means.sort()
    return means[1]


def training_iteration(layer_dims, m, seed=1):
    """One forward + backward + update pass of the course's L-layer network (relu hidden layers,
    sigmoid output, cross-entropy), written as the course writes it."""
    rng = np.random.default_rng(seed)
    X = rng.random((layer_dims[0], m))
    Y = (rng.random((1, m)) > 0.5).astype(np.float64)
    params = {}
    for l in range(1, len(layer_dims)):
        params["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) / np.sqrt(layer_dims[l - 1])
        params["b" + str(l)] = np.zeros((layer_dims[l], 1))
    L = len(layer_dims) - 1
    lr = 0.0075

    def step():
        caches = []
        A = X
        for l in range(1, L):
            A_prev = A
            Z = params["W" + str(l)] @ A_prev + params["b" + str(l)]
            A = np.maximum(0, Z)
            caches.append((A_prev, Z))
        ZL = params["W" + str(L)] @ A + params["b" + str(L)]
        AL = 1 / (1 + np.exp(-ZL))
        caches.append((A, ZL))
        cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
        grads = {}
        dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
        for l in range(L, 0, -1):
            A_prev, Z = caches[l - 1]
            if l == L:
                s = 1 / (1 + np.exp(-Z))
                dZ = dA * s * (1 - s)
            else:
                dZ = np.array(dA, copy=True)
                dZ[Z <= 0] = 0
            grads["dW" + str(l)] = dZ @ A_prev.T / m
            grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
            dA = params["W" + str(l)].T @ dZ
        for l in range(1, L + 1):
            params["W" + str(l)] = params["W" + str(l)] - lr * grads["dW" + str(l)]
            params["b" + str(l)] = params["b" + str(l)] - lr * grads["db" + str(l)]
        return cost

    return step


def rows():
    rng = np.random.default_rng(0)
    r = {}
    A, B = rng.standard_normal((512, 512)), rng.standard_normal((512, 512))
    r["matmul 512³"] = lambda: A @ B
    W, X = rng.standard_normal((20, 12288)), rng.standard_normal((12288, 209))
    r["matmul 20×12288×209"] = lambda: W @ X
    C, D = rng.standard_normal((1024, 1024)), rng.standard_normal((1024, 1024))
    r["matmul 1024³"] = lambda: C @ D
    x, y = rng.standard_normal(1_000_000), rng.standard_normal(1_000_000)
    r["exp 1e6"] = lambda: np.exp(x)
    r["a*b 1e6"] = lambda: x * y
    M = rng.standard_normal((1000, 1000))
    row, col = rng.standard_normal((1, 1000)), rng.standard_normal((1000, 1))
    r["(1000,1000)+(1,1000)"] = lambda: M + row
    r["(1000,1000)+(1000,1)"] = lambda: M + col
    r["X.T+X (1000²)"] = lambda: M.T + M
    r["sum axis 0 (1000²)"] = lambda: M.sum(axis=0)
    r["sum axis 1 (1000²)"] = lambda: M.sum(axis=1)
    r["L-layer training iteration"] = training_iteration([12288, 20, 7, 5, 1], 209)
    # size sweep (issue 12)
    for n in (4, 8, 16, 32, 64, 100, 128, 256, 512):
        P, Q = rng.standard_normal((n, n)), rng.standard_normal((n, n))
        r[f"dot {n}²"] = (lambda P, Q: lambda: np.dot(P, Q))(P, Q)
    for n in (10, 100, 1000, 10000, 100000):
        u, v = rng.standard_normal(n), rng.standard_normal(n)
        r[f"add {n}"] = (lambda u, v: lambda: np.add(u, v))(u, v)
        r[f"exp {n}"] = (lambda u: lambda: np.exp(u))(u)
        r[f"sum {n}"] = (lambda u: lambda: np.sum(u))(u)
    # course workloads, written as bench/run.mjs writes them
    r["RNN cell step (hidden 50 vocab 27)"] = rnn_step()
    r["shallow planar net 100 iterations"] = shallow(100)
    r["softmax MNIST 10k 1 epoch batch 64"] = softmax_epoch()
    r["Iris perceptron 10 epochs"] = iris_perceptron()
    r["char RNN first names 1 epoch (hidden 50, vocab 28)"] = char_rnn_epoch()
    return r


def rnn_step():
    rng = np.random.default_rng(2)
    Wax, Waa, Wya = rng.standard_normal((50, 27)), rng.standard_normal((50, 50)), rng.standard_normal((27, 50))
    ba, by = rng.standard_normal((50, 1)), rng.standard_normal((27, 1))
    x, a = np.zeros((27, 1)), rng.standard_normal((50, 1))
    x[3] = 1

    def step():
        a_next = np.tanh(np.dot(Wax, x) + np.dot(Waa, a) + ba)
        z = np.dot(Wya, a_next) + by
        e = np.exp(z - np.max(z))
        return e / np.sum(e)
    return step


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


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    only = set(json.loads(arg) if arg.startswith("[") else arg.split(",")) if arg else None
    out, checks, loops = {}, {}, {}
    for name, f in rows().items():
        if only is None or name in only:
            out[name], value = timeit(f)
            if isinstance(value, list):
                checks[name] = value
            if LOOP and out[name] < LOOP_BELOW_MS:
                loops[name] = loop_mean(f)
    coretype = os.environ.get("OPENBLAS_CORETYPE", "")
    print(json.dumps({"numpy": np.__version__, "coretype": coretype, "rows": out, "checks": checks, "loops": loops}, ensure_ascii=False))


if __name__ == "__main__":
    main()
