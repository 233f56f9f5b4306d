"""numpy reference for notebooks/13-initialization.ipynb: recomputes the value of every check id of
the notebook's exercises (initializeParametersZeros/Random/Xavier/He, layerGradientNorms) on the
same seeded inputs, and writes test/fixtures/course/13-initialization.json.

    python3 test/gen/course/13_initialization.py
"""
import json
import os

import numpy as np

from _fixture import write


def init(layers_dims, factor):
    # deeplearning.ai's convention: np.random.seed(3), then W1, W2, ... drawn in order, b = zeros
    if factor is None:
        return {k: v for l in range(1, len(layers_dims)) for k, v in
                ((f"W{l}", np.zeros((layers_dims[l], layers_dims[l - 1]))), (f"b{l}", np.zeros((layers_dims[l], 1))))}
    np.random.seed(3)
    p = {}
    for l in range(1, len(layers_dims)):
        p[f"W{l}"] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * factor(layers_dims[l - 1])
        p[f"b{l}"] = np.zeros((layers_dims[l], 1))
    return p


zeros = lambda d: init(d, None)
small = lambda d: init(d, lambda n: 0.01)
xavier = lambda d: init(d, lambda n: np.sqrt(1 / n))
he = lambda d: init(d, lambda n: np.sqrt(2 / n))


def layer_gradient_norms(grads):
    out, l = [], 1
    while f"dW{l}" in grads:
        out.append(float(np.sqrt(np.sum(grads[f"dW{l}"] ** 2))))
        l += 1
    return out


def model_grads(X, Y, p):
    # nn.modelForward (ReLU hidden layers, sigmoid output) and nn.modelBackward (dZ[L] = AL − Y)
    L = len(p) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        Z = p[f"W{l}"] @ A + p[f"b{l}"]
        caches.append((A, Z))
        A = 1 / (1 + np.exp(-Z)) if l == L else np.maximum(0, Z)
    m = X.shape[1]
    dZ = A - Y
    grads = {}
    for l in range(L, 0, -1):
        A_prev, _ = caches[l - 1]
        grads[f"dW{l}"] = dZ @ A_prev.T / m
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dZ = (p[f"W{l}"].T @ dZ) * (caches[l - 2][1] > 0)
    return grads


checks = {
    "initializeParametersZeros-3-2-1": zeros([3, 2, 1]),
    "initializeParametersZeros-deep": zeros([4, 5, 3, 2, 1]),
    "initializeParametersZeros-one": zeros([6, 1]),
    "initializeParametersRandom-3-2-1": small([3, 2, 1]),
    "initializeParametersRandom-deep": small([5, 4, 3, 1]),
    "initializeParametersRandom-twice": [small([2, 2]), small([2, 2])],
    "initializeParametersXavier-2-4-1": xavier([2, 4, 1]),
    "initializeParametersXavier-deep": xavier([6, 5, 4, 1]),
    "initializeParametersHe-2-4-1": he([2, 4, 1]),
    "initializeParametersHe-deep": he([6, 5, 4, 1]),
    "initializeParametersHe-wide": he([100, 3]),
    "layerGradientNorms-small": layer_gradient_norms(
        {"dW1": np.array([[3., 4]]), "db1": np.array([[1.]]), "dW2": np.array([[1., 2], [2, 4]]), "db2": np.array([[0.], [7]])}),
}
np.random.seed(9)
X = np.random.randn(3, 6)
Y = np.random.randint(0, 2, (1, 6))
dims = [3, 5, 4, 1]
np.random.seed(1)   # nn.initializeParametersDeep(dims, { method: "he", seed: 1 })
p = {}
for l in range(1, len(dims)):
    p[f"W{l}"] = np.random.randn(dims[l], dims[l - 1]) * np.sqrt(2 / dims[l - 1])
    p[f"b{l}"] = np.zeros((dims[l], 1))
checks["layerGradientNorms-network"] = layer_gradient_norms(model_grads(X, Y, p))

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
write("13-initialization", checks)
