import { NDArray, ArrayLike } from "./ndarray";
import { DType, TypedArray, ScalarKind, isFloat, isInt, promote, promoteWeak, scalarKind, dtypeOfScalar } from "./dtype";
import { alloc } from "./storage";
import { broadcastShapes, broadcastStrides, forEachRun } from "./broadcast";
import { sizeOf } from "./shape";
import { asarray } from "./creation";
import { backend, BinaryName, UnaryName } from "./backend";
import { strided } from "./strided";
import { LoopCache, classId } from "./loops";

/** An operand as the ufunc machinery sees it: an array, or a plain JS scalar that promotes weakly (NEP 50). */
export interface Operand {
  arr: NDArray | null;
  value: number;
  kind: ScalarKind;
}

class OverflowError extends Error {}

function operand(x: ArrayLike): Operand {
  if (typeof x === "number" || typeof x === "boolean") return { arr: null, value: Number(x), kind: scalarKind(x) };
  return { arr: asarray(x), value: 0, kind: "float" };
}

/** numpy's result type of the operands, with JS numbers acting as Python scalars. */
function commonDType(ops: Operand[]): DType {
  const arrays = ops.filter((o) => o.arr);
  if (arrays.length === 0) return ops.map((o) => dtypeOfScalar(o.kind)).reduce(promote);
  let d = arrays.map((o) => o.arr!.dtype).reduce(promote);
  for (const o of ops)
    if (!o.arr) {
      d = promoteWeak(d, o.kind);
      if (d === "int32" && o.kind === "int" && (o.value < -2147483648 || o.value > 2147483647))
        throw new OverflowError(`Python integer ${o.value} out of bounds for int32`);
    }
  return d;
}

type OutRule = (common: DType) => DType;
const same: OutRule = (d) => d;
const toFloat: OutRule = (d) => (isFloat(d) ? d : "float64");
const toBool: OutRule = () => "bool";

type Kernel = (A: TypedArray, B: TypedArray, O: TypedArray, n: number, ia: number, sa: number, ib: number, sb: number, io: number, so: number) => void;

// The inner loops are generated from each op's expression so V8 compiles a tight loop per op instead
// of calling a closure per element.
function binaryKernel(expr: string): Kernel {
  return new Function(
    "A", "B", "O", "n", "ia", "sa", "ib", "sb", "io", "so",
    `if (sa === 1 && sb === 1 && so === 1) { for (let i = 0; i < n; i++) { const a = A[ia + i], b = B[ib + i]; O[io + i] = ${expr}; } return; }
     if (sa === 1 && sb === 0 && so === 1) { const b = B[ib]; for (let i = 0; i < n; i++) { const a = A[ia + i]; O[io + i] = ${expr}; } return; }
     if (sa === 0 && sb === 1 && so === 1) { const a = A[ia]; for (let i = 0; i < n; i++) { const b = B[ib + i]; O[io + i] = ${expr}; } return; }
     for (let i = 0; i < n; i++, ia += sa, ib += sb, io += so) { const a = A[ia], b = B[ib]; O[io] = ${expr}; }`,
  ) as Kernel;
}

export interface BinarySpec {
  name: string;
  out: OutRule;
  /** Expression in `a` and `b`, per computation dtype class. */
  expr: string;
  intExpr?: string;
  int32Expr?: string;
  boolExpr?: string;
  check?: (common: DType, ops: Operand[]) => void;
}

const binaryLoops = new LoopCache(binaryKernel);
function kernelFor(expr: string, A: TypedArray, B: TypedArray, O: TypedArray): Kernel {
  return binaryLoops.get(expr, (classId(A) * 1024 + classId(B)) * 1024 + classId(O));
}

/** True when a and b have the same shape (same length and sizes). */
function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function scalarBuf(v: number): Float64Array {
  return Float64Array.of(v);
}

/** Whether v is a float64 NDArray. */
function isF64(v: ArrayLike): v is NDArray {
  return v instanceof NDArray && v.dtype === "float64";
}

export function applyBinary(spec: BinarySpec, x: ArrayLike, y: ArrayLike): any {
  let xa: NDArray | null, ya: NDArray | null, xv = 0, yv = 0, common: DType;
  if ((isF64(x) && (typeof y === "number" || isF64(y))) || (typeof x === "number" && isF64(y))) {
    // float64 arrays, or one with a JS number (NEP 50: the number takes the array's float64):
    // the result type is known without the operand and promotion bookkeeping below (issue 12)
    xa = typeof x === "number" ? null : x;
    ya = typeof y === "number" ? null : (y as NDArray);
    if (!xa) xv = x as number;
    if (!ya) yv = y as number;
    common = "float64";
    if (spec.check) spec.check(common, [operand(x), operand(y)]);
  } else {
    const ops = [operand(x), operand(y)];
    common = commonDType(ops);
    spec.check?.(common, ops);
    if (!ops[0].arr && !ops[1].arr) return scalarBinary(spec, common, ops[0].value, ops[1].value);
    xa = ops[0].arr;
    ya = ops[1].arr;
    xv = ops[0].value;
    yv = ops[1].value;
  }
  const outD = spec.out(common);
  const fullExpr = loopExpr(spec, common, outD);
  // Fast path, no broadcasting: both operands C-contiguous with one shape, or one a JS scalar. The
  // elements are walked as one flat run, which skips the stride bookkeeping below.
  const lead = xa ?? ya!;
  if ((!xa || !ya || sameShape(xa.shape, ya.shape)) && (!xa || xa.isContiguous) && (!ya || ya.isContiguous)) {
    const n = lead.size;
    const out = new NDArray(alloc(outD, n, false), lead.shape.slice(), outD);
    const A = xa ? xa.data : scalarBuf(xv), B = ya ? ya.data : scalarBuf(yv);
    const ia = xa ? xa.offset : 0, ib = ya ? ya.offset : 0, sa = xa ? 1 : 0, sb = ya ? 1 : 0;
    if (n === 0) return out;
    if (outD === "float64" && common === "float64" && backend && backend.binary(spec.name as BinaryName, strided(A as Float64Array, ia, [sa]), strided(B as Float64Array, ib, [sb]), out.data as Float64Array, [n])) return out;
    kernelFor(fullExpr, A, B, out.data)(A, B, out.data, n, ia, sa, ib, sb, 0, 1);
    return out;
  }
  const shape = broadcastShapes(xa ? xa.shape : [], ya ? ya.shape : []);
  const out = new NDArray(alloc(outD, sizeOf(shape), false), shape, outD);
  const A = xa ? xa.data : scalarBuf(xv), B = ya ? ya.data : scalarBuf(yv);
  const sa = xa ? broadcastStrides(xa.shape, xa.strides, shape) : new Array<number>(shape.length).fill(0);
  const sb = ya ? broadcastStrides(ya.shape, ya.strides, shape) : new Array<number>(shape.length).fill(0);
  const ia = xa ? xa.offset : 0, ib = ya ? ya.offset : 0;
  if (outD === "float64" && common === "float64" && backend && backend.binary(spec.name as BinaryName, strided(A as Float64Array, ia, sa), strided(B as Float64Array, ib, sb), out.data as Float64Array, shape)) return out;
  const kern = kernelFor(fullExpr, A, B, out.data);
  forEachRun(shape, [out.strides, sa, sb], [0, ia, ib], (n, [io, ja, jb], [so, ta, tb]) => kern(A, B, out.data, n, ja, ta, jb, tb, io, so));
  return out;
}

/** The loop expression of a binary op for the computation dtype `common` and output dtype `outD`. */
function loopExpr(spec: BinarySpec, common: DType, outD: DType): string {
  const expr =
    common === "bool" && spec.boolExpr ? spec.boolExpr
    : common === "int32" && spec.int32Expr ? spec.int32Expr
    : isInt(common) || common === "bool" ? spec.intExpr ?? spec.expr
    : spec.expr;
  // Integers have no -0: adding 0 turns a -0 result into 0.
  return outD === "int64" ? `(${expr}) + 0` : expr;
}

/** A binary op on two JS scalars: a JS number (or boolean), as numpy returns a scalar. */
function scalarBinary(spec: BinarySpec, common: DType, x: number, y: number): number | boolean {
  const outD = spec.out(common);
  const o = alloc(outD, 1);
  const a = scalarBuf(x), b = scalarBuf(y);
  kernelFor(loopExpr(spec, common, outD), a, b, o)(a, b, o, 1, 0, 0, 0, 0, 0, 0);
  return outD === "bool" ? o[0] !== 0 : o[0];
}

const noBoolSubtract = (common: DType) => {
  if (common === "bool")
    throw new TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
};

const noNegIntPower = (common: DType, ops: Operand[]) => {
  if (!isInt(common) && common !== "bool") return;
  const e = ops[1];
  const neg = e.arr ? (e.arr.size > 0 && e.arr.min() < 0) : e.value < 0;
  if (neg) throw new Error("Integers to negative integer powers are not allowed.");
};

// C's pow differs from JS's Math.pow at 1**nan and (-1)**±inf; numpy follows C.
const POW = "(a === 1 || (a === -1 && (b === Infinity || b === -Infinity))) ? 1 : Math.pow(a, b)";
// Ties go to the second operand, as in numpy (maximum(-0., 0.) is 0.).
const MAX = "(a !== a || a > b) ? a : b";
const MIN = "(a !== a || a < b) ? a : b";

// Euclid on |a|, |b| (numpy's gcd is never negative)
const GCD = "((x, y) => { x = Math.abs(x); y = Math.abs(y); while (y) { const t = x % y; x = y; y = t; } return x; })(a, b)";
const DTYPE_CLASS: Record<string, string> = { float64: "Float64DType", float32: "Float32DType", int64: "Int64DType", int32: "Int32DType", bool: "BoolDType" };
/** gcd and lcm have integer loops only: numpy's UFuncTypeError names the operands' dtype classes. */
const intOnly = (name: string) => (common: DType, ops: Operand[]) => {
  if (!isFloat(common)) return;
  const cls = (o: Operand) => `<class 'numpy.dtypes.${o.arr ? DTYPE_CLASS[o.arr.dtype] : o.kind === "float" ? "_PyFloatDType" : o.kind === "int" ? "_PyLongDType" : "_PyBoolDType"}'>`;
  throw new TypeError(`ufunc '${name}' did not contain a loop with signature matching types (${ops.map(cls).join(", ")}) -> None`);
};

const SPECS: Record<string, BinarySpec> = {
  add: { name: "add", out: same, expr: "a + b", boolExpr: "a | b" },
  subtract: { name: "subtract", out: same, expr: "a - b", check: noBoolSubtract },
  multiply: { name: "multiply", out: same, expr: "a * b", int32Expr: "Math.imul(a, b)", boolExpr: "a & b" },
  divide: { name: "divide", out: toFloat, expr: "a / b" },
  power: { name: "power", out: (d) => (d === "bool" ? "int64" : d), expr: POW, check: noNegIntPower },
  maximum: { name: "maximum", out: same, expr: MAX },
  minimum: { name: "minimum", out: same, expr: MIN },
  // heaviside(x, h0): 0 below zero, h0 at zero, 1 above; nan stays nan
  heaviside: { name: "heaviside", out: toFloat, expr: "a < 0 ? 0 : a > 0 ? 1 : a === 0 ? b : a" },
  less: { name: "less", out: toBool, expr: "a < b" },
  greater: { name: "greater", out: toBool, expr: "a > b" },
  lessEqual: { name: "less_equal", out: toBool, expr: "a <= b" },
  greaterEqual: { name: "greater_equal", out: toBool, expr: "a >= b" },
  equal: { name: "equal", out: toBool, expr: "a === b" },
  notEqual: { name: "not_equal", out: toBool, expr: "a !== b" },
  logicalAnd: { name: "logical_and", out: toBool, expr: "a !== 0 && b !== 0" },
  logicalOr: { name: "logical_or", out: toBool, expr: "a !== 0 || b !== 0" },
  logicalXor: { name: "logical_xor", out: toBool, expr: "(a !== 0) !== (b !== 0)" },
  arctan2: { name: "arctan2", out: toFloat, expr: "Math.atan2(a, b)" },
  // Python's %: the result takes the divisor's sign
  mod: {
    name: "remainder",
    out: same,
    expr: "(a % b !== 0 && (a % b < 0) !== (b < 0)) ? (a % b) + b : (a % b === 0 ? (b < 0 ? -0 : 0) : a % b)",
    intExpr: "b === 0 ? 0 : (a % b !== 0 && (a % b < 0) !== (b < 0)) ? (a % b) + b : (a % b) + 0",
  },
  floorDivide: { name: "floor_divide", out: same, expr: "Math.floor(a / b)", intExpr: "b === 0 ? 0 : Math.floor(a / b)" },
  hypot: { name: "hypot", out: toFloat, expr: "Math.hypot(a, b)" },
  // C's fmod: the result takes the dividend's sign (JS's % is fmod); integers by zero give 0
  fmod: { name: "fmod", out: same, expr: "a % b", intExpr: "b === 0 ? 0 : a % b" },
  // nan-ignoring max/min; ties give the second operand, as numpy's array loops do (fmax(0., -0.) is -0.)
  fmax: { name: "fmax", out: same, expr: "(b !== b || a > b) ? a : b" },
  fmin: { name: "fmin", out: same, expr: "(b !== b || a < b) ? a : b" },
  // numpy's npy_logaddexp: equal inputs (infinities too) give x + log(2)
  logaddexp: { name: "logaddexp", out: toFloat, expr: `a === b ? a + ${Math.LN2} : (a - b > 0 ? a + Math.log1p(Math.exp(b - a)) : (a - b <= 0 ? b + Math.log1p(Math.exp(a - b)) : a - b))` },
  logaddexp2: {
    name: "logaddexp2", out: toFloat,
    expr: `a === b ? a + 1 : (a - b > 0 ? a + ${Math.LOG2E} * Math.log1p(Math.pow(2, b - a)) : (a - b <= 0 ? b + ${Math.LOG2E} * Math.log1p(Math.pow(2, a - b)) : a - b))`,
  },
  gcd: { name: "gcd", out: same, expr: GCD, check: intOnly("gcd") },
  lcm: { name: "lcm", out: same, expr: `(a === 0 || b === 0) ? 0 : Math.abs((a / (${GCD})) * b)`, check: intOnly("lcm") },
  floatPower: { name: "float_power", out: () => "float64", expr: POW },
  copysign: { name: "copysign", out: toFloat, expr: "(b < 0 || (b === 0 && 1 / b < 0)) ? -Math.abs(a) : Math.abs(a)" },
};

type Binary = { (x: number, y: number): number; (x: ArrayLike, y: ArrayLike): NDArray };
type Compare = { (x: number, y: number): boolean; (x: ArrayLike, y: ArrayLike): NDArray };
const bin = (k: string) => ((x: ArrayLike, y: ArrayLike) => applyBinary(SPECS[k], x, y)) as Binary;
const cmp = (k: string) => ((x: ArrayLike, y: ArrayLike) => applyBinary(SPECS[k], x, y)) as Compare;

/**
 * Elementwise `x + y` with broadcasting.
 * @example
 * np.add([1, 2], 1) // → array([2, 3])
 * np.add(np.array([[1], [2]]), np.array([10, 20])) // → array([[11, 21],
 * //        [12, 22]])
 */
export const add = bin("add");
/**
 * Elementwise `x - y`.
 * @example
 * np.subtract(1, np.array([0.25, 0.5])) // → array([0.75, 0.5 ])
 */
export const subtract = bin("subtract");
/**
 * Elementwise `x * y` (not the matrix product: see np.dot).
 * @example
 * const A = np.array([0.5, 0.25]);
 * np.multiply(A, np.subtract(1, A)) // → array([0.25  , 0.1875])
 */
export const multiply = bin("multiply");
/**
 * Elementwise true division `x / y`; integers give floats.
 * @example
 * np.divide(np.array([1, 2, 3]), 2) // → array([0.5, 1. , 1.5])
 */
export const divide = bin("divide");
/**
 * Elementwise `x ** y`.
 * @example
 * np.power(np.array([1, 2, 3]), 2) // → array([1, 4, 9])
 * np.power(2, np.array([0.5, -1])) // → array([1.41421356, 0.5       ])
 */
export const power = ((x: ArrayLike, y: ArrayLike) => {
  // numpy's power loop hands a float array's scalar exponent 2, 0.5 or -1 to square, sqrt and
  // reciprocal (sqrt's results at -0 and -inf differ from pow's); here they also take the fast paths
  if (typeof y === "number" && x instanceof NDArray && (x.dtype === "float64" || x.dtype === "float32")) {
    if (y === 2) return square(x);
    if (y === 0.5) return sqrt(x);
    if (y === -1) return reciprocal(x);
  }
  return applyBinary(SPECS.power, x, y);
}) as Binary;
/**
 * Elementwise larger value; nan wins.
 * @example
 * np.maximum(0, np.array([-1.5, 0, 2])) // → array([0., 0., 2.])
 */
export const maximum = bin("maximum");
/**
 * Elementwise smaller value; nan wins.
 * @example
 * np.minimum(np.array([0.5, 3]), 1) // → array([0.5, 1. ])
 */
export const minimum = bin("minimum");
/**
 * Unit step: 0 for x < 0, h0 at 0, 1 for x > 0.
 * @example
 * np.heaviside(np.array([-1, 0, 2]), 0.5) // → array([0. , 0.5, 1. ])
 */
export const heaviside = bin("heaviside");
/**
 * Elementwise arctan(y / x) by quadrant.
 * @example
 * np.arctan2(np.array([1, -1]), np.array([-1, -1])) // → array([ 2.35619449, -2.35619449])
 */
export const arctan2 = bin("arctan2");
/**
 * Elementwise remainder with the divisor's sign (Python's %).
 * @example
 * np.mod(7, 3) // → 1
 * np.mod(np.array([-7, 7]), 3) // → array([2, 1])
 */
export const mod = bin("mod");
/**
 * Elementwise floor division (Python's //).
 * @example
 * np.floorDivide(7, 2) // → 3
 * np.floorDivide(np.array([-7, 7]), 2) // → array([-4,  3])
 */
export const floorDivide = bin("floorDivide");
/**
 * numpy's remainder (Python's `%`, the divisor's sign): the same ufunc as mod.
 * @example
 * np.remainder([-3, 4], 3) // → array([0, 1])
 */
export const remainder = mod;
/**
 * Elementwise sqrt(a² + b²) without overflow.
 * @example
 * np.hypot(3, 4) // → 5
 */
export const hypot = bin("hypot");
/**
 * C's fmod: remainder with the dividend's sign.
 * @example
 * np.fmod([-3, 4], 3) // → array([0, 1])
 */
export const fmod = bin("fmod");
/**
 * Elementwise maximum that ignores nan (nan only when both are).
 * @example
 * np.fmax([1, np.nan], [np.nan, 2]) // → array([1., 2.])
 */
export const fmax = bin("fmax");
/**
 * Elementwise minimum that ignores nan.
 * @example
 * np.fmin([1, np.nan], [0, 2]) // → array([0., 2.])
 */
export const fmin = bin("fmin");
/**
 * log(exp(a) + exp(b)) without overflow.
 * @example
 * np.logaddexp(-1000, -1000) // → -999.3068528194401
 */
export const logaddexp = bin("logaddexp");
/**
 * log2(2**a + 2**b) without overflow.
 * @example
 * np.logaddexp2(1, 1) // → 2
 */
export const logaddexp2 = bin("logaddexp2");
/**
 * Greatest common divisor of integers (never negative).
 * @example
 * np.gcd([12, -20], 8) // → array([4, 4])
 */
export const gcd = bin("gcd");
/**
 * Least common multiple of integers (never negative).
 * @example
 * np.lcm([4, 6], 6) // → array([12,  6])
 */
export const lcm = bin("lcm");
/**
 * Power computed in float64 whatever the inputs.
 * @example
 * np.floatPower([2, 3], 2) // → array([4., 9.])
 */
export const floatPower = bin("floatPower");
/** numpy 2's array-API name for power. @example np.pow([1, 2, 3], 2) // → array([1, 4, 9]) */
export const pow = power;
/** numpy 2's array-API name for arctan2. @example np.atan2(1, 1) // → 0.7853981633974483 */
export const atan2 = arctan2;
/** Alias of divide. @example np.trueDivide([1, 2], 4) // → array([0.25, 0.5 ]) */
export const trueDivide = divide;
/**
 * |a| with the sign of b.
 * @example
 * np.copysign([1, 2], -0.0) // → array([-1., -2.])
 */
export const copysign = bin("copysign");
/**
 * Elementwise `x < y`, a bool array.
 * @example
 * np.less(np.array([-1, 0, 1]), 0) // → array([ True, False, False])
 */
export const less = cmp("less");
/**
 * Elementwise `x > y`.
 * @example
 * np.greater(np.array([0.2, 0.7]), 0.5) // → array([False,  True])
 */
export const greater = cmp("greater");
/**
 * Elementwise `x <= y`.
 * @example
 * np.lessEqual(np.array([-1, 0, 1]), 0) // → array([ True,  True, False])
 */
export const lessEqual = cmp("lessEqual");
/**
 * Elementwise `x >= y`.
 * @example
 * np.greaterEqual(np.array([-1, 0, 1]), 0) // → array([False,  True,  True])
 */
export const greaterEqual = cmp("greaterEqual");
/**
 * Elementwise `x == y`.
 * @example
 * np.equal(np.array([1, 0, 1]), np.array([1, 1, 1])) // → array([ True, False,  True])
 */
export const equal = cmp("equal");
/**
 * Elementwise `x != y`.
 * @example
 * np.notEqual(np.array([1, 0, 1]), 1) // → array([False,  True, False])
 */
export const notEqual = cmp("notEqual");
/**
 * Elementwise logical and.
 * @example
 * const x = np.array([-0.5, 0.5, 1.5]);
 * np.logicalAnd(np.greater(x, 0), np.less(x, 1)) // → array([False,  True, False])
 */
export const logicalAnd = cmp("logicalAnd");
/**
 * Elementwise logical or.
 * @example
 * np.logicalOr(np.array([true, false, false]), np.array([false, false, true])) // → array([ True, False,  True])
 */
export const logicalOr = cmp("logicalOr");
/**
 * Elementwise logical exclusive or.
 * @example
 * np.logicalXor(np.array([true, true, false]), np.array([true, false, false])) // → array([False,  True, False])
 */
export const logicalXor = cmp("logicalXor");

// ---------------------------------------------------------------- unary

type UnaryKernel = (A: TypedArray, O: TypedArray, n: number, ia: number, sa: number, io: number, so: number) => void;
const unaryLoops = new LoopCache(
  (expr) =>
    new Function(
      "A", "O", "n", "ia", "sa", "io", "so",
      `if (sa === 1 && so === 1) { for (let i = 0; i < n; i++) { const x = A[ia + i]; O[io + i] = ${expr}; } return; }
       for (let i = 0; i < n; i++, ia += sa, io += so) { const x = A[ia]; O[io] = ${expr}; }`,
    ) as UnaryKernel,
);
function unaryKernel(expr: string, A: TypedArray, O: TypedArray): UnaryKernel {
  return unaryLoops.get(expr, classId(A) * 1024 + classId(O));
}

export interface UnarySpec {
  name: string;
  out: OutRule;
  expr: string;
  boolExpr?: string;
  check?: (d: DType) => void;
}

export function applyUnary(spec: UnarySpec, x: ArrayLike): any {
  const op = operand(x);
  const common = op.arr ? op.arr.dtype : dtypeOfScalar(op.kind);
  spec.check?.(common);
  const outD = spec.out(common);
  const e = common === "bool" && spec.boolExpr ? spec.boolExpr : spec.expr;
  const fullExpr = outD === "int64" ? `(${e}) + 0` : e;
  if (!op.arr) {
    const o = alloc(outD, 1);
    const v = scalarBuf(op.value);
    unaryKernel(fullExpr, v, o)(v, o, 1, 0, 0, 0, 0);
    return outD === "bool" ? o[0] !== 0 : o[0];
  }
  const a = op.arr;
  const out = new NDArray(alloc(outD, a.size, false), a.shape.slice(), outD);
  // the TypeScript loop is looked up only when the backend did not take the job
  if (a.isContiguous) {
    // one flat run: no stride bookkeeping
    const n = a.size;
    if (n === 0) return out;
    if (outD === "float64" && a.dtype === "float64" && backend && backend.unary(spec.name as UnaryName, strided(a.data as Float64Array, a.offset, [1]), out.data as Float64Array, [n])) return out;
    unaryKernel(fullExpr, a.data, out.data)(a.data, out.data, n, a.offset, 1, 0, 1);
    return out;
  }
  if (outD === "float64" && a.dtype === "float64" && backend && backend.unary(spec.name as UnaryName, a as NDArray & { data: Float64Array }, out.data as Float64Array, a.shape)) return out;
  const kern = unaryKernel(fullExpr, a.data, out.data);
  forEachRun(a.shape, [out.strides, a.strides], [0, a.offset], (n, [io, ia], [so, sa]) => kern(a.data, out.data, n, ia, sa, io, so));
  return out;
}

const noBoolLoop = (name: string) => (d: DType) => {
  if (d === "bool") throw new TypeError(`ufunc '${name}' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None`);
};

const noBoolNegative = (d: DType) => {
  if (d === "bool") throw new TypeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
};

const U: Record<string, UnarySpec> = {
  negative: { name: "negative", out: same, expr: "-x", check: noBoolNegative },
  abs: { name: "absolute", out: same, expr: "Math.abs(x)" },
  exp: { name: "exp", out: toFloat, expr: "Math.exp(x)" },
  log: { name: "log", out: toFloat, expr: "Math.log(x)" },
  log1p: { name: "log1p", out: toFloat, expr: "Math.log1p(x)" },
  log2: { name: "log2", out: toFloat, expr: "Math.log2(x)" },
  log10: { name: "log10", out: toFloat, expr: "Math.log10(x)" },
  expm1: { name: "expm1", out: toFloat, expr: "Math.expm1(x)" },
  sqrt: { name: "sqrt", out: toFloat, expr: "Math.sqrt(x)" },
  square: { name: "square", out: same, expr: "x * x", boolExpr: "x" },
  tanh: { name: "tanh", out: toFloat, expr: "Math.tanh(x)" },
  sin: { name: "sin", out: toFloat, expr: "Math.sin(x)" },
  cos: { name: "cos", out: toFloat, expr: "Math.cos(x)" },
  tan: { name: "tan", out: toFloat, expr: "Math.tan(x)" },
  arctan: { name: "arctan", out: toFloat, expr: "Math.atan(x)" },
  sign: { name: "sign", out: same, expr: "x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x", check: noBoolLoop("sign") },
  floor: { name: "floor", out: same, expr: "Math.floor(x)" },
  ceil: { name: "ceil", out: same, expr: "Math.ceil(x)" },
  // numpy rounds half to even
  rint: { name: "rint", out: same, expr: "(Math.abs(x) % 1 === 0.5) ? 2 * Math.round(x / 2) : Math.round(x)" },
  reciprocal: { name: "reciprocal", out: same, expr: "1 / x" },
  isnan: { name: "isnan", out: toBool, expr: "x !== x" },
  isfinite: { name: "isfinite", out: toBool, expr: "Number.isFinite(x)" },
  isinf: { name: "isinf", out: toBool, expr: "x === Infinity || x === -Infinity" },
  logicalNot: { name: "logical_not", out: toBool, expr: "x === 0" },
  arcsin: { name: "arcsin", out: toFloat, expr: "Math.asin(x)" },
  arccos: { name: "arccos", out: toFloat, expr: "Math.acos(x)" },
  sinh: { name: "sinh", out: toFloat, expr: "Math.sinh(x)" },
  cosh: { name: "cosh", out: toFloat, expr: "Math.cosh(x)" },
  arcsinh: { name: "arcsinh", out: toFloat, expr: "Math.asinh(x)" },
  arccosh: { name: "arccosh", out: toFloat, expr: "Math.acosh(x)" },
  arctanh: { name: "arctanh", out: toFloat, expr: "Math.atanh(x)" },
  cbrt: { name: "cbrt", out: toFloat, expr: "Math.cbrt(x)" },
  exp2: { name: "exp2", out: toFloat, expr: "Math.pow(2, x)" },
  trunc: { name: "trunc", out: same, expr: "Math.trunc(x)" },
  signbit: { name: "signbit", out: toBool, expr: "x < 0 || (x === 0 && 1 / x < 0)" },
  isposinf: { name: "isposinf", out: toBool, expr: "x === Infinity" },
  isneginf: { name: "isneginf", out: toBool, expr: "x === -Infinity" },
  fabs: { name: "fabs", out: toFloat, expr: "Math.abs(x)" },
  positive: { name: "positive", out: same, expr: "x", check: noBoolLoop("positive") },
  deg2rad: { name: "deg2rad", out: toFloat, expr: `x * ${Math.PI / 180}` },
  rad2deg: { name: "rad2deg", out: toFloat, expr: `x * ${180 / Math.PI}` },
};

type Unary = { (x: number): number; (x: ArrayLike): NDArray };
type UnaryBool = { (x: number): boolean; (x: ArrayLike): NDArray };
const un = (k: string) => ((x: ArrayLike) => applyUnary(U[k], x)) as Unary;
const unb = (k: string) => ((x: ArrayLike) => applyUnary(U[k], x)) as UnaryBool;

/**
 * Elementwise inverse sine (radians).
 * @example
 * np.arcsin([0, 1]) // → array([0.        , 1.57079633])
 */
export const arcsin = un("arcsin");
/**
 * Elementwise inverse cosine (radians).
 * @example
 * np.arccos(1) // → 0
 */
export const arccos = un("arccos");
/**
 * Elementwise hyperbolic sine.
 * @example
 * np.sinh(0) // → 0
 */
export const sinh = un("sinh");
/**
 * Elementwise hyperbolic cosine.
 * @example
 * np.cosh(0) // → 1
 */
export const cosh = un("cosh");
/**
 * Elementwise inverse hyperbolic sine.
 * @example
 * np.arcsinh(0) // → 0
 */
export const arcsinh = un("arcsinh");
/**
 * Elementwise inverse hyperbolic cosine (nan below 1).
 * @example
 * np.arccosh(1) // → 0
 */
export const arccosh = un("arccosh");
/**
 * Elementwise inverse hyperbolic tangent (±inf at ±1).
 * @example
 * np.arctanh(0.5) // → 0.5493061443340548
 */
export const arctanh = un("arctanh");
/**
 * Elementwise cube root.
 * @example
 * np.cbrt([-8, 27]) // → array([-2.,  3.])
 */
export const cbrt = un("cbrt");
/**
 * Elementwise 2**x.
 * @example
 * np.exp2([0, 3]) // → array([1., 8.])
 */
export const exp2 = un("exp2");
/**
 * Rounds toward zero; integers stay integers.
 * @example
 * np.trunc([-1.7, 1.7]) // → array([-1.,  1.])
 */
export const trunc = un("trunc");
/**
 * numpy's fix: rounds toward zero (same as trunc).
 * @example
 * np.fix([-2.5, 2.5]) // → array([-2.,  2.])
 */
export const fix = trunc;
/**
 * True where the sign bit is set (-0 included).
 * @example
 * np.signbit([-0.0, 1]) // → array([False, False])
 */
export const signbit = unb("signbit");
/**
 * True where +inf.
 * @example
 * np.isposinf([np.inf, -np.inf]) // → array([ True, False])
 */
export const isposinf = unb("isposinf");
/**
 * True where -inf.
 * @example
 * np.isneginf([np.inf, -np.inf]) // → array([False,  True])
 */
export const isneginf = unb("isneginf");
/**
 * Absolute value as a float (numpy's fabs).
 * @example
 * np.fabs([-1, 2]) // → array([1., 2.])
 */
export const fabs = un("fabs");
/**
 * Elementwise +x (a copy).
 * @example
 * np.positive([-1, 2]) // → array([-1,  2])
 */
export const positive = un("positive");
/**
 * Degrees to radians.
 * @example
 * np.deg2rad(180) // → 3.141592653589793
 */
export const deg2rad = un("deg2rad");
/** Alias of deg2rad. @example np.radians(180) // → 3.141592653589793 */
export const radians = deg2rad;
/**
 * Radians to degrees.
 * @example
 * np.rad2deg(np.pi) // → 180
 */
export const rad2deg = un("rad2deg");
/** Alias of rad2deg. @example np.degrees(np.pi) // → 180 */
export const degrees = rad2deg;
/**
 * Elementwise `-x`.
 * @example
 * np.negative(np.array([1, -2.5])) // → array([-1. ,  2.5])
 */
export const negative = un("negative");
/**
 * Elementwise absolute value.
 * @example
 * np.abs(np.array([-1.5, 0, 2])) // → array([1.5, 0. , 2. ])
 */
export const abs = un("abs");
/**
 * Alias of abs, numpy's full name.
 * @example
 * np.absolute(np.array([-3, 3])) // → array([3, 3])
 */
export const absolute = abs;
/**
 * Elementwise e^x.
 * @example
 * np.exp(np.array([0, 1])) // → array([1.        , 2.71828183])
 */
export const exp = un("exp");
/**
 * Elementwise natural log (nan below 0, -inf at 0).
 * @example
 * np.log(np.array([1, Math.E, 0])) // → array([  0.,   1., -inf])
 */
export const log = un("log");
/**
 * Elementwise log(1 + x), accurate for small x.
 * @example
 * np.log1p(1e-10) // → 9.999999999500001e-11
 */
export const log1p = un("log1p");
/**
 * Elementwise base-2 log.
 * @example
 * np.log2(np.array([1, 8, 0.5])) // → array([ 0.,  3., -1.])
 */
export const log2 = un("log2");
/**
 * Elementwise base-10 log.
 * @example
 * np.log10(np.array([1, 1000])) // → array([0., 3.])
 */
export const log10 = un("log10");
/**
 * Elementwise e^x − 1, accurate for small x.
 * @example
 * np.expm1(1e-10) // → 1.00000000005e-10
 */
export const expm1 = un("expm1");
/**
 * Elementwise square root.
 * @example
 * np.sqrt(np.array([1, 4, 2])) // → array([1.        , 2.        , 1.41421356])
 */
export const sqrt = un("sqrt");
/**
 * Elementwise x².
 * @example
 * np.square(np.array([-2, 3])) // → array([4, 9])
 */
export const square = un("square");
/**
 * Elementwise hyperbolic tangent.
 * @example
 * np.tanh(np.array([-1, 0, 1])) // → array([-0.76159416,  0.        ,  0.76159416])
 */
export const tanh = un("tanh");
/**
 * Elementwise sine.
 * @example
 * np.sin(np.array([0, Math.PI / 2])) // → array([0., 1.])
 */
export const sin = un("sin");
/**
 * Elementwise cosine.
 * @example
 * np.cos(np.array([0, Math.PI])) // → array([ 1., -1.])
 */
export const cos = un("cos");
/**
 * Elementwise tangent.
 * @example
 * np.tan(np.array([0, Math.PI / 4])) // → array([0., 1.])
 */
export const tan = un("tan");
/**
 * Elementwise arctangent.
 * @example
 * np.arctan(np.array([0, 1])) // → array([0.        , 0.78539816])
 */
export const arctan = un("arctan");
/**
 * Elementwise sign: -1, 0 or 1 (nan stays nan).
 * @example
 * np.sign(np.array([-2, 0, 3.5])) // → array([-1.,  0.,  1.])
 */
export const sign = un("sign");
/**
 * Elementwise floor.
 * @example
 * np.floor(np.array([-1.5, 1.5])) // → array([-2.,  1.])
 */
export const floor = un("floor");
/**
 * Elementwise ceiling.
 * @example
 * np.ceil(np.array([-1.5, 1.5])) // → array([-1.,  2.])
 */
export const ceil = un("ceil");
/**
 * Elementwise round to nearest, ties to even.
 * @example
 * np.rint(np.array([0.5, 1.5, 2.5])) // → array([0., 2., 2.])
 */
export const rint = un("rint");
/**
 * Elementwise 1/x.
 * @example
 * np.reciprocal(np.array([1, 2, 4], { dtype: "float64" })) // → array([1.  , 0.5 , 0.25])
 */
export const reciprocal = un("reciprocal");
/**
 * Elementwise test for nan.
 * @example
 * np.isnan(np.array([1, NaN])) // → array([False,  True])
 */
export const isnan = unb("isnan");
/**
 * Elementwise test for a finite number.
 * @example
 * np.isfinite(np.array([1, Infinity, NaN])) // → array([ True, False, False])
 */
export const isfinite = unb("isfinite");
/**
 * Elementwise test for ±inf.
 * @example
 * np.isinf(np.array([1, -Infinity])) // → array([False,  True])
 */
export const isinf = unb("isinf");
/**
 * Elementwise logical not (numpy's `~` on bool arrays).
 * @example
 * np.logicalNot(np.array([true, false])) // → array([False,  True])
 */
export const logicalNot = unb("logicalNot");

/**
 * Limits values to [lo, hi]; either bound may be null.
 * @example
 * np.clip(np.array([-1, 0.5, 2]), 0, 1) // → array([0. , 0.5, 1. ])
 * np.clip(np.array([0, 1]), 1e-15, 1 - 1e-15) // → array([1.e-15, 1.e+00])
 */
export function clip(x: number, lo: number | null, hi: number | null): number;
export function clip(x: ArrayLike, lo: ArrayLike | null, hi: ArrayLike | null): NDArray;
export function clip(x: ArrayLike, lo: ArrayLike | null, hi: ArrayLike | null): any {
  if (lo === null && hi === null) throw new Error("One of max or min must be given");
  // numpy's clip promotes all three operands together.
  const ops = [x, lo, hi].filter((v) => v !== null && v !== undefined).map((v) => operand(v as ArrayLike));
  const d = commonDType(ops);
  broadcastShapes(...ops.map((o) => (o.arr ? o.arr.shape : [])));
  let r: any = typeof x === "number" ? x : asarray(x).astype(d);
  // Unlike maximum/minimum, clip keeps x on ties (clip(-0., 0, 1) is -0.).
  if (lo !== null) r = applyBinary({ name: "clip_lo", out: () => d, expr: "(a !== a || a >= b) ? a : b" }, r, lo);
  if (hi !== null) r = applyBinary({ name: "clip_hi", out: () => d, expr: "(a !== a || a <= b) ? a : b" }, r, hi);
  return r;
}

/**
 * `np.where(cond, x, y)`: x where cond is true, else y (all three broadcast).
 * @example
 * const A = np.array([0.2, 0.7, 0.9]);
 * np.where(np.greater(A, 0.5), 1, 0) // → array([0, 1, 1])
 */
export function where(cond: ArrayLike, x: ArrayLike, y: ArrayLike): NDArray {
  const c = asarray(cond);
  const ops = [operand(x), operand(y)];
  const d = commonDType(ops);
  const shapes = [c.shape, ...ops.map((o) => (o.arr ? o.arr.shape : []))];
  const shape = broadcastShapes(...shapes);
  const out = new NDArray(alloc(d, sizeOf(shape), false), shape, d);
  const bufs = ops.map((o) => (o.arr ? o.arr.data : scalarBuf(o.value)));
  const st = ops.map((o) => (o.arr ? broadcastStrides(o.arr.shape, o.arr.strides, shape) : new Array<number>(shape.length).fill(0)));
  const C = c.data, X = bufs[0], Y = bufs[1], O = out.data;
  const cast = isInt(d) && ops.some((o) => o.arr && o.arr.dtype !== d) ? Math.trunc : (v: number) => v;
  forEachRun(shape, [out.strides, broadcastStrides(c.shape, c.strides, shape), st[0], st[1]], [0, c.offset, ops[0].arr?.offset ?? 0, ops[1].arr?.offset ?? 0], (n, [io, ic, ix, iy], [so, sc, sx, sy]) => {
    for (let i = 0; i < n; i++, io += so, ic += sc, ix += sx, iy += sy) O[io] = cast(C[ic] !== 0 ? X[ix] : Y[iy]);
  });
  return out;
}

/**
 * Elementwise closeness test |a − b| ≤ atol + rtol·|b| (numpy's isclose).
 * @example
 * np.isclose(np.array([1, 2]), np.array([1 + 1e-9, 2.1])) // → array([ True, False])
 */
export function isclose(a: ArrayLike, b: ArrayLike, opts: { rtol?: number; atol?: number; equalNan?: boolean } = {}): NDArray {
  const rtol = opts.rtol ?? 1e-5, atol = opts.atol ?? 1e-8, en = opts.equalNan ?? false;
  const spec: BinarySpec = {
    name: "isclose",
    out: toBool,
    expr: `(a === b) || (Math.abs(a - b) <= ${atol} + ${rtol} * Math.abs(b)) || (${en} && a !== a && b !== b)`,
  };
  return applyBinary(spec, asarray(a).astype("float64"), asarray(b).astype("float64"));
}

/**
 * True when every pair is close (numpy's allclose).
 * @example
 * np.allclose(np.array([1, 2]), np.array([1, 2 + 1e-10])) // → true
 */
export function allclose(a: ArrayLike, b: ArrayLike, opts: { rtol?: number; atol?: number; equalNan?: boolean } = {}): boolean {
  return isclose(a, b, opts).all();
}

/**
 * True when both have the same shape and equal elements (numpy's array_equal).
 * @example
 * np.arrayEqual(np.array([1, 2]), [1, 2]) // → true
 * np.arrayEqual(np.array([1, 2]), [[1, 2]]) // → false
 */
export function arrayEqual(a: ArrayLike, b: ArrayLike): boolean {
  const x = asarray(a), y = asarray(b);
  if (x.shape.length !== y.shape.length || x.shape.some((d, i) => d !== y.shape[i])) return false;
  return equal(x, y).all();
}

/**
 * Rounds to `decimals` places, ties to even, like numpy's round (which scales, rounds, unscales).
 * @example
 * np.round(np.array([0.125, 2.5]), 2) // → array([0.12, 2.5 ])
 * np.round(np.array([0.5, 1.5, 2.5])) // → array([0., 2., 2.])
 */
export function round(x: number, decimals?: number): number;
export function round(x: ArrayLike, decimals?: number): NDArray;
export function round(x: ArrayLike, decimals = 0): any {
  return roundImpl(x, decimals);
}
/**
 * numpy's around: the same as round.
 * @example
 * np.around([0.125, 2.5], 2) // → array([0.12, 2.5 ])
 */
export function around(x: number, decimals?: number): number;
export function around(x: ArrayLike, decimals?: number): NDArray;
export function around(x: ArrayLike, decimals = 0): any {
  return roundImpl(x, decimals);
}
function roundImpl(x: ArrayLike, decimals: number): any {
  if (!Number.isInteger(decimals)) throw new TypeError("'float' object cannot be interpreted as an integer");
  const d = x instanceof NDArray ? x.dtype : null;
  if (d === "bool" && decimals !== 0)
    throw new TypeError("Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'");
  if (d !== null && isInt(d)) {
    // numpy keeps integers: a copy for decimals >= 0, else rounded half to even in the integers
    if (decimals >= 0) return (x as NDArray).copy();
    const f = Math.pow(10, -decimals);
    return multiply((rint(divide(x, f)) as NDArray).astype(d), f);
  }
  if (decimals === 0) return rint(x as any);
  const f = Math.pow(10, Math.abs(decimals));
  return decimals > 0 ? divide(rint(multiply(x, f) as any), f) : multiply(rint(divide(x, f) as any), f);
}

// numpy 2's array-API names for the inverse and hyperbolic trigonometric functions
/** Alias of arcsin. @example np.asin([0, 1]) // → array([0.        , 1.57079633]) */
export const asin = arcsin;
/** Alias of arccos. @example np.acos([1, 0]) // → array([0.        , 1.57079633]) */
export const acos = arccos;
/** Alias of arctan. @example np.atan([0, 1]) // → array([0.        , 0.78539816]) */
export const atan = arctan;
/** Alias of arcsinh. @example np.asinh([0, 1]) // → array([0.        , 0.88137359]) */
export const asinh = arcsinh;
/** Alias of arccosh. @example np.acosh([1, 2]) // → array([0.       , 1.3169579]) */
export const acosh = arccosh;
/** Alias of arctanh. @example np.atanh([0, 0.5]) // → array([0.        , 0.54930614]) */
export const atanh = arctanh;
