// numpy's `np.random.RandomState` with NDArray results: the public samplers, argument handling and
// numpy's error texts on top of the draw-exact core in legacy.ts.

import { NDArray } from "../ndarray";
import { alloc } from "../storage";
import { asarray } from "../creation";
import type { ArrayLike } from "../ndarray";
import { LegacyRandomState } from "./legacy";
import { LegacySamplers } from "./samplers";
import { legacyChoice, ChoiceOptions } from "./choice";
import { Size, sizeShape, dimsShape, sizeOf, broadcastParams, isOptions, withOptions, isScalar, scalarize } from "./params";

/** Output storage for n doubles from np's allocator (WASM memory for big arrays), not yet cleared. */
const f64 = (n: number) => alloc("float64", n, false) as Float64Array;

export type { Size } from "./params";
export type { ChoiceOptions } from "./choice";

/** Options of `randint`: numpy's keyword arguments. */
export interface RandintOptions {
  high?: number | ArrayLike | null;
  size?: Size;
  /** "int64" (numpy's default on Linux) or "int32". */
  dtype?: "int64" | "int32";
}

/** Options of `normal`. */
export interface NormalOptions {
  loc?: number | ArrayLike;
  scale?: number | ArrayLike;
  size?: Size;
}

/** Options of `uniform`. */
export interface UniformOptions {
  low?: number | ArrayLike;
  high?: number | ArrayLike;
  size?: Size;
}

/** Buffers and arrays that shuffle accepts: an NDArray (in place along axis 0) or a JS array. */
export type Shuffleable = NDArray | unknown[];

/** numpy's int() of a randint bound: truncation, with Python's errors for nan and inf. */
export function toInt(v: number): number {
  if (Number.isNaN(v)) throw new Error("cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw new Error("cannot convert float infinity to integer");
  return Math.trunc(v);
}

/**
 * A legacy numpy random generator (`np.random.RandomState`): MT19937 seeded like numpy, producing the
 * same streams as numpy's `np.random.*` functions, bit for bit.
 *
 * @example
 * const rs = new np.random.RandomState(1);
 * rs.randn(5) // array([ 1.62434536, -0.61175641, -0.52817175, -1.07296862,  0.86540763])
 */
export class RandomState extends LegacySamplers {
  /** The draw-exact core (MT19937 state and the cached normal deviate). */
  readonly core: LegacyRandomState;

  constructor(seed?: number | readonly number[] | null) {
    super();
    this.core = new LegacyRandomState(seed ?? undefined);
    // Bound methods, so `const { randn } = np.random` works like in Python.
    for (const proto of [RandomState.prototype, LegacySamplers.prototype]) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        const f = (this as unknown as Record<string, unknown>)[name];
        if (name !== "constructor" && typeof f === "function") (this as unknown as Record<string, unknown>)[name] = f.bind(this);
      }
    }
  }

  /**
   * Reseeds the generator, like `np.random.seed(n)`: n is an integer in [0, 2**32) (or a list of them);
   * no argument seeds unpredictably. Also forgets the cached normal deviate.
   * @example np.random.seed(1)
   */
  seed(seed?: number | readonly number[] | NDArray | null): void {
    if (seed instanceof NDArray) {
      // numpy squeezes an array seed: one element seeds like an integer, a 1-D array like a list.
      if (seed.size === 1) return this.core.seed(seed.getFlat(0));
      if (seed.ndim !== 1) throw new Error(seed.size === 0 ? "Seed must be non-empty" : "Seed array must be 1-d");
      return this.core.seed(Array.from({ length: seed.size }, (_, i) => seed.getFlat(i)));
    }
    this.core.seed(seed);
  }

  /**
   * Uniform samples in [0, 1) of the given dimensions; no arguments gives one number.
   * @example np.random.rand(3, 2)   // a (3, 2) array
   * @example np.random.rand()       // 0.417022004702574 after np.random.seed(1)
   */
  rand(): number;
  rand(...dims: number[]): NDArray;
  rand(...dims: number[]): NDArray | number {
    if (dims.length === 0) return this.core.randomDouble();
    const shape = dimsShape(dims);
    return NDArray.fromData(this.core.fillDouble(sizeOf(shape), f64(sizeOf(shape))), shape, "float64");
  }

  /**
   * Standard normal samples (mean 0, variance 1) of the given dimensions; no arguments gives one number.
   * @example np.random.seed(1); np.random.randn(5) // [ 1.62434536 -0.61175641 -0.52817175 -1.07296862  0.86540763]
   */
  randn(): number;
  randn(...dims: number[]): NDArray;
  randn(...dims: number[]): NDArray | number {
    if (dims.length === 0) return this.core.gauss();
    const shape = dimsShape(dims);
    return NDArray.fromData(this.core.fillGauss(sizeOf(shape), f64(sizeOf(shape))), shape, "float64");
  }

  /**
   * Uniform samples in [0, 1) with shape `size` (numpy's `random(size=None)`); no size gives one number.
   * @example np.random.random([2, 2])
   * @example np.random.random({ size: 3 })
   */
  random(): number;
  random(size: number | readonly number[] | { size?: Size }): NDArray;
  random(size?: Size | { size?: Size }): NDArray | number;
  random(size?: Size | { size?: Size }): NDArray | number {
    const s = isOptions(size) ? (size as { size?: Size }).size : (size as Size);
    if (s === undefined || s === null) return this.core.randomDouble();
    const shape = sizeShape(s);
    return NDArray.fromData(this.core.fillDouble(sizeOf(shape), f64(sizeOf(shape))), shape, "float64");
  }

  /** Same as `random(size)` (numpy's `random_sample`). @example np.random.randomSample(4) */
  randomSample(): number;
  randomSample(size: number | readonly number[] | { size?: Size }): NDArray;
  randomSample(size?: Size | { size?: Size }): NDArray | number {
    return this.random(size);
  }

  /** Standard normal samples with shape `size` (numpy's `standard_normal`). @example np.random.standardNormal([2, 3]) */
  standardNormal(): number;
  standardNormal(size: number | readonly number[] | { size?: Size }): NDArray;
  standardNormal(size?: Size | { size?: Size }): NDArray | number {
    const s = isOptions(size) ? (size as { size?: Size }).size : (size as Size);
    if (s === undefined || s === null) return this.core.gauss();
    const shape = sizeShape(s);
    return NDArray.fromData(this.core.fillGauss(sizeOf(shape), f64(sizeOf(shape))), shape, "float64");
  }

  /**
   * Random integers on the closed interval [low, high] (or [1, low] when high is omitted), numpy's
   * deprecated `random_integers`: the draws of `randint(low, high + 1)`, with numpy's warning.
   * @example
   * np.random.seed(0); np.random.randomIntegers(2, 4, 5) // → array([2, 3, 2, 3, 3])
   */
  randomIntegers(low: number, high?: number | null): number;
  randomIntegers(low: number | ArrayLike, high: number | null | undefined, size: Size): NDArray;
  randomIntegers(low: number | ArrayLike, opts: { high?: number | null; size?: Size }): NDArray | number;
  randomIntegers(low: number | ArrayLike, high: number | null, opts: { size?: Size }): NDArray | number;
  randomIntegers(...args: unknown[]): NDArray | number {
    const o = withOptions<{ low: number | ArrayLike; high?: number | null; size?: Size }>(args, ["low", "high", "size"]);
    const hi = o.high ?? null;
    const [lo, top] = hi === null ? [1, o.low] : [o.low, hi];
    // numpy takes int(high): only a number (or a one-element array) is accepted
    const t = scalarize(top as number | ArrayLike);
    if (!isScalar(t)) throw new TypeError("only 0-dimensional arrays can be converted to Python scalars");
    const shown = hi === null ? `1, ${o.low}` : `${o.low}, ${hi}`;
    console.warn(`DeprecationWarning: This function is deprecated. Please call randint(${shown} + 1) instead`);
    return this.randint(lo as number | ArrayLike, toInt(t as number) + 1, (o.size ?? null) as never);
  }

  /**
   * Random integers in [low, high) (or [0, low) when high is omitted), dtype int64, drawn like numpy's
   * legacy `randint`. Without `size`, one plain number.
   * @example np.random.randint(10)                 // one integer in [0, 10)
   * @example np.random.randint(0, 10, [2, 3])      // a (2, 3) int64 array
   * @example np.random.randint(5, { size: 4 })     // numpy's randint(5, size=4)
   */
  randint(low: number, high?: number | null): number;
  randint(low: number | ArrayLike, high: number | ArrayLike | null | undefined, size: number | readonly number[], opts?: RandintOptions): NDArray;
  randint(low: number | ArrayLike, opts: RandintOptions & { size: number | readonly number[] }): NDArray;
  randint(low: number | ArrayLike, high: number | ArrayLike | null, opts: RandintOptions & { size: number | readonly number[] }): NDArray;
  randint(low: number | ArrayLike, high?: number | ArrayLike | null | RandintOptions, size?: Size | RandintOptions, opts?: RandintOptions): NDArray | number;
  randint(...args: unknown[]): NDArray | number {
    const o = withOptions<RandintOptions & { low: number | ArrayLike }>(args, ["low", "high", "size", "dtype"]);
    let low = o.low as number | ArrayLike;
    let high = o.high ?? null;
    const size = o.size ?? null;
    const dtype = o.dtype ?? "int64";
    if (dtype !== "int64" && dtype !== "int32") throw new TypeError(`Unsupported dtype dtype('${String(dtype)}') for randint`);
    if (high === null) {
      high = low;
      low = 0;
    }
    const [lb, ub] = dtype === "int64" ? [-(2 ** 63), 2 ** 63] : [-(2 ** 31), 2 ** 31];
    const make = (data: Float64Array, shape: number[]) =>
      dtype === "int64" ? NDArray.fromData(data, shape, "int64") : NDArray.fromData(Int32Array.from(data), shape, "int32");
    low = scalarize(low);
    high = scalarize(high);

    if (size !== null && sizeOf(sizeShape(size)) === 0) return make(new Float64Array(0), sizeShape(size));
    if (isScalar(low) && isScalar(high)) {
      const lo = toInt(low);
      const hi = toInt(high); // numpy draws on the closed interval [low, high - 1]
      if (lo < lb) throw new Error(`low is out of bounds for ${dtype}`);
      if (hi > ub) throw new Error(`high is out of bounds for ${dtype}`);
      if (lo >= hi) throw new Error(lo === 0 ? "high <= 0" : "low >= high");
      // Integer doubles: hi - lo is exact below 2^53; wider spans are computed in BigInt.
      const rng = hi - lo <= 2 ** 53 ? hi - lo - 1 : BigInt(hi) - BigInt(lo) - 1n;
      if (size === null) return this.core.boundedFill(lo, rng, 1)[0];
      const shape = sizeShape(size);
      return make(this.core.boundedFill(lo, rng, sizeOf(shape)), shape);
    }
    // Array bounds: one draw per output element with that element's range (numpy's broadcast path).
    const { shape, values } = broadcastParams([low as ArrayLike, high as ArrayLike], size);
    const [lows, highs] = values.map((v) => v.map(toInt));
    const lowArr = asarray(low as ArrayLike);
    for (let i = 0; i < lowArr.size; i++) if (toInt(lowArr.getFlat(i)) < lb) throw new Error(`low is out of bounds for ${dtype}`);
    const highArr = asarray(high as ArrayLike);
    for (let i = 0; i < highArr.size; i++) if (toInt(highArr.getFlat(i)) > ub) throw new Error(`high is out of bounds for ${dtype}`);
    if (lows.some((l, i) => l >= highs[i])) {
      let anyLow = false;
      for (let i = 0; i < lowArr.size; i++) if (lowArr.getFlat(i) !== 0) anyLow = true;
      throw new Error(anyLow ? "low >= high" : "high <= 0");
    }
    const out = f64(lows.length);
    const one = new Float64Array(1);
    for (let i = 0; i < out.length; i++) out[i] = this.core.boundedFill(lows[i], highs[i] - 1 - lows[i], 1, one)[0];
    return make(out, shape);
  }

  /**
   * A random permutation: of 0..n-1 for an integer, or a shuffled copy of an array (rows permuted
   * for 2-D and up).
   * @example np.random.permutation(10)
   * @example np.random.permutation([1, 4, 9, 12, 15])
   */
  permutation(x: number | ArrayLike): NDArray {
    if (typeof x === "number") {
      if (!Number.isInteger(x)) throw new Error("x must be an integer or at least 1-dimensional");
      return NDArray.fromData(this.core.permutation(x), [Math.max(x, 0)], "int64");
    }
    const arr = asarray(x);
    if (arr.ndim < 1) throw new Error("x must be an integer or at least 1-dimensional");
    if (arr.ndim === 1) {
      const out = arr.copy();
      this.core.shuffleStrided(out);
      return out;
    }
    // numpy shuffles an index array and gathers rows with it.
    const idx = this.core.permutation(arr.shape[0]);
    const src = arr.copy();
    const out = src.copy();
    const row = src.size / arr.shape[0];
    for (let r = 0; r < idx.length; r++) out.data.set(src.data.subarray(idx[r] * row, (idx[r] + 1) * row), r * row);
    return out;
  }

  /**
   * Shuffles in place along the first axis (rows of a 2-D array), like numpy's legacy `shuffle`.
   * Works on NDArrays (views included) and plain JS arrays.
   * @example const x = np.arange(10); np.random.shuffle(x)
   */
  shuffle(x: Shuffleable): void {
    if (x instanceof NDArray) {
      if (x.ndim === 0) throw new TypeError("len() of unsized object");
      this.core.shuffleStrided(x);
    } else {
      this.core.shuffleList(x);
    }
  }

  /**
   * Random samples from `a` (an integer n means 0..n-1, else a 1-D array), with or without
   * replacement, optionally weighted by `p`. Without `size`, one plain number.
   * @example np.random.choice(5, { size: 3, replace: false })
   * @example np.random.choice([10, 20, 30], { size: 4, p: [0.5, 0.25, 0.25] })
   */
  choice(a: number | ArrayLike): number;
  choice(a: number | ArrayLike, opts: ChoiceOptions & { size: number | readonly number[] }): NDArray;
  choice(a: number | ArrayLike, size: number | readonly number[], replace?: boolean, p?: ArrayLike | null): NDArray;
  choice(a: number | ArrayLike, opts?: ChoiceOptions | Size, replace?: boolean, p?: ArrayLike | null): NDArray | number;
  choice(a: number | ArrayLike, opts?: ChoiceOptions | Size, replace?: boolean, p?: ArrayLike | null): NDArray | number {
    const o: ChoiceOptions = isOptions(opts) ? (opts as ChoiceOptions) : { size: opts as Size, replace, p };
    return legacyChoice(this.core, a, o);
  }

  /**
   * Normal (Gaussian) samples: loc + scale * standard normal. Parameters may be arrays (broadcast).
   * @example np.random.normal(0, 0.01, [3, 2])
   * @example np.random.normal({ loc: 5, scale: 2, size: 3 })
   */
  normal(loc?: number, scale?: number): number;
  normal(loc: number | ArrayLike | undefined, scale: number | ArrayLike | undefined, size: number | readonly number[]): NDArray;
  normal(opts: NormalOptions & { size: number | readonly number[] }): NDArray;
  normal(loc?: number | ArrayLike | NormalOptions, scale?: number | ArrayLike | NormalOptions, size?: Size | NormalOptions): NDArray | number;
  normal(...args: unknown[]): NDArray | number {
    const o = withOptions<NormalOptions>(args, ["loc", "scale", "size"]);
    const loc = scalarize(o.loc ?? 0);
    const scale = scalarize(o.scale ?? 1);
    const size = o.size ?? null;
    if (isScalar(loc) && isScalar(scale)) {
      if (!Number.isNaN(scale) && (scale < 0 || Object.is(scale, -0))) throw new Error("scale < 0");
      if (size === null) return loc + scale * this.core.gauss();
      const shape = sizeShape(size);
      const out = f64(sizeOf(shape));
      for (let i = 0; i < out.length; i++) out[i] = loc + scale * this.core.gauss();
      return NDArray.fromData(out, shape, "float64");
    }
    const { shape, values } = broadcastParams([loc, scale], size);
    const [locs, scales] = values;
    const scaleArr = asarray(scale as ArrayLike, { dtype: "float64" });
    for (let i = 0; i < scaleArr.size; i++) {
      const s = scaleArr.getFlat(i);
      if (s < 0 || Object.is(s, -0)) throw new Error("scale < 0");
    }
    const out = f64(locs.length);
    for (let i = 0; i < out.length; i++) out[i] = locs[i] + scales[i] * this.core.gauss();
    return NDArray.fromData(out, shape, "float64");
  }

  /**
   * Uniform samples in [low, high): low + (high - low) * random(). Parameters may be arrays (broadcast).
   * @example np.random.uniform(-1, 1, 5)
   * @example np.random.uniform({ low: 2, high: 3, size: [2, 2] })
   */
  uniform(low?: number, high?: number): number;
  uniform(low: number | ArrayLike | undefined, high: number | ArrayLike | undefined, size: number | readonly number[]): NDArray;
  uniform(opts: UniformOptions & { size: number | readonly number[] }): NDArray;
  uniform(low?: number | ArrayLike | UniformOptions, high?: number | ArrayLike | UniformOptions, size?: Size | UniformOptions): NDArray | number;
  uniform(...args: unknown[]): NDArray | number {
    const o = withOptions<UniformOptions>(args, ["low", "high", "size"]);
    const low = scalarize(o.low ?? 0);
    const high = scalarize(o.high ?? 1);
    const size = o.size ?? null;
    if (isScalar(low) && isScalar(high)) {
      const range = high - low;
      if (!Number.isFinite(range)) throw new Error("Range exceeds valid bounds");
      if (size === null) return low + range * this.core.randomDouble();
      const shape = sizeShape(size);
      const out = f64(sizeOf(shape));
      for (let i = 0; i < out.length; i++) out[i] = low + range * this.core.randomDouble();
      return NDArray.fromData(out, shape, "float64");
    }
    const { shape, values } = broadcastParams([low, high], size);
    const [lows, highs] = values;
    const ranges = lows.map((l, i) => highs[i] - l);
    if (ranges.some((r) => !Number.isFinite(r))) throw new Error("Range exceeds valid bounds");
    const out = f64(lows.length);
    for (let i = 0; i < out.length; i++) out[i] = lows[i] + ranges[i] * this.core.randomDouble();
    return NDArray.fromData(out, shape, "float64");
  }
}
