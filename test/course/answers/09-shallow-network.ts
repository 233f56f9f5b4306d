// Answer fixtures of notebooks/09-shallow-network.ipynb: mistakes students make, which the test cells
// must catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake layerSizes: counts examples (shape[1]) instead of rows
// @expect n_x and n_y are numbers of ROWS
function layerSizes(X: NDArray, Y: NDArray): [number, number, number] {
  return [X.shape[1], 4, Y.shape[1]];
}

// @mistake layerSizes: hidden layer size taken from the data
// @expect the hidden layer has 4 units
function layerSizes(X: NDArray, Y: NDArray): [number, number, number] {
  return [X.shape[0], X.shape[0], Y.shape[0]];
}

// @correct layerSizes: destructured shapes
function layerSizes(X: NDArray, Y: NDArray): [number, number, number] {
  const [nX] = X.shape;
  const [nY] = Y.shape;
  return [nX, 4, nY];
}

// @mistake initializeParameters: weights initialised with zeros
// @expect W1 must not be all zeros
function initializeParameters(nX: number, nH: number, nY: number): Record<string, NDArray> {
  return { W1: np.zeros([nH, nX]), b1: np.zeros([nH, 1]), W2: np.zeros([nY, nH]), b2: np.zeros([nY, 1]) };
}

// @mistake initializeParameters: forgot the factor 0.01
// @expect scale the random weights down
function initializeParameters(nX: number, nH: number, nY: number): Record<string, NDArray> {
  return { W1: np.random.randn(nH, nX), b1: np.zeros([nH, 1]), W2: np.random.randn(nY, nH), b2: np.zeros([nY, 1]) };
}

// @mistake initializeParameters: W1 drawn transposed, (nX, nH)
// @expect It looks transposed
function initializeParameters(nX: number, nH: number, nY: number): Record<string, NDArray> {
  return { W1: np.random.randn(nX, nH).mul(0.01), b1: np.zeros([nH, 1]), W2: np.random.randn(nY, nH).mul(0.01), b2: np.zeros([nY, 1]) };
}

// @mistake initializeParameters: rank-1 biases
// @expect b1 is a column
function initializeParameters(nX: number, nH: number, nY: number): Record<string, NDArray> {
  return { W1: np.random.randn(nH, nX).mul(0.01), b1: np.zeros([nH]), W2: np.random.randn(nY, nH).mul(0.01), b2: np.zeros([nY]) };
}

// @correct initializeParameters: np.multiply and np.zerosLike of a column
function initializeParameters(nX: number, nH: number, nY: number): Record<string, NDArray> {
  const W1 = np.multiply(np.random.randn(nH, nX), 0.01);
  const W2 = np.multiply(np.random.randn(nY, nH), 0.01);
  return { W1, b1: np.zerosLike(W1.get(":", "0:1")), W2, b2: np.zeros([nY, 1]) };
}

// @mistake forwardPropagation: sigmoid in the hidden layer
// @expect the hidden layer uses tanh
function forwardPropagation(X: NDArray, parameters: Record<string, NDArray>): [NDArray, Record<string, NDArray>] {
  const { W1, b1, W2, b2 } = parameters;
  const Z1 = np.dot(W1, X).add(b1);
  const A1 = nn.sigmoid(Z1);
  const Z2 = np.dot(W2, A1).add(b2);
  const A2 = nn.sigmoid(Z2);
  return [A2, { Z1, A1, Z2, A2 }];
}

// @mistake forwardPropagation: tanh at the output too
// @expect the output unit is a sigmoid
function forwardPropagation(X: NDArray, parameters: Record<string, NDArray>): [NDArray, Record<string, NDArray>] {
  const { W1, b1, W2, b2 } = parameters;
  const Z1 = np.dot(W1, X).add(b1);
  const A1 = np.tanh(Z1);
  const Z2 = np.dot(W2, A1).add(b2);
  const A2 = np.tanh(Z2);
  return [A2, { Z1, A1, Z2, A2 }];
}

// @mistake forwardPropagation: biases left out
// @expect add the biases
function forwardPropagation(X: NDArray, parameters: Record<string, NDArray>): [NDArray, Record<string, NDArray>] {
  const { W1, W2 } = parameters;
  const Z1 = np.dot(W1, X);
  const A1 = np.tanh(Z1);
  const Z2 = np.dot(W2, A1);
  const A2 = nn.sigmoid(Z2);
  return [A2, { Z1, A1, Z2, A2 }];
}

// @mistake forwardPropagation: the cache lacks Z2
// @expect missing key
function forwardPropagation(X: NDArray, parameters: Record<string, NDArray>): [NDArray, Record<string, NDArray>] {
  const { W1, b1, W2, b2 } = parameters;
  const Z1 = np.dot(W1, X).add(b1);
  const A1 = np.tanh(Z1);
  const A2 = nn.sigmoid(np.dot(W2, A1).add(b2));
  return [A2, { Z1, A1, A2 }];
}

// @correct forwardPropagation: matmul and the sigmoid written out
function forwardPropagation(X: NDArray, parameters: Record<string, NDArray>): [NDArray, Record<string, NDArray>] {
  const Z1 = np.add(np.matmul(parameters.W1, X), parameters.b1);
  const A1 = np.tanh(Z1);
  const Z2 = np.add(np.matmul(parameters.W2, A1), parameters.b2);
  const A2 = np.divide(1, np.add(1, np.exp(np.negative(Z2))));
  return [A2, { Z1, A1, Z2, A2 }];
}

// @mistake computeCost: forgot to divide by m
// @expect divide the sum by m
function computeCost(A2: NDArray, Y: NDArray): number {
  const logprobs = np.log(A2).mul(Y).add(np.log(np.subtract(1, A2)).mul(np.subtract(1, Y)));
  return -np.sum(logprobs);
}

// @mistake computeCost: no minus sign
// @expect the cost has a minus sign in front
function computeCost(A2: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const logprobs = np.log(A2).mul(Y).add(np.log(np.subtract(1, A2)).mul(np.subtract(1, Y)));
  return np.sum(logprobs) / m;
}

// @mistake computeCost: returns a (1, 1) array from np.dot
// @expect take it out with .item()
function computeCost(A2: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const s = np.add(np.dot(Y, np.log(A2).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, A2)).T));
  return s.mul(-1 / m) as unknown as number;
}

// @correct computeCost: np.dot, then .item()
function computeCost(A2: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const s = np.add(np.dot(Y, np.log(A2).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, A2)).T));
  return -s.item() / m;
}

// @correct computeCost: a loop over the examples with Math.log
function computeCost(A2: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  let total = 0;
  for (let i = 0; i < m; i++) {
    const a = A2.item(0, i), y = Y.item(0, i);
    total += y * Math.log(a) + (1 - y) * Math.log(1 - a);
  }
  return -total / m;
}

// @mistake backwardPropagation: dZ1 without the tanh derivative
// @expect multiply W2ᵀ·dZ2 elementwise by (1 − A1²)
function backwardPropagation(parameters: Record<string, NDArray>, cache: Record<string, NDArray>, X: NDArray, Y: NDArray): Record<string, NDArray> {
  const m = X.shape[1];
  const dZ2 = np.subtract(cache.A2, Y);
  const dW2 = np.dot(dZ2, cache.A1.T).div(m);
  const db2 = np.sum(dZ2, { axis: 1, keepdims: true }).div(m);
  const dZ1 = np.dot(parameters.W2.T, dZ2);
  const dW1 = np.dot(dZ1, X.T).div(m);
  const db1 = np.sum(dZ1, { axis: 1, keepdims: true }).div(m);
  return { dW1, db1, dW2, db2 };
}

// @mistake backwardPropagation: the sigmoid's derivative in the hidden layer
// @expect whose derivative is 1 − A1²
function backwardPropagation(parameters: Record<string, NDArray>, cache: Record<string, NDArray>, X: NDArray, Y: NDArray): Record<string, NDArray> {
  const m = X.shape[1];
  const dZ2 = np.subtract(cache.A2, Y);
  const dW2 = np.dot(dZ2, cache.A1.T).div(m);
  const db2 = np.sum(dZ2, { axis: 1, keepdims: true }).div(m);
  const dZ1 = np.dot(parameters.W2.T, dZ2).mul(cache.A1.mul(np.subtract(1, cache.A1)));
  const dW1 = np.dot(dZ1, X.T).div(m);
  const db1 = np.sum(dZ1, { axis: 1, keepdims: true }).div(m);
  return { dW1, db1, dW2, db2 };
}

// @mistake backwardPropagation: 1 − Z1² instead of 1 − A1²
// @expect square A1 = tanh(Z1), not Z1
function backwardPropagation(parameters: Record<string, NDArray>, cache: Record<string, NDArray>, X: NDArray, Y: NDArray): Record<string, NDArray> {
  const m = X.shape[1];
  const dZ2 = np.subtract(cache.A2, Y);
  const dW2 = np.dot(dZ2, cache.A1.T).div(m);
  const db2 = np.sum(dZ2, { axis: 1, keepdims: true }).div(m);
  const dZ1 = np.dot(parameters.W2.T, dZ2).mul(np.subtract(1, np.square(cache.Z1)));
  const dW1 = np.dot(dZ1, X.T).div(m);
  const db1 = np.sum(dZ1, { axis: 1, keepdims: true }).div(m);
  return { dW1, db1, dW2, db2 };
}

// @mistake backwardPropagation: no 1/m
// @expect divide dW and db by m
function backwardPropagation(parameters: Record<string, NDArray>, cache: Record<string, NDArray>, X: NDArray, Y: NDArray): Record<string, NDArray> {
  const dZ2 = np.subtract(cache.A2, Y);
  const dW2 = np.dot(dZ2, cache.A1.T);
  const db2 = np.sum(dZ2, { axis: 1, keepdims: true });
  const dZ1 = np.dot(parameters.W2.T, dZ2).mul(np.subtract(1, np.square(cache.A1)));
  const dW1 = np.dot(dZ1, X.T);
  const db1 = np.sum(dZ1, { axis: 1, keepdims: true });
  return { dW1, db1, dW2, db2 };
}

// @mistake backwardPropagation: db summed without keepdims
// @expect keep it with { keepdims: true }
function backwardPropagation(parameters: Record<string, NDArray>, cache: Record<string, NDArray>, X: NDArray, Y: NDArray): Record<string, NDArray> {
  const m = X.shape[1];
  const dZ2 = np.subtract(cache.A2, Y);
  const dW2 = np.dot(dZ2, cache.A1.T).div(m);
  const db2 = np.sum(dZ2, { axis: 1 }).div(m);
  const dZ1 = np.dot(parameters.W2.T, dZ2).mul(np.subtract(1, np.square(cache.A1)));
  const dW1 = np.dot(dZ1, X.T).div(m);
  const db1 = np.sum(dZ1, { axis: 1 }).div(m);
  return { dW1, db1, dW2, db2 };
}

// @mistake backwardPropagation: dZ2 = Y − A2
// @expect dZ2 = A2 − Y, not Y − A2
function backwardPropagation(parameters: Record<string, NDArray>, cache: Record<string, NDArray>, X: NDArray, Y: NDArray): Record<string, NDArray> {
  const m = X.shape[1];
  const dZ2 = np.subtract(Y, cache.A2);
  const dW2 = np.dot(dZ2, cache.A1.T).div(m);
  const db2 = np.sum(dZ2, { axis: 1, keepdims: true }).div(m);
  const dZ1 = np.dot(parameters.W2.T, dZ2).mul(np.subtract(1, np.square(cache.A1)));
  const dW1 = np.dot(dZ1, X.T).div(m);
  const db1 = np.sum(dZ1, { axis: 1, keepdims: true }).div(m);
  return { dW1, db1, dW2, db2 };
}

// @correct backwardPropagation: the tanh derivative recomputed from Z1, sums through a column of ones
function backwardPropagation(parameters: Record<string, NDArray>, cache: Record<string, NDArray>, X: NDArray, Y: NDArray): Record<string, NDArray> {
  const m = X.shape[1];
  const ones = np.ones([m, 1]);
  const dZ2 = np.subtract(cache.A2, Y);
  const t = np.tanh(cache.Z1);
  const dZ1 = np.multiply(np.matmul(parameters.W2.T, dZ2), np.subtract(1, np.power(t, 2)));
  return {
    dW1: np.multiply(1 / m, np.matmul(dZ1, X.T)),
    db1: np.multiply(1 / m, np.matmul(dZ1, ones)),
    dW2: np.multiply(1 / m, np.matmul(dZ2, cache.A1.T)),
    db2: np.multiply(1 / m, np.matmul(dZ2, ones)),
  };
}

// @mistake updateParameters: steps up the gradient (+)
// @expect step against the gradient
function updateParameters(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate = 1.2): Record<string, NDArray> {
  const out: Record<string, NDArray> = {};
  for (const k of ["W1", "b1", "W2", "b2"]) out[k] = np.add(parameters[k], grads["d" + k].mul(learningRate));
  return out;
}

// @mistake updateParameters: ignores the learning rate
// @expect multiply the gradients by the learning rate
function updateParameters(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate = 1.2): Record<string, NDArray> {
  const out: Record<string, NDArray> = {};
  for (const k of ["W1", "b1", "W2", "b2"]) out[k] = np.subtract(parameters[k], grads["d" + k]);
  return out;
}

// @mistake updateParameters: a fixed 1.2 instead of the argument
// @expect use the learningRate argument
function updateParameters(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate = 1.2): Record<string, NDArray> {
  const out: Record<string, NDArray> = {};
  for (const k of ["W1", "b1", "W2", "b2"]) out[k] = np.subtract(parameters[k], grads["d" + k].mul(1.2));
  return out;
}

// @correct updateParameters: one line per parameter, np.multiply
function updateParameters(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate = 1.2): Record<string, NDArray> {
  return {
    W1: np.subtract(parameters.W1, np.multiply(learningRate, grads.dW1)),
    b1: np.subtract(parameters.b1, np.multiply(learningRate, grads.db1)),
    W2: np.subtract(parameters.W2, np.multiply(learningRate, grads.dW2)),
    b2: np.subtract(parameters.b2, np.multiply(learningRate, grads.db2)),
  };
}

// @mistake nnModel: the update's result is thrown away
// @expect the parameters are still the initial ones
function nnModel(X: NDArray, Y: NDArray, nH: number, numIterations = 10000, printCost = false): Record<string, NDArray> {
  const [nX, , nY] = layerSizes(X, Y);
  const parameters = initializeParameters(nX, nH, nY);
  for (let i = 0; i < numIterations; i++) {
    const [A2, cache] = forwardPropagation(X, parameters);
    const cost = computeCost(A2, Y);
    updateParameters(parameters, backwardPropagation(parameters, cache, X, Y), 1.2);
    if (printCost && i % 1000 === 0) console.log(`Cost after iteration ${i}: ${cost}`);
  }
  return parameters;
}

// @mistake nnModel: loops while i <= numIterations
// @expect one iteration too many
function nnModel(X: NDArray, Y: NDArray, nH: number, numIterations = 10000, printCost = false): Record<string, NDArray> {
  const [nX, , nY] = layerSizes(X, Y);
  let parameters = initializeParameters(nX, nH, nY);
  for (let i = 0; i <= numIterations; i++) {
    const [A2, cache] = forwardPropagation(X, parameters);
    parameters = updateParameters(parameters, backwardPropagation(parameters, cache, X, Y), 1.2);
    if (printCost && i % 1000 === 0) console.log(`Cost after iteration ${i}: ${computeCost(A2, Y)}`);
  }
  return parameters;
}

// @correct nnModel: a while loop, the cost only computed when printed
function nnModel(X: NDArray, Y: NDArray, nH: number, numIterations = 10000, printCost = false): Record<string, NDArray> {
  const sizes = layerSizes(X, Y);
  let parameters = initializeParameters(sizes[0], nH, sizes[2]);
  let i = 0;
  while (i < numIterations) {
    const [A2, cache] = forwardPropagation(X, parameters);
    if (printCost && i % 1000 === 0) console.log(`Cost after iteration ${i}: ${computeCost(A2, Y)}`);
    const grads = backwardPropagation(parameters, cache, X, Y);
    parameters = updateParameters(parameters, grads);
    i++;
  }
  return parameters;
}

// @mistake predict: returns the probabilities
// @expect predict returns labels, not probabilities
function predict(parameters: Record<string, NDArray>, X: NDArray): NDArray {
  const [A2] = forwardPropagation(X, parameters);
  return A2;
}

// @mistake predict: the comparison reversed
// @expect the comparison is the wrong way round
function predict(parameters: Record<string, NDArray>, X: NDArray): NDArray {
  const [A2] = forwardPropagation(X, parameters);
  return np.less(A2, 0.5);
}

// @correct predict: booleans, as the course's A2 > 0.5
function predict(parameters: Record<string, NDArray>, X: NDArray): NDArray {
  return np.greater(forwardPropagation(X, parameters)[0], 0.5);
}

// @correct predict: np.round of the probabilities
function predict(parameters: Record<string, NDArray>, X: NDArray): NDArray {
  return np.round(forwardPropagation(X, parameters)[0]);
}
