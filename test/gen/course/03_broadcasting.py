"""numpy's values for the checks of notebooks/03-broadcasting.ipynb (the lecture's normalizeRows and
softmax code, and centerRows), on the test cells' inputs and seeds. Writes
test/fixtures/course/03-broadcasting.json."""
import json

import numpy as np

from _fixture import write


def centerRows(x):
    return x - np.mean(x, axis=1, keepdims=True)


def normalizeRows(x):
    return x / np.linalg.norm(x, ord=2, axis=1, keepdims=True)


def softmax(x):
    x_exp = np.exp(x)
    return x_exp / np.sum(x_exp, axis=1, keepdims=True)


lecture = np.array([[3, 2, 4], [1, 8, 2]])
checks = {}
checks["centerRows-lecture"] = centerRows(lecture).tolist()
np.random.seed(7)
checks["centerRows-random"] = centerRows(np.random.randn(4, 6) * 3 + 1).tolist()
checks["centerRows-square"] = centerRows(np.array([[1, 2, 3], [10, 20, 30], [-1, 0, 4]])).tolist()
checks["centerRows-column"] = centerRows(np.array([[5], [-2], [7]])).tolist()

checks["normalizeRows-lecture"] = normalizeRows(lecture).tolist()
np.random.seed(8)
checks["normalizeRows-random"] = normalizeRows(np.random.randn(5, 4)).tolist()
checks["normalizeRows-square"] = normalizeRows(np.array([[3, 4, 0], [1, 1, 1], [0, -5, 12]])).tolist()
checks["normalizeRows-row"] = normalizeRows(np.array([[1, 2, 2, 4]])).tolist()
checks["normalizeRows-column"] = normalizeRows(np.array([[-2], [0.5], [3]])).tolist()

checks["softmax-lecture"] = softmax(np.array([[0, 9, 3, 0], [3, 0, 8, 1]])).tolist()
np.random.seed(9)
checks["softmax-random"] = softmax(np.random.randn(3, 5) * 2).tolist()
checks["softmax-row"] = softmax(np.array([[1, 2, 3, 4]])).tolist()
checks["softmax-square"] = softmax(np.array([[1, 0, -1], [2, 2, 2], [0.5, -3, 4]])).tolist()
checks["softmax-shifted"] = softmax(np.array([[10, 11, 12], [-5, -5, -5]])).tolist()

write("03-broadcasting", checks)
