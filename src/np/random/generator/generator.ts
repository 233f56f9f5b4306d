// numpy's `np.random.Generator` on PCG64, with NDArray results: each method makes the same draws in
// the same order as numpy 2's Generator, so seeded streams agree bit for bit.

import { NDArray } from "../../ndarray";
import { alloc } from "../../storage";
import { asarray } from "../../creation";
import type { ArrayLike } from "../../ndarray";
import { normAxis } from "../../shape";
import { Size, sizeShape, sizeOf, broadcastParams } from "../params";
import { isOptions, withOptions, isScalar, scalarize } from "../params";
import { toInt } from "../state";
import { PCG64, Seed } from "./pcg64";
import { standardNormal, standardExponential, standardNormalF, standardExponentialF, nextFloat } from "./ziggurat";
import { standardGamma, beta, poisson, binomial } from "./distributions";
import { boundedDraw, thresholdFor } from "./bounded";
import { shuffleAxis, shuffleList, shuffleLane, laneOffsets } from "./shuffle";
import { generatorChoice, GeneratorChoiceOptions } from "./choice";
import { FloatDType, floatDType, SizeArg, sizeOfArg, boundsError, Constraint, nonNegative, positive, bounded01, poissonLam, check } from "./checks";

/** Output storage for n doubles from np's allocator (WASM memory for big arrays), not yet cleared. */
const f64 = (n: number) => alloc("float64", n, false) as Float64Array;

/** Options of `integers`: numpy's keyword arguments. */
export interface IntegersOptions {
  high?: number | ArrayLike | null;
  size?: Size;
  /** "int64" (numpy's default) or "int32". */
  dtype?: "int64" | "int32";
  /** Include high (closed interval [low, high]). */
  endpoint?: boolean;
}

/**
 * numpy's `np.random.Generator`: the modern sampler API on a PCG64 bit generator. Make one with
 * `np.random.defaultRng(seed)`.
 *
 * @example
 * const rng = np.random.defaultRng(42);
 * rng.random(3) // → array([0.77395605, 0.43887844, 0.85859792])
 */
export class Generator {
  readonly bitGenerator: PCG64;

  constructor(bitGenerator: PCG64) {
    this.bitGenerator = bitGenerator;
  }

  /** Values from `draw`: one number without size, else an NDArray of shape size. */
  private sample(size: Size, draw: () => number, dtype: FloatDType = "float64"): NDArray | number {
    if (size === undefined || size === null) return draw();
    const shape = sizeShape(size);
    const n = sizeOf(shape);
    const out = dtype === "float32" ? new Float32Array(n) : f64(n);
    for (let i = 0; i < n; i++) out[i] = draw();
    return NDArray.fromData(out, shape, dtype);
  }

  /** n uniform doubles in [0, 1). */
  private uniforms = (n: number): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.bitGenerator.nextDouble();
    return out;
  };

  /**
   * Uniform floats in [0, 1): the top 53 bits of a 64-bit output over 2^53 (float32: 24 bits of a
   * 32-bit output). Without size, one number.
   * @example np.random.defaultRng(42).random() // → 0.7739560485559633
   * @example np.random.defaultRng(42).random([2, 2]) // → array([[0.77395605, 0.43887844],
   *   //        [0.85859792, 0.69736803]])
   */
  random(): number;
  random(size: number | readonly number[] | { size?: Size; dtype?: "float64" | "float32" }, opts?: { dtype?: "float64" | "float32" }): NDArray;
  random(size?: SizeArg | { dtype?: "float64" | "float32" }, opts?: { dtype?: "float64" | "float32" }): NDArray | number;
  random(size?: SizeArg | { dtype?: "float64" | "float32" }, opts: { dtype?: "float64" | "float32" } = {}): NDArray | number {
    const dtype = floatDType(size, opts, "random");
    const bg = this.bitGenerator;
    return this.sample(sizeOfArg(size as SizeArg), dtype === "float32" ? () => nextFloat(bg) : () => bg.nextDouble(), dtype);
  }

  /**
   * Random integers in [low, high) ([low, high] with `endpoint: true`; [0, low) when high is omitted),
   * dtype int64, drawn by Lemire's method like numpy. Without size, one number.
   * @example np.random.defaultRng(42).integers(0, 10, 5) // → array([0, 7, 6, 4, 4])
   * @example np.random.defaultRng(42).integers(6, { size: 3, endpoint: true }) // → array([0, 5, 4])
   */
  integers(low: number, high?: number | null): number;
  integers(low: number | ArrayLike, high: number | ArrayLike | null | undefined, size: number | readonly number[], opts?: IntegersOptions): NDArray;
  integers(low: number | ArrayLike, opts: IntegersOptions & { size: number | readonly number[] }): NDArray;
  integers(low: number | ArrayLike, high: number | ArrayLike | null, opts: IntegersOptions & { size: number | readonly number[] }): NDArray;
  integers(low: number | ArrayLike, high?: number | ArrayLike | null | IntegersOptions, size?: Size | IntegersOptions, opts?: IntegersOptions): NDArray | number;
  integers(...args: unknown[]): NDArray | number {
    const o = withOptions<IntegersOptions & { low: number | ArrayLike }>(args, ["low", "high", "size", "dtype", "endpoint"]);
    let low = o.low as number | ArrayLike;
    let high = o.high ?? null;
    const size = o.size ?? null;
    const dtype = o.dtype ?? "int64";
    const closed = o.endpoint ?? false;
    if (dtype !== "int64" && dtype !== "int32") throw new TypeError(`Unsupported dtype dtype('${String(dtype)}') for integers`);
    if (high === null) {
      high = low;
      low = 0;
    }
    const [lb, ub] = dtype === "int64" ? [-(2 ** 63), 2 ** 63 - 1] : [-(2 ** 31), 2 ** 31 - 1];
    const make = (data: Float64Array, shape: number[]) =>
      dtype === "int64" ? NDArray.fromData(data, shape, "int64") : NDArray.fromData(Int32Array.from(data), shape, "int32");
    low = scalarize(low);
    high = scalarize(high);
    const bg = this.bitGenerator;
    /** Draws off + [0, rng] for bounds lo..high (high excluded unless closed). */
    const drawer = (lo: number, high: number) => {
      let rng: number | bigint;
      if (high - lo <= 2 ** 53 - (closed ? 1 : 0)) rng = high - lo - (closed ? 0 : 1);
      else {
        // Exact in BigInt; a bound written 2**63 - 1 is 2**63 as a JS number: read it as int64's largest value.
        const hb = closed && high >= 2 ** 63 ? 2n ** 63n - 1n : BigInt(high) - (closed ? 0n : 1n);
        rng = hb - BigInt(lo);
      }
      const thr = thresholdFor(rng);
      return () => {
        const v = boundedDraw(bg, rng, thr);
        // numpy adds in uint64 and reinterprets as int64
        return typeof v === "bigint" ? Number(BigInt.asIntN(64, BigInt(lo) + v)) : lo + v;
      };
    };

    if (size !== null && sizeOf(sizeShape(size)) === 0) return make(new Float64Array(0), sizeShape(size));
    if (isScalar(low) && isScalar(high)) {
      const lo = toInt(low);
      const hi = toInt(high) - (closed ? 0 : 1);
      if (lo < lb) throw new Error(`low is out of bounds for ${dtype}`);
      if (hi > ub) throw new Error(`high is out of bounds for ${dtype}`);
      if (lo > hi) throw new Error(boundsError(closed, lo !== 0));
      const draw = drawer(lo, toInt(high));
      if (size === null) return draw();
      const shape = sizeShape(size);
      const out = f64(sizeOf(shape));
      for (let i = 0; i < out.length; i++) out[i] = draw();
      return make(out, shape);
    }
    // Array bounds: one draw per output element with that element's range, in C order.
    const { shape, values } = broadcastParams([low as ArrayLike, high as ArrayLike], size);
    const [lows, highs] = values.map((v) => v.map(toInt));
    const lowArr = asarray(low as ArrayLike);
    const highArr = asarray(high as ArrayLike);
    for (let i = 0; i < lowArr.size; i++) if (toInt(lowArr.getFlat(i)) < lb) throw new Error(`low is out of bounds for ${dtype}`);
    for (let i = 0; i < highArr.size; i++) if (toInt(highArr.getFlat(i)) - (closed ? 0 : 1) > ub) throw new Error(`high is out of bounds for ${dtype}`);
    if (lows.some((l, i) => l > highs[i] - (closed ? 0 : 1))) {
      let anyLow = false;
      for (let i = 0; i < lowArr.size; i++) if (lowArr.getFlat(i) !== 0) anyLow = true;
      throw new Error(boundsError(closed, anyLow));
    }
    const out = f64(lows.length);
    for (let i = 0; i < out.length; i++) out[i] = drawer(lows[i], highs[i])();
    return make(out, shape);
  }

  /**
   * Standard normal samples (mean 0, variance 1) by numpy's ziggurat; `dtype: "float32"` uses numpy's
   * float32 ziggurat (a different stream). Without size, one number.
   * @example np.random.defaultRng(42).standardNormal(3) // → array([ 0.30471708, -1.03998411,  0.7504512 ])
   */
  standardNormal(): number;
  standardNormal(size: number | readonly number[] | { size?: Size; dtype?: FloatDType }, opts?: { dtype?: FloatDType }): NDArray;
  standardNormal(size?: SizeArg | { dtype?: FloatDType }, opts: { dtype?: FloatDType } = {}): NDArray | number {
    const dtype = floatDType(size, opts, "standard_normal");
    const bg = this.bitGenerator;
    return this.sample(sizeOfArg(size as SizeArg), dtype === "float32" ? () => standardNormalF(bg) : () => standardNormal(bg), dtype);
  }

  /**
   * Normal samples loc + scale * standardNormal(). Parameters may be arrays (broadcast).
   * @example np.random.defaultRng(42).normal(10, 2, 3) // → array([10.60943416,  7.92003179, 11.50090239])
   * @example np.random.defaultRng(0).normal({ loc: [0, 100], scale: 1 }) // → array([ 0.12573022, 99.86789514])
   */
  normal(loc?: number, scale?: number): number;
  normal(loc: number | ArrayLike | undefined, scale: number | ArrayLike | undefined, size: number | readonly number[]): NDArray;
  normal(opts: { loc?: number | ArrayLike; scale?: number | ArrayLike; size?: Size }): NDArray | number;
  normal(loc?: number | ArrayLike | object, scale?: number | ArrayLike | object, size?: Size | object): NDArray | number;
  normal(...args: unknown[]): NDArray | number {
    const o = withOptions<{ loc: number | ArrayLike; scale: number | ArrayLike; size: Size }>(args, ["loc", "scale", "size"]);
    const bg = this.bitGenerator;
    return this.cont([o.loc ?? 0, o.scale ?? 1], [null, nonNegative("scale")], o.size ?? null, (a, b) => a + b * standardNormal(bg));
  }

  /**
   * Uniform samples in [low, high): low + (high - low) * random(). Parameters may be arrays (broadcast).
   * @example np.random.defaultRng(42).uniform(-1, 1, 3) // → array([ 0.5479121 , -0.12224312,  0.71719584])
   */
  uniform(low?: number, high?: number): number;
  uniform(low: number | ArrayLike | undefined, high: number | ArrayLike | undefined, size: number | readonly number[]): NDArray;
  uniform(opts: { low?: number | ArrayLike; high?: number | ArrayLike; size?: Size }): NDArray | number;
  uniform(low?: number | ArrayLike | object, high?: number | ArrayLike | object, size?: Size | object): NDArray | number;
  uniform(...args: unknown[]): NDArray | number {
    const o = withOptions<{ low: number | ArrayLike; high: number | ArrayLike; size: Size }>(args, ["low", "high", "size"]);
    const low = scalarize(o.low ?? 0);
    const high = scalarize(o.high ?? 1);
    const bg = this.bitGenerator;
    if (isScalar(low) && isScalar(high)) {
      const range = high - low;
      if (!Number.isFinite(range)) throw new Error("high - low range exceeds valid bounds");
      check(range, nonNegative("high - low"));
      return this.sample(o.size ?? null, () => low + range * bg.nextDouble());
    }
    // numpy draws with the range high - low computed once per element.
    const { shape, values } = broadcastParams([low, high], o.size ?? null);
    const ranges = values[1].map((h, i) => h - values[0][i]);
    if (ranges.some((r) => !Number.isFinite(r))) throw new Error("Range exceeds valid bounds");
    check(asarray(high as ArrayLike, { dtype: "float64" }).sub(asarray(low as ArrayLike, { dtype: "float64" })), nonNegative("high - low"));
    const out = f64(ranges.length);
    for (let i = 0; i < out.length; i++) out[i] = values[0][i] + ranges[i] * bg.nextDouble();
    return NDArray.fromData(out, shape, "float64");
  }

  /**
   * Standard exponential samples (rate 1) by numpy's ziggurat (`dtype: "float32"`: its float32 one).
   * Without size, one number.
   * @example np.random.defaultRng(42).standardExponential(3) // → array([2.4042086 , 2.33618966, 2.384761  ])
   */
  standardExponential(): number;
  standardExponential(size: number | readonly number[] | { size?: Size; dtype?: FloatDType }, opts?: { dtype?: FloatDType }): NDArray;
  standardExponential(size?: SizeArg | { dtype?: FloatDType }, opts: { dtype?: FloatDType } = {}): NDArray | number {
    const dtype = floatDType(size, opts, "standard_exponential");
    const bg = this.bitGenerator;
    return this.sample(sizeOfArg(size as SizeArg), dtype === "float32" ? () => standardExponentialF(bg) : () => standardExponential(bg), dtype);
  }

  /**
   * Exponential samples scale * standardExponential(). `scale` may be an array (broadcast).
   * @example np.random.defaultRng(42).exponential(2, 3) // → array([4.80841721, 4.67237931, 4.769522  ])
   */
  exponential(scale?: number): number;
  exponential(scale: number | ArrayLike | undefined, size: number | readonly number[]): NDArray;
  exponential(opts: { scale?: number | ArrayLike; size?: Size }): NDArray | number;
  exponential(scale?: number | ArrayLike | object, size?: Size | object): NDArray | number;
  exponential(...args: unknown[]): NDArray | number {
    const o = withOptions<{ scale: number | ArrayLike; size: Size }>(args, ["scale", "size"]);
    const bg = this.bitGenerator;
    return this.cont([o.scale ?? 1], [nonNegative("scale")], o.size ?? null, (s) => s * standardExponential(bg));
  }

  /**
   * A sampler with parameters (numbers or arrays, broadcast in C order like numpy's `cont` and `disc`),
   * each checked against its constraint first; int64 output for the discrete ones.
   */
  private cont(params: (number | ArrayLike)[], constraints: (Constraint | null)[], size: Size, draw: (...p: number[]) => number, dtype: "float64" | "int64" = "float64"): NDArray | number {
    const ps = params.map(scalarize);
    ps.forEach((p, i) => constraints[i] && check(p, constraints[i] as Constraint));
    if (ps.every(isScalar)) {
      const args = ps as number[];
      if (size === undefined || size === null) return draw(...args);
      const shape = sizeShape(size);
      const out = f64(sizeOf(shape));
      for (let i = 0; i < out.length; i++) out[i] = draw(...args);
      return NDArray.fromData(out, shape, dtype);
    }
    const { shape, values } = broadcastParams(ps, size);
    const out = f64(values[0].length);
    for (let i = 0; i < out.length; i++) out[i] = draw(...values.map((v) => v[i]));
    return NDArray.fromData(out, shape, dtype);
  }

  /**
   * Standard gamma samples with the given shape (Marsaglia-Tsang for shape >= 1). `shape` may be an array.
   * @example np.random.defaultRng(42).standardGamma(2, 3) // → array([2.09181727, 2.83534559, 1.83721558])
   */
  standardGamma(shape: number): number;
  standardGamma(shape: number | ArrayLike, size?: Size | { size?: Size }): NDArray | number;
  standardGamma(shape: number | ArrayLike, size?: Size | { size?: Size }): NDArray | number {
    const bg = this.bitGenerator;
    return this.cont([shape], [nonNegative("shape")], sizeOfArg(size) ?? null, (k) => standardGamma(bg, k));
  }

  /**
   * Gamma samples: scale * standardGamma(shape). Parameters may be arrays.
   * @example np.random.defaultRng(42).gamma(2, 3, 3) // → array([6.27545181, 8.50603677, 5.51164674])
   */
  gamma(shape: number, scale?: number): number;
  gamma(shape: number | ArrayLike, scale: number | ArrayLike | undefined, size: number | readonly number[]): NDArray;
  gamma(shape: number | ArrayLike, opts: { scale?: number | ArrayLike; size?: Size }): NDArray | number;
  gamma(...args: unknown[]): NDArray | number {
    const o = withOptions<{ shape: number | ArrayLike; scale: number | ArrayLike; size: Size }>(args, ["shape", "scale", "size"]);
    const bg = this.bitGenerator;
    return this.cont([o.shape as number, o.scale ?? 1], [nonNegative("shape"), nonNegative("scale")], o.size ?? null, (k, s) => s * standardGamma(bg, k));
  }

  /**
   * Beta samples with parameters a, b > 0 (Johnk's algorithm when both are <= 1, else a ratio of gammas).
   * @example np.random.defaultRng(42).beta(2, 5, 3) // → array([0.24395464, 0.28406092, 0.39027204])
   */
  beta(a: number, b: number): number;
  beta(a: number | ArrayLike, b: number | ArrayLike, size?: Size | { size?: Size }): NDArray | number;
  beta(a: number | ArrayLike, b: number | ArrayLike, size?: Size | { size?: Size }): NDArray | number {
    const bg = this.bitGenerator;
    return this.cont([a, b], [positive("a"), positive("b")], sizeOfArg(size) ?? null, (x, y) => beta(bg, x, y));
  }

  /**
   * Poisson samples with mean `lam` (int64). `lam` may be an array.
   * @example np.random.defaultRng(42).poisson(4, 5) // → array([6, 3, 6, 8, 1])
   */
  poisson(lam?: number): number;
  poisson(lam: number | ArrayLike | undefined, size: Size | { size?: Size }): NDArray | number;
  poisson(lam: number | ArrayLike = 1, size?: Size | { size?: Size }): NDArray | number {
    const bg = this.bitGenerator;
    return this.cont([lam], [poissonLam], sizeOfArg(size) ?? null, (l) => poisson(bg, l), "int64");
  }

  /**
   * Binomial samples: successes in n trials of probability p (int64). Parameters may be arrays.
   * @example np.random.defaultRng(42).binomial(10, 0.3, 5) // → array([4, 3, 5, 4, 1])
   */
  binomial(n: number, p: number): number;
  binomial(n: number | ArrayLike, p: number | ArrayLike, size?: Size | { size?: Size }): NDArray | number;
  binomial(n: number | ArrayLike, p: number | ArrayLike, size?: Size | { size?: Size }): NDArray | number {
    const bg = this.bitGenerator;
    // numpy checks p before n, and reads n as an int64 (truncating).
    const nn = isScalar(scalarize(n)) ? Math.trunc(scalarize(n) as number) : n;
    return this.cont([p, nn], [bounded01("p"), nonNegative("n")], sizeOfArg(size) ?? null, (q, k) => binomial(bg, q, Math.trunc(k)), "int64");
  }

  /**
   * Random samples from `a` (an integer n means 0..n-1, else an array, picked along `axis`), with or
   * without replacement, optionally weighted by `p`. Without size, one number (or one subarray).
   * @example np.random.defaultRng(42).choice(5, { size: 3 }) // → array([0, 3, 3])
   * @example np.random.defaultRng(42).choice([10, 20, 30, 40], { size: 2, replace: false }) // → array([10, 40])
   * @example np.random.defaultRng(42).choice(np.arange(12).reshape(4, 3), { size: 2 }) // → array([[ 0,  1,  2],
   *   //        [ 9, 10, 11]])
   */
  choice(a: number | ArrayLike): number;
  choice(a: number | ArrayLike, opts: GeneratorChoiceOptions & { size: number | readonly number[] }): NDArray;
  choice(a: number | ArrayLike, size: number | readonly number[], replace?: boolean, p?: ArrayLike | null): NDArray;
  choice(a: number | ArrayLike, opts?: GeneratorChoiceOptions | Size, replace?: boolean, p?: ArrayLike | null): NDArray | number;
  choice(a: number | ArrayLike, opts?: GeneratorChoiceOptions | Size, replace?: boolean, p?: ArrayLike | null): NDArray | number {
    const o: GeneratorChoiceOptions = isOptions(opts) ? (opts as GeneratorChoiceOptions) : { size: opts as Size, replace, p };
    return generatorChoice(this.bitGenerator, this.uniforms, a, o);
  }

  /**
   * Shuffles in place along `axis` (default 0): elements of a 1-D array, rows of a 2-D one; also plain JS arrays.
   * @example const x = np.arange(5); np.random.defaultRng(42).shuffle(x); x // → array([4, 2, 3, 1, 0])
   */
  shuffle(x: NDArray | unknown[], opts: { axis?: number } = {}): void {
    if (!(x instanceof NDArray)) {
      if ((opts.axis ?? 0) !== 0) throw new Error("Axis argument is only supported on ndarray objects");
      return shuffleList(this.bitGenerator, x);
    }
    if (x.ndim === 0) throw new TypeError("len() of unsized object");
    shuffleAxis(this.bitGenerator, x, normAxis(opts.axis ?? 0, x.ndim));
  }

  /**
   * A random permutation: of 0..n-1 for an integer, or a shuffled copy of an array along `axis`.
   * @example np.random.defaultRng(42).permutation(5) // → array([4, 2, 3, 1, 0])
   */
  permutation(x: number | ArrayLike, opts: { axis?: number } = {}): NDArray {
    if (typeof x === "number") {
      if (!Number.isInteger(x)) throw new Error("x must be an integer or at least 1-dimensional");
      const out = new Float64Array(Math.max(x, 0));
      for (let i = 0; i < out.length; i++) out[i] = i;
      shuffleLane(this.bitGenerator, out, out.length, 0, 1);
      return NDArray.fromData(out, [out.length], "int64");
    }
    const arr = asarray(x);
    const axis = normAxis(opts.axis ?? 0, arr.ndim);
    const out = arr.copy();
    if (arr.ndim === 1) {
      shuffleLane(this.bitGenerator, out.data, out.size, 0, 1);
      return out;
    }
    // numpy shuffles an index array and gathers along the axis with it.
    const idx = this.permutation(arr.shape[axis]);
    const rel = laneOffsets(out, axis);
    const src = arr.copy();
    for (let i = 0; i < idx.size; i++) {
      const from = idx.getFlat(i) * src.strides[axis];
      const to = i * out.strides[axis];
      for (const r of rel) out.data[to + r] = src.data[from + r];
    }
    return out;
  }

  /**
   * A copy of `x` with its entries shuffled: all of them (axis null, the default), or each 1-D lane
   * along `axis` independently.
   * @example np.random.defaultRng(42).permuted([[0, 1, 2], [3, 4, 5]], { axis: 1 }) // → array([[2, 1, 0],
   *   //        [3, 5, 4]])
   */
  permuted(x: ArrayLike, opts: { axis?: number | null } = {}): NDArray {
    const out = asarray(x).copy();
    const bg = this.bitGenerator;
    if (opts.axis === undefined || opts.axis === null) {
      if (out.size > 0) shuffleLane(bg, out.data, out.size, 0, 1);
      return out;
    }
    const axis = normAxis(opts.axis, out.ndim);
    const n = out.shape[axis];
    // Each lane along the axis, lanes in C order of the other axes.
    for (const start of laneOffsets(out, axis)) shuffleLane(bg, out.data, n, start, out.strides[axis]);
    return out;
  }

  /**
   * `n` independent child generators (numpy's Generator.spawn).
   * @example np.random.defaultRng(1).spawn(2)[0].random() // → 0.6990345474368357
   */
  spawn(n: number): Generator[] {
    return this.bitGenerator.spawn(n).map((bg) => new Generator(bg));
  }
}

/**
 * numpy's `np.random.default_rng`: a Generator on PCG64 seeded with `seed` (an integer of any size,
 * a list of integers, a SeedSequence, or nothing for unpredictable seeding); a Generator or PCG64
 * passes through.
 * @example np.random.defaultRng(42).random(3) // → array([0.77395605, 0.43887844, 0.85859792])
 */
export function defaultRng(seed?: Seed | Generator | PCG64): Generator {
  if (seed instanceof Generator) return seed;
  if (seed instanceof PCG64) return new Generator(seed);
  return new Generator(new PCG64(seed));
}
