import { NDArray, ArrayLike, copyInto } from "./ndarray";
import { alloc } from "./storage";
import { promote } from "./dtype";
import { cStrides, normAxis, normAxes, normAxisTuple, shapeStr, sizeOf } from "./shape";
import { broadcastShapes, broadcastStrides } from "./broadcast";
import { asarray } from "./creation";

/** numpy's text for a requested shape in reshape errors: leading -1s dropped, later ones shown as "newaxis". */
function requestedShapeStr(shape: number[]): string {
  let i = 0;
  while (i < shape.length && shape[i] < 0) i++;
  if (i === shape.length) return "()";
  const parts = [String(shape[i]), ...shape.slice(i + 1).map((d) => (d < 0 ? "newaxis" : String(d)))];
  return shape.length === 1 ? `(${parts[0]},)` : `(${parts.join(",")})`;
}

/** Resolves one -1 in a requested shape; numpy's error when sizes differ. */
function resolveShape(size: number, shape: number[]): number[] {
  const out = shape.slice();
  let neg = -1, known = 1;
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    if (d === -1) {
      if (neg >= 0) throw new Error("can only specify one unknown dimension");
      neg = i;
    } else known *= d;
  }
  for (const d of out) if (d < -1 || !Number.isInteger(d)) throw new Error("negative dimensions not allowed");
  const fail = () => new Error(`cannot reshape array of size ${size} into shape ${requestedShapeStr(shape)}`);
  if (neg >= 0) {
    if (known === 0 || size % known !== 0) throw fail();
    out[neg] = size / known;
  } else if (known !== size) throw fail();
  return out;
}

/** Strides that show `a` with a new shape without copying, or null when impossible (numpy's attempt_nocopy_reshape). */
function viewStrides(a: NDArray, newShape: number[]): number[] | null {
  if (a.isContiguous) return cStrides(newShape);
  // Drop size-1 axes, then match groups of old axes to groups of new axes with equal products.
  const oldDims: number[] = [];
  const oldStr: number[] = [];
  a.shape.forEach((d, i) => {
    if (d !== 1) (oldDims.push(d), oldStr.push(a.strides[i]));
  });
  const out = new Array<number>(newShape.length).fill(0);
  let oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newShape.length && oi < oldDims.length) {
    let np_ = newShape[ni];
    let op = oldDims[oi];
    while (np_ !== op) {
      if (np_ < op) np_ *= newShape[nj++];
      else op *= oldDims[oj++];
    }
    for (let k = oi; k < oj - 1; k++) if (oldStr[k] !== oldDims[k + 1] * oldStr[k + 1]) return null;
    out[nj - 1] = oldStr[oj - 1];
    for (let k = nj - 1; k > ni; k--) out[k - 1] = out[k] * newShape[k];
    ni = nj++;
    oi = oj++;
  }
  // Trailing size-1 axes of the new shape get any stride.
  for (let k = ni; k < newShape.length; k++) out[k] = 1;
  return out;
}

/** `x.reshape(shape)`: a view when the memory layout allows, else a copy. */
export function reshape(a: NDArray, shape: number[]): NDArray {
  const s = resolveShape(a.size, shape);
  if (a.size === 0) return new NDArray(a.data, s, a.dtype, cStrides(s), a.offset, a);
  const st = viewStrides(a, s);
  if (st) return new NDArray(a.data, s, a.dtype, st, a.offset, a.base ?? a);
  const c = a.copy();
  return new NDArray(c.data, s, a.dtype);
}

/** Permutes axes; a view. */
export function transpose(a: NDArray, axes?: readonly number[]): NDArray {
  const nd = a.ndim;
  if (axes === undefined || axes === null) {
    // the reversed axes (x.T, in every backward pass), built without intermediate lists
    const shape = new Array<number>(nd), strides = new Array<number>(nd);
    for (let i = 0; i < nd; i++) (shape[i] = a.shape[nd - 1 - i]), (strides[i] = a.strides[nd - 1 - i]);
    return new NDArray(a.data, shape, a.dtype, strides, a.offset, a.base ?? a);
  }
  if (axes.length !== nd) throw new Error("axes don't match array");
  const ax = axes.map((x) => normAxis(x, nd));
  if (new Set(ax).size !== nd) throw new Error("repeated axis in transpose");
  return new NDArray(a.data, ax.map((i) => a.shape[i]), a.dtype, ax.map((i) => a.strides[i]), a.offset, a.base ?? a);
}

/**
 * `np.transpose(x, axes?)`.
 * @example
 * np.transpose(np.arange(6).reshape(2, 3)) // → array([[0, 3],
 * //        [1, 4],
 * //        [2, 5]])
 * np.transpose(np.zeros([2, 3, 4]), [1, 0, 2]).shape // → [ 3, 2, 4 ]
 */
export function transposeFn(a: ArrayLike, axes?: readonly number[]): NDArray {
  return transpose(asarray(a), axes);
}

/**
 * Swaps two axes; a view.
 * @example
 * np.swapaxes(np.zeros([2, 3, 4]), 0, 2).shape // → [ 4, 3, 2 ]
 */
export function swapaxes(a: ArrayLike, ax1: number, ax2: number): NDArray {
  const x = asarray(a);
  const p = Array.from({ length: x.ndim }, (_, i) => i);
  const [i] = normAxisTuple(ax1, x.ndim, "axis1"), [j] = normAxisTuple(ax2, x.ndim, "axis2");
  [p[i], p[j]] = [p[j], p[i]];
  return transpose(x, p);
}

/**
 * Removes length-one axes (all, or the ones named).
 * @example
 * np.squeeze(np.zeros([1, 3, 1])).shape // → [ 3 ]
 * np.squeeze(np.zeros([1, 3, 1]), { axis: 0 }).shape // → [ 3, 1 ]
 */
export function squeeze(a: ArrayLike, axisOrOpts?: number | readonly number[] | null | { axis?: number | readonly number[] | null }): NDArray {
  const x = asarray(a);
  const axis = axisOpt(axisOrOpts);
  let drop: number[];
  if (axis === undefined || axis === null) drop = x.shape.flatMap((d, i) => (d === 1 ? [i] : []));
  else {
    drop = normAxes(axis, x.ndim);
    for (const i of drop) if (x.shape[i] !== 1) throw new Error("cannot select an axis to squeeze out which has size not equal to one");
  }
  const keep = x.shape.map((_, i) => i).filter((i) => !drop.includes(i));
  return new NDArray(x.data, keep.map((i) => x.shape[i]), x.dtype, keep.map((i) => x.strides[i]), x.offset, x.base ?? x);
}

type AxisArg = number | readonly number[] | null | undefined;
/** Accepts an axis positionally (`np.squeeze(x, 0)`) or as numpy's keyword (`np.squeeze(x, { axis: 0 })`). */
function axisOpt(v: AxisArg | { axis?: AxisArg }): AxisArg {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as { axis?: AxisArg }).axis : (v as AxisArg);
}

/**
 * Inserts a length-one axis at `axis` (which counts positions in the result, as numpy does).
 * @example
 * np.expandDims(np.array([1, 2]), 0) // → array([[1, 2]])
 * np.expandDims(np.array([1, 2]), 1) // → array([[1],
 * //        [2]])
 */
export function expandDims(a: ArrayLike, axisOrOpts: number | readonly number[] | { axis: number | readonly number[] }): NDArray {
  const x = asarray(a);
  const axis = axisOpt(axisOrOpts) as number | readonly number[];
  const list = typeof axis === "number" ? [axis] : [...axis];
  const nd = x.ndim + list.length;
  const pos = list.map((v) => normAxis(v, nd));
  if (new Set(pos).size !== pos.length) throw new Error("repeated axis");
  const shape: number[] = [];
  const strides: number[] = [];
  let k = 0;
  for (let i = 0; i < nd; i++) {
    if (pos.includes(i)) (shape.push(1), strides.push(0));
    else (shape.push(x.shape[k]), strides.push(x.strides[k]), k++);
  }
  return new NDArray(x.data, shape, x.dtype, strides, x.offset, x.base ?? x);
}

/**
 * A read-only-in-spirit view of `a` with a broadcast shape (strides 0 along new axes).
 * @example
 * np.broadcastTo(np.array([1, 2, 3]), [2, 3]) // → array([[1, 2, 3],
 * //        [1, 2, 3]])
 */
export function broadcastTo(a: ArrayLike, shape: readonly number[]): NDArray {
  const x = asarray(a);
  const target = [...shape];
  try {
    const b = broadcastShapes(x.shape, target);
    if (b.length !== target.length || b.some((d, i) => d !== target[i])) throw new Error();
  } catch {
    throw new Error(`operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeStr(x.shape)}  and requested shape ${shapeStr(target)}`);
  }
  return new NDArray(x.data, target, x.dtype, broadcastStrides(x.shape, x.strides, target), x.offset, x.base ?? x);
}

/**
 * Joins arrays along an existing axis: `np.concatenate([a, b], { axis: 1 })`.
 * @example
 * const a = np.array([[1, 2]]), b = np.array([[3, 4]]);
 * np.concatenate([a, b]) // → array([[1, 2],
 * //        [3, 4]])
 * np.concatenate([a, b], { axis: 1 }) // → array([[1, 2, 3, 4]])
 */
export function concatenate(arrays: readonly ArrayLike[], opts: { axis?: number | null } = {}): NDArray {
  if (arrays.length === 0) throw new Error("need at least one array to concatenate");
  let xs = arrays.map((a) => asarray(a));
  let axis = opts.axis === undefined ? 0 : opts.axis;
  if (axis === null) {
    xs = xs.map((x) => reshape(x, [-1]));
    axis = 0;
  }
  const nd = xs[0].ndim;
  if (nd === 0) throw new Error("zero-dimensional arrays cannot be concatenated");
  const ax = normAxis(axis, nd);
  xs.forEach((x, i) => {
    if (x.ndim !== nd)
      throw new Error(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${x.ndim} dimension(s)`,
      );
    for (let d = 0; d < nd; d++)
      if (d !== ax && x.shape[d] !== xs[0].shape[d])
        throw new Error(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${xs[0].shape[d]} and the array at index ${i} has size ${x.shape[d]}`,
        );
  });
  const dtype = xs.map((x) => x.dtype).reduce(promote);
  const shape = [...xs[0].shape];
  shape[ax] = xs.reduce((s, x) => s + x.shape[ax], 0);
  const out = new NDArray(alloc(dtype, sizeOf(shape), false), shape, dtype);
  let start = 0;
  for (const x of xs) {
    const st = [...out.strides];
    const part = new NDArray(out.data, x.shape, dtype, st, start * out.strides[ax], out);
    copyInto(part, x);
    start += x.shape[ax];
  }
  return out;
}

/**
 * Joins arrays along a new axis: `np.stack([a, b], { axis: 0 })`.
 * @example
 * np.stack([np.array([1, 2]), np.array([3, 4])]) // → array([[1, 2],
 * //        [3, 4]])
 * np.stack([np.array([1, 2]), np.array([3, 4])], { axis: 1 }) // → array([[1, 3],
 * //        [2, 4]])
 */
export function stack(arrays: readonly ArrayLike[], opts: { axis?: number } = {}): NDArray {
  if (arrays.length === 0) throw new Error("need at least one array to stack");
  const xs = arrays.map((a) => asarray(a));
  for (const x of xs) if (x.shape.length !== xs[0].shape.length || x.shape.some((d, i) => d !== xs[0].shape[i])) throw new Error("all input arrays must have the same shape");
  const ax = normAxis(opts.axis ?? 0, xs[0].ndim + 1);
  return concatenate(xs.map((x) => expandDims(x, ax)), { axis: ax });
}

/**
 * Stacks horizontally (along axis 1, or axis 0 for 1-D inputs).
 * @example
 * np.hstack([np.array([1, 2]), np.array([3])]) // → array([1, 2, 3])
 */
export function hstack(arrays: readonly ArrayLike[]): NDArray {
  const xs = arrays.map((a) => atleast1d(asarray(a)));
  return concatenate(xs, { axis: xs[0] && xs[0].ndim === 1 ? 0 : 1 });
}

/**
 * Stacks vertically (rows); 1-D inputs become rows.
 * @example
 * np.vstack([np.array([1, 2]), np.array([3, 4])]) // → array([[1, 2],
 * //        [3, 4]])
 */
export function vstack(arrays: readonly ArrayLike[]): NDArray {
  return concatenate(arrays.map((a) => atleast2d(asarray(a))), { axis: 0 });
}

/** numpy's atleast_1d for one array: a 0-d array becomes shape (1,); a view. */
export function atleast1d(x: NDArray): NDArray {
  return x.ndim === 0 ? reshape(x, [1]) : x;
}
/** numpy's atleast_2d for one array: () → (1, 1), (N,) → (1, N); a view. */
export function atleast2d(x: NDArray): NDArray {
  return x.ndim === 0 ? reshape(x, [1, 1]) : x.ndim === 1 ? reshape(x, [1, x.shape[0]]) : x;
}
/** numpy's atleast_3d for one array: () → (1, 1, 1), (N,) → (1, N, 1), (M, N) → (M, N, 1); a view. */
export function atleast3d(x: NDArray): NDArray {
  return x.ndim === 0 ? reshape(x, [1, 1, 1]) : x.ndim === 1 ? reshape(x, [1, x.shape[0], 1]) : x.ndim === 2 ? reshape(x, [...x.shape, 1]) : x;
}

/**
 * Splits into `sections` nearly equal parts (or at the given indices) along an axis; numpy's
 * array_split (which, unlike split, allows unequal parts).
 * @example
 * np.arraySplit(np.arange(7), 3).map(String) // → [ '[0 1 2]', '[3 4]', '[5 6]' ]
 */
export function arraySplit(a: ArrayLike, sections: number | readonly number[], opts: { axis?: number } = {}): NDArray[] {
  const x = asarray(a);
  const ax = normAxis(opts.axis ?? 0, x.ndim);
  const n = x.shape[ax];
  let bounds: number[];
  if (typeof sections === "number") {
    if (!Number.isInteger(sections) || sections <= 0) throw new Error("number sections must be larger than 0.");
    const each = Math.floor(n / sections), extra = n % sections;
    bounds = [0];
    for (let i = 0; i < sections; i++) bounds.push(bounds[i] + each + (i < extra ? 1 : 0));
  } else bounds = [0, ...sections.map((b) => Math.min(Math.max(b < 0 ? b + n : b, 0), n)), n];
  const parts: NDArray[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = bounds[i], hi = Math.max(bounds[i + 1], lo);
    const shape = [...x.shape];
    shape[ax] = hi - lo;
    parts.push(new NDArray(x.data, shape, x.dtype, [...x.strides], x.offset + (hi > lo ? lo * x.strides[ax] : 0), x.base ?? x));
  }
  return parts;
}

/**
 * Splits into equal parts; numpy's error when the axis does not divide.
 * @example
 * np.split(np.arange(6).reshape(2, 3), 3, { axis: 1 }).map((p) => p.shape) // → [ [ 2, 1 ], [ 2, 1 ], [ 2, 1 ] ]
 */
export function split(a: ArrayLike, sections: number | readonly number[], opts: { axis?: number } = {}): NDArray[] {
  const x = asarray(a);
  if (typeof sections === "number" && x.shape[normAxis(opts.axis ?? 0, x.ndim)] % sections !== 0)
    throw new Error("array split does not result in an equal division");
  return arraySplit(x, sections, opts);
}

/**
 * Repeats the whole array along each axis.
 * @example
 * np.tile([1, 2], [2, 2]) // → array([[1, 2, 1, 2],
 * //        [1, 2, 1, 2]])
 */
export function tile(a: ArrayLike, reps: number | readonly number[]): NDArray {
  let x = asarray(a);
  const r = typeof reps === "number" ? [reps] : [...reps];
  const nd = Math.max(x.ndim, r.length);
  x = x.reshape([...new Array(nd - x.ndim).fill(1), ...x.shape]);
  const rr = [...new Array(nd - r.length).fill(1), ...r];
  // View as (1, d0, 1, d1, ...) broadcast to (r0, d0, r1, d1, ...), then collapse pairs.
  const inter = x.shape.flatMap((d) => [1, d]);
  const target = x.shape.flatMap((d, i) => [rr[i], d]);
  const out = broadcastTo(x.reshape(inter), target).copy();
  return out.reshape(x.shape.map((d, i) => d * rr[i]));
}

/**
 * Repeats each element `repeats` times (flattened, or along an axis); `repeats` may give one count
 * per element.
 * @example
 * np.repeat([1, 2], 2) // → array([1, 1, 2, 2])
 * np.repeat(np.array([[1, 2]]), 2, { axis: 0 }) // → array([[1, 2],
 * //        [1, 2]])
 * np.repeat([[1, 2], [3, 4]], [1, 2], { axis: 0 }) // → array([[1, 2],
 * //        [3, 4],
 * //        [3, 4]])
 */
export function repeat(a: ArrayLike, repeats: ArrayLike, opts: { axis?: number | null } | number = {}): NDArray {
  if (typeof opts === "number") opts = { axis: opts };
  let x = asarray(a);
  if (opts.axis === undefined || opts.axis === null) x = x.reshape(-1);
  const ax = normAxis(opts.axis ?? 0, x.ndim);
  const r = asarray(repeats);
  if (r.ndim > 0 && r.size !== 1) {
    const n = x.shape[ax];
    if (r.ndim > 1 || r.size !== n) throw new Error(`operands could not be broadcast together with shape ${shapeStr([n])} ${shapeStr(r.shape)}`);
    const counts = Array.from({ length: n }, (_, i) => Math.trunc(r.getFlat(i)));
    if (counts.some((c) => c < 0)) throw new Error("repeats may not contain negative values.");
    const pick = counts.flatMap((c, i) => new Array<number>(c).fill(i));
    const idx = Array.from({ length: x.ndim }, (_, i) => (i === ax ? new NDArray(Float64Array.from(pick), [pick.length], "int64") : ":"));
    return x.get(...idx);
  }
  repeats = Math.trunc(r.getFlat(0));
  if (repeats < 0) throw new Error("negative dimensions are not allowed");
  const e = expandDims(x, ax + 1);
  const target = [...e.shape];
  target[ax + 1] = repeats;
  const shape = [...x.shape];
  shape[ax] *= repeats;
  return broadcastTo(e, target).copy().reshape(shape);
}

/**
 * Coordinate grids from 1-D vectors ('xy' indexing like numpy's default).
 * @example
 * const [xx, yy] = np.meshgrid(np.array([1, 2, 3]), np.array([10, 20]));
 * xx // → array([[1, 2, 3],
 * //        [1, 2, 3]])
 * yy // → array([[10, 10, 10],
 * //        [20, 20, 20]])
 */
export function meshgrid(...args: (ArrayLike | { indexing?: "xy" | "ij" })[]): NDArray[] {
  let indexing: "xy" | "ij" = "xy";
  const last = args[args.length - 1];
  if (last && typeof last === "object" && !Array.isArray(last) && !(last instanceof NDArray) && !ArrayBuffer.isView(last)) {
    indexing = (last as { indexing?: "xy" | "ij" }).indexing ?? "xy";
    args = args.slice(0, -1);
  }
  const vs = args.map((v) => asarray(v as ArrayLike).reshape(-1));
  const shape = vs.map((v) => v.size);
  if (indexing === "xy" && shape.length >= 2) [shape[0], shape[1]] = [shape[1], shape[0]];
  return vs.map((v, i) => {
    const pos = indexing === "xy" && vs.length >= 2 && i < 2 ? 1 - i : i;
    const s = shape.map((_, k) => (k === pos ? v.size : 1));
    return broadcastTo(v.reshape(s), shape).copy();
  });
}

/**
 * The diagonal of a 2-D array, or a 2-D array with the given diagonal.
 * @example
 * np.diag([1, 2]) // → array([[1, 0],
 * //        [0, 2]])
 * np.diag(np.arange(9).reshape(3, 3)) // → array([0, 4, 8])
 */
export function diag(a: ArrayLike, k = 0): NDArray {
  const x = asarray(a);
  if (x.ndim === 1) {
    const n = x.size + Math.abs(k);
    const out = new NDArray(alloc(x.dtype, n * n), [n, n], x.dtype);
    for (let i = 0; i < x.size; i++) out.data[(i + Math.max(-k, 0)) * n + i + Math.max(k, 0)] = x.getFlat(i);
    return out;
  }
  if (x.ndim !== 2) throw new Error("Input must be 1- or 2-d.");
  const [r, c] = x.shape;
  const n = Math.max(0, Math.min(r + Math.min(k, 0), c - Math.max(k, 0)));
  const off = x.offset + Math.max(-k, 0) * x.strides[0] + Math.max(k, 0) * x.strides[1];
  return new NDArray(x.data, [n], x.dtype, [x.strides[0] + x.strides[1]], off, x.base ?? x).copy();
}
