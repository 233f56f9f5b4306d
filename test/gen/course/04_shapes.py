"""numpy's values for the checks of notebooks/04-shapes.ipynb (the ones numpy can recompute without
the catLike loader): reshapes of seeded arrays, the lecture's image, and digits flattened to (n_x, m).
Writes test/fixtures/course/04-shapes.json; test/course/numpy.test.ts compares it with the recording."""
import gzip
import os

import numpy as np

from _fixture import write

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
checks = {}

# toColumn: every value as one column, row-major
checks["toColumn-rank1"] = np.arange(4).reshape(-1, 1).tolist()
checks["toColumn-row"] = np.array([[7, 8, 9]]).reshape(-1, 1).tolist()
checks["toColumn-column"] = np.array([[1.5], [2.5]]).reshape(-1, 1).tolist()
np.random.seed(7)
checks["toColumn-matrix"] = np.random.randn(2, 3).reshape(-1, 1).tolist()
checks["toColumn-one"] = np.array([4.25]).reshape(-1, 1).tolist()
checks["toColumn-3d"] = np.arange(24).reshape(2, 3, 4).reshape(-1, 1).tolist()

# assertShape: the outcomes ("ok" when it does not throw)
checks["assertShape-right"] = "ok"
checks["assertShape-3d"] = "ok"
checks["assertShape-scalar"] = "ok"


# image2vector: the lecture's function
def image2vector(image):
    return image.reshape((image.shape[0] * image.shape[1] * image.shape[2]), 1)


image = np.array([[[0.139, 0.381], [0.982, 0.647], [0.251, 0.551]],
                  [[0.219, 0.647], [0.703, 0.845], [0.397, 0.313]],
                  [[0.855, 0.165], [0.313, 0.937], [0.279, 0.077]]])
checks["image2vector-lecture"] = image2vector(image).tolist()
np.random.seed(3)
checks["image2vector-rgb"] = image2vector(np.random.rand(4, 5, 3)).tolist()
checks["image2vector-one"] = image2vector(np.array([[[0.5]]])).tolist()


# flattenImages: a batch (m, h, w[, c]) as (n_x, m)
def flatten_images(X):
    return X.reshape(X.shape[0], -1).T


with gzip.open(os.path.join(ROOT, "datasets", "digits.csv.gz"), "rt") as f:
    digits = np.loadtxt(f, delimiter=",")
images = digits[:10, :-1].reshape(10, 8, 8)
checks["flattenImages-digits"] = flatten_images(images).tolist()
np.random.seed(4)
checks["flattenImages-rgb"] = flatten_images(np.random.rand(3, 4, 5, 3)).tolist()
checks["flattenImages-one"] = flatten_images(np.arange(4).reshape(1, 2, 2)).tolist()

write("04-shapes", checks)
