"""Expected values for test/nn/rnn*.test.ts: a plain numpy reference of the recurrent network.

Run from the repository root:  python3 test/gen/rnn_fixtures.py
Writes test/fixtures/rnn/rnn.json.

Notation (the course's RNN assignment; the lecture's W_x, W_h, W_o, h_t are Wax, Waa, Wya, a<t>):
    a<t>  = tanh(Wax x<t> + Waa a<t-1> + ba)          x: (n_x, m, T_x), a: (n_a, m, T_x)
    z<t>  = Wya a<t> + by
    yhat<t> = softmax(z<t>) (column-wise)  or  z<t> (linear output)
    L = (1/m) sum_t sum_i l(yhat<t>_i, y<t>_i),
        l = -sum_k y_k log(yhat_k)   (softmax, log guarded with EPS)  or  1/2 ||yhat - y||^2 (linear)
    dz<t> = (yhat<t> - y<t>) / m      (both pairs)

Every array is stored as {"shape": [...], "data": [flat C-order values]}; json writes floats with
repr, so they round-trip exactly.
"""
import json
import os

import numpy as np

from _common import ROOT, arr, softmax

OUT = os.path.join(ROOT, "test", "fixtures", "rnn", "rnn.json")
EPS = 1e-300  # the guard of log(0) in the cross-entropy, as in src/nn/rnn/loss.ts


def cell_forward(xt, a_prev, p, output):
    a_next = np.tanh(p["Wax"] @ xt + p["Waa"] @ a_prev + p["ba"])
    z = p["Wya"] @ a_next + p["by"]
    yt = softmax(z) if output == "softmax" else z
    return a_next, yt, (a_next, a_prev, xt)


def forward(x, a0, p, output):
    n_x, m, T = x.shape
    n_a, n_y = p["Waa"].shape[0], p["Wya"].shape[0]
    a = np.zeros((n_a, m, T))
    y_pred = np.zeros((n_y, m, T))
    caches = []
    a_next = a0
    for t in range(T):
        a_next, yt, cache = cell_forward(x[:, :, t], a_next, p, output)
        a[:, :, t] = a_next
        y_pred[:, :, t] = yt
        caches.append(cache)
    return a, y_pred, caches


def loss(y_pred, y, output):
    m = y.shape[1]
    if output == "softmax":
        return -np.sum(y * np.log(np.maximum(y_pred, EPS))) / m
    return 0.5 * np.sum((y_pred - y) ** 2) / m


def cell_backward(da_next, cache, p):
    a_next, a_prev, xt = cache
    dtanh = (1 - a_next ** 2) * da_next
    return {
        "dxt": p["Wax"].T @ dtanh,
        "da_prev": p["Waa"].T @ dtanh,
        "dWax": dtanh @ xt.T,
        "dWaa": dtanh @ a_prev.T,
        "dba": np.sum(dtanh, axis=1, keepdims=True),
    }


def backward(da, caches, p):
    """The course's rnn_backward, plus the norm of dL/da<t> seen at each step."""
    n_a, m, T = da.shape
    n_x = caches[0][2].shape[0]
    dx = np.zeros((n_x, m, T))
    dWax = np.zeros_like(p["Wax"])
    dWaa = np.zeros_like(p["Waa"])
    dba = np.zeros_like(p["ba"])
    da_prevt = np.zeros((n_a, m))
    norms = np.zeros(T)
    for t in reversed(range(T)):
        da_t = da[:, :, t] + da_prevt
        norms[t] = np.linalg.norm(da_t)
        g = cell_backward(da_t, caches[t], p)
        dx[:, :, t] = g["dxt"]
        dWax += g["dWax"]
        dWaa += g["dWaa"]
        dba += g["dba"]
        da_prevt = g["da_prev"]
    return {"dx": dx, "da0": da_prevt, "dWax": dWax, "dWaa": dWaa, "dba": dba, "gradNorms": norms}


def output_backward(y_pred, y, a, p):
    m = y.shape[1]
    dz = (y_pred - y) / m
    T = y.shape[2]
    dWya = sum(dz[:, :, t] @ a[:, :, t].T for t in range(T))
    dby = sum(np.sum(dz[:, :, t], axis=1, keepdims=True) for t in range(T))
    da = np.stack([p["Wya"].T @ dz[:, :, t] for t in range(T)], axis=2)
    return dz, da, dWya, dby


def bptt(x, y, a0, p, output):
    a, y_pred, caches = forward(x, a0, p, output)
    _, da, dWya, dby = output_backward(y_pred, y, a, p)
    g = backward(da, caches, p)
    g["dWya"], g["dby"] = dWya, dby
    return loss(y_pred, y, output), g


def truncated_bptt(x, y, a0, p, output, k):
    """Each step's error travels back at most k cell steps (Williams and Peng's truncation)."""
    a, y_pred, caches = forward(x, a0, p, output)
    _, da, dWya, dby = output_backward(y_pred, y, a, p)
    n_a, m, T = da.shape
    g = {"dx": np.zeros_like(x), "da0": np.zeros((n_a, m)), "dWax": np.zeros_like(p["Wax"]),
         "dWaa": np.zeros_like(p["Waa"]), "dba": np.zeros_like(p["ba"]), "dWya": dWya, "dby": dby}
    for t in range(T):
        d = da[:, :, t]
        for s in range(t, max(t - k, -1), -1):
            c = cell_backward(d, caches[s], p)
            g["dx"][:, :, s] += c["dxt"]
            g["dWax"] += c["dWax"]
            g["dWaa"] += c["dWaa"]
            g["dba"] += c["dba"]
            d = c["da_prev"]
            if s == 0:
                g["da0"] += d
    return loss(y_pred, y, output), g


def rtrl(x, y, a0, p, output):
    """Forward mode: S<t> = da<t>/dtheta for theta = (Wax, Waa, ba), per example, carried along."""
    n_x, m, T = x.shape
    n_a = p["Waa"].shape[0]
    P = n_a * n_x + n_a * n_a + n_a
    S = np.zeros((m, n_a, P))            # da<0>/dtheta = 0
    J = np.broadcast_to(np.eye(n_a), (m, n_a, n_a)).copy()  # da<t>/da0, starts at the identity
    grad = np.zeros(P)
    da0 = np.zeros((n_a, m))
    dWya = np.zeros_like(p["Wya"])
    dby = np.zeros_like(p["by"])
    a_prev = a0
    eye = np.eye(n_a)
    total = 0.0
    for t in range(T):
        xt = x[:, :, t]
        a_next = np.tanh(p["Wax"] @ xt + p["Waa"] @ a_prev + p["ba"])
        z = p["Wya"] @ a_next + p["by"]
        yt = softmax(z) if output == "softmax" else z
        # immediate dz/dtheta: kron(I, x^T), kron(I, a_prev^T), I
        imm = np.concatenate([
            (eye[None, :, :, None] * xt.T[:, None, None, :]).reshape(m, n_a, n_a * n_x),
            (eye[None, :, :, None] * a_prev.T[:, None, None, :]).reshape(m, n_a, n_a * n_a),
            np.broadcast_to(eye, (m, n_a, n_a)),
        ], axis=2)
        dtanh = (1 - a_next ** 2).T[:, :, None]   # (m, n_a, 1)
        S = dtanh * (imm + p["Waa"] @ S)
        J = dtanh * (p["Waa"] @ J)
        dz = (yt - y[:, :, t]) / m
        delta = p["Wya"].T @ dz                    # dL<t>/da<t>, (n_a, m)
        grad += np.sum(delta.T[:, None, :] @ S, axis=(0, 1))
        da0 += (delta.T[:, None, :] @ J)[:, 0, :].T
        dWya += dz @ a_next.T
        dby += np.sum(dz, axis=1, keepdims=True)
        total += loss(yt[:, :, None], y[:, :, t:t + 1], output)
        a_prev = a_next
    i1, i2 = n_a * n_x, n_a * n_x + n_a * n_a
    g = {"dWax": grad[:i1].reshape(n_a, n_x), "dWaa": grad[i1:i2].reshape(n_a, n_a),
         "dba": grad[i2:].reshape(n_a, 1), "dWya": dWya, "dby": dby, "da0": da0}
    return total, g


def clip_value(g, v):
    return {k: np.clip(a, -v, v) for k, a in g.items()}


def global_norm(g):
    return float(np.sqrt(sum(np.sum(a ** 2) for a in g.values())))


def clip_norm(g, max_norm):
    n = global_norm(g)
    s = max_norm / n if n > max_norm else 1.0
    return {k: a * s for k, a in g.items()}, n


PARAM_KEYS = ["dWax", "dWaa", "dba", "dWya", "dby"]


def params_of(rng, n_x, n_a, n_y, scale=0.5):
    return {"Wax": rng.randn(n_a, n_x) * scale, "Waa": rng.randn(n_a, n_a) * scale,
            "Wya": rng.randn(n_y, n_a) * scale, "ba": rng.randn(n_a, 1) * 0.1,
            "by": rng.randn(n_y, 1) * 0.1}


def make_case(name, seed, n_x, n_a, n_y, m, T, output):
    rng = np.random.RandomState(seed)
    p = params_of(rng, n_x, n_a, n_y)
    x = rng.randn(n_x, m, T)
    a0 = rng.randn(n_a, m) * 0.5
    if output == "softmax":
        labels = rng.randint(0, n_y, size=(m, T))
        y = np.zeros((n_y, m, T))
        for i in range(m):
            for t in range(T):
                y[labels[i, t], i, t] = 1.0
    else:
        y = rng.randn(n_y, m, T)
    da_up = rng.randn(n_a, m, T)
    da_next = rng.randn(n_a, m)

    a_next, yt, cache = cell_forward(x[:, :, 0], a0, p, output)
    cb = cell_backward(da_next, cache, p)
    a, y_pred, caches = forward(x, a0, p, output)
    rb = backward(da_up, caches, p)
    L, g = bptt(x, y, a0, p, output)
    Lr, gr = rtrl(x, y, a0, p, output)
    for k in PARAM_KEYS + ["da0"]:
        assert np.allclose(g[k], gr[k], rtol=0, atol=1e-12), (name, k)
    assert abs(L - Lr) < 1e-12
    truncated = {}
    for k in [1, 2, T, T + 3]:
        Lt, gt = truncated_bptt(x, y, a0, p, output, k)
        truncated[str(k)] = {key: arr(gt[key]) for key in PARAM_KEYS + ["dx", "da0"]}
    for key in PARAM_KEYS + ["dx", "da0"]:
        assert np.allclose(truncated[str(T)][key]["data"], arr(g[key])["data"], rtol=0, atol=1e-12)
    grads = {k: g[k] for k in PARAM_KEYS}
    clipped_v = clip_value(grads, 0.05)
    max_norm = 0.5 * global_norm(grads)
    clipped_n, norm = clip_norm(grads, max_norm)
    unclipped_n, _ = clip_norm(grads, 10 * norm)
    return {
        "name": name, "output": output,
        "inputs": {"x": arr(x), "a0": arr(a0), "y": arr(y), "daUpstream": arr(da_up), "daNext": arr(da_next),
                   "parameters": {k: arr(v) for k, v in p.items()}},
        "cellForward": {"aNext": arr(a_next), "yt": arr(yt)},
        "cellBackward": {k: arr(v) for k, v in cb.items()},
        "forward": {"a": arr(a), "yPred": arr(y_pred), "loss": float(L)},
        "backward": {k: arr(v) for k, v in rb.items()},
        "bptt": {"loss": float(L), "gradients": {k: arr(g[k]) for k in PARAM_KEYS + ["dx", "da0"]},
                 "gradNorms": arr(g["gradNorms"])},
        "rtrl": {"loss": float(Lr), "gradients": {k: arr(gr[k]) for k in PARAM_KEYS + ["da0"]}},
        "truncated": truncated,
        "clip": {"maxValue": 0.05, "byValue": {k: arr(v) for k, v in clipped_v.items()},
                 "maxNorm": max_norm, "globalNorm": norm,
                 "byNorm": {k: arr(v) for k, v in clipped_n.items()},
                 "largeMaxNorm": 10 * norm, "byLargeNorm": {k: arr(v) for k, v in unclipped_n.items()}},
    }


def through_time(seed, radius, n_a=6, n_x=3, m=2, T=20):
    """dL<T>/da<t> for t = T-1 ... 0 with Waa = radius * Q (Q orthogonal), inputs tiny so tanh' ~ 1."""
    rng = np.random.RandomState(seed)
    q, _ = np.linalg.qr(rng.randn(n_a, n_a))
    p = params_of(rng, n_x, n_a, 2)
    p["Waa"] = radius * q
    p["ba"] = np.zeros((n_a, 1))
    x = rng.randn(n_x, m, T) * 1e-6
    a0 = np.zeros((n_a, m))
    da_last = rng.randn(n_a, m)
    _, _, caches = forward(x, a0, p, "linear")
    da = np.zeros((n_a, m, T))
    da[:, :, T - 1] = da_last
    norms = backward(da, caches, p)["gradNorms"]
    return {"radius": radius, "x": arr(x), "a0": arr(a0), "daLast": arr(da_last),
            "parameters": {k: arr(v) for k, v in p.items()}, "gradNorms": arr(norms)}


# ---- character-level model (the course's names exercise, one shared RandomState) ----

def char_vocabulary(words):
    chars = sorted(set("".join(words)) | {"\n"})
    return chars, {c: i for i, c in enumerate(chars)}


def one_hot(indices, size):
    x = np.zeros((size, 1, len(indices)))
    for t, ix in enumerate(indices):
        if ix is not None:
            x[ix, 0, t] = 1.0
    return x


def init_params(rng, n_a, n_x, n_y, scale=0.01):
    Wax = rng.randn(n_a, n_x) * scale
    Waa = rng.randn(n_a, n_a) * scale
    Wya = rng.randn(n_y, n_a) * scale
    return {"Wax": Wax, "Waa": Waa, "ba": np.zeros((n_a, 1)), "Wya": Wya, "by": np.zeros((n_y, 1))}


def sample(p, rng, eos=0, max_length=50):
    vocab = p["by"].shape[0]
    x = np.zeros((p["Wax"].shape[1], 1))
    a_prev = np.zeros((p["Waa"].shape[0], 1))
    indices = []
    idx = -1
    while idx != eos and len(indices) < max_length:
        a_prev, yt, _ = cell_forward(x, a_prev, p, "softmax")
        idx = int(rng.choice(vocab, p=yt.ravel()))
        indices.append(idx)
        x = np.zeros((vocab, 1))
        x[idx] = 1
    if idx != eos:
        indices.append(eos)
    return indices


def optimize(X, Y, a_prev, p, lr=0.01, clip=5.0):
    n = p["Wax"].shape[1]
    L, g = bptt(one_hot(X, n), one_hot(Y, n), a_prev, p, "softmax")
    grads = clip_value({k: g[k] for k in PARAM_KEYS}, clip)
    new = {k: p[k] - lr * grads["d" + k] for k in p}
    a, _, _ = forward(one_hot(X, n), a_prev, p, "softmax")
    return L, grads, new, a[:, :, -1]


def train(words, iterations, n_a, seed, sample_every, n_samples, lr=0.01):
    chars, c2i = char_vocabulary(words)
    size = len(chars)
    rng = np.random.RandomState(seed)
    p = init_params(rng, n_a, size, size)
    order = rng.permutation(len(words))
    a_prev = np.zeros((n_a, 1))
    loss = -np.log(1.0 / size) * n_samples
    losses, samples = [], []
    for j in range(iterations):
        X = [None] + [c2i[ch] for ch in words[order[j % len(words)]]]
        Y = X[1:] + [c2i["\n"]]
        L, _, p, a_prev = optimize(X, Y, a_prev, p, lr)
        loss = loss * 0.999 + L * 0.001
        losses.append(loss)
        if (j + 1) % sample_every == 0:
            samples.append(["".join(chars[i] for i in sample(p, rng)) for _ in range(n_samples)])
    return p, losses, samples


def char_case():
    words = ["anna", "bob", "carla", "dora", "emma", "fabian", "greta", "hanna", "ida", "jonas", "karl", "lena"]
    chars, c2i = char_vocabulary(words)
    size = len(chars)
    p = init_params(np.random.RandomState(1), 10, size, size)
    samples = sample(p, np.random.RandomState(3))
    X = [None] + [c2i[ch] for ch in "hanna"]
    Y = X[1:] + [c2i["\n"]]
    a_prev = np.random.RandomState(4).randn(10, 1) * 0.1
    L, grads, new, a_last = optimize(X, Y, a_prev, {k: v * 100 for k, v in p.items()}, lr=0.05)
    p_tr, losses, tr_samples = train(words, 300, 8, 0, 100, 3, lr=0.05)
    return {
        "words": words, "chars": chars, "init": {k: arr(v) for k, v in p.items()}, "sample3": samples,
        "optimize": {"X": X, "Y": Y, "aPrev": arr(a_prev), "scale": 100, "learningRate": 0.05, "loss": float(L),
                     "gradients": {k: arr(v) for k, v in grads.items()}, "parameters": {k: arr(v) for k, v in new.items()},
                     "aLast": arr(a_last)},
        "train": {"iterations": 300, "nA": 8, "seed": 0, "sampleEvery": 100, "samples": 3, "learningRate": 0.05,
                  "losses": [float(v) for v in losses], "sampled": tr_samples,
                  "parameters": {k: arr(v) for k, v in p_tr.items()}},
    }


def main():
    cases = [
        make_case("softmax", 1, n_x=3, n_a=5, n_y=4, m=3, T=6, output="softmax"),
        make_case("linear", 2, n_x=2, n_a=4, n_y=2, m=2, T=5, output="linear"),
        make_case("single", 3, n_x=4, n_a=3, n_y=4, m=1, T=7, output="softmax"),
    ]
    demo = {"small": through_time(5, 0.5), "large": through_time(5, 1.5)}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"eps": EPS, "cases": cases, "throughTime": demo, "char": char_case()}, f)
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
