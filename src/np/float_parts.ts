// Floating-point bits: numpy's frexp, ldexp, nextafter and spacing.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, isInt } from "./dtype";
import { alloc } from "./storage";
import { asarray } from "./creation";
import { broadcastArrays } from "./rearrange";
import { flatOffsets, resultType } from "./selecting";

const view = new DataView(new ArrayBuffer(8));

/** [m, e] with x = m·2^e and 0.5 ≤ |m| < 1 (x itself and 0 for 0, inf and nan). */
function frexp1(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let extra = 0;
  view.setFloat64(0, x);
  if (((view.getUint32(0) >>> 20) & 0x7ff) === 0) {
    // subnormal: scale into the normal range first (exact)
    view.setFloat64(0, x * 2 ** 64);
    extra = -64;
  }
  const hi = view.getUint32(0);
  const e = ((hi >>> 20) & 0x7ff) - 1022 + extra;
  view.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), e];
}

/** x·2^e rounded once: x = m·2^k exactly, then m times one representable power of two. */
function ldexp1(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, k] = frexp1(x);
  const E = k + e;
  if (E > 1024) return m * Infinity;
  if (E < -1074) return m * 0; // below half the smallest subnormal: a signed zero
  // 2^E is representable from -1074 up; above -1022 the product is normal and exact
  return E >= -1021 ? m * 2 * 2 ** (E - 1) : m * 2 ** E;
}

/** The next representable float64 after x toward y. */
function next64(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  view.setFloat64(0, x);
  let b = view.getBigUint64(0);
  b += (y > x) === (x > 0) ? 1n : -1n;
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

/** The next representable float32 after x toward y. */
function next32(x: number, y: number): number {
  x = Math.fround(x);
  y = Math.fround(y);
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 2 ** -149 : -(2 ** -149);
  view.setFloat32(0, x);
  view.setUint32(0, view.getUint32(0) + ((y > x) === (x > 0) ? 1 : -1));
  return view.getFloat32(0);
}

/** The float dtype a unary float function gives: float32 stays, everything else is float64. */
const floatOf = (d: DType): DType => (d === "float32" ? "float32" : "float64");

/** f over the broadcast operands into a new array of dtype (a plain number when all inputs were). */
function map(args: ArrayLike[], dtype: DType, f: (...v: number[]) => number): any {
  const xs = broadcastArrays(...args.map((a) => asarray(a)));
  const offs = xs.map(flatOffsets);
  const out = new NDArray(alloc(dtype, xs[0].size, false), [...xs[0].shape], dtype);
  for (let i = 0; i < out.size; i++) out.data[i] = f(...xs.map((x, k) => x.data[offs[k][i]]));
  return args.every((a) => typeof a === "number") ? out.data[0] : out;
}

/**
 * Splits into mantissa and exponent, x = m·2^e with 0.5 ≤ |m| < 1: `[m, e]`, e as int32.
 * @example np.frexp([1, 8, 0.3]).map(String) // → [ '[0.5 0.5 0.6]', '[ 1  4 -1]' ]
 */
export function frexp(x: ArrayLike): [any, any] {
  const a = asarray(x);
  const m = map([a], floatOf(a.dtype), (v) => frexp1(v)[0]) as NDArray;
  const e = map([a], "int32", (v) => frexp1(v)[1]) as NDArray;
  return typeof x === "number" ? [m.item(), e.item()] : [m, e];
}

/**
 * x1·2^x2, the inverse of frexp; x2 must be integers.
 * @example np.ldexp(np.array([5.0]), [1, 2, 3]) // → array([10., 20., 40.])
 */
export function ldexp(x1: ArrayLike, x2: ArrayLike): any {
  const b = asarray(x2);
  if (!(isInt(b.dtype) || (b.dtype === "bool" && typeof x2 !== "number")) || (typeof x2 === "number" && !Number.isInteger(x2)))
    throw new TypeError("ufunc 'ldexp' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
  return map([x1, x2], floatOf(resultType([x1])), ldexp1);
}

/**
 * The next floating-point value after x1 toward x2, elementwise.
 * @example np.nextafter(1, 2) - 1 // → 2.220446049250313e-16
 */
export function nextafter(x1: ArrayLike, x2: ArrayLike): any {
  const dtype = floatOf(resultType([x1, x2]));
  return map([x1, x2], dtype, dtype === "float32" ? next32 : next64);
}

/**
 * The distance from x to the next float away from zero (negative for negative x): one unit in the
 * last place.
 * @example np.spacing(1) // → 2.220446049250313e-16
 */
export function spacing(x: ArrayLike): any {
  const dtype = floatOf(asarray(x).dtype);
  const nx = dtype === "float32" ? next32 : next64;
  return map([x], dtype, (v) => (!Number.isFinite(v) ? NaN : nx(v, v < 0 ? -Infinity : Infinity) - v));
}
