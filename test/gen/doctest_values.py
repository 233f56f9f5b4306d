"""Reference values for the @example outputs of src/nn and src/display (test/doctest.test.ts checks
them): each section computes, with the lectures' formulas in numpy (or IPython's own %timeit code),
what one file's examples show. Run from the
repository root:  python3 test/gen/doctest_values.py [section]   (prints; nothing is written)
"""
import sys

import numpy as np

import rnn_fixtures as R
from _common import AdalineGD, Perceptron, iris_xy, sigmoid, softmax, standardize

np.set_printoptions(legacy=False)
SECTIONS = {}


def section(f):
    SECTIONS[f.__name__] = f
    return f


def show(label, v):
    print(f"{label}: {v!r}")


@section
def activations():
    z = np.array([-2, -1, 0, 1, 2])
    show("sigmoid", sigmoid(z))
    show("sigmoid'", sigmoid(z) * (1 - sigmoid(z)))
    show("tanh([-1, 0, 1])", np.tanh(np.array([-1, 0, 1])))
    show("relu([-2, 0, 3])", np.maximum(0, np.array([-2, 0, 3])))
    show("relu'([-1, 0, 2])", np.heaviside(np.array([-1, 0, 2]), 0))
    show("leakyRelu([-10, 5], 0.1)", np.where(np.array([-10, 5]) >= 0, np.array([-10, 5]), np.array([-10, 5]) * 0.1))
    show("leakyRelu'([-3, 0, 2], 0.1)", np.where(np.array([-3, 0, 2]) < 0, 0.1, 1.0))
    show("softplus(0)", np.log1p(np.exp(0.0)))
    show("linear([1, -2])", np.array([1, -2]) * 1.0)
    show("unitStep([-0.5, 0, 2])", np.where(np.array([-0.5, 0, 2]) >= 0, 1, -1))
    show("softmax axis 1", softmax(np.array([[0, 9, 3, 0], [3, 0, 8, 1]]), 1))


@section
def metrics():
    t, p = np.array([0, 1, 3, 5, 1]), np.array([0, 7, 8, 5, 1])
    show("accuracy", np.mean(t == p))
    show("per class", {int(c): float(np.mean(p[t == c] == c)) for c in np.unique(t)})
    t, p = np.array([0, 1, 1, 2]), np.array([0, 1, 2, 2])
    cm = np.zeros((3, 3), dtype=int)
    np.add.at(cm, (t, p), 1)
    show("confusion matrix", cm)


@section
def perceptron():
    X, y = iris_xy()
    ppn = Perceptron(eta=0.1, epochs=10).train(X, y)
    show("w_", ppn.w_)
    show("errors_", ppn.errors_)


@section
def adaline():
    X, y = iris_xy()
    X_std = standardize(X)
    ada = AdalineGD(alpha=0.01, epochs=15).train(X_std, y)
    show("cost_[0], cost_[14]", np.round(np.array([ada.cost_[0], ada.cost_[14]]), 4))
    show("unscaled costs (3 epochs)", np.round(np.array(AdalineGD(alpha=0.01, epochs=3).train(X, y).cost_), 1))
    toy = AdalineGD(alpha=0.1, epochs=1).train(np.array([[1., 2.], [-1., -2.]]), np.array([1, -1]))
    show("toy activation", toy.activation(np.array([[1, 1], [0, -1]])))
    show("toy predict", toy.predict(np.array([[1, 1], [0, -1]])))

    class AdalineSGD(AdalineGD):  # Raschka's: one generator, a permutation per epoch
        def __init__(self, alpha, epochs, seed, shuffle=True):
            super().__init__(alpha, epochs)
            self.rgen = np.random.RandomState(seed)
            self.shuffle = shuffle

        def train(self, X, y):
            self.w_ = np.zeros(1 + X.shape[1])
            self.cost_ = []
            for _ in range(self.epochs):
                if self.shuffle:
                    r = self.rgen.permutation(len(y))
                    X, y = X[r], y[r]
                for xi, t in zip(X, y):
                    self.update(xi, t)
                self.cost_.append(((y - self.activation(X)) ** 2).sum() / 2)
            return self

        def update(self, xi, t):
            error = t - self.net_input(xi)
            self.w_[1:] += self.alpha * xi * error
            self.w_[0] += self.alpha * error

    sgd = AdalineSGD(0.01, 3, 1).train(X_std, y)
    toy = AdalineSGD(0.1, 1, None, shuffle=False).train(np.array([[1., 2.], [-1., -2.]]), np.array([1, -1]))
    show("sgd toy, no shuffle: w_", toy.w_)
    show("sgd w_", np.round(sgd.w_, 4))
    fresh = AdalineSGD(0.1, 1, None)
    fresh.w_ = np.zeros(3)
    fresh.update(np.array([1., 2.]), 1)
    show("partialFit([1, 2], 1) from zeros", fresh.w_)


@section
def linear_unit():
    X = np.array([[1., 2.], [2., 1.], [-1., -2.], [-2., -1.]])
    y = np.array([1, 1, -1, -1])
    ppn = Perceptron(eta=0.1, epochs=5).train(X, y)
    show("w_", ppn.w_)
    show("errors_", ppn.errors_)
    show("netInput(X)", ppn.net_input(X))
    show("predict([1, 1])", ppn.predict(np.array([1., 1.])))
    show("AdalineGD(0.1, 1) w_", AdalineGD(alpha=0.1, epochs=1).train(X, y).w_)


@section
def batchnorm():
    Z = np.array([[1., 2., 3.], [0., 0., 3.]])
    gamma, beta, eps = np.ones((2, 1)), np.zeros((2, 1)), 1e-5
    mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
    Zhat = (Z - mu) / np.sqrt(var + eps)
    show("out", np.round(gamma * Zhat + beta, 4))
    rmean, rvar = 0.9 * np.zeros((2, 1)) + 0.1 * mu, 0.9 * np.ones((2, 1)) + 0.1 * var
    show("running mean", rmean)
    show("test mode out", np.round((Z - rmean) / np.sqrt(rvar + eps), 4))
    dOut = np.array([[1., 0., 0.], [0., 0., 1.]])
    m = 3
    dbeta = dOut.sum(axis=1, keepdims=True)
    dgamma = (dOut * Zhat).sum(axis=1, keepdims=True)
    dZhat = gamma * dOut
    dZ = (1 / m) / np.sqrt(var + eps) * (m * dZhat - dZhat.sum(axis=1, keepdims=True) - Zhat * (dZhat * Zhat).sum(axis=1, keepdims=True))
    show("dZ", np.round(dZ, 4))
    show("dgamma", np.round(dgamma, 4))
    show("dbeta", dbeta)


# the deep network's toy problem: X (2, 3), Y (1, 3), layers [2, 3, 1] with He initialisation, seed 1
X_TOY = np.array([[1., -1., 2.], [0., 3., -2.]])
Y_TOY = np.array([[1., 0., 1.]])


def init_deep(dims, seed, factor):
    rs = np.random.RandomState(seed)
    p = {}
    for l in range(1, len(dims)):
        p[f"W{l}"] = rs.randn(dims[l], dims[l - 1]) * factor(dims[l - 1])
        p[f"b{l}"] = np.zeros((dims[l], 1))
    return p


def he(n_prev):
    return np.sqrt(2 / n_prev)


def deep_forward(X, p, hidden=lambda z: np.maximum(0, z), output=sigmoid):
    L = len(p) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        Z = p[f"W{l}"] @ A + p[f"b{l}"]
        caches.append((A, p[f"W{l}"], Z))
        A = output(Z) if l == L else hidden(Z)
    return A, caches


def deep_backward(AL, Y, caches):
    m = Y.shape[1]
    grads = {}
    dZ = AL - Y  # sigmoid + cross-entropy (and softmax + categorical)
    for l in range(len(caches), 0, -1):
        A_prev, W, Z = caches[l - 1]
        if l < len(caches):
            dZ = dA * (Z > 0)
        grads[f"dW{l}"] = dZ @ A_prev.T / m
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True) / m
        dA = W.T @ dZ
    return grads


def bce(AL, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m)


@section
def deep():
    p = init_deep([5, 4, 3], 3, lambda n: 0.01)
    show("init [5,4,3] seed 3: W1[0]", np.round(p["W1"][0], 4))
    p = init_deep([2, 3, 1], 1, he)
    show("he W1", np.round(p["W1"], 4))
    show("he W2", np.round(p["W2"], 4))
    A_prev, W, b = np.array([[1., 2.], [3., 4.]]), np.array([[1., 0.5]]), np.array([[0.5]])
    show("linearForward", W @ A_prev + b)
    show("linearActivationForward sigmoid", np.round(sigmoid(W @ A_prev + b), 4))
    dZ = np.array([[1., -1.]])
    show("linearBackward dA_prev", W.T @ dZ)
    show("linearBackward dW", dZ @ A_prev.T / 2)
    show("linearBackward db", dZ.sum(axis=1, keepdims=True) / 2)
    Zr = W @ A_prev - 3.5  # b = -3.5: Z = [[-0.5, 1]]
    dZr = np.array([[1., 1.]]) * (Zr > 0)
    show("linearActivationBackward relu, b -3.5, dA ones: dA_prev", W.T @ dZr)
    show("  dW", dZr @ A_prev.T / 2)
    show("  db", dZr.sum(axis=1, keepdims=True) / 2)
    AL, caches = deep_forward(X_TOY, p)
    show("AL", np.round(AL, 4))
    show("cost", round(bce(AL, Y_TOY), 4))
    g = deep_backward(AL, Y_TOY, caches)
    show("dW1", np.round(g["dW1"], 4))
    show("db2", np.round(g["db2"], 4))
    show("predict", (AL > 0.5).astype(float))
    upd = {k: p[k] - 0.1 * g["d" + k] for k in p}
    show("updated W2", np.round(upd["W2"], 4))
    AL2, _ = deep_forward(X_TOY, p, np.tanh, softmax)
    show("softmax output (1 unit)", AL2)
    lambd = 0.1
    l2 = lambd / (2 * 3) * sum(np.sum(np.square(p[f"W{l}"])) for l in (1, 2))
    show("cost with L2 0.1", round(bce(AL, Y_TOY) + l2, 4))
    show("cost [0.8,0.9,0.4]", bce(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])))


@section
def gradcheck():
    show("relativeError", np.linalg.norm(np.array([1, 2]) - np.array([1, 2.000001])) / (np.linalg.norm([1, 2]) + np.linalg.norm([1, 2.000001])))
    W, eps = np.array([1., 2.]), 1e-7
    J = lambda W: np.sum(np.square(W))
    num = np.array([(J(W + eps * e) - J(W - eps * e)) / (2 * eps) for e in np.eye(2)])
    show("numerical dW, rounded 6", np.round(num, 6))


def logistic_propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dZ = A - Y
    return X @ dZ.T / m, np.sum(dZ) / m, cost


def logistic_optimize(w, b, X, Y, n, lr):
    costs = []
    for i in range(n):
        dw, db, cost = logistic_propagate(w, b, X, Y)
        w, b = w - lr * dw, b - lr * db
        if i % 100 == 0:
            costs.append(cost)
    return w, b, dw, db, costs


@section
def logistic():
    w, b = np.array([[1.], [2.]]), 2.
    X, Y = np.array([[1., 2., -1.], [3., 4., -3.2]]), np.array([[1, 0, 1]])
    dw, db, cost = logistic_propagate(w, b, X, Y)
    show("dw", dw)
    show("db", db)
    show("cost", cost)
    w2, b2, dw2, db2, costs = logistic_optimize(w, b, X, Y, 100, 0.009)
    show("optimize w", w2)
    show("optimize b", b2)
    show("optimize costs", costs)
    wp, bp, Xp = np.array([[0.1124579], [0.23106775]]), -0.3, np.array([[1., -1.1, -3.2], [1.2, 2., 0.1]])
    show("predict", (sigmoid(wp.T @ Xp + bp) > 0.5).astype(float))
    Xt, Yt = np.array([[0., 1., 2., 3., 4., 5.]]), np.array([[0, 0, 0, 1, 1, 1]])
    wm, bm, _, _, costs = logistic_optimize(np.zeros((1, 1)), 0., Xt, Yt, 100, 0.5)
    show("model w, b", (wm, bm))
    show("model costs", np.round(costs, 4))
    show("model train predictions", (sigmoid(wm.T @ Xt + bm) > 0.5).astype(float))
    show("model test [[-1, 2.4, 2.6, 9]]", (sigmoid(wm.T @ np.array([[-1., 2.4, 2.6, 9.]]) + bm) > 0.5).astype(float))


@section
def losses():
    yhat, y = np.array([.78, .89, .12, .08, .97]), np.array([1, 1, 0, 0, 1])
    show("L1", np.sum(np.abs(y - yhat)))
    show("L2", np.dot(y - yhat, y - yhat))
    show("L3", -np.sum(y * np.log(yhat) + (1 - y) * np.log(1 - yhat)))
    show("L3([1], [0]) clipped", -np.log(1 - np.clip(1., 1e-15, 1 - 1e-15)))
    show("clip", np.clip(np.array([0, 0.5, 1]), 1e-15, 1 - 1e-15))
    show("categorical -log 0.7", -np.log(0.7))
    show("mse", np.sum((np.array([[1, 2, 3]]) - np.array([[1, 2, 5]])) ** 2) / 3)
    AL, Y = np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])
    show("bce grad", -(Y / AL - (1 - Y) / (1 - AL)))
    ALc, Yc = np.array([[0.2], [0.7], [0.1]]), np.array([[0], [1], [0]])
    show("categorical grad", -(Yc / ALc))
    show("mse grad", 2 * (np.array([[1, 2, 3]]) - np.array([[1, 2, 5]])))


@section
def optimizers():
    W, b = np.array([[1., -2.]]), np.array([[0.5]])
    dW, db = np.array([[0.1, -0.3]]), np.array([[0.2]])
    show("gd W1", W - 0.1 * dW)
    v = 0.1 * dW
    show("momentum v.dW1", v)
    show("momentum W1", W - 0.1 * v)
    s = 0.1 * dW ** 2
    show("rmsprop W1", W - 0.1 * dW / (np.sqrt(s) + 1e-8))
    W1, vW, sW = W, np.zeros_like(W), np.zeros_like(W)
    for t in (1, 2):  # adam, lr 0.01 (t = 1) then the optimizer object's second step
        vW = 0.9 * vW + 0.1 * dW
        sW = 0.999 * sW + 0.001 * dW ** 2
        W1 = W1 - 0.01 * (vW / (1 - 0.9 ** t)) / (np.sqrt(sW / (1 - 0.999 ** t)) + 1e-8)
        show(f"adam W1 after step {t}", W1)


@section
def minibatch():
    X, Y = np.arange(10).reshape(2, 5), np.array([[0, 1, 0, 1, 1]])
    show("last batch X", X[:, 4:5])
    perm = np.random.RandomState(0).permutation(5)
    show("permutation(5), seed 0", perm)
    show("first random batch X", X[:, perm[:2]])


@section
def regularization():
    rs = np.random.RandomState(1)
    A = np.ones((2, 4))
    D = (rs.rand(2, 4) < 0.5).astype(float)
    show("D", D)
    show("A * D / 0.5", A * D / 0.5)
    show("dropoutBackward(dA = 2s)", 2 * A * D / 0.5)
    show("l2 cost", 0.7 / (2 * 5) * (1 + 4 + 9))


@section
def training():
    # nn.train / nn.Model on the toy: full batches of gradient descent, α = 0.1, 10 epochs
    p = init_deep([2, 3, 1], 1, he)
    costs = []
    for _ in range(10):
        AL, caches = deep_forward(X_TOY, p)
        costs.append(bce(AL, Y_TOY))
        g = deep_backward(AL, Y_TOY, caches)
        p = {k: p[k] - 0.1 * g["d" + k] for k in p}
    show("costs[0], costs[9]", np.round([costs[0], costs[9]], 4))
    AL, _ = deep_forward(X_TOY, p)
    show("predictProba", np.round(AL, 4))
    show("predict", (AL > 0.5).astype(float))
    show("cost", round(bce(AL, Y_TOY), 4))
    show("W2 after training", np.round(p["W2"], 4))


@section
def shallow():
    rs = np.random.RandomState(2)
    W1, W2 = rs.randn(4, 2) * 0.01, rs.randn(1, 4) * 0.01
    show("W1", np.round(W1, 4))
    b1, b2 = np.zeros((4, 1)), np.zeros((1, 1))
    Z1 = W1 @ X_TOY + b1
    A1 = np.tanh(Z1)
    A2 = sigmoid(W2 @ A1 + b2)
    show("A2 (rounded 6)", np.round(A2, 6))
    show("cost", bce(A2, Y_TOY))
    m = 3
    dZ2 = A2 - Y_TOY
    dW2 = dZ2 @ A1.T / m
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    dW1 = dZ1 @ X_TOY.T / m
    show("dW2 (rounded 6)", np.round(dW2, 6))
    show("db2", np.round(dZ2.sum(axis=1, keepdims=True) / m, 6))
    show("W2 after a step of 1.2", np.round(W2 - 1.2 * dW2, 6))
    # nnModel: seed 3, n_h 4, 100 iterations of α = 1.2
    rs = np.random.RandomState(3)
    p = {"W1": rs.randn(4, 2) * 0.01, "b1": np.zeros((4, 1)), "W2": rs.randn(1, 4) * 0.01, "b2": np.zeros((1, 1))}
    costs = []
    for _ in range(100):
        A1 = np.tanh(p["W1"] @ X_TOY + p["b1"])
        A2 = sigmoid(p["W2"] @ A1 + p["b2"])
        costs.append(bce(A2, Y_TOY))
        dZ2 = A2 - Y_TOY
        dZ1 = (p["W2"].T @ dZ2) * (1 - A1 ** 2)
        g = {"W2": dZ2 @ A1.T / m, "b2": dZ2.sum(axis=1, keepdims=True) / m, "W1": dZ1 @ X_TOY.T / m, "b1": dZ1.sum(axis=1, keepdims=True) / m}
        p = {k: p[k] - 1.2 * g[k] for k in p}
    A2 = sigmoid(p["W2"] @ np.tanh(p["W1"] @ X_TOY + p["b1"]) + p["b2"])
    show("nnModel costs[0], costs[99]", np.round([costs[0], costs[99]], 4))
    show("nnModel predictions", (A2 > 0.5).astype(float))


@section
def validation():
    X = np.arange(10).reshape(2, 5)
    perm = np.random.RandomState(0).permutation(5)
    show("trainTestSplit testSize 0.4 seed 0: X_test", X[:, perm[:2]])
    show("  X_train", X[:, perm[2:]])
    # crossValidate: logistic regression, stratified 2 folds without shuffling: fold i tests on
    # the examples dealt to it, by class, in turn
    X, Y = np.arange(8.).reshape(1, 8), np.array([[0, 0, 0, 0, 1, 1, 1, 1]])
    scores = []
    for test in ([0, 2, 4, 6], [1, 3, 5, 7]):
        train = [i for i in range(8) if i not in test]
        w, b, _, _, _ = logistic_optimize(np.zeros((1, 1)), 0., X[:, train], Y[:, train], 100, 0.5)
        pred = (sigmoid(w.T @ X[:, test] + b) > 0.5).astype(float)
        scores.append(float(np.mean(pred == Y[:, test])))
    show("scores", scores)
    show("mean, std", (np.mean(scores), np.std(scores)))


@section
def standardize_():
    X = np.array([[1., 10.], [2., 20.], [3., 60.]])  # rows layout: 3 examples, 2 features
    mu, sd = X.mean(axis=0, keepdims=True), X.std(axis=0, keepdims=True)
    show("rows: X_std", np.round((X - mu) / sd, 4))
    show("rows: std", np.round(sd, 4))
    Xc = X.T  # columns layout
    mu, sd = Xc.mean(axis=1, keepdims=True), Xc.std(axis=1, keepdims=True)
    show("columns: transform([[4], [30]])", np.round((np.array([[4.], [30.]]) - mu) / sd, 4))


def rnn_toy():
    """nn.rnn's toy: n_x = n_y = 3 characters, n_a = 2, one sequence (m = 1) of T_x = 3 steps."""
    p = R.init_params(np.random.RandomState(1), 2, 3, 3, scale=0.5)
    x = R.one_hot([None, 0, 2], 3)
    y = R.one_hot([0, 2, 1], 3)
    return p, x, y, np.zeros((2, 1))


@section
def rnn():
    p, x, y, a0 = rnn_toy()
    show("Wax", np.round(p["Wax"], 4))
    a_next, yt, cache = R.cell_forward(x[:, :, 1], a0, p, "softmax")
    show("cell: aNext", np.round(a_next, 4))
    show("cell: yt", np.round(yt, 4))
    g = R.cell_backward(np.ones((2, 1)), cache, p)
    show("cell backward (daNext ones): dWax", np.round(g["dWax"], 4))
    a, y_pred, caches = R.forward(x, a0, p, "softmax")
    show("forward a", np.round(a, 4))
    show("forward yPred[:, 0, 2]", np.round(y_pred[:, 0, 2], 4))
    show("loss", R.loss(y_pred, y, "softmax"))
    show("loss 0.5/0.5", R.loss(np.array([[[0.5]], [[0.5]]]), np.array([[[1.]], [[0.]]]), "softmax"))
    show("loss at an underflowed 0 (LOG_EPS)", R.loss(np.array([[[0.]], [[1.]]]), np.array([[[1.]], [[0.]]]), "softmax"))
    dz, da, dWya, dby = R.output_backward(y_pred, y, a, p)
    show("dby", np.round(dby, 4))
    g = R.backward(da, caches, p)
    show("rnnBackward dWaa", np.round(g["dWaa"], 4))
    show("gradNorms", np.round(g["gradNorms"], 4))
    L, gb = R.bptt(x, y, a0, p, "softmax")
    show("bptt loss", L)
    L, gl = R.bptt(x, y, a0, p, "linear")
    show("bptt linear loss", L)
    Lr, gr = R.rtrl(x, y, a0, p, "softmax")
    show("rtrl dWaa", np.round(gr["dWaa"], 4))
    Lt, gt = R.truncated_bptt(x, y, a0, p, "softmax", 1)
    show("truncated k=1 dWax", np.round(gt["dWax"], 4))
    show("bptt dWax", np.round(gb["dWax"], 4))
    pg = {k: gb[k] for k in R.PARAM_KEYS}
    show("globalNorm", R.global_norm(pg))
    clipped, n = R.clip_norm(pg, 0.1)
    show("clip by norm 0.1: norm after", R.global_norm(clipped))
    show("clip by value 0.05: dWaa", R.clip_value(pg, 0.05)["dWaa"].round(4))
    show("update 0.5: Waa", np.round(p["Waa"] - 0.5 * gb["dWaa"], 4))
    # the vanishing gradient: the last step's error carried back, Waa scaled
    for radius in (0.5, 2.0):
        q = dict(p, Waa=radius * np.eye(2), ba=np.zeros((2, 1)))
        xs = np.zeros((3, 1, 6))
        _, _, c = R.forward(xs, a0 + 0.01, q, "linear")
        da = np.zeros((2, 1, 6))
        da[:, :, 5] = 1
        show(f"through time, Waa = {radius} I", np.round(R.backward(da, c, q)["gradNorms"], 4))
    # the character model: sample from the toy parameters, one optimize step on "anna"
    show("sample seed 0", R.sample(p, np.random.RandomState(0)))
    chars, c2i = R.char_vocabulary(["anna"])
    q = R.init_params(np.random.RandomState(1), 4, 3, 3, scale=0.5)
    X = [None] + [c2i[ch] for ch in "anna"]
    Y = X[1:] + [c2i["\n"]]
    L, grads, new, a_last = R.optimize(X, Y, np.zeros((4, 1)), q, lr=0.01)
    show("optimize 'anna' loss", L)
    show("optimize aLast", np.round(a_last, 4))
    words = ["anna", "bob", "ida"]
    pt, losses, samples = R.train(words, 10, 5, 0, 10, 2, lr=0.05)
    show("train losses[0], losses[9]", np.round([losses[0], losses[9]], 4))
    show("train samples", samples)


@section
def timeit():
    import math

    from IPython.core.magics import execution

    # IPython >= 8.24 writes the Greek mu U+03BC (ipython/ipython#14426); older ones the micro sign U+00B5
    def mu(text):
        return text.replace("\xb5", "\u03bc")

    def _format_time(t):
        return mu(execution._format_time(t))

    class TimeitResult(execution.TimeitResult):
        def __str__(self):
            return mu(super().__str__())
    show("formatTime(0.000597)", _format_time(0.000597))
    show("formatTime(72.6e-3)", _format_time(72.6e-3))
    show("formatTime(63.2)", _format_time(63.2))
    show("fsum([0.1, 0.2, 0.3])", math.fsum([0.1, 0.2, 0.3]))
    show("sum([0.1, 0.2, 0.3])", sum([0.1, 0.2, 0.3]))
    all_runs = [0.55, 0.6, 0.6, 0.6, 0.6, 0.6, 0.65]
    r = TimeitResult(1000, 7, min(all_runs) / 1000, max(all_runs) / 1000, all_runs, 0.0, 3)
    show("TimeitResult(1000 loops, 7 runs)", str(r))
    show("average", r.average)
    show("stdev", r.stdev)
    slow = TimeitResult(10, 2, 0.001, 0.005, [0.01, 0.05], 0.0, 3)
    show("best vs worst 5x", str(slow))
    print("  (IPython warns when worst > 4 * best: 'The slowest run took %0.2f times longer than the fastest. This could mean that an intermediate result is being cached.')" % (slow.worst / slow.best))


if __name__ == "__main__":
    for name, f in SECTIONS.items():
        if len(sys.argv) < 2 or name in sys.argv[1:]:
            print(f"## {name}")
            f()
