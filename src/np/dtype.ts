/** The element types np supports, spelled as numpy spells them. */
export type DType = "float64" | "float32" | "int64" | "int32" | "bool";

/** The typed array that stores each dtype. int64 lives in a Float64Array: exact up to 2^53. */
export type TypedArray = Float64Array | Float32Array | Int32Array | Uint8Array;

const ALIASES: Record<string, DType> = {
  float64: "float64", float: "float64", f8: "float64", double: "float64",
  float32: "float32", f4: "float32", single: "float32",
  int64: "int64", int: "int64", i8: "int64",
  int32: "int32", i4: "int32",
  bool: "bool", bool_: "bool", "?": "bool",
};

/** Normalises a dtype name (numpy's aliases accepted); throws numpy's error for unknown names. */
export function toDType(name: unknown): DType {
  if (typeof name === "string" && Object.prototype.hasOwnProperty.call(ALIASES, name)) return ALIASES[name];
  throw new TypeError(`data type ${typeof name === "string" ? `'${name}'` : String(name)} not understood`);
}

export const isFloat = (d: DType) => d === "float64" || d === "float32";
export const isInt = (d: DType) => d === "int64" || d === "int32";

// Position in numpy's "safe cast" lattice for the dtypes we have.
const RANK: Record<DType, number> = { bool: 0, int32: 1, int64: 2, float32: 3, float64: 4 };

/** numpy's result_type for two array dtypes. */
export function promote(a: DType, b: DType): DType {
  if (a === b) return a;
  // int mixed with float32 needs float64 to hold the integers (numpy rule).
  if ((a === "float32" && isInt(b)) || (b === "float32" && isInt(a))) return "float64";
  return RANK[a] >= RANK[b] ? a : b;
}

/** The kind of a plain JS value used as a "weak" Python scalar (NEP 50). */
export type ScalarKind = "bool" | "int" | "float";

export function scalarKind(v: number | boolean): ScalarKind {
  if (typeof v === "boolean") return "bool";
  return Number.isInteger(v) ? "int" : "float";
}

/** Result dtype of an array dtype combined with a weak scalar (NEP 50: the array's dtype wins within its kind). */
export function promoteWeak(a: DType, k: ScalarKind): DType {
  if (k === "bool") return a;
  if (k === "int") return a === "bool" ? "int64" : a;
  return isFloat(a) ? a : "float64";
}

/** The dtype np.array infers for a lone scalar. */
export function dtypeOfScalar(k: ScalarKind): DType {
  return k === "bool" ? "bool" : k === "int" ? "int64" : "float64";
}

/** Converts a number into what storage of this dtype holds (truncation toward zero for ints). */
export function castValue(v: number, d: DType): number {
  switch (d) {
    case "bool": return v !== 0 ? 1 : 0; // NaN counts as true, like numpy
    case "int64": return Number.isFinite(v) ? Math.trunc(v) + 0 : -9223372036854775808; // nan/inf → INT64_MIN as on x86
    case "int32": return Number.isFinite(v) ? Math.trunc(v) | 0 : -2147483648;
    default: return v;
  }
}

/**
 * dst[d..d+n) = src[s..s+n), converting element types as assignment does. A few elements go by
 * hand: subarray() makes a view object (and, on WASM memory, records its parent), which for the
 * course's (4, 1) and (4, 2) arrays cost more than the copy. By hand, the copy runs backwards when
 * the destination starts later in memory, so typed arrays that alias one buffer (a user's views of
 * one Float64Array) copy as TypedArray.set does.
 */
export function copyRun(dst: TypedArray, d: number, src: TypedArray, s: number, n: number): void {
  if (n > 32) dst.set(src.subarray(s, s + n), d);
  else if (dst.byteOffset + d * dst.BYTES_PER_ELEMENT > src.byteOffset + s * src.BYTES_PER_ELEMENT) for (let i = n - 1; i >= 0; i--) dst[d + i] = src[s + i];
  else for (let i = 0; i < n; i++) dst[d + i] = src[s + i];
}
