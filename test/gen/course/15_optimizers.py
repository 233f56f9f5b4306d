"""numpy reference for notebooks/15-optimizers.ipynb: recomputes the values of the exercises' checks
(initializeVelocity, updateParametersWithMomentum, initializeAdam, updateParametersWithAdam,
computeCostWithRegularization, dropoutForward, batchnormForward, batchnormBackward) on the same
seeded inputs, in deeplearning.ai's conventions (W1, b1, ... and dW1, db1, ...; X of shape (n_x, m)).

Run from the repository root:  python3 test/gen/course/15_optimizers.py
Writes test/fixtures/course/15-optimizers.json as {"checks": {check id: value}}.
"""

import numpy as np

from _fixture import write


def random_params(sizes, prefix=""):
    """The notebook's randomParams: W1, b1, W2, b2, ... drawn in this order."""
    p = {}
    for l in range(1, len(sizes)):
        p[f"{prefix}W{l}"] = np.random.randn(sizes[l], sizes[l - 1])
        p[f"{prefix}b{l}"] = np.random.randn(sizes[l], 1)
    return p


def initialize_velocity(parameters):
    return {"d" + k: np.zeros_like(v) for k, v in parameters.items()}


def momentum(parameters, grads, v, beta, lr):
    out, v_new = {}, {}
    for k in parameters:
        v_new["d" + k] = beta * v["d" + k] + (1 - beta) * grads["d" + k]
        out[k] = parameters[k] - lr * v_new["d" + k]
    return [out, v_new]


def adam(parameters, grads, v, s, t, lr=0.01, beta1=0.9, beta2=0.999, eps=1e-8):
    out, v_new, s_new = {}, {}, {}
    for k in parameters:
        d = "d" + k
        v_new[d] = beta1 * v[d] + (1 - beta1) * grads[d]
        s_new[d] = beta2 * s[d] + (1 - beta2) * grads[d] ** 2
        v_c = v_new[d] / (1 - beta1 ** t)
        s_c = s_new[d] / (1 - beta2 ** t)
        out[k] = parameters[k] - lr * v_c / (np.sqrt(s_c) + eps)
    return [out, v_new, s_new]


def cost_with_l2(A3, Y, p, lambd):
    m = Y.shape[1]
    cross_entropy = -np.sum(Y * np.log(A3) + (1 - Y) * np.log(1 - A3)) / m
    l2 = lambd / (2 * m) * (np.sum(np.square(p["W1"])) + np.sum(np.square(p["W2"])) + np.sum(np.square(p["W3"])))
    return cross_entropy + l2


def dropout_forward(A, keep_prob):
    D = (np.random.rand(*A.shape) < keep_prob).astype(float)
    return A * D / keep_prob, D


def batchnorm_forward(Z, gamma, beta, eps=1e-5):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    Zhat = (Z - mu) / np.sqrt(var + eps)
    return gamma * Zhat + beta, {"Zhat": Zhat, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


def batchnorm_backward(dout, cache):
    Zhat, gamma, eps = cache["Zhat"], cache["gamma"], cache["eps"]
    m = Zhat.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Zhat, axis=1, keepdims=True)
    dZhat = gamma * dout
    inv_std = 1 / np.sqrt(cache["var"] + eps)
    dZ = inv_std / m * (m * dZhat - np.sum(dZhat, axis=1, keepdims=True) - Zhat * np.sum(dZhat * Zhat, axis=1, keepdims=True))
    return [dZ, dgamma, dbeta]


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def main():
    c = {}
    np.random.seed(1)
    c["initializeVelocity-2layers"] = initialize_velocity(random_params([3, 2, 3]))
    np.random.seed(2)
    c["initializeVelocity-3layers"] = initialize_velocity(random_params([5, 4, 1, 2]))

    np.random.seed(1)
    p, g, v = random_params([3, 2, 3]), random_params([3, 2, 3], "d"), random_params([3, 2, 3], "d")
    c["updateParametersWithMomentum-step"] = momentum(p, g, v, 0.9, 0.01)
    np.random.seed(3)
    p2, g2, v2 = random_params([4, 3, 2, 1]), random_params([4, 3, 2, 1], "d"), random_params([4, 3, 2, 1], "d")
    c["updateParametersWithMomentum-3layers"] = momentum(p2, g2, v2, 0.5, 0.1)
    c["updateParametersWithMomentum-beta0"] = momentum(p2, g2, v2, 0, 0.1)

    np.random.seed(1)
    p = random_params([3, 2, 3])
    c["initializeAdam-2layers"] = [initialize_velocity(p), initialize_velocity(p)]
    np.random.seed(2)
    p = random_params([5, 4, 1, 2])
    c["initializeAdam-3layers"] = [initialize_velocity(p), initialize_velocity(p)]

    np.random.seed(1)
    p = random_params([3, 2, 3])
    g = {k: x * 1e-4 for k, x in random_params([3, 2, 3], "d").items()}
    v = {k: x * 1e-4 for k, x in random_params([3, 2, 3], "d").items()}
    s = {k: np.abs(x) * 1e-9 for k, x in random_params([3, 2, 3], "d").items()}
    c["updateParametersWithAdam-step"] = adam(p, g, v, s, 3, 0.01, 0.9, 0.999, 1e-8)
    np.random.seed(5)
    p2, g2 = random_params([4, 3, 2, 1]), random_params([4, 3, 2, 1], "d")
    c["updateParametersWithAdam-first"] = adam(p2, g2, initialize_velocity(p2), initialize_velocity(p2), 1)
    c["updateParametersWithAdam-late"] = adam(p2, g2, g2, initialize_velocity(p2), 1000, 0.001, 0.8, 0.99, 1e-6)

    np.random.seed(1)
    Y = np.array([[1, 1, 0, 1, 0]])
    p = {"W1": np.random.randn(2, 3), "b1": np.random.randn(2, 1), "W2": np.random.randn(3, 2), "b2": np.random.randn(3, 1),
         "W3": np.random.randn(1, 3), "b3": np.random.randn(1, 1)}
    A3 = np.array([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
    c["computeCostWithRegularization-course"] = cost_with_l2(A3, Y, p, 0.1)
    np.random.seed(6)
    p2 = {"W1": np.random.randn(4, 2), "b1": np.random.randn(4, 1), "W2": np.random.randn(3, 4), "b2": np.random.randn(3, 1),
          "W3": np.random.randn(1, 3), "b3": np.random.randn(1, 1)}
    A = sigmoid(np.random.randn(1, 8))
    Y2 = np.array([[0, 1, 1, 0, 1, 0, 0, 1]])
    c["computeCostWithRegularization-m8"] = cost_with_l2(A, Y2, p2, 0.7)
    c["computeCostWithRegularization-lambda0"] = cost_with_l2(A, Y2, p2, 0)

    np.random.seed(1)
    A = np.random.randn(3, 5)
    Ad, D = dropout_forward(A, 0.7)
    c["dropoutForward-A"] = Ad
    c["dropoutForward-D"] = D
    np.random.seed(9)
    A2, D2 = dropout_forward(np.ones((4, 6)), 0.5)
    c["dropoutForward-half"] = {"A": A2, "D": D2}
    np.random.seed(10)
    A3_, D3 = dropout_forward(np.arange(6, dtype=float).reshape(2, 3), 1)
    c["dropoutForward-keep-all"] = {"A": A3_, "D": D3}

    np.random.seed(1)
    Z = np.random.randn(3, 4) * 5 + 2
    gamma, beta = np.random.randn(3, 1), np.random.randn(3, 1)
    out, cache = batchnorm_forward(Z, gamma, beta)
    c["batchnormForward-out"] = out
    c["batchnormForward-cache"] = {"Zhat": cache["Zhat"], "mu": cache["mu"], "var": cache["var"]}
    np.random.seed(4)
    Z2 = np.random.randn(5, 16) * 0.01
    o2, c2 = batchnorm_forward(Z2, np.full((5, 1), 2.0), np.full((5, 1), -1.0), 1e-3)
    c["batchnormForward-eps"] = {"out": o2, "Zhat": c2["Zhat"]}
    c["batchnormForward-constant-row"] = batchnorm_forward(np.array([[1.0, 1, 1], [0, 2, 4]]), np.ones((2, 1)), np.zeros((2, 1)))[0]

    np.random.seed(1)
    Z = np.random.randn(3, 4) * 5 + 2
    gamma, beta = np.random.randn(3, 1), np.random.randn(3, 1)
    dout = np.random.randn(3, 4)
    _, cache = batchnorm_forward(Z, gamma, beta)
    c["batchnormBackward-course"] = batchnorm_backward(dout, cache)
    np.random.seed(8)
    Z2 = np.random.randn(4, 10)
    g2 = np.random.randn(4, 1)
    _, c2 = batchnorm_forward(Z2, g2, np.zeros((4, 1)), 1e-3)
    c["batchnormBackward-4x10"] = batchnorm_backward(np.random.randn(4, 10), c2)
    c["batchnormBackward-ones"] = batchnorm_backward(np.ones((4, 10)), c2)

    write("15-optimizers", c)


if __name__ == "__main__":
    main()
