"""numpy reference for notebooks/10-deep-network.ipynb: recomputes, with numpy on the same seeded
inputs, the values of the check ids of the step-by-step functions (deeplearning.ai's "deep network
step by step", written out in numpy), and writes test/fixtures/course/10-deep-network.json.
The gradient-check ids are left out: central differences of J carry float noise (~1e-9 relative)
that no two implementations share, so they are checked at rtol 1e-6 in the notebook instead."""
import json

import numpy as np

from _fixture import write


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.maximum(0, z)


def initialize_parameters_deep(layer_dims, method="random", rs=None):
    """deeplearning.ai's ×0.01 (np.random), or nn's "he"/"xavier" with a RandomState rs."""
    p = {}
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        if method == "random":
            p["W" + str(l)] = np.random.randn(n, n_prev) * 0.01
        else:
            factor = np.sqrt(2 / n_prev) if method == "he" else np.sqrt(1 / n_prev)
            p["W" + str(l)] = rs.randn(n, n_prev) * factor
        p["b" + str(l)] = np.zeros((n, 1))
    return p


def linear_forward(A, W, b):
    return np.dot(W, A) + b, [A, W, b]


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    A = sigmoid(Z) if activation == "sigmoid" else relu(Z)
    return A, [linear_cache, Z]


def L_model_forward(X, p):
    caches = []
    L = len(p) // 2
    A = X
    for l in range(1, L):
        A, cache = linear_activation_forward(A, p["W" + str(l)], p["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, p["W" + str(L)], p["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches


def compute_cost(AL, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m)


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    return [np.dot(W.T, dZ), dW, db]


def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    if activation == "relu":
        dZ = np.array(dA, copy=True)
        dZ[Z <= 0] = 0
    else:
        s = sigmoid(Z)
        dZ = dA * s * (1 - s)
    return linear_backward(dZ, linear_cache)


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = dA_prev, dW, db
    for l in reversed(range(L - 1)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
        grads["dA" + str(l)], grads["dW" + str(l + 1)], grads["db" + str(l + 1)] = dA_prev, dW, db
    return grads


def update_parameters(p, grads, learning_rate):
    L = len(p) // 2
    out = {}
    for l in range(1, L + 1):
        out["W" + str(l)] = p["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        out["b" + str(l)] = p["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return out


def predict(X, p):
    AL, _ = L_model_forward(X, p)
    return (AL > 0.5).astype(np.float64)


checks = {}

np.random.seed(3)
checks["initializeParametersDeep-5-4-3"] = initialize_parameters_deep([5, 4, 3])
np.random.seed(1)
checks["initializeParametersDeep-lecture"] = initialize_parameters_deep([2, 3, 5, 4, 2, 1])
np.random.seed(0)
checks["initializeParametersDeep-one-layer"] = initialize_parameters_deep([3, 1])

np.random.seed(1)
A, W, b = np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1)
Z, cache = linear_forward(A, W, b)
checks["linearForward-Z"] = Z
checks["linearForward-cache"] = cache
np.random.seed(4)
A2, W2, b2 = np.random.randn(5, 7), np.random.randn(4, 5), np.random.randn(4, 1)
checks["linearForward-Z-5x7"], checks["linearForward-cache-5x7"] = linear_forward(A2, W2, b2)

np.random.seed(2)
A, W, b = np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1)
As, cs = linear_activation_forward(A, W, b, "sigmoid")
checks["linearActivationForward-sigmoid"] = As
checks["linearActivationForward-relu"] = linear_activation_forward(A, W, b, "relu")[0]
checks["linearActivationForward-cache"] = cs
np.random.seed(5)
A2, W2, b2 = np.random.randn(4, 6), np.random.randn(3, 4), np.random.randn(3, 1)
checks["linearActivationForward-relu-4x6"] = list(linear_activation_forward(A2, W2, b2, "relu"))
checks["linearActivationForward-sigmoid-4x6"] = list(linear_activation_forward(A2, W2, b2, "sigmoid"))

np.random.seed(6)
X = np.random.randn(5, 4)
p = {"W1": np.random.randn(4, 5), "b1": np.random.randn(4, 1), "W2": np.random.randn(3, 4), "b2": np.random.randn(3, 1), "W3": np.random.randn(1, 3), "b3": np.random.randn(1, 1)}
AL, caches = L_model_forward(X, p)
checks["LModelForward-AL"] = AL
checks["LModelForward-caches"] = caches
np.random.seed(7)
X2 = np.random.randn(3, 8)
p2 = initialize_parameters_deep([3, 6, 4, 2, 1], "he", np.random.RandomState(7))
checks["LModelForward-AL-4layers"] = L_model_forward(X2, p2)[0]
p1 = {"W1": np.random.randn(1, 3), "b1": np.random.randn(1, 1)}
checks["LModelForward-1layer"] = list(L_model_forward(X2, p1))

checks["computeCost-3"] = compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]]))
np.random.seed(2)
ALr = sigmoid(np.random.randn(1, 11) * 2)
Yr = np.random.randint(0, 2, (1, 11))
checks["computeCost-random"] = compute_cost(ALr, Yr)
checks["computeCost-one"] = compute_cost(np.array([[0.3]]), np.array([[0]]))

np.random.seed(1)
dZ = np.random.randn(3, 4)
A, W, b = np.random.randn(5, 4), np.random.randn(3, 5), np.random.randn(3, 1)
checks["linearBackward-3x4"] = linear_backward(dZ, [A, W, b])
np.random.seed(3)
dZ2 = np.random.randn(2, 9)
c2 = [np.random.randn(4, 9), np.random.randn(2, 4), np.random.randn(2, 1)]
checks["linearBackward-2x9"] = linear_backward(dZ2, c2)
dZ3 = np.random.randn(1, 1)
c3 = [np.random.randn(3, 1), np.random.randn(1, 3), np.random.randn(1, 1)]
checks["linearBackward-one"] = linear_backward(dZ3, c3)

np.random.seed(2)
dA = np.random.randn(1, 2)
lin = [np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1)]
Z = np.random.randn(1, 2)
checks["linearActivationBackward-sigmoid"] = linear_activation_backward(dA, [lin, Z], "sigmoid")
checks["linearActivationBackward-relu"] = linear_activation_backward(dA, [lin, Z], "relu")
np.random.seed(4)
dA2 = np.random.randn(4, 5)
cache2 = [[np.random.randn(3, 5), np.random.randn(4, 3), np.random.randn(4, 1)], np.random.randn(4, 5)]
checks["linearActivationBackward-relu-4x5"] = linear_activation_backward(dA2, cache2, "relu")
checks["linearActivationBackward-sigmoid-4x5"] = linear_activation_backward(dA2, cache2, "sigmoid")

np.random.seed(3)
AL = np.random.randn(1, 2)
Y = np.array([[1, 0]])
c1 = [[np.random.randn(4, 2), np.random.randn(3, 4), np.random.randn(3, 1)], np.random.randn(3, 2)]
c2 = [[np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1)], np.random.randn(1, 2)]
checks["LModelBackward-2layers"] = L_model_backward(AL, Y, [c1, c2])
np.random.seed(11)
X3 = np.random.randn(4, 5)
Y3 = np.array([[1, 0, 0, 1, 1]])
p3 = initialize_parameters_deep([4, 5, 3, 1], "he", np.random.RandomState(11))
AL3, caches3 = L_model_forward(X3, p3)
checks["LModelBackward-3layers"] = L_model_backward(AL3, Y3, caches3)
p1 = {"W1": np.random.randn(1, 4), "b1": np.random.randn(1, 1)}
AL1, caches1 = L_model_forward(X3, p1)
checks["LModelBackward-1layer"] = L_model_backward(AL1, Y3, caches1)

np.random.seed(2)
p = {"W1": np.random.randn(3, 4), "b1": np.random.randn(3, 1), "W2": np.random.randn(1, 3), "b2": np.random.randn(1, 1)}
g = {"dW1": np.random.randn(3, 4), "db1": np.random.randn(3, 1), "dW2": np.random.randn(1, 3), "db2": np.random.randn(1, 1)}
checks["updateParameters-0.1"] = update_parameters(p, g, 0.1)
np.random.seed(5)
p3 = initialize_parameters_deep([4, 3, 2, 1], "he", np.random.RandomState(5))
g3 = {"d" + k: np.random.randn(*v.shape) for k, v in p3.items()}
checks["updateParameters-3layers"] = update_parameters(p3, g3, 0.03)

np.random.seed(6)
X = np.random.randn(5, 4)
p = initialize_parameters_deep([5, 4, 3, 1], "he", np.random.RandomState(6))
checks["predict-4"] = predict(X, p)
np.random.seed(12)
X2 = np.random.randn(3, 15)
p2 = initialize_parameters_deep([3, 4, 1], "xavier", np.random.RandomState(12))
checks["predict-15"] = predict(X2, p2)

write("10-deep-network", checks)
