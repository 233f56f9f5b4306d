// A compact L-layer network: layer sizes and activations in, `fit`, `predict`, `evaluate` out — a thin
// wrapper over initializeParametersDeep, modelForward, computeCost, modelBackward and the optimizers.
import { NDArray } from "../np";
import type { Parameters } from "./types";
import { getActivation, type Activation, type ActivationName } from "./activation_backward";
import { initializeParametersDeep, type InitMethod } from "./deep/init";
import { modelForward, layerActivations } from "./deep/forward";
import { computeCost } from "./deep/cost";
import { outputToLabels } from "./deep/predict";
import { accuracy } from "./metrics";
import { train, type TrainOptions } from "./training";
import type { LossName } from "./losses";
import type { RandomLike } from "../np";
import type { BatchNormRunning } from "./batchnorm";

/** How to build a {@link Model}. */
export interface ModelOptions {
  /** Activation of the hidden layers (default "relu"). */
  hidden?: ActivationName | Activation;
  /** Activation of the output layer (default "sigmoid" for one output unit, "softmax" for more). */
  output?: ActivationName | Activation;
  /** One activation per layer (overrides hidden/output). */
  activations?: readonly (ActivationName | Activation)[];
  /** Weight initialisation (default "he" for relu-like hidden layers, "xavier" otherwise). */
  init?: InitMethod;
  /** Seed or RandomState for the initial weights. */
  seed?: RandomLike;
  /** The cost (default: binary cross-entropy with a sigmoid output, categorical with softmax, mse with linear). */
  loss?: LossName;
  /** Batch-normalise the hidden layers (learned γ, β; running averages for prediction). */
  batchNorm?: boolean;
}

/** Options of {@link Model.fit}: everything of `nn.train` except the layer choices. */
export type FitOptions = Omit<TrainOptions, "hidden" | "output" | "activations" | "loss" | "batchNorm" | "running">;

/**
 * An L-layer network. `layerSizes` = [n_x, n[1], ..., n[L]]. With `batchNorm: true` the hidden
 * layers are batch-normalised; predictions then use the running averages gathered by `fit`.
 * @example
 * const X = np.array([[1, -1, 2], [0, 3, -2]]), Y = np.array([[1, 0, 1]]);
 * const model = new nn.Model([2, 3, 1], { seed: 1 }); // relu, then sigmoid; He initialisation
 * const history = model.fit(X, Y, { epochs: 10, learningRate: 0.1 });
 * np.round(np.array([history.costs[0], history.costs[9]]), 4) // → array([0.2566, 0.2354])
 * model.evaluate(X, Y) // → 1
 */
export class Model {
  readonly layerSizes: number[];
  readonly activations: Activation[];
  readonly loss: LossName;
  parameters: Parameters;
  /** The cost of every epoch trained so far. */
  costs: number[] = [];
  readonly batchNorm: boolean;
  /** Batch norm's running μ and σ² per hidden layer (filled by fit, used by predict). */
  running: Record<number, BatchNormRunning> = {};

  constructor(layerSizes: readonly number[], opts: ModelOptions = {}) {
    this.layerSizes = [...layerSizes];
    const L = layerSizes.length - 1;
    const nOut = layerSizes[L];
    const output = opts.output ?? (nOut === 1 ? "sigmoid" : "softmax");
    this.activations = layerActivations(L, { hidden: opts.hidden, output, activations: opts.activations });
    const out = this.activations[L - 1].name;
    this.loss = opts.loss ?? (out === "softmax" ? "categoricalCrossEntropy" : out === "linear" ? "mse" : "binaryCrossEntropy");
    const hiddenName = L > 1 ? getActivation(this.activations[0]).name : "relu";
    const init = opts.init ?? (hiddenName === "relu" || hiddenName === "leakyRelu" ? "he" : "xavier");
    this.batchNorm = opts.batchNorm ?? false;
    this.parameters = initializeParametersDeep(layerSizes, { method: init, seed: opts.seed, batchNorm: this.batchNorm });
  }

  /**
   * Trains on X (n_x, m) and Y (n_y, m) — one-hot Y for a softmax output — continuing from the
   * current parameters. Returns `{ costs }` for this call (one per epoch).
   * @example
   * model.fit(X, Y, { epochs: 5, batchSize: 2, optimizer: "momentum", learningRate: 0.05, seed: 0 }).costs.length // → 5
   * model.costs.length // → 15
   */
  fit(X: NDArray, Y: NDArray, opts: FitOptions = {}): { costs: number[] } {
    const r = train(X, Y, this.parameters, { ...opts, activations: this.activations, loss: this.loss, batchNorm: this.batchNorm, running: this.running });
    this.parameters = r.parameters;
    this.costs.push(...r.costs);
    return { costs: r.costs };
  }

  /** The output activations A^[L] for X (no dropout). @example np.round(model.predictProba(X), 4) // → array([[0.9304, 0.4657, 0.9995]]) */
  predictProba(X: NDArray): NDArray {
    // before any training there are no running averages yet: normalise with X's own statistics
    const trained = Object.keys(this.running).length > 0;
    const bn = this.batchNorm ? { batchNorm: true, mode: trained ? ("test" as const) : ("train" as const), running: trained ? this.running : undefined } : {};
    return modelForward(X, this.parameters, { activations: this.activations, ...bn })[0];
  }

  /**
   * Class labels (1, m): the argmax over the output units, or AL > 0.5 for a single sigmoid unit.
   * @example model.predict(X) // → array([[1., 0., 1.]])
   */
  predict(X: NDArray): NDArray {
    return outputToLabels(this.predictProba(X));
  }

  /** The cost on X, Y with the current parameters. @example model.cost(X, Y).toFixed(4) // → '0.2331' */
  cost(X: NDArray, Y: NDArray): number {
    return computeCost(this.predictProba(X), Y, this.loss);
  }

  /**
   * Accuracy on X against Y (labels (1, m) or one-hot (classes, m)).
   * @example model.evaluate(X, np.array([[1, 1, 1]])) // → 0.6666666666666666
   */
  evaluate(X: NDArray, Y: NDArray): number {
    return accuracy(Y, this.predict(X));
  }
}
