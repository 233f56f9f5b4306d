// Typical mistakes and other correct ways of writing the exercises of notebook 08 (logistic
// regression as a neural network). Each mistake must fail its test cell with the @expect text; each
// alternative must pass.

// @mistake initializeWithZeros: a rank-1 w
// @expect not the rank-1 np.zeros(dim)
function initializeWithZeros(dim: number): [NDArray, number] {
  return [np.zeros(dim), 0];
}

// @mistake initializeWithZeros: w as a row (1, dim)
// @expect w is a column (dim, 1)
function initializeWithZeros(dim: number): [NDArray, number] {
  return [np.zeros([1, dim]), 0];
}

// @mistake initializeWithZeros: b as an array
// @expect b is a plain number
function initializeWithZeros(dim: number): [NDArray, number] {
  return [np.zeros([dim, 1]), np.zeros(1) as any];
}

// @correct initializeWithZeros: a reshaped rank-1 array and 0.0
function initializeWithZeros(dim: number): [NDArray, number] {
  const w = np.zeros(dim).reshape(dim, 1);
  const b = 0.0;
  return [w, b];
}

// @mistake propagateLoops: forgot to divide by m
// @expect divide the sums by m
function propagateLoops(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const [nx, m] = X.shape;
  let J = 0, db = 0;
  const dw = new Array<number>(nx).fill(0);
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < nx; j++) z += w.item(j, 0) * X.item(j, i);
    const a = 1 / (1 + Math.exp(-z));
    const y = Y.item(0, i);
    J += -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
    const dz = a - y;
    for (let j = 0; j < nx; j++) dw[j] += X.item(j, i) * dz;
    db += dz;
  }
  return [{ dw: np.array(dw).reshape(nx, 1), db }, J / m];
}

// @mistake propagateLoops: dz = y − a
// @expect the gradients have the wrong sign
function propagateLoops(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const [nx, m] = X.shape;
  let J = 0, db = 0;
  const dw = new Array<number>(nx).fill(0);
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < nx; j++) z += w.item(j, 0) * X.item(j, i);
    const a = 1 / (1 + Math.exp(-z));
    const y = Y.item(0, i);
    J += -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
    const dz = y - a;
    for (let j = 0; j < nx; j++) dw[j] += X.item(j, i) * dz;
    db += dz;
  }
  return [{ dw: np.array(dw).reshape(nx, 1).divide(m), db: db / m }, J / m];
}

// @mistake propagateLoops: the loss without its minus sign
// @expect the minus sign in front is missing
function propagateLoops(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const [nx, m] = X.shape;
  let J = 0, db = 0;
  const dw = new Array<number>(nx).fill(0);
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < nx; j++) z += w.item(j, 0) * X.item(j, i);
    const a = 1 / (1 + Math.exp(-z));
    const y = Y.item(0, i);
    J += y * Math.log(a) + (1 - y) * Math.log(1 - a);
    const dz = a - y;
    for (let j = 0; j < nx; j++) dw[j] += X.item(j, i) * dz;
    db += dz;
  }
  return [{ dw: np.array(dw).reshape(nx, 1).divide(m), db: db / m }, J / m];
}

// @mistake propagateLoops: dw as a rank-1 array
// @expect dw must have w's shape (n_x, 1)
function propagateLoops(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const [nx, m] = X.shape;
  let J = 0, db = 0;
  const dw = new Array<number>(nx).fill(0);
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < nx; j++) z += w.item(j, 0) * X.item(j, i);
    const a = 1 / (1 + Math.exp(-z));
    const y = Y.item(0, i);
    J += -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
    const dz = a - y;
    for (let j = 0; j < nx; j++) dw[j] += X.item(j, i) * dz;
    db += dz;
  }
  return [{ dw: np.array(dw).divide(m), db: db / m }, J / m];
}

// @correct propagateLoops: the loss written as a choice between −log a and −log(1 − a), nn.sigmoid on a number
function propagateLoops(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const nx = X.shape[0], m = X.shape[1];
  const dw = np.zeros([nx, 1]);
  let cost = 0, db = 0;
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < nx; j++) z += X.item(j, i) * w.item(j, 0);
    const a = nn.sigmoid(z) as number;
    const y = Y.item(0, i);
    cost += y === 1 ? -Math.log(a) : -Math.log(1 - a);
    for (let j = 0; j < nx; j++) dw.set(j, 0, dw.item(j, 0) + (X.item(j, i) * (a - y)) / m);
    db += (a - y) / m;
  }
  return [{ dw, db }, cost / m];
}

// @mistake propagate: forgot 1/m in the gradients
// @expect divide the sums by m
function propagate(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const m = X.shape[1];
  const A = nn.sigmoid(np.add(np.dot(w.T, X), b));
  const cost = -np.sum(np.add(np.multiply(Y, np.log(A)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A))))) / m;
  const dZ = np.subtract(A, Y);
  return [{ dw: np.dot(X, dZ.T), db: np.sum(dZ) }, cost];
}

// @mistake propagate: dw transposed, np.dot(dZ, X.T)
// @expect looks transposed
function propagate(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const m = X.shape[1];
  const A = nn.sigmoid(np.add(np.dot(w.T, X), b));
  const cost = -np.sum(np.add(np.multiply(Y, np.log(A)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A))))) / m;
  const dZ = np.subtract(A, Y);
  return [{ dw: np.divide(np.dot(dZ, X.T), m), db: np.sum(dZ) / m }, cost];
}

// @mistake propagate: db kept as a (1, 1) array
// @expect db is one number
function propagate(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const m = X.shape[1];
  const A = nn.sigmoid(np.add(np.dot(w.T, X), b));
  const cost = -np.sum(np.add(np.multiply(Y, np.log(A)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A))))) / m;
  const dZ = np.subtract(A, Y);
  return [{ dw: np.divide(np.dot(X, dZ.T), m), db: np.sum(dZ, { axis: 1, keepdims: true }).divide(m) as any }, cost];
}

// @mistake propagate: the cost summed, not averaged
// @expect the cost is the AVERAGE loss
function propagate(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const m = X.shape[1];
  const A = nn.sigmoid(np.add(np.dot(w.T, X), b));
  const cost = -np.sum(np.add(np.multiply(Y, np.log(A)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A)))));
  const dZ = np.subtract(A, Y);
  return [{ dw: np.divide(np.dot(X, dZ.T), m), db: np.sum(dZ) / m }, cost];
}

// @mistake propagate: returns [cost, grads]
// @expect return [grads, cost] in this order
function propagate(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const m = X.shape[1];
  const A = nn.sigmoid(np.add(np.dot(w.T, X), b));
  const cost = -np.sum(np.add(np.multiply(Y, np.log(A)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A))))) / m;
  const dZ = np.subtract(A, Y);
  return [cost, { dw: np.divide(np.dot(X, dZ.T), m), db: np.sum(dZ) / m }] as any;
}

// @correct propagate: methods, the cost through np.dot with the transposed logs, the sigmoid written out
function propagate(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const m = X.shape[1];
  const Z = w.T.dot(X).add(b);
  const A = np.divide(1, np.add(1, np.exp(Z.negative())));
  const cost = -(np.dot(Y, np.log(A).T).item() + np.dot(np.subtract(1, Y), np.log(np.subtract(1, A)).T).item()) / m;
  const dZ = A.subtract(Y);
  return [{ dw: X.dot(dZ.T).multiply(1 / m), db: dZ.mean() }, cost];
}

// @correct propagate: np.mean for the averages
function propagate(w: NDArray, b: number, X: NDArray, Y: NDArray): [{ dw: NDArray; db: number }, number] {
  const A = nn.sigmoid(np.matmul(w.T, X).add(b));
  const losses = np.negative(np.add(np.multiply(Y, np.log(A)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, A)))));
  const dZ = np.subtract(A, Y);
  return [{ dw: np.mean(np.multiply(X, dZ), { axis: 1, keepdims: true }), db: np.mean(dZ) }, np.mean(losses)];
}

// @mistake optimize: the update adds the gradient
// @expect the parameters moved uphill
function optimize(w: NDArray, b: number, X: NDArray, Y: NDArray, numIterations: number, learningRate: number, printCost: boolean = false): [{ w: NDArray; b: number }, { dw: NDArray; db: number }, number[]] {
  const costs: number[] = [];
  let grads = { dw: np.zerosLike(w), db: 0 };
  for (let i = 0; i < numIterations; i++) {
    let cost: number;
    [grads, cost] = propagate(w, b, X, Y);
    w = np.add(w, np.multiply(learningRate, grads.dw));
    b = b + learningRate * grads.db;
    if (i % 100 === 0) costs.push(cost);
  }
  return [{ w, b }, grads, costs];
}

// @mistake optimize: b is never updated
// @expect b never changed
function optimize(w: NDArray, b: number, X: NDArray, Y: NDArray, numIterations: number, learningRate: number, printCost: boolean = false): [{ w: NDArray; b: number }, { dw: NDArray; db: number }, number[]] {
  const costs: number[] = [];
  let grads = { dw: np.zerosLike(w), db: 0 };
  for (let i = 0; i < numIterations; i++) {
    let cost: number;
    [grads, cost] = propagate(w, b, X, Y);
    w = np.subtract(w, np.multiply(learningRate, grads.dw));
    if (i % 100 === 0) costs.push(cost);
  }
  return [{ w, b }, grads, costs];
}

// @mistake optimize: the cost recorded at every iteration
// @expect record the cost only every 100 iterations
function optimize(w: NDArray, b: number, X: NDArray, Y: NDArray, numIterations: number, learningRate: number, printCost: boolean = false): [{ w: NDArray; b: number }, { dw: NDArray; db: number }, number[]] {
  const costs: number[] = [];
  let grads = { dw: np.zerosLike(w), db: 0 };
  for (let i = 0; i < numIterations; i++) {
    let cost: number;
    [grads, cost] = propagate(w, b, X, Y);
    w = np.subtract(w, np.multiply(learningRate, grads.dw));
    b = b - learningRate * grads.db;
    costs.push(cost);
  }
  return [{ w, b }, grads, costs];
}

// @mistake optimize: the new w is computed but not kept
// @expect w never changed
function optimize(w: NDArray, b: number, X: NDArray, Y: NDArray, numIterations: number, learningRate: number, printCost: boolean = false): [{ w: NDArray; b: number }, { dw: NDArray; db: number }, number[]] {
  const costs: number[] = [];
  let grads = { dw: np.zerosLike(w), db: 0 };
  for (let i = 0; i < numIterations; i++) {
    let cost: number;
    [grads, cost] = propagate(w, b, X, Y);
    np.subtract(w, np.multiply(learningRate, grads.dw));
    b = b - learningRate * grads.db;
    if (i % 100 === 0) costs.push(cost);
  }
  return [{ w, b }, grads, costs];
}

// @correct optimize: a copy of w updated in place, printing as asked
function optimize(w: NDArray, b: number, X: NDArray, Y: NDArray, numIterations: number, learningRate: number, printCost: boolean = false): [{ w: NDArray; b: number }, { dw: NDArray; db: number }, number[]] {
  const wc = w.astype("float64").copy();
  let bc = b;
  const costs: number[] = [];
  let last: { dw: NDArray; db: number } | undefined;
  for (let i = 0; i < numIterations; i++) {
    const [g, cost] = propagate(wc, bc, X, Y);
    last = g;
    wc.set("...", wc.subtract(g.dw.multiply(learningRate)));
    bc -= learningRate * g.db;
    if (i % 100 === 0) {
      costs.push(cost);
      if (printCost) console.log("Cost after iteration %d: %f", i, cost);
    }
  }
  return [{ w: wc, b: bc }, last!, costs];
}

// @mistake predict: returns the probabilities
// @expect return the labels 0/1, not the probabilities
function predict(w: NDArray, b: number, X: NDArray): NDArray {
  return nn.sigmoid(np.add(np.dot(w.T, X), b));
}

// @mistake predict: a boolean array
// @expect .astype("float64")
function predict(w: NDArray, b: number, X: NDArray): NDArray {
  return np.greater(nn.sigmoid(np.add(np.dot(w.T, X), b)), 0.5);
}

// @mistake predict: thresholds z at 0.5 instead of a
// @expect apply the sigmoid first
function predict(w: NDArray, b: number, X: NDArray): NDArray {
  return np.greater(np.add(np.dot(w.T, X), b), 0.5).astype("float64");
}

// @mistake predict: a rank-1 result
// @expect A dimension of size 1 is missing
function predict(w: NDArray, b: number, X: NDArray): NDArray {
  return np.greater(nn.sigmoid(np.add(np.dot(w.T, X), b)), 0.5).astype("float64").reshape(-1);
}

// @correct predict: the course's loop over the examples
function predict(w: NDArray, b: number, X: NDArray): NDArray {
  const m = X.shape[1];
  const Yp = np.zeros([1, m]);
  const A = nn.sigmoid(np.dot(w.reshape(X.shape[0], 1).T, X).add(b));
  for (let i = 0; i < m; i++) Yp.set(0, i, A.item(0, i) > 0.5 ? 1 : 0);
  return Yp;
}

// @correct predict: the sign of z (σ(z) > 0.5 exactly when z > 0)
function predict(w: NDArray, b: number, X: NDArray): NDArray {
  return np.where(np.greater(np.add(np.dot(w.T, X), b), 0), 1.0, 0.0);
}

// @mistake model: train and test predictions swapped
// @expect they are swapped
function model(X_train: NDArray, Y_train: NDArray, X_test: NDArray, Y_test: NDArray, numIterations: number = 2000, learningRate: number = 0.5, printCost: boolean = false): {
  costs: number[]; Y_prediction_test: NDArray; Y_prediction_train: NDArray; w: NDArray; b: number; learningRate: number; numIterations: number;
} {
  const [w0, b0] = initializeWithZeros(X_train.shape[0]);
  const [params, , costs] = optimize(w0, b0, X_train, Y_train, numIterations, learningRate, printCost);
  return {
    costs,
    Y_prediction_test: predict(params.w, params.b, X_train),
    Y_prediction_train: predict(params.w, params.b, X_test),
    w: params.w, b: params.b, learningRate, numIterations,
  };
}

// @mistake model: predicts with the initial parameters
// @expect return (and predict with) the parameters that optimize returned
function model(X_train: NDArray, Y_train: NDArray, X_test: NDArray, Y_test: NDArray, numIterations: number = 2000, learningRate: number = 0.5, printCost: boolean = false): {
  costs: number[]; Y_prediction_test: NDArray; Y_prediction_train: NDArray; w: NDArray; b: number; learningRate: number; numIterations: number;
} {
  const [w0, b0] = initializeWithZeros(X_train.shape[0]);
  const [, , costs] = optimize(w0, b0, X_train, Y_train, numIterations, learningRate, printCost);
  return {
    costs,
    Y_prediction_test: predict(w0, b0, X_test),
    Y_prediction_train: predict(w0, b0, X_train),
    w: w0, b: b0, learningRate, numIterations,
  };
}

// @correct model: nn's reference building blocks under the same contract
function model(X_train: NDArray, Y_train: NDArray, X_test: NDArray, Y_test: NDArray, numIterations: number = 2000, learningRate: number = 0.5, printCost: boolean = false): {
  costs: number[]; Y_prediction_test: NDArray; Y_prediction_train: NDArray; w: NDArray; b: number; learningRate: number; numIterations: number;
} {
  const [w, b] = nn.logistic.initializeWithZeros(X_train.shape[0]);
  const [params, , costs] = nn.logistic.optimize(w, b, X_train, Y_train, { numIterations, learningRate, printCost });
  const d = {
    costs,
    Y_prediction_test: nn.logistic.predict(params.w, params.b, X_test),
    Y_prediction_train: nn.logistic.predict(params.w, params.b, X_train),
    w: params.w,
    b: params.b,
    learningRate,
    numIterations,
  };
  return d;
}
