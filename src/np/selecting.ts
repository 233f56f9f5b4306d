// Choosing and placing elements: numpy's choose, compress, extract, select, place, put, putmask,
// take_along_axis, put_along_axis, copyto and fill_diagonal.
import { NDArray, ArrayLike, copyInto } from "./ndarray";
import { DType, castValue, dtypeOfScalar, isFloat, isInt, promote, promoteWeak, scalarKind } from "./dtype";
import { alloc } from "./storage";
import { normAxis } from "./shape";
import { asarray, arange } from "./creation";
import { forEachRun } from "./broadcast";
import { broadcastTo } from "./manipulation";
import { broadcastArrays } from "./rearrange";
import { nonzero } from "./indexing";
import { where } from "./ufunc";
import { take } from "./picking";

/** The data offsets of x's elements in C order (numpy's `x.flat` positions). */
export function flatOffsets(x: NDArray): Float64Array {
  const out = new Float64Array(x.size);
  let k = 0;
  forEachRun(x.shape, [x.strides], [x.offset], (n, [o], [s]) => {
    for (let i = 0; i < n; i++, o += s) out[k++] = o;
  });
  return out;
}

type Mode = "raise" | "wrap" | "clip";

/** An index i into n places under numpy's mode; `fail` gives the error for "raise". */
function modeIndex(i: number, n: number, mode: Mode, fail: () => Error): number {
  if (mode === "wrap") return n === 0 ? i : ((i % n) + n) % n;
  if (mode === "clip") return Math.min(Math.max(i, 0), n - 1);
  if (i < -n || i >= n) throw fail();
  return i < 0 ? i + n : i;
}

/** Refuses float index arrays, as numpy's safe cast to intp does. */
function intIndex(x: NDArray): NDArray {
  if (isFloat(x.dtype)) throw new TypeError(`Cannot cast ${x.ndim === 0 ? "scalar" : "array data"} from dtype('${x.dtype}') to dtype('int64') according to the rule 'safe'`);
  return x;
}

/**
 * Builds an array from `choices` by the index array `a`: element i comes from `choices[a[i]]`
 * (all broadcast together). `mode: "wrap"` or `"clip"` maps indices out of range.
 * @example np.choose([2, 0, 1], [[10, 11, 12], [20, 21, 22], [30, 31, 32]]) // → array([30, 11, 22])
 */
export function choose(a: ArrayLike, choices: ArrayLike, opts: { mode?: Mode } = {}): NDArray {
  const mode = opts.mode ?? "raise";
  const cs = choices instanceof NDArray ? Array.from({ length: choices.shape[0] ?? 0 }, (_, i) => choices.get(i)) : (choices as ArrayLike[]).map((c) => asarray(c));
  const idx = intIndex(asarray(a));
  // numpy broadcasts the choices first, then the index array (the order its error names them in)
  const all = broadcastArrays(...cs, idx);
  const ib = all[cs.length], cb = all.slice(0, cs.length);
  const dtype = cs.map((c) => c.dtype).reduce(promote);
  const out = new NDArray(alloc(dtype, ib.size, false), [...ib.shape], dtype);
  const io = flatOffsets(ib), co = cb.map(flatOffsets);
  for (let i = 0; i < io.length; i++) {
    const k = modeIndex(ib.data[io[i]], cs.length, mode, () => new Error("invalid entry in choice array"));
    if (mode === "raise" && ib.data[io[i]] < 0) throw new Error("invalid entry in choice array");
    out.data[i] = castValue(cb[k].data[co[k][i]], dtype);
  }
  return out;
}

/** `x` along one axis (flattened without one), for compress and friends. */
function alongAxis(a: ArrayLike, axis: number | null | undefined): { x: NDArray; ax: number } {
  const x0 = asarray(a);
  if (axis === undefined || axis === null) return { x: x0.reshape(-1), ax: 0 };
  return { x: x0, ax: normAxis(axis, x0.ndim) };
}

/**
 * The slices along an axis (of the flattened array without one) where `condition` is true; a
 * condition shorter than the axis leaves the rest out.
 * @example np.compress([false, true, true], [[1, 2], [3, 4], [5, 6]], { axis: 0 }) // → array([[3, 4],
 * //        [5, 6]])
 */
export function compress(condition: ArrayLike, a: ArrayLike, opts: { axis?: number | null } | number = {}): NDArray {
  const axis = typeof opts === "number" ? opts : opts.axis;
  const c = asarray(condition);
  if (c.ndim !== 1) throw new Error("condition must be a 1-d array");
  const { x, ax } = alongAxis(a, axis);
  const hits = nonzero(c)[0];
  const n = x.shape[ax];
  for (let i = 0; i < hits.size; i++) if (hits.data[i] >= n) throw new RangeError(`index ${hits.data[i]} is out of bounds for axis ${ax} with size ${n}`);
  return take(x, hits, { axis: ax });
}

/**
 * The elements where `condition` is true, both flattened: numpy's extract.
 * @example np.extract(np.arange(6).reshape(2, 3).greater(2), np.arange(6).reshape(2, 3)) // → array([3, 4, 5])
 */
export function extract(condition: ArrayLike, arr: ArrayLike): NDArray {
  return take(asarray(arr).reshape(-1), nonzero(asarray(condition).reshape(-1))[0]);
}

/**
 * Element by element, the choice of the first true condition, else `default` (0): numpy's select.
 * @example const x = np.arange(6); np.select([x.less(3), x.greater(4)], [x, x.mul(10)], 42) // → array([ 0,  1,  2, 42, 42, 50])
 */
export function select(condlist: readonly ArrayLike[], choicelist: readonly ArrayLike[], defaultValue: ArrayLike = 0): NDArray {
  if (condlist.length !== choicelist.length) throw new Error("list of cases must be same length as list of conditions");
  if (condlist.length === 0) throw new Error("select with an empty condition list is not possible");
  const conds = condlist.map((c) => asarray(c));
  const choices = choicelist.map((c) => asarray(c));
  const dtype = resultType([...choicelist, defaultValue]);
  // numpy broadcasts the conditions, then the choices with the default, before checking the conditions
  broadcastArrays(...condlist.map((c) => asarray(c)));
  broadcastArrays(...choices, asarray(defaultValue));
  conds.forEach((m, i) => {
    if (m.dtype !== "bool") throw new TypeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
  });
  const parts = broadcastArrays(asarray(defaultValue), ...choices, ...conds);
  let out = parts[0].astype(dtype);
  for (let i = conds.length - 1; i >= 0; i--) out = where(parts[1 + choices.length + i], parts[1 + i].astype(dtype), out) as NDArray;
  return out.astype(dtype);
}

/** numpy's result type of arrays and weak Python scalars (NEP 50). */
export function resultType(args: readonly ArrayLike[]): DType {
  let d: DType | null = null;
  for (const a of args) if (typeof a !== "number" && typeof a !== "boolean") d = d ? promote(d, asarray(a).dtype) : asarray(a).dtype;
  for (const a of args) if (typeof a === "number" || typeof a === "boolean") d = d ? promoteWeak(d, scalarKind(a)) : dtypeOfScalar(scalarKind(a));
  return d as DType;
}

/** numpy's "safe" cast check for a value array written into an array of another dtype. */
function checkSafe(from: NDArray, to: DType): void {
  if (promote(from.dtype, to) !== to) throw new TypeError(`Cannot cast array data from dtype('${from.dtype}') to dtype('${to}') according to the rule 'safe'`);
}

/**
 * In place: the elements where `mask` is true get `vals` in turn (repeated when too few).
 * @example const a = np.arange(6); np.place(a, a.greater(2), [44, 55]); a // → array([ 0,  1,  2, 44, 55, 44])
 */
export function place(arr: NDArray, mask: ArrayLike, vals: ArrayLike): void {
  const m = asarray(mask);
  if (m.size !== arr.size) throw new Error("place: mask and data must be the same size");
  const v = asarray(vals).reshape(-1);
  if (!(Array.isArray(vals) && vals.length === 0)) checkSafe(v, arr.dtype);
  const ao = flatOffsets(arr), mo = flatOffsets(m.reshape(arr.shape.length ? arr.shape : []));
  let k = 0;
  for (let i = 0; i < ao.length; i++) {
    if (m.data[mo[i]] === 0) continue;
    if (v.size === 0) throw new Error("Cannot insert from an empty array!");
    arr.data[ao[i]] = castValue(v.getFlat(k++ % v.size), arr.dtype);
  }
}

/**
 * In place: `a.flat[ind] = v`, values repeated when too few; `mode` as in take.
 * @example const a = np.arange(5); np.put(a, [0, 2], [-44, -55]); a // → array([-44,   1, -55,   3,   4])
 */
export function put(a: NDArray, ind: ArrayLike, v: ArrayLike, opts: { mode?: Mode } = {}): void {
  const mode = opts.mode ?? "raise";
  const idx = intIndex(asarray(ind)).reshape(-1);
  const vals = asarray(v).reshape(-1);
  if (vals.size === 0) return;
  const ao = flatOffsets(a), n = a.size;
  for (let i = 0; i < idx.size; i++) {
    const j = idx.getFlat(i);
    const p = modeIndex(j, n, mode, () => new RangeError(`index ${j} is out of bounds for axis 0 with size ${n}`));
    a.data[ao[p]] = castValue(vals.getFlat(i % vals.size), a.dtype);
  }
}

/**
 * In place: where `mask` is true, `a.flat[i] = values.flat[i % values.size]` (the value at the same
 * flat position, repeated), numpy's putmask.
 * @example const a = np.arange(6); np.putmask(a, a.greater(2), [10, 20]); a // → array([ 0,  1,  2, 20, 10, 20])
 */
export function putmask(a: NDArray, mask: ArrayLike, values: ArrayLike): void {
  const m = asarray(mask);
  if (m.size !== a.size) throw new Error("putmask: mask and data must be the same size");
  const v = asarray(values).reshape(-1);
  const ao = flatOffsets(a);
  for (let i = 0; i < ao.length; i++) if (m.getFlat(i) !== 0 && v.size > 0) a.data[ao[i]] = castValue(v.getFlat(i % v.size), a.dtype);
}

/** numpy's index tuple for take/put_along_axis: `indices` on the axis, aranges on the others. */
function alongIndex(arr: NDArray, indices: ArrayLike, axis: number | null | undefined): { x: NDArray; index: NDArray[] } {
  let x = arr;
  let idx = asarray(indices);
  if (!isInt(idx.dtype)) throw new RangeError("`indices` must be an integer array");
  let ax: number;
  if (axis === null) {
    if (idx.ndim !== 1) throw new Error("when axis=None, `indices` must have a single dimension.");
    x = x.reshape(-1);
    ax = 0;
  } else {
    ax = normAxis(axis ?? -1, x.ndim);
    if (idx.ndim !== x.ndim) throw new Error("`indices` and `arr` must have the same number of dimensions");
  }
  const index = x.shape.map((d, i) => (i === ax ? idx : arange(d).reshape(x.shape.map((_, j) => (j === i ? d : 1)))));
  return { x, index };
}

/**
 * Picks values along an axis by index arrays shaped like the array (the axis may differ), numpy's
 * take_along_axis; pairs with argsort/argpartition.
 * @example const a = np.array([[10, 30, 20], [60, 40, 50]]); np.takeAlongAxis(a, np.argsort(a, { axis: 1 }), { axis: 1 }) // → array([[10, 20, 30],
 * //        [40, 50, 60]])
 */
export function takeAlongAxis(arr: ArrayLike, indices: ArrayLike, opts: { axis?: number | null } | number | null = {}): NDArray {
  const axis = typeof opts === "number" || opts === null ? opts : opts.axis;
  const { x, index } = alongIndex(asarray(arr), indices, axis);
  return x.get(...index);
}

/**
 * In place: puts values along an axis at index arrays shaped like the array (numpy's put_along_axis).
 * @example const a = np.array([[10, 30, 20], [60, 40, 50]]); np.putAlongAxis(a, [[0], [1]], 99, { axis: 1 }); a // → array([[99, 30, 20],
 * //        [60, 99, 50]])
 */
export function putAlongAxis(arr: NDArray, indices: ArrayLike, values: ArrayLike, opts: { axis?: number | null } | number | null = {}): void {
  const axis = typeof opts === "number" || opts === null ? opts : opts.axis;
  const { x, index } = alongIndex(arr, indices, axis);
  x.set(...index, values);
}

// numpy's same_kind casting for our dtypes: bool < integers < floats, any width within a kind.
const KIND: Record<DType, number> = { bool: 0, int32: 1, int64: 1, float32: 2, float64: 2 };

/**
 * Copies `src` into `dst` in place, broadcasting, where `where` is true; refuses casts across kinds
 * (float into int, ...) unless `casting: "unsafe"`, as numpy's default "same_kind" does.
 * @example const d = np.zeros(3); np.copyto(d, [1, 2, 3], { where: [true, false, true] }); d // → array([1., 0., 3.])
 */
export function copyto(dst: NDArray, src: ArrayLike, opts: { casting?: "no" | "equiv" | "safe" | "same_kind" | "unsafe"; where?: ArrayLike } = {}): void {
  const casting = opts.casting ?? "same_kind";
  const scalar = typeof src === "number" || typeof src === "boolean";
  const s = asarray(src);
  let sd = s.dtype;
  if (scalar) sd = promoteWeak(dst.dtype, scalarKind(src as number)) === dst.dtype ? dst.dtype : s.dtype;
  const ok =
    casting === "unsafe" ||
    sd === dst.dtype ||
    (casting === "same_kind" && KIND[sd] <= KIND[dst.dtype]) ||
    (casting === "safe" && promote(sd, dst.dtype) === dst.dtype);
  if (!ok) throw new TypeError(`Cannot cast ${scalar ? "scalar" : "array data"} from dtype('${sd}') to dtype('${dst.dtype}') according to the rule '${casting}'`);
  if (opts.where === undefined) {
    copyInto(dst, s);
    return;
  }
  const sb = broadcastTo(s, dst.shape);
  const w0 = asarray(opts.where);
  if (w0.dtype !== "bool") checkSafe(w0, "bool");
  const w = broadcastTo(w0, dst.shape);
  const d = flatOffsets(dst), so = flatOffsets(sb), wo = flatOffsets(w);
  for (let i = 0; i < d.length; i++) if (w.data[wo[i]] !== 0) dst.data[d[i]] = castValue(sb.data[so[i]], dst.dtype);
}

/**
 * In place: fills the main diagonal (of a 2-D array, or of an n-D one with equal axes) with `val`,
 * values repeated; `wrap: true` continues below a tall matrix's square part, as numpy does.
 * @example const a = np.zeros([3, 3], { dtype: "int64" }); np.fillDiagonal(a, 5); a // → array([[5, 0, 0],
 * //        [0, 5, 0],
 * //        [0, 0, 5]])
 */
export function fillDiagonal(a: NDArray, val: ArrayLike, opts: { wrap?: boolean } = {}): void {
  if (a.ndim < 2) throw new Error("array must be at least 2-d");
  let step: number, end = a.size;
  if (a.ndim === 2) {
    step = a.shape[1] + 1;
    if (!opts.wrap) end = Math.min(a.size, a.shape[1] * a.shape[1]);
  } else {
    if (a.shape.some((d) => d !== a.shape[0])) throw new Error("All dimensions of input must be of equal length");
    let acc = 1;
    step = 1;
    for (let i = 0; i < a.ndim - 1; i++) step += (acc *= a.shape[i]);
  }
  const v = asarray(val).reshape(-1);
  if (v.size === 0) return;
  const ao = flatOffsets(a);
  for (let p = 0, k = 0; p < end; p += step, k++) a.data[ao[p]] = castValue(v.getFlat(k % v.size), a.dtype);
}
