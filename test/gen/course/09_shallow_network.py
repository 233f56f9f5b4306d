"""numpy reference for notebooks/09-shallow-network.ipynb: recomputes, with numpy on the same seeded
inputs, the value of every check id of the notebook's test cells (deeplearning.ai's planar-data
functions written out in numpy), and writes test/fixtures/course/09-shallow-network.json."""
import json

import numpy as np

from _fixture import write


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def layer_sizes(X, Y):
    return [X.shape[0], 4, Y.shape[0]]


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward_propagation(X, p):
    Z1 = np.dot(p["W1"], X) + p["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(p["W2"], A1) + p["b2"]
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    return float(-np.sum(logprobs) / m)


def backward_propagation(p, cache, X, Y):
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(p["W2"].T, dZ2) * (1 - A1 * A1)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(p, g, learning_rate=1.2):
    return {k: p[k] - g["d" + k] * learning_rate for k in ("W1", "b1", "W2", "b2")}


def nn_model(X, Y, n_h, num_iterations=10000):
    n_x, _, n_y = layer_sizes(X, Y)
    p = initialize_parameters(n_x, n_h, n_y)
    for _ in range(num_iterations):
        A2, cache = forward_propagation(X, p)
        p = update_parameters(p, backward_propagation(p, cache, X, Y), 1.2)
    return p


def predict(p, X):
    A2, _ = forward_propagation(X, p)
    return (A2 > 0.5).astype(np.float64)


def random_params(n_x, n_h, n_y):
    return {"W1": np.random.randn(n_h, n_x), "b1": np.random.randn(n_h, 1), "W2": np.random.randn(n_y, n_h), "b2": np.random.randn(n_y, 1)}


checks = {}

np.random.seed(1)
Xt, Yt = np.random.randn(5, 3), np.random.randn(2, 3)
checks["layerSizes-5x3"] = layer_sizes(Xt, Yt)
checks["layerSizes-planar"] = layer_sizes(np.zeros((2, 400)), np.zeros((1, 400)))
checks["layerSizes-tall"] = layer_sizes(np.zeros((7, 1)), np.zeros((3, 1)))

np.random.seed(2)
checks["initializeParameters-2-4-1"] = initialize_parameters(2, 4, 1)
np.random.seed(7)
checks["initializeParameters-3-5-2"] = initialize_parameters(3, 5, 2)
np.random.seed(0)
checks["initializeParameters-1-1-1"] = initialize_parameters(1, 1, 1)

np.random.seed(1)
Xt = np.random.randn(2, 3)
p = random_params(2, 4, 1)
A2, cache = forward_propagation(Xt, p)
checks["forwardPropagation-A2"] = A2
checks["forwardPropagation-cache"] = cache
np.random.seed(3)
X2 = np.random.randn(3, 5)
p2 = random_params(3, 6, 2)
A2b, cacheB = forward_propagation(X2, p2)
checks["forwardPropagation-A2-3x5"] = A2b
checks["forwardPropagation-cache-3x5"] = cacheB
checks["forwardPropagation-A2-one"] = forward_propagation(X2[:, 0:1], p2)[0]

checks["computeCost-3"] = compute_cost(np.array([[0.5002307, 0.49985831, 0.50023963]]), np.array([[1, 0, 0]]))
np.random.seed(4)
A2r = sigmoid(np.random.randn(1, 9) * 3)
Yr = np.random.randint(0, 2, (1, 9))
checks["computeCost-random"] = compute_cost(A2r, Yr)
checks["computeCost-confident"] = compute_cost(np.array([[0.999, 0.001, 0.98]]), np.array([[1, 0, 1]]))
checks["computeCost-one"] = compute_cost(np.array([[0.2]]), np.array([[1]]))

np.random.seed(1)
Xt = np.random.randn(2, 3)
Yt = np.array([[1, 0, 1]])
p = random_params(2, 4, 1)
checks["backwardPropagation-2x3"] = backward_propagation(p, forward_propagation(Xt, p)[1], Xt, Yt)
np.random.seed(5)
X2 = np.random.randn(3, 7)
Y2 = np.random.randint(0, 2, (1, 7))
p2 = random_params(3, 5, 1)
checks["backwardPropagation-3x7"] = backward_propagation(p2, forward_propagation(X2, p2)[1], X2, Y2)
X3 = np.random.randn(2, 1)
p3 = random_params(2, 2, 1)
checks["backwardPropagation-one"] = backward_propagation(p3, forward_propagation(X3, p3)[1], X3, np.array([[0]]))

np.random.seed(2)
p = {"W1": np.random.randn(2, 2), "b1": np.random.randn(2, 1), "W2": np.random.randn(1, 2), "b2": np.random.randn(1, 1)}
g = {"dW1": np.random.randn(2, 2), "db1": np.random.randn(2, 1), "dW2": np.random.randn(1, 2), "db2": np.random.randn(1, 1)}
checks["updateParameters-default"] = update_parameters(p, g)
checks["updateParameters-0.1"] = update_parameters(p, g, 0.1)
np.random.seed(3)
p2 = {"W1": np.random.randn(4, 3), "b1": np.random.randn(4, 1), "W2": np.random.randn(2, 4), "b2": np.random.randn(2, 1)}
g2 = {"dW1": np.random.randn(4, 3), "db1": np.random.randn(4, 1), "dW2": np.random.randn(2, 4), "db2": np.random.randn(2, 1)}
checks["updateParameters-4x3"] = update_parameters(p2, g2, 0.05)

np.random.seed(6)
Xt = np.random.randn(2, 10)
Yt = (Xt[0] * Xt[1] > 0).astype(np.int64).reshape(1, 10)
np.random.seed(3)
checks["nnModel-30"] = nn_model(Xt, Yt, 4, 30)
np.random.seed(3)
checks["nnModel-nh2"] = nn_model(Xt, Yt, 2, 15)
np.random.seed(9)
X3 = np.random.randn(3, 6)
Y3 = np.array([[1, 0, 0, 1, 1, 0]])
np.random.seed(1)
checks["nnModel-3x6"] = nn_model(X3, Y3, 5, 25)

np.random.seed(1)
Xt = np.random.randn(2, 3)
p = random_params(2, 4, 1)
checks["predict-3"] = predict(p, Xt)
np.random.seed(8)
X2 = np.random.randn(2, 20)
p2 = random_params(2, 3, 1)
checks["predict-20"] = predict(p2, X2)

write("09-shallow-network", checks)
