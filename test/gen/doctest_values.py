"""numpy values for the @example outputs of src/nn (test/doctest.test.ts checks them): each section
computes, with the lectures' formulas in numpy, what one file's examples show. Run from the
repository root:  python3 test/gen/doctest_values.py [section]   (prints; nothing is written)
"""
import sys

import numpy as np

from _common import AdalineGD, iris_xy, sigmoid, softmax, standardize

np.set_printoptions(legacy=False)
SECTIONS = {}


def section(f):
    SECTIONS[f.__name__] = f
    return f


def show(label, v):
    print(f"{label}: {v!r}")


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


if __name__ == "__main__":
    for name, f in SECTIONS.items():
        if len(sys.argv) < 2 or name in sys.argv[1:]:
            print(f"## {name}")
            f()
