// Searching and partial sorting: numpy's argwhere, flatnonzero, searchsorted, partition,
// argpartition and lexsort.
import { NDArray, ArrayLike } from "./ndarray";
import { normAxis } from "./shape";
import { asarray } from "./creation";
import { nonzero } from "./indexing";
import { argsort, sort } from "./sorting";
import { stack } from "./manipulation";
import { moveaxis } from "./rearrange";

// numpy's order: nan after every number.
const lt = (p: number, q: number) => p < q || (q !== q && p === p);

/**
 * The indices of the non-zero elements, one row per element (shape (N, ndim)), int64.
 * @example np.argwhere([[0, 1], [2, 0]]) // → array([[0, 1],
 * //        [1, 0]])
 */
export function argwhere(a: ArrayLike): NDArray {
  const x = asarray(a);
  // numpy: a 0-d array counts as one element with no axes
  if (x.ndim === 0) return new NDArray(new Float64Array(0), [x.item() !== 0 ? 1 : 0, 0], "int64");
  const idx = nonzero(x);
  const n = idx[0].size, nd = x.ndim;
  const out = new Float64Array(n * nd);
  idx.forEach((col, j) => {
    for (let i = 0; i < n; i++) out[i * nd + j] = col.data[i];
  });
  return new NDArray(out, [n, nd], "int64");
}

/**
 * Indices of the non-zero elements of the flattened array.
 * @example np.flatnonzero([[0, 3], [4, 0]]) // → array([1, 2])
 */
export function flatnonzero(a: ArrayLike): NDArray {
  return nonzero(asarray(a).ravel())[0];
}

/** `searchsorted` options: numpy's side and sorter. */
export interface SearchsortedOptions {
  side?: "left" | "right";
  sorter?: ArrayLike | null;
}

/**
 * Where to insert `v` into the sorted 1-D `a` to keep it sorted: the first such place (`side: "left"`)
 * or the last (`"right"`); nan sorts last, as in numpy. A number gives a number.
 * @example np.searchsorted([1, 2, 3, 5], 3) // → 2
 * @example np.searchsorted([1, 2, 3, 5], [0, 3, 9], { side: "right" }) // → array([0, 3, 4])
 */
export function searchsorted(a: ArrayLike, v: number, opts?: SearchsortedOptions): number;
export function searchsorted(a: ArrayLike, v: ArrayLike, opts?: SearchsortedOptions): NDArray;
export function searchsorted(a: ArrayLike, v: ArrayLike, opts: SearchsortedOptions = {}): any {
  const side = opts.side ?? "left";
  if (side !== "left" && side !== "right") throw new Error(`search side must be 'left' or 'right' (got '${side}')`);
  const x = asarray(a);
  if (x.ndim > 1) throw new Error("object too deep for desired array");
  let vals = Array.from({ length: x.size }, (_, i) => x.getFlat(i));
  if (opts.sorter !== undefined && opts.sorter !== null) {
    const s = asarray(opts.sorter);
    if (s.ndim !== 1 || s.size !== vals.length) throw new Error("sorter.size must equal a.size");
    const v0 = vals;
    vals = Array.from({ length: s.size }, (_, i) => {
      const k = s.getFlat(i);
      if (k < 0 || k >= v0.length) throw new Error("Sorter index out of range.");
      return v0[k];
    });
  }
  const find = (t: number) => {
    let lo = 0, hi = vals.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // left: the first place where a[i] >= t; right: the first where a[i] > t
      if (side === "left" ? lt(vals[mid], t) : !lt(t, vals[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (typeof v === "number" || typeof v === "boolean") return find(Number(v));
  const q = asarray(v);
  const out = new Float64Array(q.size);
  for (let i = 0; i < q.size; i++) out[i] = find(q.getFlat(i));
  return new NDArray(out, [...q.shape], "int64");
}

/** `partition`/`argpartition` options: numpy's axis (`null` flattens; the last by default). */
export interface PartitionOptions {
  axis?: number | null;
}

/** The kth positions, checked and resolved as numpy does (negative ones count from the end). */
function kths(kth: number | readonly number[], n: number): number[] {
  return (typeof kth === "number" ? [kth] : [...kth]).map((k) => {
    const r = k < 0 ? k + n : k;
    if (!Number.isInteger(k)) throw new TypeError("Partition index must be integer");
    if (r < 0 || r >= n) throw new Error(`kth(=${r}) out of bounds (${n})`);
    return r;
  });
}

function partArgs(a: ArrayLike, kth: number | readonly number[], opts: PartitionOptions | number | null): { x: NDArray; axis: number } {
  const o = typeof opts === "number" || opts === null ? { axis: opts } : opts;
  const x0 = asarray(a);
  const x = o.axis === null ? x0.reshape(-1) : x0;
  const axis = normAxis(o.axis ?? -1, x.ndim);
  kths(kth, x.shape[axis]);
  return { x, axis };
}

/**
 * A copy with the elements at the `kth` positions where a full sort would put them, smaller (or
 * equal) ones before and larger ones after. numpy leaves the order within each side unspecified; here
 * each lane is fully sorted, which is one valid answer.
 * @example np.partition([3, 4, 2, 1], 2) // → array([1, 2, 3, 4])
 */
export function partition(a: ArrayLike, kth: number | readonly number[], opts: PartitionOptions | number | null = {}): NDArray {
  const { x, axis } = partArgs(a, kth, opts);
  return sort(x, { axis });
}

/**
 * Indices that partition the array (see partition): `a[result]` has the kth elements in sorted
 * position. Which of equal elements lands where is unspecified, as in numpy; here the order is the
 * stable sort's.
 * @example np.argpartition([3, 4, 2, 1], 2).toString() // → [3 2 0 1]
 */
export function argpartition(a: ArrayLike, kth: number | readonly number[], opts: PartitionOptions | number | null = {}): NDArray {
  // numpy's argpartition takes a 0-d array as one element (its partition refuses it)
  if (a instanceof NDArray && a.ndim === 0) return argpartition(a.reshape(1), kth, -1);
  const { x, axis } = partArgs(a, kth, opts);
  return argsort(x, { axis });
}

/** numpy's in-place `x.partition(kth)`: sorts each lane along the axis (a valid partition). */
export function partitionInPlace(x: NDArray, kth: number | readonly number[], opts: { axis?: number } | number = {}): void {
  const axis = typeof opts === "number" ? opts : opts.axis ?? -1;
  const { axis: ax } = partArgs(x, kth, { axis });
  x.set("...", sort(x, { axis: ax }));
}

/**
 * Indices that sort by several keys: the last key is the primary one, earlier keys break ties;
 * stable. Keys are a list of equal-shaped arrays, or the rows of a 2-D array.
 * @example np.lexsort([[1, 5, 1, 4], [9, 4, 0, 4]]) // → array([2, 3, 1, 0])
 */
export function lexsort(keys: ArrayLike, opts: { axis?: number } | number = {}): NDArray {
  const axis = typeof opts === "number" ? opts : opts.axis ?? -1;
  const k0 = keys instanceof NDArray ? (keys.ndim === 0 ? [] : Array.from({ length: keys.shape[0] }, (_, i) => keys.get(i))) : Array.isArray(keys) ? keys.map((k) => asarray(k)) : [];
  if (k0.length === 0) throw new TypeError("need sequence of keys with len > 0 in lexsort");
  const sh = k0[0].shape;
  if (k0.some((k) => k.ndim !== sh.length || k.shape.some((d, i) => d !== sh[i]))) throw new Error("all keys need to be the same shape");
  if (sh.length === 0) return new NDArray(new Float64Array(1), [], "int64");
  const ax = normAxis(axis, sh.length);
  // keys stacked as (k, ..., n): each lane sorted on its own
  const K = moveaxis(stack(k0), ax + 1, -1).copy();
  const n = sh[ax], lanes = n === 0 ? 0 : K.size / (k0.length * n);
  const out = new Float64Array(lanes * n);
  const D = K.data;
  for (let l = 0; l < lanes; l++) {
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((i, j) => {
      for (let k = k0.length - 1; k >= 0; k--) {
        const p = D[k * lanes * n + l * n + i], q = D[k * lanes * n + l * n + j];
        if (lt(p, q)) return -1;
        if (lt(q, p)) return 1;
      }
      return i - j;
    });
    for (let i = 0; i < n; i++) out[l * n + i] = idx[i];
  }
  const moved = [...sh.filter((_, i) => i !== ax), n];
  return moveaxis(new NDArray(out, moved, "int64"), -1, ax).copy();
}
