"""numpy reference for notebooks/11-softmax-mnist.ipynb: recomputes the value of every check id of
the notebook's exercises (oneHot, softmax, categoricalCrossEntropy, softmaxGrads, predict) on the
same seeded inputs, and writes test/fixtures/course/11-softmax-mnist.json.

    python3 test/gen/course/11_softmax_mnist.py
"""
import json
import os

import numpy as np

from _fixture import write


def one_hot(y, C):
    return np.eye(C)[y.reshape(-1)].T


def softmax(Z):
    e = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def categorical_cross_entropy(AL, Y):
    return float(-np.sum(Y * np.log(AL)) / Y.shape[1])


def softmax_grads(W, b, X, Y):
    m = X.shape[1]
    dZ = softmax(W @ X + b) - Y
    return {"dW": (dZ @ X.T) / m, "db": np.sum(dZ, axis=1, keepdims=True) / m}


def predict(W, b, X):
    return np.argmax(softmax(W @ X + b), axis=0).reshape(1, -1)


checks = {}
# oneHot
checks["oneHot-5"] = one_hot(np.array([[1, 0, 3, 2, 1]]), 4)
np.random.seed(3)
checks["oneHot-random"] = one_hot(np.random.randint(0, 10, (1, 40)), 10)
checks["oneHot-single"] = one_hot(np.array([[6]]), 7)
checks["oneHot-unused"] = one_hot(np.array([[0, 0, 1]]), 5)
# softmax
checks["softmax-lecture"] = softmax(np.array([[0.13, 0.32], [0.33, 0.29], [0.89, 0.85]]))
checks["softmax-large"] = softmax(np.array([[1000, 1002], [1001, 1000], [1002, 1001]], dtype=float))
checks["softmax-apart"] = softmax(np.array([[0, 1000], [1, 1001], [2, 1002]], dtype=float))
np.random.seed(2)
checks["softmax-random"] = softmax(np.random.randn(5, 7) * 3)
checks["softmax-one-column"] = softmax(np.array([[2], [-1], [0.5], [4]]))
checks["softmax-one-row"] = softmax(np.array([[3, -2, 7]], dtype=float))
# categoricalCrossEntropy
checks["categoricalCrossEntropy-lecture"] = categorical_cross_entropy(
    np.array([[0.23, 0.2718], [0.28, 0.2634], [0.49, 0.4648]]), np.array([[0, 0], [1, 0], [0, 1]]))
np.random.seed(4)
P = softmax(np.random.randn(10, 12))
labels = np.random.randint(0, 10, 12)
checks["categoricalCrossEntropy-random"] = categorical_cross_entropy(P, np.eye(10)[labels].T)
checks["categoricalCrossEntropy-sure"] = categorical_cross_entropy(
    np.array([[0.999999, 0.5], [0.000001, 0.5]]), np.array([[1, 0], [0, 1]]))
# softmaxGrads
W = np.array([[0.1, -0.2, 0.3], [0.0, 0.4, -0.1]])
b = np.array([[0.05], [-0.05]])
X = np.array([[1, 0.5, -1, 2], [0, 1, 1, -0.5], [2, -1, 0.5, 1]])
Y = np.array([[1, 0, 0, 1], [0, 1, 1, 0]])
checks["softmaxGrads-small"] = softmax_grads(W, b, X, Y)
np.random.seed(5)
Wr = np.random.randn(4, 6) * 0.5
br = np.random.randn(4, 1)
Xr = np.random.randn(6, 9)
Yr = np.eye(4)[np.random.randint(0, 4, 9)].T
checks["softmaxGrads-random"] = softmax_grads(Wr, br, Xr, Yr)
checks["softmaxGrads-one-example"] = softmax_grads(Wr, br, Xr[:, 0:1], Yr[:, 0:1])
checks["softmaxGrads-big-scores"] = softmax_grads(Wr * 300, br, Xr, Yr)
# predict
checks["predict-small"] = predict(W, b, X)
np.random.seed(6)
Wr = np.random.randn(10, 8)
br = np.random.randn(10, 1)
Xr = np.random.randn(8, 30)
checks["predict-random"] = predict(Wr, br, Xr)
checks["predict-one"] = predict(Wr, br, Xr[:, 3:4])
checks["predict-big"] = predict(Wr * 1000, br, Xr)

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
write("11-softmax-mnist", checks)
