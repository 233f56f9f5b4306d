#!/usr/bin/env python3
"""Run the numpy snippets of the lecture decks (/work/shared/lectures, see its README) and record
what they print, for test/nn/lectures.test.ts.

Run from the repository root:  python3 test/gen/lecture_fixtures.py
Writes test/fixtures/lectures.json: {snippet name: {"lines": [printed lines], ...numbers}}.

Each function below is one snippet, written as the deck writes it (same names, same order of
calls); the deck's Perceptron, AdalineGD, iris_xy and standardize live in _common.py, shared with
nn_fixtures.py. Where the deck draws unseeded random numbers we seed numpy's legacy generator, so deepts
(which reproduces RandomState) must print the same text. The TypeScript test mirrors each function.
"""
import json
import math
import os

import numpy as np

from _common import ROOT, AdalineGD, Perceptron, iris_xy, sigmoid, standardize

OUT = os.path.join(ROOT, "test", "fixtures", "lectures.json")
SNIPPETS = {}


def snippet(fn):
    np.set_printoptions()  # defaults for every snippet
    res = fn()
    if isinstance(res, list):
        res = {"lines": res}
    SNIPPETS[fn.__name__] = res
    return fn


# ---- deck 000: sigmoid and its derivative ------------------------------------------------------
@snippet
def sigmoid_and_derivative():
    def sigmoid_derivative(z):
        a = sigmoid(z)
        return a * (1 - a)

    z = np.array([-2, -1, 0, 1, 2])
    return ["sigmoid(z) = " + str(sigmoid(z)), "sigmoid_derivative(z) = " + str(sigmoid_derivative(z))]


# ---- deck 001: basic_sigmoid with math.exp ----------------------------------------------------
@snippet
def basic_sigmoid_math():
    def basic_sigmoid(x):
        return 1 / (1 + math.exp(-x))

    return [repr(basic_sigmoid(0.458))]


# ---- deck 000: L1, L2, L3 losses --------------------------------------------------------------
@snippet
def losses():
    def L1(yhat, y):
        return np.sum(np.abs(y - yhat))

    def L2(yhat, y):
        return np.sum(np.dot(y - yhat, y - yhat))

    def L3(yhat, y):
        return -np.sum(y * np.log(yhat) + (1 - y) * np.log(1 - yhat))

    yhat = np.array([.78, .89, .12, .08, .97])
    y = np.array([1, 1, 0, 0, 1])
    return ["Loss1 = " + str(L1(yhat, y)), "Loos2 = " + str(L2(yhat, y)), "Loos3 = " + str(L3(yhat, y))]


# ---- deck 000/001/002: vectorised dot product vs loop (seeded) ---------------------------------
@snippet
def dot_vectorized_vs_loop():
    np.random.seed(1)
    a = np.random.rand(1000000)
    b = np.random.rand(1000000)
    dot_vec = np.dot(a, b)
    dot_for = 0
    for i in range(1000000):
        dot_for += a[i] * b[i]
    # dot_vec's last digits depend on the summation order (BLAS): compared with a tolerance.
    return {"lines": ["dot_for = " + str(dot_for)], "dot_vec": float(dot_vec), "a0": float(a[0]), "b_last": float(b[-1])}


X1 = [5, 1, 0, 3, 8, 2, 5, 6, 0, 1, 2, 5, 9, 0, 7]
X2 = [2, 5, 2, 0, 3, 2, 2, 9, 1, 0, 2, 5, 4, 0, 9]


@snippet
def dot_of_lists():
    dot = 0
    for i in range(len(X1)):
        dot += X1[i] * X2[i]
    lines = ["for-looped dot = " + str(dot)]
    dot = np.dot(X1, X2)
    return lines + ["vectorized dot = " + str(dot)]


@snippet
def outer_of_lists():
    outer = np.zeros((len(X1), len(X2)))
    for i in range(len(X1)):
        for j in range(len(X2)):
            outer[i, j] = X1[i] * X2[j]
    lines = ["for-looped outer = " + str(outer)]
    outer = np.outer(X1, X2)
    return lines + ["vectorized outer = " + str(outer)]


@snippet
def elementwise_of_lists():
    mul = np.zeros(len(X1))
    for i in range(len(X1)):
        mul[i] = X1[i] * X2[i]
    lines = ["for-looped elementwise multiplication = " + str(mul)]
    mul = np.multiply(X1, X2)
    return lines + ["vectorized elementwise multiplication = " + str(mul)]


@snippet
def general_dot():
    np.random.seed(3)
    W = np.random.rand(3, len(X1))
    gdot = np.zeros(W.shape[0])
    for i in range(W.shape[0]):
        for j in range(len(X1)):
            gdot[i] += W[i, j] * X1[j]
    lines = ["for-looped gdot = " + str(gdot)]
    gdot = np.dot(W, X1)
    return lines + ["vectorized gdot = " + str(gdot)]


# ---- deck 000: softmax ------------------------------------------------------------------------
@snippet
def softmax_rows():
    def softmax(x):
        x_exp = np.exp(x)
        x_sum = np.sum(x_exp, axis=1, keepdims=True)
        return x_exp / x_sum

    x = np.array([[0, 9, 3, 0], [3, 0, 8, 1]])
    return ["softmax(x) = " + str(softmax(x))]


# ---- deck 000: lists vs vectors, shapes, reshape ----------------------------------------------
@snippet
def list_vs_vector_seeded():
    np.random.seed(0)
    lines = ["List of values:"]
    a = np.random.randn(6)
    lines += [str(a), str(a.shape), str(a.T)]
    dot = float(np.dot(a, a.T))  # a full-precision scalar: compared with a tolerance (BLAS order)
    lines += ["Vector of values:"]
    b = np.random.randn(6, 1)
    lines += [str(b), str(b.shape), str(b.T), str(np.dot(b, b.T))]
    return {"lines": lines, "dot": dot}


LECTURE_A = [1.63130571, 1.30039595, -1.42170758, 1.28012586, 1.63085575, 0.64436582]
LECTURE_B = [-1.2426375, -0.54254535, 0.76000053, -0.83861851, 0.66463, -1.60972555]


@snippet
def list_vs_vector_lecture_values():
    a = np.array(LECTURE_A)
    b = np.array(LECTURE_B).reshape(6, 1)
    return {"lines": [str(a), str(a.shape), str(a.T), str(b), str(b.shape), str(b.T), str(np.dot(b, b.T))],
            "dot": float(np.dot(a, a.T))}


@snippet
def column_and_row_vectors_seeded():
    np.random.seed(2)
    C = np.random.randn(5, 1)
    D = np.random.randn(1, 5)
    return [str(C), "... is a column vector", str(D), "... is a row vector"]


@snippet
def column_and_row_vectors_lecture_values():
    C = np.array([[0.23665149], [0.45132428], [-0.89728231], [0.72912635], [-0.92627707]])
    D = np.array([[0.99318971, -0.8439588, 1.20413677, -1.00233032, -1.55317979]])
    return [str(C), str(D)]


@snippet
def reshape_rank1_seeded():
    np.random.seed(42)
    a = np.random.randn(5)
    lines = [str(a), str(a.shape)]
    a = a.reshape((5, 1))
    return lines + [str(a), str(a.shape)]


@snippet
def reshape_rank1_lecture_values():
    a = np.array([-0.07161977, -2.17009596, 0.09644837, 0.5044574, -0.04263376])
    lines = [str(a), str(a.shape)]
    a = a.reshape((5, 1))
    return lines + [str(a), str(a.shape)]


IMAGE = [[[0.139, 0.381], [0.982, 0.647], [0.251, 0.551]],
         [[0.219, 0.647], [0.703, 0.845], [0.397, 0.313]],
         [[0.855, 0.165], [0.313, 0.937], [0.279, 0.077]]]


@snippet
def image2vector_example():
    def image2vector(image):
        return image.reshape((image.shape[0] * image.shape[1] * image.shape[2]), 1)

    image = np.array(IMAGE)
    v = image2vector(image)
    return ["image = " + str(image), "image2vector(image) = " + str(v), str(v.shape)]


@snippet
def reshape_examples():
    v = np.arange(24).reshape(2, 3, 4) * 0.5
    v1 = v.reshape((v.shape[0] * v.shape[1], v.shape[2]))
    v2 = v.reshape((v.shape[0] * v.shape[1] * v.shape[2], 1))
    return [str(v1), str(v1.shape), str(v2.shape), str(v2.T)]


# ---- deck 000: normalizeRows ------------------------------------------------------------------
@snippet
def normalize_rows():
    lines = []

    def normalizeRows(x):
        x_norm = np.linalg.norm(x, ord=2, axis=1, keepdims=True)
        lines.append("x_norm = " + str(x_norm))
        return x / x_norm

    x = np.array([[3, 2, 4], [1, 8, 2]])
    lines.append("normalizeRows(x) = " + str(normalizeRows(x)))
    return lines


# ---- deck 000: broadcasting samples -----------------------------------------------------------
@snippet
def broadcasting_samples():
    col = np.array([[1], [2], [3]])
    m = np.array([[1, 2, 3], [4, 5, 6]])
    lines = [str(col + 10), str(col + np.array([[10], [10], [10]])), str(m + np.array([10, 20, 30])),
             str(m + np.array([[10, 20, 30], [10, 20, 30]])), str(m + np.array([[10], [20]]))]
    c = np.array([[10], [20]])
    lines += [str(m - c), str(m * c), str(m / c)]
    r = np.array([[10, 20, 30]])
    lines += [str(m - r), str(m * r), str(m / r)]
    return lines


# ---- deck 000: activation functions and their derivatives -------------------------------------
ACT_X = [-3.0, -1.5, -0.5, 0.0, 0.5, 1.5, 3.0]


@snippet
def activations():
    def tanh(x):
        return np.tanh(x)

    def relu(x):
        return np.maximum(0, x)

    def leakyrelu(x, slope):
        return np.maximum(x * slope, x)

    def softplus(x):
        return np.log(1 + np.exp(x))

    def sigmoid_derivative(x):
        s = sigmoid(x)
        return s * (1 - s)

    def tanh_derivative(x):
        t = tanh(x)
        return 1 - t * t

    def relu_derivative(x):
        return np.heaviside(x, 0)

    def leakyrelu_derivative(x, slope):
        dLl = np.ones_like(x)
        dLl[x < 0] = slope
        return dLl

    def softplus_derivative(x):
        return 1 / (1 + np.exp(-x))

    x = np.array(ACT_X)
    m = np.array([[-2.0, 0.0, 2.0], [1.0, -1.0, 0.5]])
    lines = []
    for v in (x, m):
        lines += [str(sigmoid(v)), str(tanh(v)), str(relu(v)), str(leakyrelu(v, 0.01)), str(softplus(v)),
                  str(sigmoid_derivative(v)), str(tanh_derivative(v)), str(relu_derivative(v)),
                  str(leakyrelu_derivative(v, 0.01)), str(softplus_derivative(v))]
    xi = np.array([-2, -1, 0, 1, 2])
    lines += [str(relu(xi)), str(relu_derivative(xi)), str(leakyrelu_derivative(xi, 0.01))]
    return lines


# ---- deck 001: sigmoid over linspace ----------------------------------------------------------
@snippet
def sigmoid_linspace():
    z = np.linspace(-10, 10, 100)
    s = 1 / (1 + np.exp(-z))
    return [str(z), str(s)]


# ---- deck 002/004: vectorisation demo and the rank-1 note -------------------------------------
@snippet
def vector_demo():
    a = np.array([1, 2, 3, 4])
    return [str(a)]


@snippet
def rank1_note_seeded():
    np.random.seed(5)
    a = np.random.randn(5)
    lines = [str(a), str(a.shape), str(a.T)]
    dot = float(np.dot(a, a.T))
    a = np.random.randn(5, 1)
    return {"lines": lines + [str(a), str(a.shape), str(a.T), str(np.dot(a, a.T))], "dot": dot}


@snippet
def exp_of_vector():
    v = np.array([0.0, 1.0, -1.0, 2.5])
    n = 4
    u = np.zeros((n, 1))
    for i in range(n):
        u[i] = math.exp(v[i])
    return [str(u), str(np.exp(v)), str(np.log(np.exp(v))), str(np.abs(v)), str(np.maximum(v, 0)), str(v ** 2),
            str(1 / np.array([1.0, 2.0, 4.0]))]


# ---- deck 002/004: perceptron, Adaline GD and SGD on Iris --------------------------------------
@snippet
def perceptron_iris():
    X, y = iris_xy()
    ppn = Perceptron(epochs=10, eta=0.1)
    ppn.train(X, y)
    return ["Weights: %s" % ppn.w_, "Errors: %s" % ppn.errors_, str(ppn.predict(X[:5])), str(ppn.predict(X[-5:]))]


@snippet
def feature_scaling():
    X, _ = iris_xy()
    X_std = standardize(X)
    return {"lines": [str(X_std[:5]), str(X_std[-3:])],
            "means": [float(X[:, 0].mean()), float(X[:, 1].mean())], "stds": [float(X[:, 0].std()), float(X[:, 1].std())]}


@snippet
def adaline_gd_iris():
    X, y = iris_xy()
    ada = AdalineGD(epochs=10, alpha=0.01).train(X, y)
    ada2 = AdalineGD(epochs=10, alpha=0.0001).train(X, y)
    ada3 = AdalineGD(epochs=15, alpha=0.01).train(standardize(X), y)
    # w_[0] on standardised data is rounding noise around 0: weights are compared numerically
    return {"lines": [str(ada3.predict(standardize(X))[::10])], "w_std": [float(v) for v in ada3.w_],
            "cost_001": [float(c) for c in ada.cost_], "log10_cost_001": [float(c) for c in np.log10(ada.cost_)],
            "cost_00001": [float(c) for c in ada2.cost_], "cost_std": [float(c) for c in ada3.cost_]}


class AdalineSGD(AdalineGD):  # the deck repeats __init__, net_input, activation and predict
    def train(self, X, y, reinitialize_weights=True):
        if reinitialize_weights:
            self.w_ = np.zeros(1 + X.shape[1])
        self.cost_ = []
        for i in range(self.epochs):
            for xi, target in zip(X, y):
                output = self.net_input(xi)
                error = (target - output)
                self.w_[1:] += self.alpha * xi.dot(error)
                self.w_[0] += self.alpha * error
            cost = ((y - self.activation(X)) ** 2).sum() / 2.0
            self.cost_.append(cost)
        return self


@snippet
def adaline_sgd_iris():
    X, y = iris_xy()
    ada = AdalineSGD(epochs=15, alpha=0.01).train(standardize(X), y)
    return {"lines": [str(ada.predict(standardize(X))[::10])], "w": [float(v) for v in ada.w_],
            "cost": [float(c) for c in ada.cost_]}


# ---- decks 000-004: vectorised logistic regression step ---------------------------------------
@snippet
def logistic_regression_step():
    X = np.array([[1.0, 2.0, -1.0, 0.5], [3.0, 0.5, 2.0, -1.5]])
    Y = np.array([[1, 0, 1, 0]])
    w = np.zeros((2, 1))
    b = 0
    m = X.shape[1]
    lines, values = [], []
    for _ in range(3):
        Z = np.dot(w.T, X) + b
        A = sigmoid(Z)
        J = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
        dZ = A - Y
        dw = 1 / m * np.dot(X, dZ.T)
        db = 1 / m * np.sum(dZ)
        w = w - 0.5 * dw
        b = b - 0.5 * db
        lines += [str(Z), str(A), str(dw)]
        values += [float(J), float(db)]  # full-precision scalars: compared with a tolerance
    return {"lines": lines + [str(w)], "values": values + [float(b)]}


# ---- decks 000/002/003: layer initialisation and a 2-layer forward/backward pass ----------------
@snippet
def two_layer_network():
    np.random.seed(1)
    n0, n1, n2 = 3, 4, 1
    W1 = np.random.randn(n1, n0) * 0.01
    b1 = np.zeros((n1, 1))
    W2 = np.random.randn(n2, n1) * 0.01
    b2 = np.zeros((n2, 1))
    X = np.array([[1.0, -2.0, 0.5, 3.0, -1.0], [0.0, 1.0, 2.0, -1.0, 1.5], [2.0, 0.5, -0.5, 1.0, 0.0]])
    Y = np.array([[1, 0, 1, 1, 0]])
    m = X.shape[1]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = np.dot(dZ1, X.T) / m
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return [str(W1), str(b1), str(W2), str(Z1), str(A1), str(A2), str(dZ2), str(dW2), str(db2), str(dZ1), str(dW1),
            str(db1), str(dW1.shape), str(db1.shape)]


if __name__ == "__main__":
    with open(OUT, "w") as fh:
        json.dump({"numpy": np.__version__, "generator": "test/gen/lecture_fixtures.py", "snippets": SNIPPETS}, fh,
                  indent=1, allow_nan=False)
        fh.write("\n")
    print(f"{len(SNIPPETS)} snippets -> {os.path.relpath(OUT, ROOT)}")
