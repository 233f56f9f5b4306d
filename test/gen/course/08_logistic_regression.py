"""numpy reference for notebook 08 (logistic regression as a neural network).

Recomputes, with numpy on the same seeded inputs as the notebook's test cells, the values of their
checks, and writes test/fixtures/course/08-logistic-regression.json. test/course/numpy.test.ts
compares them with the recording notebooks/.expected/08-logistic-regression.json within 1e-10.

    python3 test/gen/course/08_logistic_regression.py
"""
import json

import numpy as np

from _fixture import write


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def initialize_with_zeros(dim):
    return np.zeros((dim, 1)), 0.0


def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dZ = A - Y
    return {"dw": np.dot(X, dZ.T) / m, "db": np.sum(dZ) / m}, float(cost)


def optimize(w, b, X, Y, num_iterations, learning_rate):
    costs = []
    grads = None
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
    return {"w": w, "b": b}, grads, costs


def predict(w, b, X):
    A = sigmoid(np.dot(w.T, X) + b)
    return (A > 0.5).astype(np.float64)


def model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, _, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate)
    return {
        "costs": costs,
        "Y_prediction_test": predict(params["w"], params["b"], X_test),
        "Y_prediction_train": predict(params["w"], params["b"], X_train),
        "w": params["w"],
        "b": params["b"],
        "learningRate": learning_rate,
        "numIterations": num_iterations,
    }


checks = {}
# initializeWithZeros
for dim in (2, 784, 1):
    checks[f"initializeWithZeros-{dim}"] = list(initialize_with_zeros(dim))

# the course's example for propagate / propagateLoops
w = np.array([[1.0], [2.0]]); b = 2.0
X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]); Y = np.array([[1, 0, 1]])
checks["propagateLoops-course"] = list(propagate(w, b, X, Y))
checks["propagate-course"] = list(propagate(w, b, X, Y))

np.random.seed(1)
Xr = np.random.randn(4, 7); wr = np.random.randn(4, 1) * 0.5
Yr = (np.random.randn(1, 7) > 0).astype(np.float64)
checks["propagateLoops-random"] = list(propagate(wr, -0.3, Xr, Yr))
checks["propagateLoops-one-example"] = list(propagate(np.array([[0.5]]), 0.25, np.array([[2.0]]), np.array([[0]])))

np.random.seed(2)
Xr = np.random.randn(5, 9); wr = np.random.randn(5, 1) * 0.5
Yr = (np.random.randn(1, 9) > 0).astype(np.float64)
checks["propagate-random"] = list(propagate(wr, 0.7, Xr, Yr))
checks["propagate-zeros"] = list(propagate(np.zeros((3, 1)), 0, np.arange(12).reshape(3, 4) * 0.1, np.array([[0, 1, 1, 0]])))

# optimize
checks["optimize-course"] = list(optimize(np.array([[1.0], [2.0]]), 2.0, X, Y, 100, 0.009))
np.random.seed(3)
Xr = np.random.randn(4, 10)
Yr = (np.dot(np.array([[1, -1, 0.5, 0]]), Xr) > 0).astype(np.float64)
checks["optimize-random"] = list(optimize(np.zeros((4, 1)), 0, Xr, Yr, 250, 0.1))
checks["optimize-one-step"] = list(optimize(np.array([[0.3], [-0.1], [0.2], [0.05]]), 0.5, Xr, Yr, 1, 1.0))

# predict
checks["predict-course"] = predict(np.array([[0.1124579], [0.23106775]]), -0.3, np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]]))
np.random.seed(4)
Xr = np.random.randn(5, 8); wr = np.random.randn(5, 1)
checks["predict-random"] = predict(wr, 0.1, Xr)
checks["predict-one"] = predict(np.array([[2.0]]), -1.0, np.array([[0.2, 0.8]]))

# model
np.random.seed(6)
Xa = np.random.randn(4, 15)
Ya = (np.dot(np.array([[0.5, -1, 1, 0.2]]), Xa) > 0.1).astype(np.float64)
checks["model-small"] = model(Xa[:, :11], Ya[:, :11], Xa[:, 11:], Ya[:, 11:], 300, 0.05)
np.random.seed(7)
Xb = np.random.randn(6, 20)
Yb = (np.dot(np.random.randn(1, 6), Xb) > 0).astype(np.float64)
checks["model-random"] = model(Xb[:, :14], Yb[:, :14], Xb[:, 14:], Yb[:, 14:], 150, 0.2)

write("08-logistic-regression", checks)
