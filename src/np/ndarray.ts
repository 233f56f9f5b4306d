import { inspect } from "node:util";
import { DType, TypedArray, castValue, copyRun, toDType } from "./dtype";
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
import * as se from "./searching";
import * as sl from "./selecting";
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
 * x.shape // → [ 2, 3 ]
 * x.get(":", 0) // → array([1, 4])
 * x.T.toString() // → [[1 4]
 * //  [2 5]
 * //  [3 6]]
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

  /**
   * The elements in C order as a fresh or shared flat buffer (shared when already contiguous).
   * @example Array.from(np.arange(4).reshape(2, 2).T.contiguousData()) // → [ 0, 2, 1, 3 ]
   */
  contiguousData(): TypedArray {
    const n = this.size;
    if (this.isContiguous) return this.offset === 0 && this.data.length === n ? this.data : this.data.subarray(this.offset, this.offset + n);
    return this.copy().data;
  }

  /** Element at flat C-order position i (for printing and small loops). @example np.arange(6).reshape(2, 3).T.getFlat(1) // → 3 */
  getFlat(i: number): number {
    let off = this.offset;
    for (let ax = this.shape.length - 1; ax >= 0; ax--) {
      const d = this.shape[ax];
      off += (i % d) * this.strides[ax];
      i = Math.floor(i / d);
    }
    return this.data[off];
  }

  /** A C-ordered copy (numpy's `x.copy()`). @example np.array([1.5, 2.5]).copy() // → array([1.5, 2.5]) */
  copy(): NDArray {
    const out = new NDArray(alloc(this.dtype, this.size, false), [...this.shape], this.dtype);
    copyInto(out, this);
    return out;
  }

  /**
   * A copy converted to another dtype (`x.astype("int32")`); floats are truncated toward zero.
   * @example np.array([1.7, -1.7]).astype("int32") // → array([ 1, -1], dtype=int32)
   */
  astype(dtype: DType | string): NDArray {
    const d = toDType(dtype);
    const out = new NDArray(alloc(d, this.size, false), [...this.shape], d);
    copyInto(out, this);
    return out;
  }

  /**
   * A view (or copy, when the strides do not allow a view) with a new shape; one dimension may be -1.
   * @example
   * np.arange(6).reshape(2, -1) // → array([[0, 1, 2],
   * //        [3, 4, 5]])
   */
  reshape(...shape: (number | readonly number[])[]): NDArray {
    return sh.reshape(this, shapeArg(shape, true));
  }
  /**
   * Permutes the axes (reversed by default); a view. `x.transpose([1, 0, 2])`.
   * @example
   * np.arange(6).reshape(2, 3).transpose() // → array([[0, 3],
   * //        [1, 4],
   * //        [2, 5]])
   */
  transpose(axes?: readonly number[]): NDArray {
    return sh.transpose(this, axes);
  }
  /** A 1-D copy. @example np.arange(6).reshape(2, 3).flatten() // → array([0, 1, 2, 3, 4, 5]) */
  flatten(): NDArray {
    return this.copy().reshape(-1);
  }
  /** A 1-D view when possible, else a copy. @example np.arange(6).reshape(2, 3).ravel() // → array([0, 1, 2, 3, 4, 5]) */
  ravel(): NDArray {
    return sh.reshape(this, [-1]);
  }
  /** Removes axes of length one. @example np.zeros([1, 3, 1]).squeeze().shape // → [ 3 ] */
  squeeze(axis?: number | readonly number[]): NDArray {
    return sh.squeeze(this, axis);
  }

  /** The elements as nested JS arrays (booleans for bool arrays). @example np.arange(4).reshape(2, 2).tolist() // → [ [ 0, 1 ], [ 2, 3 ] ] */
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
   * @example
   * np.array([5]).item() // → 5
   * np.arange(6).reshape(2, 3).item(1, 2) // → 5
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
   * @example
   * np.arange(6).reshape(2, 3).get(":", 0) // → array([0, 3])
   * np.arange(6).reshape(2, 3).get("1:") // → array([[3, 4, 5]])
   * np.arange(5).get(np.arange(5).greater(2)) // → array([3, 4])
   */
  get(...index: Index[]): NDArray {
    return ix.getIndex(this, index);
  }

  /**
   * numpy assignment `x[...] = value`, in place; the value broadcasts. Returns this array.
   * @example
   * const a = np.array([-1, 2, -3]);
   * a.set(a.less(0), 0) // → array([0, 2, 0])
   * np.zeros([2, 2]).set(":", 0, 5) // → array([[5., 0.],
   * //        [5., 0.]])
   */
  set(...args: [...Index[], ArrayLike]): this {
    const value = args[args.length - 1] as ArrayLike;
    ix.setIndex(this, args.slice(0, -1) as Index[], value);
    return this;
  }

  /** Fills every element with a value, in place (numpy's `x.fill(v)`). @example np.zeros(3).fill(7) // → array([7., 7., 7.]) */
  fill(value: number | boolean): this {
    ix.setIndex(this, [], value);
    return this;
  }

  // ---- elementwise (see ufunc.ts) ----
  /** `x + y` @example np.array([1, 2]).add(10) // → array([11, 12]) */ add(y: ArrayLike): NDArray { return uf.add(this, y); }
  /** `x - y` @example np.array([1, 2]).subtract(10) // → array([-9, -8]) */ subtract(y: ArrayLike): NDArray { return uf.subtract(this, y); }
  /** `x * y` (elementwise) @example np.array([1, 2]).multiply(10) // → array([10, 20]) */ multiply(y: ArrayLike): NDArray { return uf.multiply(this, y); }
  /** `x / y` (true division) @example np.array([1, 2]).divide(4) // → array([0.25, 0.5 ]) */ divide(y: ArrayLike): NDArray { return uf.divide(this, y); }
  /** `x ** y` @example np.array([1, 2]).power(3) // → array([1, 8]) */ power(y: ArrayLike): NDArray { return uf.power(this, y); }
  /** `x - y`, short form of subtract @example np.array([1, 2]).sub(10) // → array([-9, -8]) */ sub(y: ArrayLike): NDArray { return uf.subtract(this, y); }
  /** `x * y`, short form of multiply @example np.array([1, 2]).mul(10) // → array([10, 20]) */ mul(y: ArrayLike): NDArray { return uf.multiply(this, y); }
  /** `x / y`, short form of divide @example np.array([1, 2]).div(4) // → array([0.25, 0.5 ]) */ div(y: ArrayLike): NDArray { return uf.divide(this, y); }
  /** `x ** y`, short form of power @example np.array([1, 2]).pow(3) // → array([1, 8]) */ pow(y: ArrayLike): NDArray { return uf.power(this, y); }
  /** `-x` @example np.array([1, -2]).negative() // → array([-1,  2]) */ negative(): NDArray { return uf.negative(this); }
  /** `-x`, short form of negative @example np.array([1, -2]).neg() // → array([-1,  2]) */ neg(): NDArray { return uf.negative(this); }
  /** `abs(x)` @example np.array([-1.5, 2]).abs() // → array([1.5, 2. ]) */ abs(): NDArray { return uf.abs(this); }
  /** `np.exp(x)` @example np.array([0, 1]).exp() // → array([1.        , 2.71828183]) */ exp(): NDArray { return uf.exp(this); }
  /** `np.log(x)` @example np.array([1, np.e]).log() // → array([0., 1.]) */ log(): NDArray { return uf.log(this); }
  /** `np.sqrt(x)` @example np.array([4, 9]).sqrt() // → array([2., 3.]) */ sqrt(): NDArray { return uf.sqrt(this); }
  /** `np.square(x)` @example np.array([2, -3]).square() // → array([4, 9]) */ square(): NDArray { return uf.square(this); }
  /** `np.tanh(x)` @example np.array([0, 1]).tanh() // → array([0.        , 0.76159416]) */ tanh(): NDArray { return uf.tanh(this); }
  /** `np.maximum(x, y)` @example np.array([-1, 2]).maximum(0) // → array([0, 2]) */ maximum(y: ArrayLike): NDArray { return uf.maximum(this, y); }
  /** `np.minimum(x, y)` @example np.array([-1, 2]).minimum(0) // → array([-1,  0]) */ minimum(y: ArrayLike): NDArray { return uf.minimum(this, y); }
  /** `x.clip(lo, hi)` @example np.array([-2, 0, 5]).clip(-1, 1) // → array([-1,  0,  1]) */ clip(lo: ArrayLike | null, hi: ArrayLike | null): NDArray { return uf.clip(this, lo, hi); }
  /** `x < y` @example np.array([1, 2, 3]).less(2) // → array([ True, False, False]) */ less(y: ArrayLike): NDArray { return uf.less(this, y); }
  /** `x > y` @example np.array([1, 2, 3]).greater(2) // → array([False, False,  True]) */ greater(y: ArrayLike): NDArray { return uf.greater(this, y); }
  /** `x <= y` @example np.array([1, 2, 3]).lessEqual(2) // → array([ True,  True, False]) */ lessEqual(y: ArrayLike): NDArray { return uf.lessEqual(this, y); }
  /** `x >= y` @example np.array([1, 2, 3]).greaterEqual(2) // → array([False,  True,  True]) */ greaterEqual(y: ArrayLike): NDArray { return uf.greaterEqual(this, y); }
  /** `x == y` (elementwise) @example np.array([1, 2, 3]).equal(2) // → array([False,  True, False]) */ equal(y: ArrayLike): NDArray { return uf.equal(this, y); }
  /** `x != y` (elementwise) @example np.array([1, 2, 3]).notEqual(2) // → array([ True, False,  True]) */ notEqual(y: ArrayLike): NDArray { return uf.notEqual(this, y); }

  // ---- reductions (see reduce.ts) ----
  /**
   * `x.sum()` (a number) or `x.sum({ axis, keepdims })` (an array).
   * @example
   * np.array([[1, 2], [3, 4]]).sum() // → 10
   * np.array([[1, 2], [3, 4]]).sum({ axis: 0 }) // → array([4, 6])
   */
  sum(): number;
  sum(opts: red.ReduceOptions): NDArray;
  sum(opts?: red.ReduceOptions): number | NDArray { return red.sum(this, opts as any); }
  /**
   * `x.mean()` or `x.mean({ axis, keepdims })`.
   * @example
   * np.array([[1, 2], [3, 4]]).mean() // → 2.5
   * np.array([[1, 2], [3, 4]]).mean({ axis: 1, keepdims: true }) // → array([[1.5],
   * //        [3.5]])
   */
  mean(): number;
  mean(opts: red.ReduceOptions): NDArray;
  mean(opts?: red.ReduceOptions): number | NDArray { return red.mean(this, opts as any); }
  /**
   * `x.max()` or `x.max({ axis, keepdims })`.
   * @example
   * np.array([[1, 5], [3, 2]]).max() // → 5
   * np.array([[1, 5], [3, 2]]).max({ axis: 1 }) // → array([5, 3])
   */
  max(): number;
  max(opts: red.ReduceOptions): NDArray;
  max(opts?: red.ReduceOptions): number | NDArray { return red.max(this, opts as any); }
  /**
   * `x.min()` or `x.min({ axis, keepdims })`.
   * @example
   * np.array([[1, 5], [3, 2]]).min() // → 1
   * np.array([[1, 5], [3, 2]]).min({ axis: 0 }) // → array([1, 2])
   */
  min(): number;
  min(opts: red.ReduceOptions): NDArray;
  min(opts?: red.ReduceOptions): number | NDArray { return red.min(this, opts as any); }
  /**
   * `x.prod()` or `x.prod({ axis, keepdims })`.
   * @example
   * np.array([[1, 2], [3, 4]]).prod() // → 24
   * np.array([[1, 2], [3, 4]]).prod({ axis: 0 }) // → array([3, 8])
   */
  prod(): number;
  prod(opts: red.ReduceOptions): NDArray;
  prod(opts?: red.ReduceOptions): number | NDArray { return red.prod(this, opts as any); }
  /**
   * `x.std()` or `x.std({ axis, keepdims, ddof })`.
   * @example
   * np.array([1, 2, 3, 4]).std() // → 1.118033988749895
   * np.array([[1, 3], [2, 6]]).std({ axis: 1 }) // → array([1., 2.])
   */
  std(): number;
  std(opts: red.VarOptions): NDArray;
  std(opts?: red.VarOptions): number | NDArray { return red.std(this, opts as any); }
  /**
   * `x.var()` or `x.var({ axis, keepdims, ddof })`.
   * @example
   * np.array([1, 2, 3, 4]).var() // → 1.25
   * np.array([1, 2, 3, 4]).var({ ddof: 1 }) // → 1.6666666666666667
   */
  var(): number;
  var(opts: red.VarOptions): NDArray;
  var(opts?: red.VarOptions): number | NDArray { return red.var_(this, opts as any); }
  /**
   * `x.any()` or `x.any({ axis, keepdims })`.
   * @example
   * np.array([0, 0, 3]).any() // → true
   * np.array([[0, 1], [0, 0]]).any({ axis: 1 }) // → array([ True, False])
   */
  any(): boolean;
  any(opts: red.ReduceOptions): NDArray;
  any(opts?: red.ReduceOptions): boolean | NDArray { return red.any(this, opts as any); }
  /**
   * `x.all()` or `x.all({ axis, keepdims })`.
   * @example
   * np.array([1, 0, 3]).all() // → false
   * np.array([[1, 1], [0, 1]]).all({ axis: 0 }) // → array([False,  True])
   */
  all(): boolean;
  all(opts: red.ReduceOptions): NDArray;
  all(opts?: red.ReduceOptions): boolean | NDArray { return red.all(this, opts as any); }
  /**
   * Flat index of the largest element, or indices along `{ axis }`.
   * @example
   * np.array([[1, 5], [3, 2]]).argmax() // → 1
   * np.array([[1, 5], [3, 2]]).argmax({ axis: 0 }) // → array([1, 0])
   */
  argmax(): number;
  argmax(opts: red.ArgOptions): NDArray;
  argmax(opts?: red.ArgOptions): number | NDArray { return red.argmax(this, opts as any); }
  /**
   * Flat index of the smallest element, or indices along `{ axis }`.
   * @example
   * np.array([[1, 5], [3, 2]]).argmin() // → 0
   * np.array([[1, 5], [3, 2]]).argmin({ axis: 1 }) // → array([0, 1])
   */
  argmin(): number;
  argmin(opts: red.ArgOptions): NDArray;
  argmin(opts?: red.ArgOptions): number | NDArray { return red.argmin(this, opts as any); }
  /**
   * Cumulative sum, flattened or along `{ axis }`.
   * @example
   * np.array([[1, 2], [3, 4]]).cumsum() // → array([ 1,  3,  6, 10])
   * np.array([[1, 2], [3, 4]]).cumsum({ axis: 0 }) // → array([[1, 2],
   * //        [4, 6]])
   */
  cumsum(opts?: { axis?: number }): NDArray { return red.cumsum(this, opts); }

  // ---- linear algebra ----
  /**
   * `np.dot(x, y)`
   * @example
   * np.array([[1, 2], [3, 4]]).dot([[5], [6]]) // → array([[17],
   * //        [39]])
   */ dot(y: ArrayLike): NDArray { return la.dot(this, y); }

  // ---- numpy's other ndarray methods (sorting.ts, picking.ts, manipulation.ts) ----
  /** Sorts in place along an axis (the last by default), nan last; numpy's `x.sort()` returns None. @example const a = np.array([[3, 1], [2, 4]]); a.sort({ axis: 0 }); a // → array([[2, 1],
   * //        [3, 4]]) */
  sort(opts: { axis?: number } | number = {}): void { so.sortInPlace(this, typeof opts === "number" ? opts : opts.axis ?? -1); }
  /** Indices that sort along an axis (the last by default; `axis: null` flattens). @example np.array([[3, 1], [2, 4]]).argsort() // → array([[1, 0],
   * //        [0, 1]]) */
  argsort(opts: { axis?: number | null } | number | null = {}): NDArray { return so.argsort(this, opts); }
  /** Running product, flattened or along `{ axis }`. @example np.array([[1, 2], [3, 4]]).cumprod({ axis: 1 }) // → array([[ 1,  2],
   * //        [ 3, 12]]) */
  cumprod(opts?: { axis?: number | null }): NDArray { return red.cumprod(this, opts); }
  /** Each element repeated (flattened, or along `{ axis }`). @example np.array([[1, 2], [3, 4]]).repeat(2, { axis: 0 }) // → array([[1, 2],
   * //        [1, 2],
   * //        [3, 4],
   * //        [3, 4]]) */
  repeat(repeats: ArrayLike, opts: { axis?: number | null } | number = {}): NDArray { return sh.repeat(this, repeats, opts); }
  /** Rounded to `decimals` places, ties to even. @example np.array([1.234, 5.678]).round(2) // → array([1.23, 5.68]) */
  round(decimals = 0): NDArray { return uf.round(this, decimals); }
  /** Two axes swapped; a view. @example np.zeros([2, 3]).swapaxes(0, 1).shape // → [ 3, 2 ] */
  swapaxes(axis1: number, axis2: number): NDArray { return sh.swapaxes(this, axis1, axis2); }
  /** Elements at indices (of the flattened array, or along `{ axis }`). @example np.array([[1, 2, 3], [4, 5, 6]]).take([0, 2], { axis: 1 }) // → array([[1, 3],
   * //        [4, 6]]) */
  take(indices: ArrayLike, opts?: pk.TakeOptions | number): NDArray { return pk.take(this, indices, opts); }
  /** A diagonal, as np.diagonal; a view. @example np.arange(9).reshape(3, 3).diagonal({ offset: 1 }) // → array([1, 5]) */
  diagonal(opts?: pk.DiagonalOptions | number): NDArray { return pk.diagonal(this, opts); }
  /** Sum of a diagonal: a number for a 2-D array. @example np.arange(9).reshape(3, 3).trace() // → 12 */
  trace(opts?: pk.DiagonalOptions | number): any { return pk.trace(this, opts); }
  /** The elements as raw little-endian bytes (numpy's tobytes). @example np.arange(2).tobytes().length  // → 16 */
  tobytes(order: "C" | "F" | "A" = "C"): Uint8Array { return io.tobytes(this, order); }
  /** Writes the elements to a file, raw or as text with `sep` (numpy's tofile). @example x.tofile(path, { sep: " " })  // doctest: +SKIP */
  tofile(file: string | number, opts?: { sep?: string; format?: string }): void { io.tofile(this, file, opts); }
  /** The array itself: np runs on the CPU only (the array API's to_device). @example const onCpu = np.zeros(2); onCpu.toDevice("cpu") === onCpu // → true */
  toDevice(device: string): NDArray {
    if (device !== "cpu") throw new Error(`Unsupported device: ${device}. Only 'cpu' is accepted.`);
    return this;
  }
  /** The device the array lives on: always "cpu" (the array API's device). @example np.zeros(2).device // → 'cpu' */
  get device(): string { return "cpu"; }
  /** Indices of the non-zero elements, one int64 array per axis. @example np.array([[0, 1], [2, 0]]).nonzero()[1] // → array([1, 0]) */
  nonzero(): NDArray[] { return ix.nonzero(this); }
  /** `x @ y` @example np.array([[1, 2], [3, 4]]).matmul([1, 1]) // → array([3, 7]) */ matmul(y: ArrayLike): NDArray { return la.matmul(this, y); }
  /** Partitions in place around the kth positions (each lane sorted here: one valid answer). @example const p = np.array([3, 1, 2]); p.partition(1); p // → array([1, 2, 3]) */
  partition(kth: number | readonly number[], opts: { axis?: number } | number = {}): void { se.partitionInPlace(this, kth, opts); }
  /** Indices that partition along an axis, as np.argpartition. @example np.array([3, 1, 2]).argpartition(1) // → array([1, 2, 0]) */
  argpartition(kth: number | readonly number[], opts?: se.PartitionOptions | number | null): NDArray { return se.argpartition(this, kth, opts); }
  /** Where to insert values to keep this sorted 1-D array sorted, as np.searchsorted. @example np.array([1, 2, 3]).searchsorted(2) // → 1 */
  searchsorted(v: ArrayLike, opts?: se.SearchsortedOptions): any { return se.searchsorted(this, v as any, opts); }
  /** Picks from `choices` by this index array, as np.choose. @example np.array([0, 1, 0]).choose([[1, 2, 3], [10, 20, 30]]) // → array([ 1, 20,  3]) */
  choose(choices: ArrayLike, opts?: { mode?: "raise" | "wrap" | "clip" }): NDArray { return sl.choose(this, choices, opts); }
  /** The slices where `condition` holds, as np.compress(condition, x). @example np.array([[1, 2], [3, 4]]).compress([false, true], { axis: 0 }) // → array([[3, 4]]) */
  compress(condition: ArrayLike, opts?: { axis?: number | null } | number): NDArray { return sl.compress(condition, this, opts); }
  /** In place: `x.flat[ind] = v`, as np.put. @example const q = np.arange(4); q.put([0, 2], [-1, -2]); q // → array([-1,  1, -2,  3]) */
  put(ind: ArrayLike, v: ArrayLike, opts?: { mode?: "raise" | "wrap" | "clip" }): void { sl.put(this, ind, v, opts); }

  /**
   * Changes shape and size in place, keeping the elements in C order and filling new places with
   * zeros (numpy's `x.resize`; np.resize repeats instead). Only an array that owns its data can.
   * @example
   * const r = np.arange(3); r.resize([2, 3]); r // → array([[0, 1, 2],
   * //        [0, 0, 0]])
   */
  resize(...args: (number | readonly number[] | { refcheck?: boolean })[]): void {
    // numpy's refcheck keyword has nothing to check here: np cannot see other references
    const newShape = args.filter((a) => typeof a === "number" || Array.isArray(a)) as (number | number[])[];
    // a view that covers its whole buffer in C order (a reshape of a fresh array) counts as owning it
    if (!this.isContiguous && !this.T.isContiguous) throw new Error("resize only works on single-segment arrays");
    if (this.base !== null && !(this.isContiguous && this.offset === 0 && this.data.length === this.size)) throw new Error("cannot resize this array: it does not own its data");
    const shape = shapeArg(newShape.length === 0 ? [[]] : newShape);
    const n = sizeOf(shape);
    const data = alloc(this.dtype, n);
    const old = this.contiguousData();
    data.set(old.subarray(0, Math.min(n, old.length)));
    const self = this as { -readonly [K in keyof NDArray]: NDArray[K] };
    self.data = data;
    self.shape = shape;
    self.strides = cStrides(shape);
    self.offset = 0;
  }

  /** A new view of the same memory (numpy's `x.view()`); only the array's own dtype is supported. @example np.arange(3).view() // → array([0, 1, 2]) */
  view(dtype?: DType | string): NDArray {
    if (dtype !== undefined && toDType(dtype) !== this.dtype) throw new TypeError(`deepts: x.view('${dtype}') reinterprets bytes, which np does not support (only views of the array's own dtype)`);
    return new NDArray(this.data, [...this.shape], this.dtype, [...this.strides], this.offset, this.base ?? this);
  }


  /**
   * numpy's `str(x)`.
   * @example
   * np.array([[1, 2], [3, 4]]).toString() // → [[1 2]
   * //  [3 4]]
   */
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
  /** JSON form: nested lists, so results serialise. @example JSON.stringify(np.array([[1, 2], [3, 4]])) // → [[1,2],[3,4]] */
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
  // numpy assigns as if the value were copied first: `a.set("::-1", a)` reverses a
  if (src.data === dst.data && src.size > 0 && dst.size > 0 && overlaps(src, dst)) src = src.copy();
  const S = src.data;
  const D = dst.data;
  const bs = broadcastSrcStrides(src, dst.shape);
  const needCast = dst.dtype !== src.dtype && (dst.dtype === "bool" || dst.dtype === "int64" || (dst.dtype === "int32" && src.dtype !== "bool"));
  const dt = dst.dtype;
  if (!needCast && src.isContiguous && dst.isContiguous && src.shape.length === dst.shape.length && src.shape.every((d, i) => d === dst.shape[i])) {
    // one block copy, converting element types as assignment does
    copyRun(D, dst.offset, S, src.offset, dst.size);
    return;
  }
  forEachRun(dst.shape, [dst.strides, bs], [dst.offset, src.offset], (n, [od, os], [sd, ss]) => {
    if (needCast) for (let i = 0; i < n; i++, od += sd, os += ss) D[od] = castValue(S[os], dt);
    else for (let i = 0; i < n; i++, od += sd, os += ss) D[od] = S[os];
  });
}

/** Whether two views of one buffer may touch a common element (their spans of offsets meet). */
function overlaps(a: NDArray, b: NDArray): boolean {
  const span = (x: NDArray): [number, number] => {
    let lo = x.offset, hi = x.offset;
    for (let i = 0; i < x.shape.length; i++) {
      const reach = (x.shape[i] - 1) * x.strides[i];
      if (reach < 0) lo += reach;
      else hi += reach;
    }
    return [lo, hi];
  };
  const [alo, ahi] = span(a), [blo, bhi] = span(b);
  return alo <= bhi && blo <= ahi;
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


