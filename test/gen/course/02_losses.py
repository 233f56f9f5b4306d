"""numpy's values for the checks of notebooks/02-losses.ipynb (the lecture's L1/L2/L3 code and the
cost J = L3 / m), on the test cells' inputs and seeds. Writes test/fixtures/course/02-losses.json."""
import json

import numpy as np

from _fixture import write


def L1(yhat, y):
    return float(np.sum(np.abs(y - yhat)))


def L2(yhat, y):
    d = (y - yhat).ravel()
    return float(np.dot(d, d))


def L3(yhat, y):
    return float(-np.sum(y * np.log(yhat) + (1 - y) * np.log(1 - yhat)))


def cost(A, Y):
    return L3(A, Y) / Y.shape[1]


yhat = np.array([.78, .89, .12, .08, .97])
y = np.array([1, 1, 0, 0, 1])
checks = {}
checks["L1-lecture"] = L1(yhat, y)
np.random.seed(3)
p = np.random.rand(10)
labels = (np.random.rand(10) > 0.5).astype(float)
checks["L1-random"] = L1(p, labels)
checks["L1-symmetric"] = L1(labels, p)
checks["L1-one"] = L1(np.array([0.25]), np.array([1]))

checks["L2-lecture"] = L2(yhat, y)
np.random.seed(4)
p = np.random.rand(12)
labels = (np.random.rand(12) > 0.5).astype(float)
checks["L2-random"] = L2(p, labels)
checks["L2-big-errors"] = L2(np.array([3, -2]), np.array([0, 1]))

checks["crossEntropy-lecture"] = L3(yhat, y)
np.random.seed(5)
p = np.random.rand(10) * 0.98 + 0.01
labels = (np.random.rand(10) > 0.5).astype(float)
checks["crossEntropy-random"] = L3(p, labels)
checks["crossEntropy-soft"] = L3(np.array([0.3, 0.6, 0.9]), np.array([0.2, 0.5, 0.7]))
checks["crossEntropy-matrix"] = L3(np.array([[0.9, 0.2, 0.6, 0.4]]), np.array([[1, 0, 1, 0]]))

A = np.array([[.78, .89, .12, .08, .97]])
Y = np.array([[1, 1, 0, 0, 1]])
checks["computeCost-lecture"] = cost(A, Y)
np.random.seed(6)
A8 = np.random.rand(1, 8) * 0.98 + 0.01
Y8 = (np.random.rand(1, 8) > 0.5).astype(float)
checks["computeCost-random"] = cost(A8, Y8)
checks["computeCost-one"] = cost(np.array([[0.25]]), np.array([[0]]))
checks["computeCost-confident"] = cost(np.array([[0.999, 0.001, 0.999]]), np.array([[1, 0, 1]]))

write("02-losses", checks)
