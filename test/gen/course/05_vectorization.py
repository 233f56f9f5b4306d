"""numpy's values for the checks of notebooks/05-vectorization.ipynb: the loop exercises must agree
with np.dot, np.outer, np.multiply and np.dot(W, x) on the same (seeded) inputs, within 1e-10 (the
loops add in another order than numpy, so the last bits may differ).
Writes test/fixtures/course/05-vectorization.json; test/course/numpy.test.ts compares it with the recording."""

import numpy as np

from _fixture import write

checks = {}
x1 = np.array([5, 1, 0, 3, 8, 2, 5, 6, 0, 1, 2, 5, 9, 0, 7])
x2 = np.array([2, 5, 2, 0, 3, 2, 2, 9, 1, 0, 2, 5, 4, 0, 9])
f = lambda v: np.asarray(v, dtype=float).tolist()

checks["loopDot-lecture"] = float(np.dot(x1, x2))
np.random.seed(1)
a = np.random.randn(50)
b = np.random.randn(50)
checks["loopDot-random"] = float(np.dot(a, b))
checks["loopDot-one"] = float(np.dot(np.array([3.5]), np.array([-2])))

checks["loopOuter-lecture"] = f(np.outer(x1, x2))
checks["loopOuter-3x2"] = f(np.outer(np.array([1, 2, 3]), np.array([10, -1])))
np.random.seed(2)
u = np.random.randn(4)
v = np.random.randn(7)
checks["loopOuter-random"] = f(np.outer(u, v))
checks["loopOuter-1x1"] = f(np.outer(np.array([2.5]), np.array([-4])))

checks["loopMultiply-lecture"] = f(np.multiply(x1, x2))
np.random.seed(3)
p = np.random.randn(40)
q = np.random.randn(40)
checks["loopMultiply-random"] = f(np.multiply(p, q))
checks["loopMultiply-one"] = f(np.multiply(np.array([-1.5]), np.array([4])))

np.random.seed(1)
W = np.random.rand(3, 15)
checks["loopGeneralDot-lecture"] = f(np.dot(W, x1))
np.random.seed(5)
W2 = np.random.randn(4, 7)
checks["loopGeneralDot-4x7"] = f(np.dot(W2, np.random.randn(7)))
checks["loopGeneralDot-1row"] = f(np.dot(np.array([[1, 2, 3]]), np.array([0.5, 0.25, -1])))
W3 = np.random.randn(6, 2)
checks["loopGeneralDot-tall"] = f(np.dot(W3, np.random.randn(2)))

write("05-vectorization", checks)
