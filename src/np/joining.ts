// Joining and unjoining: numpy's block, concat, row_stack and unstack.
import { NDArray, ArrayLike } from "./ndarray";
import { asarray } from "./creation";
import { concatenate, vstack } from "./manipulation";
import { moveaxis } from "./rearrange";

/** numpy's text for a position in nested lists: arrays[1][0]. */
const where = (path: number[]) => "arrays" + path.map((i) => `[${i}]`).join("");

/**
 * An array assembled from nested lists of blocks: the innermost lists join along the last axis, the
 * next ones out along the second-to-last, and so on (numpy's block).
 * @example np.block([[np.eye(2), np.zeros([2, 1])], [np.ones([1, 2]), np.full([1, 1], 5)]]) // → array([[1., 0., 0.],
 * //        [0., 1., 0.],
 * //        [1., 1., 5.]])
 */
export function block(arrays: ArrayLike): NDArray {
  let first: number[] | null = null;
  let maxNdim = 0;
  const check = (x: ArrayLike, path: number[]): void => {
    if (Array.isArray(x)) {
      if (x.length === 0) throw new Error(`List at ${where(path)} cannot be empty`);
      x.forEach((e, i) => check(e, [...path, i]));
      return;
    }
    if (first === null) first = path;
    else if (path.length !== first.length)
      throw new Error(`List depths are mismatched. First element was at depth ${first.length}, but there is an element at depth ${path.length} (${where(path)})`);
    maxNdim = Math.max(maxNdim, asarray(x).ndim);
  };
  check(arrays, []);
  const depth = (first as number[] | null)?.length ?? 0;
  const nd = Math.max(depth, maxNdim);
  const build = (x: ArrayLike, level: number): NDArray => {
    if (!Array.isArray(x)) {
      const a = asarray(x);
      return a.ndim < nd ? a.reshape([...new Array(nd - a.ndim).fill(1), ...a.shape]) : a;
    }
    return concatenate(x.map((e) => build(e, level + 1)), { axis: -(depth - level) });
  };
  const out = build(arrays, 0);
  return depth === 0 ? out.copy() : out;
}

/**
 * numpy 2's array-API name for concatenate.
 * @example np.concat([[1, 2], [3]]) // → array([1, 2, 3])
 */
export function concat(arrays: readonly ArrayLike[], opts: { axis?: number | null } = {}): NDArray {
  return concatenate(arrays, opts);
}

/**
 * The old name of vstack (numpy 2 deprecates it): stacks rows.
 * @example np.rowStack([[1, 2], [3, 4]]) // → array([[1, 2],
 * //        [3, 4]])
 */
export function rowStack(tup: readonly ArrayLike[]): NDArray {
  return vstack(tup);
}

/**
 * Splits an array into the views along an axis (the first by default), the inverse of stack.
 * @example np.unstack(np.arange(6).reshape(2, 3), { axis: 1 }).map(String) // → [ '[0 3]', '[1 4]', '[2 5]' ]
 */
export function unstack(x: ArrayLike, opts: { axis?: number } | number = {}): NDArray[] {
  const a = asarray(x);
  if (a.ndim === 0) throw new Error("Input array must be at least 1-d.");
  const m = moveaxis(a, typeof opts === "number" ? opts : opts.axis ?? 0, 0);
  return Array.from({ length: m.shape[0] }, (_, i) => m.get(i));
}
