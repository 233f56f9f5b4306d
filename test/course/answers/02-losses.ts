// Answer fixtures of notebooks/02-losses.ipynb: mistakes students make, which the test cells must
// catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake L1: forgot the absolute value (the errors cancel)
// @expect take the absolute value with np.abs
function L1(yhat: NDArray, y: NDArray): number {
  return np.sum(np.subtract(y, yhat));
}

// @mistake L1: the mean instead of the sum
// @expect that is the mean (divided by 5)
function L1(yhat: NDArray, y: NDArray): number {
  return np.mean(np.abs(np.subtract(y, yhat)));
}

// @mistake L1: returns the per-example losses, not their sum
// @expect wrap it in np.sum
function L1(yhat: NDArray, y: NDArray): number {
  return np.abs(np.subtract(y, yhat)) as any;
}

// @correct L1: a loop over the elements with Math.abs, in the other order (ŷ − y)
function L1(yhat: NDArray, y: NDArray): number {
  let total = 0;
  for (let j = 0; j < yhat.size; j++) total += Math.abs(yhat.flatten().item(j) - y.flatten().item(j));
  return total;
}

// @correct L1: np.linalg.norm with ord 1
function L1(yhat: NDArray, y: NDArray): number {
  return np.linalg.norm(yhat.sub(y).flatten(), { ord: 1 });
}

// @mistake L2: the length √Σd² (np.linalg.norm) instead of its square
// @expect without the square root
function L2(yhat: NDArray, y: NDArray): number {
  return np.linalg.norm(np.subtract(y, yhat));
}

// @mistake L2: squared the sum instead of summing the squares
// @expect square each difference first
function L2(yhat: NDArray, y: NDArray): number {
  const s = np.sum(np.subtract(y, yhat));
  return s * s;
}

// @mistake L2: the mean instead of the sum
// @expect that is the mean (divided by 5)
function L2(yhat: NDArray, y: NDArray): number {
  return np.mean(np.square(np.subtract(y, yhat)));
}

// @correct L2: the lecture's dot product of the difference with itself
function L2(yhat: NDArray, y: NDArray): number {
  const d = np.subtract(y, yhat);
  return np.dot(d, d).item();
}

// @correct L2: the squared norm
function L2(yhat: NDArray, y: NDArray): number {
  return np.linalg.norm(yhat.sub(y)) ** 2;
}

// @correct L2: a loop
function L2(yhat: NDArray, y: NDArray): number {
  const a = yhat.flatten(), b = y.flatten();
  let total = 0;
  for (let j = 0; j < a.size; j++) total += (a.item(j) - b.item(j)) ** 2;
  return total;
}

// @mistake crossEntropy: forgot the minus sign
// @expect the sign is wrong
function crossEntropy(yhat: NDArray, y: NDArray): number {
  return np.sum(np.add(np.multiply(y, np.log(yhat)), np.multiply(np.subtract(1, y), np.log(np.subtract(1, yhat)))));
}

// @mistake crossEntropy: the mean instead of the lecture's sum
// @expect that is the mean (divided by the 5 examples)
function crossEntropy(yhat: NDArray, y: NDArray): number {
  return -np.mean(np.add(np.multiply(y, np.log(yhat)), np.multiply(np.subtract(1, y), np.log(np.subtract(1, yhat)))));
}

// @mistake crossEntropy: y and ŷ swapped (logs of the labels)
// @expect never log(y) or log(1 − y)
function crossEntropy(yhat: NDArray, y: NDArray): number {
  return -np.sum(np.add(np.multiply(yhat, np.log(y)), np.multiply(np.subtract(1, yhat), np.log(np.subtract(1, y)))));
}

// @mistake crossEntropy: log(1 − y) instead of log(1 − ŷ)
// @expect The logs are of the prediction
function crossEntropy(yhat: NDArray, y: NDArray): number {
  return -np.sum(np.add(np.multiply(y, np.log(yhat)), np.multiply(np.subtract(1, y), np.log(np.subtract(1, y)))));
}

// @mistake crossEntropy: 1 − log ŷ instead of log(1 − ŷ)
// @expect the log of (1 − ŷ), not 1 − log(ŷ)
function crossEntropy(yhat: NDArray, y: NDArray): number {
  return -np.sum(np.add(np.multiply(y, np.log(yhat)), np.multiply(np.subtract(1, y), np.subtract(1, np.log(yhat)))));
}

// @mistake crossEntropy: only the y log ŷ term
// @expect add the second term (1 − y)·log(1 − ŷ)
function crossEntropy(yhat: NDArray, y: NDArray): number {
  return -np.sum(np.multiply(y, np.log(yhat)));
}

// @correct crossEntropy: one example at a time with Math.log
function crossEntropy(yhat: NDArray, y: NDArray): number {
  const a = yhat.flatten(), b = y.flatten();
  let total = 0;
  for (let j = 0; j < a.size; j++) total -= b.item(j) * Math.log(a.item(j)) + (1 - b.item(j)) * Math.log(1 - a.item(j));
  return total;
}

// @correct crossEntropy: two dot products, log1p for log(1 − ŷ)
function crossEntropy(yhat: NDArray, y: NDArray): number {
  const a = yhat.flatten(), b = y.flatten();
  const pos = np.dot(b, np.log(a)).item();
  const neg = np.dot(np.subtract(1, b), np.log1p(np.negative(a))).item();
  return -(pos + neg);
}

// @mistake computeCost: forgot the 1/m (returns the sum)
// @expect divide by m
function computeCost(A: NDArray, Y: NDArray): number {
  return crossEntropy(A, Y);
}

// @mistake computeCost: m taken from Y.shape[0], which is 1
// @expect Y.shape[1] (the columns
function computeCost(A: NDArray, Y: NDArray): number {
  const m = Y.shape[0];
  return -np.sum(np.add(Y.mul(np.log(A)), np.subtract(1, Y).mul(np.log(np.subtract(1, A))))) / m;
}

// @mistake computeCost: the minus sign forgotten
// @expect the sign is wrong
function computeCost(A: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  return np.sum(np.add(Y.mul(np.log(A)), np.subtract(1, Y).mul(np.log(np.subtract(1, A))))) / m;
}

// @mistake computeCost: summed over axis 1 and returned the (1,) array
// @expect take it out with .item()
function computeCost(A: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  return np.sum(np.add(Y.mul(np.log(A)), np.subtract(1, Y).mul(np.log(np.subtract(1, A)))), { axis: 1 }).mul(-1 / m) as any;
}

// @correct computeCost: the mean over all entries, with np.mean
function computeCost(A: NDArray, Y: NDArray): number {
  return -np.mean(np.add(np.multiply(Y, np.log(A)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A)))));
}

// @correct computeCost: the lecture's dot products with Y and 1 − Y
function computeCost(A: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const s = np.dot(np.log(A), Y.T).add(np.dot(np.log(np.subtract(1, A)), np.subtract(1, Y).T));
  return -s.item() / m;
}
