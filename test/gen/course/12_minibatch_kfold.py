"""numpy reference for notebooks/12-minibatch-kfold.ipynb: recomputes the value of every check id of
the notebook's exercises (updateParametersWithGd, randomMiniBatches, kFoldSplit, crossValidate) on
the same seeded inputs, and writes test/fixtures/course/12-minibatch-kfold.json.

    python3 test/gen/course/12_minibatch_kfold.py
"""
import json
import math
import os

import numpy as np

from _fixture import write


def update_parameters_with_gd(parameters, grads, learning_rate):
    L = len(parameters) // 2
    out = {}
    for l in range(1, L + 1):
        out[f"W{l}"] = parameters[f"W{l}"] - learning_rate * grads[f"dW{l}"]
        out[f"b{l}"] = parameters[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return out


def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    # deeplearning.ai's: one seeded permutation for X and Y, complete batches, then the rest
    np.random.seed(seed)
    m = X.shape[1]
    permutation = list(np.random.permutation(m))
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    batches = []
    complete = math.floor(m / mini_batch_size)
    for k in range(complete):
        s = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        batches.append([shuffled_X[:, s], shuffled_Y[:, s]])
    if m % mini_batch_size != 0:
        s = slice(complete * mini_batch_size, m)
        batches.append([shuffled_X[:, s], shuffled_Y[:, s]])
    return batches


def k_fold_split(m, k):
    # scikit-learn's KFold (no shuffle): consecutive blocks, the first m % k one larger
    folds, start = [], 0
    for i in range(k):
        size = m // k + (1 if i < m % k else 0)
        test = list(range(start, start + size))
        folds.append({"train": [j for j in range(m) if j not in test], "test": test})
        start += size
    return folds


def cross_validate(X, Y, k, train_and_score):
    return [float(train_and_score(X[:, f["train"]], Y[:, f["train"]], X[:, f["test"]], Y[:, f["test"]]))
            for f in k_fold_split(X.shape[1], k)]


checks = {}
# updateParametersWithGd
p = {"W1": np.array([[1., 2], [3, 4]]), "b1": np.array([[0.5], [-0.5]]), "W2": np.array([[1., -1]]), "b2": np.array([[2.]])}
g = {"dW1": np.array([[0.1, 0.2], [0.3, 0.4]]), "db1": np.array([[1.], [1]]), "dW2": np.array([[-1., 1]]), "db2": np.array([[4.]])}
checks["updateParametersWithGd-2layers"] = update_parameters_with_gd(p, g, 0.5)
dims = [5, 4, 3, 2, 1]
np.random.seed(2)   # nn.initializeParametersDeep(dims, { seed: 2 }): randn × 0.01, W1 first
deep = {}
for l in range(1, len(dims)):
    deep[f"W{l}"] = np.random.randn(dims[l], dims[l - 1]) * 0.01
    deep[f"b{l}"] = np.zeros((dims[l], 1))
np.random.seed(7)
g = {}
for l in range(1, 5):
    g[f"dW{l}"] = np.random.randn(*deep[f"W{l}"].shape)
    g[f"db{l}"] = np.random.randn(*deep[f"b{l}"].shape)
checks["updateParametersWithGd-4layers"] = update_parameters_with_gd(deep, g, 0.01)
checks["updateParametersWithGd-1layer"] = update_parameters_with_gd(
    {"W1": np.array([[2., -3]]), "b1": np.array([[1.]])}, {"dW1": np.array([[1., 1]]), "db1": np.array([[-2.]])}, 0.1)
# randomMiniBatches
np.random.seed(1)
X = np.random.randn(3, 10)
Y = np.arange(10).reshape(1, 10)
checks["randomMiniBatches-10-4"] = random_mini_batches(X, Y, 4, 0)
np.random.seed(2)
Xb = np.random.randn(5, 148)
Yb = np.random.randint(0, 2, (1, 148))
checks["randomMiniBatches-148-64"] = random_mini_batches(Xb, Yb, 64, 3)
checks["randomMiniBatches-exact"] = random_mini_batches(Xb[:, :128], Yb[:, :128], 32, 1)
checks["randomMiniBatches-big"] = random_mini_batches(Xb[:, :7], Yb[:, :7], 64, 0)
checks["randomMiniBatches-onehot"] = random_mini_batches(Xb[:, :9], np.eye(3)[[0, 1, 2, 0, 1, 2, 0, 1, 2]].T, 2, 5)
checks["randomMiniBatches-sgd"] = random_mini_batches(Xb[:, :5], Yb[:, :5], 1, 4)
# kFoldSplit
checks["kFoldSplit-7-3"] = k_fold_split(7, 3)
checks["kFoldSplit-10-5"] = k_fold_split(10, 5)
checks["kFoldSplit-loo"] = k_fold_split(4, 4)
checks["kFoldSplit-23-5"] = k_fold_split(23, 5)
checks["kFoldSplit-2"] = k_fold_split(5, 2)
# crossValidate
X = np.arange(14).reshape(2, 7)
Y = np.arange(7).reshape(1, 7) * 10
score = lambda Xtr, Ytr, Xte, Yte: 1000 * Xtr.shape[1] + np.sum(Xte) + 0.001 * np.sum(Ytr)
checks["crossValidate-7-3"] = cross_validate(X, Y, 3, score)
np.random.seed(8)
Xr = np.random.randn(3, 12)
Yr = np.random.randint(0, 2, (1, 12))
centroid = lambda Xtr, Ytr, Xte, Yte: (np.sum(np.mean(Xtr, axis=1, keepdims=True) * np.sum(Xte, axis=1, keepdims=True))
                                       + np.sum(Yte) - np.sum(Ytr))
checks["crossValidate-12-5"] = cross_validate(Xr, Yr, 5, centroid)
checks["crossValidate-loo"] = cross_validate(Xr[:, :5], Yr[:, :5], 5, centroid)

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
write("12-minibatch-kfold", checks)
