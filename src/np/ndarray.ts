import { inspect } from "node:util";
import { DType, TypedArray, castValue, toDType } from "./dtype";
import { alloc } from "./storage";
import { cStrides, shapeArg, sizeOf, shapeStr } from "./shape";
import { forEachRun } from "./broadcast";
import * as ix from "./indexing";
import * as uf from "./ufunc";
import * as red from "./reduce";
import * as la from "./linalg";
import * as sh from "./manipulation";
import * as so from "./sorting";
import * as pk from "./picking";
import * as io from "./io/bytes";
import { arrayStr, arrayRepr, array2string } from "./printing";

/** A nested JS array of numbers/booleans, a typed array, or an NDArray: anything np accepts as data. */
export type ArrayLike = NDArray | number | boolean | TypedArray | readonly ArrayLike[];
/** An index for `x.get(...)` / `x.set(...)`: an integer, a slice string like `"1:"`, `null` (new axis), `"..."`, a mask or integer array. */
export type Index = ix.Index;

/**
 * An n-dimensional array, like numpy's ndarray: a typed-array buffer seen through a shape, strides and
 * an offset, so slices, transposes and reshapes can be views that share memory.
 *
 * @example
 * const x = np.array([[1, 2, 3], [4, 5, 6]]);
 * x.shape          // [2, 3]
 * x.get(":", 0)    // array([1, 4]) — numpy's X[:, 0]
 * x.T.toString()   // "[[1 4]\n [2 5]\n [3 6]]"
 */
export class NDArray {
  /** The storage buffer (shared with views). */
  readonly data: TypedArray;
  /** Sizes of the axes, like numpy's `x.shape`. */
  readonly shape: number[];
  /** Steps between neighbours along each axis, in elements (numpy's strides divided by itemsize). */
  readonly strides: number[];
  /** Index in `data` of the first element. */
  readonly offset: number;
  /** Element type: "float64", "float32", "int64", "int32" or "bool". */
  readonly dtype: DType;
  /** The array this one is a view of, if any (numpy's `x.base`). */
  readonly base: NDArray | null;

  constructor(data: TypedArray, shape: number[], dtype: DType, strides?: number[], offset = 0, base: NDArray | null = null) {
    this.data = data;
    this.shape = shape;
    this.dtype = dtype;
    this.strides = strides ?? cStrides(shape);
    this.offset = offset;
    this.base = base;
  }

  /** Wraps a C-ordered buffer without copying. */
  static fromData(data: TypedArray, shape: number[], dtype: DType = "float64"): NDArray {
    return new NDArray(data, shape, dtype);
  }

  /** Number of axes. */
  get ndim(): number {
    return this.shape.length;
  }
  /** Number of elements. */
  get size(): number {
    return sizeOf(this.shape);
  }
  /** Transpose (reversed axes), a view. */
  get T(): NDArray {
    return this.transpose();
  }
  /** Bytes per element, as numpy reports it. */
  get itemsize(): number {
    return this.dtype === "bool" ? 1 : this.dtype === "float64" || this.dtype === "int64" ? 8 : 4;
  }

  /** True when the elements lie in C order with no gaps, so `data` can be walked directly. */
  get isContiguous(): boolean {
    let acc = 1;
    for (let i = this.shape.length - 1; i >= 0; i--) {
      if (this.shape[i] !== 1 && this.strides[i] !== acc) return this.size === 0;
      acc *= this.shape[i];
    }
    return true;
  }

  /** The elements in C order as a fresh or shared flat buffer (shared when already contiguous). */
  contiguousData(): TypedArray {
    const n = this.size;
    if (this.isContiguous) return this.offset === 0 && this.data.length === n ? this.data : this.data.subarray(this.offset, this.offset + n);
    return this.copy().data;
  }

  /** Element at flat C-order position i (for printing and small loops). */
  getFlat(i: number): number {
    let off = this.offset;
    for (let ax = this.shape.length - 1; ax >= 0; ax--) {
      const d = this.shape[ax];
      off += (i % d) * this.strides[ax];
      i = Math.floor(i / d);
    }
    return this.data[off];
  }

  /** A C-ordered copy (numpy's `x.copy()`). */
  copy(): NDArray {
    const out = new NDArray(alloc(this.dtype, this.size, false), [...this.shape], this.dtype);
    copyInto(out, this);
    return out;
  }

  /** A copy converted to another dtype (`x.astype("int32")`); floats are truncated toward zero. */
  astype(dtype: DType | string): NDArray {
    const d = toDType(dtype);
    const out = new NDArray(alloc(d, this.size, false), [...this.shape], d);
    copyInto(out, this);
    return out;
  }

  /** A view (or copy, when the strides do not allow a view) with a new shape; one dimension may be -1. */
  reshape(...shape: (number | readonly number[])[]): NDArray {
    return sh.reshape(this, shapeArg(shape, true));
  }
  /** Permutes the axes (reversed by default); a view. `x.transpose([1, 0, 2])`. */
  transpose(axes?: readonly number[]): NDArray {
    return sh.transpose(this, axes);
  }
  /** A 1-D copy. */
  flatten(): NDArray {
    return this.copy().reshape(-1);
  }
  /** A 1-D view when possible, else a copy. */
  ravel(): NDArray {
    return sh.reshape(this, [-1]);
  }
  /** Removes axes of length one. */
  squeeze(axis?: number | readonly number[]): NDArray {
    return sh.squeeze(this, axis);
  }

  /** The elements as nested JS arrays (booleans for bool arrays). */
  tolist(): any {
    const conv = this.dtype === "bool" ? (v: number) => v !== 0 : (v: number) => v;
    const rec = (ax: number, off: number): any => {
      if (ax === this.ndim) return conv(this.data[off]);
      const out = new Array(this.shape[ax]);
      for (let i = 0; i < this.shape[ax]; i++) out[i] = rec(ax + 1, off + i * this.strides[ax]);
      return out;
    };
    return rec(0, this.offset);
  }

  /**
   * One element as a plain number: `x.item()` for a size-1 array, `x.item(i)` by flat index,
   * `x.item(i, j)` by position (numpy's `x[i, j]` as a scalar).
   */
  item(...index: number[]): number {
    if (index.length === 0) {
      if (this.size !== 1) throw new Error("can only convert an array of size 1 to a Python scalar");
      return this.data[this.offset];
    }
    if (index.length === 1 && this.ndim !== 1) {
      const n = this.size;
      let i = index[0];
      if (i < -n || i >= n) throw new RangeError(`index ${i} is out of bounds for size ${n}`);
      return this.getFlat(i < 0 ? i + n : i);
    }
    if (index.length !== this.ndim) throw new RangeError("incorrect number of indices for array");
    let off = this.offset;
    index.forEach((i, ax) => {
      const d = this.shape[ax];
      if (!Number.isInteger(i) || i < -d || i >= d) throw new RangeError(`index ${i} is out of bounds for axis ${ax} with size ${d}`);
      off += (i < 0 ? i + d : i) * this.strides[ax];
    });
    return this.data[off];
  }

  /**
   * numpy indexing `x[...]`: `x.get(":", 0)` is `X[:, 0]`, `x.get("1:")` is `w[1:]`, `x.get(mask)` is `x[mask]`,
   * `x.get([0, 2])` picks rows 0 and 2, `x.get(null)` adds an axis. Basic indices give views; masks and
   * integer arrays give copies.
   */
  get(...index: Index[]): NDArray {
    return ix.getIndex(this, index);
  }

  /**
   * numpy assignment `x[...] = value`, in place; the value broadcasts. Returns this array.
   * @example dL.set(x.less(0), slope)   // dL[x < 0] = slope
   * @example X.set(":", 0, 5)          // X[:, 0] = 5
   */
  set(...args: [...Index[], ArrayLike]): this {
    const value = args[args.length - 1] as ArrayLike;
    ix.setIndex(this, args.slice(0, -1) as Index[], value);
    return this;
  }

  /** Fills every element with a value, in place (numpy's `x.fill(v)`). */
  fill(value: number | boolean): this {
    ix.setIndex(this, [], value);
    return this;
  }

  // ---- elementwise (see ufunc.ts) ----
  /** `x + y` */ add(y: ArrayLike): NDArray { return uf.add(this, y); }
  /** `x - y` */ subtract(y: ArrayLike): NDArray { return uf.subtract(this, y); }
  /** `x * y` (elementwise) */ multiply(y: ArrayLike): NDArray { return uf.multiply(this, y); }
  /** `x / y` (true division) */ divide(y: ArrayLike): NDArray { return uf.divide(this, y); }
  /** `x ** y` */ power(y: ArrayLike): NDArray { return uf.power(this, y); }
  /** `x - y`, short form of subtract */ sub(y: ArrayLike): NDArray { return uf.subtract(this, y); }
  /** `x * y`, short form of multiply */ mul(y: ArrayLike): NDArray { return uf.multiply(this, y); }
  /** `x / y`, short form of divide */ div(y: ArrayLike): NDArray { return uf.divide(this, y); }
  /** `x ** y`, short form of power */ pow(y: ArrayLike): NDArray { return uf.power(this, y); }
  /** `-x` */ negative(): NDArray { return uf.negative(this); }
  /** `-x`, short form of negative */ neg(): NDArray { return uf.negative(this); }
  /** `abs(x)` */ abs(): NDArray { return uf.abs(this); }
  /** `np.exp(x)` */ exp(): NDArray { return uf.exp(this); }
  /** `np.log(x)` */ log(): NDArray { return uf.log(this); }
  /** `np.sqrt(x)` */ sqrt(): NDArray { return uf.sqrt(this); }
  /** `np.square(x)` */ square(): NDArray { return uf.square(this); }
  /** `np.tanh(x)` */ tanh(): NDArray { return uf.tanh(this); }
  /** `np.maximum(x, y)` */ maximum(y: ArrayLike): NDArray { return uf.maximum(this, y); }
  /** `np.minimum(x, y)` */ minimum(y: ArrayLike): NDArray { return uf.minimum(this, y); }
  /** `x.clip(lo, hi)` */ clip(lo: ArrayLike | null, hi: ArrayLike | null): NDArray { return uf.clip(this, lo, hi); }
  /** `x < y` */ less(y: ArrayLike): NDArray { return uf.less(this, y); }
  /** `x > y` */ greater(y: ArrayLike): NDArray { return uf.greater(this, y); }
  /** `x <= y` */ lessEqual(y: ArrayLike): NDArray { return uf.lessEqual(this, y); }
  /** `x >= y` */ greaterEqual(y: ArrayLike): NDArray { return uf.greaterEqual(this, y); }
  /** `x == y` (elementwise) */ equal(y: ArrayLike): NDArray { return uf.equal(this, y); }
  /** `x != y` (elementwise) */ notEqual(y: ArrayLike): NDArray { return uf.notEqual(this, y); }

  // ---- reductions (see reduce.ts) ----
  /** `x.sum()` (a number) or `x.sum({ axis, keepdims })` (an array). */
  sum(): number;
  sum(opts: red.ReduceOptions): NDArray;
  sum(opts?: red.ReduceOptions): number | NDArray { return red.sum(this, opts as any); }
  /** `x.mean()` or `x.mean({ axis, keepdims })`. */
  mean(): number;
  mean(opts: red.ReduceOptions): NDArray;
  mean(opts?: red.ReduceOptions): number | NDArray { return red.mean(this, opts as any); }
  /** `x.max()` or `x.max({ axis, keepdims })`. */
  max(): number;
  max(opts: red.ReduceOptions): NDArray;
  max(opts?: red.ReduceOptions): number | NDArray { return red.max(this, opts as any); }
  /** `x.min()` or `x.min({ axis, keepdims })`. */
  min(): number;
  min(opts: red.ReduceOptions): NDArray;
  min(opts?: red.ReduceOptions): number | NDArray { return red.min(this, opts as any); }
  /** `x.prod()` or `x.prod({ axis, keepdims })`. */
  prod(): number;
  prod(opts: red.ReduceOptions): NDArray;
  prod(opts?: red.ReduceOptions): number | NDArray { return red.prod(this, opts as any); }
  /** `x.std()` or `x.std({ axis, keepdims, ddof })`. */
  std(): number;
  std(opts: red.VarOptions): NDArray;
  std(opts?: red.VarOptions): number | NDArray { return red.std(this, opts as any); }
  /** `x.var()` or `x.var({ axis, keepdims, ddof })`. */
  var(): number;
  var(opts: red.VarOptions): NDArray;
  var(opts?: red.VarOptions): number | NDArray { return red.var_(this, opts as any); }
  /** `x.any()` or `x.any({ axis, keepdims })`. */
  any(): boolean;
  any(opts: red.ReduceOptions): NDArray;
  any(opts?: red.ReduceOptions): boolean | NDArray { return red.any(this, opts as any); }
  /** `x.all()` or `x.all({ axis, keepdims })`. */
  all(): boolean;
  all(opts: red.ReduceOptions): NDArray;
  all(opts?: red.ReduceOptions): boolean | NDArray { return red.all(this, opts as any); }
  /** Flat index of the largest element, or indices along `{ axis }`. */
  argmax(): number;
  argmax(opts: red.ArgOptions): NDArray;
  argmax(opts?: red.ArgOptions): number | NDArray { return red.argmax(this, opts as any); }
  /** Flat index of the smallest element, or indices along `{ axis }`. */
  argmin(): number;
  argmin(opts: red.ArgOptions): NDArray;
  argmin(opts?: red.ArgOptions): number | NDArray { return red.argmin(this, opts as any); }
  /** Cumulative sum, flattened or along `{ axis }`. */
  cumsum(opts?: { axis?: number }): NDArray { return red.cumsum(this, opts); }

  // ---- linear algebra ----
  /** `np.dot(x, y)` */ dot(y: ArrayLike): NDArray { return la.dot(this, y); }

  // ---- numpy's other ndarray methods (sorting.ts, picking.ts, manipulation.ts) ----
  /** Sorts in place along an axis (the last by default), nan last; numpy's `x.sort()` returns None. @example x.sort({ axis: 0 }) */
  sort(opts: { axis?: number } | number = {}): void { so.sortInPlace(this, typeof opts === "number" ? opts : opts.axis ?? -1); }
  /** Indices that sort along an axis (the last by default; `axis: null` flattens). @example x.argsort() */
  argsort(opts: { axis?: number | null } | number | null = {}): NDArray { return so.argsort(this, opts); }
  /** Running product, flattened or along `{ axis }`. @example x.cumprod({ axis: 1 }) */
  cumprod(opts?: { axis?: number | null }): NDArray { return red.cumprod(this, opts); }
  /** Each element repeated (flattened, or along `{ axis }`). @example x.repeat(2, { axis: 0 }) */
  repeat(repeats: ArrayLike, opts: { axis?: number | null } | number = {}): NDArray { return sh.repeat(this, repeats, opts); }
  /** Rounded to `decimals` places, ties to even. @example x.round(2) */
  round(decimals = 0): NDArray { return uf.round(this, decimals); }
  /** Two axes swapped; a view. @example x.swapaxes(0, 1) */
  swapaxes(axis1: number, axis2: number): NDArray { return sh.swapaxes(this, axis1, axis2); }
  /** Elements at indices (of the flattened array, or along `{ axis }`). @example x.take([0, 2], { axis: 1 }) */
  take(indices: ArrayLike, opts?: pk.TakeOptions | number): NDArray { return pk.take(this, indices, opts); }
  /** A diagonal, as np.diagonal; a view. @example x.diagonal({ offset: 1 }) */
  diagonal(opts?: pk.DiagonalOptions | number): NDArray { return pk.diagonal(this, opts); }
  /** Sum of a diagonal: a number for a 2-D array. @example x.trace() */
  trace(opts?: pk.DiagonalOptions | number): any { return pk.trace(this, opts); }
  /** The elements as raw little-endian bytes (numpy's tobytes). @example np.arange(2).tobytes().length  // → 16 */
  tobytes(order: "C" | "F" | "A" = "C"): Uint8Array { return io.tobytes(this, order); }
  /** Writes the elements to a file, raw or as text with `sep` (numpy's tofile). @example x.tofile(path, { sep: " " })  // doctest: +SKIP */
  tofile(file: string | number, opts?: { sep?: string; format?: string }): void { io.tofile(this, file, opts); }
  /** Indices of the non-zero elements, one int64 array per axis. @example x.nonzero() */
  nonzero(): NDArray[] { return ix.nonzero(this); }
  /** `x @ y` */ matmul(y: ArrayLike): NDArray { return la.matmul(this, y); }

  /** numpy's `str(x)`. */
  toString(): string {
    return arrayStr(this);
  }
  /**
   * `${x}` and `String(x)` give numpy's `str(x)`. JavaScript's operators (`-x`, `x * 2`, `1 + x`,
   * `x < 0`) would turn the array into NaN without a word, so they throw a TypeError that names
   * the method to use. `+` cannot tell text from numbers, so `"cost " + x` throws too: write
   * `` `cost ${x}` `` or `"cost " + String(x)`.
   */
  [Symbol.toPrimitive](hint: "string" | "number" | "default"): string {
    if (hint === "string") return arrayStr(this);
    throw new NDArrayOperatorError(hint === "default");
  }
  /** console.log shows numpy's str form. */
  [inspect.custom](): string {
    return arrayStr(this);
  }
  /** Jupyter shows numpy's repr (the deepts kernel calls this). */
  [Symbol.for("Jupyter.display")](): Record<string, string> {
    const bundle: Record<string, string> = { "text/plain": arrayRepr(this) };
    if (this.ndim === 2 && this.shape[0] <= 50 && this.shape[1] <= 30 && this.size > 0) bundle["text/html"] = htmlTable(this);
    return bundle;
  }
  /** JSON form: nested lists, so results serialise. */
  toJSON(): unknown {
    return this.tolist();
  }
}

/**
 * Thrown when JavaScript arithmetic meets an NDArray. `code` lets the deepts kernel recognise it
 * and name the exact fix for the operator of the failing line.
 */
export class NDArrayOperatorError extends TypeError {
  readonly code = "DEEPTS_NDARRAY_OPERATOR";
  constructor(plus: boolean) {
    super(
      "JavaScript's operators do not work on an NDArray (it would become NaN): " +
        "use np.negative(x) or x.neg() for -x; x.add(y), x.sub(y), x.mul(y), x.div(y), x.pow(y) " +
        "(or np.add(x, y), np.subtract, np.multiply, np.divide, np.power) for x + y, x - y, x * y, x / y, x ** y; " +
        "x.less(y), x.greater(y), x.equal(y) for comparisons; x.item() for a number" +
        (plus ? "; `text ${x}` or String(x) for text" : ""),
    );
    this.name = "TypeError";
  }
}

/** A small 2-D array as an HTML table, cells formatted exactly as numpy prints them. */
function htmlTable(a: NDArray): string {
  // One unwrapped line per row; numpy's tokens never contain spaces.
  const rows = array2string(a, { linewidth: Number.MAX_SAFE_INTEGER }).split("\n");
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = rows
    .map((r, i) => `<tr><th>${i}</th>${r.replace(/[\[\]]/g, " ").trim().split(/\s+/).map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
    .join("");
  const head = Array.from({ length: a.shape[1] }, (_, j) => `<th>${j}</th>`).join("");
  return `<table class="deepts-ndarray"><thead><tr><th></th>${head}</tr></thead><tbody>${body}</tbody></table><small>${a.dtype} (${a.shape.join(", ")})</small>`;
}

/** Copies src into dst elementwise (src broadcasts to dst's shape), converting to dst's dtype. */
export function copyInto(dst: NDArray, src: NDArray): void {
  const S = src.data;
  const D = dst.data;
  const bs = broadcastSrcStrides(src, dst.shape);
  const needCast = dst.dtype !== src.dtype && (dst.dtype === "bool" || dst.dtype === "int64" || (dst.dtype === "int32" && src.dtype !== "bool"));
  const dt = dst.dtype;
  if (!needCast && src.isContiguous && dst.isContiguous && src.shape.length === dst.shape.length && src.shape.every((d, i) => d === dst.shape[i])) {
    // one block copy (TypedArray.set converts element types as assignment does, and handles overlap)
    const n = dst.size;
    if (n > 0) D.set(S.subarray(src.offset, src.offset + n), dst.offset);
    return;
  }
  forEachRun(dst.shape, [dst.strides, bs], [dst.offset, src.offset], (n, [od, os], [sd, ss]) => {
    if (needCast) for (let i = 0; i < n; i++, od += sd, os += ss) D[od] = castValue(S[os], dt);
    else for (let i = 0; i < n; i++, od += sd, os += ss) D[od] = S[os];
  });
}

function broadcastSrcStrides(src: NDArray, target: number[]): number[] {
  if (src.ndim > target.length) throw new Error(`could not broadcast input array from shape ${shapeStr(src.shape)} into shape ${shapeStr(target)}`);
  const out = new Array<number>(target.length).fill(0);
  const off = target.length - src.ndim;
  for (let i = 0; i < src.ndim; i++) {
    const d = src.shape[i];
    if (d === target[off + i]) out[off + i] = src.strides[i];
    else if (d !== 1) throw new Error(`could not broadcast input array from shape ${shapeStr(src.shape)} into shape ${shapeStr(target)}`);
  }
  return out;
}


