"""The numpy side of three course workloads of `npm run bench` (bench/course_workloads.mjs is the deepts
side). Each returns a function that runs the whole workload from its initial state and returns a
checksum (a list of floats) that bench/run.mjs compares with deepts' one.

The code is the course's numpy reference itself, imported from test/gen: the recurrent network of
rnn_fixtures.py and the lecture's Perceptron class and Iris data of _common.py; MNIST 10k read from
its IDX files as data.mnist reads them."""
import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test", "gen"))

from _common import Perceptron, idx, iris_xy  # noqa: E402
from rnn_fixtures import PARAM_KEYS, backward, char_vocabulary, clip_value, forward, init_params, loss, one_hot, output_backward  # noqa: E402


def first_names():
    """datasets/first_names.txt as data.firstNames({ lowercase: true }) reads it."""
    with open(os.path.join(ROOT, "datasets", "first_names.txt"), encoding="utf-8") as f:
        return [s.strip().lower() for s in f if s.strip()]


def char_rnn_epoch(n_a=50, seed=0, lr=0.01, clip=5.0, n_samples=7):
    """One pass of nn.rnn.trainCharRnn over the names: shuffled once, one SGD step per name (forward,
    BPTT, clip to [-5, 5], update), the hidden state carried from name to name. Checksum: the smoothed
    loss at the end and the sum of squares of the final parameters."""
    words = first_names()

    def run():
        chars, c2i = char_vocabulary(words)
        size = len(chars)
        rng = np.random.RandomState(seed)
        p = init_params(rng, n_a, size, size)
        order = rng.permutation(len(words))
        a_prev = np.zeros((n_a, 1))
        smoothed = -np.log(1.0 / size) * n_samples
        for j in range(len(words)):
            X = [None] + [c2i[ch] for ch in words[order[j]]]
            Y = X[1:] + [c2i["\n"]]
            x, y = one_hot(X, size), one_hot(Y, size)
            a, y_pred, caches = forward(x, a_prev, p, "softmax")
            _, da, dWya, dby = output_backward(y_pred, y, a, p)
            g = backward(da, caches, p)
            g["dWya"], g["dby"] = dWya, dby
            grads = clip_value({k: g[k] for k in PARAM_KEYS}, clip)
            p = {k: p[k] - lr * grads["d" + k] for k in p}
            a_prev = a[:, :, -1]
            smoothed = smoothed * 0.999 + loss(y_pred, y, "softmax") * 0.001
        return [float(smoothed), float(sum(np.sum(v ** 2) for v in p.values()))]
    return run


def iris_perceptron(epochs=10, eta=0.1):
    """The lecture's perceptron (one update after each example) on setosa vs versicolor, sepal and
    petal length. Checksum: the final weights and the number of updates."""
    X, y = iris_xy()

    def run():
        ppn = Perceptron(eta=eta, epochs=epochs).train(X, y)
        return [float(w) for w in ppn.w_] + [float(sum(ppn.errors_))]
    return run


def softmax_epoch(batch=64, lr=0.1):
    """One epoch of mini-batch softmax regression on MNIST 10k in file order (pixels / 255, labels
    one-hot), W and b from zeros. Checksum: the sums of squares of the final W and b."""
    images, labels = idx("mnist10k-images-idx3-ubyte.gz"), idx("mnist10k-labels-idx1-ubyte.gz")
    m = images.shape[0]
    # row-major, as data.mnist gives it, so both sides read the same layout. The course's own
    # reshape(m, -1).T / 255 gives a column-major X instead, whose batches are contiguous: numpy then
    # takes 10.7 ms instead of 18.5 (deepts 25-26 either way; bench/README.md)
    X = np.ascontiguousarray(images.reshape(m, -1).T) / 255.0
    Y = np.zeros((10, m))
    Y[labels, np.arange(m)] = 1

    def run():
        W, b = np.zeros((10, X.shape[0])), np.zeros((10, 1))
        for s in range(0, m, batch):
            Xb, Yb = X[:, s:s + batch], Y[:, s:s + batch]
            mb = Xb.shape[1]
            Z = np.dot(W, Xb) + b
            E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
            A = E / np.sum(E, axis=0, keepdims=True)
            dZ = A - Yb
            W = W - lr * np.dot(dZ, Xb.T) / mb
            b = b - lr * np.sum(dZ, axis=1, keepdims=True) / mb
        return [float(np.sum(W ** 2)), float(np.sum(b ** 2))]
    return run
