// Adaline (Widrow & Hoff, 1960): a linear activation g(z) = z trained by gradient descent on the sum
// of squared errors J(w) = ½ Σ (y′ − y)². Batch GD and stochastic GD, as on the slides; rows layout
// like the Perceptron: X (m, n), y (m,) of −1/1.
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";
import { LinearUnit, checkRows } from "./linear_unit";
import { randomState, type RandomLike } from "../np";
import type { RandomState } from "../np";

/** Adaline settings: learning rate α (`eta` is accepted too, as one slide writes it) and epochs. */
export interface AdalineOptions {
  alpha?: number;
  eta?: number;
  epochs?: number;
}

/** Shared parts of the two Adalines: α, the cost history, the activation and the ±1 prediction from it. */
abstract class AdalineBase extends LinearUnit {
  readonly alpha: number;
  /** The cost J = ½ Σ (y − output)² over the training set after each epoch. */
  cost_: number[] = [];

  constructor(opts: AdalineOptions) {
    super(opts.epochs);
    this.alpha = opts.alpha ?? opts.eta ?? 0.01;
  }

  /** The linear activation g(z) = z. @example
   * const ada = new nn.AdalineGD({ alpha: 0.1, epochs: 1 }).train([[1, 2], [-1, -2]], [1, -1]);
   * ada.activation([[1, 1], [0, -1]]) // → array([ 0.6, -0.4])
   */
  activation(X: ArrayLike): NDArray | number {
    return this.netInput(X);
  }

  /** Class labels: 1 where the activation is ≥ 0, else −1. @example
   * const ada = new nn.AdalineGD({ alpha: 0.1, epochs: 1 }).train([[1, 2], [-1, -2]], [1, -1]);
   * ada.predict([[1, 1], [0, -1]]) // → array([ 1, -1])
   */
  override predict(X: ArrayLike): NDArray | number {
    return this.threshold(this.activation(X));
  }
}

/**
 * Adaline with batch gradient descent: each epoch computes all outputs, errors = y − output, and
 * takes one step w[1:] += α Xᵀ·errors, w₀ += α Σ errors.
 *
 * @example
 * const iris = data.iris({ layout: "rows" });
 * const X = iris.X.get("0:100", [0, 2]), y = np.where(np.equal(iris.Y.get("0:100"), 0), -1, 1);
 * const X_std = nn.standardize(X, { axis: 0 }).X;                 // the slides' X_std
 * const ada = new nn.AdalineGD({ alpha: 0.01, epochs: 15 }).train(X_std, y);
 * np.round(np.array([ada.cost_[0], ada.cost_[14]]), 4) // → array([50.   ,  2.572])
 * const raw = new nn.AdalineGD({ alpha: 0.01, epochs: 3 }).train(X, y); // unscaled X, same α: it diverges
 * np.round(np.array(raw.cost_), 1) // → array([5.0000000e+01, 2.2322000e+03, 3.4771496e+06])
 */
export class AdalineGD extends AdalineBase {
  constructor(opts: AdalineOptions = {}) {
    super(opts);
  }

  /** Learns from X (m, n), y (m,), starting from zero weights. @example ada.train(X_std, y).cost_.length // → 15 */
  train(X: ArrayLike, y: ArrayLike): this {
    const [Xa, ya] = this.begin(X, y);
    this.cost_ = [];
    for (let i = 0; i < this.epochs; i++) {
      const output = this.netInput(Xa) as NDArray;
      const errors = np.subtract(ya, output);
      this.w_.set("1:", this.w_.get("1:").add(np.dot(Xa.T, errors).multiply(this.alpha)));
      this.w_.set(0, this.w_.item(0) + this.alpha * np.sum(errors));
      this.cost_.push(np.sum(np.square(errors)) / 2);
    }
    return this;
  }
}

/** AdalineSGD settings: besides α and epochs, whether to shuffle each epoch and the seed for it. */
export interface AdalineSGDOptions extends AdalineOptions {
  shuffle?: boolean;
  seed?: RandomLike;
}

/**
 * Adaline with stochastic gradient descent: the weights move after every example,
 * w[1:] += α x⁽ⁱ⁾ (y⁽ⁱ⁾ − output), w₀ += α (y⁽ⁱ⁾ − output). The examples are visited in a new random
 * order each epoch (`shuffle: true`, the default): each epoch reorders the previous epoch's order by
 * one `permutation(m)` of a generator seeded with `seed`, as Raschka's AdalineSGD does. `cost_` is
 * ½ Σ (y − output)² over the whole set after each epoch. `partialFit` continues learning from new
 * examples without resetting the weights (online learning).
 *
 * @example
 * const iris = data.iris({ layout: "rows" });
 * const X = iris.X.get("0:100", [0, 2]), y = np.where(np.equal(iris.Y.get("0:100"), 0), -1, 1);
 * const X_std = nn.standardize(X, { axis: 0 }).X;
 * const ada = new nn.AdalineSGD({ alpha: 0.01, epochs: 3, seed: 1 }).train(X_std, y);
 * np.round(ada.w_, 4) // → array([-0.0116,  0.1839,  0.7496])
 * ada.partialFit(X_std.get(0), y.item(0)); // one more update from one example
 */
export class AdalineSGD extends AdalineBase {
  readonly shuffle: boolean;
  private rng: RandomState;
  private initialized = false;

  constructor(opts: AdalineSGDOptions = {}) {
    super(opts);
    this.shuffle = opts.shuffle ?? true;
    this.rng = randomState(opts.seed);
  }

  /** Learns from X (m, n), y (m,), starting from zero weights. @example
   * // without shuffling: the examples in order, one step each
   * new nn.AdalineSGD({ alpha: 0.1, epochs: 1, shuffle: false }).train([[1, 2], [-1, -2]], [1, -1]).w_ // → array([0.04, 0.16, 0.32])
   */
  train(X: ArrayLike, y: ArrayLike): this {
    let [Xa, ya] = this.begin(X, y);
    this.initialized = true;
    this.cost_ = [];
    for (let i = 0; i < this.epochs; i++) {
      if (this.shuffle) {
        const r = this.rng.permutation(ya.shape[0]);
        Xa = Xa.get(r);
        ya = ya.get(r);
      }
      for (let k = 0; k < Xa.shape[0]; k++) this.updateWeights(Xa.get(k), ya.item(k));
      this.cost_.push(np.sum(np.square(np.subtract(ya, this.activation(Xa)))) / 2);
    }
    return this;
  }

  /**
   * Updates the weights from more examples — X (k, n) with y (k,), or one example x (n,) with a
   * number — without reinitialising them (zeros if never trained). Returns this.
   * @example new nn.AdalineSGD({ alpha: 0.1 }).partialFit(np.array([1, 2]), 1).w_ // → array([0.1, 0.1, 0.2])
   */
  partialFit(X: ArrayLike, y: ArrayLike): this {
    const Xa = np.asarray(X), ya = np.asarray(y);
    const n = Xa.ndim === 1 ? Xa.shape[0] : Xa.shape[1];
    if (!this.initialized) {
      this.w_ = np.zeros(1 + n);
      this.initialized = true;
    }
    if (Xa.ndim === 1) this.updateWeights(Xa, ya.item());
    else {
      checkRows(Xa, ya);
      for (let k = 0; k < Xa.shape[0]; k++) this.updateWeights(Xa.get(k), ya.item(k));
    }
    return this;
  }

  /** One SGD step from example xi with label `target`; returns its cost ½ error². */
  private updateWeights(xi: NDArray, target: number): number {
    const error = target - (this.netInput(xi) as number);
    this.w_.set("1:", this.w_.get("1:").add(xi.multiply(error).multiply(this.alpha)));
    this.w_.set(0, this.w_.item(0) + this.alpha * error);
    return 0.5 * error * error;
  }
}
