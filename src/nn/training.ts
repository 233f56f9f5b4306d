// The training loop of an L-layer network, built from the step-by-step functions: for each epoch,
// for each mini-batch: modelForward → computeCost → modelBackward → optimizer step.
// batchSize = m is batch gradient descent, 1 is stochastic gradient descent, anything between is
// mini-batch gradient descent; the examples are reshuffled every epoch.
import { NDArray } from "../np";
import type { Parameters } from "./types";
import { modelForward, type ForwardOptions } from "./deep/forward";
import { modelBackward } from "./deep/backward";
import { computeCost, defaultLoss } from "./deep/cost";
import { l2RegularizationCost } from "./regularization";
import { miniBatches } from "./minibatch";
import { stepScope } from "./step_scope";
import { optimizer as makeOptimizer, type Optimizer, type OptimizerName, type OptimizerOptions } from "./optimizers";
import { randomState, type RandomLike } from "../np";
import type { LossName } from "./losses";

/** What `onEpoch` receives after each epoch. */
export interface EpochInfo {
  /** Epoch number, from 0. */
  epoch: number;
  /** Mean training cost over the epoch's examples (each mini-batch's cost weighted by its size). */
  cost: number;
  parameters: Parameters;
}

/** Options of {@link train}. */
export interface TrainOptions extends Omit<ForwardOptions, "seed" | "mode">, OptimizerOptions {
  /** Passes over the training set (default 100). */
  epochs?: number;
  /** Examples per gradient step (default: all m, batch gradient descent). */
  batchSize?: number;
  /** Shuffle the examples every epoch (default true; irrelevant for full batches). */
  shuffle?: boolean;
  /** "gd" (default), "momentum", "rmsprop", "adam", or an optimizer object. */
  optimizer?: OptimizerName | Optimizer;
  /** L2 regularisation strength λ (default 0). */
  lambd?: number;
  /** The cost (default: binary cross-entropy for one output unit, categorical for several). */
  loss?: LossName;
  /** Seed or RandomState for shuffling and dropout masks. */
  seed?: RandomLike;
  /** Called after every epoch, e.g. to plot the cost; return `false` to stop training. */
  onEpoch?: (info: EpochInfo) => void | boolean;
}

/**
 * Trains parameters on X (n_x, m), Y (n_y, m) and returns the learned parameters with the cost of
 * every epoch. The parameters passed in are not changed.
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * let parameters = nn.initializeParametersDeep([2, 3, 1], { method: "he", seed: 1 });
 * const r = nn.train(X, Y, parameters, { epochs: 10, learningRate: 0.1 }); // full batches of gradient descent
 * parameters = r.parameters;
 * r.costs.length // → 10
 * np.round(np.array([r.costs[0], r.costs[9]]), 4) // → array([0.2566, 0.2354])
 * np.round(parameters.W2, 4) // → array([[ 1.465 , -0.6213,  0.2825]])
 * const Y2 = np.array([[1, 0, 1], [0, 1, 0]]); // one-hot labels for a softmax output; mini-batches of 2 with Adam
 * nn.train(X, Y2, nn.initializeParametersDeep([2, 3, 2], { seed: 1 }),
 *   { output: "softmax", epochs: 3, batchSize: 2, optimizer: "adam", learningRate: 0.01, seed: 0 }).costs.length // → 3
 */
export function train(X: NDArray, Y: NDArray, parameters: Parameters, opts: TrainOptions = {}): { parameters: Parameters; costs: number[] } {
  const m = X.shape[1];
  const { epochs = 100, batchSize = m, shuffle = true, lambd = 0 } = opts;
  const opt = typeof opts.optimizer === "object" ? opts.optimizer : makeOptimizer(opts.optimizer ?? "gd", opts);
  const rs = randomState(opts.seed);
  const forward: ForwardOptions = {
    hidden: opts.hidden, output: opts.output, activations: opts.activations, keepProb: opts.keepProb, seed: rs,
    batchNorm: opts.batchNorm, mode: "train", running: opts.running,
  };
  const activations = [opts.hidden, opts.output, ...(opts.activations ?? [])];
  const costs: number[] = [];
  let params = parameters;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = shuffle && batchSize < m ? rs.permutation(m) : undefined;
    let total = 0;
    for (const [Xb, Yb] of miniBatches(X, Y, Math.min(batchSize, m), order)) {
      const mb = Xb.shape[1];
      // forward and backward in a scope (batch norm keeps running statistics in the caller's object:
      // not then); the optimizer, whose state may be the caller's, steps outside it
      const [cost, grads] = stepScope(activations, () => {
        const [AL, caches] = modelForward(Xb, params, forward);
        const loss = opts.loss ?? defaultLoss(AL);
        const J = computeCost(AL, Yb, loss) + (lambd ? l2RegularizationCost(params, lambd, mb) : 0);
        return [J, modelBackward(AL, Yb, caches, { loss, lambd, inputGradient: false })] as const;
      }, opts.batchNorm === true);
      total += cost * mb;
      params = opt.step(params, grads);
    }
    costs.push(total / m);
    if (opts.onEpoch?.({ epoch, cost: total / m, parameters: params }) === false) break;
  }
  return { parameters: params, costs };
}
