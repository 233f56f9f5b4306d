// Feature standardisation x_std = (x − μ) / σ, so that every feature has mean 0 and unit variance,
// which lets gradient descent use one learning rate for all of them.
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";

/** The standardised data and the statistics used, to apply the same scaling to new data. */
export interface Standardized {
  /** The standardised X (same shape as the input). */
  X: NDArray;
  /** Per-feature mean μ_j, kept with a length-1 example axis so it broadcasts against X. */
  mean: NDArray;
  /** Per-feature standard deviation σ_j (numpy's `std`, ddof 0; a constant feature gets 1). */
  std: NDArray;
  /** Scales new data with these μ and σ (for test sets). */
  transform(Xnew: ArrayLike): NDArray;
}

/**
 * Standardises each feature: subtracts its mean and divides by its standard deviation, the
 * statistics taken over `axis`, the axis the examples run along. The default, 1, fits the lectures'
 * X of shape (n_x, m); use `{ axis: 0 }` for one example per row (m, n), as in the Adaline slides'
 * `X_std[:, j] = (X[:, j] - X[:, j].mean()) / X[:, j].std()`. A feature with σ = 0 is only centred.
 *
 * @example
 * const X = np.array([[1, 10], [2, 20], [3, 60]]);               // rows layout: 3 examples, 2 features
 * const { X: X_std, std } = nn.standardize(X, { axis: 0 });      // as the slides
 * np.round(X_std, 4) // → array([[-1.2247, -0.9258],
 * //        [ 0.    , -0.4629],
 * //        [ 1.2247,  1.3887]])
 * np.round(std, 4) // → array([[ 0.8165, 21.6025]])
 * const s = nn.standardize(X.T);                                   // columns layout (n_x, m), the default
 * np.round(s.transform(np.array([[4], [30]])), 4) // → array([[2.4495],
 * //        [0.    ]])
 */
export function standardize(X: ArrayLike, opts: { axis?: number } = {}): Standardized {
  const Xa = np.asarray(X).astype("float64");
  const axis = opts.axis ?? 1;
  const mean = np.mean(Xa, { axis, keepdims: true });
  const sd = np.std(Xa, { axis, keepdims: true });
  const std = np.where(np.equal(sd, 0), 1.0, sd);
  const transform = (Xnew: ArrayLike) => np.divide(np.subtract(Xnew, mean), std);
  return { X: transform(Xa), mean, std, transform };
}
