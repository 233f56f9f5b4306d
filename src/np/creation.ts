import { DType, TypedArray, ScalarKind, toDType, castValue, dtypeOfScalar, scalarKind, promote } from "./dtype";
import { alloc } from "./storage";
import { NDArray, ArrayLike, copyInto } from "./ndarray";
import { checkShape, sizeOf } from "./shape";

/** Options accepted by the creation functions. */
export interface DTypeOption {
  dtype?: DType | string;
}

type Shape = number | readonly number[];
const toShape = (s: Shape) => checkShape(typeof s === "number" ? [s] : s);

function isTyped(x: unknown): x is TypedArray {
  return ArrayBuffer.isView(x) && !(x instanceof DataView);
}

function typedDType(x: TypedArray): DType {
  if (x instanceof Float32Array) return "float32";
  if (x instanceof Int32Array) return "int32";
  if (x instanceof Uint8Array) return "int64";
  return "float64";
}

/** Finds the shape of nested arrays, checking they are not ragged (numpy's error text). */
function nestedShape(x: unknown): number[] {
  const shape: number[] = [];
  let cur: any = x;
  for (;;) {
    if (cur instanceof NDArray) return shape.concat(cur.shape);
    if (isTyped(cur)) return shape.concat([cur.length]);
    if (!Array.isArray(cur)) return shape;
    shape.push(cur.length);
    if (cur.length === 0) return shape;
    cur = cur[0];
  }
}

function inhomogeneous(depth: number, shape: number[]): Error {
  const detected = shape.slice(0, depth);
  return new Error(
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. ` +
      `The detected shape was (${detected.join(", ")}${detected.length === 1 ? "," : ""}) + inhomogeneous part.`,
  );
}

/** Flattens nested data into values (numbers) and the widest scalar kind seen. */
function flattenNested(x: unknown, shape: number[]): { values: number[]; kind: ScalarKind; dtype: DType | null } {
  const values: number[] = [];
  let kind: ScalarKind = "bool";
  let arrDType: DType | null = null;
  const rank = { bool: 0, int: 1, float: 2 };
  const visit = (v: any, depth: number): void => {
    if (depth === shape.length) {
      if (typeof v === "boolean") values.push(v ? 1 : 0);
      else if (typeof v === "number") {
        values.push(v);
        const k: ScalarKind = Number.isInteger(v) ? "int" : "float";
        if (rank[k] > rank[kind]) kind = k;
      } else if (v instanceof NDArray && v.ndim === 0) {
        values.push(v.item());
        arrDType = arrDType ? promote(arrDType, v.dtype) : v.dtype;
      } else throw inhomogeneous(depth, shape);
      return;
    }
    if (v instanceof NDArray) {
      if (v.ndim !== shape.length - depth || v.shape.some((d, i) => d !== shape[depth + i])) throw inhomogeneous(depth, shape);
      arrDType = arrDType ? promote(arrDType, v.dtype) : v.dtype;
      const d = v.contiguousData();
      for (let i = 0; i < d.length; i++) values.push(d[i]);
      return;
    }
    if (isTyped(v)) {
      if (shape.length - depth !== 1 || v.length !== shape[depth]) throw inhomogeneous(depth, shape);
      arrDType = arrDType ? promote(arrDType, typedDType(v)) : typedDType(v);
      for (let i = 0; i < v.length; i++) values.push(v[i]);
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[depth]) throw inhomogeneous(depth, shape);
    for (const e of v) visit(e, depth + 1);
  };
  visit(x, 0);
  return { values, kind, dtype: arrDType };
}

/**
 * Creates an array from nested JS arrays, a typed array, a number or another NDArray (always a copy).
 * All-integer data gives int64, any fraction gives float64, booleans give bool — as in numpy.
 * @example
 * np.array([[1, 2], [3, 4]]) // → array([[1, 2],
 * //        [3, 4]])
 * np.array([1, 2, 3], { dtype: "float64" }) // → array([1., 2., 3.])
 */
export function array(data: ArrayLike, opts: DTypeOption = {}): NDArray {
  const want = opts.dtype === undefined ? null : toDType(opts.dtype);
  if (data instanceof NDArray) return data.astype(want ?? data.dtype);
  if (isTyped(data)) {
    const d = want ?? typedDType(data);
    const out = new NDArray(alloc(d, data.length, false), [data.length], d);
    copyInto(out, new NDArray(data, [data.length], typedDType(data)));
    return out;
  }
  const shape = nestedShape(data);
  const { values, kind, dtype } = flattenNested(data, shape);
  let inferred: DType;
  if (dtype === null) inferred = values.length === 0 ? "float64" : dtypeOfScalar(kind);
  else if (kind === "bool" || values.length === 0) inferred = dtype;
  else inferred = promote(dtype, dtypeOfScalar(kind));
  // Python scalars inside a list with arrays: any plain number is as strong as an array element.
  const d = want ?? inferred;
  const buf = alloc(d, values.length, false);
  if (d === "int64" || d === "int32")
    for (const v of values) {
      // Python's int(float) refuses these, and numpy with it.
      if (v !== v) throw new Error("cannot convert float NaN to integer");
      if (!Number.isFinite(v)) throw new Error("cannot convert float infinity to integer");
    }
  if (d === "bool" || d === "int64" || d === "int32") for (let i = 0; i < values.length; i++) buf[i] = castValue(values[i], d);
  else for (let i = 0; i < values.length; i++) buf[i] = values[i];
  return new NDArray(buf, shape, d);
}

/**
 * Like `array`, but returns its input unchanged when it already is an NDArray of that dtype.
 * @example
 * const a = np.array([1, 2]);
 * np.asarray(a) === a // → true
 * np.asarray([1.5, 2]) // → array([1.5, 2. ])
 */
export function asarray(data: ArrayLike, opts: DTypeOption = {}): NDArray {
  if (data instanceof NDArray && (opts.dtype === undefined || toDType(opts.dtype) === data.dtype)) return data;
  return array(data, opts);
}

/**
 * An array of zeros: `np.zeros([2, 3])`, `np.zeros(3)`. Default dtype float64.
 * @example
 * np.zeros([2, 3]) // → array([[0., 0., 0.],
 * //        [0., 0., 0.]])
 * np.zeros(3, { dtype: "int32" }) // → array([0, 0, 0], dtype=int32)
 */
export function zeros(shape: Shape, opts: DTypeOption = {}): NDArray {
  const s = toShape(shape);
  const d = toDType(opts.dtype ?? "float64");
  return new NDArray(alloc(d, sizeOf(s)), s, d);
}

/**
 * An array of ones: `np.ones([2, 3])`.
 * @example
 * np.ones([2, 2]) // → array([[1., 1.],
 * //        [1., 1.]])
 */
export function ones(shape: Shape, opts: DTypeOption = {}): NDArray {
  return full(shape, 1, { dtype: opts.dtype ?? "float64" });
}

/**
 * An array of uninitialised values; here zeros, since JS buffers always start zeroed.
 * @example
 * np.empty([2, 2]).shape // → [ 2, 2 ]
 */
export function empty(shape: Shape, opts: DTypeOption = {}): NDArray {
  return zeros(shape, opts);
}

/**
 * An array filled with one value: `np.full([2, 2], 7)` (dtype from the value unless given).
 * @example
 * np.full([2, 2], 7) // → array([[7, 7],
 * //        [7, 7]])
 * np.full(3, 0.5) // → array([0.5, 0.5, 0.5])
 */
export function full(shape: Shape, value: number | boolean, opts: DTypeOption = {}): NDArray {
  const d = opts.dtype !== undefined ? toDType(opts.dtype) : dtypeOfScalar(scalarKind(value));
  const out = zeros(shape, { dtype: d });
  out.data.fill(castValue(Number(value), d));
  return out;
}

/**
 * Zeros with the shape and dtype of another array.
 * @example
 * np.zerosLike(np.array([[1, 2, 3]])) // → array([[0, 0, 0]])
 */
export function zerosLike(a: ArrayLike, opts: DTypeOption = {}): NDArray {
  const x = asarray(a);
  return zeros(x.shape, { dtype: opts.dtype ?? x.dtype });
}
/**
 * Ones with the shape and dtype of another array.
 * @example
 * np.onesLike(np.array([1.5, 2.5])) // → array([1., 1.])
 */
export function onesLike(a: ArrayLike, opts: DTypeOption = {}): NDArray {
  const x = asarray(a);
  return full(x.shape, 1, { dtype: opts.dtype ?? x.dtype });
}
/**
 * A constant array with the shape and dtype of another array.
 * @example
 * np.fullLike(np.array([1, 2, 3]), 9) // → array([9, 9, 9])
 */
export function fullLike(a: ArrayLike, value: number | boolean, opts: DTypeOption = {}): NDArray {
  const x = asarray(a);
  return full(x.shape, value, { dtype: opts.dtype ?? x.dtype });
}
/**
 * Uninitialised (zeroed) array like another.
 * @example
 * np.emptyLike(np.array([[1, 2], [3, 4]])).shape // → [ 2, 2 ]
 */
export function emptyLike(a: ArrayLike, opts: DTypeOption = {}): NDArray {
  return zerosLike(a, opts);
}

/**
 * Evenly spaced values in [start, stop): `np.arange(5)`, `np.arange(1, 10, 2)`, `np.arange(0, 1, 0.1)`.
 * Integer arguments give int64, like numpy.
 * @example
 * np.arange(5) // → array([0, 1, 2, 3, 4])
 * np.arange(1, 10, 2) // → array([1, 3, 5, 7, 9])
 * np.arange(0, 1, 0.25) // → array([0.  , 0.25, 0.5 , 0.75])
 */
export function arange(start: number, stop?: number | DTypeOption, step?: number | DTypeOption, opts: DTypeOption = {}): NDArray {
  if (typeof stop === "object") (opts = stop), (stop = undefined);
  if (typeof step === "object") (opts = step), (step = undefined);
  let lo = start;
  let hi = stop as number | undefined;
  if (hi === undefined) (hi = lo), (lo = 0);
  const st = (step as number | undefined) ?? 1;
  if (st === 0) throw new Error("division by zero");
  const allInt = [lo, hi, st].every(Number.isInteger);
  const d = opts.dtype !== undefined ? toDType(opts.dtype) : allInt ? "int64" : "float64";
  const n = Math.max(0, Math.ceil((hi - lo) / st));
  const out = new NDArray(alloc(d, n, false), [n], d);
  // numpy computes start + i*delta, where delta = (start + step) - start
  const delta = lo + st - lo;
  for (let i = 0; i < n; i++) out.data[i] = castValue(lo + i * delta, d);
  if (n > 1 && !allInt) out.data[1] = castValue(lo + st, d);
  return out;
}

/**
 * `num` evenly spaced values from start to stop (inclusive unless `endpoint: false`).
 * @example
 * np.linspace(0, 1, 5) // → array([0.  , 0.25, 0.5 , 0.75, 1.  ])
 * np.linspace(0, 1, 4, { endpoint: false }) // → array([0.  , 0.25, 0.5 , 0.75])
 */
export function linspace(start: number, stop: number, num = 50, opts: DTypeOption & { endpoint?: boolean } = {}): NDArray {
  if (num < 0) throw new Error(`Number of samples, ${num}, must be non-negative.`);
  const endpoint = opts.endpoint ?? true;
  const div = endpoint ? num - 1 : num;
  const d = toDType(opts.dtype ?? "float64");
  const out = zeros(num, { dtype: d });
  const delta = stop - start;
  const step = div > 0 ? delta / div : NaN;
  for (let i = 0; i < num; i++) {
    const v = div > 0 ? (step === 0 ? (i / div) * delta + start : i * step + start) : i * delta + start;
    out.data[i] = castValue(v, d);
  }
  if (endpoint && num > 1) out.data[num - 1] = castValue(stop, d);
  return out;
}

/**
 * The identity-like matrix with ones on the k-th diagonal: `np.eye(3)`, `np.eye(2, 3, { k: 1 })`.
 * @example
 * np.eye(2) // → array([[1., 0.],
 * //        [0., 1.]])
 * np.eye(2, 3, { k: 1 }) // → array([[0., 1., 0.],
 * //        [0., 0., 1.]])
 */
export function eye(n: number, m?: number | (DTypeOption & { k?: number }), opts: DTypeOption & { k?: number } = {}): NDArray {
  if (typeof m === "object") (opts = m), (m = undefined);
  const cols = (m as number | undefined) ?? n;
  const k = opts.k ?? 0;
  const out = zeros([n, cols], opts);
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < cols) out.data[i * cols + j] = 1;
  }
  return out;
}

/**
 * `np.identity(n)`: the n×n identity.
 * @example
 * np.identity(3) // → array([[1., 0., 0.],
 * //        [0., 1., 0.],
 * //        [0., 0., 1.]])
 */
export function identity(n: number, opts: DTypeOption = {}): NDArray {
  return eye(n, n, opts);
}

