"""Expected values for test/data/data.test.ts, computed with numpy from the files in datasets/.

Run from the repository root:  python3 test/gen/data_fixtures.py
Writes test/fixtures/data.json. Only numpy is used (no scikit-learn): the split and shuffle orders
are what scikit-learn's train_test_split draws, np.random.RandomState(seed).permutation(m).
"""
import gzip
import json
import os

import numpy as np

from _common import idx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DS = os.path.join(ROOT, "datasets")


def csv_with_header(name):
    with open(os.path.join(DS, name)) as f:
        head = f.readline().strip().split(",")
        table = np.loadtxt(f, delimiter=",")
    return head, table[:, :-1], table[:, -1].astype(int)


def load_planar(m=400, seed=1, a=4):
    """The course's flower recipe, seeded like load_planar_dataset()."""
    np.random.seed(seed)
    N = int(m / 2)
    X = np.zeros((m, 2))
    Y = np.zeros((m, 1), dtype="uint8")
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2
        r = a * np.sin(4 * t) + np.random.randn(N) * 0.2
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X.T, Y.T


def standardize_stats(X):
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd == 0] = 1
    return mu, sd


out = {}

# Tabular sets: header, counts, first and last rows straight from the files.
for key, name in [("iris", "iris.csv"), ("breastCancer", "breast_cancer.csv"), ("wine", "wine_data.csv")]:
    head, X, y = csv_with_header(name)
    mu, sd = standardize_stats(X)
    out[key] = {
        "m": X.shape[0], "n": X.shape[1], "labels": head[2:],
        "counts": np.bincount(y).tolist(),
        "first": X[0].tolist(), "last": X[-1].tolist(), "y": y.tolist(),
        "mean": mu.tolist(), "std": sd.tolist(),
    }

with gzip.open(os.path.join(DS, "digits.csv.gz"), "rt") as f:
    digits = np.loadtxt(f, delimiter=",")
out["digits"] = {
    "m": digits.shape[0], "counts": np.bincount(digits[:, -1].astype(int)).tolist(),
    "first": digits[0, :-1].tolist(), "firstLabel": int(digits[0, -1]),
    "max": float(digits[:, :-1].max()),
}

# Splits: train_test_split(X, y, test_size=0.2, random_state=42) on iris picks these rows.
_, irisX, irisY = csv_with_header("iris.csv")
perm = np.random.RandomState(42).permutation(150)
n_test = int(np.ceil(0.2 * 150))
out["irisSplit42"] = {
    "test": perm[:n_test].tolist(), "train": perm[n_test:].tolist(),
    "trainMean": irisX[perm[n_test:]].mean(axis=0).tolist(),
    "trainStd": irisX[perm[n_test:]].std(axis=0).tolist(),
}
out["permutation"] = {
    "seed0_n10": np.random.RandomState(0).permutation(10).tolist(),
    "seed7_n1000_head": np.random.RandomState(7).permutation(1000)[:20].tolist(),
    "seed123_n70000_head": np.random.RandomState(123).permutation(70000)[:20].tolist(),
}

# MNIST 10k: labels per digit in the file; data.mnist() shuffles with seed 0 by default.
imgs = idx("mnist10k-images-idx3-ubyte.gz")
labs = idx("mnist10k-labels-idx1-ubyte.gz")
p0 = np.random.RandomState(0).permutation(len(labs))
out["mnist"] = {
    "dims": list(imgs.shape), "counts": np.bincount(labs, minlength=10).tolist(),
    "shuffledLabelsHead": labs[p0[:50]].astype(int).tolist(),
    "shuffledFirstImageSum": int(imgs[p0[0]].astype(np.int64).sum()),
    "fileFirstLabel": int(labs[0]), "fileLastLabel": int(labs[-1]),
    "pixelSum": int(imgs.astype(np.int64).sum()),
}

# Fashion-MNIST t10k, file order.
fimgs = idx("fashion-mnist/t10k-images-idx3-ubyte.gz")
flabs = idx("fashion-mnist/t10k-labels-idx1-ubyte.gz")
out["fashion"] = {
    "dims": list(fimgs.shape), "counts": np.bincount(flabs, minlength=10).tolist(),
    "labelsHead": flabs[:20].astype(int).tolist(),
    "firstImage": fimgs[0].reshape(-1).astype(int).tolist(),
}

# The cat-like set: Shirt (6) against the rest, seed 1 (recipe documented in src/data/cat_like.ts).
def cat_like(c=6, seed=1):
    rs = np.random.RandomState(seed)
    pos = np.flatnonzero(flabs == c)
    neg = np.flatnonzero(flabs != c)
    p = pos[rs.permutation(len(pos))[:72 + 17]]
    q = neg[rs.permutation(len(neg))[:137 + 33]]
    tr = np.concatenate([p[:72], q[:137]])
    te = np.concatenate([p[72:], q[137:]])
    return tr[rs.permutation(len(tr))], te[rs.permutation(len(te))]


cats = {}
for c, seed in [(6, 1), (8, 5)]:
    tr, te = cat_like(c, seed)
    flat = fimgs.reshape(len(flabs), -1) / 255.0
    cats[f"{c}_{seed}"] = {
        "trainY": (flabs[tr] == c).astype(int).tolist(), "testY": (flabs[te] == c).astype(int).tolist(),
        "trainColumnSums": flat[tr].sum(axis=1).tolist(), "testColumnSums": flat[te].sum(axis=1).tolist(),
    }
out["catLike"] = cats

# The planar flower.
X, Y = load_planar()
X7, Y7 = load_planar(m=7, seed=3)
out["planar"] = {
    "seed1": {"X": X.tolist(), "Y": Y.astype(int).tolist()},
    "m7_seed3": {"X": X7.tolist(), "Y": Y7.astype(int).tolist()},
}

# First names: count, vocabulary (Python's sorted set plus the "\n" end marker), a seeded shuffle.
with open(os.path.join(DS, "first_names.txt")) as f:
    names = [s.strip() for s in f if s.strip()]
lower = [s.lower() for s in names]
out["firstNames"] = {
    "count": len(names), "head": names[:5], "tail": names[-3:],
    "vocab": sorted(set("".join(names)) | {"\n"}),
    "vocabLower": sorted(set("".join(lower)) | {"\n"}),
    "shuffledSeed2Head": [names[i] for i in np.random.RandomState(2).permutation(len(names))[:10]],
}

os.makedirs(os.path.join(ROOT, "test", "fixtures"), exist_ok=True)
with open(os.path.join(ROOT, "test", "fixtures", "data.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
    f.write("\n")
print("wrote test/fixtures/data.json")
