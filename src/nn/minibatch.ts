// Splitting the training set into mini-batches (columns are examples), shuffled with a seed.
import { np, NDArray } from "../np";
import type { ArrayLike } from "../np";
import { randomState, type RandomLike } from "../np";

/** One mini-batch: `[mini_batch_X, mini_batch_Y]`. */
export type MiniBatch = [NDArray, NDArray];

/**
 * Mini-batches of `miniBatchSize` columns of X and Y taken in the given order of examples (all
 * examples in order when `order` is omitted); the last batch holds the m mod size examples left over.
 * @example
 * const X = np.arange(10).reshape(2, 5), Y = np.array([[0, 1, 0, 1, 1]]);
 * const batches = nn.miniBatches(X, Y, 2);   // X[:, 0:2], X[:, 2:4], X[:, 4:5] with their Y
 * batches.length // → 3
 * batches[2][0] // → array([[4],
 * //        [9]])
 */
export function miniBatches(X: NDArray, Y: NDArray, miniBatchSize: number, order?: ArrayLike): MiniBatch[] {
  if (!(Number.isInteger(miniBatchSize) && miniBatchSize > 0)) throw new Error(`miniBatchSize must be a positive integer, got ${miniBatchSize}`);
  const m = X.shape[1];
  if (Y.shape[Y.ndim - 1] !== m) throw new Error(`X has ${m} examples (columns) but Y has ${Y.shape[Y.ndim - 1]}`);
  const [Xs, Ys] = order === undefined ? [X, Y] : [X.get(":", np.asarray(order)), Y.get(":", np.asarray(order))];
  if (miniBatchSize >= m) return [[Xs, Ys]];
  const batches: MiniBatch[] = [];
  for (let k = 0; k < m; k += miniBatchSize) {
    const cols = `${k}:${Math.min(k + miniBatchSize, m)}`;
    // contiguous copies: a column slice is a strided view, and products with it are slower
    batches.push([Xs.get(":", cols).copy(), Ys.get(":", cols).copy()]);
  }
  return batches;
}

/**
 * Shuffles the examples (columns) with `permutation(m)` of a generator seeded with `seed`, then cuts
 * them into mini-batches of `miniBatchSize` (default 64; the last one may be smaller). The same seed
 * gives numpy's order: `np.random.seed(seed); np.random.permutation(m)`.
 * @example
 * const X = np.arange(10).reshape(2, 5), Y = np.array([[0, 1, 0, 1, 1]]);
 * const batches = nn.randomMiniBatches(X, Y, 2, 0); // columns in the order permutation(5) = [2, 0, 1, 3, 4]
 * batches.map(([Xb]) => Xb.shape[1]) // → [ 2, 2, 1 ]
 * batches[0][0] // → array([[2, 0],
 * //        [7, 5]])
 */
export function randomMiniBatches(X: NDArray, Y: NDArray, miniBatchSize = 64, seed: RandomLike = 0): MiniBatch[] {
  const permutation = randomState(seed).permutation(X.shape[1]);
  return miniBatches(X, Y, miniBatchSize, permutation);
}
