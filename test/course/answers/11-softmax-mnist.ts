// Answer fixtures of notebooks/11-softmax-mnist.ipynb: mistakes students make, which the test cells
// must catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake oneHot: one-hot rows (m, C) instead of columns
// @expect one-hot ROWS
function oneHot(y: NDArray, C: number): NDArray {
  return np.eye(C).get(y.ravel());
}

// @mistake oneHot: the matrix is created but the ones are never set
// @expect the matrix is still all zeros
function oneHot(y: NDArray, C: number): NDArray {
  return np.zeros([C, y.shape[1]]);
}

// @mistake oneHot: the (1, m) row used as the index directly, leaving an extra axis
// @expect extra dimension of size 1
function oneHot(y: NDArray, C: number): NDArray {
  return np.eye(C).get(y).T;
}

// @correct oneHot: a loop setting one 1 per column
function oneHot(y: NDArray, C: number): NDArray {
  const m = y.shape[1];
  const Y = np.zeros([C, m]);
  for (let i = 0; i < m; i++) Y.set(y.item(0, i), i, 1);
  return Y;
}

// @correct oneHot: compare the labels with a column of class numbers (broadcasting), as integers
function oneHot(y: NDArray, C: number): NDArray {
  return np.equal(np.arange(C).reshape(C, 1), y).astype("int64");
}

// @mistake softmax: normalised along the rows (axis 1)
// @expect each ROW sums to 1
function softmax(Z: NDArray): NDArray {
  const e = np.exp(np.subtract(Z, np.max(Z, { axis: 1, keepdims: true })));
  return np.divide(e, np.sum(e, { axis: 1, keepdims: true }));
}

// @mistake softmax: no maximum subtracted, e^1000 overflows
// @expect Subtract each column's maximum
function softmax(Z: NDArray): NDArray {
  const e = np.exp(Z);
  return np.divide(e, np.sum(e, { axis: 0, keepdims: true }));
}

// @mistake softmax: the maximum of the whole matrix subtracted instead of each column's
// @expect each column's own maximum
function softmax(Z: NDArray): NDArray {
  const e = np.exp(np.subtract(Z, np.max(Z)));
  return np.divide(e, np.sum(e, { axis: 0, keepdims: true }));
}

// @mistake softmax: divided by the sum of the whole matrix
// @expect divide each column by its own sum
function softmax(Z: NDArray): NDArray {
  const e = np.exp(np.subtract(Z, np.max(Z, { axis: 0, keepdims: true })));
  return np.divide(e, np.sum(e));
}

// @correct softmax: reductions without keepdims, (m,) broadcasts along the columns
function softmax(Z: NDArray): NDArray {
  const e = np.exp(np.subtract(Z, np.max(Z, { axis: 0 })));
  return np.divide(e, np.sum(e, { axis: 0 }));
}

// @correct softmax: one column at a time with Math.exp
function softmax(Z: NDArray): NDArray {
  const [C, m] = Z.shape;
  const A = np.zeros([C, m]);
  for (let i = 0; i < m; i++) {
    let max = -Infinity;
    for (let k = 0; k < C; k++) max = Math.max(max, Z.item(k, i));
    let sum = 0;
    for (let k = 0; k < C; k++) sum += Math.exp(Z.item(k, i) - max);
    for (let k = 0; k < C; k++) A.set(k, i, Math.exp(Z.item(k, i) - max) / sum);
  }
  return A;
}

// @mistake categoricalCrossEntropy: summed over the examples, no 1/m
// @expect divide by m
function categoricalCrossEntropy(AL: NDArray, Y: NDArray): number {
  return -np.sum(np.multiply(Y, np.log(AL)));
}

// @mistake categoricalCrossEntropy: minus sign forgotten
// @expect check the sign
function categoricalCrossEntropy(AL: NDArray, Y: NDArray): number {
  return np.sum(np.multiply(Y, np.log(AL))) / Y.shape[1];
}

// @mistake categoricalCrossEntropy: np.mean over all C·m entries
// @expect you divided by the number of entries
function categoricalCrossEntropy(AL: NDArray, Y: NDArray): number {
  return -np.mean(np.multiply(Y, np.log(AL)));
}

// @mistake categoricalCrossEntropy: m taken as the number of rows
// @expect not the number of rows
function categoricalCrossEntropy(AL: NDArray, Y: NDArray): number {
  return -np.sum(np.multiply(Y, np.log(AL))) / Y.shape[0];
}

// @mistake categoricalCrossEntropy: the binary cross-entropy formula
// @expect binary cross-entropy
function categoricalCrossEntropy(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  return -np.sum(np.add(np.multiply(Y, np.log(AL)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, AL))))) / m;
}

// @correct categoricalCrossEntropy: −log of the true class's probability, example by example
function categoricalCrossEntropy(AL: NDArray, Y: NDArray): number {
  const [C, m] = Y.shape;
  let total = 0;
  for (let i = 0; i < m; i++) for (let k = 0; k < C; k++) if (Y.item(k, i) === 1) total -= Math.log(AL.item(k, i));
  return total / m;
}

// @correct categoricalCrossEntropy: the mean of the per-example losses
function categoricalCrossEntropy(AL: NDArray, Y: NDArray): number {
  const losses = np.negative(np.sum(np.multiply(Y, np.log(AL)), { axis: 0 }));
  return np.mean(losses);
}

// @mistake softmaxGrads: no 1/m
// @expect divide by m
function softmaxGrads(W: NDArray, b: NDArray, X: NDArray, Y: NDArray): { dW: NDArray; db: NDArray } {
  const dZ = np.subtract(softmax(np.add(np.dot(W, X), b)), Y);
  return { dW: np.dot(dZ, X.T), db: np.sum(dZ, { axis: 1, keepdims: true }) };
}

// @mistake softmaxGrads: dZ = Y − A
// @expect check the sign
function softmaxGrads(W: NDArray, b: NDArray, X: NDArray, Y: NDArray): { dW: NDArray; db: NDArray } {
  const m = X.shape[1];
  const dZ = np.subtract(Y, softmax(np.add(np.dot(W, X), b)));
  return { dW: np.divide(np.dot(dZ, X.T), m), db: np.divide(np.sum(dZ, { axis: 1, keepdims: true }), m) };
}

// @mistake softmaxGrads: db summed over the classes (axis 0)
// @expect db sums over the examples
function softmaxGrads(W: NDArray, b: NDArray, X: NDArray, Y: NDArray): { dW: NDArray; db: NDArray } {
  const m = X.shape[1];
  const dZ = np.subtract(softmax(np.add(np.dot(W, X), b)), Y);
  return { dW: np.divide(np.dot(dZ, X.T), m), db: np.divide(np.sum(dZ, { axis: 0, keepdims: true }), m) };
}

// @mistake softmaxGrads: dW = X·dZᵀ, the transpose of dZ·Xᵀ
// @expect It looks transposed
function softmaxGrads(W: NDArray, b: NDArray, X: NDArray, Y: NDArray): { dW: NDArray; db: NDArray } {
  const m = X.shape[1];
  const dZ = np.subtract(softmax(np.add(np.dot(W, X), b)), Y);
  return { dW: np.divide(np.dot(X, dZ.T), m), db: np.divide(np.sum(dZ, { axis: 1, keepdims: true }), m) };
}

// @correct softmaxGrads: one example at a time, outer products accumulated
function softmaxGrads(W: NDArray, b: NDArray, X: NDArray, Y: NDArray): { dW: NDArray; db: NDArray } {
  const m = X.shape[1];
  let dW = np.zerosLike(W), db = np.zerosLike(b);
  for (let i = 0; i < m; i++) {
    const x = X.get(":", `${i}:${i + 1}`);
    const dz = np.subtract(softmax(np.add(np.dot(W, x), b)), Y.get(":", `${i}:${i + 1}`));
    dW = np.add(dW, np.dot(dz, x.T));
    db = np.add(db, dz);
  }
  return { dW: np.divide(dW, m), db: np.divide(db, m) };
}

// @mistake predict: argmax over the classes' axis 1
// @expect take the argmax over axis 0
function predict(W: NDArray, b: NDArray, X: NDArray): NDArray {
  return np.argmax(softmax(np.add(np.dot(W, X), b)), { axis: 1 }).reshape(1, -1);
}

// @mistake predict: argmin
// @expect np.argmax, not np.argmin
function predict(W: NDArray, b: NDArray, X: NDArray): NDArray {
  return np.argmin(softmax(np.add(np.dot(W, X), b)), { axis: 0 }).reshape(1, -1);
}

// @mistake predict: the (m,) vector of np.argmax, not reshaped to (1, m)
// @expect A dimension of size 1 is missing
function predict(W: NDArray, b: NDArray, X: NDArray): NDArray {
  return np.argmax(softmax(np.add(np.dot(W, X), b)), { axis: 0 });
}

// @correct predict: argmax of the scores Z (softmax keeps the order), keepdims instead of reshape
function predict(W: NDArray, b: NDArray, X: NDArray): NDArray {
  return np.argmax(np.add(np.dot(W, X), b), { axis: 0, keepdims: true });
}

// @correct predict: a loop over the columns, float labels
function predict(W: NDArray, b: NDArray, X: NDArray): NDArray {
  const A = softmax(np.add(np.dot(W, X), b));
  const [C, m] = A.shape;
  const out = np.zeros([1, m]);
  for (let i = 0; i < m; i++) {
    let best = 0;
    for (let k = 1; k < C; k++) if (A.item(k, i) > A.item(best, i)) best = k;
    out.set(0, i, best);
  }
  return out;
}
