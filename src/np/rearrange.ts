// Rearranging arrays: numpy's flip, roll, rot90, pad, moveaxis, atleast_*d, append, insert, delete,
// column_stack, dstack, broadcast_arrays/broadcast_shapes and the h/v/dsplit shorthands.
import { NDArray, ArrayLike } from "./ndarray";
import { alloc } from "./storage";
import { castValue } from "./dtype";
import { normAxis, normAxisTuple, sizeOf, tupleStr } from "./shape";
import { asarray } from "./creation";
import { Slice } from "./indexing";
import { atleast1d as at1, atleast2d as at2, atleast3d as at3, broadcastTo, concatenate, reshape, split, transpose } from "./manipulation";

type Axes = number | readonly number[];
/** An axis given positionally (`np.flip(x, 0)`) or as numpy's keyword (`np.flip(x, { axis: 0 })`). */
type AxisArg<T> = T | { axis?: T };
function axisOf<T>(v: AxisArg<T> | undefined): T | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as { axis?: T }).axis : (v as T | undefined);
}

/** A view of `x` with the given axes reversed. */
function reversed(x: NDArray, axes: readonly number[]): NDArray {
  const strides = [...x.strides];
  let offset = x.offset;
  for (const ax of axes) {
    if (x.shape[ax] > 0) offset += (x.shape[ax] - 1) * x.strides[ax];
    strides[ax] = -strides[ax];
  }
  return new NDArray(x.data, [...x.shape], x.dtype, strides, offset, x.base ?? x);
}

/**
 * Reverses the order of elements along the given axes (all axes by default); a view, like numpy's flip.
 * @example
 * np.flip(np.array([[1, 2], [3, 4]]), 0) // → array([[3, 4],
 * //        [1, 2]])
 */
export function flip(m: ArrayLike, axis?: AxisArg<Axes | null>): NDArray {
  const x = asarray(m);
  const ax = axisOf(axis);
  return reversed(x, ax === undefined || ax === null ? x.shape.map((_, i) => i) : normAxisTuple(ax, x.ndim));
}

/**
 * Reverses the columns (axis 1); the array must be at least 2-D. A view.
 * @example
 * np.fliplr(np.eye(2)) // → array([[0., 1.],
 * //        [1., 0.]])
 */
export function fliplr(m: ArrayLike): NDArray {
  const x = asarray(m);
  if (x.ndim < 2) throw new Error("Input must be >= 2-d.");
  return reversed(x, [1]);
}

/**
 * Reverses the rows (axis 0); the array must be at least 1-D. A view.
 * @example np.flipud(np.array([1, 2, 3])) // → array([3, 2, 1])
 */
export function flipud(m: ArrayLike): NDArray {
  const x = asarray(m);
  if (x.ndim < 1) throw new Error("Input must be >= 1-d.");
  return reversed(x, [0]);
}

/** `x[:-s]`-style slices along one axis: the string indices of `x.get` with `sl` on `axis`. */
function along(ndim: number, axis: number, sl: string | NDArray): (string | NDArray)[] {
  return Array.from({ length: ndim }, (_, i) => (i === axis ? sl : ":"));
}

/**
 * Rolls elements along an axis: those shifted past the end come back at the start. Without an axis the
 * array is rolled flattened and reshaped back. Shifts and axes may be lists (they broadcast).
 * @example
 * np.roll(np.arange(5), 2) // → array([3, 4, 0, 1, 2])
 * np.roll(np.arange(6).reshape(2, 3), [1, -1], { axis: [0, 1] }) // → array([[4, 5, 3],
 * //        [1, 2, 0]])
 */
export function roll(a: ArrayLike, shift: number | readonly number[], axis?: AxisArg<Axes | null>): NDArray {
  const x = asarray(a);
  const ax = axisOf(axis);
  if (ax === undefined || ax === null) return roll(x.ravel(), shift, 0).reshape(x.shape);
  const shifts = typeof shift === "number" ? [shift] : [...shift];
  const axes0 = typeof ax === "number" ? [ax] : [...ax];
  const axes = axes0.map((v) => normAxis(v, x.ndim));
  // numpy broadcasts shift against axis
  const n = Math.max(shifts.length, axes.length);
  if ((shifts.length !== n && shifts.length !== 1) || (axes.length !== n && axes.length !== 1))
    throw new Error(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${tupleStr([shifts.length])} and arg 1 with shape ${tupleStr([axes.length])}.`);
  const total = new Array<number>(x.ndim).fill(0);
  for (let i = 0; i < n; i++) total[axes[axes.length === 1 ? 0 : i]] += shifts[shifts.length === 1 ? 0 : i];
  let r = x;
  total.forEach((s, axn) => {
    const len = x.shape[axn];
    const k = len === 0 ? 0 : ((s % len) + len) % len;
    if (k === 0) return;
    r = concatenate([r.get(...along(x.ndim, axn, `${len - k}:`)), r.get(...along(x.ndim, axn, `:${len - k}`))], { axis: axn });
  });
  return r === x ? x.copy() : r;
}

/**
 * Rotates by 90 degrees `k` times in the plane of `axes` (the first two by default), from the first
 * axis towards the second; a view.
 * @example
 * np.rot90(np.array([[1, 2], [3, 4]])) // → array([[2, 4],
 * //        [1, 3]])
 */
export function rot90(m: ArrayLike, k: number | { k?: number; axes?: readonly number[] } = 1, axes: readonly number[] = [0, 1]): NDArray {
  if (typeof k === "object") ({ k = 1, axes = [0, 1] } = k);
  if (axes.length !== 2) throw new Error("len(axes) must be 2.");
  const x = asarray(m);
  const [a0, a1] = axes;
  if (a0 === a1 || Math.abs(a0 - a1) === x.ndim) throw new Error("Axes must be different.");
  if (a0 >= x.ndim || a0 < -x.ndim || a1 >= x.ndim || a1 < -x.ndim) throw new Error(`Axes=${tupleStr(axes)} out of range for array of ndim=${x.ndim}.`);
  const kk = ((k % 4) + 4) % 4;
  const i0 = normAxis(a0, x.ndim), i1 = normAxis(a1, x.ndim);
  if (kk === 0) return reversed(x, []);
  if (kk === 2) return reversed(x, [i0, i1]);
  const perm = x.shape.map((_, i) => i);
  [perm[i0], perm[i1]] = [perm[i1], perm[i0]];
  return kk === 1 ? transpose(reversed(x, [i1]), perm) : reversed(transpose(x, perm), [i1]);
}

/**
 * Moves axes to new positions, the others keeping their order; a view.
 * @example np.moveaxis(np.zeros([3, 4, 5]), 0, -1).shape // → [ 4, 5, 3 ]
 */
export function moveaxis(a: ArrayLike, source: Axes, destination: Axes): NDArray {
  const x = asarray(a);
  const src = normAxisTuple(source, x.ndim, "source");
  const dst = normAxisTuple(destination, x.ndim, "destination");
  if (src.length !== dst.length) throw new Error("`source` and `destination` arguments must have the same number of elements");
  const order = x.shape.map((_, i) => i).filter((i) => !src.includes(i));
  dst.map((d, i) => [d, src[i]]).sort((p, q) => p[0] - q[0] || p[1] - q[1]).forEach(([d, s]) => order.splice(d, 0, s));
  return transpose(x, order);
}

/** The same for each of several arrays: one array gives one array, several give a list (numpy's tuple). */
function each(arys: ArrayLike[], f: (x: NDArray) => NDArray): any {
  const out = arys.map((a) => f(asarray(a)));
  return out.length === 1 ? out[0] : out;
}

/**
 * Views inputs as arrays of at least one dimension (a scalar becomes shape (1,)).
 * @example np.atleast1d(5) // → array([5])
 */
export function atleast1d(ary: ArrayLike): NDArray;
export function atleast1d(...arys: ArrayLike[]): NDArray[];
export function atleast1d(...arys: ArrayLike[]): any {
  return each(arys, at1);
}
/**
 * Views inputs as arrays of at least two dimensions: (N,) becomes (1, N).
 * @example np.atleast2d([1, 2]).shape // → [ 1, 2 ]
 */
export function atleast2d(ary: ArrayLike): NDArray;
export function atleast2d(...arys: ArrayLike[]): NDArray[];
export function atleast2d(...arys: ArrayLike[]): any {
  return each(arys, at2);
}
/**
 * Views inputs as arrays of at least three dimensions: (N,) becomes (1, N, 1), (M, N) becomes (M, N, 1).
 * @example np.atleast3d([1, 2]).shape // → [ 1, 2, 1 ]
 */
export function atleast3d(ary: ArrayLike): NDArray;
export function atleast3d(...arys: ArrayLike[]): NDArray[];
export function atleast3d(...arys: ArrayLike[]): any {
  return each(arys, at3);
}

/**
 * Appends values at the end: flattened without an axis, else joined along it (shapes must match).
 * @example
 * np.append([1, 2], [[3], [4]]) // → array([1, 2, 3, 4])
 * np.append([[1, 2, 3], [4, 5, 6]], [[7, 8, 9]], { axis: 0 }) // → array([[1, 2, 3],
 * //        [4, 5, 6],
 * //        [7, 8, 9]])
 */
export function append(arr: ArrayLike, values: ArrayLike, axis?: AxisArg<number | null>): NDArray {
  let x = asarray(arr);
  const ax = axisOf(axis);
  if (ax === undefined || ax === null) {
    if (x.ndim !== 1) x = x.ravel();
    return concatenate([x, asarray(values).ravel()], { axis: 0 });
  }
  return concatenate([x, values], { axis: ax });
}

/** A Python-ish repr of an index argument, for numpy's out-of-bounds text. */
function objRepr(obj: unknown): string {
  if (obj instanceof NDArray) return `[${(obj.tolist() as unknown[]).join(" ")}]`;
  if (Array.isArray(obj)) return `[${obj.map(objRepr).join(", ")}]`;
  return String(obj);
}

/** The index argument of insert/delete as an int64 or bool array (a slice string gives its indices). */
function indexArray(obj: number | readonly number[] | readonly boolean[] | NDArray | string, n: number): NDArray {
  if (typeof obj === "string") {
    const sl = obj.split(":").map((p) => (p.trim() === "" ? null : Number(p)));
    const { start, step, length } = new Slice(sl[0], sl[1] ?? null, sl[2] ?? null).indices(n);
    return asarray(Array.from({ length }, (_, i) => start + i * step)).astype("int64");
  }
  const a = asarray(obj as ArrayLike);
  return Array.isArray(obj) && obj.length === 0 ? a.astype("int64") : a;
}

/** Resolves the axis of insert/delete: none flattens. */
function flatOrAxis(arr: ArrayLike, axis: AxisArg<number | null> | undefined): [NDArray, number] {
  let x = asarray(arr);
  const ax = axisOf(axis);
  if (ax === undefined || ax === null) {
    if (x.ndim !== 1) x = x.ravel();
    return [x, x.ndim - 1];
  }
  return [x, normAxis(ax, x.ndim)];
}

/**
 * Inserts values before the given index or indices along an axis (flattened without one). A single
 * index inserts `values` as a block; a list inserts one slice per index.
 * @example
 * np.insert([1, 2, 3], 1, 9) // → array([1, 9, 2, 3])
 * np.insert([[1, 2, 3], [4, 5, 6]], [0, 2], 0, { axis: 1 }) // → array([[0, 1, 2, 0, 3],
 * //        [0, 4, 5, 0, 6]])
 */
export function insert(arr: ArrayLike, obj: number | readonly number[] | NDArray | string, values: ArrayLike, axis?: AxisArg<number | null>): NDArray {
  const [x, ax] = flatOrAxis(arr, axis);
  const nd = x.ndim;
  const n = x.shape[ax];
  let idx = indexArray(obj, n);
  if (idx.dtype === "float64" || idx.dtype === "float32") throw new TypeError("slice indices must be integers or None or have an __index__ method");
  if (idx.dtype === "bool") idx = idx.astype("int64");
  else if (idx.ndim > 1) throw new Error("index array argument obj to insert must be one dimensional or scalar");
  const shape = [...x.shape];
  if (idx.size === 1) {
    let index = idx.getFlat(0);
    if (index < -n || index > n) throw new RangeError(`index ${objRepr(obj)} is out of bounds for axis ${ax} with size ${n}`);
    if (index < 0) index += n;
    let v = asarray(values).astype(x.dtype);
    if (v.ndim < nd) v = v.reshape([...new Array(nd - v.ndim).fill(1), ...v.shape]);
    if (idx.ndim === 0) v = moveaxis(v, 0, ax);
    const numnew = v.shape[ax];
    shape[ax] += numnew;
    const out = new NDArray(alloc(x.dtype, sizeOf(shape)), shape, x.dtype);
    out.set(...along(nd, ax, `:${index}`), x.get(...along(nd, ax, `:${index}`)));
    out.set(...along(nd, ax, `${index}:${index + numnew}`), v);
    out.set(...along(nd, ax, `${index + numnew}:`), x.get(...along(nd, ax, `${index}:`)));
    return out;
  }
  const ind = Array.from({ length: idx.size }, (_, i) => {
    const v = idx.getFlat(i);
    return v < 0 ? v + n : v;
  });
  const order = ind.map((_, i) => i).sort((p, q) => ind[p] - ind[q] || p - q);
  order.forEach((o, k) => (ind[o] += k));
  shape[ax] += ind.length;
  const keep = new Array<boolean>(shape[ax]).fill(true);
  for (const i of ind) if (i >= 0 && i < keep.length) keep[i] = false;
  const out = new NDArray(alloc(x.dtype, sizeOf(shape)), shape, x.dtype);
  out.set(...along(nd, ax, asarray(ind).astype("int64")), values);
  out.set(...along(nd, ax, asarray(keep)), x);
  return out;
}

/**
 * A copy without the given index, indices, mask or slice along an axis (flattened without one).
 * @example
 * np.delete([1, 2, 3, 4], 1) // → array([1, 3, 4])
 * np.delete([[1, 2, 3], [4, 5, 6]], [0, 2], { axis: 1 }) // → array([[2],
 * //        [5]])
 * np.delete(np.arange(6), "::2") // → array([1, 3, 5])
 */
export function delete_(arr: ArrayLike, obj: number | readonly number[] | readonly boolean[] | NDArray | string, axis?: AxisArg<number | null>): NDArray {
  const [x, ax] = flatOrAxis(arr, axis);
  const n = x.shape[ax];
  if (typeof obj === "number") {
    if (!Number.isInteger(obj)) throw new Error("arrays used as indices must be of integer (or boolean) type");
    if (obj < -n || obj >= n) throw new RangeError(`index ${obj} is out of bounds for axis ${ax} with size ${n}`);
  }
  const idx = indexArray(obj, n);
  let keep: NDArray;
  if (idx.dtype === "bool") {
    if (idx.ndim !== 1 || idx.shape[0] !== n) throw new Error(`boolean array argument obj to delete must be one dimensional and match the axis length of ${n}`);
    keep = asarray(idx.tolist().map((b: boolean) => !b));
  } else {
    keep = asarray(new Array<boolean>(n).fill(true));
    keep.set(idx.ndim === 0 ? idx.reshape(1) : idx, false);
  }
  return x.get(...along(x.ndim, ax, keep));
}

/**
 * Stacks 1-D arrays as columns of a 2-D array (2-D arrays are joined as they are).
 * @example
 * np.columnStack([[1, 2], [3, 4]]) // → array([[1, 3],
 * //        [2, 4]])
 */
export function columnStack(tup: readonly ArrayLike[]): NDArray {
  return concatenate(tup.map((v) => {
    const x = asarray(v);
    return x.ndim < 2 ? at2(x).T : x;
  }), { axis: 1 });
}

/**
 * Stacks along the third axis (depth), after making every input at least 3-D.
 * @example
 * np.dstack([[1, 2], [3, 4]]) // → array([[[1, 3],
 * //         [2, 4]]])
 */
export function dstack(tup: readonly ArrayLike[]): NDArray {
  return concatenate(tup.map((v) => at3(asarray(v))), { axis: 2 });
}

/** numpy's broadcast shape of several shapes, with np.broadcast's mismatch text. */
function broadcastShapeOf(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let src = 0;
    for (let j = 0; j < shapes.length; j++) {
      const k = i + shapes[j].length - nd;
      if (k < 0) continue;
      const d = shapes[j][k];
      if (d === 1) continue;
      if (out[i] === 1) (out[i] = d), (src = j);
      else if (out[i] !== d)
        throw new Error(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${src} with shape ${tupleStr(shapes[src])} and arg ${j} with shape ${tupleStr(shapes[j])}.`);
    }
  }
  return out;
}

/**
 * The shape that arrays of the given shapes broadcast to (a number is a 1-D shape).
 * @example np.broadcastShapes([2, 1], [3]) // → [ 2, 3 ]
 */
export function broadcastShapes(...shapes: (number | readonly number[])[]): number[] {
  return broadcastShapeOf(shapes.map((s) => (typeof s === "number" ? [s] : s)));
}

/**
 * Views of the arrays broadcast against each other, all of one shape.
 * @example
 * const [a, b] = np.broadcastArrays([[1], [2]], [3, 4, 5]);
 * a // → array([[1, 1, 1],
 * //        [2, 2, 2]])
 * b // → array([[3, 4, 5],
 * //        [3, 4, 5]])
 */
export function broadcastArrays(...args: ArrayLike[]): NDArray[] {
  const xs = args.map((a) => asarray(a));
  const shape = broadcastShapeOf(xs.map((x) => x.shape));
  return xs.map((x) => (x.shape.length === shape.length && x.shape.every((d, i) => d === shape[i]) ? x : broadcastTo(x, shape)));
}

/**
 * Splits into parts along axis 1 (axis 0 for 1-D arrays): equal sections or at indices.
 * @example
 * const [a, b, c] = np.hsplit(np.arange(6).reshape(2, 3), 3);
 * b // → array([[1],
 * //        [4]])
 */
export function hsplit(ary: ArrayLike, indicesOrSections: number | readonly number[]): NDArray[] {
  const x = asarray(ary);
  if (x.ndim === 0) throw new Error("hsplit only works on arrays of 1 or more dimensions");
  return split(x, indicesOrSections, { axis: x.ndim > 1 ? 1 : 0 });
}
/**
 * Splits into parts along axis 0 (rows); the array must be at least 2-D.
 * @example
 * const [top, middle, bottom] = np.vsplit(np.arange(8).reshape(4, 2), [1, 3]);
 * middle // → array([[2, 3],
 * //        [4, 5]])
 */
export function vsplit(ary: ArrayLike, indicesOrSections: number | readonly number[]): NDArray[] {
  const x = asarray(ary);
  if (x.ndim < 2) throw new Error("vsplit only works on arrays of 2 or more dimensions");
  return split(x, indicesOrSections, { axis: 0 });
}
/**
 * Splits into parts along axis 2 (depth); the array must be at least 3-D.
 * @example np.dsplit(np.zeros([2, 2, 4]), 2).map((a) => a.shape) // → [ [ 2, 2, 2 ], [ 2, 2, 2 ] ]
 */
export function dsplit(ary: ArrayLike, indicesOrSections: number | readonly number[]): NDArray[] {
  const x = asarray(ary);
  if (x.ndim < 3) throw new Error("dsplit only works on arrays of 3 or more dimensions");
  return split(x, indicesOrSections, { axis: 2 });
}

// ---------------------------------------------------------------- pad

/** `pad` options: numpy's mode and constant_values (mode may also be the third argument). */
export interface PadOptions {
  mode?: PadMode;
  constantValues?: number | readonly number[] | readonly (readonly number[])[];
}
export type PadMode = "constant" | "edge" | "reflect" | "symmetric" | "wrap" | "empty";

/** numpy's _as_pairs: a (before, after) pair per axis from a number, a pair, or one pair per axis. */
function asPairs(v: ArrayLike, ndim: number, asIndex: boolean): number[][] {
  let x = asarray(v);
  if (asIndex) {
    if (x.dtype !== "int64" && x.dtype !== "int32") throw new TypeError("`pad_width` must be of integral type.");
  }
  const neg = () => new Error("index can't contain negative values");
  if (x.ndim < 3) {
    if (x.size === 1) {
      const p = x.getFlat(0);
      if (asIndex && p < 0) throw neg();
      return Array.from({ length: ndim }, () => [p, p]);
    }
    if (x.size === 2 && !(x.ndim === 2 && x.shape[0] === 2 && x.shape[1] === 1)) {
      const p = [x.getFlat(0), x.getFlat(1)];
      if (asIndex && (p[0] < 0 || p[1] < 0)) throw neg();
      return Array.from({ length: ndim }, () => [...p]);
    }
  }
  if (asIndex && x.size > 0 && (x.min() as number) < 0) throw neg();
  x = broadcastTo(x, [ndim, 2]);
  return x.tolist();
}

/** Where output position i of a padded axis reads from, for the index-mapping modes. */
function sourceIndex(mode: PadMode, i: number, before: number, n: number): number {
  const j = i - before;
  if (j >= 0 && j < n) return j;
  switch (mode) {
    case "edge":
      return j < 0 ? 0 : n - 1;
    case "wrap":
      return ((j % n) + n) % n;
    case "symmetric": {
      const p = ((j % (2 * n)) + 2 * n) % (2 * n);
      return p < n ? p : 2 * n - 1 - p;
    }
    case "reflect": {
      if (n === 1) return 0;
      const per = 2 * (n - 1);
      const p = ((j % per) + per) % per;
      return p < n ? p : per - p;
    }
    default:
      return -1;
  }
}

/**
 * Pads an array: `padWidth` is a number, a (before, after) pair, or one pair per axis. Modes:
 * "constant" (`constantValues`, 0 by default, per axis and side like padWidth), "edge", "reflect",
 * "symmetric", "wrap", "empty" (zeros here).
 * @example
 * np.pad([1, 2, 3], 2) // → array([0, 0, 1, 2, 3, 0, 0])
 * np.pad([1, 2, 3], [0, 2], "reflect") // → array([1, 2, 3, 2, 1])
 * np.pad([[1, 2], [3, 4]], [[1, 1], [2, 2]], { constantValues: -1 }) // → array([[-1, -1, -1, -1, -1, -1],
 * //        [-1, -1,  1,  2, -1, -1],
 * //        [-1, -1,  3,  4, -1, -1],
 * //        [-1, -1, -1, -1, -1, -1]])
 */
export function pad(array: ArrayLike, padWidth: number | readonly number[] | readonly (readonly number[])[], mode: PadMode | PadOptions = "constant", opts: PadOptions = {}): NDArray {
  if (typeof mode === "object") ({ mode = "constant", ...opts } = mode);
  const x = asarray(array);
  const nd = x.ndim;
  const widths = asPairs(padWidth as ArrayLike, nd, true);
  if (!["constant", "edge", "reflect", "symmetric", "wrap", "empty"].includes(mode)) throw new Error(`mode '${mode}' is not supported`);
  if (opts.constantValues !== undefined && mode !== "constant") throw new Error(`unsupported keyword arguments for mode '${mode}': {'constant_values'}`);
  const shape = x.shape.map((d, i) => d + widths[i][0] + widths[i][1]);
  const out = new NDArray(alloc(x.dtype, sizeOf(shape)), shape, x.dtype);
  if (x.size === 0 && mode !== "constant" && mode !== "empty") {
    x.shape.forEach((d, i) => {
      if (d === 0 && (widths[i][0] > 0 || widths[i][1] > 0)) throw new Error(`can't extend empty axis ${i} using modes other than 'constant' or 'empty'`);
    });
    return out;
  }
  const fillMode = mode === "empty" ? "constant" : mode;
  const maps = shape.map((d, ax) => Int32Array.from({ length: d }, (_, i) => sourceIndex(fillMode, i, widths[ax][0], x.shape[ax])));
  const consts = asPairs((opts.constantValues ?? 0) as ArrayLike, nd, false).map((p) => p.map((v) => castValue(v, x.dtype)));
  const D = out.data, S = x.data;
  const total = out.size;
  const idx = new Array<number>(nd).fill(0);
  for (let k = 0; k < total; k++) {
    let off = x.offset, fill = NaN, inside = true;
    for (let ax = 0; ax < nd; ax++) {
      const s = maps[ax][idx[ax]];
      if (s < 0) {
        inside = false;
        // axes are padded in order, so the last axis outside the source decides the corner's value
        if (mode !== "empty") fill = consts[ax][idx[ax] < widths[ax][0] ? 0 : 1];
        else fill = 0;
      } else off += s * x.strides[ax];
    }
    D[k] = inside ? S[off] : fill;
    for (let ax = nd - 1; ax >= 0; ax--) {
      if (++idx[ax] < shape[ax]) break;
      idx[ax] = 0;
    }
  }
  return out;
}
