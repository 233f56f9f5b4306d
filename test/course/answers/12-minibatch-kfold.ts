// Answer fixtures of notebooks/12-minibatch-kfold.ipynb: mistakes students make, which the test
// cells must catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake updateParametersWithGd: gradient ascent (+ α dW)
// @expect check the sign
function updateParametersWithGd(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  const L = Object.keys(parameters).length / 2;
  const out: Record<string, NDArray> = {};
  for (let l = 1; l <= L; l++) {
    out[`W${l}`] = np.add(parameters[`W${l}`], np.multiply(learningRate, grads[`dW${l}`]));
    out[`b${l}`] = np.add(parameters[`b${l}`], np.multiply(learningRate, grads[`db${l}`]));
  }
  return out;
}

// @mistake updateParametersWithGd: the learning rate forgotten
// @expect multiply the gradients by the learning rate
function updateParametersWithGd(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  const L = Object.keys(parameters).length / 2;
  const out: Record<string, NDArray> = {};
  for (let l = 1; l <= L; l++) {
    out[`W${l}`] = np.subtract(parameters[`W${l}`], grads[`dW${l}`]);
    out[`b${l}`] = np.subtract(parameters[`b${l}`], grads[`db${l}`]);
  }
  return out;
}

// @mistake updateParametersWithGd: the loop stops before the last layer (l < L)
// @expect loop over every layer
function updateParametersWithGd(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  const L = Object.keys(parameters).length / 2;
  const out: Record<string, NDArray> = { ...parameters };
  for (let l = 1; l < L; l++) {
    out[`W${l}`] = np.subtract(parameters[`W${l}`], np.multiply(learningRate, grads[`dW${l}`]));
    out[`b${l}`] = np.subtract(parameters[`b${l}`], np.multiply(learningRate, grads[`db${l}`]));
  }
  return out;
}

// @mistake updateParametersWithGd: the biases never updated
// @expect update the biases too
function updateParametersWithGd(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  const L = Object.keys(parameters).length / 2;
  const out: Record<string, NDArray> = { ...parameters };
  for (let l = 1; l <= L; l++) out[`W${l}`] = np.subtract(parameters[`W${l}`], np.multiply(learningRate, grads[`dW${l}`]));
  return out;
}

// @correct updateParametersWithGd: in place over the keys, deeplearning.ai style
function updateParametersWithGd(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  for (const key of Object.keys(parameters)) parameters[key] = parameters[key].subtract(grads[`d${key}`].multiply(learningRate));
  return parameters;
}

// @mistake randomMiniBatches: no shuffle
// @expect still in their original order
function randomMiniBatches(X: NDArray, Y: NDArray, miniBatchSize = 64, seed = 0): [NDArray, NDArray][] {
  const m = X.shape[1];
  const batches: [NDArray, NDArray][] = [];
  for (let k = 0; k < m; k += miniBatchSize) {
    const cols = `${k}:${Math.min(k + miniBatchSize, m)}`;
    batches.push([X.get(":", cols), Y.get(":", cols)]);
  }
  return batches;
}

// @mistake randomMiniBatches: the last, smaller batch dropped
// @expect a last, smaller one
function randomMiniBatches(X: NDArray, Y: NDArray, miniBatchSize = 64, seed = 0): [NDArray, NDArray][] {
  np.random.seed(seed);
  const m = X.shape[1];
  const p = np.random.permutation(m);
  const sx = X.get(":", p), sy = Y.get(":", p);
  const batches: [NDArray, NDArray][] = [];
  for (let k = 0; k < Math.floor(m / miniBatchSize); k++) {
    const cols = `${k * miniBatchSize}:${(k + 1) * miniBatchSize}`;
    batches.push([sx.get(":", cols), sy.get(":", cols)]);
  }
  return batches;
}

// @mistake randomMiniBatches: X and Y shuffled with two different permutations
// @expect the SAME permutation
function randomMiniBatches(X: NDArray, Y: NDArray, miniBatchSize = 64, seed = 0): [NDArray, NDArray][] {
  np.random.seed(seed);
  const m = X.shape[1];
  const sx = X.get(":", np.random.permutation(m)), sy = Y.get(":", np.random.permutation(m));
  const batches: [NDArray, NDArray][] = [];
  for (let k = 0; k < m; k += miniBatchSize) {
    const cols = `${k}:${Math.min(k + miniBatchSize, m)}`;
    batches.push([sx.get(":", cols), sy.get(":", cols)]);
  }
  return batches;
}

// @mistake randomMiniBatches: the seed never set, so the order is not reproducible
// @expect call np.random.seed(seed) first
function randomMiniBatches(X: NDArray, Y: NDArray, miniBatchSize = 64, seed = 0): [NDArray, NDArray][] {
  const m = X.shape[1];
  const p = np.random.permutation(m);
  const sx = X.get(":", p), sy = Y.get(":", p);
  const batches: [NDArray, NDArray][] = [];
  for (let k = 0; k < m; k += miniBatchSize) {
    const cols = `${k}:${Math.min(k + miniBatchSize, m)}`;
    batches.push([sx.get(":", cols), sy.get(":", cols)]);
  }
  return batches;
}

// @mistake randomMiniBatches: always adds a left-over batch, empty when m is a multiple of the size
// @expect no empty fifth batch
function randomMiniBatches(X: NDArray, Y: NDArray, miniBatchSize = 64, seed = 0): [NDArray, NDArray][] {
  np.random.seed(seed);
  const m = X.shape[1];
  const p = np.random.permutation(m);
  const sx = X.get(":", p), sy = Y.get(":", p);
  const n = Math.floor(m / miniBatchSize);
  const batches: [NDArray, NDArray][] = [];
  for (let k = 0; k < n; k++) {
    const cols = `${k * miniBatchSize}:${(k + 1) * miniBatchSize}`;
    batches.push([sx.get(":", cols), sy.get(":", cols)]);
  }
  batches.push([sx.get(":", `${n * miniBatchSize}:${m}`), sy.get(":", `${n * miniBatchSize}:${m}`)]);
  return batches;
}

// @correct randomMiniBatches: one loop with Math.min for the end, examples gathered column by column
function randomMiniBatches(X: NDArray, Y: NDArray, miniBatchSize = 64, seed = 0): [NDArray, NDArray][] {
  np.random.seed(seed);
  const m = X.shape[1];
  const order: number[] = np.random.permutation(m).tolist();
  const batches: [NDArray, NDArray][] = [];
  for (let start = 0; start < m; start += miniBatchSize) {
    const idx = np.array(order.slice(start, Math.min(start + miniBatchSize, m)), { dtype: "int64" });
    batches.push([X.get(":", idx), Y.get(":", idx)]);
  }
  return batches;
}

// @mistake kFoldSplit: the left-over examples put into the last fold
// @expect the FIRST m mod k folds
function kFoldSplit(m: number, k: number): { train: number[]; test: number[] }[] {
  const size = Math.floor(m / k);
  const folds: { train: number[]; test: number[] }[] = [];
  for (let i = 0; i < k; i++) {
    const end = i === k - 1 ? m : (i + 1) * size;
    const test: number[] = [], train: number[] = [];
    for (let j = 0; j < m; j++) (j >= i * size && j < end ? test : train).push(j);
    folds.push({ train, test });
  }
  return folds;
}

// @mistake kFoldSplit: the training set is every example, the test fold included
// @expect leave the test subset out
function kFoldSplit(m: number, k: number): { train: number[]; test: number[] }[] {
  const folds: { train: number[]; test: number[] }[] = [];
  let start = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.floor(m / k) + (i < m % k ? 1 : 0);
    folds.push({ train: Array.from({ length: m }, (_, j) => j), test: Array.from({ length: size }, (_, j) => start + j) });
    start += size;
  }
  return folds;
}

// @mistake kFoldSplit: Math.floor(m / k) per fold, the remainder never tested
// @expect one example is never tested
function kFoldSplit(m: number, k: number): { train: number[]; test: number[] }[] {
  const size = Math.floor(m / k);
  const folds: { train: number[]; test: number[] }[] = [];
  for (let i = 0; i < k; i++) {
    const test = Array.from({ length: size }, (_, j) => i * size + j);
    folds.push({ train: Array.from({ length: m }, (_, j) => j).filter((j) => !test.includes(j)), test });
  }
  return folds;
}

// @correct kFoldSplit: a fold number per example, fold i of size ceil((m − i) / k)
function kFoldSplit(m: number, k: number): { train: number[]; test: number[] }[] {
  const foldOf: number[] = [];
  for (let i = 0; i < k; i++) for (let n = 0; n < Math.ceil((m - i) / k); n++) foldOf.push(i);
  return Array.from({ length: k }, (_, i) => ({
    train: foldOf.map((f, j) => (f === i ? -1 : j)).filter((j) => j >= 0),
    test: foldOf.map((f, j) => (f === i ? j : -1)).filter((j) => j >= 0),
  }));
}

// @mistake crossValidate: trained on the test fold and scored on the training part
// @expect train and test are swapped
function crossValidate(X: NDArray, Y: NDArray, k: number, trainAndScore: (X_train: NDArray, Y_train: NDArray, X_test: NDArray, Y_test: NDArray) => number): number[] {
  return kFoldSplit(X.shape[1], k).map(({ train, test }) => {
    const tr = np.array(train, { dtype: "int64" }), te = np.array(test, { dtype: "int64" });
    return trainAndScore(X.get(":", te), Y.get(":", te), X.get(":", tr), Y.get(":", tr));
  });
}

// @mistake crossValidate: returns the mean score instead of the list
// @expect return the list of the k scores
function crossValidate(X: NDArray, Y: NDArray, k: number, trainAndScore: (X_train: NDArray, Y_train: NDArray, X_test: NDArray, Y_test: NDArray) => number): number[] {
  const scores = kFoldSplit(X.shape[1], k).map(({ train, test }) => {
    const tr = np.array(train, { dtype: "int64" }), te = np.array(test, { dtype: "int64" });
    return trainAndScore(X.get(":", tr), Y.get(":", tr), X.get(":", te), Y.get(":", te));
  });
  return (scores.reduce((a, b) => a + b, 0) / k) as any;
}

// @correct crossValidate: columns gathered one by one with np.concatenate
function crossValidate(X: NDArray, Y: NDArray, k: number, trainAndScore: (X_train: NDArray, Y_train: NDArray, X_test: NDArray, Y_test: NDArray) => number): number[] {
  const cols = (A: NDArray, idx: number[]) => np.concatenate(idx.map((j) => A.get(":", `${j}:${j + 1}`)), { axis: 1 });
  const scores: number[] = [];
  for (const fold of kFoldSplit(X.shape[1], k)) scores.push(trainAndScore(cols(X, fold.train), cols(Y, fold.train), cols(X, fold.test), cols(Y, fold.test)));
  return scores;
}
