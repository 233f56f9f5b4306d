"""Expected values for test/plot/plot.test.ts, computed with numpy.

Run from the repository root:  python3 test/gen/plot_fixtures.py
Writes test/fixtures/plot.json:
- decision-boundary grids: the data range widened by 10 % on each side, np.linspace per axis,
  predictions on np.meshgrid (rows of z follow y, columns follow x) for known predict functions;
- images: each flattened example reshaped to (h, w), as X[:, t].reshape(h, w) does;
- a confusion matrix counted with np.add.at.
"""
import json
import os

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def grid(X, nx, ny, margin=0.1):
    """X is (2, m). Returns the axis coordinates and the meshgrid."""
    lo = X.min(axis=1)
    hi = X.max(axis=1)
    pad = (hi - lo) * margin
    xs = np.linspace(lo[0] - pad[0], hi[0] + pad[0], nx)
    ys = np.linspace(lo[1] - pad[1], hi[1] + pad[1], ny)
    gx, gy = np.meshgrid(xs, ys)  # (ny, nx): row j is y = ys[j]
    return xs, ys, gx, gy


def boundary_cases():
    rs = np.random.RandomState(0)
    X = rs.randn(2, 30) * np.array([[2.0], [0.5]]) + np.array([[1.0], [-1.0]])
    y = (X[0] + 2 * X[1] > 0.3).astype(int)
    xs, ys, gx, gy = grid(X, 7, 5)
    labels = (gx + 2 * gy > 0.3).astype(int)
    prob = 1 / (1 + np.exp(-(gx - gy)))
    # softmax over three linear scores; argmax along the class axis
    W = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0]])
    scores = np.einsum("cf,fij->cij", W, np.stack([gx, gy]))
    argmax = scores.argmax(axis=0)
    return {
        "X": X.tolist(),
        "y": y.tolist(),
        "nx": 7,
        "ny": 5,
        "xs": xs.tolist(),
        "ys": ys.tolist(),
        "labels": labels.tolist(),
        "prob": prob.tolist(),
        "W": W.tolist(),
        "argmax": argmax.tolist(),
    }


def image_cases():
    h, w, m = 3, 4, 5
    X = np.arange(h * w * m, dtype=float).reshape(h * w, m) / 10  # one example per column
    return {
        "h": h,
        "w": w,
        "X": X.tolist(),
        "images": [X[:, t].reshape(h, w).tolist() for t in range(m)],
    }


def confusion_case():
    y_true = np.array([0, 1, 2, 2, 1, 0, 2, 1, 1, 0])
    y_pred = np.array([0, 2, 2, 2, 1, 0, 1, 1, 0, 0])
    cm = np.zeros((3, 3), dtype=int)
    np.add.at(cm, (y_true, y_pred), 1)
    return {"y_true": y_true.tolist(), "y_pred": y_pred.tolist(), "cm": cm.tolist(),
            "normalized": (cm / cm.sum(axis=1, keepdims=True)).tolist()}


def main():
    out = {"boundary": boundary_cases(), "images": image_cases(), "confusion": confusion_case()}
    path = os.path.join(ROOT, "test", "fixtures", "plot.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
