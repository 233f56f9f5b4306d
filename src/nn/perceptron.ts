// Rosenblatt's perceptron (1957) with the unit step and the perceptron learning rule, as on the
// slides. Like the slides' Python class it takes X as rows, (m, n) — one example per row, as
// `df.iloc[0:100, [0, 2]].values` — and labels y of −1/1 of shape (m,).
import type { ArrayLike } from "../np";
import { LinearUnit } from "./linear_unit";

/** Perceptron settings: learning rate η (0 < η < 1) and passes over the training set. */
export interface PerceptronOptions {
  eta?: number;
  epochs?: number;
}

/**
 * The perceptron: z = wᵀx + w₀, output g(z) = 1 if z ≥ 0 else −1, and for each example
 * w_j := w_j + η (y′ − y) x_j. `w_` holds [w₀ (bias), w₁, ..., w_n]; `errors_` the number of
 * misclassified (updated) examples in each epoch.
 *
 * @example
 * const iris = data.iris({ layout: "rows" });
 * const X = iris.X.get("0:100", [0, 2]);                         // sepal and petal length
 * const y = np.where(np.equal(iris.Y.get("0:100"), 0), -1, 1);     // setosa −1, versicolor 1
 * const ppn = new nn.Perceptron({ eta: 0.1, epochs: 10 }).train(X, y);
 * ppn.w_ // → array([-0.4 , -0.68,  1.82])
 * ppn.errors_ // → [
 * //   2, 2, 3, 2, 1,
 * //   0, 0, 0, 0, 0
 * // ]
 */
export class Perceptron extends LinearUnit {
  readonly eta: number;
  /** Misclassifications per epoch. */
  errors_: number[] = [];

  constructor(opts: PerceptronOptions = {}) {
    super(opts.epochs);
    this.eta = opts.eta ?? 0.01;
  }

  /**
   * Learns from X (m, n) and y (m,) of −1/1, starting from zero weights.
   * @example new nn.Perceptron({ eta: 0.1, epochs: 2 }).train(X, y).errors_ // → [ 2, 2 ]
   */
  train(X: ArrayLike, y: ArrayLike): this {
    const [Xa, ya] = this.begin(X, y);
    this.errors_ = [];
    for (let epoch = 0; epoch < this.epochs; epoch++) {
      let errors = 0;
      for (let i = 0; i < Xa.shape[0]; i++) {
        const xi = Xa.get(i), target = ya.item(i);
        const update = this.eta * (target - (this.predict(xi) as number));
        this.w_.set("1:", this.w_.get("1:").add(xi.multiply(update)));
        this.w_.set(0, this.w_.item(0) + update);
        errors += update !== 0 ? 1 : 0;
      }
      this.errors_.push(errors);
    }
    return this;
  }
}
