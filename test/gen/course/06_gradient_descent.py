"""numpy's values for the checks of notebooks/06-gradient-descent.ipynb: central differences, the
lecture's computation graph J = 3(a + bc) forward and backward, and gradient-descent paths on the
same (seeded) functions.
Writes test/fixtures/course/06-gradient-descent.json; test/course/numpy.test.ts compares it with the recording."""
import math

import numpy as np

from _fixture import write

checks = {}


def numerical_derivative(f, x, eps):
    return (f(x + eps) - f(x - eps)) / (2 * eps)


checks["numericalDerivative-cube"] = numerical_derivative(lambda x: x ** 3, 1, 0.1)
checks["numericalDerivative-sin"] = numerical_derivative(math.sin, 1, 1e-4)
checks["numericalDerivative-exp"] = numerical_derivative(math.exp, -2, 0.5)
checks["numericalDerivative-sigmoid"] = numerical_derivative(lambda z: 1 / (1 + math.exp(-z)), 0.3, 1e-2)


def forward(a, b, c):
    u = b * c
    v = a + u
    return {"u": u, "v": v, "J": 3 * v}


def backward(a, b, c):
    dv = 3
    du = dv
    return {"da": dv, "db": du * c, "dc": du * b}


checks["forwardGraph-lecture"] = forward(5, 3, 2)
checks["forwardGraph-negative"] = forward(-1, 2.5, -4)
checks["forwardGraph-zero"] = forward(0.5, 0, 7)
checks["backwardGraph-lecture"] = backward(5, 3, 2)
checks["backwardGraph-other"] = backward(-1, 2.5, -4)
checks["backwardGraph-zero"] = backward(10, 0, 0.5)


def gradient_descent(grad, x0, learning_rate, num_iterations):
    x = np.asarray(x0, dtype=float)
    path = [x]
    for _ in range(num_iterations):
        x = x - learning_rate * grad(x)
        path.append(x)
    return np.array(path).tolist()


parabola = lambda w: 2 * (w - 3)
bowl = lambda p: p * np.array([2, 20])
checks["gradientDescent-parabola"] = gradient_descent(parabola, [0], 0.1, 5)
checks["gradientDescent-bowl"] = gradient_descent(bowl, [2, 1], 0.05, 3)
checks["gradientDescent-none"] = gradient_descent(parabola, [7.5], 0.3, 0)
np.random.seed(6)
scales = np.random.rand(3) + 0.5
shifted = lambda p: (p - np.array([1, -2, 0.5])) * scales
checks["gradientDescent-3d"] = gradient_descent(shifted, np.random.randn(3), 0.7, 12)
checks["gradientDescent-diverging"] = gradient_descent(parabola, [2], 1.1, 6)

write("06-gradient-descent", checks)
