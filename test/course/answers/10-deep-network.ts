// Answer fixtures of notebooks/10-deep-network.ipynb: mistakes students make, which the test cells
// must catch with these messages, and other correct ways of writing each exercise, which must pass.

// @mistake initializeParametersDeep: zero weights
// @expect never all zero
function initializeParametersDeep(layerDims: number[]): Record<string, NDArray> {
  const parameters: Record<string, NDArray> = {};
  for (let l = 1; l < layerDims.length; l++) {
    parameters["W" + l] = np.zeros([layerDims[l], layerDims[l - 1]]);
    parameters["b" + l] = np.zeros([layerDims[l], 1]);
  }
  return parameters;
}

// @mistake initializeParametersDeep: no factor 0.01
// @expect scale the random weights by 0.01
function initializeParametersDeep(layerDims: number[]): Record<string, NDArray> {
  const parameters: Record<string, NDArray> = {};
  for (let l = 1; l < layerDims.length; l++) {
    parameters["W" + l] = np.random.randn(layerDims[l], layerDims[l - 1]);
    parameters["b" + l] = np.zeros([layerDims[l], 1]);
  }
  return parameters;
}

// @mistake initializeParametersDeep: W{l} drawn as (n[l-1], n[l])
// @expect It looks transposed
function initializeParametersDeep(layerDims: number[]): Record<string, NDArray> {
  const parameters: Record<string, NDArray> = {};
  for (let l = 1; l < layerDims.length; l++) {
    parameters["W" + l] = np.random.randn(layerDims[l - 1], layerDims[l]).mul(0.01);
    parameters["b" + l] = np.zeros([layerDims[l], 1]);
  }
  return parameters;
}

// @mistake initializeParametersDeep: the loop stops one layer early
// @expect missing key
function initializeParametersDeep(layerDims: number[]): Record<string, NDArray> {
  const parameters: Record<string, NDArray> = {};
  for (let l = 1; l < layerDims.length - 1; l++) {
    parameters["W" + l] = np.random.randn(layerDims[l], layerDims[l - 1]).mul(0.01);
    parameters["b" + l] = np.zeros([layerDims[l], 1]);
  }
  return parameters;
}

// @correct initializeParametersDeep: np.multiply, a while loop
function initializeParametersDeep(layerDims: number[]): Record<string, NDArray> {
  const parameters: Record<string, NDArray> = {};
  let l = 1;
  while (l < layerDims.length) {
    parameters[`W${l}`] = np.multiply(np.random.randn(layerDims[l], layerDims[l - 1]), 0.01);
    parameters[`b${l}`] = np.zeros([layerDims[l], 1]);
    l++;
  }
  return parameters;
}

// @mistake linearForward: forgot the bias
// @expect add the bias
function linearForward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  return [np.dot(W, A), [A, W, b]];
}

// @mistake linearForward: cache in the wrong order
// @expect the linear cache is [A, W, b]
function linearForward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  return [np.dot(W, A).add(b), [W, A, b]];
}

// @correct linearForward: np.matmul and np.add
function linearForward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.matmul(W, A), b);
  return [Z, [A, W, b]];
}

// @mistake linearActivationForward: the activations swapped
// @expect with "sigmoid" use nn.sigmoid(Z)
function linearActivationForward(APrev: NDArray, W: NDArray, b: NDArray, activation: string): [NDArray, LayerCache] {
  const [Z, linearCache] = linearForward(APrev, W, b);
  const A = activation === "sigmoid" ? nn.relu(Z) : nn.sigmoid(Z);
  return [A, [linearCache, Z]];
}

// @mistake linearActivationForward: A kept in the cache instead of Z
// @expect keep Z (the activation's input) in the cache, not A
function linearActivationForward(APrev: NDArray, W: NDArray, b: NDArray, activation: string): [NDArray, LayerCache] {
  const [Z, linearCache] = linearForward(APrev, W, b);
  const A = activation === "sigmoid" ? nn.sigmoid(Z) : nn.relu(Z);
  return [A, [linearCache, A]];
}

// @mistake linearActivationForward: cache as [Z, linearCache]
// @expect the cache is [linearCache, Z]
function linearActivationForward(APrev: NDArray, W: NDArray, b: NDArray, activation: string): [NDArray, LayerCache] {
  const [Z, linearCache] = linearForward(APrev, W, b);
  const A = activation === "sigmoid" ? nn.sigmoid(Z) : nn.relu(Z);
  return [A, [Z, linearCache] as unknown as LayerCache];
}

// @correct linearActivationForward: the activations written out, without linearForward
function linearActivationForward(APrev: NDArray, W: NDArray, b: NDArray, activation: string): [NDArray, LayerCache] {
  const Z = np.add(np.dot(W, APrev), b);
  let A: NDArray;
  if (activation === "relu") A = np.maximum(Z, 0);
  else A = np.divide(1, np.add(1, np.exp(np.negative(Z))));
  return [A, [[APrev, W, b], Z]];
}

// @mistake LModelForward: ReLU at the output too
// @expect the output layer L uses the sigmoid
function LModelForward(X: NDArray, parameters: Record<string, NDArray>): [NDArray, LayerCache[]] {
  const caches: LayerCache[] = [];
  const L = Object.keys(parameters).length / 2;
  let A = X;
  for (let l = 1; l <= L; l++) {
    const [Al, cache] = linearActivationForward(A, parameters["W" + l], parameters["b" + l], "relu");
    caches.push(cache);
    A = Al;
  }
  return [A, caches];
}

// @mistake LModelForward: sigmoid in every layer
// @expect the hidden layers 1 to L − 1 use ReLU
function LModelForward(X: NDArray, parameters: Record<string, NDArray>): [NDArray, LayerCache[]] {
  const caches: LayerCache[] = [];
  const L = Object.keys(parameters).length / 2;
  let A = X;
  for (let l = 1; l <= L; l++) {
    const [Al, cache] = linearActivationForward(A, parameters["W" + l], parameters["b" + l], "sigmoid");
    caches.push(cache);
    A = Al;
  }
  return [A, caches];
}

// @mistake LModelForward: L taken as the number of parameter arrays, the output layer lost
// @expect the loop over the ReLU layers stops before L
function LModelForward(X: NDArray, parameters: Record<string, NDArray>): [NDArray, LayerCache[]] {
  const caches: LayerCache[] = [];
  const L = Object.keys(parameters).length / 2;
  let A = X;
  for (let l = 1; l < L; l++) {
    const [Al, cache] = linearActivationForward(A, parameters["W" + l], parameters["b" + l], "relu");
    caches.push(cache);
    A = Al;
  }
  return [A, caches];
}

// @correct LModelForward: one loop, the activation chosen per layer, L counted from the W keys
function LModelForward(X: NDArray, parameters: Record<string, NDArray>): [NDArray, LayerCache[]] {
  const L = Object.keys(parameters).filter((k) => k.startsWith("W")).length;
  const caches: LayerCache[] = [];
  let A = X;
  for (let l = 1; l <= L; l++) {
    const out = linearActivationForward(A, parameters[`W${l}`], parameters[`b${l}`], l === L ? "sigmoid" : "relu");
    A = out[0];
    caches.push(out[1]);
  }
  return [A, caches];
}

// @mistake computeCost: no 1/m
// @expect divide the sum by m
function computeCost(AL: NDArray, Y: NDArray): number {
  return -np.sum(np.log(AL).mul(Y).add(np.log(np.subtract(1, AL)).mul(np.subtract(1, Y))));
}

// @mistake computeCost: only the y·log(a) term
// @expect both terms are needed
function computeCost(AL: NDArray, Y: NDArray): number {
  return -np.sum(np.log(AL).mul(Y)) / Y.shape[1];
}

// @correct computeCost: np.dot of the rows, then .item()
function computeCost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const s = np.add(np.dot(Y, np.log(AL).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)).T));
  return (-1 / m) * s.item();
}

// @mistake linearBackward: no 1/m in dW and db
// @expect divide by m = A_prev.shape[1]
function linearBackward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [APrev, W] = cache;
  return [np.dot(W.T, dZ), np.dot(dZ, APrev.T), np.sum(dZ, { axis: 1, keepdims: true })];
}

// @mistake linearBackward: dA_prev divided by m too
// @expect dA_prev = Wᵀ·dZ has no 1/m
function linearBackward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [APrev, W] = cache;
  const m = APrev.shape[1];
  return [np.dot(W.T, dZ).div(m), np.dot(dZ, APrev.T).div(m), np.sum(dZ, { axis: 1, keepdims: true }).div(m)];
}

// @mistake linearBackward: db without keepdims
// @expect keep it with { keepdims: true }
function linearBackward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [APrev, W] = cache;
  const m = APrev.shape[1];
  return [np.dot(W.T, dZ), np.dot(dZ, APrev.T).div(m), np.sum(dZ, { axis: 1 }).div(m)];
}

// @mistake linearBackward: returns [dW, db, dA_prev]
// @expect return them in the order [dA_prev, dW, db]
function linearBackward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [APrev, W] = cache;
  const m = APrev.shape[1];
  return [np.dot(dZ, APrev.T).div(m), np.sum(dZ, { axis: 1, keepdims: true }).div(m), np.dot(W.T, dZ)];
}

// @correct linearBackward: db as a product with a column of ones, 1/m as a factor
function linearBackward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const APrev = cache[0], W = cache[1];
  const m = APrev.shape[1];
  const dW = np.multiply(1 / m, np.matmul(dZ, APrev.T));
  const db = np.multiply(1 / m, np.matmul(dZ, np.ones([m, 1])));
  return [np.matmul(W.T, dZ), dW, db];
}

// @mistake linearActivationBackward: the derivatives swapped
// @expect the ReLU mask is for "relu"
function linearActivationBackward(dA: NDArray, cache: LayerCache, activation: string): [NDArray, NDArray, NDArray] {
  const [linearCache, Z] = cache;
  const s = nn.sigmoid(Z);
  const dZ = activation === "sigmoid" ? dA.mul(np.greater(Z, 0)) : dA.mul(s).mul(np.subtract(1, s));
  return linearBackward(dZ, linearCache);
}

// @mistake linearActivationBackward: sigmoid derivative without dA
// @expect multiply by dA
function linearActivationBackward(dA: NDArray, cache: LayerCache, activation: string): [NDArray, NDArray, NDArray] {
  const [linearCache, Z] = cache;
  const s = nn.sigmoid(Z);
  const dZ = activation === "sigmoid" ? s.mul(np.subtract(1, s)) : dA.mul(np.greater(Z, 0));
  return linearBackward(dZ, linearCache);
}

// @mistake linearActivationBackward: sigmoid derivative taken as s
// @expect the sigmoid's derivative is s(1 − s), not s
function linearActivationBackward(dA: NDArray, cache: LayerCache, activation: string): [NDArray, NDArray, NDArray] {
  const [linearCache, Z] = cache;
  const dZ = activation === "sigmoid" ? dA.mul(nn.sigmoid(Z)) : dA.mul(np.greater(Z, 0));
  return linearBackward(dZ, linearCache);
}

// @mistake linearActivationBackward: dA times ReLU(Z) instead of its derivative
// @expect not by ReLU(Z) itself
function linearActivationBackward(dA: NDArray, cache: LayerCache, activation: string): [NDArray, NDArray, NDArray] {
  const [linearCache, Z] = cache;
  const s = nn.sigmoid(Z);
  const dZ = activation === "sigmoid" ? dA.mul(s).mul(np.subtract(1, s)) : dA.mul(nn.relu(Z));
  return linearBackward(dZ, linearCache);
}

// @correct linearActivationBackward: a copy of dA with the entries at Z ≤ 0 set to 0, nn's sigmoidDerivative
function linearActivationBackward(dA: NDArray, cache: LayerCache, activation: string): [NDArray, NDArray, NDArray] {
  const Z = cache[1];
  let dZ: NDArray;
  if (activation === "relu") {
    dZ = dA.copy();
    dZ.set(Z.lessEqual(0), 0);
  } else {
    dZ = np.multiply(dA, nn.sigmoidDerivative(Z));
  }
  return linearBackward(dZ, cache[0]);
}

// @mistake LModelBackward: dAL with the wrong sign
// @expect check the sign
function LModelBackward(AL: NDArray, Y: NDArray, caches: LayerCache[]): Record<string, NDArray> {
  const grads: Record<string, NDArray> = {};
  const L = caches.length;
  let dA = np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL)));
  for (let l = L; l >= 1; l--) {
    const [dAPrev, dW, db] = linearActivationBackward(dA, caches[l - 1], l === L ? "sigmoid" : "relu");
    grads["dA" + (l - 1)] = dAPrev;
    grads["dW" + l] = dW;
    grads["db" + l] = db;
    dA = dAPrev;
  }
  return grads;
}

// @mistake LModelBackward: AL − Y used as dAL
// @expect AL − Y is already dZ of the output layer
function LModelBackward(AL: NDArray, Y: NDArray, caches: LayerCache[]): Record<string, NDArray> {
  const grads: Record<string, NDArray> = {};
  const L = caches.length;
  let dA = np.subtract(AL, Y);
  for (let l = L; l >= 1; l--) {
    const [dAPrev, dW, db] = linearActivationBackward(dA, caches[l - 1], l === L ? "sigmoid" : "relu");
    grads["dA" + (l - 1)] = dAPrev;
    grads["dW" + l] = dW;
    grads["db" + l] = db;
    dA = dAPrev;
  }
  return grads;
}

// @mistake LModelBackward: every layer through the sigmoid
// @expect go back through ReLU, only layer L through the sigmoid
function LModelBackward(AL: NDArray, Y: NDArray, caches: LayerCache[]): Record<string, NDArray> {
  const grads: Record<string, NDArray> = {};
  const L = caches.length;
  let dA = np.negative(np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL))));
  for (let l = L; l >= 1; l--) {
    const [dAPrev, dW, db] = linearActivationBackward(dA, caches[l - 1], "sigmoid");
    grads["dA" + (l - 1)] = dAPrev;
    grads["dW" + l] = dW;
    grads["db" + l] = db;
    dA = dAPrev;
  }
  return grads;
}

// @mistake LModelBackward: keys shifted by one (dA{l} instead of dA{l−1})
// @expect the keys are shifted by one
function LModelBackward(AL: NDArray, Y: NDArray, caches: LayerCache[]): Record<string, NDArray> {
  const grads: Record<string, NDArray> = {};
  const L = caches.length;
  let dA = np.negative(np.subtract(np.divide(Y, AL), np.divide(np.subtract(1, Y), np.subtract(1, AL))));
  for (let l = L; l >= 1; l--) {
    const [dAPrev, dW, db] = linearActivationBackward(dA, caches[l - 1], l === L ? "sigmoid" : "relu");
    grads["dA" + l] = dAPrev;
    grads["dW" + l] = dW;
    grads["db" + l] = db;
    dA = dAPrev;
  }
  return grads;
}

// @correct LModelBackward: one loop, dAL written as (1 − Y)/(1 − AL) − Y/AL
function LModelBackward(AL: NDArray, Y: NDArray, caches: LayerCache[]): Record<string, NDArray> {
  const grads: Record<string, NDArray> = {};
  const L = caches.length;
  let dA = np.subtract(np.divide(np.subtract(1, Y), np.subtract(1, AL)), np.divide(Y, AL));
  for (let l = L; l >= 1; l--) {
    const [dAPrev, dW, db] = linearActivationBackward(dA, caches[l - 1], l === L ? "sigmoid" : "relu");
    Object.assign(grads, { [`dA${l - 1}`]: dAPrev, [`dW${l}`]: dW, [`db${l}`]: db });
    dA = dAPrev;
  }
  return grads;
}

// @mistake gradientCheck: forgot to divide by 2ε
// @expect divide J(θ + ε) − J(θ − ε) by 2ε
function gradientCheck(parameters: Record<string, NDArray>, gradients: Record<string, NDArray>, X: NDArray, Y: NDArray, epsilon = 1e-7): number {
  const J = (theta: Record<string, NDArray>) => nn.computeCost(nn.modelForward(X, theta)[0], Y);
  const grad: number[] = [], approx: number[] = [];
  for (const key of Object.keys(parameters)) {
    const [rows, cols] = parameters[key].shape;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
      const plus = parameters[key].copy(), minus = parameters[key].copy();
      plus.set(r, c, plus.item(r, c) + epsilon);
      minus.set(r, c, minus.item(r, c) - epsilon);
      approx.push(J({ ...parameters, [key]: plus }) - J({ ...parameters, [key]: minus }));
      grad.push(gradients["d" + key].item(r, c));
    }
  }
  const g = np.array(grad), a = np.array(approx);
  return np.linalg.norm(np.subtract(g, a)) / (np.linalg.norm(g) + np.linalg.norm(a));
}

// @mistake gradientCheck: compares every parameter with the gradient of W1
// @expect compare every entry of every parameter
function gradientCheck(parameters: Record<string, NDArray>, gradients: Record<string, NDArray>, X: NDArray, Y: NDArray, epsilon = 1e-7): number {
  const J = (theta: Record<string, NDArray>) => nn.computeCost(nn.modelForward(X, theta)[0], Y);
  const grad: number[] = [], approx: number[] = [];
  const [rows, cols] = parameters.W1.shape;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const plus = parameters.W1.copy(), minus = parameters.W1.copy();
    plus.set(r, c, plus.item(r, c) + epsilon);
    minus.set(r, c, minus.item(r, c) - epsilon);
    approx.push((J({ ...parameters, W1: plus }) - J({ ...parameters, W1: minus })) / (2 * epsilon));
    grad.push(gradients.dW1.item(r, c));
  }
  const g = np.array(grad), a = np.array(approx);
  return np.linalg.norm(np.subtract(g, a)) / (np.linalg.norm(g) + np.linalg.norm(a));
}

// @correct gradientCheck: flat views of copies, sums of squares by hand
function gradientCheck(parameters: Record<string, NDArray>, gradients: Record<string, NDArray>, X: NDArray, Y: NDArray, epsilon = 1e-7): number {
  let num = 0, gg = 0, aa = 0;
  for (const key of Object.keys(parameters)) {
    const flatGrad = gradients["d" + key].flatten();
    for (let i = 0; i < parameters[key].size; i++) {
      const cost = (delta: number) => {
        const theta = parameters[key].flatten();
        theta.set(i, theta.item(i) + delta);
        const [AL] = nn.modelForward(X, { ...parameters, [key]: theta.reshape(parameters[key].shape) });
        return nn.computeCost(AL, Y);
      };
      const a = (cost(epsilon) - cost(-epsilon)) / (2 * epsilon);
      const g = flatGrad.item(i);
      num += (g - a) ** 2;
      gg += g * g;
      aa += a * a;
    }
  }
  return Math.sqrt(num) / (Math.sqrt(gg) + Math.sqrt(aa));
}

// @mistake updateParameters: adds the gradient
// @expect step against the gradient
function updateParameters(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  const L = Object.keys(parameters).length / 2;
  const out: Record<string, NDArray> = {};
  for (let l = 1; l <= L; l++) {
    out["W" + l] = np.add(parameters["W" + l], grads["dW" + l].mul(learningRate));
    out["b" + l] = np.add(parameters["b" + l], grads["db" + l].mul(learningRate));
  }
  return out;
}

// @mistake updateParameters: the biases left alone
// @expect update the biases too
function updateParameters(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  const L = Object.keys(parameters).length / 2;
  const out: Record<string, NDArray> = { ...parameters };
  for (let l = 1; l <= L; l++) out["W" + l] = np.subtract(parameters["W" + l], grads["dW" + l].mul(learningRate));
  return out;
}

// @mistake updateParameters: the last layer skipped (l < L)
// @expect the last layer is not updated
function updateParameters(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  const L = Object.keys(parameters).length / 2;
  const out: Record<string, NDArray> = { ...parameters };
  for (let l = 1; l < L; l++) {
    out["W" + l] = np.subtract(parameters["W" + l], grads["dW" + l].mul(learningRate));
    out["b" + l] = np.subtract(parameters["b" + l], grads["db" + l].mul(learningRate));
  }
  return out;
}

// @correct updateParameters: over the keys, whatever their number
function updateParameters(parameters: Record<string, NDArray>, grads: Record<string, NDArray>, learningRate: number): Record<string, NDArray> {
  return Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, np.subtract(v, np.multiply(learningRate, grads["d" + k]))]));
}

// @mistake predict: returns the probabilities
// @expect return labels
function predict(X: NDArray, y: NDArray, parameters: Record<string, NDArray>): NDArray {
  return LModelForward(X, parameters)[0];
}

// @correct predict: a loop over the columns, as the course's p[0, i] = 1
function predict(X: NDArray, y: NDArray, parameters: Record<string, NDArray>): NDArray {
  const [AL] = LModelForward(X, parameters);
  const m = X.shape[1];
  const p = np.zeros([1, m]);
  for (let i = 0; i < m; i++) if (AL.item(0, i) > 0.5) p.set(0, i, 1);
  console.log("Accuracy: " + np.sum(np.equal(p, y)) / m);
  return p;
}

// @correct predict: booleans
function predict(X: NDArray, y: NDArray, parameters: Record<string, NDArray>): NDArray {
  const p = LModelForward(X, parameters)[0].greater(0.5);
  console.log("Accuracy: " + np.mean(np.equal(p.astype("float64"), y)));
  return p;
}
