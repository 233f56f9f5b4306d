// A shallow network: one hidden layer (tanh or ReLU) and a sigmoid output unit, written out layer by
// layer as on the slides. X (n_x, m), Y (1, m); parameters { W1 (n_h, n_x), b1, W2 (n_y, n_h), b2 }.
import { np, NDArray } from "../np";
import type { Grads, Parameters } from "./types";
import { sigmoid } from "./activations";
import { getActivation, type Activation, type ActivationName } from "./activation_backward";
import { binaryCrossEntropy } from "./losses";
import { updateParameters as gdStep } from "./deep/update";
import { randomState, type RandomLike } from "../np";
import { stepScope } from "./step_scope";

/** The forward pass's intermediate values, needed by backwardPropagation. */
export interface ShallowCache {
  Z1: NDArray;
  A1: NDArray;
  Z2: NDArray;
  A2: NDArray;
}

/** The hidden layer's activation (default "tanh"). */
export interface ShallowOptions {
  hidden?: ActivationName | Activation;
}

/**
 * The sizes of the three layers: n_x = rows of X, n_h (default 4), n_y = rows of Y.
 * @example nn.shallow.layerSizes(np.zeros([2, 400]), np.zeros([1, 400])) // → { n_x: 2, n_h: 4, n_y: 1 }
 */
export function layerSizes(X: NDArray, Y: NDArray, n_h = 4): { n_x: number; n_h: number; n_y: number } {
  return { n_x: X.shape[0], n_h, n_y: Y.shape[0] };
}

/**
 * W1 = randn(n_h, n_x) × 0.01, b1 = zeros((n_h, 1)), W2 = randn(n_y, n_h) × 0.01, b2 = zeros((n_y, 1)).
 * Small random weights break the symmetry between hidden units.
 * @example
 * const parameters = nn.shallow.initializeParameters(2, 4, 1, { seed: 2 }); // randn × 0.01, as np.random.seed(2)
 * np.round(parameters.W1, 4) // → array([[-0.0042, -0.0006],
 * //        [-0.0214,  0.0164],
 * //        [-0.0179, -0.0084],
 * //        [ 0.005 , -0.0125]])
 * parameters.b2 // → array([[0.]])
 */
export function initializeParameters(n_x: number, n_h: number, n_y: number, opts: { seed?: RandomLike } = {}): Parameters {
  const rs = randomState(opts.seed);
  const W1 = np.multiply(rs.randn(n_h, n_x), 0.01);
  const b1 = np.zeros([n_h, 1]);
  const W2 = np.multiply(rs.randn(n_y, n_h), 0.01);
  const b2 = np.zeros([n_y, 1]);
  return { W1, b1, W2, b2 };
}

/**
 * Z1 = W1·X + b1, A1 = g(Z1), Z2 = W2·A1 + b2, A2 = σ(Z2). Returns `[A2, cache]`.
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]);
 * const parameters = nn.shallow.initializeParameters(2, 4, 1, { seed: 2 });
 * const [A2, cache] = nn.shallow.forwardPropagation(X, parameters); // tanh hidden layer, sigmoid output
 * np.round(A2, 6) // → array([[0.500064, 0.49958 , 0.500364]])
 * cache.A1.shape // → [ 4, 3 ]
 */
export function forwardPropagation(X: NDArray, parameters: Parameters, opts: ShallowOptions = {}): [NDArray, ShallowCache] {
  const { W1, b1, W2, b2 } = parameters;
  const g = getActivation(opts.hidden ?? "tanh");
  const Z1 = np.add(np.dot(W1, X), b1);
  const A1 = g.forward(Z1);
  const Z2 = np.add(np.dot(W2, A1), b2);
  const A2 = sigmoid(Z2);
  return [A2, { Z1, A1, Z2, A2 }];
}

/**
 * The cross-entropy cost J = −(1/m) Σ (Y log A2 + (1 − Y) log(1 − A2)).
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * const [A2] = nn.shallow.forwardPropagation(X, nn.shallow.initializeParameters(2, 4, 1, { seed: 2 }));
 * nn.shallow.computeCost(A2, Y) // → 0.6925823289866267
 */
export function computeCost(A2: NDArray, Y: NDArray): number {
  return binaryCrossEntropy(A2, Y);
}

/**
 * The gradients, vectorized over m examples:
 * dZ2 = A2 − Y, dW2 = (1/m) dZ2·A1ᵀ, db2 = (1/m) Σ dZ2, dZ1 = W2ᵀ·dZ2 * g'(Z1) (tanh: 1 − A1²),
 * dW1 = (1/m) dZ1·Xᵀ, db1 = (1/m) Σ dZ1 (sums over the columns, keepdims).
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * const parameters = nn.shallow.initializeParameters(2, 4, 1, { seed: 2 });
 * const [, cache] = nn.shallow.forwardPropagation(X, parameters);
 * const grads = nn.shallow.backwardPropagation(parameters, cache, X, Y);
 * Object.keys(grads) // → [ 'dW1', 'db1', 'dW2', 'db2' ]
 * np.round(grads.dW2, 6) // → array([[ 0.002308,  0.027847,  0.004939, -0.013713]])
 * np.round(grads.db2, 6) // → array([[-0.166664]])
 */
export function backwardPropagation(parameters: Parameters, cache: ShallowCache, X: NDArray, Y: NDArray, opts: ShallowOptions = {}): Grads {
  const m = X.shape[1];
  const { W2 } = parameters;
  const { Z1, A1, A2 } = cache;
  const g = getActivation(opts.hidden ?? "tanh");
  const dZ2 = np.subtract(A2, Y);
  const dW2 = np.divide(np.dot(dZ2, A1.T), m);
  const db2 = np.divide(np.sum(dZ2, { axis: 1, keepdims: true }), m);
  const dZ1 = g.backward(np.dot(W2.T, dZ2), Z1);
  const dW1 = np.divide(np.dot(dZ1, X.T), m);
  const db1 = np.divide(np.sum(dZ1, { axis: 1, keepdims: true }), m);
  return { dW1, db1, dW2, db2 };
}

/**
 * Gradient descent step θ := θ − α dθ on W1, b1, W2, b2 (default α = 1.2, the course's value).
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * let parameters = nn.shallow.initializeParameters(2, 4, 1, { seed: 2 });
 * const [, cache] = nn.shallow.forwardPropagation(X, parameters);
 * parameters = nn.shallow.updateParameters(parameters, nn.shallow.backwardPropagation(parameters, cache, X, Y), 1.2);
 * np.round(parameters.W2, 6) // → array([[-0.013349, -0.042506, -0.000413,  0.039378]])
 */
export function updateParameters(parameters: Parameters, grads: Grads, learningRate = 1.2): Parameters {
  return gdStep(parameters, grads, learningRate);
}

/**
 * Class labels (1, m): 1 where A2 > 0.5, else 0.
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]);
 * nn.shallow.predict(nn.shallow.initializeParameters(2, 4, 1, { seed: 2 }), X) // → array([[1., 0., 1.]])
 */
export function predict(parameters: Parameters, X: NDArray, opts: ShallowOptions = {}): NDArray {
  const [A2] = forwardPropagation(X, parameters, opts);
  return np.greater(A2, 0.5).astype("float64");
}

/** Options of {@link nnModel}. */
export interface NnModelOptions extends ShallowOptions {
  numIterations?: number;
  learningRate?: number;
  printCost?: boolean;
  seed?: RandomLike;
}

/**
 * The whole shallow network: sizes, initialisation, then `numIterations` rounds of forward, cost,
 * backward, update. Returns the learned parameters and the cost of every iteration. (On the planar
 * flower, `data.planar()`, 10000 iterations with 4 hidden units reach about 90 % accuracy.)
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * const { parameters, costs } = nn.shallow.nnModel(X, Y, 4, { numIterations: 100, seed: 3 });
 * np.round(np.array([costs[0], costs[99]]), 4) // → array([0.6932, 0.0024])
 * nn.shallow.predict(parameters, X) // → array([[1., 0., 1.]])
 */
export function nnModel(X: NDArray, Y: NDArray, n_h: number, opts: NnModelOptions = {}): { parameters: Parameters; costs: number[] } {
  const { numIterations = 10000, learningRate = 1.2, printCost = false } = opts;
  const { n_x, n_y } = layerSizes(X, Y, n_h);
  let parameters = initializeParameters(n_x, n_h, n_y, { seed: opts.seed });
  const costs: number[] = [];
  for (let i = 0; i < numIterations; i++) {
    let cost: number;
    [parameters, cost] = stepScope([opts.hidden], () => {
      const [A2, cache] = forwardPropagation(X, parameters, opts);
      const grads = backwardPropagation(parameters, cache, X, Y, opts);
      return [updateParameters(parameters, grads, learningRate), computeCost(A2, Y)] as const;
    });
    costs.push(cost);
    if (printCost && i % 1000 === 0) console.log(`Cost after iteration ${i}: ${cost}`);
  }
  return { parameters, costs };
}
