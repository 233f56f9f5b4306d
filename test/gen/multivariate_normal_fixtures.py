"""Writes test/fixtures/multivariate_normal.json: numpy's legacy RandomState.multivariate_normal
values for many covariances, so deepts' samples can be compared value for value (numpy maps its
standard normals through sqrt(s)[:, None] * V from LAPACK's dgesdd; equal values need LAPACK's
singular-vector signs).

Cases: dimensions 1-10 with random symmetric positive-definite covariances, rank-deficient
positive-semidefinite ones, diagonal ones with tied variances, negative correlations, integer-valued
ones, and covariances that are not positive-semidefinite (numpy warns; "warned" records it). Sizes
None, 1, small and large, tuples; seeds varied. Each case also stores numpy.linalg.svd(cov).

Run: python3 test/gen/multivariate_normal_fixtures.py
"""
import json
import os
import warnings

import numpy as np

from _common import ROOT
OUT = os.path.join(ROOT, "test", "fixtures", "multivariate_normal.json")


def covariances():
    rng = np.random.default_rng(20261202)
    out = []
    for d in range(1, 11):
        for k in range(4):
            b = rng.standard_normal((d, d))
            out.append(("spd", b @ b.T / d + 0.1 * np.eye(d)))
        for r in sorted({1, max(1, d // 2), max(1, d - 1)}):
            if r < d:
                b = rng.standard_normal((d, r))
                out.append((f"rank{r}", b @ b.T))
        q = np.round(rng.standard_normal((d, d)) * 2)
        out.append(("integer", q @ q.T))
    out += [
        ("student", np.array([[1, 0.5], [0.5, 1]])),
        ("negative", np.array([[1, -0.8], [-0.8, 1]])),
        ("negative3", np.array([[2, -0.9, 0.3], [-0.9, 1, -0.5], [0.3, -0.5, 1.5]])),
        ("diagonal ties", np.diag([2.0, 2.0, 1.0])),
        ("diagonal ties 2", np.diag([1.0, 3.0, 3.0, 2.0, 3.0])),
        ("identity4", np.eye(4)),
        ("zero", np.zeros((3, 3))),
        ("ones (rank 1)", np.ones((3, 3))),
        ("not PSD", np.array([[1.0, 2.0], [2.0, 1.0]])),
        ("not PSD 3", np.array([[1.0, 0.9, -0.9], [0.9, 1.0, 0.9], [-0.9, 0.9, 1.0]])),
    ]
    return out


SIZES = [None, 1, 5, [2, 3], 100]


def main():
    cases = []
    for k, (kind, cov) in enumerate(covariances()):
        d = cov.shape[0]
        mean = [float(x) for x in np.linspace(-1, 2, d)]
        seed = k % 7
        size = SIZES[k % len(SIZES)]
        if kind == "student":
            seed, size = 0, 100
        np.random.seed(seed)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            y = np.random.multivariate_normal(mean, cov, None if size is None else (size if isinstance(size, int) else tuple(size)))
        u, s, vh = np.linalg.svd(cov)
        cases.append({"kind": kind, "seed": seed, "mean": mean, "cov": cov.tolist(), "size": size,
                      "warned": any("positive-semidefinite" in str(w.message) for w in caught),
                      "shape": list(y.shape), "data": y.ravel().tolist(),
                      "svd": {"u": u.ravel().tolist(), "s": s.tolist(), "vh": vh.ravel().tolist()}})
    with open(OUT, "w") as fh:
        json.dump({"numpy": np.__version__, "cases": cases}, fh, separators=(",", ":"), allow_nan=False)
    print(f"wrote {OUT}: {len(cases)} cases")


if __name__ == "__main__":
    main()
