// Bitwise ufuncs on integer and bool arrays (numpy's bitwise_and/or/xor, invert, shifts, bitwise_count),
// bit packing (packbits/unpackbits) and integer-to-text helpers (binary_repr, base_repr).
// int64 lives in a Float64Array, so its loops go through BigInt: JS's `&`, `<<` work on 32 bits only.
// np has no uint8/int8: results numpy gives as uint8 (packbits, unpackbits, bitwise_count) or int8
// (shifts of bools) come out as int64 here, with numpy's values.
import { NDArray, ArrayLike } from "./ndarray";
import { DType, isFloat } from "./dtype";
import { asarray } from "./creation";
import { normAxis } from "./shape";
import { moveaxis } from "./rearrange";
import { applyBinary, applyUnary, BinarySpec, UnarySpec } from "./ufunc";

/** numpy's refusal of float operands: the bitwise ufuncs have integer and bool loops only. */
const intOnly = (name: string) => (common: DType) => {
  if (isFloat(common))
    throw new TypeError(`ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
};
const same = (d: DType) => d;
const noBool = (d: DType): DType => (d === "bool" ? "int64" : d);
const big = (op: string) => `Number(BigInt(a) ${op} BigInt(b))`;

function logicSpec(name: string, op: string): BinarySpec {
  return { name, out: same, expr: big(op), int32Expr: `a ${op} b`, boolExpr: `a ${op} b`, check: intOnly(name) };
}
const SPECS: Record<string, BinarySpec> = {
  and: logicSpec("bitwise_and", "&"),
  or: logicSpec("bitwise_or", "|"),
  xor: logicSpec("bitwise_xor", "^"),
  // shifts past the width give 0 (left) or the sign (right), as numpy's loops do
  left: {
    name: "left_shift", out: noBool, check: intOnly("left_shift"),
    expr: "b >= 64 ? 0 : Number(BigInt.asIntN(64, BigInt(a) << BigInt(b)))", int32Expr: "b >= 32 ? 0 : a << b",
  },
  right: {
    name: "right_shift", out: noBool, check: intOnly("right_shift"),
    expr: "b >= 64 ? (a < 0 ? -1 : 0) : Number(BigInt(a) >> BigInt(b))", int32Expr: "b >= 32 ? (a < 0 ? -1 : 0) : a >> b",
  },
};
const INVERT: UnarySpec = { name: "invert", out: same, expr: "-x - 1", boolExpr: "x ? 0 : 1", check: intOnly("invert") };
// numpy counts the bits of |x|
const COUNT: UnarySpec = {
  name: "bitwise_count", out: () => "int64", check: intOnly("bitwise_count"),
  expr: "((v) => { let c = 0; v = Math.abs(v); while (v) { c += v % 2; v = Math.floor(v / 2); } return c; })(x)",
};

type Binary = { (x: number, y: number): number; (x: ArrayLike, y: ArrayLike): NDArray };
type Unary = { (x: number): number; (x: ArrayLike): NDArray };
const bin = (k: string) => ((x: ArrayLike, y: ArrayLike) => applyBinary(SPECS[k], x, y)) as Binary;

/** Elementwise AND of the bits (logical AND for bools). @example np.bitwiseAnd([13, 17], 25)  // → array([ 9, 17]) */
export const bitwiseAnd = bin("and");
/** Elementwise OR of the bits. @example np.bitwiseOr([2, 5], 4)  // → array([6, 5]) */
export const bitwiseOr = bin("or");
/** Elementwise XOR of the bits. @example np.bitwiseXor([31, 3], [5, 6])  // → array([26,  5]) */
export const bitwiseXor = bin("xor");
/** Bits shifted left by `y` (× 2^y). @example np.leftShift(5, [1, 2, 3])  // → array([10, 20, 40]) */
export const leftShift = bin("left");
/** Bits shifted right by `y` (floor division by 2^y). @example np.rightShift(10, [1, 2, 3])  // → array([5, 2, 1]) */
export const rightShift = bin("right");
/** numpy 2's name for leftShift. @example np.bitwiseLeftShift(1, 4)  // → 16 */
export const bitwiseLeftShift = leftShift;
/** numpy 2's name for rightShift. @example np.bitwiseRightShift(16, 4)  // → 1 */
export const bitwiseRightShift = rightShift;
/**
 * Bitwise NOT: two's complement -x - 1 for integers, logical NOT for bools.
 * @example np.invert(np.array([true, false]))  // → array([False,  True])
 * @example np.invert([0, 13])  // → array([ -1, -14])
 */
export const invert = ((x: ArrayLike) => applyUnary(INVERT, x)) as Unary;
/** numpy's alias of invert. @example np.bitwiseNot([0, 13])  // → array([ -1, -14]) */
export const bitwiseNot = invert;
/** numpy 2's alias of invert. @example np.bitwiseInvert(7)  // → -8 */
export const bitwiseInvert = invert;
/**
 * The number of 1 bits in |x| (numpy gives uint8; np, which has no uint8, int64).
 * @example np.bitwiseCount([0, 7, -1, 1023])  // → array([ 0,  3,  1, 10])
 */
export const bitwiseCount = ((x: ArrayLike) => applyUnary(COUNT, x)) as Unary;

/** `packbits`/`unpackbits` options: numpy's axis (none: the flattened array) and bit order. */
export interface PackOptions {
  axis?: number | null;
  bitorder?: "big" | "little";
}

function bitOrder(o: string | undefined): boolean {
  if (o !== undefined && o !== "big" && o !== "little") throw new Error("'order' must be either 'little' or 'big'");
  return o === "little";
}

/** The array with `axis` (flattened when none) moved last, as a C-ordered copy. */
function lastAxis(x: NDArray, axis: number | null | undefined): { y: NDArray; ax: number } {
  if (axis === undefined || axis === null) return { y: x.reshape(-1).copy(), ax: 0 };
  const ax = normAxis(axis, x.ndim);
  return { y: moveaxis(x, ax, -1).copy(), ax };
}

/**
 * Packs the elements (nonzero → 1) into bytes, 8 per byte along `axis` (the flattened array without
 * one), the last byte padded with zeros. Bytes come as int64 (numpy: uint8).
 * @example np.packbits([1, 0, 1, 1, 0, 0, 0, 0, 1])  // → array([176, 128])
 * @example np.packbits([1, 0, 1], { bitorder: "little" })  // → array([5])
 */
export function packbits(a: ArrayLike, opts: PackOptions = {}): NDArray {
  const x = asarray(a);
  if (isFloat(x.dtype)) throw new TypeError("Expected an input array of integer or boolean data type");
  const little = bitOrder(opts.bitorder);
  const { y, ax } = lastAxis(x, opts.axis);
  const n = y.ndim ? y.shape[y.ndim - 1] : 1;
  const m = Math.ceil(n / 8), rows = n ? y.size / n : 0;
  const out = new Float64Array(rows * m);
  const D = y.data;
  for (let r = 0; r < rows; r++)
    for (let i = 0; i < n; i++) if (D[r * n + i] !== 0) out[r * m + (i >> 3)] += 1 << (little ? i & 7 : 7 - (i & 7));
  const res = new NDArray(out, [...y.shape.slice(0, -1), m], "int64");
  return opts.axis === undefined || opts.axis === null ? res : moveaxis(res, -1, ax).copy();
}

/**
 * Unpacks bytes (values 0…255, as packbits gives them) into bits along `axis`; `count` keeps that many
 * bits (negative: drops them from the end). Bits come as int64 (numpy: uint8).
 * @example np.unpackbits(np.packbits([1, 0, 1]), { count: 3 })  // → array([1, 0, 1])
 * @example np.unpackbits([5])  // → array([0, 0, 0, 0, 0, 1, 0, 1])
 */
export function unpackbits(a: ArrayLike, opts: PackOptions & { count?: number | null } = {}): NDArray {
  const x = asarray(a);
  if (isFloat(x.dtype) || x.dtype === "bool") throw new TypeError("Expected an input array of unsigned byte data type");
  const little = bitOrder(opts.bitorder);
  const { y, ax } = lastAxis(x, opts.axis);
  const m = y.ndim ? y.shape[y.ndim - 1] : 1;
  const full = 8 * m;
  const c = opts.count ?? full;
  const n = Math.max(0, c < 0 ? full + c : c);
  const rows = m ? y.size / m : 0;
  const out = new Float64Array(rows * n);
  const D = y.data;
  for (let r = 0; r < rows; r++)
    for (let i = 0; i < Math.min(n, full); i++) out[r * n + i] = (D[r * m + (i >> 3)] >> (little ? i & 7 : 7 - (i & 7))) & 1;
  const res = new NDArray(out, [...y.shape.slice(0, -1), n], "int64");
  return opts.axis === undefined || opts.axis === null ? res : moveaxis(res, -1, ax).copy();
}

/**
 * The binary text of an integer; negative numbers are "-" and |num| without `width`, two's complement
 * in `width` bits with it.
 * @example np.binaryRepr(3)  // → '11'
 * @example np.binaryRepr(-3, { width: 5 })  // → '11101'
 */
export function binaryRepr(num: number, opts: { width?: number | null } | number = {}): string {
  const width = typeof opts === "number" ? opts : opts.width ?? null;
  const check = (bw: number) => {
    if (width !== null && width < bw) throw new Error(`Insufficient bit width=${width} provided for binwidth=${bw}`);
  };
  if (num === 0) return "0".repeat(width || 1);
  if (num > 0) {
    const s = BigInt(num).toString(2);
    check(s.length);
    return s.padStart(Math.max(s.length, width ?? 0), "0");
  }
  if (width === null) return "-" + BigInt(-num).toString(2);
  let pw = BigInt(-num).toString(2).length;
  if (2n ** BigInt(pw - 1) === BigInt(-num)) pw -= 1; // -2^k fits in k + 1 bits
  const s = (2n ** BigInt(pw + 1) + BigInt(num)).toString(2);
  check(s.length);
  return "1".repeat(Math.max(s.length, width) - s.length) + s;
}

/**
 * The text of an integer in `base` (2…36), upper-case digits, `padding` zeros in front.
 * @example np.baseRepr(5)  // → '101'
 * @example np.baseRepr(-35, 16, 3)  // → '-00023'
 */
export function baseRepr(number: number, base = 2, padding = 0): string {
  if (base > 36) throw new Error("Bases greater than 36 not handled in base_repr.");
  if (base < 2) throw new Error("Bases less than 2 not handled in base_repr.");
  const s = BigInt(Math.abs(number)).toString(base).toUpperCase();
  const body = "0".repeat(padding) + (number === 0 && padding ? "" : s);
  return (number < 0 ? "-" : "") + body;
}
