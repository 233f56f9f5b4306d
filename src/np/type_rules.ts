// numpy's dtype questions: result_type, promote_types, can_cast, min_scalar_type, common_type,
// issubdtype, isdtype, mintypecode, typename. Dtypes are numpy's names as strings; a JS number is a
// Python scalar (weak, NEP 50). min_scalar_type and typename answer with numpy's names even for dtypes
// np cannot hold (uint8, float16, ...).
import { NDArray } from "./ndarray";
import { DType, isFloat, isInt, promote, promoteWeak, scalarKind, dtypeOfScalar, toDType } from "./dtype";

/** A dtype name, an array (its dtype) or, where numpy takes one, a JS number or boolean. */
export type DTypeLike = DType | string | NDArray;

const dtypeOf = (x: DTypeLike): DType => (x instanceof NDArray ? x.dtype : toDType(x));

/**
 * The dtype numpy's operations give for these operands: arrays and dtype names promote fully, JS
 * numbers and booleans as Python scalars (they do not widen an array's dtype within its kind).
 * @example np.resultType("int32", "float32")  // → 'float64'
 * @example np.resultType(np.arange(3, { dtype: "int32" }), 3)  // → 'int32'
 */
export function resultType(...args: (DTypeLike | number | boolean)[]): DType {
  const strong = args.filter((a) => typeof a !== "number" && typeof a !== "boolean") as DTypeLike[];
  const weak = args.filter((a) => typeof a === "number" || typeof a === "boolean") as (number | boolean)[];
  if (strong.length === 0) {
    if (weak.length === 0) throw new Error("at least one array or dtype is required");
    return weak.map((v) => dtypeOfScalar(scalarKind(v))).reduce(promote);
  }
  let d = strong.map(dtypeOf).reduce(promote);
  for (const v of weak) d = promoteWeak(d, scalarKind(v));
  return d;
}

/**
 * The smallest dtype both can be cast to safely.
 * @example np.promoteTypes("int64", "float32")  // → 'float64'
 */
export function promoteTypes(type1: DTypeLike, type2: DTypeLike): DType {
  return promote(dtypeOf(type1), dtypeOf(type2));
}

const CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"];
const KIND: Record<DType, number> = { bool: 0, int32: 1, int64: 1, float32: 2, float64: 2 };

function safeCast(a: DType, b: DType): boolean {
  if (a === b || a === "bool") return true;
  if (a === "int32") return b === "int64" || b === "float64";
  return b === "float64"; // int64 and float32 go safely to float64 only
}

/**
 * Whether a cast from one dtype to another is allowed under the `casting` rule ("safe" by default;
 * "no", "equiv", "same_kind", "unsafe").
 * @example np.canCast("int32", "float64")  // → true
 * @example np.canCast("float64", "float32", "same_kind")  // → true
 */
export function canCast(from: DTypeLike | number | boolean, to: DTypeLike, casting: string = "safe"): boolean {
  if (typeof from === "number" || typeof from === "boolean")
    throw new TypeError("can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.");
  if (!CASTINGS.includes(casting)) throw new Error(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '${casting}')`);
  const a = dtypeOf(from), b = dtypeOf(to);
  if (casting === "no" || casting === "equiv") return a === b;
  if (casting === "unsafe") return true;
  return safeCast(a, b) || (casting === "same_kind" && KIND[a] <= KIND[b]);
}

/**
 * The smallest dtype that holds the value (numpy's names: unsigned for non-negative integers, float16
 * for small floats); for an array, its dtype.
 * @example np.minScalarType(10)  // → 'uint8'
 * @example np.minScalarType(-70000)  // → 'int32'
 * @example np.minScalarType(3.5)  // → 'float16'
 */
export function minScalarType(a: number | boolean | NDArray): string {
  if (a instanceof NDArray) return a.ndim === 0 ? minScalarType(a.dtype === "bool" ? a.item() !== 0 : a.item()) : a.dtype;
  if (typeof a === "boolean") return "bool";
  if (Number.isInteger(a)) {
    if (a >= 0) return a < 2 ** 8 ? "uint8" : a < 2 ** 16 ? "uint16" : a < 2 ** 32 ? "uint32" : "uint64";
    return a >= -(2 ** 7) ? "int8" : a >= -(2 ** 15) ? "int16" : a >= -(2 ** 31) ? "int32" : "int64";
  }
  const m = Math.abs(a);
  // numpy's cut-offs are round numbers just inside float16's and float32's ranges
  if (!Number.isFinite(a) || m < 65000) return "float16";
  return m < 3.4e38 ? "float32" : "float64";
}

/**
 * The float dtype arrays share: float32 if all are float32, else float64 (integers count as float64).
 * @example np.commonType(np.arange(3), np.ones([2], { dtype: "float32" }))  // → 'float64'
 */
export function commonType(...arrays: NDArray[]): DType {
  let d: DType = "float32";
  for (const x of arrays) {
    if (x.dtype === "bool") throw new TypeError("can't get common type for non-numeric array");
    if (x.dtype !== "float32") d = "float64";
  }
  return d;
}

/** numpy's abstract scalar types, as names: `np.issubdtype(x.dtype, np.floating)`. */
export const generic = "generic", number = "number", integer = "integer", signedinteger = "signedinteger", inexact = "inexact", floating = "floating";
const ABSTRACT: Record<string, (d: DType) => boolean> = {
  generic: () => true,
  number: (d) => d !== "bool",
  integer: isInt,
  signedinteger: isInt,
  inexact: isFloat,
  floating: isFloat,
};

/**
 * Whether `arg1` is `arg2` or below it in numpy's type hierarchy (arg2 a dtype name or one of
 * "generic", "number", "integer", "signedinteger", "inexact", "floating").
 * @example np.issubdtype("float32", np.floating)  // → true
 * @example np.issubdtype("int32", "int64")  // → false
 */
export function issubdtype(arg1: DTypeLike, arg2: DTypeLike): boolean {
  const a = dtypeOf(arg1);
  if (typeof arg2 === "string" && arg2 in ABSTRACT) return ABSTRACT[arg2](a);
  return a === dtypeOf(arg2);
}

const KINDS: Record<string, (d: DType) => boolean> = {
  bool: (d) => d === "bool",
  "signed integer": isInt,
  "unsigned integer": () => false,
  integral: isInt,
  "real floating": isFloat,
  "complex floating": () => false,
  numeric: (d) => d !== "bool",
};

/**
 * The array API's dtype test: `kind` is a dtype, a kind name ("bool", "signed integer", "unsigned
 * integer", "integral", "real floating", "complex floating", "numeric") or a list of them.
 * @example np.isdtype("float64", "real floating")  // → true
 * @example np.isdtype("int32", ["integral", "bool"])  // → true
 */
export function isdtype(dtype: DTypeLike, kind: string | readonly string[]): boolean {
  const d = dtypeOf(dtype);
  const one = (k: string): boolean => {
    if (k in KINDS) return KINDS[k](d);
    try {
      return toDType(k) === d;
    } catch {
      throw new Error(`kind argument is a string, but '${k}' is not a known kind name.`);
    }
  };
  return typeof kind === "string" ? one(kind) : kind.some(one);
}

const CHARS: Record<DType, string> = { float64: "d", float32: "f", int64: "l", int32: "i", bool: "?" };

/**
 * The type character of the smallest type in `typeset` that the given type characters (or arrays)
 * can be cast to, `default` when none is in it.
 * @example np.mintypecode(["i", "d", "f"])  // → 'd'
 */
export function mintypecode(typechars: string | readonly (string | NDArray)[], typeset = "GDFgdf", default_ = "d"): string {
  const codes = [...typechars].map((t) => (t instanceof NDArray ? CHARS[t.dtype] : t));
  const hit = codes.filter((t) => typeset.includes(t));
  if (hit.length === 0) return default_;
  if (hit.includes("F") && hit.includes("d")) return "D";
  const bySize = "GDFgdfQqLlIiHhBb?";
  return hit.reduce((p, q) => (bySize.indexOf(q) < bySize.indexOf(p) ? q : p));
}

const NAMES: Record<string, string> = {
  S1: "character", "?": "bool", b: "signed char", B: "unsigned char", h: "short", H: "unsigned short", i: "integer",
  I: "unsigned integer", l: "long integer", L: "unsigned long integer", q: "long long integer", Q: "unsigned long long integer",
  f: "single precision", d: "double precision", g: "long precision", F: "complex single precision", D: "complex double precision",
  G: "complex long double precision", S: "string", U: "unicode", V: "void", O: "object",
};

/**
 * The description of a type character.
 * @example np.typename("d")  // → 'double precision'
 */
export function typename(char: string): string {
  if (!(char in NAMES)) throw new Error(`'${char}'`);
  return NAMES[char];
}
