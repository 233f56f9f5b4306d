"""Helpers shared by the generators: the repository root, the JSON form of special numbers
(np_fixtures.py, wasm_fixtures.py), the {"shape", "data"} form of an array and the softmax
(nn_fixtures.py, rnn_fixtures.py), and for lecture_fixtures.py and nn_fixtures.py the sigmoid, the
Iris two-class problem of decks 002/004 and the deck's Perceptron and AdalineGD; the IDX reader for
the MNIST files (data_fixtures.py, bench/course_workloads.py).

The classes are written as the deck writes them, so both generators run the lecture's own code.
Generators import this module by name (python puts test/gen on sys.path when one of them is run).
"""
import csv
import gzip
import math
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def enc_num(v):
    """A number (or bool) as JSON: nan/inf/-0 become strings."""
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == 0 and math.copysign(1, v) < 0:
        return "-0"
    return v


def arr(a):
    """A float array as {"shape", "data"} (flat, C order); json writes the floats with repr, exactly."""
    a = np.asarray(a, dtype=float)
    assert np.all(np.isfinite(a)), "fixtures hold finite numbers only"
    return {"shape": list(a.shape), "data": a.ravel().tolist()}


def softmax(z, axis=0):
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def idx(name):
    """An IDX file of datasets/ (gzip; name relative to datasets/) as a uint8 array of its shape."""
    with gzip.open(os.path.join(ROOT, "datasets", name)) as f:
        raw = f.read()
    ndim = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw[4 + 4 * ndim:], np.uint8).reshape(dims)


def iris_xy():
    """Setosa vs versicolor (first 100 rows), sepal length and petal length, labels -1 / 1."""
    rows = list(csv.reader(open(os.path.join(ROOT, "datasets", "iris.csv"))))[1:]
    X = np.array([[float(r[0]), float(r[2])] for r in rows[:100]])
    y = np.array([int(r[4]) for r in rows[:100]])
    y = np.where(y == 0, -1, 1)  # the deck: np.where(y == 'Iris-setosa', -1, 1)
    return X, y


def standardize(X):
    X_std = np.copy(X)
    X_std[:, 0] = (X[:, 0] - X[:, 0].mean()) / X[:, 0].std()
    X_std[:, 1] = (X[:, 1] - X[:, 1].mean()) / X[:, 1].std()
    return X_std


class Perceptron(object):
    def __init__(self, eta=0.01, epochs=50):
        self.eta = eta
        self.epochs = epochs

    def train(self, X, y):
        self.w_ = np.zeros(1 + X.shape[1])
        self.errors_ = []
        for _ in range(self.epochs):
            errors = 0
            for xi, target in zip(X, y):
                update = self.eta * (target - self.predict(xi))
                self.w_[1:] += update * xi
                self.w_[0] += update
                errors += int(update != 0.0)
            self.errors_.append(errors)
        return self

    def net_input(self, X):
        return np.dot(X, self.w_[1:]) + self.w_[0]

    def predict(self, X):
        return np.where(self.net_input(X) >= 0.0, 1, -1)


class AdalineGD(object):
    """The deck's batch Adaline. The SGD variants subclass it: only train differs."""

    def __init__(self, alpha=0.01, epochs=50):
        self.alpha = alpha
        self.epochs = epochs

    def train(self, X, y):
        self.w_ = np.zeros(1 + X.shape[1])
        self.cost_ = []
        for i in range(self.epochs):
            output = self.net_input(X)
            errors = (y - output)
            self.w_[1:] += self.alpha * X.T.dot(errors)
            self.w_[0] += self.alpha * errors.sum()
            cost = (errors ** 2).sum() / 2.0
            self.cost_.append(cost)
        return self

    def net_input(self, X):
        return np.dot(X, self.w_[1:]) + self.w_[0]

    def activation(self, X):
        return self.net_input(X)

    def predict(self, X):
        return np.where(self.activation(X) >= 0.0, 1, -1)
