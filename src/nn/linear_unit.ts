// What the perceptron and the two Adalines share (slides 002): the weights [w₀, w₁, ..., w_n], the
// net input z = X·w[1:] + w₀, the ±1 prediction from its sign, and the rows layout X (m, n), y (m,).
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";

/**
 * A single linear neuron learning from X (m, n) and y (m,) of −1/1; subclasses give the learning
 * rule (`train`).
 *
 * @example
 * const X = np.array([[1, 2], [2, 1], [-1, -2], [-2, -1]]), y = np.array([1, 1, -1, -1]);
 * const ppn = new nn.Perceptron({ eta: 0.1, epochs: 5 }).train(X, y); // a LinearUnit
 * ppn.w_ // → array([-0.2,  0.2,  0.4])
 */
export abstract class LinearUnit {
  readonly epochs: number;
  /** Weights, bias first: [w₀, w₁, ..., w_n]. */
  w_: NDArray = np.zeros(1);

  constructor(epochs: number | undefined) {
    this.epochs = epochs ?? 50;
  }

  /**
   * Learns from X (m, n) and y (m,) of −1/1, starting from zero weights.
   * @example new nn.AdalineGD({ alpha: 0.1, epochs: 1 }).train(X, y).w_ // → array([0. , 0.6, 0.6])
   */
  abstract train(X: ArrayLike, y: ArrayLike): this;

  /** Same as `train` (scikit-learn's name). @example ppn.fit(X, y).errors_ // → [ 1, 0, 0, 0, 0 ] */
  fit(X: ArrayLike, y: ArrayLike): this {
    return this.train(X, y);
  }

  /**
   * z = X·w[1:] + w₀ for each row of X (a number for a single example).
   * @example ppn.netInput(X) // → array([ 0.8,  0.6, -1.2, -1. ])
   */
  netInput(X: ArrayLike): NDArray | number {
    const z = np.add(np.dot(X, this.w_.get("1:")), this.w_.item(0));
    return z.ndim === 0 ? z.item() : z;
  }

  /**
   * Class labels, the unit step of the net input: 1 where z ≥ 0, else −1 (a number for a single example).
   * @example
   * ppn.predict(np.array([1, 1])) // → 1
   * ppn.predict(X) // → array([ 1,  1, -1, -1])
   */
  predict(X: ArrayLike): NDArray | number {
    return this.threshold(this.netInput(X));
  }

  /** 1 where z ≥ 0, else −1; a number stays a number. */
  protected threshold(z: NDArray | number): NDArray | number {
    if (typeof z === "number") return z >= 0 ? 1 : -1;
    return np.where(np.greaterEqual(z, 0), 1, -1);
  }

  /** The start of `train`: X and y as arrays in the rows layout, and zero weights. */
  protected begin(X: ArrayLike, y: ArrayLike): [NDArray, NDArray] {
    const Xa = np.asarray(X), ya = np.asarray(y);
    checkRows(Xa, ya);
    this.w_ = np.zeros(1 + Xa.shape[1]);
    return [Xa, ya];
  }
}

/** Checks the rows layout: X (m, n) and y (m,). @example checkRows(np.zeros([100, 2]), np.zeros(100)) // → undefined */
export function checkRows(X: NDArray, y: NDArray): void {
  if (X.ndim !== 2) throw new Error(`X must be 2-D (m, n) with one example per row, got shape (${X.shape.join(", ")})`);
  if (y.ndim !== 1 || y.shape[0] !== X.shape[0])
    throw new Error(`y must be 1-D with one label per row of X: X has ${X.shape[0]} rows, y has shape (${y.shape.join(", ")})`);
}
