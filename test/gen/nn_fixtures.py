"""numpy reference for test/nn/*.test.ts: the lectures' algorithms written in numpy, run on seeded
inputs. The inputs are generated here and stored in the fixtures next to the expected outputs, so the
TypeScript side does not depend on matching random streams -- except the sections marked "seeded",
which check that a seed in nn draws what np.random.RandomState(seed) draws.

Run from the repository root:  python3 test/gen/nn_fixtures.py
Writes test/fixtures/nn/*.json. Only numpy is used.
"""
import json
import os

import numpy as np

from _common import ROOT, AdalineGD, Perceptron, arr, iris_xy, sigmoid, softmax, standardize

OUT = os.path.join(ROOT, "test", "fixtures", "nn")
EPS = 1e-15  # the clipping of probabilities before log (src/nn/losses.ts EPSILON)


def write(name, obj):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(obj, f, separators=(",", ":"))
        f.write("\n")


# ----------------------------------------------------------------------------- activations (000, 002)

def sigmoid_derivative(z):
    s = sigmoid(z)
    return s * (1 - s)


def tanh_derivative(z):
    t = np.tanh(z)
    return 1 - t * t


def relu(z):
    return np.maximum(0, z)


def relu_derivative(z):
    return np.heaviside(z, 0)


def leakyrelu(z, slope):
    return np.where(z >= 0, z, z * slope)


def leakyrelu_derivative(z, slope):
    d = np.ones_like(z)
    d[z < 0] = slope
    return d


def softplus(z):
    # ln(1 + e^z) without overflow: max(z, 0) + ln(1 + e^-|z|)
    return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))


def softmax_backward(dA, Z, axis=0):
    A = softmax(Z, axis)
    return A * (dA - np.sum(A * dA, axis=axis, keepdims=True))


def unit_step(z, low=-1):
    return np.where(z >= 0, 1, low)


ACT = {
    "sigmoid": (sigmoid, sigmoid_derivative),
    "tanh": (np.tanh, tanh_derivative),
    "relu": (relu, relu_derivative),
    "leakyRelu": (lambda z: leakyrelu(z, 0.01), lambda z: leakyrelu_derivative(z, 0.01)),
    "softplus": (softplus, sigmoid),
    "linear": (lambda z: z * 1.0, lambda z: np.ones_like(z)),
}


def act_forward(name, Z):
    if name == "softmax":
        return softmax(Z, 0)
    return ACT[name][0](Z)


def act_backward(name, dA, Z):
    if name == "softmax":
        return softmax_backward(dA, Z, 0)
    return dA * ACT[name][1](Z)


def activations_fixture():
    rs = np.random.RandomState(0)
    Z = rs.randn(3, 5) * 3
    Z[0, 0] = 0.0  # the kink of relu / leaky relu / unit step
    Z[2, 4] = -40.0  # sigmoid saturates, softplus tiny
    Z[1, 3] = 30.0
    dA = rs.randn(3, 5)
    out = {"Z": arr(Z), "dA": arr(dA), "slope": 0.2}
    for name, (g, dg) in ACT.items():
        out[name] = arr(g(Z))
        out[name + "Derivative"] = arr(dg(Z))
        out[name + "Backward"] = arr(dA * dg(Z))
    out["leakyRelu02"] = arr(leakyrelu(Z, 0.2))
    out["leakyRelu02Derivative"] = arr(leakyrelu_derivative(Z, 0.2))
    out["leakyRelu02Backward"] = arr(dA * leakyrelu_derivative(Z, 0.2))
    out["unitStep"] = arr(unit_step(Z))
    out["unitStep0"] = arr(unit_step(Z, 0))
    out["softmax0"] = arr(softmax(Z, 0))
    out["softmax1"] = arr(softmax(Z, 1))
    out["softmaxBackward0"] = arr(softmax_backward(dA, Z, 0))
    out["softmaxBackward1"] = arr(softmax_backward(dA, Z, 1))
    big = np.array([[1000.0, 1001.0, -1000.0], [999.0, 1000.0, -1002.0]])
    out["big"] = arr(big)
    out["softmaxBig0"] = arr(softmax(big, 0))
    out["softplusBig"] = arr(softplus(big))
    # the 000 deck's printed examples
    z = np.array([-2, -1, 0, 1, 2])
    out["deck"] = {
        "z": arr(z),
        "sigmoid": arr(sigmoid(z)),
        "sigmoidDerivative": arr(sigmoid_derivative(z)),
        "sigmoidStr": str(sigmoid(z)),
        "sigmoidDerivativeStr": str(sigmoid_derivative(z)),
        "x": arr([[0, 9, 3, 0], [3, 0, 8, 1]]),
        "softmaxRows": arr(softmax(np.array([[0, 9, 3, 0], [3, 0, 8, 1]]), 1)),
        "softmaxRowsStr": str(softmax(np.array([[0, 9, 3, 0], [3, 0, 8, 1]]), 1)),
    }
    write("activations.json", out)


# ----------------------------------------------------------------------------- losses (000, 003)

def L1(yhat, y):
    return np.sum(np.abs(y - yhat))


def L2(yhat, y):
    return np.sum(np.dot(y - yhat, y - yhat))


def L3(yhat, y):
    a = np.clip(yhat, EPS, 1 - EPS)
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a))


def bce(AL, Y):
    m = Y.shape[-1]
    return L3(AL, Y) / m


def cce(AL, Y):
    return -np.sum(Y * np.log(np.clip(AL, EPS, 1 - EPS))) / Y.shape[-1]


def mse(yhat, y):
    return np.sum((y - yhat) ** 2) / y.shape[-1]


def bce_grad(AL, Y):
    A = np.clip(AL, EPS, 1 - EPS)
    return -(np.divide(Y, A) - np.divide(1 - Y, 1 - A))


def losses_fixture():
    yhat = np.array([.78, .89, .12, .08, .97])
    y = np.array([1, 1, 0, 0, 1])
    rs = np.random.RandomState(1)
    AL = sigmoid(rs.randn(1, 7) * 2)
    Y = (rs.rand(1, 7) > 0.5).astype(float)
    Zs = rs.randn(4, 6)
    S = softmax(Zs, 0)
    onehot = np.eye(4)[:, rs.randint(0, 4, 6)]
    R = rs.randn(2, 6)
    T = rs.randn(2, 6)
    edge_hat = np.array([[0.0, 1.0, 0.5, 1.0, 0.0]])
    edge_y = np.array([[1.0, 0.0, 1.0, 1.0, 0.0]])
    out = {
        "deck": {
            "yhat": arr(yhat), "y": arr(y),
            "L1": float(L1(yhat, y)), "L2": float(L2(yhat, y)),
            "L2sumsq": float(np.sum((y - yhat) ** 2)), "L3": float(L3(yhat, y)),
            "L1Str": str(L1(yhat, y)), "L2Str": str(L2(yhat, y)), "L3Str": str(L3(yhat, y)),
        },
        "binary": {"AL": arr(AL), "Y": arr(Y), "cost": float(bce(AL, Y)), "L3": float(L3(AL, Y)), "grad": arr(bce_grad(AL, Y))},
        "categorical": {"AL": arr(S), "Y": arr(onehot), "cost": float(cce(S, onehot)), "grad": arr(-onehot / np.clip(S, EPS, 1 - EPS))},
        "regression": {"A": arr(R), "Y": arr(T), "mse": float(mse(R, T)), "sse": float(np.sum((T - R) ** 2) / 2),
                       "L1": float(L1(R, T)), "L2sumsq": float(np.sum((T - R) ** 2)), "grad": arr(2 * (R - T))},
        "edge": {"AL": arr(edge_hat), "Y": arr(edge_y), "cost": float(bce(edge_hat, edge_y)), "grad": arr(bce_grad(edge_hat, edge_y)),
                 "cce": float(cce(np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[1.0, 1.0], [0.0, 0.0]])))},
    }
    write("losses.json", out)


# ----------------------------------------------------------------------------- perceptron, Adaline (002)

class AdalineSGD(AdalineGD):
    """The slides' AdalineSGD plus the per-epoch shuffle (one RandomState(seed).permutation per epoch)."""

    def __init__(self, alpha=0.01, epochs=50, shuffle=True, seed=None):
        self.alpha = alpha
        self.epochs = epochs
        self.shuffle = shuffle
        self.rgen = np.random.RandomState(seed)

    def train(self, X, y):
        self.w_ = np.zeros(1 + X.shape[1])
        self.cost_ = []
        for i in range(self.epochs):
            if self.shuffle:
                r = self.rgen.permutation(len(y))
                X, y = X[r], y[r]
            for xi, target in zip(X, y):
                self._update(xi, target)
            cost = ((y - self.net_input(X)) ** 2).sum() / 2.0
            self.cost_.append(cost)
        return self

    def partial_fit(self, X, y):
        if y.ravel().shape[0] > 1:
            for xi, target in zip(X, y):
                self._update(xi, target)
        else:
            self._update(X, y)
        return self

    def _update(self, xi, target):
        output = self.net_input(xi)
        error = (target - output)
        self.w_[1:] += self.alpha * xi.dot(error)
        self.w_[0] += self.alpha * error


def linear_models_fixture():
    X, y = iris_xy()
    # column-major, as loadtxt's column pick gave it when the fixture was made: X.T.dot sums in
    # that order (a C-ordered X moves the Adaline weights by an ulp or so)
    X = np.asfortranarray(X)
    X_std = standardize(X)
    ppn = Perceptron(epochs=10, eta=0.1).train(X, y)
    out = {
        "X": arr(X), "y": arr(y), "X_std": arr(X_std),
        "perceptron": {"w": arr(ppn.w_), "errors": ppn.errors_, "wStr": str(ppn.w_), "predict": arr(ppn.predict(X))},
    }
    for key, alpha, epochs, data in [("gd001", 0.01, 10, X), ("gd00001", 0.0001, 10, X), ("gdStd", 0.01, 15, X_std)]:
        ada = AdalineGD(epochs=epochs, alpha=alpha).train(data, y)
        out[key] = {"alpha": alpha, "epochs": epochs, "w": arr(ada.w_), "cost": ada.cost_}
    ada = AdalineSGD(epochs=15, alpha=0.01, shuffle=False).train(X_std, y)
    out["sgdNoShuffle"] = {"w": arr(ada.w_), "cost": ada.cost_}
    ada.partial_fit(X_std[:5], y[:5])
    out["sgdNoShuffle"]["wAfterPartial"] = arr(ada.w_)
    ada.partial_fit(X_std[7], y[7])
    out["sgdNoShuffle"]["wAfterPartialOne"] = arr(ada.w_)
    ada = AdalineSGD(epochs=15, alpha=0.01, shuffle=True, seed=1).train(X_std, y)
    out["sgdShuffleSeed1"] = {"w": arr(ada.w_), "cost": ada.cost_}  # seeded
    write("linear_models.json", out)


# ----------------------------------------------------------------------------- logistic regression (001, 002)

def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = bce(A, Y)
    dw = 1 / m * np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)
    return {"dw": dw, "db": db}, cost


def optimize(w, b, X, Y, num_iterations, learning_rate, record_every):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % record_every == 0:
            costs.append(cost)
    return w, b, grads, costs


def logistic_fixture():
    w, b = np.array([[1.], [2.]]), 2.
    X, Y = np.array([[1., 2., -1.], [3., 4., -3.2]]), np.array([[1, 0, 1]])
    grads, cost = propagate(w, b, X, Y)
    w1, b1, g1, costs1 = optimize(w, b, X, Y, 100, 0.009, 100)
    rs = np.random.RandomState(2)
    Xr = rs.randn(4, 20)
    Yr = (rs.rand(1, 20) > 0.5).astype(float)
    wr = rs.randn(4, 1) * 0.1
    gr, cr = propagate(wr, 0.3, Xr, Yr)
    w2, b2, g2, costs2 = optimize(np.zeros((4, 1)), 0.0, Xr, Yr, 60, 0.1, 10)
    A = sigmoid(np.dot(w2.T, Xr) + b2)
    out = {
        "course": {"w": arr(w), "b": b, "X": arr(X), "Y": arr(Y), "dw": arr(grads["dw"]), "db": grads["db"], "cost": float(cost),
                   "optimized": {"w": arr(w1), "b": b1, "dw": arr(g1["dw"]), "db": g1["db"], "costs": costs1},
                   "predict": arr((sigmoid(np.dot(w1.T, X) + b1) > 0.5).astype(float))},
        "random": {"X": arr(Xr), "Y": arr(Yr), "w": arr(wr), "b": 0.3, "dw": arr(gr["dw"]), "db": gr["db"], "cost": float(cr),
                   "optimized": {"w": arr(w2), "b": b2, "dw": arr(g2["dw"]), "db": g2["db"], "costs": costs2},
                   "predict": arr((A > 0.5).astype(float))},
    }
    write("logistic.json", out)


# ----------------------------------------------------------------------------- shallow network (002, 003)

def shallow_forward(X, p, hidden):
    Z1 = np.dot(p["W1"], X) + p["b1"]
    A1 = act_forward(hidden, Z1)
    Z2 = np.dot(p["W2"], A1) + p["b2"]
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def shallow_backward(p, cache, X, Y, hidden):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dW2 = 1 / m * np.dot(dZ2, cache["A1"].T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = act_backward(hidden, np.dot(p["W2"].T, dZ2), cache["Z1"])
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update(p, g, lr):
    return {k: v - lr * g["d" + k] for k, v in p.items()}


def shallow_init(n_x, n_h, n_y, seed):
    rs = np.random.RandomState(seed)
    W1 = rs.randn(n_h, n_x) * 0.01
    W2 = rs.randn(n_y, n_h) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


def params_json(p):
    return {k: arr(v) for k, v in p.items()}


def shallow_fixture():
    rs = np.random.RandomState(3)
    X = rs.randn(2, 30)
    Y = (X[0:1] * X[1:2] > 0).astype(float)
    p = {"W1": rs.randn(4, 2) * 0.8, "b1": rs.randn(4, 1) * 0.1, "W2": rs.randn(1, 4) * 0.8, "b2": rs.randn(1, 1) * 0.1}
    out = {"X": arr(X), "Y": arr(Y), "parameters": params_json(p)}
    for hidden in ["tanh", "relu"]:
        A2, cache = shallow_forward(X, p, hidden)
        grads = shallow_backward(p, cache, X, Y, hidden)
        out[hidden] = {"cache": params_json(cache), "cost": float(bce(A2, Y)), "grads": params_json(grads),
                       "updated": params_json(update(p, grads, 1.2)), "predict": arr((A2 > 0.5).astype(float))}
    # seeded: nn_model from initialize_parameters(seed 3), 200 iterations of GD at 1.2
    params = shallow_init(2, 4, 1, 3)
    out["init3"] = params_json(params)
    costs = []
    for i in range(200):
        A2, cache = shallow_forward(X, params, "tanh")
        costs.append(float(bce(A2, Y)))
        grads = shallow_backward(params, cache, X, Y, "tanh")
        params = update(params, grads, 1.2)
    out["nnModel"] = {"costs": costs, "parameters": params_json(params)}
    write("shallow.json", out)


# ----------------------------------------------------------------------------- deep network (000, 002, 003)

def model_forward(X, p, acts, keep_prob=1.0, rs=None, bn=False):
    L = len(acts)
    caches = []
    A = X
    for l in range(1, L + 1):
        A_prev = A
        Z = np.dot(p["W%d" % l], A_prev) + p["b%d" % l]
        cache = {"A_prev": A_prev, "Z": Z}
        if bn and l < L:
            Zt, Zhat, inv, mu, var = batchnorm_forward(Z, p["gamma%d" % l], p["beta%d" % l])
            cache.update({"Zt": Zt, "Zhat": Zhat, "inv": inv})
            A = act_forward(acts[l - 1], Zt)
        else:
            A = act_forward(acts[l - 1], Z)
        if keep_prob < 1 and l < L:
            D = (rs.rand(A.shape[0], A.shape[1]) < keep_prob).astype(float)
            A = A * D / keep_prob
            cache["D"] = D
        caches.append(cache)
    return A, caches


def linear_backward(dZ, A_prev, W):
    m = A_prev.shape[1]
    dW = 1. / m * np.dot(dZ, A_prev.T)
    db = 1. / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def model_backward(AL, Y, caches, p, acts, loss, lambd=0.0, keep_prob=1.0):
    L = len(caches)
    grads = {}
    out = acts[-1]
    if (out == "sigmoid" and loss == "bce") or (out == "softmax" and loss == "cce"):
        dZ = AL - Y
    else:
        dAL = 2 * (AL - Y) if loss == "mse" else bce_grad(AL, Y)
        dZ = act_backward(out, dAL, caches[-1]["Z"])
    grads["dA%d" % (L - 1)], grads["dW%d" % L], grads["db%d" % L] = linear_backward(dZ, caches[-1]["A_prev"], p["W%d" % L])
    for l in range(L - 1, 0, -1):
        c = caches[l - 1]
        dA = grads["dA%d" % l]
        if "D" in c:
            dA = dA * c["D"] / keep_prob
        if "Zt" in c:
            mb = dA.shape[1]
            dZt = act_backward(acts[l - 1], dA, c["Zt"])
            dZ, grads["dgamma%d" % l], grads["dbeta%d" % l] = batchnorm_backward(dZt / mb, c["Zhat"], p["gamma%d" % l], c["inv"])
            dZ = dZ * mb
        else:
            dZ = act_backward(acts[l - 1], dA, c["Z"])
        grads["dA%d" % (l - 1)], grads["dW%d" % l], grads["db%d" % l] = linear_backward(dZ, c["A_prev"], p["W%d" % l])
    if lambd:
        m = AL.shape[1]
        for l in range(1, L + 1):
            grads["dW%d" % l] = grads["dW%d" % l] + lambd / m * p["W%d" % l]
    return grads


def cost_of(AL, Y, loss):
    return {"bce": bce, "cce": cce, "mse": mse}[loss](AL, Y)


def deep_case(name, dims, acts, loss, rs, lambd=0.0, keep_prob=1.0, seed=None, m=8, bn=False):
    X = rs.randn(dims[0], m)
    if loss == "bce":
        Y = (rs.rand(1, m) > 0.5).astype(float)
    elif loss == "cce":
        Y = np.eye(dims[-1])[:, rs.randint(0, dims[-1], m)]
    else:
        Y = rs.randn(dims[-1], m)
    p = {}
    for l in range(1, len(dims)):
        p["W%d" % l] = rs.randn(dims[l], dims[l - 1]) * 0.7
        p["b%d" % l] = rs.randn(dims[l], 1) * 0.2
        if bn and l < len(dims) - 1:
            p["gamma%d" % l] = 1 + rs.randn(dims[l], 1) * 0.3
            p["beta%d" % l] = rs.randn(dims[l], 1) * 0.3
    drs = np.random.RandomState(seed) if keep_prob < 1 else None
    AL, caches = model_forward(X, p, acts, keep_prob, drs, bn)
    cost = cost_of(AL, Y, loss)
    if lambd:
        cost += lambd / (2 * m) * sum(np.sum(np.square(p["W%d" % l])) for l in range(1, len(dims)))
    grads = model_backward(AL, Y, caches, p, acts, loss, lambd, keep_prob)
    return {
        "name": name, "dims": dims, "activations": acts, "loss": loss, "lambd": lambd, "keepProb": keep_prob, "seed": seed, "batchNorm": bn,
        "X": arr(X), "Y": arr(Y), "parameters": params_json(p), "AL": arr(AL),
        "Z": [arr(c["Z"]) for c in caches], "D": [arr(c["D"]) for c in caches if "D" in c],
        "cost": float(cost), "grads": params_json(grads), "updated": params_json(update(p, grads, 0.1)),
    }


def deep_init(dims, method, seed):
    rs = np.random.RandomState(seed)
    p = {}
    for l in range(1, len(dims)):
        f = {"random": 0.01, "he": np.sqrt(2. / dims[l - 1]), "xavier": np.sqrt(1. / dims[l - 1])}[method]
        p["W%d" % l] = rs.randn(dims[l], dims[l - 1]) * f
        p["b%d" % l] = np.zeros((dims[l], 1))
    return p


def deep_fixture():
    rs = np.random.RandomState(4)
    cases = [
        deep_case("relu-sigmoid", [5, 4, 3, 1], ["relu", "relu", "sigmoid"], "bce", rs),
        deep_case("tanh-softmax", [4, 5, 3], ["tanh", "softmax"], "cce", rs),
        deep_case("leakyRelu-linear-mse", [3, 4, 2], ["leakyRelu", "linear"], "mse", rs),
        deep_case("sigmoid-sigmoid", [3, 3, 1], ["sigmoid", "sigmoid"], "bce", rs),
        deep_case("softplus-sigmoid", [3, 4, 1], ["softplus", "sigmoid"], "bce", rs),
        deep_case("relu-sigmoid-l2", [5, 4, 3, 1], ["relu", "relu", "sigmoid"], "bce", rs, lambd=0.7),
        deep_case("relu-sigmoid-dropout", [5, 4, 3, 1], ["relu", "relu", "sigmoid"], "bce", rs, keep_prob=0.7, seed=1),  # seeded masks
        deep_case("relu-softmax-batchnorm", [5, 4, 3, 3], ["relu", "tanh", "softmax"], "cce", rs, bn=True),
    ]
    # the 003 deck's two-layer forward example
    W1 = np.array([[0.9, 0.2, 0.4, 0.3], [-0.5, 0.4, 0.3, 0.3], [0.1, 0.1, -0.1, 0.2], [-0.2, 0.5, 0.5, 0.7]])
    b1 = np.full((4, 1), 0.5)
    W2 = np.array([[0.5, 0.8, -0.6, 0.3]])
    b2 = np.array([[0.3]])
    x = np.array([[0.3], [0.5], [-0.4], [0.3]])
    Z1 = np.dot(W1, x) + b1
    A1 = sigmoid(Z1)
    Z2 = np.dot(W2, A1) + b2
    yhat = sigmoid(Z2)
    deck = {"W1": arr(W1), "b1": arr(b1), "W2": arr(W2), "b2": arr(b2), "x": arr(x),
            "Z1": arr(Z1), "A1": arr(A1), "Z2": arr(Z2), "yhat": float(yhat[0, 0]), "loss": float(-np.log(yhat[0, 0])),
            "Z1Str": str(Z1.ravel()), "Z1ColumnStr": str(Z1), "yhatStr": str(yhat[0, 0]), "lossStr": str(-np.log(yhat[0, 0]))}
    init = {m: params_json(deep_init([5, 4, 3], m, 3)) for m in ["random", "he", "xavier"]}  # seeded
    labels = {"AL1": arr([[0.2, 0.7, 0.5, 0.51]]), "AL3": arr(softmax(np.array([[1., 2., 0.], [3., 1., 0.], [0., 0., 1.]]), 0))}
    write("deep.json", {"cases": cases, "deck": deck, "init": init, "labels": labels})


# ----------------------------------------------------------------------------- optimizers

def optimizers_fixture():
    rs = np.random.RandomState(5)
    shapes = {"W1": (3, 2), "b1": (3, 1), "W2": (1, 3), "b2": (1, 1)}
    p0 = {k: rs.randn(*s) for k, s in shapes.items()}
    grads = [{"d" + k: rs.randn(*s) for k, s in shapes.items()} for _ in range(3)]
    lr = 0.01
    # momentum
    p, v, mom = dict(p0), {k: np.zeros(s) for k, s in (("d" + k, s) for k, s in shapes.items())}, []
    for g in grads:
        for k in p:
            v["d" + k] = 0.9 * v["d" + k] + (1 - 0.9) * g["d" + k]
            p[k] = p[k] - lr * v["d" + k]
        mom.append({"parameters": params_json(p), "v": params_json(v)})
    # RMSprop
    p, s, rms = dict(p0), {"d" + k: np.zeros(sh) for k, sh in shapes.items()}, []
    for g in grads:
        for k in p:
            s["d" + k] = 0.9 * s["d" + k] + (1 - 0.9) * np.square(g["d" + k])
            p[k] = p[k] - lr * g["d" + k] / (np.sqrt(s["d" + k]) + 1e-8)
        rms.append({"parameters": params_json(p), "s": params_json(s)})
    # Adam
    p, v, s, adam = dict(p0), {"d" + k: np.zeros(sh) for k, sh in shapes.items()}, {"d" + k: np.zeros(sh) for k, sh in shapes.items()}, []
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t, g in enumerate(grads, start=1):
        for k in p:
            d = "d" + k
            v[d] = b1 * v[d] + (1 - b1) * g[d]
            vc = v[d] / (1 - b1 ** t)
            s[d] = b2 * s[d] + (1 - b2) * np.square(g[d])
            sc = s[d] / (1 - b2 ** t)
            p[k] = p[k] - lr * vc / (np.sqrt(sc) + eps)
        adam.append({"parameters": params_json(p), "v": params_json(v), "s": params_json(s)})
    gd = [params_json(update(p0, grads[0], lr))]
    write("optimizers.json", {"learningRate": lr, "parameters": params_json(p0), "grads": [params_json(g) for g in grads],
                              "gd": gd, "momentum": mom, "rmsprop": rms, "adam": adam})


# ----------------------------------------------------------------------------- mini-batches, batch norm, dropout

def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    batches = []
    for k in range(0, m, mini_batch_size):
        batches.append((shuffled_X[:, k:k + mini_batch_size], shuffled_Y[:, k:k + mini_batch_size]))
    return batches, permutation


def batchnorm_forward(Z, gamma, beta, eps=1e-5):
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    inv = 1 / np.sqrt(var + eps)
    Zhat = (Z - mu) * inv
    return gamma * Zhat + beta, Zhat, inv, mu, var


def batchnorm_backward(dout, Zhat, gamma, inv):
    m = Zhat.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Zhat, axis=1, keepdims=True)
    dZhat = gamma * dout
    dZ = inv / m * (m * dZhat - np.sum(dZhat, axis=1, keepdims=True) - Zhat * np.sum(dZhat * Zhat, axis=1, keepdims=True))
    return dZ, dgamma, dbeta


def training_parts_fixture():
    X = np.arange(30, dtype=float).reshape(3, 10)
    Y = (np.arange(10) % 2).reshape(1, 10).astype(float)
    perm = np.random.RandomState(7).permutation(10)
    given = [(X[:, perm][:, k:k + 4], Y[:, perm][:, k:k + 4]) for k in range(0, 10, 4)]
    seeded, seeded_perm = random_mini_batches(X, Y, 3, seed=2)  # seeded
    rs = np.random.RandomState(6)
    Z = rs.randn(4, 6) * 2 + 1
    gamma = rs.randn(4, 1)
    beta = rs.randn(4, 1)
    dout = rs.randn(4, 6)
    out, Zhat, inv, mu, var = batchnorm_forward(Z, gamma, beta)
    dZ, dgamma, dbeta = batchnorm_backward(dout, Zhat, gamma, inv)
    run_mean, run_var = rs.randn(4, 1), rs.rand(4, 1) + 0.5
    new_mean, new_var = 0.9 * run_mean + 0.1 * mu, 0.9 * run_var + 0.1 * var
    test_out = gamma * (Z - run_mean) / np.sqrt(run_var + 1e-5) + beta
    A = rs.randn(3, 5)
    dA = rs.randn(3, 5)
    drs = np.random.RandomState(3)
    D = (drs.rand(3, 5) < 0.6).astype(float)  # seeded
    write("training_parts.json", {
        "minibatch": {"X": arr(X), "Y": arr(Y), "permutation": perm.tolist(),
                      "given": [[arr(a), arr(b)] for a, b in given],
                      "seeded": [[arr(a), arr(b)] for a, b in seeded], "seededPermutation": [int(i) for i in seeded_perm]},
        "batchnorm": {"Z": arr(Z), "gamma": arr(gamma), "beta": arr(beta), "dout": arr(dout), "out": arr(out), "Zhat": arr(Zhat),
                      "dZ": arr(dZ), "dgamma": arr(dgamma), "dbeta": arr(dbeta),
                      "runningMean": arr(run_mean), "runningVar": arr(run_var), "newMean": arr(new_mean), "newVar": arr(new_var),
                      "testOut": arr(test_out)},
        "dropout": {"A": arr(A), "dA": arr(dA), "keepProb": 0.6, "D": arr(D), "Adrop": arr(A * D / 0.6), "dAdrop": arr(dA * D / 0.6)},
    })


# ----------------------------------------------------------------------------- evaluation, folds

def kfold(m, k, shuffle=False, seed=None):
    order = np.random.RandomState(seed).permutation(m) if shuffle else np.arange(m)
    fold_of = np.empty(m, dtype=int)
    start = 0
    for f in range(k):
        size = m // k + (1 if f < m % k else 0)
        fold_of[order[start:start + size]] = f
        start += size
    return folds_from(fold_of, k)


def stratified(y, k, shuffle=False, seed=None):
    m = len(y)
    order = np.random.RandomState(seed).permutation(m) if shuffle else np.arange(m)
    order = order[np.argsort(y[order], kind="stable")]
    fold_of = np.empty(m, dtype=int)
    fold_of[order] = np.arange(m) % k
    return folds_from(fold_of, k)


def folds_from(fold_of, k):
    idx = np.arange(len(fold_of))
    return [{"train": idx[fold_of != f].tolist(), "test": idx[fold_of == f].tolist()} for f in range(k)]


def evaluation_fixture():
    rs = np.random.RandomState(8)
    t = rs.randint(0, 5, 40)
    p = np.where(rs.rand(40) < 0.6, t, rs.randint(0, 5, 40))
    C = np.zeros((5, 5), dtype=int)
    np.add.at(C, (t, p), 1)
    classes = np.unique(t)
    per = {str(int(c)): float(np.mean(p[t == c] == c)) for c in classes}
    y = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 1, 0, 0])
    perm = np.random.RandomState(0).permutation(10)
    strat_y = np.array([0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1])
    sperm = np.random.RandomState(3).permutation(12)
    n_test = int(np.ceil(0.25 * 12))
    s_test, s_train = [], []
    for c in np.unique(strat_y):
        idx = [i for i in sperm if strat_y[i] == c]
        n = int(np.floor(n_test / 12 * len(idx) + 0.5))  # JS Math.round: halves up
        s_test += idx[:n]
        s_train += idx[n:]
    write("evaluation.json", {
        "yTrue": t.tolist(), "yPred": p.tolist(), "accuracy": float(np.mean(t == p)), "perClass": per, "confusion": C.tolist(),
        "deck": {"y": [0, 1, 3, 5, 1], "pred": [0, 7, 8, 5, 1], "accuracy": 0.6},
        "kfold": {"10_3": kfold(10, 3), "10_3_shuffle0": kfold(10, 3, True, 0), "7_7": kfold(7, 7)},
        "stratified": {"labels": y.tolist(), "k3": stratified(y, 3), "k3_shuffle5": stratified(y, 3, True, 5)},
        "split": {"m": 10, "testSize": 0.25, "seed": 0, "test": [int(i) for i in perm[:3]], "train": [int(i) for i in perm[3:]],
                  "stratY": strat_y.tolist(), "stratSeed": 3, "stratTest": [int(i) for i in s_test], "stratTrain": [int(i) for i in s_train]},
    })


# ----------------------------------------------------------------------------- the training loop (nn.train)

def adam_step(p, g, state, lr, b1=0.9, b2=0.999, eps=1e-8):
    state["t"] += 1
    t = state["t"]
    out = {}
    for k in p:
        d = "d" + k
        state["v"][d] = b1 * state["v"].get(d, np.zeros_like(p[k])) + (1 - b1) * g[d]
        state["s"][d] = b2 * state["s"].get(d, np.zeros_like(p[k])) + (1 - b2) * np.square(g[d])
        vc = state["v"][d] / (1 - b1 ** t)
        sc = state["s"][d] / (1 - b2 ** t)
        out[k] = p[k] - lr * vc / (np.sqrt(sc) + eps)
    return out


def momentum_step(p, g, state, lr, beta=0.9):
    out = {}
    for k in p:
        d = "d" + k
        state["v"][d] = beta * state["v"].get(d, np.zeros_like(p[k])) + (1 - beta) * g[d]
        out[k] = p[k] - lr * state["v"][d]
    return out


def train_ref(X, Y, p, acts, loss, epochs, batch, opt, lr, lambd, seed):
    """nn.train: a RandomState(seed) permutation per epoch (when batch < m), mini-batches in that order."""
    rs = np.random.RandomState(seed)
    m = X.shape[1]
    state = {"t": 0, "v": {}, "s": {}}
    costs = []
    for e in range(epochs):
        if batch < m:
            order = rs.permutation(m)
            Xs, Ys = X[:, order], Y[:, order]
        else:
            Xs, Ys = X, Y
        total = 0.0
        for k in range(0, m, batch):
            Xb, Yb = Xs[:, k:k + batch], Ys[:, k:k + batch]
            mb = Xb.shape[1]
            AL, caches = model_forward(Xb, p, acts)
            cost = cost_of(AL, Yb, loss)
            if lambd:
                cost += lambd / (2 * mb) * sum(np.sum(np.square(p["W%d" % l])) for l in range(1, len(acts) + 1))
            total += cost * mb
            grads = model_backward(AL, Yb, caches, p, acts, loss, lambd)
            if opt == "adam":
                p = adam_step(p, grads, state, lr)
            elif opt == "momentum":
                p = momentum_step(p, grads, state, lr)
            else:
                p = update(p, grads, lr)
        costs.append(total / m)
    return p, costs


def training_loop_fixture():
    rs = np.random.RandomState(9)
    X = rs.randn(4, 20)
    Y = (X[0:1] + X[1:2] * X[2:3] > 0).astype(float)
    Yc = np.eye(3)[:, rs.randint(0, 3, 20)]
    p1 = {"W1": rs.randn(5, 4) * 0.5, "b1": np.zeros((5, 1)), "W2": rs.randn(1, 5) * 0.5, "b2": np.zeros((1, 1))}
    p2 = {"W1": rs.randn(5, 4) * 0.5, "b1": np.zeros((5, 1)), "W2": rs.randn(3, 5) * 0.5, "b2": np.zeros((3, 1))}
    runs = []
    for name, p, Yr, acts, loss, epochs, batch, opt, lr, lambd in [
        ("batch gd", p1, Y, ["relu", "sigmoid"], "bce", 5, 20, "gd", 0.5, 0.0),
        ("sgd", p1, Y, ["relu", "sigmoid"], "bce", 2, 1, "gd", 0.05, 0.0),
        ("mini-batch adam", p1, Y, ["tanh", "sigmoid"], "bce", 4, 6, "adam", 0.01, 0.0),
        ("mini-batch momentum l2", p1, Y, ["relu", "sigmoid"], "bce", 3, 8, "momentum", 0.1, 0.3),
        ("softmax adam", p2, Yc, ["relu", "softmax"], "cce", 3, 7, "adam", 0.02, 0.0),
    ]:
        pf, costs = train_ref(X, Yr, dict(p), acts, loss, epochs, batch, opt, lr, lambd, seed=4)
        runs.append({"name": name, "Y": arr(Yr), "parameters": params_json(p), "activations": acts, "loss": loss, "epochs": epochs,
                     "batchSize": batch, "optimizer": opt, "learningRate": lr, "lambd": lambd, "seed": 4,
                     "costs": costs, "final": params_json(pf)})
    write("training.json", {"X": arr(X), "runs": runs})


if __name__ == "__main__":
    activations_fixture()
    losses_fixture()
    linear_models_fixture()
    logistic_fixture()
    shallow_fixture()
    deep_fixture()
    optimizers_fixture()
    training_parts_fixture()
    evaluation_fixture()
    training_loop_fixture()
    print("wrote", sorted(os.listdir(OUT)))
