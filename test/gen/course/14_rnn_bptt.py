"""numpy reference for notebooks/14-rnn-bptt.ipynb: recomputes the values of the step-by-step
exercises' checks (rnnCellForward, rnnForward, rnnCellBackward, rnnBackward, clip) on the same seeded
inputs, in the shapes of the deeplearning.ai sequence-models assignment (x: (n_x, m, T_x)).

Run from the repository root:  python3 test/gen/course/14_rnn_bptt.py
Writes test/fixtures/course/14-rnn-bptt.json as {"checks": {check id: value}}.
"""

import numpy as np

from _fixture import write


def softmax(z):
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def random_parameters(n_a, n_x, n_y):
    """The notebook's randomRnnParameters: Waa, Wax, Wya, ba, by drawn in this order."""
    Waa = np.random.randn(n_a, n_a)
    Wax = np.random.randn(n_a, n_x)
    Wya = np.random.randn(n_y, n_a)
    ba = np.random.randn(n_a, 1)
    by = np.random.randn(n_y, 1)
    return {"Wax": Wax, "Waa": Waa, "Wya": Wya, "ba": ba, "by": by}


def rnn_cell_forward(xt, a_prev, p):
    a_next = np.tanh(p["Waa"] @ a_prev + p["Wax"] @ xt + p["ba"])
    yt = softmax(p["Wya"] @ a_next + p["by"])
    return a_next, yt, (a_next, a_prev, xt, p)


def rnn_forward(x, a0, p):
    n_x, m, T = x.shape
    n_a, n_y = p["Waa"].shape[0], p["Wya"].shape[0]
    a = np.zeros((n_a, m, T))
    y = np.zeros((n_y, m, T))
    caches = []
    a_next = a0
    for t in range(T):
        a_next, yt, cache = rnn_cell_forward(x[:, :, t], a_next, p)
        a[:, :, t] = a_next
        y[:, :, t] = yt
        caches.append(cache)
    return a, y, caches


def rnn_cell_backward(da_next, cache):
    a_next, a_prev, xt, p = cache
    dtanh = (1 - a_next ** 2) * da_next
    return {
        "dxt": p["Wax"].T @ dtanh,
        "daPrev": p["Waa"].T @ dtanh,
        "dWax": dtanh @ xt.T,
        "dWaa": dtanh @ a_prev.T,
        "dba": np.sum(dtanh, axis=1, keepdims=True),
    }


def rnn_backward(da, caches):
    n_a, m, T = da.shape
    p = caches[0][3]
    dx = np.zeros((caches[0][2].shape[0], m, T))
    dWax, dWaa, dba = np.zeros_like(p["Wax"]), np.zeros_like(p["Waa"]), np.zeros_like(p["ba"])
    da_prev = np.zeros((n_a, m))
    for t in reversed(range(T)):
        g = rnn_cell_backward(da[:, :, t] + da_prev, caches[t])
        dx[:, :, t] = g["dxt"]
        dWax += g["dWax"]
        dWaa += g["dWaa"]
        dba += g["dba"]
        da_prev = g["daPrev"]
    return {"dx": dx, "da0": da_prev, "dWax": dWax, "dWaa": dWaa, "dba": dba}


def clip(gradients, max_value):
    return {k: np.clip(g, -max_value, max_value) for k, g in gradients.items()}


def five(shapes, scale):
    keys = ["dWax", "dWaa", "dba", "dWya", "dby"]
    return {k: np.random.randn(*s) * scale for k, s in zip(keys, shapes)}


def main():
    c = {}
    # rnnCellForward
    np.random.seed(1)
    xt = np.random.randn(3, 10)
    a_prev = np.random.randn(5, 10)
    p = random_parameters(5, 3, 2)
    a_next, yt, _ = rnn_cell_forward(xt, a_prev, p)
    c["rnnCellForward-aNext"] = a_next
    c["rnnCellForward-ytPred"] = yt
    np.random.seed(7)
    xt2 = np.random.randn(4, 1)
    a_prev2 = np.random.randn(3, 1)
    p2 = random_parameters(3, 4, 6)
    a2, y2, _ = rnn_cell_forward(xt2, a_prev2, p2)
    c["rnnCellForward-single"] = {"aNext": a2, "ytPred": y2}
    big = dict(p2, Wax=p2["Wax"] * 30, Wya=p2["Wya"] * 40)
    a3, y3, _ = rnn_cell_forward(xt2, a_prev2, big)
    c["rnnCellForward-saturated"] = {"aNext": a3, "ytPred": y3}

    # rnnForward
    np.random.seed(1)
    x = np.random.randn(3, 10, 4)
    a0 = np.random.randn(5, 10)
    p = random_parameters(5, 3, 2)
    a, y, _ = rnn_forward(x, a0, p)
    c["rnnForward-a"] = a
    c["rnnForward-yPred"] = y
    np.random.seed(11)
    x2 = np.random.randn(2, 3, 7)
    p2 = random_parameters(4, 2, 3)
    a2, y2, _ = rnn_forward(x2, np.zeros((4, 3)), p2)
    c["rnnForward-long"] = {"a": a2, "yPred": y2}
    a3, y3, _ = rnn_forward(x2[:, :, 0:1], np.ones((4, 3)), p2)
    c["rnnForward-one-step"] = {"a": a3, "yPred": y3}

    # rnnCellBackward
    np.random.seed(1)
    xt = np.random.randn(3, 10)
    a_prev = np.random.randn(5, 10)
    p = random_parameters(5, 3, 2)
    _, _, cache = rnn_cell_forward(xt, a_prev, p)
    c["rnnCellBackward-course"] = rnn_cell_backward(np.random.randn(5, 10), cache)
    np.random.seed(13)
    xt2 = np.random.randn(2, 1)
    a_prev2 = np.random.randn(4, 1)
    p2 = random_parameters(4, 2, 3)
    _, _, cache2 = rnn_cell_forward(xt2, a_prev2, p2)
    c["rnnCellBackward-one-example"] = rnn_cell_backward(np.random.randn(4, 1), cache2)
    c["rnnCellBackward-zero"] = rnn_cell_backward(np.zeros((4, 1)), cache2)

    # rnnBackward
    np.random.seed(1)
    x = np.random.randn(3, 10, 4)
    a0 = np.random.randn(5, 10)
    p = random_parameters(5, 3, 2)
    _, _, caches = rnn_forward(x, a0, p)
    c["rnnBackward-course"] = rnn_backward(np.random.randn(5, 10, 4), caches)
    np.random.seed(17)
    x2 = np.random.randn(2, 3, 6)
    p2 = random_parameters(4, 2, 3)
    _, _, c2 = rnn_forward(x2, np.zeros((4, 3)), p2)
    da2 = np.zeros((4, 3, 6))
    da2[:, :, 5] = np.random.randn(4, 3)
    c["rnnBackward-last-only"] = rnn_backward(da2, c2)
    _, _, c3 = rnn_forward(x2[:, :, 0:1], np.ones((4, 3)), p2)
    c["rnnBackward-one-step"] = rnn_backward(np.random.randn(4, 3, 1), c3)

    # clip
    np.random.seed(3)
    c["clip-10"] = clip(five([(5, 3), (5, 5), (5, 1), (2, 5), (2, 1)], 10), 10)
    np.random.seed(4)
    c["clip-5"] = clip(five([(3, 2), (3, 3), (3, 1), (4, 3), (4, 1)], 4), 5)
    edge = {"dWax": np.array([[5.0, -5, 5.000001]]), "dWaa": np.array([[-7.0]]), "dba": np.array([[0.0]]),
            "dWya": np.array([[1e9]]), "dby": np.array([[-1e-3]])}
    c["clip-edges"] = clip(edge, 5)

    write("14-rnn-bptt", c)


if __name__ == "__main__":
    main()
