// Index arrays for grids and triangles: numpy's ix_, indices, diag_indices(_from),
// tril_indices(_from), triu_indices(_from), mask_indices, ravel_multi_index and unravel_index.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, isFloat, toDType } from "./dtype";
import { checkShape, sizeOf } from "./shape";
import { asarray, arange, ones, zeros } from "./creation";
import { broadcastTo } from "./manipulation";
import { nonzero } from "./indexing";
import { broadcastArrays } from "./rearrange";
import { notEqual } from "./ufunc";
import { tri } from "./triangles";

/**
 * Open mesh index arrays from 1-D sequences (bool ones become their true positions): the i-th has
 * its values on axis i and size 1 on the others, so `x.get(...np.ix_(rows, cols))` picks a block.
 * @example np.ix_([0, 1], [2, 4]).map((a) => a.shape) // → [ [ 2, 1 ], [ 1, 2 ] ]
 * @example np.arange(12).reshape(3, 4).get(...np.ix_([0, 2], [1, 3])) // → array([[ 1,  3],
 * //        [ 9, 11]])
 */
export function ix_(...args: ArrayLike[]): NDArray[] {
  const nd = args.length;
  return args.map((a, k) => {
    let x = asarray(a);
    if (Array.isArray(a) && a.length === 0) x = x.astype("int64");
    if (x.ndim !== 1) throw new Error("Cross index must be 1 dimensional");
    if (x.dtype === "bool") x = nonzero(x)[0];
    return x.reshape(Array.from({ length: nd }, (_, i) => (i === k ? x.size : 1)));
  });
}

/**
 * The indices of a grid: shape (N, ...dimensions), the i-th sub-array holding the index along axis
 * i; `sparse: true` gives the N broadcastable pieces instead.
 * @example np.indices([2, 3]) // → array([[[0, 0, 0],
 * //         [1, 1, 1]],
 * //
 * //        [[0, 1, 2],
 * //         [0, 1, 2]]])
 */
export function indices(dimensions: readonly number[], opts: { dtype?: DType | string; sparse?: boolean } = {}): any {
  const dims = checkShape(dimensions);
  const dtype = toDType(opts.dtype ?? "int64");
  const parts = dims.map((d, i) => arange(d, { dtype }).reshape(dims.map((_, j) => (j === i ? d : 1))));
  if (opts.sparse) return parts;
  const res = zeros([dims.length, ...dims], { dtype });
  parts.forEach((p, i) => res.set(i, broadcastTo(p, dims)));
  return res;
}

/**
 * The indices of the main diagonal of an n×…×n array: `ndim` copies of arange(n).
 * @example np.diagIndices(3).map(String) // → [ '[0 1 2]', '[0 1 2]' ]
 */
export function diagIndices(n: number, ndim = 2): NDArray[] {
  const idx = arange(n);
  return Array.from({ length: ndim }, () => idx);
}

/**
 * The main diagonal's indices of an array whose axes have equal lengths.
 * @example np.diagIndicesFrom(np.zeros([2, 2])).map(String) // → [ '[0 1]', '[0 1]' ]
 */
export function diagIndicesFrom(arr: ArrayLike): NDArray[] {
  const x = asarray(arr);
  if (x.ndim < 2) throw new Error("input array must be at least 2-d");
  if (x.shape.some((d) => d !== x.shape[0])) throw new Error("All dimensions of input must be of equal length");
  return diagIndices(x.shape[0], x.ndim);
}

/** `tri…Indices` options: numpy's k (diagonal offset) and m (columns). */
export interface TriIndicesOptions {
  k?: number;
  m?: number | null;
}

const triOpts = (k: number | TriIndicesOptions, m?: number | null): TriIndicesOptions => (typeof k === "object" ? k : { k, m });

/**
 * Row and column indices of the lower triangle (on and below diagonal k) of an n×m array.
 * @example np.trilIndices(3).map(String) // → [ '[0 1 1 2 2 2]', '[0 0 1 0 1 2]' ]
 */
export function trilIndices(n: number, k: number | TriIndicesOptions = 0, m?: number | null): NDArray[] {
  const o = triOpts(k, m);
  return nonzero(tri(n, o.m ?? null, { k: o.k ?? 0, dtype: "bool" }));
}

/**
 * Row and column indices of the upper triangle (on and above diagonal k) of an n×m array.
 * @example np.triuIndices(3, 1).map(String) // → [ '[0 0 1]', '[1 2 2]' ]
 */
export function triuIndices(n: number, k: number | TriIndicesOptions = 0, m?: number | null): NDArray[] {
  const o = triOpts(k, m);
  return nonzero(tri(n, o.m ?? null, { k: (o.k ?? 0) - 1, dtype: "bool" }).equal(false));
}

function square2d(arr: ArrayLike): NDArray {
  const x = asarray(arr);
  if (x.ndim !== 2) throw new Error("input array must be 2-d");
  return x;
}

/**
 * Lower-triangle indices for a 2-D array's shape. @example np.trilIndicesFrom(np.zeros([2, 3])).map(String) // → [ '[0 1 1]', '[0 0 1]' ]
 */
export function trilIndicesFrom(arr: ArrayLike, k: number | { k?: number } = 0): NDArray[] {
  const x = square2d(arr);
  return trilIndices(x.shape[0], typeof k === "number" ? k : k.k ?? 0, x.shape[1]);
}

/**
 * Upper-triangle indices for a 2-D array's shape. @example np.triuIndicesFrom(np.zeros([2, 3])).map(String) // → [ '[0 0 0 1 1]', '[0 1 2 1 2]' ]
 */
export function triuIndicesFrom(arr: ArrayLike, k: number | { k?: number } = 0): NDArray[] {
  const x = square2d(arr);
  return triuIndices(x.shape[0], typeof k === "number" ? k : k.k ?? 0, x.shape[1]);
}

/**
 * The indices where `maskFunc(ones([n, n]), k)` is non-zero (maskFunc such as np.triu or np.tril).
 * @example np.maskIndices(3, np.triu, 1).map(String) // → [ '[0 0 1]', '[1 2 2]' ]
 */
export function maskIndices(n: number, maskFunc: (a: NDArray, k: number) => ArrayLike, k = 0): NDArray[] {
  const m = ones([n, n], { dtype: "int64" });
  return nonzero(notEqual(asarray(maskFunc(m, k)), 0));
}

type IndexMode = "raise" | "wrap" | "clip";

/**
 * Flat indices from coordinate arrays into an array of shape `dims` (C order, or `order: "F"`);
 * `mode` ("raise", "wrap", "clip", or one per axis) treats coordinates out of range.
 * @example np.ravelMultiIndex([[3, 6, 6], [4, 5, 1]], [7, 6]) // → array([22, 41, 37])
 */
export function ravelMultiIndex(multiIndex: readonly ArrayLike[], dims: readonly number[], opts: { mode?: IndexMode | readonly IndexMode[]; order?: "C" | "F" } = {}): any {
  if (multiIndex.length !== dims.length) throw new Error(`parameter multi_index must be a sequence of length ${dims.length}`);
  const modes = typeof opts.mode === "object" ? [...opts.mode] : dims.map(() => (opts.mode as IndexMode | undefined) ?? "raise");
  const scalar = multiIndex.every((c) => typeof c === "number");
  const coords = broadcastArrays(...multiIndex.map((c) => asarray(c)));
  coords.forEach((c) => {
    if (isFloat(c.dtype)) throw new TypeError("only int indices permitted");
  });
  // strides of the flat index along each axis
  const stride = dims.map(() => 1);
  const order = opts.order === "F" ? dims.map((_, i) => i) : dims.map((_, i) => dims.length - 1 - i);
  let acc = 1;
  for (const i of order) (stride[i] = acc), (acc *= dims[i]);
  const shape = coords.length ? coords[0].shape : [];
  const n = sizeOf(shape);
  const out = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    let flat = 0;
    coords.forEach((c, i) => {
      let v = c.getFlat(e);
      const d = dims[i];
      if (modes[i] === "wrap") v = ((v % d) + d) % d;
      else if (modes[i] === "clip") v = Math.min(Math.max(v, 0), d - 1);
      else if (v < 0 || v >= d) throw new Error("invalid entry in coordinates array");
      flat += v * stride[i];
    });
    out[e] = flat;
  }
  return scalar ? out[0] : new NDArray(out, [...shape], "int64");
}

/**
 * Coordinate arrays of flat indices into an array of `shape` (C order, or `order: "F"`): one array
 * per axis (numbers for a number).
 * @example np.unravelIndex([22, 41, 37], [7, 6]).map(String) // → [ '[3 6 6]', '[4 5 1]' ]
 * @example np.unravelIndex(5, [2, 3]) // → [ 1, 2 ]
 */
export function unravelIndex(idx: ArrayLike, shape: number | readonly number[], opts: { order?: "C" | "F" } = {}): any[] {
  const dims = typeof shape === "number" ? [shape] : [...shape];
  const x = asarray(idx);
  if (isFloat(x.dtype) || x.dtype === "bool") throw new TypeError("only int indices permitted");
  const size = sizeOf(dims);
  const outs = dims.map(() => new Float64Array(x.size));
  const order = opts.order === "F" ? dims.map((_, i) => i) : dims.map((_, i) => dims.length - 1 - i);
  for (let e = 0; e < x.size; e++) {
    let v = x.getFlat(e);
    if (v < 0 || v >= size) throw new Error(`index ${v} is out of bounds for array with size ${size}`);
    for (const i of order) {
      outs[i][e] = v % dims[i];
      v = Math.floor(v / dims[i]);
    }
  }
  if (typeof idx === "number") return outs.map((o) => o[0]);
  return outs.map((o) => new NDArray(o, [...x.shape], "int64"));
}
