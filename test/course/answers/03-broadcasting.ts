// Answer fixtures of notebooks/03-broadcasting.ipynb: mistakes students make, which the test cells
// must catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake centerRows: row means without keepdims (shape (2,) does not fit (2, 3))
// @expect operands could not be broadcast together with shapes (2,3) (2,)
// @expect np.mean(x, { axis: 1, keepdims: true })
function centerRows(x: NDArray): NDArray {
  return np.subtract(x, np.mean(x, { axis: 1 }));
}

// @mistake centerRows: column means (axis 0)
// @expect the mean of each row is over axis 1
function centerRows(x: NDArray): NDArray {
  return np.subtract(x, np.mean(x, { axis: 0, keepdims: true }));
}

// @mistake centerRows: the mean of the whole matrix
// @expect each row needs its own mean
function centerRows(x: NDArray): NDArray {
  return x.sub(x.mean());
}

// @correct centerRows: a loop over the rows
function centerRows(x: NDArray): NDArray {
  const [m, n] = x.shape;
  const out = np.zeros([m, n]);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += x.item(i, j);
    for (let j = 0; j < n; j++) out.set(i, j, x.item(i, j) - s / n);
  }
  return out;
}

// @correct centerRows: sum / n, reshaped into a column
function centerRows(x: NDArray): NDArray {
  const mu = np.sum(x, { axis: 1 }).div(x.shape[1]).reshape(-1, 1);
  return x.sub(mu);
}

// @mistake normalizeRows: norms without keepdims
// @expect operands could not be broadcast together with shapes (2,3) (2,)
// @expect keepdims: true
function normalizeRows(x: NDArray): NDArray {
  return np.divide(x, np.linalg.norm(x, { axis: 1 }));
}

// @mistake normalizeRows: norm over the wrong axis (each column)
// @expect you divided each column by its norm (axis 0)
function normalizeRows(x: NDArray): NDArray {
  return np.divide(x, np.linalg.norm(x, { axis: 0, keepdims: true }));
}

// @mistake normalizeRows: divided by the sum of squares (no square root)
// @expect the norm is its square root
function normalizeRows(x: NDArray): NDArray {
  return np.divide(x, np.sum(np.square(x), { axis: 1, keepdims: true }));
}

// @mistake normalizeRows: the norm of the whole matrix
// @expect each row needs its own norm
function normalizeRows(x: NDArray): NDArray {
  return np.divide(x, np.linalg.norm(x));
}

// @correct normalizeRows: square root of the row sums of squares
function normalizeRows(x: NDArray): NDArray {
  return x.div(np.sqrt(np.sum(x.mul(x), { axis: 1, keepdims: true })));
}

// @correct normalizeRows: one row at a time
function normalizeRows(x: NDArray): NDArray {
  const out = np.zeros(x.shape);
  for (let i = 0; i < x.shape[0]; i++) {
    const row = x.get(i);
    out.set(i, row.div(np.linalg.norm(row)));
  }
  return out;
}

// @correct normalizeRows: norms without keepdims, then a new axis
function normalizeRows(x: NDArray): NDArray {
  return x.div(np.linalg.norm(x, { axis: 1 }).get(":", np.newaxis));
}

// @mistake softmax: column-wise (axis 0)
// @expect each column sums to 1 (axis 0)
function softmax(x: NDArray): NDArray {
  const e = np.exp(x);
  return e.div(np.sum(e, { axis: 0, keepdims: true }));
}

// @mistake softmax: divided by the sum over the whole matrix
// @expect you divided by the sum over the whole matrix
function softmax(x: NDArray): NDArray {
  const e = np.exp(x);
  return e.div(np.sum(e));
}

// @mistake softmax: row sums without keepdims
// @expect operands could not be broadcast together with shapes (2,4) (2,)
// @expect np.sum(e, { axis: 1, keepdims: true })
function softmax(x: NDArray): NDArray {
  const e = np.exp(x);
  return e.div(np.sum(e, { axis: 1 }));
}

// @mistake softmax: forgot to exponentiate
// @expect without exponentiating
function softmax(x: NDArray): NDArray {
  return x.div(np.sum(x, { axis: 1, keepdims: true }));
}

// @correct softmax: the stable version, each row's maximum subtracted first
function softmax(x: NDArray): NDArray {
  const e = np.exp(x.sub(np.max(x, { axis: 1, keepdims: true })));
  return e.div(np.sum(e, { axis: 1, keepdims: true }));
}

// @correct softmax: through a transpose and column sums
function softmax(x: NDArray): NDArray {
  const e = np.exp(x.T);
  return e.div(np.sum(e, { axis: 0 })).T;
}

// @correct softmax: a loop with Math.exp
function softmax(x: NDArray): NDArray {
  const [m, n] = x.shape;
  const out = np.zeros([m, n]);
  for (let i = 0; i < m; i++) {
    let total = 0;
    for (let j = 0; j < n; j++) total += Math.exp(x.item(i, j));
    for (let j = 0; j < n; j++) out.set(i, j, Math.exp(x.item(i, j)) / total);
  }
  return out;
}
